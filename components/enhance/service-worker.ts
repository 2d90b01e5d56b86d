import { offlineText } from '@/lib/ui-text/zh/offline';

const t = offlineText.offline.update;

/**
 * Registers the service worker once the page is idle, and when a new version is waiting asks the
 * reader before switching (the new worker only takes over on "刷新", then every tab reloads).
 */
export function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  const start = async () => {
    const { Serwist } = await import('@serwist/window');
    const sw = new Serwist('/sw.js', { scope: '/', type: 'classic' });
    // Only a version that waited for the reader's "刷新" (in this tab or another) reloads the page;
    // the very first install takes control silently.
    let updateWaiting = false;
    sw.addEventListener('waiting', () => {
      updateWaiting = true;
      showUpdateBanner(() => sw.messageSkipWaiting());
    });
    sw.addEventListener('controlling', () => {
      if (updateWaiting) location.reload();
    });
    // Registration fails where service workers are blocked (private modes, policies, test browsers):
    // the site then simply works online only.
    sw.register().catch(() => undefined);
  };
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
  if (document.readyState === 'complete') idle(() => void start());
  else window.addEventListener('load', () => idle(() => void start()), { once: true });
}

/** "有新版本 [刷新] [稍后]": plain DOM, since note pages run no React unless a widget needs it. */
function showUpdateBanner(reload: () => void): void {
  if (document.querySelector('[data-testid=update-banner]')) return;
  const banner = element('div', 'no-print fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900');
  banner.setAttribute('role', 'status');
  banner.setAttribute('aria-label', t.label);
  banner.dataset.testid = 'update-banner';
  const text = element('span', 'flex-1 font-medium', t.available);
  const reloadButton = element('button', 'rounded-md bg-accent-700 px-3 py-1.5 font-medium text-white hover:bg-accent-600 focus-visible:outline-2 focus-visible:outline-offset-2', t.reload);
  const laterButton = element('button', 'rounded-md px-3 py-1.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800', t.later);
  reloadButton.addEventListener('click', reload);
  laterButton.addEventListener('click', () => banner.remove());
  banner.append(text, reloadButton, laterButton);
  document.body.append(banner);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (el instanceof HTMLButtonElement) el.type = 'button';
  if (text) el.textContent = text;
  return el;
}

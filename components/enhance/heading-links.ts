import { noteText } from '@/lib/ui-text/zh';

/** A heading's "#" link is followed as usual and also copies its URL; the status line says so. */
export function attachHeadingLinks(): void {
  const status = document.querySelector<HTMLElement>('[data-link-status]');
  if (!status) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[data-heading-anchor]');
    if (!(a instanceof HTMLAnchorElement)) return;
    navigator.clipboard?.writeText(a.href).then(
      () => {
        const message = document.createElement('span');
        message.className = 'rounded-md bg-zinc-900 px-3 py-1.5 text-sm text-white shadow dark:bg-zinc-100 dark:text-zinc-900';
        message.textContent = noteText.linkCopied;
        status.replaceChildren(message);
        clearTimeout(timer);
        timer = setTimeout(() => status.replaceChildren(), 2000);
      },
      () => undefined, // Clipboard refused (permissions): the link still navigates to the anchor.
    );
  });
}

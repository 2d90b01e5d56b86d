/**
 * The header's search button (components/search/search-launcher.tsx), also Ctrl/⌘+K anywhere and "/"
 * when not typing. The dialog and the index load on first use: pointing at or focusing the button
 * already starts loading them.
 */
export function attachSearchLauncher(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-testid=search-button]');
  if (!button) return;
  let opening = false;
  const open = async () => {
    if (opening || document.querySelector('[data-search-dialog]')) return;
    opening = true;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : button;
    try {
      const { openSearchDialog } = await import('@/components/search/open-search-dialog');
      openSearchDialog(opener);
    } finally {
      opening = false;
    }
  };
  const warmUp = () => void import('@/components/search/search-client').then((m) => m.warmUpSearch());
  button.addEventListener('click', () => void open());
  button.addEventListener('pointerenter', warmUp, { once: true });
  button.addEventListener('focus', warmUp, { once: true });
  document.addEventListener('keydown', (e) => {
    if (((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target))) {
      e.preventDefault();
      void open();
    }
  });
  // Tests and benchmarks wait for this before using the shortcuts.
  button.dataset.ready = 'true';
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

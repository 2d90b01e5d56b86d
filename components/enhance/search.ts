/**
 * The header's search button (components/search/search-launcher.tsx), also Ctrl/⌘+K anywhere and "/"
 * when not typing. The dialog and the index load on first use: pointing at or focusing the button
 * already starts loading them.
 */
export function attachSearchLauncher(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-testid=search-button]');
  if (!button) return;
  // The dialog's code loads on first use; what the reader types meanwhile is kept for it, Enter included.
  let typedAhead: { text: string; enter: boolean; cancelled: boolean } | null = null;
  document.addEventListener(
    'keydown',
    (e) => {
      if (!typedAhead || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (e.key === 'Escape') typedAhead.cancelled = true;
      else if (e.key === 'Enter') typedAhead.enter = true;
      else if (e.key === 'Backspace') typedAhead.text = typedAhead.text.slice(0, -1);
      else if (e.key.length === 1) typedAhead.text += e.key;
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    true,
  );
  // Keys are kept until the dialog takes them over, in the same moment its input takes focus.
  const take = () => {
    const ahead = { text: typedAhead?.text ?? '', enter: !!typedAhead?.enter };
    typedAhead = null;
    return ahead;
  };
  const open = async () => {
    if (typedAhead || document.querySelector('[data-search-dialog]')) return;
    typedAhead = { text: '', enter: false, cancelled: false };
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : button;
    try {
      const { openSearchDialog } = await import('@/components/search/open-search-dialog');
      if (typedAhead.cancelled) typedAhead = null;
      else openSearchDialog(opener, take);
    } catch (err) {
      typedAhead = null;
      throw err;
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

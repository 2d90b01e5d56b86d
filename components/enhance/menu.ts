/**
 * The small-screen menu (components/layout/mobile-menu.tsx): its button opens and closes the panel,
 * Escape closes it and gives focus back to the button, and following a link inside closes it (on
 * pages the app router renders, the page changes under an open menu).
 */
export function attachMobileMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !panel) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', (open ? button.dataset.labelClose : button.dataset.labelOpen) ?? '');
    panel.hidden = !open;
  };
  button.addEventListener('click', () => set(panel.hidden));
  panel.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) set(false);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    set(false);
    button.focus();
  });
}

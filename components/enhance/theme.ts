import { THEME_STORAGE_KEY } from '@/components/layout/head-scripts';

/** The header's theme button (components/layout/theme-toggle.tsx) flips dark mode and remembers it. */
export function attachThemeToggle(): void {
  document.addEventListener('click', (e) => {
    if (!(e.target as Element | null)?.closest?.('[data-theme-toggle]')) return;
    const dark = !document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', dark);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, dark ? 'dark' : 'light');
    } catch {
      // Private mode or blocked storage: the toggle still works for this page view.
    }
  });
}

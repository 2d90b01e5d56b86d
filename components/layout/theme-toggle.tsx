import { ui } from '@/lib/ui-text/zh';

/**
 * Server-rendered; components/enhance/theme.ts makes it flip the theme. Both icons are rendered and
 * CSS picks one, so the HTML fits whatever theme the inline script chose before first paint.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      aria-label={ui.theme.toggle}
      title={ui.theme.toggle}
      data-testid="theme-toggle"
      data-theme-toggle=""
      className="inline-flex h-9 w-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 dark:block" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}

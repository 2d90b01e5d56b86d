import { ui } from '@/lib/ui-text/zh';

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-zinc-200 py-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
      <p className="mx-auto max-w-3xl px-4">
        {ui.siteName} · {ui.footer.note}
      </p>
    </footer>
  );
}

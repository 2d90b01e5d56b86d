import type { Metadata } from 'next';
import { CachedPages } from '@/components/offline/cached-pages';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = { title: ui.offline.page.title, robots: { index: false } };

const t = ui.offline.page;

/**
 * Served by the service worker in place of any page that is not saved on this device while
 * offline. Plain links (not client navigations), since the app state may not match the URL.
 */
export default function OfflinePage() {
  const always = [
    { href: '/', label: ui.nav.home },
    { href: '/search/', label: ui.nav.search },
    { href: '/quiz/', label: ui.nav.quiz },
    { href: '/progress/', label: ui.nav.progress },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <h2 className="mt-6 mb-2 text-lg font-semibold">{t.always}</h2>
      <ul className="flex flex-wrap gap-3">
        {always.map((l) => (
          <li key={l.href}>
            <a className="rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800" href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
      <CachedPages />
    </div>
  );
}

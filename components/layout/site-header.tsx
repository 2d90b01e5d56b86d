import Link from 'next/link';
import { SearchLauncher } from '@/components/search/search-launcher';
import { getNotesInSection, getSections } from '@/lib/content';
import { sectionHref } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';
import { MobileMenu } from './mobile-menu';
import { NAV_ITEMS } from './nav-items';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4">
        <MobileMenu>
          <nav aria-label={ui.nav.primary} className="mb-4 flex flex-wrap gap-2">
            {NAV_ITEMS.map((item) => (
              <Link key={item.href} href={item.href} prefetch={item.prefetch} className="rounded-md bg-zinc-100 px-3 py-1.5 text-sm dark:bg-zinc-800">
                {item.label}
              </Link>
            ))}
          </nav>
          <p className="mb-2 px-2 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{ui.nav.allSections}</p>
          {/* Sections only: listing every note here would repeat ~100 links in every page's HTML. */}
          <ul className="grid gap-1 text-sm">
            {getSections().map((s) => (
              <li key={s.slug}>
                <Link href={sectionHref(s.slug)} prefetch={false} className="flex justify-between rounded-md px-2 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                  <span>{s.title}</span>
                  <span className="text-zinc-500 dark:text-zinc-400">{ui.home.notesCount(getNotesInSection(s.slug).length)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </MobileMenu>
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-zinc-900 dark:text-white">
          <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-md bg-accent-600 text-sm font-bold text-white">
            ml
          </span>
          <span>{ui.siteName}</span>
        </Link>
        <nav aria-label={ui.nav.primary} className="ml-4 hidden items-center gap-1 text-sm lg:flex">
          {NAV_ITEMS.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              prefetch={item.prefetch}
              className="rounded-md px-3 py-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchLauncher />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

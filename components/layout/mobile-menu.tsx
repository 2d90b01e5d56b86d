import type { ReactNode } from 'react';
import { ui } from '@/lib/ui-text/zh';

/**
 * Small-screen navigation drawer, server-rendered closed; components/enhance/menu.ts opens and closes
 * it. The button shows a cross while the panel is open. The panel's height is set from the viewport:
 * the header's backdrop blur makes the header, not the viewport, the box a fixed child is placed in.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded="false"
        aria-controls="mobile-menu"
        aria-label={ui.nav.openMenu}
        data-menu-toggle=""
        data-label-open={ui.nav.openMenu}
        data-label-close={ui.nav.closeMenu}
        className="group inline-flex h-9 w-9 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 group-aria-expanded:hidden" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 group-aria-expanded:block" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
      <div id="mobile-menu" hidden className="fixed inset-x-0 top-14 z-40 h-[calc(100dvh-3.5rem)] overflow-y-auto border-t border-zinc-200 bg-white px-4 py-4 dark:border-zinc-800 dark:bg-zinc-950">
        {children}
      </div>
    </div>
  );
}

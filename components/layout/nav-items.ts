import { ui } from '@/lib/ui-text/zh';

/** Top-level destinations shown in the header and the mobile menu. */
export const NAV_ITEMS: { href: string; label: string }[] = [
  { href: '/#sections', label: ui.nav.sections },
  { href: '/tags/', label: ui.nav.tags },
  { href: '/search/', label: ui.nav.search },
  { href: '/quiz/', label: ui.nav.quiz },
  { href: '/progress/', label: ui.nav.progress },
];

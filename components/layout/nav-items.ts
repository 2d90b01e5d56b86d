import { ui } from '@/lib/ui-text/zh';

/**
 * Top-level destinations shown in the header and the mobile menu. The quiz and progress links do
 * not prefetch: that would download the quiz's JavaScript on every page, most of which never use it.
 */
export const NAV_ITEMS: { href: string; label: string; prefetch?: false }[] = [
  { href: '/#sections', label: ui.nav.sections },
  { href: '/tags/', label: ui.nav.tags },
  { href: '/search/', label: ui.nav.search },
  { href: '/practice/', label: ui.practice.navLabel, prefetch: false },
  { href: '/quiz/', label: ui.nav.quiz, prefetch: false },
  { href: '/progress/', label: ui.nav.progress, prefetch: false },
];

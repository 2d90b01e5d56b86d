import { attachHeadingLinks } from './heading-links';
import { attachMobileMenu } from './menu';
import { attachSearchLauncher } from './search';
import { registerServiceWorker } from './service-worker';
import { attachThemeToggle } from './theme';
import { attachTocHighlight } from './toc';
import { mountWidgets } from './widgets';

/**
 * Everything interactive on a page outside the app's own React components: header controls, TOC
 * highlight, heading links, widget islands, the service worker. Runs once per document: from the
 * note pages' own module (./note-page-entry.ts) or, on pages the app router renders, from
 * <PageEnhancer/> in the root layout.
 */
export function enhancePage(widgets: 'hydrate' | 'render'): void {
  const root = document.documentElement;
  if (root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  attachThemeToggle();
  attachMobileMenu();
  attachHeadingLinks();
  attachTocHighlight();
  mountWidgets(widgets);
  registerServiceWorker();
  attachSearchLauncher();
}

import { widgetLoaders } from '@/components/widgets/registry';
import { WIDGET_NAMES, type WidgetName } from '@/lib/widget-names';

/**
 * Widgets are islands: each placeholder (`<div data-widget data-props>`) holds the widget's server
 * render, and the widget's code (with React) loads only when it comes near the viewport, is focused,
 * or is pointed at. `hydrate` adopts the server markup (exported note pages); `render` draws into an
 * empty placeholder (pages the app router renders in `next dev`).
 */
export function mountWidgets(mode: 'hydrate' | 'render'): void {
  const placeholders = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
  if (!placeholders.length) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) start(e.target as HTMLElement);
    },
    { rootMargin: '200px 0px' },
  );
  const start = (el: HTMLElement) => {
    observer.unobserve(el);
    if (el.dataset.mounting) return;
    el.dataset.mounting = 'true';
    mount(el, mode).catch((err: unknown) => {
      // The server render stays in place (readable, not interactive); say why in the console.
      console.error(`widget ${el.dataset.widget} could not start:`, err);
    });
  };
  for (const el of placeholders) {
    observer.observe(el);
    for (const type of ['focusin', 'pointerenter'] as const) el.addEventListener(type, () => start(el), { once: true });
  }
}

async function mount(el: HTMLElement, mode: 'hydrate' | 'render'): Promise<void> {
  const name = el.dataset.widget ?? '';
  if (!(WIDGET_NAMES as readonly string[]).includes(name)) throw new Error(`unknown widget "${name}"`);
  const props = JSON.parse(el.dataset.props ?? '{}') as Record<string, unknown>;
  const [Widget, { startIsland }] = await Promise.all([widgetLoaders[name as WidgetName](), import('./react-root')]);
  // The same prefix the export rendered with (scripts/static-notes.mjs), so useId values match.
  startIsland(el, Widget, props, mode, `w${el.dataset.island ?? '0'}-`);
}

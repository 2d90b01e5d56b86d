import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

// Shared by the widget browser tests (widgets.spec.ts, widgets-wave2.spec.ts).

/** Opens a note and brings its widget into view, which is what loads and hydrates it (an island). */
export async function open(page: Page, path: string, testId: string) {
  await page.goto(path);
  const widget = page.getByTestId(testId);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-ready', 'true');
  return widget;
}

/** No readout (outputs, table cells, definition values) shows NaN; messages may mention the word. */
export async function expectNoNaN(widget: Locator) {
  const texts = await widget.locator('output, dd, td, th').allTextContents();
  expect(texts.filter((t) => t.includes('NaN'))).toEqual([]);
}

/** Sum of layout-shift scores whose shifted nodes lie inside a widget, since navigation. */
export function widgetLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
            if (e.sources?.some((s) => s.node instanceof Element && s.node.closest('[data-testid^="widget-"]'))) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

/** Text of every script the page loads, prefetches included. */
export function collectScripts(page: Page): () => Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
  });
  return async () => (await Promise.all(bodies)).join('\n');
}

/** axe (WCAG 2 A/AA) violations of serious or critical impact inside the widgets, as short strings. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(`[data-testid^="widget-"]`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

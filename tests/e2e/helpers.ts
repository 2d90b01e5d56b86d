import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Every page path the site exports, read from its sitemap (which the build writes from content). */
export function sitePaths(): string[] {
  const xml = readFileSync('out/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Collects console errors, page errors and failed requests (aborted prefetches excepted). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/does-not-exist/')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/** Opens a page and waits for hydration (the header's client pieces mark themselves ready). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('[data-testid=search-button][data-ready]').waitFor();
}

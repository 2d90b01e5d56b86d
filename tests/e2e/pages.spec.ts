import { expect, test } from '@playwright/test';
import { sitePaths, watchErrors } from './helpers';

// One test walks every exported page: status, console, failed requests, KaTeX errors, and collects links.
test('every page loads cleanly and every internal link and #anchor resolves', async ({ page, request }) => {
  test.setTimeout(15 * 60_000); // walks ~170 pages
  const paths = sitePaths();
  expect(paths.length).toBeGreaterThan(3);
  const links = new Map<string, string>(); // target → first page linking to it
  const idsByPath = new Map<string, Set<string>>();

  for (const path of paths) {
    const errors = watchErrors(page);
    const res = await page.goto(path, { waitUntil: 'load' });
    expect(res?.status(), path).toBe(200);
    await expect(page.locator('.katex-error'), path).toHaveCount(0);
    await expect(page.locator('h1'), path).toHaveCount(1);
    idsByPath.set(path, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
    for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const key = url.pathname + url.hash;
      if (!links.has(key)) links.set(key, path);
    }
    expect(errors, path).toEqual([]);
    page.removeAllListeners();
  }

  for (const [target, from] of links) {
    const url = new URL(target, 'http://x');
    let ids = idsByPath.get(url.pathname);
    if (!ids) {
      const res = await request.get(url.pathname);
      expect(res.status(), `${target} linked from ${from}`).toBe(200);
      ids = new Set([...(await res.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      idsByPath.set(url.pathname, ids);
    }
    if (url.hash) expect(ids.has(decodeURIComponent(url.hash.slice(1))), `${target} linked from ${from}`).toBe(true);
  }
});

test('no page is wider than a 375 px phone screen', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const wide: string[] = [];
  for (const path of sitePaths()) {
    await page.goto(path, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
  }
  expect(wide).toEqual([]);
});

test('unknown paths get the 404 page', async ({ page }) => {
  const res = await page.goto('/does-not-exist/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
});

test('KaTeX fonts load and no KaTeX JavaScript reaches the browser', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text());
  });
  await page.goto('/notes/attention-scaling/', { waitUntil: 'networkidle' });
  await expect(page.locator('.katex').first()).toBeVisible();
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px KaTeX_Main') && document.fonts.check('16px KaTeX_Math');
  });
  expect(loaded).toBe(true);
  // KaTeX's parser carries this error text; if it shipped, some script would contain it.
  expect(scripts.some((s) => s.includes('KaTeX parse error'))).toBe(false);
});

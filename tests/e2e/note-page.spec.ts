import { expect, test } from '@playwright/test';
import { visit } from './helpers';

test('the table of contents marks the section being read', async ({ page }) => {
  await visit(page, '/notes/self-attention/');
  const toc = page.getByRole('navigation', { name: '本页目录' });
  await page.locator('h2#数值例子').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('数值例子')!.scrollIntoView({ block: 'start' }));
  await expect(toc.locator('a[aria-current=location]')).toHaveText('数值例子');
});

test('a heading link copies its URL and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(page, '/notes/attention-scaling/');
  const anchor = page.locator('[id="方差推导"] a[data-heading-anchor]');
  await anchor.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#%E6%96%B9%E5%B7%AE%E6%8E%A8%E5%AF%BC$/);
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  expect(decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()))).toMatch(/\/notes\/attention-scaling\/#方差推导$/);
});

test('breadcrumbs, prev/next, related notes and backlinks connect the notes', async ({ page }) => {
  await visit(page, '/notes/attention-scaling/');
  await expect(page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link', { name: 'Transformer 与注意力' })).toHaveAttribute('href', '/sections/transformer/');
  await expect(page.locator('a[rel=prev]')).toHaveAttribute('href', '/notes/self-attention/');
  await expect(page.locator('a[rel=next]')).toHaveAttribute('href', '/notes/qkv-projections/');
  await expect(page.locator('section[aria-labelledby=related-notes] a').first()).toBeVisible();
  // self-attention links to attention-scaling, so it must be listed under 被引用于.
  await expect(page.locator('section[aria-labelledby=backlinks] a[href="/notes/self-attention/"]')).toBeVisible();
  // The sidebar highlights the current note inside its open section.
  await expect(page.locator('aside a[aria-current=page]')).toHaveAttribute('href', '/notes/attention-scaling/');
});

test('quiz answers are hidden until revealed, and work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/notes/attention-scaling/');
  const first = page.locator('.quiz-block details').first();
  await expect(first.locator('div')).toBeHidden();
  await first.locator('summary').click();
  await expect(first.locator('div')).toBeVisible();
  await context.close();
});

test('printing a note leaves out the navigation', async ({ page }) => {
  await visit(page, '/notes/attention-scaling/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('aside').first()).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});

test('a note page is static HTML: no app runtime, one small module, links are page loads', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await visit(page, '/notes/cross-entropy-vs-mse/'); // no widget, so nothing more loads unasked
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => s.startsWith('/_next/'))).toEqual([]);
  expect(scripts.filter((s) => s.startsWith('/_islands/note-'))).toHaveLength(1);
  // No copy of the note as page data for a client-side renderer.
  const html = await (await page.request.get('/notes/cross-entropy-vs-mse/')).text();
  expect(html).not.toContain('__next_f');
  expect((await page.request.get('/notes/cross-entropy-vs-mse/index.txt')).status()).toBe(404);
  // Links to other notes are ordinary links, which the browser may prerender while the pointer rests on them.
  expect(JSON.parse((await page.locator('script[type=speculationrules]').textContent())!)).toEqual({
    prerender: [{ where: { href_matches: '/notes/*' }, eagerness: 'moderate' }],
  });
  await page.locator('[data-note-body] a[href^="/notes/"]').first().click();
  await expect(page).not.toHaveURL(/cross-entropy-vs-mse/);
  await expect(page.locator('article h1')).toBeVisible();
  await page.locator('[data-testid=search-button][data-ready]').waitFor();
  await page.goBack();
  await expect(page.locator('article h1')).toHaveText(/交叉熵/);
});

test('the theme button and the small-screen menu work without the app runtime', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await visit(page, '/notes/dropout/');
  const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
  const before = await dark();
  await page.getByTestId('theme-toggle').click();
  expect(await dark()).toBe(!before);
  await page.reload();
  await page.locator('[data-testid=search-button][data-ready]').waitFor();
  expect(await dark()).toBe(!before); // remembered

  const menuButton = page.getByRole('button', { name: '打开导航菜单' });
  await menuButton.click();
  await expect(page.locator('#mobile-menu')).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭导航菜单' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.locator('#mobile-menu')).toBeHidden();
  await expect(menuButton).toBeFocused();
});

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

test('a link in the note text navigates client-side, and the body is static HTML React does not re-render', async ({ page }) => {
  await visit(page, '/notes/self-attention/');
  await page.locator('[data-testid=body-links][data-ready]').waitFor({ state: 'attached' });
  // Survives a client-side navigation, not a page load.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const link = page.locator('[data-note-body] a[href^="/notes/attention-scaling/"]').first();
  await link.click();
  // The new page's data is fetched and rendered first; on a loaded 2-core machine that can take seconds.
  await expect(page).toHaveURL(/\/notes\/attention-scaling\/(#.*)?$/, { timeout: 20_000 });
  await expect(page.locator('article h1')).toHaveText('为什么要除以根号 d_k');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await expect(page.locator('[id="方差推导"] a[data-heading-anchor]')).toBeAttached();
  // Back: the previous note's body is placed again, headings and TOC included.
  await page.goBack();
  await expect(page.locator('h2#数值例子')).toBeAttached();
  await expect(page.getByRole('navigation', { name: '本页目录' }).getByRole('link', { name: '数值例子' })).toBeAttached();
});

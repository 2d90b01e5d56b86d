import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { visit, watchErrors } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索笔记' });
const input = (page: Page) => dialog(page).getByRole('combobox');


test('the index is not fetched until search is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await visit(page, '/notes/attention-scaling/');
  await page.waitForLoadState('networkidle');
  expect(fetched.some((u) => u.includes('search-index.json'))).toBe(false);
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  await expect.poll(() => fetched.some((u) => u.includes('search-index.json'))).toBe(true);
});

test('Ctrl+K and / open the dialog; arrows and Enter land on the heading', async ({ page }) => {
  const errors = watchErrors(page);
  await visit(page, '/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await input(page).fill('方差推导');
  const options = dialog(page).getByRole('option');
  await expect(options.first()).toContainText('为什么要除以根号');
  await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ })).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/notes\/attention-scaling\/#%E6%96%B9%E5%B7%AE%E6%8E%A8%E5%AF%BC$/);
  await expect(dialog(page)).toBeHidden();
  expect(errors).toEqual([]);
});

test('focus returns to the search button when the dialog closes', async ({ page }) => {
  await visit(page, '/');
  await page.getByTestId('search-button').click();
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-button')).toBeFocused();
});

test('Chinese, English, mixed, lowercase and full-width queries find the note', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  for (const q of ['缩放因子', 'softmax saturation', 'Softmax 饱和', 'SCALED attention', 'ｓｃａｌｅｄ　ａｔｔｅｎｔｉｏｎ']) {
    await box.fill(q);
    await expect(page.getByTestId('search-results').locator('li').first(), q).toContainText('为什么要除以根号');
  }
});

test('/search/?q= shows linkable results and keeps the query in the URL', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('根号dk'));
  await expect(page.getByTestId('search-results').locator('a').first()).toHaveAttribute('href', /\/notes\/attention-scaling\//);
  await page.getByRole('searchbox').fill('softmax');
  await expect(page).toHaveURL(/\?q=softmax$/);
});

test('hostile queries are plain text: nothing injected, no errors', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, d.dismiss()));
  await visit(page, '/');
  await page.keyboard.press('Control+k');
  for (const q of ['<img src=x onerror=alert(1)>', '.*', '\\', '(', '🚀🚀', '注', '     ', 'a'.repeat(500), '"><script>alert(1)</script>']) {
    await input(page).fill(q);
    await expect(dialog(page)).toBeVisible();
  }
  expect(await page.locator('[role=dialog] img, [role=dialog] script').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('no results: suggestions and a way to browse', async ({ page }) => {
  await visit(page, '/');
  await page.keyboard.press('Control+k');
  await input(page).fill('zzqqxx');
  await expect(dialog(page)).toContainText('没有找到与“zzqqxx”相关的笔记');
  await expect(dialog(page).getByRole('link', { name: '浏览全部章节' })).toBeVisible();
});

test('recent searches are remembered', async ({ page }) => {
  await visit(page, '/');
  await page.keyboard.press('Control+k');
  await input(page).fill('根号');
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/notes\//);
  // The result is another page (a static note): its own script listens for Ctrl+K once it has run.
  await page.locator('[data-testid=search-button][data-ready]').waitFor();
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('button', { name: '根号' })).toBeVisible();
});

test('keystrokes typed right after Ctrl+K are kept, and an early Enter opens the first result', async ({ page }) => {
  await visit(page, '/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('attention scaling');
  await page.keyboard.press('Enter'); // very likely before the index has loaded
  await expect(page).toHaveURL(/\/notes\/[a-z-]+\//);
  await expect(page.locator('h1')).toContainText(/根号|注意力/);
});

test('typing while the dialog code is still loading is kept, Enter included', async ({ page }) => {
  // Hold the dialog's chunk (a note page loads it on first use) until the reader has typed and pressed Enter.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route('**/_islands/open-search-dialog-*.js', async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await visit(page, '/notes/dropout/');
  await page.keyboard.press('Control+k');
  await expect.poll(() => requested).toBe(true);
  await page.keyboard.type('attention scaling');
  await page.keyboard.press('Enter');
  release();
  await expect(page).toHaveURL(/\/notes\/attention-scaling\//);
});

test('Tab reaches every focusable item of the dialog: recent and popular searches, suggestions, browse link', async ({ page }) => {
  await visit(page, '/');
  await page.evaluate(() => localStorage.setItem('mlprep-recent-searches', JSON.stringify(['softmax'])));
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  const tabStops = async (count: number) => {
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent?.trim() || ''));
    }
    return seen;
  };
  const popular = ['注意力', '负采样', 'AUC', 'layer norm', '双塔召回', 'BERT 参数量'];
  const empty = await tabStops(12);
  for (const q of [...popular, 'softmax']) expect(empty).toContain(q);
  expect(empty).toContain('关闭搜索');
  // Focus stays inside the dialog and wraps around to the input.
  expect(empty.every((t) => t !== '')).toBe(true);
  // With no results: every suggestion button and the browse link are tab stops too.
  await input(page).fill('attentoin');
  await expect(dialog(page).getByRole('link', { name: '浏览全部章节' })).toBeVisible();
  const labels = async (role: 'button' | 'link') =>
    Promise.all((await dialog(page).getByRole(role).all()).map(async (l) => (await l.getAttribute('aria-label')) || (await l.textContent())!.trim()));
  const expected = [...(await labels('button')), ...(await labels('link'))];
  expect(expected.length).toBeGreaterThanOrEqual(2);
  await input(page).focus();
  const reached = await tabStops(expected.length + 1);
  for (const name of expected) expect(reached).toContain(name);
});

test('a missing search worker (old page after a redeploy) shows the error state, and retry recovers', async ({ page }) => {
  const workerChunk = readdirSync('out/_next/static/chunks').find((f) => f.endsWith('.js') && readFileSync(`out/_next/static/chunks/${f}`, 'utf8').includes('search-index.json'));
  expect(workerChunk).toBeTruthy();
  await page.route(`**/${workerChunk}`, (r) => r.fulfill({ status: 404, body: 'gone' }));
  await visit(page, '/');
  await page.keyboard.press('Control+k');
  await input(page).fill('softmax');
  await expect(dialog(page).getByText('搜索索引加载失败')).toBeVisible();
  await page.unroute(`**/${workerChunk}`);
  await dialog(page).getByRole('button', { name: '重试' }).click();
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
});

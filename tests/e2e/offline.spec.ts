import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { urlsForPage } from '../../lib/offline/cache-names';

test.use({ serviceWorkers: 'allow' });

/** Loads a page and waits until the service worker controls it (it claims clients when it activates). */
async function underServiceWorker(page: Page, path = '/') {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated');
}

/**
 * Waits until a page's HTML (and, for app pages, its page data) is in the pages cache. Polled with
 * expect.poll: page.waitForFunction takes the promise an async check returns as a truthy answer.
 */
async function cached(page: Page, path: string) {
  const all = () =>
    page.evaluate(async (urls) => {
      const cache = await caches.open('mlprep-pages');
      for (const u of urls) if (!(await cache.match(new URL(u, location.origin).href))) return false;
      return true;
    }, urlsForPage(path));
  await expect.poll(all, { timeout: 30_000 }).toBe(true);
}

test('the service worker is active after the first load and precaches the shell', async ({ page }) => {
  await underServiceWorker(page);
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(precached).toEqual(expect.arrayContaining(['/search-index.json', '/quiz-cards.json', '/offline/', '/quiz/']));
  expect(precached.some((u) => u.endsWith('.css'))).toBe(true);
  expect(precached.some((u) => u.startsWith('/notes/'))).toBe(false);
});

test('offline: a visited note loads, and a link to another visited note navigates', async ({ page, context }) => {
  await underServiceWorker(page);
  await page.goto('/notes/focal-loss/');
  await page.goto('/notes/cross-entropy-vs-mse/');
  await cached(page, '/notes/focal-loss/');
  await cached(page, '/notes/cross-entropy-vs-mse/');
  await context.setOffline(true);
  await page.goto('/notes/focal-loss/');
  await expect(page.locator('h1')).toHaveText(/Focal Loss/);
  await page.locator('article a[href="/notes/cross-entropy-vs-mse/"]').first().click();
  await expect(page).toHaveURL(/\/notes\/cross-entropy-vs-mse\/$/);
  await expect(page.locator('h1')).toContainText('交叉熵');
});

test('offline: an uncached page shows the offline page listing what is saved', async ({ page, context }) => {
  await underServiceWorker(page);
  await page.goto('/notes/lora/');
  await cached(page, '/notes/lora/');
  await context.setOffline(true);
  await page.goto('/notes/gru/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('你现在离线');
  await expect(page.getByTestId('cached-pages').getByRole('link')).toHaveText([/LoRA/]);
});

test('download all: shows the size first, then an unvisited note opens offline; undo removes it', async ({ page, context }) => {
  test.setTimeout(240_000); // several hundred requests on a busy 2-core machine
  await underServiceWorker(page, '/progress/');
  const panel = page.getByTestId('offline-panel');
  await expect(panel).toContainText(/全部 \d+ 个页面（约 [\d.]+ MB）/);
  await panel.getByRole('button', { name: '下载全部笔记离线阅读' }).click();
  await expect(page.getByTestId('offline-message')).toContainText('已下载', { timeout: 120_000 });
  await context.setOffline(true);
  await page.goto('/notes/gru/');
  await expect(page.locator('h1')).toContainText('GRU');
  await context.setOffline(false);
  await page.goto('/progress/');
  await page.getByRole('button', { name: '删除离线笔记' }).click();
  await expect(page.getByTestId('offline-message')).toHaveText(/已删除/);
  const left = await page.evaluate(async () => !!(await (await caches.open('mlprep-pages')).match(new URL('/notes/gru/', location.origin).href)));
  expect(left).toBe(false);
});

test('offline: search answers and a quiz review is stored', async ({ page, context }) => {
  await underServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/search/?q=%E8%B4%9F%E9%87%87%E6%A0%B7');
  // The worker builds the index from the precached data: seconds on a busy machine.
  await expect(page.getByRole('link', { name: /负采样/ }).first()).toBeVisible({ timeout: 30_000 });
  await page.goto('/quiz/');
  await expect(page.getByTestId('quiz-ready')).toBeVisible();
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('flashcard')).toBeVisible();
  await page.keyboard.press('Space');
  await page.locator('[data-grade="3"]').click();
  await page.goto('/progress/');
  await expect(page.getByTestId('progress-ready')).toBeVisible();
  await expect(page.getByTestId('seen-total')).toContainText('已学 1');
});

test('a rebuilt site with a changed asset shows the update notice, and 刷新 switches to it', async ({ browser }) => {
  // A private copy of the site, so the "deploy" below changes nothing for the other tests.
  const dir = mkdtempSync(join(tmpdir(), 'mlprep-deploy-'));
  cpSync('out', dir, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve-out.mjs', '0', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve) => server.stdout!.on('data', (d: Buffer) => {
      const m = /127\.0\.0\.1:(\d+)/.exec(d.toString());
      if (m) resolve(m[1]!);
    }));
    const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    await underServiceWorker(page);
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // The next build changed the home page: its precache revision, and so sw.js, differ.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const rev = /revision:"([^"]+)",url:"\/"/.exec(sw)![1]!;
    writeFileSync(join(dir, 'sw.js'), sw.replace(rev, `${rev.slice(0, -4)}beef`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const banner = page.getByTestId('update-banner');
    await expect(banner).toContainText('有新版本');
    const reloaded = page.waitForEvent('framenavigated');
    await banner.getByRole('button', { name: '刷新' }).click();
    await reloaded;
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
    const precachedHome = await page.evaluate(async () => {
      for (const n of await caches.keys()) {
        for (const r of await (await caches.open(n)).keys()) if (new URL(r.url).pathname === '/') return r.url;
      }
      return '';
    });
    expect(precachedHome).toContain('beef');
    expect(oldWorker).toContain('/sw.js');
    await context.close();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

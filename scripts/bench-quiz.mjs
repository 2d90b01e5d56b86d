// Quiz benchmark against the exported site (run `npm run build` first): the quiz page's JavaScript
// weight, the time to start a session over all cards once the page is interactive, and the time to
// save a grade. Headless Debian Chromium; the card bank is padded in the browser to BENCH_CARDS.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4174);
const TARGET_CARDS = Number(process.env.BENCH_CARDS ?? 500);
const RUNS = 10;
const GRADES = 30;
const LOG_COUNT = Number(process.env.BENCH_LOGS ?? 5000);

/** Runs GRADES key-press grades in a fresh session; returns the in-page save times and the driver-side switch times. */
async function gradeRun(page) {
  await page.getByTestId('start-session').click();
  const cardSwitch = [];
  for (let i = 0; i < GRADES; i++) {
    await page.keyboard.press('Space');
    await page.locator('[data-grade="3"]').waitFor();
    const before = await page.getByTestId('session-progress').textContent();
    const t0 = Date.now();
    // Grades 2–4 only: an Again card returns in the session, which would make this loop wait on the same card.
    await page.keyboard.press(String((i % 3) + 2));
    await page.waitForFunction((k) => document.querySelector('[data-testid="session-progress"]')?.textContent !== k, before);
    cardSwitch.push(Date.now() - t0);
  }
  const saves = await page.evaluate(() => performance.getEntriesByName('quiz-grade-save').map((e) => e.duration));
  return { saves, cardSwitch };
}

/** In the page: writes `count` valid review logs (Good, a few days apart) spread over `keys` into the app's database. */
function seedLogs({ count, keys }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('mlprep-quiz', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('cards');
      db.createObjectStore('logs').createIndex('key', 'key');
      db.createObjectStore('meta');
      db.createObjectStore('quarantine', { autoIncrement: true });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('logs', 'readwrite');
      const start = Date.now() - 400 * 86_400_000;
      for (let i = 0; i < count; i++) {
        const key = keys[i % keys.length];
        const n = Math.floor(i / keys.length);
        const review = new Date(start + n * 3 * 86_400_000 + (i % keys.length) * 60_000).toISOString();
        tx.objectStore('logs').put({ v: 2, id: `seed-${i}`, key, rating: 3, review }, `seed-${i}`);
      }
      tx.oncomplete = () => (db.close(), resolve(Math.min(keys.length, count)));
      tx.onerror = () => reject(tx.error);
    };
  });
}
const base = `http://127.0.0.1:${PORT}`;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const ms = (x) => `${x.toFixed(1)} ms`;

function pageJs(htmlPath) {
  const html = readFileSync(join('out', htmlPath), 'utf8');
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = readFileSync(join('out', decodeURIComponent(src.split('?')[0])));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, raw, gz };
}

console.log('JavaScript loaded by each page (all <script src>, gzip -9):');
const weights = {};
for (const [label, path] of [['/quiz/', 'quiz/index.html'], ['/progress/', 'progress/index.html'], ['/ (home)', 'index.html'], ['a note', 'notes/attention-scaling/index.html']]) {
  const js = (weights[label] = pageJs(path));
  console.log(`  ${label.padEnd(12)} ${String(js.files).padStart(2)} files  ${kb(js.raw).padStart(10)} raw  ${kb(js.gz).padStart(9)} gzip`);
}
const extra = (a, b) => `${kb(weights[a].raw - weights[b].raw)} raw / ${kb(weights[a].gz - weights[b].gz)} gzip`;
console.log(`  quiz-only JS (quiz page minus a note page's shared framework): ${extra('/quiz/', 'a note')}`);
const bank = readFileSync('out/quiz-cards.json');
const realCards = JSON.parse(bank).cards.length;
console.log(`  quiz-cards.json: ${realCards} cards, ${kb(statSync('out/quiz-cards.json').size)} raw, ${kb(gzipSync(bank, { level: 9 }).length)} gzip (fetched by /quiz/ and /progress/ only)`);

const server = spawn(process.execPath, ['scripts/serve-out.mjs', String(PORT), 'out'], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => server.kill());
// Wait for the server's "Serving" line: if the port is taken it exits instead, and we must not measure someone else's site.
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', () => reject(new Error(`static server could not start on port ${PORT} (set BENCH_PORT)`)));
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.error('console', m.text()));
  // Pad the bank with copies of real cards (new keys) so the session covers the full-content scale.
  if (realCards < TARGET_CARDS)
    await page.route('**/quiz-cards.json', async (route) => {
      const res = await route.fetch();
      const data = await res.json();
      const real = data.cards;
      for (let i = 0; data.cards.length < TARGET_CARDS; i++) {
        const c = real[i % real.length];
        data.cards.push({ ...c, key: `${c.key}-bench${i}` });
      }
      await route.fulfill({ response: res, json: data });
    });
  await page.goto(`${base}/quiz/`);
  await page.getByTestId('quiz-ready').waitFor();
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domInteractive);
  const ready = await page.evaluate(() => performance.now());
  const bankTiming = await page.evaluate(() => {
    const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/quiz-cards.json'));
    return e ? { start: e.startTime, end: e.responseEnd } : null;
  });
  const total = await page.evaluate(() => fetch('/quiz-cards.json').then((r) => r.json()).then((b) => b.cards.length));
  await page.getByLabel('每轮张数').fill('1000');
  await page.getByLabel('每日新卡上限').fill('1000');

  const startTimes = [];
  let sessionSize = 0;
  for (let i = 0; i < RUNS; i++) {
    startTimes.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector('[data-testid="start-session"]').click();
        await new Promise((resolve) => {
          if (document.querySelector('[data-testid="flashcard"]')) return resolve();
          new MutationObserver((_, o) => {
            if (document.querySelector('[data-testid="flashcard"]')) {
              o.disconnect();
              resolve();
            }
          }).observe(document.body, { childList: true, subtree: true });
        });
        return performance.now() - t0;
      }),
    );
    sessionSize = Number((await page.getByTestId('session-progress').textContent()).match(/\/ (\d+)/)[1]);
    await page.getByRole('button', { name: '返回设置' }).click();
  }

  const { saves, cardSwitch } = await gradeRun(page);

  // The same grades with a long history in the store: LOG_COUNT review logs over the real cards.
  const seeded = await browser.newPage();
  await seeded.goto(`${base}/404.html`);
  const seededCards = await seeded.evaluate(seedLogs, { count: LOG_COUNT, keys: JSON.parse(bank).cards.map((c) => c.key) });
  const t0 = Date.now();
  await seeded.goto(`${base}/quiz/`);
  await seeded.getByTestId('quiz-ready').waitFor();
  const firstLoad = Date.now() - t0;
  const t1 = Date.now();
  await seeded.reload();
  await seeded.getByTestId('quiz-ready').waitFor();
  const secondLoad = Date.now() - t1;
  await seeded.getByLabel('每轮张数').fill('1000');
  await seeded.getByLabel('每日新卡上限').fill('1000');
  const big = await gradeRun(seeded);

  console.log(
    total > realCards
      ? `\nIn headless Chromium, bank padded in the browser from ${realCards} real cards to ${total} (synthesised copies with new keys):`
      : `\nIn headless Chromium, with the real bank of ${total} cards (no synthesised cards needed):`,
  );
  console.log(`  page interactive (domInteractive) ${ms(nav)}; bank + stored progress loaded and rendered by ${ms(ready)} after navigation start`);
  if (bankTiming) console.log(`  quiz-cards.json requested at ${ms(bankTiming.start)}, last byte at ${ms(bankTiming.end)} (local server, no compression)`);
  console.log(`  start a session over all ${total} cards (${sessionSize} in the queue), click → first card in the DOM: median ${ms(median(startTimes))}, max ${ms(max(startTimes))} (${RUNS} runs)`);
  console.log(`  grade saved to IndexedDB (key press handler → transaction committed): median ${ms(median(saves))}, max ${ms(max(saves))} (${saves.length} grades)`);
  console.log(`  key press → next card shown, as seen by the test driver (includes its round trips): median ${median(cardSwitch)} ms, max ${max(cardSwitch)} ms`);
  console.log('  The next card is rendered only after the save resolves, so every grade is stored before the next card shows.');
  console.log(`\nWith ${LOG_COUNT} review logs over ${seededCards} cards already stored:`);
  console.log(`  /quiz/ ready: ${firstLoad} ms on the first load (card states rebuilt from the logs and written back), ${secondLoad} ms on a reload`);
  console.log(`  grade saved to IndexedDB: median ${ms(median(big.saves))}, max ${ms(max(big.saves))} (${big.saves.length} grades)`);
  console.log(`  key press → next card shown (test driver): median ${median(big.cardSwitch)} ms, max ${max(big.cardSwitch)} ms`);
} finally {
  await browser.close();
  server.kill();
}

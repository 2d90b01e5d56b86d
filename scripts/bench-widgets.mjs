// Widget benchmark (npm run bench:widgets, after a build): JS bytes each widget page loads, the gzip
// size of each widget's own chunk, how long a threshold change takes in the ROC widget with 10,000
// points, and how long one step of the OptimizerPaths widget takes to redraw, in headless Chromium.
// Prints numbers only; it never fails on timings.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;
// Widget → a page that embeds it, and the test id found only in that widget's own code.
const WIDGETS = {
  SoftmaxTemperature: [process.env.BENCH_SOFTMAX_PAGE ?? '/notes/softmax-temperature/', 'widget-softmax-temperature'],
  SelfAttention: [process.env.BENCH_ATTENTION_PAGE ?? '/notes/self-attention/', 'widget-self-attention'],
  RocAuc: [process.env.BENCH_ROC_PAGE ?? '/notes/roc-auc/', 'widget-roc-auc'],
  FocalLoss: ['/notes/focal-loss/', 'widget-focal-loss'],
  LrSchedule: ['/notes/learning-rate-warmup/', 'widget-lr-schedule'],
  RankingMetrics: ['/notes/ndcg/', 'widget-ranking-metrics'],
  DecodingSampler: ['/notes/softmax-temperature/', 'widget-decoding-sampler'],
  NormAxes: ['/notes/batchnorm-vs-layernorm/', 'widget-norm-axes'],
  L1L2Geometry: ['/notes/l1-l2-regularization/', 'widget-l1l2-geometry'],
  OptimizerPaths: ['/notes/momentum-adam-adamw/', 'widget-optimizer-paths'],
  RopePositional: ['/notes/positional-encoding/', 'widget-rope-positional'],
};
const PLAIN_PAGE = process.env.BENCH_PLAIN_PAGE ?? '/notes/cross-entropy-vs-mse/';
const CHANGES = 50;

const server = spawn('node', ['scripts/serve-out.mjs', String(PORT), 'out'], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function waitForServer() {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(BASE + '/')).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not start on ${BASE}`);
}

/** url → body of every script the page loads (prefetches included) until the network is idle. */
async function scriptsOf(path) {
  const page = await browser.newPage();
  const reads = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    const url = r.url();
    reads.push(
      r.body().then(
        (body) => [url, body],
        (err) => {
          console.warn(`warning: could not read ${url} on ${path}: ${err.message}`);
          return [url, Buffer.alloc(0)];
        },
      ),
    );
  });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  // Bodies come from the browser and are gone once the page closes. Closing before every read had
  // finished left the widget chunks, which load last, empty: "own chunk: not found".
  const bodies = new Map(await Promise.all(reads));
  await page.close();
  return bodies;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (bufs) => bufs.reduce((s, b) => ({ raw: s.raw + b.length, gzip: s.gzip + gzipSync(b).length }), { raw: 0, gzip: 0 });
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function benchBytes() {
  const plain = await scriptsOf(PLAIN_PAGE);
  const p = sizes([...plain.values()]);
  console.log(`JS loaded by a note without widgets (${PLAIN_PAGE}): ${kb(p.raw)} raw / ${kb(p.gzip)} gzip in ${plain.size} files\n`);
  console.log('widget              page total (raw / gzip)   not on the plain page (raw / gzip)   own chunk (gzip)');
  const pages = new Map();
  for (const [name, [path, marker]] of Object.entries(WIDGETS)) {
    if (!pages.has(path)) pages.set(path, await scriptsOf(path));
    const all = pages.get(path);
    const extra = [...all].filter(([url]) => !plain.has(url)).map(([, b]) => b);
    // The chunk that holds the widget's component (its test id); shared widget pieces may sit in another chunk.
    const own = extra.filter((b) => b.includes(marker));
    const t = sizes([...all.values()]);
    const e = sizes(extra);
    console.log(`${name.padEnd(19)} ${`${kb(t.raw)} / ${kb(t.gzip)}`.padEnd(25)} ${`${kb(e.raw)} / ${kb(e.gzip)} in ${extra.length} files`.padEnd(36)} ${own.length ? kb(sizes(own).gzip) : 'not found'}`);
  }
}

async function benchRoc() {
  const page = await browser.newPage();
  await page.goto(BASE + WIDGETS.RocAuc[0], { waitUntil: 'networkidle' });
  const widget = page.getByTestId('widget-roc-auc');
  await page.locator('[data-testid="widget-roc-auc"][data-ready]').waitFor();
  const presetStart = Date.now();
  await widget.getByLabel('预设').selectOption('large');
  await widget.getByTestId('roc-auc-rank').waitFor();
  const presetMs = Date.now() - presetStart;
  const result = await page.evaluate(async (changes) => {
    const input = document.querySelector('[data-testid="roc-threshold-slider"]');
    const readout = document.querySelector('[data-testid="roc-threshold"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const max = Number(input.max);
    const commit = [];
    const frame = [];
    let unchanged = 0;
    for (let i = 0; i < changes; i++) {
      const before = readout.textContent;
      const t0 = performance.now();
      setValue.call(input, String(Math.round(((i + 1) / (changes + 1)) * max)));
      input.dispatchEvent(new Event('input', { bubbles: true })); // React renders discrete input events synchronously
      const t1 = performance.now();
      void document.body.offsetHeight; // force style and layout of the updated DOM
      const t2 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // let the frame paint before the next change
      if (readout.textContent === before) unchanged++;
      commit.push(t1 - t0);
      frame.push(t2 - t0);
    }
    return { commit, frame, unchanged, points: max };
  }, CHANGES);
  await page.close();
  console.log(`\nROC widget, preset "large": ${result.points} distinct thresholds; switching to it took ${presetMs} ms (data generation + curves)`);
  console.log(`${CHANGES} threshold changes (input event → DOM updated): median ${quantile(result.commit, 0.5).toFixed(2)} ms, p95 ${quantile(result.commit, 0.95).toFixed(2)} ms, max ${Math.max(...result.commit).toFixed(2)} ms`);
  console.log(`  … + style and layout (forced reflow):             median ${quantile(result.frame, 0.5).toFixed(2)} ms, p95 ${quantile(result.frame, 0.95).toFixed(2)} ms, max ${Math.max(...result.frame).toFixed(2)} ms  (frame budget 16.7 ms)`);
  if (result.unchanged) console.log(`  warning: ${result.unchanged} changes did not update the readout`);
}

/** OptimizerPaths: one step of the step slider re-draws five trajectories and the readout table. */
async function benchOptimizer() {
  const page = await browser.newPage();
  await page.goto(BASE + WIDGETS.OptimizerPaths[0], { waitUntil: 'networkidle' });
  const widget = page.getByTestId('widget-optimizer-paths');
  await page.locator('[data-testid="widget-optimizer-paths"][data-ready]').waitFor();
  const presetStart = Date.now();
  await widget.getByLabel('预设').selectOption('rosenbrock');
  await page.waitForFunction(() => document.querySelector('[data-testid="optim-surface"]')?.value === 'rosenbrock');
  const presetMs = Date.now() - presetStart;
  const result = await page.evaluate(async (changes) => {
    const input = document.querySelector('[data-testid="optim-step-slider"]');
    const readout = document.querySelector('[data-testid="optim-pos-sgd"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const commit = [];
    const frame = [];
    let unchanged = 0;
    for (let i = 0; i < changes; i++) {
      const before = readout.textContent;
      const t0 = performance.now();
      setValue.call(input, String(100 + i * 8));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = performance.now();
      void document.body.offsetHeight;
      const t2 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (readout.textContent === before) unchanged++;
      commit.push(t1 - t0);
      frame.push(t2 - t0);
    }
    return { commit, frame, unchanged };
  }, CHANGES);
  await page.close();
  console.log(`\nOptimizerPaths, Rosenbrock (5 optimisers × 500 steps): switching to the preset took ${presetMs} ms (trajectories + contours)`);
  console.log(`${CHANGES} step changes (input event → DOM updated): median ${quantile(result.commit, 0.5).toFixed(2)} ms, p95 ${quantile(result.commit, 0.95).toFixed(2)} ms, max ${Math.max(...result.commit).toFixed(2)} ms`);
  console.log(`  … + style and layout (forced reflow):       median ${quantile(result.frame, 0.5).toFixed(2)} ms, p95 ${quantile(result.frame, 0.95).toFixed(2)} ms, max ${Math.max(...result.frame).toFixed(2)} ms  (frame budget 16.7 ms)`);
  if (result.unchanged) console.log(`  warning: ${result.unchanged} changes did not update the readout`);
}

try {
  await waitForServer();
  await benchBytes();
  await benchRoc();
  await benchOptimizer();
} finally {
  await browser.close();
  server.kill();
}

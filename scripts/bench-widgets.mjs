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
  // Widgets are islands that load their code when they come into view: bring each one there.
  for (const widget of await page.locator('[data-widget]').all()) {
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('[data-ready="true"]').first().waitFor();
  }
  await page.waitForLoadState('networkidle');
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

/** Opens a widget's page, waits for hydration and switches it to `preset`; `switched` waits for the result. */
async function openAtPreset(path, testId, preset, switched) {
  const page = await browser.newPage();
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  await page.getByTestId(testId).scrollIntoViewIfNeeded(); // an island: it hydrates once in view
  await page.locator(`[data-testid="${testId}"][data-ready]`).waitFor();
  const start = Date.now();
  await page.getByTestId(testId).getByLabel('预设').selectOption(preset);
  await switched(page);
  return { page, presetMs: Date.now() - start };
}

/** Sets the slider to each value in turn and times each change; `readout` shows whether it took effect. */
function timeSlider(page, slider, readout, values) {
  return page.evaluate(
    async ({ slider, readout, values }) => {
      const input = document.querySelector(`[data-testid="${slider}"]`);
      const shown = document.querySelector(`[data-testid="${readout}"]`);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const commit = [];
      const frame = [];
      let unchanged = 0;
      for (const value of values) {
        const before = shown.textContent;
        const t0 = performance.now();
        setValue.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true })); // React renders discrete input events synchronously
        const t1 = performance.now();
        void document.body.offsetHeight; // force style and layout of the updated DOM
        const t2 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // let the frame paint before the next change
        if (shown.textContent === before) unchanged++;
        commit.push(t1 - t0);
        frame.push(t2 - t0);
      }
      return { commit, frame, unchanged };
    },
    { slider, readout, values },
  );
}

function printTimes(what, { commit, frame, unchanged }) {
  const spread = (ms) => `median ${quantile(ms, 0.5).toFixed(2)} ms, p95 ${quantile(ms, 0.95).toFixed(2)} ms, max ${Math.max(...ms).toFixed(2)} ms`;
  const head = `${commit.length} ${what} changes (input event → DOM updated): `;
  console.log(head + spread(commit));
  console.log('  … + style and layout (forced reflow):'.padEnd(head.length) + spread(frame) + '  (frame budget 16.7 ms)');
  if (unchanged) console.log(`  warning: ${unchanged} changes did not update the readout`);
}

async function benchRoc() {
  const { page, presetMs } = await openAtPreset(WIDGETS.RocAuc[0], 'widget-roc-auc', 'large', (p) => p.getByTestId('roc-auc-rank').waitFor());
  const max = Number(await page.getByTestId('roc-threshold-slider').getAttribute('max'));
  const values = Array.from({ length: CHANGES }, (_, i) => Math.round(((i + 1) / (CHANGES + 1)) * max));
  const result = await timeSlider(page, 'roc-threshold-slider', 'roc-threshold', values);
  await page.close();
  console.log(`\nROC widget, preset "large": ${max} distinct thresholds; switching to it took ${presetMs} ms (data generation + curves)`);
  printTimes('threshold', result);
}

/** OptimizerPaths: one step of the step slider re-draws five trajectories and the readout table. */
async function benchOptimizer() {
  const { page, presetMs } = await openAtPreset(WIDGETS.OptimizerPaths[0], 'widget-optimizer-paths', 'rosenbrock', (p) =>
    p.waitForFunction(() => document.querySelector('[data-testid="optim-surface"]')?.value === 'rosenbrock'),
  );
  const result = await timeSlider(page, 'optim-step-slider', 'optim-pos-sgd', Array.from({ length: CHANGES }, (_, i) => 100 + i * 8));
  await page.close();
  console.log(`\nOptimizerPaths, Rosenbrock (5 optimisers × 500 steps): switching to the preset took ${presetMs} ms (trajectories + contours)`);
  printTimes('step', result);
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

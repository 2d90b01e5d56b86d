// Site benchmark: prints numbers, has no pass/fail.
//   1. wall time of a clean `next build` (.next deleted first; MLPREP_ALLOW_MISSING_LINKS passes through);
//   2. bytes by resource type (raw and gzip of the body, via node:zlib) for `/` and a note page, loaded in
//      headless Chromium from `node scripts/serve-out.mjs 4177 out`, with every JS file and font listed;
//   3. Lighthouse (mobile, simulated throttling) for the note page: performance, LCP, TBT, CLS, FCP and
//      the other category scores, run with `npx lighthouse@13`; median of 3 runs, first on serve-out.mjs
//      (uncompressed, as specified), then on a gzipping server (how a CDN serves it);
//   4. what the export writes: out/ in total and by file type, and the files of one note page;
//   5. a typical and the heaviest note against copies of themselves without any script
//      (scripts/bench-noscript.mjs: Lighthouse alternating, median of --lh-runs each).
// Results also go to bench-results/site.json.
//
//   npm run bench                                   # build, then measure
//   npm run bench -- --no-build                     # measure the existing out/
//   npm run bench -- --note=/notes/dropout/ --no-lighthouse   (or --lh-runs=1 for one Lighthouse run per server)
import { rmSync, readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ROOT, gzipBytes, kb, launchBrowser, machineInfo, ms, printTable, run, runCommand, serve, serveGzip, writeResults,
} from './bench-util.mjs';
import { compareWithNoScript } from './bench-noscript.mjs';
import { medianLighthouse } from './lighthouse.mjs';

const TYPES = ['document', 'stylesheet', 'script', 'font', 'fetch', 'other'];

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    note: { type: 'string', default: '/notes/self-attention/' },
    'lh-runs': { type: 'string', default: '3' }, // Lighthouse runs per server; the median run is reported
  },
});

run(async () => {
  const results = { date: new Date().toISOString(), machine: machineInfo(), build: null, pages: {}, lighthouse: null, lighthouseGzip: null };

  if (!opts['no-build']) results.build = await timeBuild();
  if (!existsSync(join(ROOT, 'out/index.html'))) throw new Error('out/ has no index.html: run without --no-build');

  results.export = exportSizes(join(ROOT, 'out'), opts.note);
  printExport(results.export);

  const server = await serve('out');
  const base = server.base;
  const browser = await launchBrowser();
  for (const path of ['/', opts.note]) {
    results.pages[path] = await measurePage(browser, base + path);
    printPage(path, results.pages[path]);
  }
  await browser.close();

  if (!opts['no-lighthouse']) {
    // As asked: the uncompressed reference server. Then the same files gzipped, as any CDN serves them.
    const runs = Math.max(1, Number(opts['lh-runs']));
    results.lighthouse = await medianLighthouse(base + opts.note, runs);
    printLighthouse(`${opts.note} served uncompressed (serve-out.mjs)`, results.lighthouse);
    await server.close();
    const gz = await serveGzip('out');
    results.lighthouseGzip = await medianLighthouse(gz.base + opts.note, runs);
    printLighthouse(`${opts.note} served gzipped (like a CDN)`, results.lighthouseGzip);
    await gz.close();
    results.noscript = await compareWithNoScript({ runs });
  }
  results.machine.loadavgAtEnd = machineInfo().loadavg;
  writeResults('site.json', results);
});

/** Clean `next build`: .next is deleted first so nothing is cached. */
async function timeBuild() {
  rmSync(join(ROOT, '.next'), { recursive: true, force: true });
  console.log(`Building (next build, .next deleted first; MLPREP_ALLOW_MISSING_LINKS=${process.env.MLPREP_ALLOW_MISSING_LINKS ?? 'unset'}) ...`);
  const r = await runCommand(process.execPath, [join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.code !== 0) {
    console.error(r.output);
    throw new Error(`next build failed (exit ${r.code})`);
  }
  const seconds = r.ms / 1000;
  const pages = r.output.match(/Generating static pages[^\n]*\((\d+)\/(\d+)\)/)?.[2];
  // Phase times as Next prints them ("Compiled successfully in 2.2min", "Finished TypeScript in 27.2s", …).
  const phase = (re) => {
    const m = r.output.match(re);
    return m ? +(Number(m[1]) * { ms: 0.001, s: 1, min: 60 }[m[2]]).toFixed(1) : null;
  };
  const phases = {
    compile: phase(/Compiled successfully in ([\d.]+)(ms|s|min)/),
    typescript: phase(/Finished TypeScript in ([\d.]+)(ms|s|min)/),
    staticPages: phase(/Generating static pages[^\n]*? in ([\d.]+)(ms|s|min)/),
  };
  const detail = Object.entries(phases).filter(([, v]) => v != null).map(([k, v]) => `${k} ${v} s`).join(', ');
  console.log(`\nnext build: ${seconds.toFixed(1)} s wall${pages ? `, ${pages} static pages` : ''}${detail ? ` (${detail})` : ''}`);
  return { seconds: +seconds.toFixed(2), staticPages: pages ? Number(pages) : null, phases };
}

/** Bytes the export writes: all of out/, by file type, and each file of one note page's folder. */
function exportSizes(out, note) {
  const byType = {};
  let total = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const size = statSync(p).size;
        const ext = e.name.match(/\.(\w+)$/)?.[1] ?? '';
        (byType[ext] ??= { files: 0, bytes: 0 }).files++;
        byType[ext].bytes += size;
        total += size;
      }
    }
  };
  walk(out);
  const dir = join(out, note);
  const page = existsSync(dir) ? readdirSync(dir).map((name) => ({ name, bytes: statSync(join(dir, name)).size })) : [];
  return { total, byType, note, page };
}

function printExport(e) {
  const mb = (b) => (b / 1024 / 1024).toFixed(1);
  console.log(`\n== out/: ${mb(e.total)} MB; by type: ${Object.entries(e.byType).sort((a, b) => b[1].bytes - a[1].bytes).map(([t, v]) => `.${t} ${mb(v.bytes)} MB (${v.files})`).join(', ')}`);
  console.log(`Files of ${e.note} in out/: ${e.page.map((f) => `${f.name} ${kb(f.bytes)} KB`).join(', ')}`);
}

function typeOf(resourceType) {
  if (resourceType === 'xhr') return 'fetch';
  return TYPES.includes(resourceType) ? resourceType : 'other';
}

/** Loads `url` in a fresh context and records every response body by resource type. */
async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (res) => {
    pending.push(
      res.body().then(
        (body) => ({ url: res.url(), status: res.status(), type: typeOf(res.request().resourceType()), raw: body.length, gzip: gzipBytes(body) }),
        () => null, // aborted (e.g. a <Link> prefetch cancelled by navigation) or no body (redirect)
      ),
    );
  });
  const start = performance.now();
  const html = await (await page.goto(url, { waitUntil: 'load' })).text();
  const loadMs = performance.now() - start;
  await page.waitForLoadState('networkidle');
  const fonts = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`),
  );
  await context.close();

  const responses = (await Promise.all(pending)).filter(Boolean);
  const inHtml = htmlScripts(html);
  // The RSC payload Next inlines into the HTML (self.__next_f.push scripts), for hydration.
  const rscInline = Buffer.from([...html.matchAll(/<script>self\.__next_f\.push[\s\S]*?<\/script>/g)].map((m) => m[0]).join(''));
  const byType = Object.fromEntries(TYPES.map((t) => [t, { count: 0, raw: 0, gzip: 0 }]));
  for (const r of responses) {
    const t = byType[r.type];
    t.count++;
    t.raw += r.raw;
    t.gzip += r.gzip;
  }
  const pick = (type) =>
    responses.filter((r) => r.type === type).map(({ url: u, status, raw, gzip }) => ({ path: new URL(u).pathname, status, raw, gzip }));
  return {
    loadMs: Math.round(loadMs),
    byType,
    inlineRsc: { raw: rscInline.length, gzip: gzipBytes(rscInline) },
    total: responses.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 }),
    // "html": loaded by the page itself; "later": loaded afterwards, e.g. for routes <Link> prefetched.
    scripts: pick('script').map((s) => ({ ...s, from: inHtml.has(s.path) ? 'html' : 'later', contains: describeChunk(s.path) })),
    fonts: { files: pick('font'), faces: [...new Set(fonts)] },
    fetches: pick('fetch'),
    other: pick('other'),
  };
}

/**
 * A rough label for what a JS chunk holds, for reading the report. Turbopack production chunks keep
 * the export names of client components (`e.s(["ThemeToggle", …`), which name the app's own pieces.
 */
function describeChunk(path) {
  let text;
  try {
    text = readFileSync(join(ROOT, 'out', path), 'utf8');
  } catch {
    return '';
  }
  const names = [...new Set([...text.matchAll(/\.s\(\["([A-Z][a-z]\w*)"/g)].map((m) => m[1]))];
  const labels = [];
  if (/\/turbopack-[^/]*\.js$/.test(path)) labels.push('turbopack runtime');
  if (/hydrateRoot/.test(text)) labels.push('react-dom');
  else if (/AppRouter/.test(text) && !names.length) labels.push('next app router');
  if (/flexsearch/i.test(text)) labels.push('flexsearch');
  if (names.length) labels.push(`components: ${names.join(', ')}`);
  return labels.join('; ') || 'next runtime';
}

/** Script URLs the page's HTML itself loads (<script src> without nomodule); others come later. */
function htmlScripts(html) {
  return new Set(
    [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\bnomodule\b/i.test(tag))
      .map((tag) => tag.match(/\bsrc="([^"]+)"/)?.[1])
      .filter(Boolean),
  );
}

function printPage(path, p) {
  console.log(`\n== ${path}  (load event ${p.loadMs} ms, 1280×800 viewport, uncompressed local server)`);
  printTable(
    ['type', 'files', 'raw KB', 'gzip KB'],
    [
      ...TYPES.map((t) => [t, p.byType[t].count, kb(p.byType[t].raw), kb(p.byType[t].gzip)]),
      ['total', Object.values(p.byType).reduce((s, t) => s + t.count, 0), kb(p.total.raw), kb(p.total.gzip)],
    ],
  );
  console.log(`document includes the inline RSC payload (self.__next_f): ${kb(p.inlineRsc.raw)} KB raw / ${kb(p.inlineRsc.gzip)} KB gzip`);
  const own = p.scripts.filter((s) => s.from === 'html');
  console.log(`\nJS files on ${path} ("html": in the page's own <script> tags; "later": fetched after load, e.g. for prefetched routes):`);
  printTable(
    ['file', 'from', 'raw KB', 'gzip KB', 'looks like'],
    p.scripts
      .sort((a, b) => a.from.localeCompare(b.from) || b.raw - a.raw)
      .map((s) => [s.path.replace('/_next/static/chunks/', ''), s.from, kb(s.raw), kb(s.gzip), s.contains]),
  );
  console.log(`JS in the page's own script tags: ${own.length} files, ${kb(own.reduce((n, s) => n + s.raw, 0))} KB raw / ${kb(own.reduce((n, s) => n + s.gzip, 0))} KB gzip`);
  console.log(`\nFonts on ${path}: ${p.fonts.files.length} files, ${kb(p.fonts.files.reduce((s, f) => s + f.raw, 0))} KB`);
  for (const f of p.fonts.files) console.log(`  ${f.path}  ${kb(f.raw)} KB`);
  console.log(`  faces in use: ${p.fonts.faces.join('; ') || '(none; system fonts only)'}`);
  if (p.fetches.length) {
    const rsc = p.fetches.filter((f) => f.path.endsWith('.txt'));
    console.log(`Fetches on ${path}: ${p.fetches.length}, of which ${rsc.length} are <Link> prefetches of RSC payloads (${kb(rsc.reduce((n, f) => n + f.raw, 0))} KB raw / ${kb(rsc.reduce((n, f) => n + f.gzip, 0))} KB gzip); largest:`);
    for (const f of [...p.fetches].sort((a, b) => b.raw - a.raw).slice(0, 5)) console.log(`  ${f.path}  ${kb(f.raw)} KB raw / ${kb(f.gzip)} KB gzip`);
  }
  if (p.other.length) console.log(`Other on ${path}: ${p.other.map((f) => `${f.path} (${kb(f.raw)} KB)`).join(', ')}`);
}

function printLighthouse(path, lh) {
  if (lh.error) {
    console.log(`Lighthouse could not run: ${lh.error}`);
    return;
  }
  const m = lh.metricsMs;
  console.log(`\n== Lighthouse ${lh.version}, ${lh.formFactor}, ${lh.throttling} throttling, ${path}`);
  if (lh.allPerformance?.length > 1) {
    console.log(`median of ${lh.allPerformance.length} runs (performance ${lh.allPerformance.join(', ')}; TBT ms ${lh.allTbt.map((t) => ms(t, 0)).join(', ')})`);
  }
  printTable(
    ['metric', 'value'],
    [
      ['performance', lh.scores.performance],
      ['FCP ms', ms(m.fcp, 0)],
      ['LCP ms', ms(m.lcp, 0)],
      ['TBT ms', ms(m.tbt, 0)],
      ['CLS', lh.cls == null ? 'n/a' : lh.cls.toFixed(3)],
      ['Speed Index ms', ms(m.speedIndex, 0)],
      ['accessibility', lh.scores.accessibility],
      ['best practices', lh.scores.bestPractices],
      ['SEO', lh.scores.seo],
    ],
  );
  if (lh.lcpElement) console.log(`LCP element: ${lh.lcpElement}`);
  if (lh.domElements) console.log(`DOM elements: ${lh.domElements}`);
  if (lh.insights.length) console.log(`Insights flagged: ${lh.insights.join('; ')}`);
  for (const [cat, ids] of Object.entries(lh.notFullScore)) if (ids.length) console.log(`${cat} audits not passed: ${ids.join(', ')}`);
}

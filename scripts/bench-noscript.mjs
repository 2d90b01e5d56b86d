// A note page against the same page without JavaScript (issue 17), measured side by side in one run.
// For each note it writes a copy of out/notes/<slug>/index.html with every <script> and every
// <link rel="modulepreload"> / <link as="script"> removed, serves both from one gzipping server
// (a temp dir of symlinks to out/, so out/ is untouched), and runs Lighthouse mobile on them
// alternately (page, copy, page, copy, …), reporting the median run of each: score, LCP, TBT, HTML gzip
// bytes and JS bytes, and the ratios page / copy. Absolute scores on a shared machine drift between
// runs; the ratio within one run is what counts.
//
//   node scripts/bench-noscript.mjs                         # out/, focal-loss and self-attention, 3 runs each
//   node scripts/bench-noscript.mjs --out=/tmp/old-out --runs=5 --notes=focal-loss,dropout
//   node scripts/bench-noscript.mjs --before=/tmp/old-out   # also an older export's page, in the same alternation
// `npm run bench` runs it after its own measurements.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipBytes, kb, ms, onCleanup, printTable, run, serveGzip, writeResults, ROOT } from './bench-util.mjs';
import { runLighthouse } from './lighthouse.mjs';

export const NOSCRIPT_NOTES = ['focal-loss', 'self-attention']; // a typical note and the heaviest

/** The page's HTML without anything that loads or runs JavaScript. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '');
}

/** Runs the comparison over `outDir`; returns per-note results (also printed). */
export async function compareWithNoScript({ outDir = join(ROOT, 'out'), notes = NOSCRIPT_NOTES, runs = 3, beforeDir } = {}) {
  const site = mkdtempSync(join(tmpdir(), 'mlprep-noscript-'));
  onCleanup(() => rmSync(site, { recursive: true, force: true }));
  for (const name of readdirSync(outDir)) symlinkSync(resolve(outDir, name), join(site, name));
  const pages = {};
  for (const slug of notes) {
    const html = readFileSync(join(outDir, 'notes', slug, 'index.html'));
    const bare = Buffer.from(stripScripts(html.toString('utf8')));
    mkdirSync(join(site, '__noscript', slug), { recursive: true });
    writeFileSync(join(site, '__noscript', slug, 'index.html'), bare);
    pages[slug] = {
      site: { path: `/notes/${slug}/`, htmlRaw: html.length, htmlGzip: gzipBytes(html), runs: [] },
      noscript: { path: `/__noscript/${slug}/`, htmlRaw: bare.length, htmlGzip: gzipBytes(bare), runs: [] },
    };
    if (beforeDir) {
      const old = readFileSync(join(beforeDir, 'notes', slug, 'index.html'));
      pages[slug].before = { path: `/notes/${slug}/`, htmlRaw: old.length, htmlGzip: gzipBytes(old), runs: [] };
    }
  }
  const server = await serveGzip(site);
  // An older export has its own asset names, so it gets a server of its own.
  const servers = { site: server, noscript: server, before: beforeDir ? await serveGzip(resolve(beforeDir), server.port + 1) : undefined };
  const kinds = beforeDir ? ['site', 'noscript', 'before'] : ['site', 'noscript'];
  for (let i = 0; i < runs; i++) {
    for (const slug of notes) {
      for (const kind of kinds) {
        const p = pages[slug][kind];
        p.runs.push(await runLighthouse(servers[kind].base + p.path, `${kind} ${i + 1}/${runs}`));
      }
    }
  }
  await server.close();
  await servers.before?.close();

  const results = {};
  for (const slug of notes) results[slug] = Object.fromEntries(kinds.map((k) => [k, summarise(pages[slug][k])]));
  printComparison(results);
  return results;
}

function median(xs) {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
}

function summarise({ runs, ...page }) {
  const ok = runs.filter((r) => !r.error);
  const errors = runs.filter((r) => r.error).map((r) => r.error);
  const js = ok.map((r) => r.bytesByType?.Script ?? { transfer: 0, resource: 0 });
  return {
    ...page,
    runs: ok.length,
    errors,
    performance: median(ok.map((r) => r.scores.performance)),
    allPerformance: ok.map((r) => r.scores.performance),
    lcpMs: median(ok.map((r) => r.metricsMs.lcp)),
    tbtMs: median(ok.map((r) => r.metricsMs.tbt)),
    allTbtMs: ok.map((r) => Math.round(r.metricsMs.tbt)),
    cls: median(ok.map((r) => r.cls)),
    jsTransfer: median(js.map((j) => j.transfer)),
    jsResource: median(js.map((j) => j.resource)),
    domElements: median(ok.map((r) => r.domElements)),
  };
}

const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : 'n/a');

function printComparison(results) {
  console.log('\n== Note page vs the same page without scripts (Lighthouse mobile, gzip server, median of alternating runs)');
  const rows = [];
  const ratioRow = (slug, label, a, b) => [slug, label, ratio(a.performance, b.performance), ratio(a.lcpMs, b.lcpMs), ratio(a.tbtMs, b.tbtMs), '', ratio(a.htmlRaw, b.htmlRaw), ratio(a.htmlGzip, b.htmlGzip), '', '', ''];
  for (const [slug, { site, noscript, before }] of Object.entries(results)) {
    for (const [label, r] of [['page', site], ['no script', noscript], ...(before ? [['before', before]] : [])]) {
      rows.push([slug, label, r.performance, ms(r.lcpMs, 0), ms(r.tbtMs, 0), r.cls == null ? 'n/a' : r.cls.toFixed(3), kb(r.htmlRaw), kb(r.htmlGzip), kb(r.jsTransfer ?? 0), r.allPerformance.join('/'), r.allTbtMs.join('/')]);
    }
    rows.push(ratioRow(slug, 'ratio', site, noscript));
    if (before) rows.push(ratioRow(slug, 'before ratio', before, noscript));
  }
  printTable(['note', 'copy', 'score', 'LCP ms', 'TBT ms', 'CLS', 'HTML KB', 'HTML gz KB', 'JS gz KB', 'all scores', 'all TBT'], rows);
  for (const [slug, r] of Object.entries(results)) {
    for (const e of Object.values(r).flatMap((k) => k.errors)) console.log(`${slug}: a Lighthouse run failed: ${e}`);
  }
  console.log('Goal (issue 17): score ≥ 0.95 × the copy, TBT ≤ 1.25 ×, HTML gzip ≤ 2 ×.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: join(ROOT, 'out') }, before: { type: 'string' }, runs: { type: 'string', default: '3' }, notes: { type: 'string', default: NOSCRIPT_NOTES.join(',') } },
  });
  run(async () => {
    const results = await compareWithNoScript({ outDir: resolve(values.out), notes: values.notes.split(','), runs: Math.max(1, Number(values.runs)), beforeDir: values.before });
    writeResults('noscript.json', { date: new Date().toISOString(), out: values.out, before: values.before, results });
  });
}

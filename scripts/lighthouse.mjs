// Lighthouse (mobile, simulated throttling) through the CLI, for the benchmarks: one run, or the median of n.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, runCommand } from './bench-util.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';

/** Runs Lighthouse `n` times and returns the run with the median performance score (scores of all runs kept). */
export async function medianLighthouse(url, n) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await runLighthouse(url, `${i + 1}/${n}`));
  const ok = runs.filter((r) => !r.error).sort((a, b) => a.scores.performance - b.scores.performance);
  if (!ok.length) return runs[0];
  return { ...ok[Math.floor((ok.length - 1) / 2)], allPerformance: runs.map((r) => r.scores?.performance ?? null), allTbt: runs.map((r) => r.metricsMs?.tbt ?? null) };
}

/** Lighthouse CLI via npx (Lighthouse 13 declares Node ≥22.19 but runs on 20). Never throws. */
export async function runLighthouse(url, label = '') {
  const dir = mkdtempSync(join(tmpdir(), 'mlprep-lh-'));
  const report = join(dir, 'report.json');
  console.log(`Lighthouse ${label} (${LIGHTHOUSE}, mobile) on ${url} ...`);
  try {
    const r = await runCommand(
      'npx',
      [
        '--yes', LIGHTHOUSE, url,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json', `--output-path=${report}`, '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeoutMs: 5 * 60_000 },
    );
    if (!existsSync(report)) return { error: `lighthouse exited ${r.code}: ${r.output.trim().split('\n').slice(-5).join(' | ')}` };
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = (cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
    return {
      version: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      },
      metricsMs: {
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        speedIndex: audit('speed-index'),
      },
      cls: audit('cumulative-layout-shift'),
      lcpElement: lcpElement(lhr),
      domElements: lhr.audits['dom-size-insight']?.details?.items?.[0]?.value?.value ?? null,
      // What the page made the browser fetch, by type (transfer = bytes on the wire, resource = decoded).
      bytesByType: bytesByType(lhr),
      // Performance insights Lighthouse flags, with their estimated savings: the "why" behind the score.
      insights: Object.entries(lhr.audits)
        .filter(([id, a]) => id.endsWith('-insight') && a.score != null && a.score < 1)
        .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
      notFullScore: Object.fromEntries(['accessibility', 'best-practices', 'seo'].map((c) => [c, failing(c)])),
    };
  } catch (err) {
    return { error: String(err) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lcpElement(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.find((i) => i.type === 'node') ?? items[0]?.items?.[0]?.node;
  return node ? `${node.selector ?? ''} "${(node.nodeLabel ?? node.snippet ?? '').slice(0, 40)}"` : null;
}


function bytesByType(lhr) {
  const out = {};
  for (const r of lhr.audits['network-requests']?.details?.items ?? []) {
    const t = (out[r.resourceType ?? 'Other'] ??= { count: 0, transfer: 0, resource: 0 });
    t.count++;
    t.transfer += r.transferSize ?? 0;
    t.resource += r.resourceSize ?? 0;
  }
  return out;
}

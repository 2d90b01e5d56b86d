// How fast following a link from one note to another is (issue 17): notes are static pages now, so
// the app router's client-side navigation is gone and speculation rules prerender a note while the
// pointer rests on its link. Measures, in headless Chromium on the gzip server, the time from the click
// until the next note's title is on screen, for a click after a 1 s hover (prerendered when the browser
// allows) and for a click with no hover (a plain page load); with --before=<older out/>, the same on
// an older export, side by side. Prints medians; never fails on timings. Under automation Chromium
// does not prerender (the CDP Preload domain reports "PrerenderingDisabledByDevTools"), so the
// "prerendered" column shows what this harness can and cannot see; a reader's Chromium prerenders.
//
//   node scripts/bench-navigation.mjs [--before=/tmp/old-out] [--runs=9]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, ms, printTable, run, serveGzip, ROOT } from './bench-util.mjs';

const FROM = '/notes/self-attention/';
const TO = '/notes/attention-scaling/';

async function follow(browser, base, hover) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + FROM, { waitUntil: 'networkidle' });
  await page.locator('[data-testid=search-button][data-ready]').waitFor();
  const link = page.locator(`[data-note-body] a[href^="${TO}"]`).first();
  await link.scrollIntoViewIfNeeded();
  if (hover) {
    await link.hover();
    await page.waitForTimeout(1000); // "moderate" eagerness starts a prerender after ~200 ms of hover
  }
  const start = Date.now();
  await link.click();
  await page.waitForURL((u) => u.pathname === TO);
  await page.locator('article h1').filter({ hasText: '根号' }).waitFor();
  const elapsed = Date.now() - start;
  const prerendered = await page.evaluate(() => (performance.getEntriesByType('navigation')[0]?.activationStart ?? 0) > 0);
  await context.close();
  return { elapsed, prerendered };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

run(async () => {
  const { values } = parseArgs({ options: { before: { type: 'string' }, runs: { type: 'string', default: '9' } } });
  const runs = Math.max(1, Number(values.runs));
  const browser = await launchBrowser();
  const sites = [['now', await serveGzip(resolve(ROOT, 'out'))]];
  if (values.before) sites.push(['before', await serveGzip(resolve(values.before), sites[0][1].port + 1)]);
  const results = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, server] of sites) {
      for (const hover of [true, false]) {
        const key = `${name}|${hover ? 'hover 1 s, click' : 'click'}`;
        (results[key] ??= []).push(await follow(browser, server.base, hover));
      }
    }
  }
  for (const [, server] of sites) await server.close();
  console.log(`\n== Note → note: ${FROM} → ${TO}, click until the next title shows (median of ${runs})`);
  printTable(
    ['site', 'how', 'median', 'all', 'prerendered'],
    Object.entries(results).map(([key, rs]) => {
      const [site, how] = key.split('|');
      return [site, how, ms(median(rs.map((r) => r.elapsed)), 0), rs.map((r) => r.elapsed).join('/'), `${rs.filter((r) => r.prerendered).length}/${rs.length}`];
    }),
  );
});

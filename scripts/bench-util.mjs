// Helpers shared by the benchmark scripts (bench-site.mjs, bench-search.mjs): a static server for
// out/, headless Chromium, gzip sizes, percentiles, tables, and the bench-results/ JSON file.
// Every server and browser started here is registered for cleanup, which also runs on errors and Ctrl+C.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PORT = Number(process.env.BENCH_PORT ?? 4177);
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

const cleanups = [];
/** Registers `fn` to run (once, newest first) when the script ends, normally or not. */
export function onCleanup(fn) {
  cleanups.push(fn);
}
export async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {}
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

/** Runs `main`, always cleaning up; a thrown error sets exit code 1. */
export async function run(main) {
  try {
    await main();
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

/** Starts `node scripts/serve-out.mjs PORT dir [flags]`; resolves with {base, close} once it answers. */
export async function serve(dir, port = PORT, flags = []) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve-out.mjs'), String(port), dir, ...flags], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onCleanup(() => stopChild(child));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`static server exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      await fetch(`${base}/`);
      return { base, port, close: () => stopChild(child) };
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`static server did not answer on ${base}`);
}

/** The same server with --gzip: text is compressed as a CDN would, for the "served compressed" Lighthouse run. */
export function serveGzip(dir, port = PORT) {
  return serve(dir, port, ['--gzip']);
}

/** Stops a child we started; `detached` children lead their own process group, which goes too. */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const kill = (signal) => {
    try {
      process.kill(child.detached ? -child.pid : child.pid, signal);
    } catch {}
  };
  return new Promise((done) => {
    child.once('exit', done);
    kill('SIGTERM');
    setTimeout(() => kill('SIGKILL'), 2000).unref();
  });
}

/** Headless Chromium (the system binary), closed at cleanup. */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  onCleanup(() => browser.close());
  return browser;
}

/** Runs a command, resolving with {code, ms, output}; the output is kept for error messages. */
export function runCommand(cmd, args, { env = process.env, cwd = ROOT, timeoutMs = 15 * 60_000 } = {}) {
  return new Promise((done) => {
    const start = performance.now();
    // Own process group, so a timeout or Ctrl+C also ends what the command started (e.g. Chromium).
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.detached = true;
    onCleanup(() => stopChild(child));
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => stopChild(child), timeoutMs);
    child.on('error', (err) => (output += String(err)));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, ms: performance.now() - start, output });
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

/** `q`-quantile (0..1) of numbers, nearest-rank. */
export function percentile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
export const ms = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

/** Prints rows (arrays) as an aligned text table; numbers are right-aligned. */
export function printTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const width = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(width[i] - [...c].length);
        return i > 0 && /^[-\d.,%/ ]+$/.test(c) ? pad + c : c + pad;
      })
      .join('  ');
  console.log(line(all[0]));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  all.slice(1).forEach((r) => console.log(line(r)));
}

/** What the numbers were measured on; the machine is shared, so load matters. */
export function machineInfo() {
  return { node: process.version, cpus: cpus().length, loadavg: loadavg().map((l) => +l.toFixed(2)) };
}

/** Writes `data` to bench-results/<name> and says where. */
export function writeResults(name, data) {
  const file = join(ROOT, 'bench-results', name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  console.log(`\nWrote ${file}`);
}

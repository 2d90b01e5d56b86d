// After `next build`: writes out/offline-pages.json, the pages "下载全部笔记" caches, with their sizes.
// Every exported page is listed except those the service worker precaches anyway.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const out = process.argv[2] ?? 'out';
const PRECACHED = new Set(['/', '/quiz/', '/progress/', '/search/', '/offline/']);
const SKIPPED = /^\/(404|_not-found|_next|pyodide)\//;

function* pageDirs(dir) {
  const names = readdirSync(dir);
  if (names.includes('index.html')) yield dir;
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* pageDirs(full);
  }
}

const unescapeHtml = (s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
const size = (f) => { try { return statSync(f).size; } catch { return 0; } };
// The practice area's Python runtime (public/pyodide/<version>/…), an optional download of its own.
const filesUnder = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
const pyodideDir = join(out, 'pyodide');
const pyodide = existsSync(pyodideDir)
  ? filesUnder(pyodideDir).map((f) => ({ path: `/pyodide/${f.split(sep).join('/')}`, bytes: size(join(pyodideDir, f)) }))
  : [];
const pages = [];
for (const dir of pageDirs(out)) {
  const rel = relative(out, dir).split(sep).join('/');
  const path = rel ? `/${rel}/` : '/';
  if (PRECACHED.has(path) || SKIPPED.test(path)) continue;
  const title = readFileSync(join(dir, 'index.html'), 'utf8').match(/<title>([^<]*?)(?: · mlprep)?<\/title>/)?.[1] ?? path;
  pages.push({ path: encodeURI(path), title: unescapeHtml(title), bytes: size(join(dir, 'index.html')) + size(join(dir, 'index.txt')) });
}
pages.sort((a, b) => a.path.localeCompare(b.path));
// Next writes one folder per build id next to chunks/ and media/.
const build = readdirSync(join(out, '_next/static')).find((n) => n !== 'chunks' && n !== 'media') ?? 'unknown';
writeFileSync(join(out, 'offline-pages.json'), JSON.stringify({ build, pages, pyodide }));
console.log(`offline-pages.json: ${pages.length} pages, ${(pages.reduce((s, p) => s + p.bytes, 0) / 1048576).toFixed(1)} MB`);

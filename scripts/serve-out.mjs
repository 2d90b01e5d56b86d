// Minimal static server for the exported site (out/), like a CDN would serve it:
// directory URLs map to index.html, unknown paths get 404.html with status 404.
// Usage: node scripts/serve-out.mjs [port=3000] [dir=out] [--gzip]   (--gzip compresses text like a CDN)
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const gzip = process.argv.includes('--gzip');
const port = Number(args[0] ?? 3000);
const root = resolve(args[1] ?? 'out');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json', '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.zip': 'application/zip',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest|wasm)|image\/svg)/;

function fileFor(urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, p));
  if (!full.startsWith(root)) return null;
  for (const candidate of [full, join(full, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

createServer((req, res) => {
  const file = fileFor(req.url ?? '/');
  const path = file ?? join(root, '404.html');
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const headers = {
    'content-type': type,
    // Hashed assets and the versioned Pyodide folder never change under the same URL.
    'cache-control': /\/(_next\/static|_islands|pyodide)\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  let body;
  try {
    body = readFileSync(path);
  } catch {
    res.writeHead(404).end();
    return;
  }
  if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 6 });
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  res.writeHead(file ? 200 : 404, headers).end(body);
}).listen(port, '127.0.0.1', function () {
  // Port 0 picks a free port; print the real one so a caller can find it.
  console.log(`Serving ${root} at http://127.0.0.1:${this.address().port}/${gzip ? ' (gzip)' : ''}`);
});

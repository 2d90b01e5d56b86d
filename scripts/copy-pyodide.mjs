// Copies the pinned Pyodide runtime into public/pyodide/<version>/ so the static export serves it itself
// (no CDN: the site must work from any static host and offline). Runs before `next build` and `next dev`.
// The versioned folder lets hosts cache these files forever. Only the core files are copied, and the
// lock file lists no packages: we ship none, and a listed-but-missing wheel would fail as a hash mismatch.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('pyodide/package.json'));
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const root = join('public', 'pyodide');
const dest = join(root, version);

rmSync(root, { recursive: true, force: true });
mkdirSync(dest, { recursive: true });
for (const file of ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip']) copyFileSync(join(pkgDir, file), join(dest, file));
const lock = JSON.parse(readFileSync(join(pkgDir, 'pyodide-lock.json'), 'utf8'));
writeFileSync(join(dest, 'pyodide-lock.json'), JSON.stringify({ ...lock, packages: {} }));
console.log(`Pyodide ${version} → ${dest}/`);

// After `next build`: makes every exported note page static HTML with islands (issue 17).
//  1. Bundles components/enhance/note-page-entry.ts (header controls, TOC, heading links, widget
//     islands, service worker) into out/_islands/, with each widget, React and the search dialog as
//     chunks loaded on demand, and the search worker as a file of its own.
//  2. Renders each widget on each note to HTML with React (the same code and props the page hydrates
//     with, and a useId prefix per widget, so hydration adopts the markup as it is).
//  3. Replaces the app-router runtime in out/notes/*/index.html with that one module, and deletes the
//     notes' client-navigation payloads (index.txt, __next.*.txt), which nothing requests any more.
// Fails naming the note and the problem if a page is not what it expects.
import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.argv[2] ?? 'out');
const ISLANDS = join(OUT, '_islands');
const NOTES = join(OUT, 'notes');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

// The island code must not pull in the app router: that is what note pages leave behind.
const noNext = {
  name: 'no-next',
  setup(b) {
    b.onResolve({ filter: /^next(\/|$)/ }, (args) => ({ errors: [{ text: `${args.importer} imports ${args.path}: island code runs without Next.js` }] }));
  },
};

const outputName = (metafile, entry) => Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry)?.[0].split('/').pop();

async function bundleIslands() {
  rmSync(ISLANDS, { recursive: true, force: true });
  const worker = await build({
    ...common,
    entryPoints: ['components/search/search.worker.ts'],
    outdir: ISLANDS,
    entryNames: '[name]-[hash]',
    platform: 'browser',
    target: 'es2022',
    plugins: [noNext],
  });
  const workerFile = outputName(worker.metafile, 'components/search/search.worker.ts');
  // The app's bundler resolves `new URL('./search.worker.ts', import.meta.url)` itself; here the worker
  // was built above, so the search client points at that file.
  const workerUrl = {
    name: 'search-worker-url',
    setup(b) {
      b.onLoad({ filter: /components[\\/]search[\\/]search-client\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const replaced = source.replace("new URL('./search.worker.ts', import.meta.url)", `new URL('./${workerFile}', import.meta.url)`);
        if (replaced === source) return { errors: [{ text: 'search-client.ts no longer creates its worker from ./search.worker.ts' }] };
        return { contents: replaced, loader: 'ts' };
      });
    },
  };
  const page = await build({
    ...common,
    entryPoints: ['components/enhance/note-page-entry.ts'],
    outdir: ISLANDS,
    entryNames: 'note-[hash]',
    chunkNames: '[name]-[hash]',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    plugins: [noNext, workerUrl],
  });
  for (const file of Object.keys({ ...page.metafile.outputs, ...worker.metafile.outputs })) {
    if (file.endsWith('.js') && readFileSync(join(ROOT, file), 'utf8').includes('process.env')) throw new Error(`${file} reads process.env, which browsers do not have`);
  }
  const entry = outputName(page.metafile, 'components/enhance/note-page-entry.ts');
  const kb = (outputs) => `${(outputs.reduce((n, o) => n + o.bytes, 0) / 1000).toFixed(1)} KB`;
  const outputs = Object.entries(page.metafile.outputs);
  console.log(`static-notes: ${entry} ${kb(outputs.filter(([f]) => f.endsWith(`/${entry}`)).map(([, o]) => o))}, with every chunk it may load ${kb(outputs.map(([, o]) => o))}`);
  return `/_islands/${entry}`;
}

/**
 * The widget registry and the page transforms, bundled for Node: the export renders widgets with the
 * same code the page hydrates with.
 */
async function loadServerModules() {
  const dir = join(ROOT, 'node_modules/.cache/static-notes');
  rmSync(dir, { recursive: true, force: true });
  await build({
    ...common,
    minify: false,
    entryPoints: { registry: 'components/widgets/registry.ts', html: 'lib/static-note/html.ts' },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    packages: 'external',
    plugins: [noNext],
  });
  const load = (name) => import(pathToFileURL(join(dir, `${name}.mjs`)).href);
  return { ...(await load('registry')), ...(await load('html')) };
}

const moduleSrc = await bundleIslands();
const { widgetLoaders, fillWidgetPlaceholders, replaceRuntime } = await loadServerModules();
const components = new Map(await Promise.all(Object.entries(widgetLoaders).map(async ([name, load]) => [name, await load()])));

let pages = 0;
let widgets = 0;
let removed = 0;
for (const slug of readdirSync(NOTES)) {
  const dir = join(NOTES, slug);
  const file = join(dir, 'index.html');
  try {
    const html = readFileSync(file, 'utf8');
    const filled = fillWidgetPlaceholders(html, ({ name, props }, i) => {
      const Widget = components.get(name);
      if (!Widget) throw new Error(`no widget "${name}" in components/widgets/registry.ts`);
      widgets++;
      return renderToString(createElement(Widget, props), { identifierPrefix: `w${i}-` });
    });
    writeFileSync(file, replaceRuntime(filled, moduleSrc));
  } catch (err) {
    throw new Error(`static-notes: out/notes/${slug}/index.html: ${err.message}`, { cause: err });
  }
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.txt')) continue;
    unlinkSync(join(dir, name));
    removed++;
  }
  pages++;
}
console.log(`static-notes: ${pages} note pages made static, ${widgets} widgets server-rendered, ${removed} client-navigation payloads removed`);

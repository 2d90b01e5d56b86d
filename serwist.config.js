// @ts-check
// `serwist build` runs after `next build` (see package.json) and writes out/sw.js from
// components/offline/sw.ts with the precache list injected. Notes are not precached: they are
// cached when visited, or all at once by "下载全部笔记" (out/offline-pages.json).
/** @type {import('@serwist/cli').BuildOptions} */
const config = {
  swSrc: 'components/offline/sw.ts',
  swDest: 'out/sw.js',
  globDirectory: 'out',
  globPatterns: [
    '_next/static/**/*.{js,css,woff2}',
    // Note pages' own module and the chunks it loads (widgets, React, search), as scripts/static-notes.mjs writes them.
    '_islands/*.js',
    '{index.html,index.txt}',
    '{quiz,progress,search,offline}/{index.html,index.txt}',
    '{search-index,quiz-cards,quiz-keys,offline-pages}.json',
    'icons/*.png',
    '{icon.svg,manifest.webmanifest}',
  ],
  // Hashed files never change; everything else is revisioned by content.
  dontCacheBustURLsMatching: /^(_next\/static|_islands)\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // Pages are requested as /quiz/, not /quiz/index.html: precache them under the URL readers use.
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => ({ ...e, url: e.url === 'index.html' ? '/' : e.url.replace(/(^|\/)index\.html$/, '$1') })),
      warnings: [],
    }),
  ],
  esbuildOptions: { minify: true, alias: { '@': '.' } },
};

export default config;

/// <reference lib="webworker" />
// The service worker, bundled by `serwist build` after `next build` (serwist.config.js) into out/sw.js.
import { NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { hasPageData, isPageRequest, OFFLINE_PAGE_URL, PAGES_CACHE, pageCacheKey, PYODIDE_CACHE } from '@/lib/offline/cache-names';
import { mapWithConcurrency } from '@/lib/offline/map-with-concurrency';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

// `index.txt?_rsc=<hash>` and `index.txt` are the same page data: store and look up without the hash.
const dropRscParam: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
};

// An app page read directly is also kept as page data, so a later client-side navigation to it works offline.
const alsoCachePageData: SerwistPlugin = {
  cacheDidUpdate: async ({ cacheName, request }) => {
    const url = new URL(request.url);
    if (!url.pathname.endsWith('/') || !hasPageData(url.pathname)) return;
    const data = new URL('index.txt', url);
    const cache = await caches.open(cacheName);
    if (await cache.match(data.href)) return;
    const res = await fetch(data.href).catch(() => null);
    if (res?.ok) await cache.put(data.href, res);
  },
};

// Offline and not cached: `/search/?q=…` is still the precached `/search/` page; any other page
// gets the offline page, which lists what this device has. (Serwist's `fallbacks` option is not
// used: it is skipped for a strategy that already has a handlerDidError plugin.)
const offlineDocument: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    if (request.destination !== 'document') return undefined;
    const url = new URL(request.url);
    url.search = '';
    return (
      (await serwist.matchPrecache(url.pathname))
      ?? (await caches.match(url.href, { cacheName: PAGES_CACHE }))
      ?? (await serwist.matchPrecache(OFFLINE_PAGE_URL))
    );
  },
};

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    ignoreURLParametersMatching: [/^_rsc$/, /^utm_/],
    cleanupOutdatedCaches: true,
  },
  // The reader decides when a new version takes over ("有新版本，刷新"), so no page mixes two builds.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && isPageRequest(url, request.destination),
      handler: new NetworkFirst({ cacheName: PAGES_CACHE, plugins: [dropRscParam, alsoCachePageData, offlineDocument], networkTimeoutSeconds: 6 }),
    },
    {
      // Python runtime: only served from cache when the learner chose to download it for offline use.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pyodide/'),
      handler: async ({ request }) => (await caches.match(request, { cacheName: PYODIDE_CACHE })) ?? fetch(request),
    },
  ],
});

// A new version changes the hashed scripts that cached pages refer to: re-fetch every cached page
// once the new version is in charge, so offline copies match the assets now precached. Not held
// in waitUntil: the reader who pressed "刷新" should not wait for hundreds of pages.
async function refreshCachedPages() {
  const cache = await caches.open(PAGES_CACHE);
  // The first failed fetch means we are offline: keep what we have instead of trying every page.
  let offline = false;
  await mapWithConcurrency(await cache.keys(), 3, async (key) => {
    if (offline) return;
    try {
      const res = await fetch(key.url, { cache: 'no-cache' });
      if (res.ok) await cache.put(key, res);
      else if (res.status === 404) await cache.delete(key);
    } catch {
      offline = true;
    }
  });
}

self.addEventListener('activate', () => {
  void refreshCachedPages();
});

// Turbopack starts a worker as `turbopack-worker-<hash>.js#params=…` and the worker reads its
// config from its own location. A response that comes out of a cache (or from fetch() here) carries
// a URL without that fragment, and the worker would take it as its location; a copy built with
// `new Response` has no URL, so the worker keeps the one it was started with. Registered before
// Serwist's listener, which it keeps from answering the same request.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.destination !== 'worker' || url.origin !== self.location.origin) return;
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const res = (await serwist.matchPrecache(url.pathname)) ?? (await fetch(event.request));
      return new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
    })(),
  );
});

serwist.addEventListeners();

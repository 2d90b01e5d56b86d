/**
 * Cache names and URL rules shared by the service worker (components/offline/sw.ts) and the pages
 * that manage offline data, so both sides agree on where a note is stored.
 */
export const PAGES_CACHE = 'mlprep-pages';
export const PYODIDE_CACHE = 'mlprep-pyodide';
/** Written at build time: every note's URLs and their sizes, for "download all". */
export const OFFLINE_LIST_URL = '/offline-pages.json';
export const OFFLINE_PAGE_URL = '/offline/';

/**
 * The cache key of a page or its page data. Client navigations fetch `index.txt?_rsc=<hash>`;
 * the hash changes per request, so it is dropped, and everything else about the URL is kept.
 */
export function pageCacheKey(url: string): string {
  const u = new URL(url);
  u.searchParams.delete('_rsc');
  u.hash = '';
  return u.href;
}

/** Page HTML or the page data (`index.txt`) that a client-side navigation loads. */
export function isPageRequest(url: URL, destination: string): boolean {
  if (destination === 'document') return true;
  return url.pathname.endsWith('/index.txt');
}

/**
 * Whether a page has page data for client-side navigation. Note pages are static HTML with islands
 * (scripts/static-notes.mjs removes their `index.txt`); every other page is an app-router page.
 */
export function hasPageData(path: string): boolean {
  return !path.startsWith('/notes/');
}

/** The URLs that make one page readable offline, by direct load and (app pages) by client-side navigation. */
export function urlsForPage(path: string): string[] {
  const dir = path.endsWith('/') ? path : `${path}/`;
  return hasPageData(dir) ? [dir, `${dir}index.txt`] : [dir];
}

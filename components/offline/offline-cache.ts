import { OFFLINE_LIST_URL, PAGES_CACHE, pageCacheKey, PYODIDE_CACHE, urlsForPage } from '@/lib/offline/cache-names';
import { mapWithConcurrency } from '@/lib/offline/map-with-concurrency';
import { parseOfflineList, type OfflineList } from '@/lib/offline/offline-list';

const DOWNLOADED_BUILD_KEY = 'mlprep:offline-build';

export const cacheSupported = () => typeof caches !== 'undefined' && 'serviceWorker' in navigator;

export async function fetchOfflineList(): Promise<OfflineList | null> {
  try {
    const res = await fetch(OFFLINE_LIST_URL, { cache: 'no-cache' });
    return res.ok ? parseOfflineList(await res.json()) : null;
  } catch {
    return null;
  }
}

/** The build whose notes were downloaded with "download all", if any. */
export const downloadedBuild = () => localStorage.getItem(DOWNLOADED_BUILD_KEY);

async function putAll(cacheName: string, urls: string[], onProgress: (done: number) => void): Promise<number> {
  const cache = await caches.open(cacheName);
  let done = 0;
  const results = await mapWithConcurrency(urls, 4, async (path) => {
    const url = new URL(path, location.origin).href;
    try {
      const res = await fetch(url, { cache: 'no-cache' });
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      await cache.put(pageCacheKey(url), res);
    } finally {
      onProgress(++done);
    }
  });
  return results.filter((r) => !r.ok).length;
}

/** Caches every page of the list (HTML and page data); returns how many requests failed. */
export async function downloadAllPages(list: OfflineList, onProgress: (done: number, total: number) => void): Promise<number> {
  const urls = list.pages.flatMap((p) => urlsForPage(p.path));
  const failed = await putAll(PAGES_CACHE, urls, (done) => onProgress(done, urls.length));
  if (failed === 0) localStorage.setItem(DOWNLOADED_BUILD_KEY, list.build);
  return failed;
}

/** Undoes "download all": drops the pages of the list (visited pages are cached again when read). */
export async function removeDownloadedPages(list: OfflineList): Promise<void> {
  const cache = await caches.open(PAGES_CACHE);
  const urls = list.pages.flatMap((p) => urlsForPage(p.path));
  await Promise.all(urls.map((u) => cache.delete(new URL(u, location.origin).href)));
  localStorage.removeItem(DOWNLOADED_BUILD_KEY);
}

/** Paths of the pages readable offline right now (direct load). */
export async function cachedPagePaths(): Promise<Set<string>> {
  if (typeof caches === 'undefined') return new Set();
  const keys = await (await caches.open(PAGES_CACHE)).keys();
  return new Set(keys.map((k) => new URL(k.url).pathname).filter((p) => p.endsWith('/')));
}

export async function downloadPyodide(list: OfflineList, onProgress: (done: number, total: number) => void): Promise<number> {
  const urls = list.pyodide.map((f) => f.path);
  return putAll(PYODIDE_CACHE, urls, (done) => onProgress(done, urls.length));
}

export async function pyodideCached(list: OfflineList): Promise<boolean> {
  if (!list.pyodide.length || typeof caches === 'undefined') return false;
  const cache = await caches.open(PYODIDE_CACHE);
  const hits = await Promise.all(list.pyodide.map((f) => cache.match(new URL(f.path, location.origin).href)));
  return hits.every(Boolean);
}

export const removePyodide = () => caches.delete(PYODIDE_CACHE);

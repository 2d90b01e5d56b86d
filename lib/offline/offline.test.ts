import { describe, expect, it } from 'vitest';
import { isPageRequest, pageCacheKey, urlsForPage } from './cache-names';
import { formatBytes, parseOfflineList, totalBytes } from './offline-list';

describe('page cache keys', () => {
  it('drops the per-request _rsc hash but keeps the rest of the URL', () => {
    expect(pageCacheKey('https://x.test/notes/lora/index.txt?_rsc=abc123')).toBe('https://x.test/notes/lora/index.txt');
    expect(pageCacheKey('https://x.test/search/?q=lora&_rsc=1#top')).toBe('https://x.test/search/?q=lora');
  });

  it('treats documents and page data as pages, not scripts or JSON', () => {
    expect(isPageRequest(new URL('https://x.test/notes/lora/'), 'document')).toBe(true);
    expect(isPageRequest(new URL('https://x.test/notes/lora/index.txt?_rsc=1'), '')).toBe(true);
    expect(isPageRequest(new URL('https://x.test/_next/static/chunks/a.js'), 'script')).toBe(false);
    expect(isPageRequest(new URL('https://x.test/search-index.json'), '')).toBe(false);
  });

  it('lists the HTML and the page data of a page', () => {
    expect(urlsForPage('/notes/lora/')).toEqual(['/notes/lora/']); // a static note page: no page data
    expect(urlsForPage('/tags/nlp')).toEqual(['/tags/nlp/', '/tags/nlp/index.txt']);
  });
});

describe('offline list', () => {
  it('accepts the build output and sums its sizes', () => {
    const list = parseOfflineList({
      build: 'b1',
      pages: [{ path: '/notes/a/', title: 'A', bytes: 1000 }, { path: '/notes/b/', title: 'B', bytes: 24 }],
      pyodide: [{ path: '/pyodide/pyodide.asm.wasm', bytes: 9 }],
    });
    expect(list && totalBytes(list.pages)).toBe(1024);
    expect(list && totalBytes(list.pyodide)).toBe(9);
    expect(parseOfflineList({ build: 'b2', pages: [] })?.pyodide).toEqual([]);
  });

  it('rejects malformed lists instead of downloading garbage', () => {
    expect(parseOfflineList(null)).toBeNull();
    expect(parseOfflineList({ build: 'b', pages: [{ path: '/a/', title: 'A', bytes: 'many' }] })).toBeNull();
    expect(parseOfflineList({ build: 'b', pages: [{ path: 'https://evil.test/', title: 'A', bytes: 1 }] })).toBeNull();
    expect(parseOfflineList({ build: 'b', pages: [{ path: '/a/', bytes: 1 }] })).toBeNull();
    expect(parseOfflineList({ pages: [] })).toBeNull();
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(5.5 * 1024 * 1024)).toBe('5.5 MB');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

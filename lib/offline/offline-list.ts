/** The build-time list of pages that "download all" caches (written to out/offline-pages.json). */
export interface OfflineList {
  /** Changes with every build, so the page can tell whether its downloaded copy is current. */
  build: string;
  pages: { path: string; title: string; bytes: number }[];
  /** The Python runtime's files (empty when the site has no practice area). */
  pyodide: { path: string; bytes: number }[];
}

type Entry = { path: string; bytes: number; title?: string };
const isEntry = (p: unknown, withTitle: boolean): p is Entry =>
  !!p && typeof p === 'object' && typeof (p as Entry).path === 'string' && (p as Entry).path.startsWith('/')
  && Number.isFinite((p as Entry).bytes) && (!withTitle || typeof (p as Entry).title === 'string');

export function parseOfflineList(data: unknown): OfflineList | null {
  if (!data || typeof data !== 'object') return null;
  const { build, pages, pyodide = [] } = data as Record<string, unknown>;
  if (typeof build !== 'string' || !Array.isArray(pages) || !Array.isArray(pyodide)) return null;
  const ok = pages.every((p) => isEntry(p, true)) && pyodide.every((p) => isEntry(p, false));
  return ok ? { build, pages: pages as OfflineList['pages'], pyodide: pyodide as OfflineList['pyodide'] } : null;
}

export function totalBytes(entries: readonly { bytes: number }[]): number {
  return entries.reduce((s, p) => s + p.bytes, 0);
}

/** 1234567 → "1.2 MB": sizes the learner sees before downloading. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Widget state in the URL hash, one key per widget (`#softmax=…&roc=…`), so several widgets on one
 * page never overwrite each other and a heading anchor (`#公式`) survives next to them.
 */

function hashEntries(hash: string): [string, string][] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const i = p.indexOf('=');
      return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
    });
}

/** The decoded JSON stored under `key`, `undefined` if the key is absent, or `null` if it is garbage. */
export function readHashState(hash: string, key: string): unknown {
  const entry = hashEntries(hash).find(([k]) => k === key);
  if (!entry) return undefined;
  try {
    return JSON.parse(decodeURIComponent(entry[1]));
  } catch {
    return null;
  }
}

/** The hash with `key` set to the JSON of `state`, other entries kept in place. */
export function writeHashState(hash: string, key: string, state: unknown): string {
  const value = encodeURIComponent(JSON.stringify(state));
  const entries = hashEntries(hash).filter(([k]) => k !== key);
  entries.push([key, value]);
  return '#' + entries.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');
}

/** Small structural checks for decoded state: anything else is treated as garbage. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isFiniteNumber);
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
export const isMatrix = (v: unknown): v is number[][] => Array.isArray(v) && v.every(isNumberArray);

/** The hash key of one widget: its kind, plus the note's `id` prop when it is a safe slug. */
export function widgetHashKey(kind: string, id: unknown): string {
  return typeof id === 'string' && /^[a-z0-9-]{1,24}$/.test(id) ? `${kind}-${id}` : kind;
}

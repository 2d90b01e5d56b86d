import type { ZodMiniType } from 'zod/mini';
import { isV1Card, migrateV1Card } from './migrate';
import { SCHEMA_VERSION } from './schema';

/** Why a stored value could not be used; each maps to a message in `ui.quiz.problem`. */
export type ProblemReason = 'invalid-json' | 'not-object' | 'unknown-version' | 'truncated' | 'wrong-types';

/**
 * `newer-version`: written by a newer version of the site. Not a problem: such a record is left
 * exactly where it is (an older tab must never move or delete it) and the learner is asked to reload.
 */
export type ReadResult<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: ProblemReason | 'newer-version' };

/**
 * Reads one stored record of any age: JSON text is parsed, old versions are migrated, and the
 * result is validated. Never throws.
 */
export function readRecord<T>(raw: unknown, schema: ZodMiniType<T>, allowV1Card = false): ReadResult<T> {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, reason: 'invalid-json' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not-object' };
  let migrated = false;
  if (allowV1Card && isV1Card(value)) {
    value = migrateV1Card(value);
    migrated = true;
  }
  const v = (value as { v?: unknown }).v;
  if (typeof v === 'number' && Number.isInteger(v) && v > SCHEMA_VERSION) return { ok: false, reason: 'newer-version' };
  if (v !== SCHEMA_VERSION) return { ok: false, reason: 'unknown-version' };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data, migrated };
  // A field that is missing entirely points to a cut-off write rather than a wrong value.
  const missing = parsed.error.issues.some((i) => i.code === 'invalid_type' && getPath(value, i.path) === undefined);
  return { ok: false, reason: missing ? 'truncated' : 'wrong-types' };
}

function getPath(obj: unknown, path: PropertyKey[]): unknown {
  let cur = obj;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** JSON text for any stored value, even one JSON cannot represent (kept aside for download). */
export function safeStringify(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

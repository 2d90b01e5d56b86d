import { migrateV1File } from './migrate';
import { EXPORT_FORMAT, exportFileSchema, SCHEMA_VERSION, type CardRecord, type ExportFile, type LogRecord } from './schema';

/** Far above a real history (500 cards × years of reviews is a few MB), small enough to parse safely. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportError = 'too-large' | 'bad-json' | 'not-export' | 'wrong-version' | 'wrong-types';
export type ImportResult = { ok: true; data: ExportFile } | { ok: false; error: ImportError; detail?: string };

export function buildExport(cards: CardRecord[], logs: LogRecord[], now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString(), cards, logs };
}

/** Validates an import file completely before anything is written: all or nothing. */
export function parseImport(text: string, byteSize: number): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'bad-json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not-export' };
  const file = raw as { format?: unknown; version?: unknown; cards?: unknown };
  if (file.version === 1 && file.format === undefined) raw = migrateV1File(file);
  else if (file.format !== EXPORT_FORMAT) return { ok: false, error: 'not-export' };
  else if (file.version !== SCHEMA_VERSION) return { ok: false, error: 'wrong-version', detail: String(file.version) };
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: 'wrong-types', detail: issue.path.join('.') };
  }
  return { ok: true, data: parsed.data };
}

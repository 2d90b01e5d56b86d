import * as z from 'zod/mini';
import { SCHEMA_VERSION, type CardRecord } from './schema';

/**
 * Version 1 (the first prototype) kept `{ id, card }` pairs holding ts-fsrs's own JSON, without a
 * version field, `updatedAt` or review logs; `learning_steps` did not exist before ts-fsrs 5.
 */
const v1CardSchema = z.object({
  id: z.string().check(z.minLength(1)),
  card: z.object({
    due: z.string(),
    stability: z.number(),
    difficulty: z.number(),
    scheduled_days: z.number(),
    learning_steps: z.optional(z.number()),
    reps: z.number(),
    lapses: z.number(),
    state: z.number(),
    last_review: z.nullish(z.string()),
  }),
});

export function isV1Card(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !('v' in raw) && 'id' in raw && 'card' in raw;
}

/** Upgrades a version-1 card; the result is validated by the caller like any current record. */
export function migrateV1Card(raw: unknown): unknown {
  const parsed = v1CardSchema.safeParse(raw);
  if (!parsed.success) return raw;
  const { id, card: c } = parsed.data;
  const record: Omit<CardRecord, 'state'> & { state: Record<string, unknown> } = {
    v: SCHEMA_VERSION,
    key: id,
    state: {
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      scheduledDays: c.scheduled_days,
      learningSteps: c.learning_steps ?? 0,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      lastReview: c.last_review ?? null,
    },
    updatedAt: c.last_review ?? c.due,
  };
  return record;
}

/** Version-1 export files: `{ version: 1, cards: [{ id, card }] }`. */
export function migrateV1File(raw: { cards?: unknown }): unknown {
  return {
    format: 'mlprep-quiz',
    version: SCHEMA_VERSION,
    exportedAt: new Date(0).toISOString(),
    cards: Array.isArray(raw.cards) ? raw.cards.map(migrateV1Card) : raw.cards,
    logs: [],
  };
}

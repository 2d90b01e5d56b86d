// zod/mini: the same validation as classic zod at a fraction of the bundle, since this ships to the quiz page.
import * as z from 'zod/mini';
import { DEFAULT_INTERVIEW_TARGET, MAX_INTERVIEW_TARGET, MIN_INTERVIEW_TARGET } from '@/lib/srs/interview';

/** Version of the stored records and of export files. Bump it and add a step to `migrate.ts`. */
export const SCHEMA_VERSION = 2;

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));
const nonNegative = z.number().check(z.minimum(0));
const count = z.int().check(z.minimum(0));
const id = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const cardStateSchema = z.strictObject({
  due: isoDate,
  stability: nonNegative,
  difficulty: nonNegative,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.nullable(isoDate),
});

/** A card's current memory state; `updatedAt` decides which side wins a merge. */
export const cardRecordSchema = z.strictObject({
  v: z.literal(SCHEMA_VERSION),
  key: id(200),
  state: cardStateSchema,
  updatedAt: isoDate,
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** One self-grade; `id` is unique per review so logs from several tabs or files union cleanly. */
export const logRecordSchema = z.strictObject({
  v: z.literal(SCHEMA_VERSION),
  id: id(100),
  key: id(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  review: isoDate,
});
export type LogRecord = z.infer<typeof logRecordSchema>;

export const settingsSchema = z.strictObject({
  v: z.literal(SCHEMA_VERSION),
  retention: z.number().check(z.minimum(0.7), z.maximum(0.97)),
  newLimit: z.int().check(z.minimum(0), z.maximum(1000)),
  size: z.int().check(z.minimum(1), z.maximum(1000)),
  interviewAt: z.nullable(isoDate),
  // Optional so settings saved before it existed still validate; readers fill in the default.
  interviewTarget: z.optional(z.number().check(z.minimum(MIN_INTERVIEW_TARGET), z.maximum(MAX_INTERVIEW_TARGET))),
});
export type Settings = Required<z.infer<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = { v: SCHEMA_VERSION, retention: 0.9, newLimit: 20, size: 20, interviewAt: null, interviewTarget: DEFAULT_INTERVIEW_TARGET };

export const EXPORT_FORMAT = 'mlprep-quiz';
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(SCHEMA_VERSION),
  exportedAt: isoDate,
  cards: z.array(cardRecordSchema),
  logs: z.array(logRecordSchema),
  /** The practice area's solved/attempted state and drafts (lib/practice), checked by its own importer. */
  practice: z.optional(z.unknown()),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

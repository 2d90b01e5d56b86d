import { z } from 'zod';

/** Version of the stored records and of export files. Bump it and add a step to `migrate.ts`. */
export const SCHEMA_VERSION = 2;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const finite = z.number().finite();
const count = z.number().int().min(0);

export const cardStateSchema = z.strictObject({
  due: isoDate,
  stability: finite.min(0),
  difficulty: finite.min(0),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoDate.nullable(),
});

/** A card's current memory state; `updatedAt` decides which side wins a merge. */
export const cardRecordSchema = z.strictObject({
  v: z.literal(SCHEMA_VERSION),
  key: z.string().min(1).max(200),
  state: cardStateSchema,
  updatedAt: isoDate,
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** One self-grade; `id` is unique per review so logs from several tabs or files union cleanly. */
export const logRecordSchema = z.strictObject({
  v: z.literal(SCHEMA_VERSION),
  id: z.string().min(1).max(100),
  key: z.string().min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  review: isoDate,
});
export type LogRecord = z.infer<typeof logRecordSchema>;

export const settingsSchema = z.strictObject({
  v: z.literal(SCHEMA_VERSION),
  retention: finite.min(0.7).max(0.97),
  newLimit: z.number().int().min(0).max(500),
  size: z.number().int().min(1).max(1000),
  interviewAt: isoDate.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { v: SCHEMA_VERSION, retention: 0.9, newLimit: 20, size: 20, interviewAt: null };

export const EXPORT_FORMAT = 'mlprep-quiz';
export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(SCHEMA_VERSION),
  exportedAt: isoDate,
  cards: z.array(cardRecordSchema),
  logs: z.array(logRecordSchema),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

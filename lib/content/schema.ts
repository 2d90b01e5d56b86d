import { z } from 'zod';

/** Lowercase ASCII kebab-case: safe as a URL segment and a file name on every host. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG_RE, 'must be lowercase kebab-case ASCII, e.g. "self-attention"');
const text = z.string().trim().min(1, 'must not be empty');

export const DEPTHS = ['rich', 'medium', 'link-only'] as const;

export const sectionSchema = z.strictObject({
  slug,
  title: text,
  en: text,
  description: text,
});
export const sectionsSchema = z.array(sectionSchema).min(1);
export type Section = z.infer<typeof sectionSchema>;

export const frontmatterSchema = z.strictObject({
  title: text,
  en: text,
  section: slug,
  order: z.number().int().min(1),
  depth: z.enum(DEPTHS),
  summary: text.max(160, 'keep the summary to one sentence (≤ 160 characters)'),
  aliases: z.array(text).min(1, 'list every Chinese/English name a learner may search for'),
  tags: z.array(slug).min(1),
  related: z.array(slug).default([]),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const CARD_LEVELS = ['E', 'M', 'H'] as const;
export type CardLevel = (typeof CARD_LEVELS)[number];

import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ContentError, type ContentIssue } from './errors';
import { parseNote, type ParsedNote } from './parse-note';
import { renderFragment, renderFragmentTex, renderNoteBody } from './markdown';
import { sectionsSchema, type CardLevel, type Section } from './schema';
import { validateNotes } from './validate';

export type Note = ParsedNote;
export type { Section };
export { QUIZ_HEADING_ID } from './validate';

export interface QuizCard {
  /** Globally unique and stable: `${noteSlug}/${cardId}`. */
  key: string;
  note: string;
  section: string;
  tags: string[];
  level: CardLevel;
  questionHtml: string;
  answerHtml: string;
  questionText: string;
  /** Question and answer HTML with formulas as TeX source (`\(…\)`, `\[…\]`), for the Anki export. */
  texHtml: { question: string; answer: string };
}

// Overridable so tests can point the loader at a fixture tree.
const CONTENT_DIR = process.env.MLPREP_CONTENT_DIR ?? path.join(process.cwd(), 'content');
const NOTES_DIR = path.join(CONTENT_DIR, 'notes');

interface Library {
  sections: Section[];
  notes: Note[];
  bySlug: Map<string, Note>;
}
let cache: Library | undefined;

/** Reads, parses and validates all content once; throws ContentError listing every problem. */
function load(): Library {
  if (cache) return cache;
  const issues: ContentIssue[] = [];
  const sectionsFile = path.relative(process.cwd(), path.join(CONTENT_DIR, 'sections.json'));
  let sections: Section[] = [];
  try {
    const parsed = sectionsSchema.safeParse(JSON.parse(fs.readFileSync(sectionsFile, 'utf8')));
    if (parsed.success) sections = parsed.data;
    else for (const p of parsed.error.issues) issues.push({ file: sectionsFile, message: `${p.path.join('.')}: ${p.message}` });
  } catch (err) {
    issues.push({ file: sectionsFile, message: (err as Error).message });
  }

  const notes: Note[] = [];
  for (const name of fs.readdirSync(NOTES_DIR).sort()) {
    if (name.startsWith('.')) continue; // editors' swap and temp files
    const file = path.relative(process.cwd(), path.join(NOTES_DIR, name));
    if (!name.endsWith('.mdx')) {
      issues.push({ file, message: 'only .mdx files belong in content/notes' });
      continue;
    }
    const result = parseNote(file, name.slice(0, -4), fs.readFileSync(file, 'utf8'));
    issues.push(...result.issues);
    if (result.note) notes.push(result.note);
  }
  issues.push(...validateNotes(notes, sections, { allowMissingNotes: process.env.MLPREP_ALLOW_MISSING_LINKS === '1' }));
  if (issues.length) throw new ContentError(issues);

  const sectionIndex = new Map(sections.map((s, i) => [s.slug, i]));
  notes.sort(
    (a, b) =>
      sectionIndex.get(a.frontmatter.section)! - sectionIndex.get(b.frontmatter.section)! ||
      a.frontmatter.order - b.frontmatter.order,
  );
  cache = { sections, notes, bySlug: new Map(notes.map((n) => [n.slug, n])) };
  return cache;
}

export function getSections(): Section[] {
  return load().sections;
}
export function getSection(slug: string): Section | undefined {
  return load().sections.find((s) => s.slug === slug);
}
/** All notes in reading order: by section, then by `order`. */
export function getAllNotes(): Note[] {
  return load().notes;
}
export function getNote(slug: string): Note | undefined {
  return load().bySlug.get(slug);
}
export function getNotesInSection(section: string): Note[] {
  return load().notes.filter((n) => n.frontmatter.section === section);
}

/** Notes whose body links to `slug` (the "被引用于" list). */
export function getBacklinks(slug: string): Note[] {
  const prefix = `/notes/${slug}/`;
  return load().notes.filter((n) => n.slug !== slug && n.links.some((l) => l.url.split('#')[0] === prefix));
}

export function getRelated(note: Note): Note[] {
  return note.frontmatter.related.map((s) => getNote(s)).filter((n): n is Note => Boolean(n));
}

/** Tags with their notes, most used first. */
export function getTags(): { tag: string; notes: Note[] }[] {
  const map = new Map<string, Note[]>();
  for (const n of load().notes) for (const t of n.frontmatter.tags) map.set(t, [...(map.get(t) ?? []), n]);
  return [...map.entries()].map(([tag, notes]) => ({ tag, notes })).sort((a, b) => b.notes.length - a.notes.length || a.tag.localeCompare(b.tag));
}

let cardCache: Promise<QuizCard[]> | undefined;
/** Every quiz card of every note, question and answer rendered to HTML by the note pipeline (KaTeX included). */
export function getAllCards(): Promise<QuizCard[]> {
  cardCache ??= Promise.all(
    load().notes.flatMap((n) =>
      n.cards.map(async (c) => ({
        key: `${n.slug}/${c.id}`,
        note: n.slug,
        section: n.frontmatter.section,
        tags: n.frontmatter.tags,
        level: c.level,
        questionHtml: await renderFragment(c.question),
        answerHtml: await renderFragment(c.answer),
        texHtml: { question: await renderFragmentTex(c.question), answer: await renderFragmentTex(c.answer) },
        questionText: toString({ type: 'root', children: c.question } satisfies Root).replace(/\s+/g, ' ').trim(),
      })),
    ),
  );
  return cardCache;
}

export function countCards(): number {
  return load().notes.reduce((n, note) => n + note.cards.length, 0);
}

/** The note's body as trusted build-time HTML, with a placeholder where each widget goes. */
export function getNoteBody(slug: string): Promise<string> {
  const note = getNote(slug);
  if (!note) throw new Error(`no note "${slug}"`);
  return renderNoteBody(fs.readFileSync(note.file, 'utf8'), slug);
}

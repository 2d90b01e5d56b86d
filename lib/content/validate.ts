import type { ContentIssue } from './errors';
import type { ParsedNote } from './parse-note';
import type { Section } from './schema';

/** Id of the heading the <Quiz> component renders; links may point at it. */
export const QUIZ_HEADING_ID = '自测';
const STATIC_ROUTES = new Set(['/', '/quiz/', '/progress/', '/search/', '/tags/']);

export interface ValidateOptions {
  /** While drafting a batch of notes, links to notes not written yet are tolerated. Never in a build. */
  allowMissingNotes?: boolean;
}

/** Checks that need every note at once: sections, slugs, order, related notes and links. */
export function validateNotes(notes: ParsedNote[], sections: Section[], opts: ValidateOptions = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sectionSlugs = new Set(sections.map((s) => s.slug));
  const bySlug = new Map<string, ParsedNote>();
  const orderKeys = new Map<string, string>();
  const tags = new Set(notes.flatMap((n) => n.frontmatter.tags));

  for (const note of notes) {
    const prev = bySlug.get(note.slug);
    if (prev) issues.push({ file: note.file, message: `duplicate slug "${note.slug}" (also ${prev.file})` });
    else bySlug.set(note.slug, note);

    const { section, order } = note.frontmatter;
    if (!sectionSlugs.has(section)) {
      issues.push({ file: note.file, line: 1, message: `unknown section "${section}"; known: ${[...sectionSlugs].join(', ')}` });
    }
    const key = `${section}#${order}`;
    const clash = orderKeys.get(key);
    if (clash) issues.push({ file: note.file, line: 1, message: `order ${order} in section "${section}" is also used by ${clash}` });
    orderKeys.set(key, note.file);
  }

  const anchorsOf = (n: ParsedNote) =>
    new Set([...n.headings.map((h) => h.id), ...(n.cards.length ? [QUIZ_HEADING_ID] : [])]);

  for (const note of notes) {
    for (const rel of note.frontmatter.related) {
      if (rel === note.slug) issues.push({ file: note.file, line: 1, message: `"related" lists the note itself` });
      else if (!bySlug.has(rel) && !opts.allowMissingNotes) {
        issues.push({ file: note.file, line: 1, message: `"related" names "${rel}", but no note has that slug` });
      }
    }
    for (const { url, line } of note.links) {
      const problem = checkLink(url, note, bySlug, sectionSlugs, tags, anchorsOf, opts);
      if (problem) issues.push({ file: note.file, line, message: `link "${url}": ${problem}` });
    }
  }
  return issues;
}

function checkLink(
  url: string,
  note: ParsedNote,
  bySlug: Map<string, ParsedNote>,
  sections: Set<string>,
  tags: Set<string>,
  anchorsOf: (n: ParsedNote) => Set<string>,
  opts: ValidateOptions,
): string | undefined {
  if (/^(https?:|mailto:)/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'only http(s) and mailto links are allowed';
  const [path = '', rawHash] = url.split('#', 2);
  let hash: string | undefined;
  try {
    hash = rawHash === undefined ? undefined : decodeURIComponent(rawHash);
  } catch {
    return 'the #anchor is not valid percent-encoding';
  }
  if (path === '') {
    if (!hash) return 'empty link';
    return anchorsOf(note).has(hash) ? undefined : `no heading with id "${hash}" in this note`;
  }
  if (!path.startsWith('/')) return 'write internal links as absolute paths, e.g. /notes/self-attention/';
  const m = /^\/notes\/([^/]+)\/$/.exec(path);
  if (m) {
    const target = bySlug.get(m[1]!);
    if (!target) return opts.allowMissingNotes ? undefined : `no note with slug "${m[1]}"`;
    if (hash && !anchorsOf(target).has(hash)) return `note "${m[1]}" has no heading with id "${hash}"`;
    return undefined;
  }
  if (/^\/notes\/[^/]+$/.test(path)) return 'add the trailing slash: /notes/<slug>/';
  const s = /^\/sections\/([^/]+)\/$/.exec(path);
  if (s) return sections.has(s[1]!) ? undefined : `no section "${s[1]}"`;
  const t = /^\/tags\/([^/]+)\/$/.exec(path);
  if (t) return tags.has(t[1]!) ? undefined : `no note has tag "${t[1]}"`;
  return STATIC_ROUTES.has(path) ? undefined : 'unknown site path';
}

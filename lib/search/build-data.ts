import type { Note, Section } from '@/lib/content';
import type { SearchData } from './types';

/** What the browser downloads on first search: the searchable text of every note, nothing else. */
export function buildSearchData(notes: Note[], sections: Section[]): SearchData {
  return {
    sections: sections.map(({ slug, title }) => ({ slug, title })),
    docs: notes.map((n) => ({
      slug: n.slug,
      title: n.frontmatter.title,
      en: n.frontmatter.en,
      aliases: n.frontmatter.aliases,
      tags: n.frontmatter.tags,
      section: n.frontmatter.section,
      blocks: n.blocks.map((b) => ({ id: b.headingId, heading: b.heading, text: b.text })),
    })),
  };
}

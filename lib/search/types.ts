/** One note as the search index sees it; written at build time to /search-index.json. */
export interface SearchDoc {
  slug: string;
  title: string;
  en: string;
  aliases: string[];
  tags: string[];
  section: string;
  /** Text under each heading; `id`/`heading` are null for the intro before the first heading. */
  blocks: { id: string | null; heading: string | null; text: string }[];
}

export interface SearchData {
  sections: { slug: string; title: string }[];
  docs: SearchDoc[];
}

/** A piece of a snippet; `hit` marks text that matched the query. Rendered as text, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  slug: string;
  title: string;
  en: string;
  sectionTitle: string;
  headingId: string | null;
  heading: string | null;
  href: string;
  titleSegments: Segment[];
  snippet: Segment[];
  score: number;
}

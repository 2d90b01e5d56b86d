import type { CardMeta } from '@/lib/srs/queue';

/** One card as shipped to the browser in `/quiz-cards.json`. */
export interface BankCard extends CardMeta {
  /** Question and answer HTML, KaTeX already rendered at build time. */
  q: string;
  a: string;
}

export interface QuizBank {
  cards: BankCard[];
  notes: { slug: string; title: string; section: string }[];
  sections: { slug: string; title: string }[];
}

export const BANK_URL = '/quiz-cards.json';
/** Just the card keys, for the home page's due count. */
export const KEYS_URL = '/quiz-keys.json';
/** The card bank as an Anki import file, written at build time with formulas as TeX source. */
export const ANKI_URL = '/mlprep-anki.tsv';

/** The card's place in its note: every card renders with `id="card-<id>"` in the note's 自测 section. */
export function cardHref(key: string): string {
  const slash = key.indexOf('/');
  return `/notes/${key.slice(0, slash)}/#card-${key.slice(slash + 1)}`;
}

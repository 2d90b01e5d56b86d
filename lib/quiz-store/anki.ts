/** The fields Anki needs from a bank card; formulas as TeX source in `\(…\)` / `\[…\]`, which Anki renders. */
export interface AnkiCard {
  questionHtml: string;
  answerHtml: string;
  tags: string[];
  note: string;
  level: string;
}

// Anki's text importer reads these header lines: tab-separated, HTML fields, tags in column 3.
const HEADER = ['#separator:tab', '#html:true', '#tags column:3'];

function field(html: string): string {
  return html.replace(/\r?\n/g, ' ').replace(/\t/g, ' ').trim();
}

/** Tags may not contain spaces in Anki; `::` makes a tag hierarchy under `mlprep`. */
function tag(t: string): string {
  return t.replace(/\s+/g, '_');
}

/** The card bank as an Anki-importable TSV file (question, answer, tags). */
export function toAnkiTsv(cards: AnkiCard[]): string {
  const rows = cards.map((c) =>
    [field(c.questionHtml), field(c.answerHtml), [`mlprep::${c.note}`, `level::${c.level}`, ...c.tags].map(tag).join(' ')].join('\t'),
  );
  return [...HEADER, ...rows].join('\n') + '\n';
}

import { getAllCards } from '@/lib/content';
import { toAnkiTsv } from '@/lib/quiz-store/anki';

// Written once at build time to out/mlprep-anki.tsv; the progress page links to it.
export const dynamic = 'force-static';

export async function GET() {
  const tsv = toAnkiTsv((await getAllCards()).map((c) => ({ questionHtml: c.texHtml.question, answerHtml: c.texHtml.answer, tags: c.tags, note: c.note, level: c.level })));
  return new Response(tsv, { headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' } });
}

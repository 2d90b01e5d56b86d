import { getAllCards, getAllNotes, getSections } from '@/lib/content';
import type { QuizBank } from '@/lib/quiz-bank';

// Written once at build time to out/quiz-cards.json; only the quiz and progress pages fetch it.
export const dynamic = 'force-static';

export async function GET() {
  const notes = getAllNotes();
  const used = new Set(notes.map((n) => n.frontmatter.section));
  const bank: QuizBank = {
    cards: (await getAllCards()).map((c) => ({ key: c.key, note: c.note, section: c.section, tags: c.tags, level: c.level, q: c.questionHtml, a: c.answerHtml })),
    notes: notes.filter((n) => n.cards.length).map((n) => ({ slug: n.slug, title: n.frontmatter.title, section: n.frontmatter.section })),
    sections: getSections().filter((s) => used.has(s.slug)).map((s) => ({ slug: s.slug, title: s.title })),
  };
  return Response.json(bank);
}

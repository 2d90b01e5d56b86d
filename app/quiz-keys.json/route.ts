import { getAllNotes } from '@/lib/content';

// Written once at build time to out/quiz-keys.json: the home page's due counter needs only the keys.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getAllNotes().flatMap((n) => n.cards.map((c) => `${n.slug}/${c.id}`)));
}

import { getAllCards } from '@/lib/content';

// Written once at build time to out/quiz-keys.json: the home page's due counter needs only the keys.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getAllCards().map((c) => c.key));
}

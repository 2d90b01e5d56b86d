import { getAllNotes, getSections } from '@/lib/content';
import { buildSearchData } from '@/lib/search/build-data';

// Written once at build time to out/search-index.json; fetched by the search UI on first use.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchData(getAllNotes(), getSections()));
}

import type { SearchResult } from '@/lib/search/types';

/** Messages between the page and the search worker. An empty query only warms the index up. */
export interface SearchRequest {
  id: number;
  query: string;
  limit: number;
}
export type SearchResponse =
  | { id: number; ok: true; results: SearchResult[]; suggestions: string[] }
  | { id: number; ok: false; error: string };

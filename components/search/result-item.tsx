import type { Segment, SearchResult } from '@/lib/search/types';

function Marked({ segments }: { segments: Segment[] }) {
  // Text nodes only: whatever a note or a query contains is never parsed as HTML.
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-500/40">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** One search result: title, section › heading, and a snippet with the matched terms marked. */
export function ResultBody({ result }: { result: SearchResult }) {
  return (
    <>
      <span className="block font-medium text-zinc-900 dark:text-zinc-100">
        <Marked segments={result.titleSegments} />
        {result.en && <span className="ml-2 text-xs font-normal text-zinc-500 dark:text-zinc-400">{result.en}</span>}
      </span>
      <span className="mt-0.5 block text-xs text-zinc-500 dark:text-zinc-400">
        {result.sectionTitle}
        {result.heading && <> › {result.heading}</>}
      </span>
      {result.snippet.length > 0 && (
        <span className="mt-1 line-clamp-2 block text-sm text-zinc-600 dark:text-zinc-300">
          <Marked segments={result.snippet} />
        </span>
      )}
    </>
  );
}

import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/search-page';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = { title: ui.search.pageTitle, description: ui.search.pageIntro, robots: { index: false } };

export default function Page() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{ui.search.pageTitle}</h1>
      <p className="mb-6 mt-2 text-zinc-600 dark:text-zinc-400">{ui.search.pageIntro}</p>
      <Suspense>
        <SearchPage />
      </Suspense>
    </div>
  );
}

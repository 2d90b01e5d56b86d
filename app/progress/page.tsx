import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { ProgressOffline } from '@/components/offline/progress-offline';
import { ProgressApp } from '@/components/quiz/progress-app';
import { BANK_URL } from '@/lib/quiz-bank';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = { title: ui.progress.title, description: ui.progress.intro, alternates: { canonical: '/progress/' } };

export default function ProgressPage() {
  // Fetch the card bank while the page's JavaScript loads, not after hydration.
  preload(BANK_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{ui.progress.title}</h1>
      <p className="mt-2 mb-8 text-zinc-600 dark:text-zinc-300">{ui.progress.intro}</p>
      <ProgressApp />
      <div className="mt-10">
        <ProgressOffline />
      </div>
    </div>
  );
}

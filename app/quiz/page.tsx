import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { QuizApp } from '@/components/quiz/quiz-app';
import { BANK_URL } from '@/lib/quiz-bank';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = { title: ui.quiz.title, description: ui.quiz.intro, alternates: { canonical: '/quiz/' } };

export default function QuizPage() {
  // Fetch the card bank while the page's JavaScript loads, not after hydration.
  preload(BANK_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{ui.quiz.title}</h1>
      <p className="mt-2 mb-6 text-zinc-600 dark:text-zinc-300">{ui.quiz.intro}</p>
      <QuizApp />
    </div>
  );
}

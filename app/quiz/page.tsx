import type { Metadata } from 'next';
import { QuizApp } from '@/components/quiz/quiz-app';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = { title: ui.quiz.title, description: ui.quiz.intro, alternates: { canonical: '/quiz/' } };

export default function QuizPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{ui.quiz.title}</h1>
      <p className="mt-2 mb-6 text-zinc-600 dark:text-zinc-300">{ui.quiz.intro}</p>
      <QuizApp />
    </div>
  );
}

import { Children, isValidElement, type ReactNode } from 'react';
import { QUIZ_HEADING_ID } from '@/lib/content/validate';
import { ui } from '@/lib/ui-text/zh';

/** The note's "自测" section: questions visible, answers revealed on demand with <details> (no JS). */
export function Quiz({ children, note }: { children: ReactNode; note?: string }) {
  const count = Children.toArray(children).filter(isValidElement).length;
  return (
    <section aria-labelledby={QUIZ_HEADING_ID} className="quiz-block">
      <h2 id={QUIZ_HEADING_ID}>
        {ui.quizBlock.heading}
        <a href={`#${QUIZ_HEADING_ID}`} className="heading-anchor no-print" data-heading-anchor="" aria-label={ui.note.copyLink(ui.quizBlock.heading)}>
          #
        </a>
      </h2>
      <p className="text-sm text-zinc-500 dark:text-zinc-400">{ui.quizBlock.intro(count)}</p>
      {note && (
        // A plain link, not next/link: note pages must not load or prefetch any quiz JavaScript.
        <a
          href={`/quiz/?note=${note}`}
          className="not-prose mt-1 inline-block rounded-lg bg-accent-600 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
        >
          {ui.quiz.startNoteSession}
        </a>
      )}
      <ol className="not-prose mt-4 space-y-3 p-0">{children}</ol>
    </section>
  );
}

/** The note page passes this over the MDX map so the block knows which note's session to start. */
export function quizForNote(note: string) {
  return function NoteQuiz({ children }: { children: ReactNode }) {
    return <Quiz note={note}>{children}</Quiz>;
  };
}

export function Card({ id, level, children }: { id: string; level: string; children: ReactNode }) {
  return (
    <li id={`card-${id}`} className="list-none rounded-lg border border-zinc-200 bg-zinc-50/60 p-4 dark:border-zinc-800 dark:bg-zinc-900/60">
      <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span className="rounded border border-zinc-300 px-1.5 py-0.5 dark:border-zinc-700">
          {ui.quizBlock.levelLabel}：{ui.quizBlock.level[level] ?? level}
        </span>
      </p>
      {children}
    </li>
  );
}

export function Q({ children }: { children: ReactNode }) {
  return <div className="quiz-q prose prose-zinc max-w-none font-medium dark:prose-invert prose-p:my-1">{children}</div>;
}

export function A({ children }: { children: ReactNode }) {
  return (
    <details className="quiz-answer mt-2">
      <summary className="cursor-pointer select-none text-sm font-medium text-accent-700 hover:underline dark:text-accent-300">
        {ui.quizBlock.showAnswer}
      </summary>
      <div className="prose prose-zinc mt-2 max-w-none dark:prose-invert prose-p:my-1.5">{children}</div>
    </details>
  );
}

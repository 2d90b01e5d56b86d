import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { ui } from '../ui-text/zh';
import { QUIZ_HEADING_ID } from './validate';

// The MDX components of a note (Callout, Quiz, Card, Q, A) as static HTML, built at build time: none of
// them needs JavaScript, so the browser gets plain markup and React never owns it.

const CALLOUT_STYLES: Record<string, string> = {
  info: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  tip: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  warn: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  interview: 'border-violet-500 bg-violet-50 dark:bg-violet-950/40',
};
const CALLOUT_ICONS: Record<string, string> = { info: 'ℹ', tip: '✓', warn: '!', interview: '✎' };

/** `<Callout type="warn" title="…">`: the label text, not only the colour, says what it is. */
export function callout(type: string | undefined, title: string | undefined, children: ElementContent[]): Element {
  const kind = type && type in CALLOUT_STYLES ? type : 'info';
  return h('aside', { className: `not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 ${CALLOUT_STYLES[kind]}` }, [
    h('p', { className: 'mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-100' }, [
      h('span', { ariaHidden: 'true', className: 'mr-1.5' }, CALLOUT_ICONS[kind]!),
      title ?? ui.callout[kind]!,
    ]),
    h('div', { className: 'callout-body prose prose-zinc max-w-none text-[0.95rem] leading-7 dark:prose-invert prose-p:my-1.5' }, children),
  ]);
}

/** The "#" after a heading; components/enhance/heading-links.ts also copies its URL on click. */
export function headingAnchor(id: string, label: string): Element {
  return h('a', { href: `#${id}`, className: 'heading-anchor no-print', dataHeadingAnchor: '', ariaLabel: ui.note.copyLink(label) }, '#');
}

/** The note's "自测" section: questions visible, answers revealed with <details> (no JS needed). */
export function quiz(note: string | undefined, cards: ElementContent[]): Element {
  const count = cards.filter((c) => c.type === 'element').length;
  return h('section', { ariaLabelledBy: QUIZ_HEADING_ID, className: 'quiz-block' }, [
    // Its anchor is added with every other heading's (see rehypeHeadingAnchors in ./markdown).
    h('h2', { id: QUIZ_HEADING_ID }, ui.quizBlock.heading),
    h('p', { className: 'text-sm text-zinc-500 dark:text-zinc-400' }, ui.quizBlock.intro(count)),
    ...(note
      ? [
          h(
            'a',
            {
              href: `/quiz/?note=${note}`,
              className:
                'not-prose mt-1 inline-block rounded-lg bg-accent-600 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600',
            },
            ui.quiz.startNoteSession,
          ),
        ]
      : []),
    h('ol', { className: 'not-prose mt-4 space-y-3 p-0' }, cards),
  ]);
}

export function card(id: string | undefined, level: string | undefined, children: ElementContent[]): Element {
  return h('li', { id: `card-${id}`, className: 'list-none rounded-lg border border-zinc-200 bg-zinc-50/60 p-4 dark:border-zinc-800 dark:bg-zinc-900/60' }, [
    h('p', { className: 'mb-2 text-xs text-zinc-500 dark:text-zinc-400' }, [
      h('span', { className: 'rounded border border-zinc-300 px-1.5 py-0.5 dark:border-zinc-700' }, `${ui.quizBlock.levelLabel}：${(level && ui.quizBlock.level[level]) ?? level}`),
    ]),
    ...children,
  ]);
}

export function question(children: ElementContent[]): Element {
  return h('div', { className: 'quiz-q prose prose-zinc max-w-none font-medium dark:prose-invert prose-p:my-1' }, children);
}

export function answer(children: ElementContent[]): Element {
  return h('details', { className: 'quiz-answer mt-2' }, [
    h('summary', { className: 'cursor-pointer select-none text-sm font-medium text-accent-700 hover:underline dark:text-accent-300' }, ui.quizBlock.showAnswer),
    h('div', { className: 'prose prose-zinc mt-2 max-w-none dark:prose-invert prose-p:my-1.5' }, children),
  ]);
}

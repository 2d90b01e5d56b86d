import type { Difficulty } from '@/lib/practice/problem-types';
import { ui } from '@/lib/ui-text/zh';

const STYLE: Record<Difficulty, string> = {
  easy: 'border-emerald-600 text-emerald-800 dark:border-emerald-500 dark:text-emerald-300',
  medium: 'border-amber-600 text-amber-900 dark:border-amber-500 dark:text-amber-300',
  hard: 'border-red-600 text-red-800 dark:border-red-500 dark:text-red-300',
};

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-1.5 text-xs ${STYLE[difficulty]}`}>{ui.practice.difficulty[difficulty]}</span>;
}

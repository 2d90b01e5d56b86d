import { roundInterval } from '@/lib/srs/scheduler';
import { GRADES, type Grade } from '@/lib/srs/types';
import { ui } from '@/lib/ui-text/zh';

const STYLE: Record<Grade, string> = {
  1: 'border-red-300 hover:bg-red-50 dark:border-red-800 dark:hover:bg-red-950',
  2: 'border-amber-300 hover:bg-amber-50 dark:border-amber-800 dark:hover:bg-amber-950',
  3: 'border-emerald-300 hover:bg-emerald-50 dark:border-emerald-800 dark:hover:bg-emerald-950',
  4: 'border-sky-300 hover:bg-sky-50 dark:border-sky-800 dark:hover:bg-sky-950',
};

function label(ms: number): string {
  const { n, unit } = roundInterval(ms);
  return `${n}${ui.quiz.units[unit]}`;
}

/** Again / Hard / Good / Easy, each with its key and the interval it would schedule. */
export function GradeButtons({ intervals, disabled, onGrade }: { intervals: Record<Grade, number>; disabled: boolean; onGrade: (g: Grade) => void }) {
  return (
    <fieldset className="mt-6" disabled={disabled}>
      <legend className="mb-2 text-sm font-medium text-zinc-700 dark:text-zinc-300">{ui.quiz.gradeLegend}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {GRADES.map((g) => (
          <button
            key={g}
            type="button"
            data-grade={g}
            aria-keyshortcuts={String(g)}
            onClick={() => onGrade(g)}
            className={`flex flex-col items-center rounded-lg border-2 px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:opacity-60 ${STYLE[g]}`}
          >
            <span className="font-semibold">{ui.quiz.grades[g]}</span>
            <span className="text-xs text-zinc-600 dark:text-zinc-400">{ui.quiz.gradeHint(g, label(intervals[g]))}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}

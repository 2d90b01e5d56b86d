import { calendarWeeks, dayKey } from '@/lib/srs/stats';
import { ui } from '@/lib/ui-text/zh';

const WEEKS = 26;
const SHADES = ['bg-zinc-100 dark:bg-zinc-800', 'bg-emerald-200 dark:bg-emerald-900', 'bg-emerald-400 dark:bg-emerald-700', 'bg-emerald-600 dark:bg-emerald-500', 'bg-emerald-800 dark:bg-emerald-300'];

function shade(n: number): string {
  return SHADES[n === 0 ? 0 : n < 5 ? 1 : n < 15 ? 2 : n < 30 ? 3 : 4]!;
}

/** Reviews per day over the last 26 weeks; each cell's count is in its tooltip and the figure's label. */
export function ReviewHeatmap({ perDay, now }: { perDay: ReadonlyMap<string, number>; now: Date }) {
  const weeks = calendarWeeks(now, WEEKS);
  const today = dayKey(now);
  let total = 0;
  let days = 0;
  for (const w of weeks)
    for (const d of w) {
      const n = perDay.get(dayKey(d)) ?? 0;
      total += n;
      if (n) days++;
    }
  return (
    <figure>
      <figcaption className="mb-2 text-base font-semibold">{ui.progress.calendar}</figcaption>
      <div role="img" aria-label={ui.progress.calendarSummary(total, days)} className="inline-grid grid-flow-col grid-rows-7 gap-[2px] sm:gap-[3px]">
          {weeks.flat().map((d) => {
            const k = dayKey(d);
            const n = perDay.get(k) ?? 0;
            return <span key={k} title={ui.progress.calendarDay(k, n)} className={`h-2.5 w-2.5 rounded-sm sm:h-3 sm:w-3 ${k > today ? 'invisible' : shade(n)}`} />;
          })}
      </div>
      <p className="mt-1 flex items-center gap-1 text-xs text-zinc-600 dark:text-zinc-400" aria-hidden="true">
        {ui.progress.less}
        {SHADES.map((s) => (
          <span key={s} className={`h-3 w-3 rounded-sm ${s}`} />
        ))}
        {ui.progress.more}
      </p>
    </figure>
  );
}

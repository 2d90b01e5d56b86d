import { discount, gainOf } from '@/lib/math/ranking';
import { formatNumber } from '@/lib/widgets/format-number';
import { GRADE_MAX, type RankingState } from '@/lib/widgets/ranking-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';

const s = ui.widgets.ranking;

interface Props {
  state: RankingState;
  onMove: (i: number, by: -1 | 1) => void;
  onGrade: (i: number, grade: number) => void;
  onRemove: (i: number) => void;
}

/** The ranked list: one row per document with its grade, discount and discounted gain, and move buttons. */
export function RankingTable({ state, onMove, onGrade, onRemove }: Props) {
  const { docs, grades, k, gain, threshold } = state;
  return (
    <div className="widget-scroll">
      <table className="w-full min-w-[20rem] border-collapse text-right">
        <caption className="sr-only">{s.table}</caption>
        <thead>
          <tr className="text-xs text-zinc-500 dark:text-zinc-400">
            <th scope="col" className="py-1 pr-1 font-medium">{s.position}</th>
            <th scope="col" className="px-1 py-1 text-left font-medium">{s.doc}</th>
            <th scope="col" className="px-1 py-1 font-medium">{s.grade}</th>
            <th scope="col" className="hidden px-1 py-1 font-medium sm:table-cell">{s.discount}</th>
            <th scope="col" className="px-1 py-1 font-medium">{s.discounted}</th>
            <th scope="col" className="hidden px-1 py-1 font-medium sm:table-cell">{s.relevant}</th>
            <th scope="col" className="px-1 py-1 text-left font-medium">{s.move}</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((d, i) => {
            const inK = i < k;
            return (
              <tr key={d} data-testid={`ranking-row-${i}`} className={`border-t border-zinc-100 dark:border-zinc-800 ${inK ? '' : 'text-zinc-500 dark:text-zinc-400'}`}>
                <td className="py-1 pr-1 font-mono">{i + 1}</td>
                <th scope="row" className="px-1 py-1 text-left font-semibold">{d}</th>
                <td className="px-1 py-1">
                  <NumberField label={s.gradeOf(d)} hideLabel value={grades[i]!} onCommit={(g) => onGrade(i, g)} rule={{ min: 0, max: GRADE_MAX, integer: true }} className="ml-auto w-12" testId={`ranking-grade-${i}`} />
                </td>
                <td className="hidden px-1 py-1 font-mono sm:table-cell">{formatNumber(discount(i + 1), 4)}</td>
                <td className="px-1 py-1 font-mono">{inK ? formatNumber(gainOf(grades[i]!, gain) * discount(i + 1), 4) : s.cut}</td>
                <td className="hidden px-1 py-1 sm:table-cell">{grades[i]! >= threshold ? s.yes : s.no}</td>
                <td className="py-1 pl-1 text-left whitespace-nowrap">
                  <button type="button" className="widget-icon-button" data-move={`${d}-up`} aria-label={s.up(d)} disabled={i === 0} onClick={() => onMove(i, -1)}>↑</button>
                  <button type="button" className="widget-icon-button" data-move={`${d}-down`} aria-label={s.down(d)} disabled={i === docs.length - 1} onClick={() => onMove(i, 1)}>↓</button>
                  <button type="button" className="widget-icon-button" aria-label={s.remove(d)} disabled={docs.length <= 1} onClick={() => onRemove(i)}>×</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

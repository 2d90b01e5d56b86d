import { discount, gainOf } from '@/lib/math/ranking';
import { formatNumber } from '@/lib/widgets/format-number';
import { GRADE_MAX, type RankingState } from '@/lib/widgets/ranking-state';
import { ui } from '@/lib/ui-text/zh';
import { NumberField } from '../shared/number-field';
import { ReadoutTable } from '../shared/readout-table';

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
    <ReadoutTable
      caption={s.table}
      className="min-w-[20rem] text-right"
      columns={[
        { label: s.position, className: 'py-1 pr-1' },
        { label: s.doc, className: 'px-1 py-1 text-left' },
        { label: s.grade, className: 'px-1 py-1' },
        { label: s.discount, className: 'hidden px-1 py-1 sm:table-cell' },
        { label: s.discounted, className: 'px-1 py-1' },
        { label: s.relevant, className: 'hidden px-1 py-1 sm:table-cell' },
        { label: s.move, className: 'px-1 py-1 text-left' },
      ]}
    >
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
    </ReadoutTable>
  );
}

import { useId } from 'react';
import type { Matrix } from '@/lib/math/matrix';
import { ATTN_LIMITS } from '@/lib/widgets/attention-state';
import { formatMatrix, parseMatrix } from '@/lib/widgets/parse-input';
import { ui } from '@/lib/ui-text/zh';
import { FieldError } from '../shared/field-error';
import { useDraft } from '../shared/use-draft';

const RULE = { maxRows: ATTN_LIMITS.tokens, maxCols: ATTN_LIMITS.dims, min: -ATTN_LIMITS.entry, max: ATTN_LIMITS.entry };

/** A matrix typed as text (one row per line). Bad text stays with a message; the last valid matrix is kept. */
export function MatrixEditor({ name, value, onCommit }: { name: string; value: Matrix; onCommit: (m: Matrix) => void }) {
  const id = useId();
  const { draft, error, change } = useDraft(value, formatMatrix, (text) => parseMatrix(text, RULE), onCommit);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-mono text-xs text-zinc-700 dark:text-zinc-300">
        {ui.widgets.attention.matrixLabel(name)}
      </label>
      <textarea
        id={id}
        data-testid={`attn-edit-${name}`}
        rows={Math.min(8, Math.max(3, value.length))}
        spellCheck={false}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => change(e.target.value)}
        className="widget-input w-full font-mono text-xs leading-5"
      />
      <FieldError id={`${id}-err`} error={error} />
    </div>
  );
}

import { useId, useState } from 'react';
import type { Matrix } from '@/lib/math/matrix';
import { ATTN_LIMITS } from '@/lib/widgets/attention-state';
import { inputMessage } from '@/lib/widgets/input-message';
import { formatMatrix, parseMatrix } from '@/lib/widgets/parse-input';
import { ui } from '@/lib/ui-text/zh';

const RULE = { maxRows: ATTN_LIMITS.tokens, maxCols: ATTN_LIMITS.dims, min: -ATTN_LIMITS.entry, max: ATTN_LIMITS.entry };

/** A matrix typed as text (one row per line). Bad text stays with a message; the last valid matrix is kept. */
export function MatrixEditor({ name, value, onCommit }: { name: string; value: Matrix; onCommit: (m: Matrix) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(formatMatrix(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(formatMatrix(value));
    setError(null);
  }
  const change = (text: string) => {
    setDraft(text);
    const p = parseMatrix(text, RULE);
    if (p.ok) {
      setError(null);
      setShown(p.value);
      onCommit(p.value);
    } else setError(`${inputMessage(p.error)}，${ui.widgets.common.keptLast}`);
  };
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
      {error && (
        <p id={`${id}-err`} role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </div>
  );
}

import { useId, useState } from 'react';
import { inputMessage } from '@/lib/widgets/input-message';
import { parseNumber, type NumberRule } from '@/lib/widgets/parse-input';
import { ui } from '@/lib/ui-text/zh';

interface Props {
  label: string;
  value: number;
  onCommit: (v: number) => void;
  rule?: NumberRule;
  /** Visually hide the label (it stays the accessible name), e.g. inside a table row. */
  hideLabel?: boolean;
  className?: string;
  testId?: string;
}

/**
 * A typed number: invalid text stays in the box with an inline message, and the widget keeps
 * using the last valid value. An outside change (preset, reset, link) replaces the text.
 */
export function NumberField({ label, value, onCommit, rule, hideLabel, className = '', testId }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    setDraft(String(value));
    setError(null);
  }
  const change = (text: string) => {
    setDraft(text);
    const p = parseNumber(text, rule);
    if (p.ok) {
      setError(null);
      setShown(p.value);
      onCommit(p.value);
    } else setError(`${inputMessage(p.error)}，${ui.widgets.common.keptLast}`);
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'mb-1 block text-zinc-700 dark:text-zinc-300'}>
        {label}
      </label>
      <input
        id={id}
        data-testid={testId}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => change(e.target.value)}
        className="widget-input w-full"
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

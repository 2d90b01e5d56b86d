import { useId } from 'react';
import { parseNumber, type NumberRule } from '@/lib/widgets/parse-input';
import { FieldError } from './field-error';
import { useDraft } from './use-draft';

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

/** A typed number field; see useDraft for how invalid text and outside changes are handled. */
export function NumberField({ label, value, onCommit, rule, hideLabel, className = '', testId }: Props) {
  const id = useId();
  const { draft, error, change } = useDraft(value, String, (text) => parseNumber(text, rule), onCommit);
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
      <FieldError id={`${id}-err`} error={error} />
    </div>
  );
}

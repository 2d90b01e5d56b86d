import { useState } from 'react';
import { inputMessage } from '@/lib/widgets/input-message';
import type { Parsed } from '@/lib/widgets/parse-input';
import { ui } from '@/lib/ui-text/zh';

/**
 * Text typed into a widget field. Invalid text stays in the box with a message while the widget
 * keeps the last valid value; a change from outside (preset, reset, link) replaces the text.
 */
export function useDraft<T>(value: T, format: (v: T) => string, parse: (text: string) => Parsed<T>, onCommit: (v: T) => void) {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    setDraft(format(value));
    setError(null);
  }
  const change = (text: string) => {
    setDraft(text);
    const p = parse(text);
    if (p.ok) {
      setError(null);
      setShown(p.value);
      onCommit(p.value);
    } else setError(`${inputMessage(p.error)}，${ui.widgets.common.keptLast}`);
  };
  return { draft, error, change };
}

import { useId, useState } from 'react';
import { ATTN_LIMITS, resizeRows, type AttentionState } from '@/lib/widgets/attention-state';
import { ui } from '@/lib/ui-text/zh';
import { TemperatureControl } from '../shared/temperature-control';
import { FieldError } from '../shared/field-error';

const a = ui.widgets.attention;

interface Props {
  state: AttentionState;
  /** Head counts that divide the Q/K/V width. */
  headOptions: number[];
  onChange: (patch: Partial<AttentionState>) => void;
}

/** Tokens, √d_k / causal toggles, padding positions, heads and temperature. */
export function AttentionControls({ state, headOptions, onChange }: Props) {
  const id = useId();
  const [tokenDraft, setTokenDraft] = useState(state.tokens.join(' '));
  const [tokenError, setTokenError] = useState(false);
  const [shownTokens, setShownTokens] = useState(state.tokens);
  if (shownTokens !== state.tokens) {
    setShownTokens(state.tokens);
    setTokenDraft(state.tokens.join(' '));
    setTokenError(false);
  }
  const changeTokens = (text: string) => {
    setTokenDraft(text);
    const tokens = text.trim().split(/\s+/).filter(Boolean);
    const ok = tokens.length >= 1 && tokens.length <= ATTN_LIMITS.tokens && tokens.every((t) => t.length <= ATTN_LIMITS.tokenLength);
    setTokenError(!ok);
    if (ok) {
      setShownTokens(tokens);
      onChange({ tokens, x: resizeRows(state.x, tokens.length, state.seed), padded: state.padded.filter((i) => i < tokens.length) });
    }
  };
  const togglePad = (i: number) => onChange({ padded: state.padded.includes(i) ? state.padded.filter((p) => p !== i) : [...state.padded, i].sort((x, y) => x - y) });

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`${id}-tokens`} className="mb-1 block text-zinc-700 dark:text-zinc-300">
          {a.tokens}
        </label>
        <input
          id={`${id}-tokens`}
          data-testid="attn-tokens"
          value={tokenDraft}
          onChange={(e) => changeTokens(e.target.value)}
          aria-invalid={tokenError || undefined}
          aria-describedby={tokenError ? `${id}-tokens-err` : undefined}
          className="widget-input w-full"
        />
        <FieldError id={`${id}-tokens-err`} error={tokenError ? `${a.errors.tokens}，${ui.widgets.common.keptLast}` : null} />
      </div>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" data-testid="attn-scale" checked={state.scale} onChange={(e) => onChange({ scale: e.target.checked })} className="h-4 w-4 accent-accent-600" />
          {a.scale}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" data-testid="attn-causal" checked={state.causal} onChange={(e) => onChange({ causal: e.target.checked })} className="h-4 w-4 accent-accent-600" />
          {a.causal}
        </label>
        <label className="flex items-center gap-2">
          {a.heads}
          <select data-testid="attn-heads" value={state.heads} onChange={(e) => onChange({ heads: Number(e.target.value) })} className="widget-input py-0.5">
            {headOptions.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend className="mb-1 text-zinc-700 dark:text-zinc-300">{a.padding}</legend>
        <div className="flex flex-wrap gap-1.5">
          {state.tokens.map((t, i) => (
            <button key={i} type="button" aria-pressed={state.padded.includes(i)} aria-label={a.padToggle(t, i)} onClick={() => togglePad(i)} className="widget-button">
              {state.padded.includes(i) ? `[PAD] ${t}` : t}
            </button>
          ))}
        </div>
      </fieldset>
      <TemperatureControl t={state.t} onChange={(t) => onChange({ t })} sliderLabel={a.temperature} min={ATTN_LIMITS.tMin} max={ATTN_LIMITS.tMax} testId="attn-t" />
    </div>
  );
}

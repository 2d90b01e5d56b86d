import { isFiniteNumber, isRecord } from './hash-state';

/**
 * Widget state as a flat record of named fields, each with a rule. One rule table gives the share-link
 * decoder and the MDX-props reader, so the widgets of the second wave do not each repeat them.
 */
export type FieldRule =
  | { min: number; max: number; integer?: boolean }
  | { options: readonly string[] }
  | { check: (v: unknown) => boolean };

export type Rules<S> = { [K in keyof S]: FieldRule };

export function fieldOk(rule: FieldRule, v: unknown): boolean {
  if ('options' in rule) return typeof v === 'string' && rule.options.includes(v);
  if ('check' in rule) return rule.check(v);
  return isFiniteNumber(v) && v >= rule.min && v <= rule.max && (!rule.integer || Number.isInteger(v));
}

/** State from a share link: every field present and valid, extra keys ignored; otherwise null. */
export function decodeFields<S extends object>(rules: Rules<S>, raw: unknown, extra?: (s: S) => boolean): S | null {
  if (!isRecord(raw)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, rule] of Object.entries(rules) as [string, FieldRule][]) {
    if (!fieldOk(rule, raw[k])) return null;
    out[k] = raw[k];
  }
  const s = out as S;
  return !extra || extra(s) ? s : null;
}

/**
 * Initial state from MDX props: `preset` picks a base, any field named in the rules overrides it.
 * An unknown preset or an invalid field gives the default preset and `bad`; overrides clear the
 * preset name (the picker then shows "custom").
 */
export function fieldsFromProps<S extends object>(
  rules: Rules<S>,
  presets: Record<string, S>,
  fallback: string,
  props: Record<string, unknown>,
  extra?: (s: S) => boolean,
): { state: S; bad: boolean; preset: string } {
  const p = props.preset;
  const presetOk = p === undefined || (typeof p === 'string' && Object.hasOwn(presets, p));
  const name = presetOk && typeof p === 'string' ? p : fallback;
  const merged: Record<string, unknown> = { ...presets[name] };
  let overridden = false;
  for (const k of Object.keys(rules)) {
    if (props[k] === undefined) continue;
    merged[k] = props[k];
    overridden = true;
  }
  const state = decodeFields(rules, merged, extra);
  if (!presetOk || !state) return { state: presets[fallback]!, bad: true, preset: fallback };
  return { state, bad: false, preset: overridden ? '' : name };
}

import { widgetHashKey } from '@/lib/widgets/hash-state';
import { decodeFields, fieldsFromProps, type Rules } from '@/lib/widgets/param-state';
import { useWidgetState } from './use-widget-state';

/** useWidgetState for a widget whose state is a rule-checked record (lib/widgets/param-state). */
export function useFieldWidget<S extends object>(kind: string, rules: Rules<S>, presets: Record<string, S>, fallback: string, props: Record<string, unknown>, extra?: (s: S) => boolean) {
  return useWidgetState<S>({
    fromProps: () => fieldsFromProps(rules, presets, fallback, props, extra),
    presets,
    hashKey: widgetHashKey(kind, props.id),
    decode: (raw) => decodeFields(rules, raw, extra),
  });
}

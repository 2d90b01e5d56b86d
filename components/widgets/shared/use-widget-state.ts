import { useState } from 'react';
import { ui } from '@/lib/ui-text/zh';
import { useHashState } from './use-hash-state';

interface Options<S> {
  /** Initial state from the MDX props; `bad` means the props were unusable and defaults were taken. */
  fromProps: () => { state: S; bad: boolean; preset: string };
  presets: Record<string, S>;
  hashKey: string;
  decode: (raw: unknown) => S | null;
}

/**
 * State shared by every widget: initial props, presets, reset, the share link in the URL hash, and
 * the messages about bad props or a bad hash. Any edit leaves the preset ("custom").
 */
export function useWidgetState<S extends object>({ fromProps, presets, hashKey, decode }: Options<S>) {
  const [initial] = useState(fromProps);
  const [state, setState] = useState<S>(initial.state);
  const [preset, setPreset] = useState(initial.preset);
  const { hashError, share } = useHashState(hashKey, decode, (s) => {
    setState(s);
    setPreset('');
  });
  const update = (patch: Partial<S>) => {
    setState((prev) => ({ ...prev, ...patch }));
    setPreset('');
  };
  const frame = {
    preset,
    onPreset: (id: string) => {
      if (!Object.hasOwn(presets, id)) return;
      setState(presets[id]!);
      setPreset(id);
    },
    onReset: () => {
      setState(initial.state);
      setPreset(initial.preset);
    },
    onShare: () => share(state),
  };
  const messages = [...(initial.bad ? [ui.widgets.common.badProps] : []), ...(hashError ? [ui.widgets.common.badHash] : [])];
  return { state, update, frame, messages };
}

import { useState, type ReactNode } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { ui } from '@/lib/ui-text/zh';
import type { ShareResult } from './use-hash-state';

const c = ui.widgets.common;

interface Props {
  /** Marks the widget's root for tests and the benchmark (never reused elsewhere). */
  testId: string;
  title: string;
  presets: Record<string, string>;
  preset: string;
  onPreset: (id: string) => void;
  onReset: () => void;
  onShare: () => Promise<ShareResult>;
  /** Problems to show above the widget (bad link, bad props…); the widget keeps working below. */
  messages: string[];
  children: ReactNode;
}

/** The common shell: title, preset picker, reset, share link, message area. */
export function WidgetFrame({ testId, title, presets, preset, onPreset, onReset, onShare, messages, children }: Props) {
  const [shareStatus, setShareStatus] = useState<ShareResult | null>(null);
  // Server HTML lacks this attribute; tests and the benchmark wait for it to know the widget hydrated.
  const ready = useHydrated();
  // Bumped by reset and presets: remounting the body also clears half-typed text and its messages.
  const [version, setVersion] = useState(0);
  return (
    <section
      data-testid={testId}
      data-ready={ready || undefined}
      aria-label={title}
      className="widget not-prose my-8 rounded-xl border border-zinc-200 bg-white p-3 text-sm tabular-nums shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <h3 className="mr-auto text-base font-semibold text-zinc-900 dark:text-zinc-50">{title}</h3>
        <label className="flex items-center gap-1.5">
          <span className="text-zinc-600 dark:text-zinc-400">{c.preset}</span>
          <select value={preset in presets ? preset : ''} onChange={(e) => {
              onPreset(e.target.value);
              setVersion((v) => v + 1);
            }} className="widget-input max-w-[14rem] py-1">
            {!(preset in presets) && <option value="">{c.custom}</option>}
            {Object.entries(presets).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="widget-button"
          onClick={() => {
            onReset();
            setVersion((v) => v + 1);
          }}
        >
          {c.reset}
        </button>
        <button type="button" className="widget-button" onClick={() => void onShare().then(setShareStatus)}>
          {c.share}
        </button>
      </div>
      <p aria-live="polite" className="min-h-0 text-xs text-emerald-700 empty:hidden dark:text-emerald-400">
        {shareStatus === 'copied' ? c.shared : shareStatus === 'manual' ? c.sharedNoClipboard : ''}
      </p>
      {messages.length > 0 && (
        <div role="alert" className="mb-3 rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          {messages.map((m) => (
            <p key={m}>
              <span aria-hidden="true">⚠ </span>
              {m}
            </p>
          ))}
        </div>
      )}
      <div key={version}>{children}</div>
    </section>
  );
}

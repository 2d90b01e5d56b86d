'use client';

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { PracticeTest } from '@/lib/practice/problem-types';
import { allPassed, type RunScope } from '@/lib/practice/runner';
import { practiceStore } from '@/lib/practice/store';
import { ui } from '@/lib/ui-text/zh';
import type { CodeEditorHandle } from './code-editor';
import { runPython, runtimeState, subscribeRuntime, warmUp, type RunOutcome } from './python-client';
import { RunResults } from './run-results';

const t = ui.practice;

interface Props {
  slug: string;
  title: string;
  functionName: string;
  starter: string;
  /** Encoded specs (lib/practice/runner encodeSpec): the visible examples, and every test. */
  examplesSpec: string;
  allSpec: string;
  tests: PracticeTest[];
  solutionHtml: string;
  explanationHtml: string;
}
type EditorComponent = ComponentType<React.ComponentProps<typeof import('./code-editor').default>>;

// Light and dark editor colours (GitHub's palette, AA contrast); the editor theme reads these variables.
const EDITOR_COLOURS =
  '[--cm-bg:#ffffff] [--cm-fg:#1f2328] [--cm-gutter-bg:#f6f8fa] [--cm-gutter-fg:#57606a] [--cm-active-line:#f3f5f8] [--cm-selection:#b6dcff] [--cm-bracket:#dbe9f9] [--cm-focus:#0969da] [--cm-keyword:#cf222e] [--cm-string:#0a3069] [--cm-number:#0550ae] [--cm-comment:#57606a] [--cm-function:#8250df] ' +
  'dark:[--cm-bg:#0d1117] dark:[--cm-fg:#e6edf3] dark:[--cm-gutter-bg:#161b22] dark:[--cm-gutter-fg:#8d96a0] dark:[--cm-active-line:#161b22] dark:[--cm-selection:#264f78] dark:[--cm-bracket:#2d3b4d] dark:[--cm-focus:#58a6ff] dark:[--cm-keyword:#ff7b72] dark:[--cm-string:#a5d6ff] dark:[--cm-number:#79c0ff] dark:[--cm-comment:#8b949e] dark:[--cm-function:#d2a8ff]';

/** The editor, the 运行 / 提交 buttons, the results and the reveal of the reference solution. */
export function PracticeWorkbench(p: Props) {
  const hintId = useId();
  const [code, setCode] = useState(p.starter);
  const codeRef = useRef(p.starter);
  const [Editor, setEditor] = useState<EditorComponent | null>(null);
  const editor = useRef<CodeEditorHandle | null>(null);
  const [busy, setBusy] = useState<RunScope | null>(null);
  const [last, setLast] = useState<{ scope: RunScope; outcome: RunOutcome } | null>(null);
  const [revealed, setRevealed] = useState(false);
  const runtime = useSyncExternalStore(subscribeRuntime, runtimeState, () => 'idle' as const);
  const store = useSyncExternalStore(
    (l) => practiceStore().subscribe(l),
    () => practiceStore().getProgress()[p.slug],
    () => undefined,
  );
  const [persistent, setPersistent] = useState(true);
  const submitted = (store?.submits ?? 0) > 0;

  useEffect(() => {
    let alive = true;
    // The saved draft and the editor arrive together, so the editor starts with the draft.
    void import('./code-editor').then((m) => {
      if (!alive) return;
      const draft = practiceStore().loadDraft(p.slug);
      if (draft !== null) {
        codeRef.current = draft;
        setCode(draft);
      }
      setPersistent(practiceStore().persistent);
      setEditor(() => m.default);
    });
    return () => {
      alive = false;
    };
  }, [p.slug]);

  const onChange = useCallback(
    (next: string) => {
      codeRef.current = next;
      setCode(next);
      practiceStore().saveDraft(p.slug, next);
      setPersistent(practiceStore().persistent);
    },
    [p.slug],
  );

  const execute = useCallback(
    async (scope: RunScope) => {
      if (busy) return;
      setBusy(scope);
      const outcome = await runPython(codeRef.current, scope === 'all' ? p.allSpec : p.examplesSpec);
      setBusy(null);
      setLast({ scope, outcome });
      practiceStore().recordRun(p.slug, { submitted: scope === 'all', allPassed: outcome.kind === 'result' && allPassed(outcome.result) });
    },
    [busy, p.slug, p.allSpec, p.examplesSpec],
  );

  const reset = () => {
    if (!window.confirm(t.resetConfirm)) return;
    editor.current?.setValue(p.starter);
    codeRef.current = p.starter;
    setCode(p.starter);
    practiceStore().clearDraft(p.slug);
  };

  const button = 'rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:cursor-not-allowed disabled:opacity-60';
  return (
    <section aria-labelledby="editor-heading" className="mt-8" data-testid="workbench" data-editor-ready={Editor ? '' : undefined}>
      <h2 id="editor-heading" className="mb-2 text-xl font-semibold">{t.editorHeading}</h2>
      <p id={hintId} className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">{t.keyboardHint}</p>
      <div className={`overflow-hidden rounded-lg border border-zinc-300 dark:border-zinc-700 ${EDITOR_COLOURS}`}>
        {Editor ? (
          <Editor
            initialValue={code}
            label={t.editorLabel(p.title)}
            describedBy={hintId}
            onChange={onChange}
            onRun={() => void execute('examples')}
            onFocus={() => void warmUp()}
            onReady={(h) => (editor.current = h)}
          />
        ) : (
          // Until CodeMirror arrives: the same code, same metrics, so nothing jumps.
          <pre aria-label={t.editorLoading} className="m-0 overflow-x-auto bg-[var(--cm-bg)] py-3 pl-12 pr-3 font-mono text-[14px] leading-[1.5] text-[var(--cm-fg)]">
            {code}
          </pre>
        )}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="button" className={`${button} bg-accent-700 text-white hover:bg-accent-600`} onClick={() => void execute('examples')} disabled={busy !== null} title={t.runHint} data-testid="run">
          {busy === 'examples' ? t.runtime.running : t.run}
        </button>
        <button type="button" className={`${button} bg-emerald-700 text-white hover:bg-emerald-800`} onClick={() => void execute('all')} disabled={busy !== null} title={t.submitHint} data-testid="submit">
          {busy === 'all' ? t.runtime.running : t.submit}
        </button>
        <button type="button" className={`${button} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`} onClick={reset} disabled={busy !== null || code === p.starter} data-testid="reset">
          {t.reset}
        </button>
        <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="runtime-state" data-state={runtime}>
          {t.runtime[runtime]} · {persistent ? t.draftSaved : t.draftNotSaved}
        </p>
      </div>

      <section aria-labelledby="results-heading" className="mt-6">
        <h2 id="results-heading" className="sr-only">{t.resultsHeading}</h2>
        <div aria-live="polite" data-testid="results">
          {last && !busy && <RunResults outcome={last.outcome} scope={last.scope} tests={p.tests} functionName={p.functionName} />}
        </div>
      </section>

      <section aria-labelledby="solution-heading" className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <h2 id="solution-heading" className="mb-2 text-xl font-semibold">{t.solutionHeading}</h2>
        {submitted ? (
          <button type="button" aria-expanded={revealed} aria-controls="solution-body" className={`${button} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`} onClick={() => setRevealed((r) => !r)} data-testid="reveal">
            {revealed ? t.hideSolution : t.revealSolution}
          </button>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.solutionLocked}</p>
        )}
        {submitted && revealed && (
          <div id="solution-body" className="note-prose prose prose-zinc mt-4 max-w-none dark:prose-invert" data-testid="solution">
            <div dangerouslySetInnerHTML={{ __html: p.solutionHtml }} />
            <h3>{t.explanationHeading}</h3>
            <div dangerouslySetInnerHTML={{ __html: p.explanationHtml }} />
          </div>
        )}
      </section>
    </section>
  );
}

import type { PracticeTest } from '@/lib/practice/problem-types';
import type { RunScope } from '@/lib/practice/runner';
import { ui } from '@/lib/ui-text/zh';
import { RUN_LIMIT_MS, type RunOutcome } from './python-client';

const t = ui.practice;

/** What the last 运行 / 提交 produced. All learner output is rendered as text (React escapes it). */
export function RunResults({ outcome, scope, tests, functionName }: { outcome: RunOutcome; scope: RunScope; tests: PracticeTest[]; functionName: string }) {
  if (outcome.kind === 'timeout') return <Notice tone="bad">{t.timeout(RUN_LIMIT_MS / 1000)}</Notice>;
  if (outcome.kind === 'crash') return <Notice tone="bad">{t.crash}</Notice>;
  if (outcome.kind === 'load_failed') return <Notice tone="bad">{t.loadFailed(outcome.message)}</Notice>;

  const r = outcome.result;
  const passed = r.tests.filter((x) => x.passed).length;
  const all = r.status === 'ok' && passed === r.tests.length;
  return (
    <div className="space-y-4">
      {r.status === 'syntax_error' && <Notice tone="bad">{t.syntaxError(r.errorLine)}</Notice>}
      {r.status === 'load_error' && <Notice tone="bad">{t.loadError(r.errorLine)}</Notice>}
      {r.status === 'missing_function' && <Notice tone="bad">{t.missingFunction(functionName)}</Notice>}
      {r.status === 'ok' && (
        <Notice tone={all ? 'good' : 'bad'}>
          <span data-testid="pass-count">{t.passedCount(passed, r.tests.length)}</span>
          {all && <> · {scope === 'all' ? t.allPassed : t.examplesPassedSubmit}</>}
          <span className="ml-2 text-xs font-normal opacity-80">{t.runMs(outcome.runMs)}</span>
        </Notice>
      )}
      {r.tests.length > 0 && (
        <ol className="space-y-2" aria-label={ui.practice.resultsHeading}>
          {r.tests.map((row) => {
            const test = tests[row.index]!;
            const showTol = test.compare === 'float' || test.compare === 'set';
            return (
              <li key={row.index} data-testid="test-row" data-passed={row.passed} className={`rounded-md border p-3 text-sm ${row.passed ? 'border-emerald-300 dark:border-emerald-800' : 'border-red-300 bg-red-50/50 dark:border-red-800 dark:bg-red-950/30'}`}>
                <p className="font-medium">
                  <span className={row.passed ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}>
                    <span aria-hidden="true">{row.passed ? '✓ ' : '✗ '}</span>
                    {row.passed ? t.testPassed : t.testFailed}
                  </span>
                  <span className="ml-2 text-zinc-600 dark:text-zinc-400">
                    {t.testN(row.index + 1)}
                    {test.name ? ` · ${test.name}` : ''}
                  </span>
                </p>
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
                  <Field label={t.call} value={row.call} />
                  {row.expected !== null && <Field label={t.expected} value={row.expected} />}
                  {row.got !== null && <Field label={t.got} value={row.got} />}
                  {showTol && <Field label={t.tolerance} value={String(test.tol)} />}
                  {row.message && <Field label={t.checkFailed} value={row.message} />}
                  {row.error && <Field label={t.errorAt(row.errorLine)} value={row.error} bad />}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
      {r.traceback && <Output label={t.traceback} text={r.traceback} testId="traceback" />}
      {r.stdoutTotal > 0 && (
        <Output
          label={t.stdout}
          text={r.stdout}
          testId="stdout"
          note={r.stdoutTotal > r.stdout.length ? t.stdoutTruncated(r.stdout.length, r.stdoutTotal) : undefined}
        />
      )}
    </div>
  );
}

function Notice({ tone, children }: { tone: 'good' | 'bad'; children: React.ReactNode }) {
  return (
    <p data-testid="run-summary" className={`rounded-md px-3 py-2 text-sm font-semibold ${tone === 'good' ? 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-200' : 'bg-red-50 text-red-800 dark:bg-red-950/50 dark:text-red-200'}`}>
      {children}
    </p>
  );
}

function Field({ label, value, bad }: { label: string; value: string; bad?: boolean }) {
  return (
    <>
      <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className={`min-w-0 whitespace-pre-wrap break-all font-mono text-[13px] ${bad ? 'text-red-700 dark:text-red-300' : ''}`}>{value}</dd>
    </>
  );
}

function Output({ label, text, note, testId }: { label: string; text: string; note?: string; testId: string }) {
  return (
    <section>
      <h3 className="mb-1 text-sm font-semibold">{label}</h3>
      {note && <p className="mb-1 text-xs text-amber-800 dark:text-amber-300" data-testid={`${testId}-note`}>{note}</p>}
      <pre data-testid={testId} tabIndex={0} className="max-h-72 overflow-auto whitespace-pre-wrap break-all rounded-md bg-zinc-100 p-3 font-mono text-[13px] text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
        {text}
      </pre>
    </section>
  );
}

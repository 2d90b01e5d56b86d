'use client';

import type { Problem, QuizStore, StoreIssue } from '@/lib/quiz-store';
import { ui } from '@/lib/ui-text/zh';
import { downloadText } from './download';

/** The raw values moved aside by every recovery so far, as one JSON file. */
export async function downloadQuarantine(store: QuizStore): Promise<void> {
  downloadText('mlprep-quiz-corrupt-data.json', JSON.stringify(await store.quarantine(), null, 2));
}

const box = 'mb-6 rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100';

/** Tells the learner why progress is not being saved, or about unusable stored data (with the raw values kept aside). */
export function StorageNotice({ problems, rebuilt, issue, store, onDismiss }: { problems: readonly Problem[]; rebuilt: number; issue: StoreIssue | null; store: () => QuizStore; onDismiss: () => void }) {
  if (issue)
    return (
      <div role="alert" data-testid="storage-issue" className={box}>
        {ui.quiz.storageIssue[issue]}
      </div>
    );
  if (!problems.length) return null;
  const reasons = [...new Set(problems.map((p) => ui.quiz.problem[p.reason]))].join('、');
  return (
    <div role="alert" data-testid="storage-problem" className={box}>
      <p>
        {ui.quiz.storageProblem(problems.length)}
        {rebuilt > 0 && ui.quiz.rebuilt(rebuilt)}（{reasons}）
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={() => void downloadQuarantine(store())} className="rounded-md border border-amber-600 px-3 py-1.5 font-medium hover:bg-amber-100 dark:hover:bg-amber-900">
          {ui.quiz.downloadRaw}
        </button>
        <button type="button" onClick={onDismiss} className="rounded-md px-3 py-1.5 underline">
          {ui.quiz.dismiss}
        </button>
      </div>
    </div>
  );
}

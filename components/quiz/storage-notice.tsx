'use client';

import type { Problem, QuizDb } from '@/lib/quiz-store/idb-store';
import { getQuarantine } from '@/lib/quiz-store/idb-store';
import { ui } from '@/lib/ui-text/zh';
import { downloadText } from './download';

/** The raw values moved aside by every recovery so far, as one JSON file. */
export async function downloadQuarantine(db: QuizDb | null): Promise<void> {
  if (db) downloadText('mlprep-quiz-corrupt-data.json', JSON.stringify(await getQuarantine(db), null, 2));
}
import type { DbIssue } from './use-quiz-data';

/** Tells the learner about unusable stored data and offers the raw values that were kept aside. */
export function StorageNotice({ problems, rebuilt, dbIssue, db, onDismiss }: { problems: Problem[]; rebuilt: number; dbIssue: DbIssue; db: QuizDb | null; onDismiss: () => void }) {
  if (dbIssue)
    return (
      <div role="alert" className="mb-6 rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        {dbIssue === 'newer' ? ui.quiz.dbNewer : ui.quiz.dbError}
      </div>
    );
  if (!problems.length) return null;
  const reasons = [...new Set(problems.map((p) => ui.quiz.problem[p.reason]))].join('、');
  return (
    <div role="alert" data-testid="storage-problem" className="mb-6 rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p>
        {ui.quiz.storageProblem(problems.length)}
        {rebuilt > 0 && ui.quiz.rebuilt(rebuilt)}（{reasons}）
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={() => void downloadQuarantine(db)} className="rounded-md border border-amber-600 px-3 py-1.5 font-medium hover:bg-amber-100 dark:hover:bg-amber-900">
          {ui.quiz.downloadRaw}
        </button>
        <button type="button" onClick={onDismiss} className="rounded-md px-3 py-1.5 underline">
          {ui.quiz.dismiss}
        </button>
      </div>
    </div>
  );
}

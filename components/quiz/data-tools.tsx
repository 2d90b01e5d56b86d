'use client';

import { useEffect, useState } from 'react';
import type { QuizBank } from '@/lib/quiz-bank';
import { toAnkiTsv } from '@/lib/quiz-store/anki';
import { getQuarantine, type QuizDb } from '@/lib/quiz-store/idb-store';
import type { MergeReport } from '@/lib/quiz-store/merge';
import type { CardRecord, ExportFile, LogRecord } from '@/lib/quiz-store/schema';
import { buildExport, MAX_IMPORT_BYTES, parseImport } from '@/lib/quiz-store/transfer';
import { dayKey } from '@/lib/srs/stats';
import { ui } from '@/lib/ui-text/zh';
import { downloadText } from './download';
import { persistenceStatus, requestPersistence, type PersistStatus } from './persistence';
import { downloadQuarantine } from './storage-notice';

interface Props {
  db: QuizDb | null;
  bank: QuizBank;
  cards: ReadonlyMap<string, CardRecord>;
  logs: LogRecord[];
  canImport: boolean;
  onImport: (file: ExportFile) => Promise<MergeReport>;
}

const button = 'rounded-lg border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Export / import of progress, Anki export of the bank, and the persistent-storage status. */
export function DataTools({ db, bank, cards, logs, canImport, onImport }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [persist, setPersist] = useState<PersistStatus | null>(null);
  const [quarantined, setQuarantined] = useState(0);
  useEffect(() => {
    void persistenceStatus().then(setPersist);
  }, []);
  useEffect(() => {
    if (db) void getQuarantine(db).then((q) => setQuarantined(q.length), () => setQuarantined(0));
  }, [db, cards]);

  const exportJson = () => {
    const file = buildExport([...cards.values()], logs, new Date());
    downloadText(`mlprep-progress-${dayKey(new Date())}.json`, JSON.stringify(file));
  };
  const importJson = async (input: HTMLInputElement) => {
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    let text = '';
    try {
      text = f.size > 0 && f.size <= MAX_IMPORT_BYTES ? await f.text() : '';
    } catch {
      return setMessage({ ok: false, text: ui.progress.importError.read! });
    }
    const parsed = parseImport(text, f.size);
    if (!parsed.ok) return setMessage({ ok: false, text: ui.progress.importError[parsed.error]! + (parsed.detail ? ui.progress.importDetail(parsed.detail) : '') });
    const r = await onImport(parsed.data);
    setMessage({ ok: true, text: ui.progress.imported(r.cardsAdded, r.cardsUpdated, r.cardsKept, r.logsAdded) });
  };

  return (
    <section aria-labelledby="data-heading" className="space-y-3">
      <h2 id="data-heading" className="text-lg font-semibold">{ui.progress.dataHeading}</h2>
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">{ui.progress.dataIntro}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={button} onClick={exportJson}>{ui.progress.exportJson}</button>
        {canImport && (
          <label className={`${button} cursor-pointer focus-within:outline-2 focus-within:outline-accent-600`}>
            {ui.progress.importJson}
            <input type="file" accept=".json,application/json" className="sr-only" data-testid="import-file" onChange={(e) => void importJson(e.currentTarget)} />
          </label>
        )}
        <button type="button" className={button} onClick={() => downloadText('mlprep-anki.tsv', toAnkiTsv(bank.cards.map((c) => ({ questionHtml: c.q, answerHtml: c.a, tags: c.tags, note: c.note, level: c.level }))), 'text/tab-separated-values')}>
          {ui.progress.exportAnki}
        </button>
      </div>
      <p role="status" data-testid="import-message" className={`text-sm ${message?.ok === false ? 'text-red-700 dark:text-red-400' : 'text-emerald-800 dark:text-emerald-300'}`}>
        {message?.text}
      </p>
      {quarantined > 0 && (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          {ui.progress.quarantined(quarantined)}
          <button type="button" className={button} onClick={() => void downloadQuarantine(db)}>{ui.quiz.downloadRaw}</button>
        </p>
      )}
      <h3 className="pt-2 text-base font-semibold">{ui.progress.persistHeading}</h3>
      <p className="text-sm" data-testid="persist-status">
        {persist === 'persisted' ? ui.progress.persisted : persist === 'unsupported' ? ui.progress.persistUnsupported : persist ? ui.progress.notPersisted : ''}
      </p>
      {persist === 'not-persisted' && (
        <button type="button" className={button} onClick={() => void requestPersistence().then(setPersist)}>{ui.progress.persistRequest}</button>
      )}
    </section>
  );
}

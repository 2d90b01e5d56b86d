'use client';

import { useEffect, useState } from 'react';
import { ANKI_URL } from '@/lib/quiz-bank';
import type { QuizState, QuizStore } from '@/lib/quiz-store';
import { MAX_IMPORT_BYTES, parseImport } from '@/lib/quiz-store/transfer';
import { dayKey } from '@/lib/srs/stats';
import { ui } from '@/lib/ui-text/zh';
import { markExported } from '@/components/offline/backup';
import { practiceStore } from '@/lib/practice/store';
import { downloadText } from './download';
import { persistenceStatus, requestPersistence, type PersistStatus } from './persistence';
import { downloadQuarantine } from './storage-notice';

interface Props {
  store: QuizStore;
  state: QuizState;
  noteTitles: ReadonlyMap<string, string>;
}

type Message = { ok: boolean; text: string; changed?: string[] };

const button = 'rounded-lg border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Export / import of progress, Anki export of the bank, and the persistent-storage status. */
export function DataTools({ store, state, noteTitles }: Props) {
  const [message, setMessage] = useState<Message | null>(null);
  const [persist, setPersist] = useState<PersistStatus | null>(null);
  useEffect(() => {
    void persistenceStatus().then(setPersist);
  }, []);

  const exportJson = () => {
    // One file for all progress: quiz reviews and the practice area's solved state and drafts.
    const file = { ...store.exportFile(), practice: practiceStore().exportPractice() };
    downloadText(`mlprep-progress-${dayKey(new Date())}.json`, JSON.stringify(file));
    markExported();
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
    try {
      const r = await store.importFile(parsed.data);
      if (parsed.data.practice !== undefined) practiceStore().importPractice(parsed.data.practice);
      setMessage({ ok: true, text: ui.progress.imported(r.reviewsAdded, r.cardsChanged.length), changed: r.cardsChanged });
    } catch {
      setMessage({ ok: false, text: ui.progress.importError.write! });
    }
  };
  const cardName = (key: string) => `${noteTitles.get(key.split('/')[0]!) ?? key.split('/')[0]} · ${key.split('/')[1]}`;

  return (
    <section aria-labelledby="data-heading" className="space-y-3">
      <h2 id="data-heading" className="text-lg font-semibold">{ui.progress.dataHeading}</h2>
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">{ui.progress.dataIntro}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={button} onClick={exportJson}>{ui.progress.exportJson}</button>
        {store.persistent && (
          <label className={`${button} cursor-pointer focus-within:outline-2 focus-within:outline-accent-600`}>
            {ui.progress.importJson}
            <input type="file" accept=".json,application/json" className="sr-only" data-testid="import-file" onChange={(e) => void importJson(e.currentTarget)} />
          </label>
        )}
        <a href={ANKI_URL} download="mlprep-anki.tsv" className={button}>
          {ui.progress.exportAnki}
        </a>
      </div>
      <p role="status" data-testid="import-message" className={`text-sm ${message?.ok === false ? 'text-red-700 dark:text-red-400' : 'text-emerald-800 dark:text-emerald-300'}`}>
        {message?.text}
      </p>
      {message?.changed?.length ? (
        <details className="text-sm" data-testid="import-changed">
          <summary className="cursor-pointer">{ui.progress.changedCards(message.changed.length)}</summary>
          <ul className="mt-1 list-disc pl-6">
            {message.changed.map((k) => (
              <li key={k}>{cardName(k)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {state.quarantined > 0 && (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          {ui.progress.quarantined(state.quarantined)}
          <button type="button" className={button} onClick={() => void downloadQuarantine(store)}>{ui.quiz.downloadRaw}</button>
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

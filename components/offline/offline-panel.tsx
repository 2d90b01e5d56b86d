'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { needsBackupReminder, readLastExport } from '@/lib/offline/backup-reminder';
import { formatBytes, totalBytes, type OfflineList } from '@/lib/offline/offline-list';
import { ui } from '@/lib/ui-text/zh';
import { persistenceStatus } from '@/components/quiz/persistence';
import { useHydrated } from '@/components/use-hydrated';
import { onExported } from './backup';
import { installPromptAvailable, isInstalled, isIos, promptInstall, subscribeInstall } from './install-state';
import {
  cacheSupported, downloadAllPages, downloadedBuild, downloadPyodide, fetchOfflineList, pyodideCached,
  removeDownloadedPages, removePyodide,
} from './offline-cache';

const t = ui.offline.panel;
const button =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

type Job = { done: number; total: number } | null;

/**
 * Offline reading ("download all", undo), the optional Python runtime, installation, and the
 * backup reminder, on /progress/. `reviewTimes` are the times of all logged reviews.
 */
export function OfflinePanel({ reviewTimes }: { reviewTimes: readonly number[] | null }) {
  const [list, setList] = useState<OfflineList | null | 'error'>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [pyReady, setPyReady] = useState(false);
  const [job, setJob] = useState<Job>(null);
  const [message, setMessage] = useState('');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const canInstall = useSyncExternalStore(subscribeInstall, installPromptAvailable, () => false);
  const lastExport = useSyncExternalStore(onExported, () => readLastExport(localStorage), () => null);
  // Browser capabilities are read once hydrated, so the server HTML and the first render agree.
  const hydrated = useHydrated();
  const supported = hydrated ? cacheSupported() : null;
  const installed = hydrated && isInstalled();
  const ios = hydrated && isIos();
  const [now] = useState(() => Date.now());

  useEffect(() => {
    void persistenceStatus().then((s) => setPersisted(s === 'persisted'));
    if (!cacheSupported()) return;
    void fetchOfflineList().then(async (l) => {
      setDownloaded(downloadedBuild());
      setList(l ?? 'error');
      if (l) setPyReady(await pyodideCached(l));
    });
  }, []);

  const run = async (work: (onProgress: (done: number, total: number) => void) => Promise<number>, ok: string) => {
    setMessage('');
    setJob({ done: 0, total: 1 });
    const failed = await work((done, total) => setJob({ done, total }));
    setJob(null);
    setMessage(failed ? t.failed(failed) : ok);
  };

  const ready = list && list !== 'error' ? list : null;
  const remind = persisted === false && reviewTimes !== null
    && needsBackupReminder({ lastExport, reviewTimes, persisted, now });

  return (
    <section aria-labelledby="offline-heading" className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="offline-panel">
      <h2 id="offline-heading" className="text-lg font-semibold">{t.heading}</h2>

      {remind && (
        <p role="alert" aria-label={t.reminderLabel} className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          ⚠ {t.reminder(14)}
        </p>
      )}

      <div className="space-y-2">
        <h3 className="text-base font-semibold">{t.downloadHeading}</h3>
        {supported === false ? (
          <p className="text-sm">{t.unsupported}</p>
        ) : list === 'error' ? (
          <p className="text-sm" role="alert">{t.listFailed}</p>
        ) : ready ? (
          <>
            <p className="text-sm">
              {downloaded ? t.downloaded(ready.pages.length, formatBytes(totalBytes(ready.pages))) : t.downloadIntro(ready.pages.length, formatBytes(totalBytes(ready.pages)))}
              {downloaded && downloaded !== ready.build ? ` ${t.outdated}` : ''}
            </p>
            <div className="flex flex-wrap gap-2">
              <button type="button" className={button} disabled={job !== null}
                onClick={() => void run((p) => downloadAllPages(ready, p), t.downloaded(ready.pages.length, formatBytes(totalBytes(ready.pages)))).then(() => setDownloaded(downloadedBuild()))}>
                {t.download}
              </button>
              {downloaded && (
                <button type="button" className={button} disabled={job !== null}
                  onClick={() => void removeDownloadedPages(ready).then(() => { setDownloaded(null); setMessage(t.removed); })}>
                  {t.remove}
                </button>
              )}
            </div>
          </>
        ) : null}
        {job && (
          <p className="text-sm">
            <progress className="mr-2 align-middle" max={job.total} value={job.done} aria-label={t.downloading(job.done, job.total)} />
            {t.downloading(job.done, job.total)}
          </p>
        )}
        <p className="text-sm" role="status" data-testid="offline-message">{message}</p>
      </div>

      {ready && ready.pyodide.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-base font-semibold">{t.pythonHeading}</h3>
          <p className="text-sm">{pyReady ? t.pythonDownloaded : t.pythonIntro(formatBytes(totalBytes(ready.pyodide)))}</p>
          {pyReady ? (
            <button type="button" className={button} onClick={() => void removePyodide().then(() => setPyReady(false))}>{t.pythonRemove}</button>
          ) : (
            <button type="button" className={button} disabled={job !== null}
              onClick={() => void run((p) => downloadPyodide(ready, p), t.pythonDownloaded).then(async () => setPyReady(await pyodideCached(ready)))}>
              {t.pythonDownload}（{formatBytes(totalBytes(ready.pyodide))}）
            </button>
          )}
        </div>
      )}

      <div className="space-y-2">
        <h3 className="text-base font-semibold">{t.installHeading}</h3>
        <p className="text-sm" data-testid="install-status">{installed ? t.installed : t.notInstalled}</p>
        {!installed && canInstall && (
          <button type="button" className={button} onClick={() => void promptInstall()}>{t.install}</button>
        )}
        {!installed && <p className="text-sm text-zinc-600 dark:text-zinc-400">{ios ? t.iosHint : `${t.iosHint} ${t.otherHint}`}</p>}
      </div>

      <div className="space-y-1">
        <h3 className="text-base font-semibold">{t.backupHeading}</h3>
        <p className="text-sm" data-testid="last-export">
          {lastExport ? t.lastExport(new Date(lastExport).toLocaleDateString('zh-CN')) : t.neverExported}
        </p>
      </div>
    </section>
  );
}

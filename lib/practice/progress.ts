/** Per-problem practice progress: pure functions, so the store (and later the quiz store) can share them. */
export type ProblemStatus = 'attempted' | 'solved';

export interface ProblemProgress {
  status: ProblemStatus;
  /** Submits (提交), passed or not. */
  submits: number;
  /** ISO time of the first all-pass submit. */
  solvedAt?: string;
  /** ISO time of the latest 运行 or 提交. */
  lastRunAt: string;
}
export type ProgressMap = Record<string, ProblemProgress>;

export interface RunOutcome {
  submitted: boolean;
  allPassed: boolean;
}

/** Progress after one run: any run makes a problem attempted, an all-pass submit solves it for good. */
export function nextProgress(prev: ProblemProgress | undefined, outcome: RunOutcome, now: Date): ProblemProgress {
  const solvedNow = outcome.submitted && outcome.allPassed;
  const solvedAt = prev?.solvedAt ?? (solvedNow ? now.toISOString() : undefined);
  return {
    status: solvedAt ? 'solved' : 'attempted',
    submits: (prev?.submits ?? 0) + (outcome.submitted ? 1 : 0),
    ...(solvedAt ? { solvedAt } : {}),
    lastRunAt: now.toISOString(),
  };
}

/** Merges imported progress into ours: solved wins, counts add up by max, the latest run time is kept. */
export function mergeProgress(ours: ProgressMap, theirs: ProgressMap): ProgressMap {
  const out: ProgressMap = { ...ours };
  for (const [slug, t] of Object.entries(theirs)) {
    const o = out[slug];
    if (!o) {
      out[slug] = t;
      continue;
    }
    const solvedAt = [o.solvedAt, t.solvedAt].filter((x): x is string => Boolean(x)).sort()[0];
    out[slug] = {
      status: solvedAt ? 'solved' : 'attempted',
      submits: Math.max(o.submits, t.submits),
      ...(solvedAt ? { solvedAt } : {}),
      lastRunAt: o.lastRunAt > t.lastRunAt ? o.lastRunAt : t.lastRunAt,
    };
  }
  return out;
}

/** Keeps only well-formed entries from untrusted data (an import file, a hand-edited storage value). */
export function sanitizeProgress(data: unknown): ProgressMap {
  const out: ProgressMap = {};
  if (!data || typeof data !== 'object') return out;
  for (const [slug, v] of Object.entries(data as Record<string, unknown>)) {
    const p = v as Partial<ProblemProgress> | null;
    if (!p || (p.status !== 'attempted' && p.status !== 'solved') || typeof p.lastRunAt !== 'string') continue;
    const submits = typeof p.submits === 'number' && p.submits >= 0 ? Math.floor(p.submits) : 0;
    const solvedAt = typeof p.solvedAt === 'string' ? p.solvedAt : undefined;
    out[slug] = { status: solvedAt ? 'solved' : 'attempted', submits, ...(solvedAt ? { solvedAt } : {}), lastRunAt: p.lastRunAt };
  }
  return out;
}

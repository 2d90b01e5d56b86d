/** Plain-JSON card memory state as stored and exported; dates are ISO strings so it survives JSON. */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  state: 0 | 1 | 2 | 3;
  lastReview: string | null;
}

/** Again / Hard / Good / Easy, the keys 1–4. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** One self-grade. The log alone is enough to rebuild a card's state (see `replayLogs`). */
export interface ReviewEntry {
  rating: Grade;
  review: string;
}

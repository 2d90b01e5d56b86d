import type { QuizBank } from '@/lib/quiz-bank';
import type { Scope } from '@/lib/srs/queue';
import { ui } from '@/lib/ui-text/zh';

const LEVELS = ['E', 'M', 'H'];
const box = 'h-4 w-4 accent-accent-600';

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Sections, one note, tags and difficulty; an empty choice means "all". */
export function ScopeFields({ bank, scope, onChange }: { bank: QuizBank; scope: Scope; onChange: (s: Scope) => void }) {
  const notes = bank.notes.filter((n) => !scope.sections.length || scope.sections.includes(n.section));
  const tags = [...new Set(bank.cards.flatMap((c) => c.tags))].sort();
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold">{ui.quiz.scope}</legend>
      <details className="rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-medium">
          {ui.quiz.sections} · {ui.quiz.sectionsHint(scope.sections.length)}
        </summary>
        <fieldset className="mt-2 grid gap-1 sm:grid-cols-2">
          <legend className="sr-only">{ui.quiz.sections}</legend>
          {bank.sections.map((s) => (
            <label key={s.slug} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className={box} checked={scope.sections.includes(s.slug)} onChange={(e) => onChange({ ...scope, sections: toggle(scope.sections, s.slug, e.target.checked), notes: [] })} />
              {s.title}
            </label>
          ))}
        </fieldset>
      </details>
      <label className="block text-sm font-medium">
        {ui.quiz.note}
        <select
          className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          value={scope.notes[0] ?? ''}
          onChange={(e) => onChange({ ...scope, notes: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{ui.quiz.allNotes}</option>
          {notes.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.title}
            </option>
          ))}
        </select>
      </label>
      <details className="rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-medium">
          {ui.quiz.tags} · {ui.quiz.tagsHint(scope.tags.length)}
        </summary>
        <div className="mt-2 flex max-h-48 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
          {tags.map((t) => (
            <label key={t} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" className={box} checked={scope.tags.includes(t)} onChange={(e) => onChange({ ...scope, tags: toggle(scope.tags, t, e.target.checked) })} />
              {t}
            </label>
          ))}
        </div>
      </details>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{ui.quiz.levels}</legend>
        <div className="flex gap-4">
          {LEVELS.map((l) => (
            <label key={l} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className={box} checked={scope.levels.includes(l)} onChange={(e) => onChange({ ...scope, levels: toggle(scope.levels, l, e.target.checked) })} />
              {ui.quizBlock.level[l]}
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}

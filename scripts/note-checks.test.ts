import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getNote } from '@/lib/content';

// Each scripts/note-checks/<slug>.py recomputes the worked numbers of one note and asserts them
// against the values the note prints, so a note's arithmetic is re-checked on every test run.
const dir = join(__dirname, 'note-checks');
const scripts = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('worked-example checks (scripts/note-checks)', { timeout: 120_000 }, () => {
  it('names an existing note in every script', () => {
    const orphans = scripts.map((f) => f.replace(/\.py$/, '')).filter((slug) => !getNote(slug));
    expect(orphans).toEqual([]);
  });

  it.each(scripts)('%s recomputes its note’s numbers', (file) => {
    let output = '';
    try {
      output = execFileSync('python3', [join(dir, file)], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { stderr?: string; stdout?: string };
      throw new Error(`${file} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    expect(output.trim().length, `${file} printed nothing`).toBeGreaterThan(0);
  });
});

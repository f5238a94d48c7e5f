/** The README's walk-through is run as written: a clerk who copies it gets no error. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** Words of a shell line: double quotes group, `#` starts a comment. */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let any = false;
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted;
      any = true;
    } else if (!quoted && ch === '#') break;
    else if (!quoted && /\s/.test(ch)) {
      if (any) out.push(cur);
      cur = '';
      any = false;
    } else {
      cur += ch;
      any = true;
    }
  }
  if (any) out.push(cur);
  return out;
}

describe("the README's clerk session", () => {
  const block = README.split("## A clerk's session")[1].split('```sh\n')[1].split('```')[0];
  const lines = block.split('\n').filter((l) => l.startsWith('tdkt '));

  it('has commands to run', () => expect(lines.length).toBeGreaterThan(8));

  it('runs as written, each command exiting 0', async () => {
    const dir = tempDir();
    const db = join(dir, 'le-chan.sqlite');
    const out = new Map<string, string>();
    for (const line of lines) {
      const r = await runCli(words(line).slice(1), { env: { TDKT_DB: db }, cwd: dir });
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      out.set(words(line).slice(1, 3).join(' '), r.stdout);
    }
    expect(out.get('counts le-chan-2022')).toBe('award_type\taward_type_name\tlevel\tcollectives\tindividuals\thouseholds\ttotal\nGK\tGiấy khen\tdistrict\t0\t1\t0\t1\n');
    // It ends by printing the decision and the roster.
    expect(lines.slice(-2).map((l) => words(l).slice(1, 2)[0])).toEqual(['decision', 'roster']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()).toEqual(['QD-05.docx', 'roster.docx']);
  });
});

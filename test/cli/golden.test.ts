/**
 * Golden outputs of the seed ceremony's roster and counts in every format a person or a script reads.
 * Set UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli } from '../helpers.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden');

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true });
});

const cases: [string, string[], { tty?: boolean; lang?: 'vi' }][] = [
  ['roster.table.txt', ['roster', 'le-chan-2022'], { tty: true }],
  ['roster.tsv', ['roster', 'le-chan-2022'], {}],
  ['roster.csv', ['roster', 'le-chan-2022', '--format', 'csv'], {}],
  ['roster.json', ['roster', 'le-chan-2022', '--json'], {}],
  ['roster.md', ['roster', 'le-chan-2022', '--format', 'md'], {}],
  ['counts.table.txt', ['counts', 'le-chan-2022'], { tty: true }],
  ['counts.csv', ['counts', 'le-chan-2022', '--format', 'csv'], {}],
  ['counts.json', ['counts', 'le-chan-2022', '--json'], {}],
  ['counts.md', ['counts', 'le-chan-2022', '--format', 'md'], {}],
  ['history.table.txt', ['history', 'truong thcs tran phu'], { tty: true }],
  ['history.json', ['history', 'truong-thcs-tran-phu', '--json'], {}],
  // What a Vietnamese clerk sees: the same tables with Vietnamese headers, group titles and totals.
  ['roster.vi.table.txt', ['roster', 'le-chan-2022'], { tty: true, lang: 'vi' }],
  ['roster.vi.md', ['roster', 'le-chan-2022', '--format', 'md'], { lang: 'vi' }],
  ['counts.vi.table.txt', ['counts', 'le-chan-2022'], { tty: true, lang: 'vi' }],
  ['counts.vi.md', ['counts', 'le-chan-2022', '--format', 'md'], { lang: 'vi' }],
  ['history.vi.table.txt', ['history', 'truong thcs tran phu'], { tty: true, lang: 'vi' }],
];

describe('golden outputs of the seed ceremony', () => {
  for (const [name, argv, opts] of cases) {
    it(`${argv.join(' ')} → ${name}`, async () => {
      const r = await runCli(argv, { db, tty: opts.tty, env: { NO_COLOR: '1', ...(opts.lang && { TDKT_LANG: opts.lang }) } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }

  it('machine formats are the same in either language: column keys, ISO dates, raw numbers', async () => {
    for (const [name, argv] of cases.filter(([n]) => /\.(tsv|csv|json)$/.test(n))) {
      const r = await runCli(argv, { db, env: { TDKT_LANG: 'vi' } });
      expect(r.stdout, name).toBe(readFileSync(join(GOLDEN, name), 'utf8'));
    }
  });

  it('colours a table on a terminal unless NO_COLOR or --no-color', async () => {
    const coloured = await runCli(['counts', 'le-chan-2022'], { db, tty: true });
    expect(coloured.stdout).toContain('\u001b[1mAward\u001b[22m');
    const plain = await runCli(['--no-color', 'counts', 'le-chan-2022'], { db, tty: true });
    expect(plain.stdout).toBe(readFileSync(join(GOLDEN, 'counts.table.txt'), 'utf8'));
  });
});

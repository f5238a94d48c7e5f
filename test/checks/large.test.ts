/**
 * tdkt check over a registry of several groups of recipients: judged on two threads (the built program,
 * with dist/checks-worker.cjs), its findings spooled to disk and merged, it reports what one thread with
 * every finding in memory reports, in the same order; a terminal gets the summary per rule and severity
 * first and the first findings; --summary, --limit, --unit and --all say what they promise.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/core/checks/parallel.js';
import { FINDING_FIELDS } from '../../src/core/checks/spool.js';
import { runChecks, type SummaryRow } from '../../src/core/checks/run.js';
import { openRegistry } from '../../src/core/db.js';
import { RULES } from '../../src/core/law/rules/index.js';
import type { Finding } from '../../src/core/law/finding.js';
import { fixedClock, runCli, tempDir } from '../helpers.js';
import { bufferIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { registryTarget } from '../pg/engine.js';
import { BIN, ROOT } from '../trust/helpers.js';

const tdkt = (db: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, '--db', registryTarget(db), '--actor', 'tester', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TDKT_LANG: 'en', ...env },
  });

/**
 * 1,500 people in 150 schools: LDTT 2019 for each (no rating recorded: missing evidence), CSTDCS 2020
 * for one in five (its chain and the unit's quota), TTLDTT 2020 for the schools (no rating, no member
 * count). More than one group of recipients, thousands of findings over two years.
 */
function annex(): string {
  const rows = ['decision_number,decision_date,issuing_body,body_level,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no'];
  let n = 0;
  for (let i = 1; i <= 1500; i++) rows.push(`07/QĐ-UBND,2020-01-12,UBND huyện Tiên Lãng,district,LDTT,cá nhân,Người thứ ${i},Trường số ${i % 150} Tiên Lãng,2019,${++n}`);
  n = 0;
  for (let i = 5; i <= 1500; i += 5) rows.push(`08/QĐ-UBND,2021-01-15,UBND huyện Tiên Lãng,district,CSTDCS,cá nhân,Người thứ ${i},Trường số ${i % 150} Tiên Lãng,2020,${++n}`);
  n = 0;
  for (let u = 0; u < 150; u += 3) rows.push(`09/QĐ-UBND,2021-01-20,UBND huyện Tiên Lãng,district,TTLDTT,tập thể,Trường số ${u} Tiên Lãng,,2020,${++n}`);
  return rows.join('\n') + '\n';
}

let db: string;
let all: Finding[];

beforeAll(async () => {
  const dir = tempDir({ forFile: true });
  const file = join(dir, 'annex.csv');
  writeFileSync(file, annex());
  db = join(dir, 'r.sqlite');
  expect(tdkt(db, ['init']).status).toBe(0);
  expect(tdkt(db, ['import', file]).status).toBe(0);
  const reg = await openRegistry(registryTarget(db), { readOnly: true });
  try {
    all = (await runChecks(reg.db)).findings;
  } finally {
    await reg.close();
  }
}, 120_000);

const spoolDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('tdkt-check-'));

describe('tdkt check on a registry of several groups', () => {
  it('waits for a slow reader before each write (a pipe to a slower program), in every machine format', async () => {
    for (const format of ['ndjson', 'json', 'csv']) {
      const io = bufferIO({ clock: fixedClock, env: { TDKT_ACTOR: 'tester', TDKT_LANG: 'en' } });
      let out = '';
      let writes = 0;
      let waiting = 0;
      let most = 0;
      // A reader that takes its time over each piece: what is written before it is done waits in memory.
      io.stdout.write = (t) => {
        out += t;
        writes++;
        most = Math.max(most, ++waiting);
        return new Promise<void>((resolve) => setTimeout(() => (waiting--, resolve()), 1));
      };
      expect(await main(['--db', registryTarget(db), 'check', '--format', format], io)).toBe(3);
      expect(writes, format).toBeGreaterThan(2);
      expect(most, format).toBe(1);
      expect(out, format).toBe(tdkt(db, ['check', '--format', format]).stdout);
    }
  });

  it('streams every finding, on two threads and spooled to disk, as one thread lists them in memory', async () => {
    expect(all.length).toBeGreaterThan(2000);
    expect(new Set(all.map((f) => f.year))).toEqual(new Set([2019, 2020]));
    const before = spoolDirs();
    const reg = await openRegistry(registryTarget(db), { readOnly: true });
    try {
      const run = await checkRegistry(reg, {}, { list: 'all', worker: join(ROOT, 'dist', 'checks-worker.cjs'), run: 100 });
      try {
        expect(spoolDirs().length).toBe(before.length + 1);
        expect([...run.findings()].flat()).toEqual(all);
        expect(run.total).toBe(all.length);
        expect(run.lines).toBe(1500 + 300 + 50);
      } finally {
        run.dispose();
      }
    } finally {
      await reg.close();
    }
    expect(spoolDirs()).toEqual(before);
    // Spooled as the text a format prints, merged by the keys' strings: the same text.
    const tsv = tdkt(db, ['check', '--format', 'tsv']).stdout;
    const reg2 = await openRegistry(registryTarget(db), { readOnly: true });
    try {
      const run = await checkRegistry(reg2, {}, { list: 'all', worker: join(ROOT, 'dist', 'checks-worker.cjs'), run: 97, format: 'tsv' });
      try {
        expect(tsv.split('\n')[0]).toBe(FINDING_FIELDS.join('\t'));
        expect([...run.texts()].flat().join('')).toBe(tsv.slice(tsv.indexOf('\n') + 1));
      } finally {
        run.dispose();
      }
    } finally {
      await reg2.close();
    }
    const r = tdkt(db, ['check', '--format', 'ndjson']);
    expect(r.status).toBe(3);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(all);
    expect(r.stderr).toBe(`tdkt: ${all.length.toLocaleString('en')} findings (${count(all, 'error')} errors, 0 warnings, ${count(all, 'missing')} missing evidence); 1,850 award lines checked by ${RULES.length} rules\n`);
    // The same text as the list rendered at once.
    const json = tdkt(db, ['check', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(all);
    expect(json.stdout).toBe(JSON.stringify(all, null, 2) + '\n');
  });

  it('summarises per rule and severity: counts and the first examples, errors first', async () => {
    const r = tdkt(db, ['check', '--summary', '--json']);
    expect(r.status).toBe(3);
    const rows = JSON.parse(r.stdout) as (Omit<SummaryRow, 'examples'> & { examples: string[]; message: string })[];
    const expected = new Map<string, Finding[]>();
    for (const f of all) expected.set(`${f.severity} ${f.rule}`, [...(expected.get(`${f.severity} ${f.rule}`) ?? []), f]);
    expect(rows.map((s) => `${s.severity} ${s.rule} ${s.count}`).sort()).toEqual([...expected].map(([k, fs]) => `${k} ${fs.length}`).sort());
    expect(rows.map((s) => s.severity)).toEqual([...rows.map((s) => s.severity)].sort((a, b) => ['error', 'warning', 'missing'].indexOf(a) - ['error', 'warning', 'missing'].indexOf(b)));
    for (const s of rows) {
      const fs = expected.get(`${s.severity} ${s.rule}`)!;
      expect(s.examples).toEqual([...new Set(fs.slice(0, 3).map((f) => f.record))]);
      expect(s.message).toBe(fs[0].message);
    }
  });

  it('lists the first n with --limit, and a unit\'s findings with --unit', async () => {
    const first = tdkt(db, ['check', '--limit', '25', '--json']);
    expect(JSON.parse(first.stdout)).toEqual(all.slice(0, 25));
    expect(first.stderr).toContain(`tdkt: ${all.length.toLocaleString('en')} findings`);
    const unit = tdkt(db, ['check', '--unit', 'truong-so-30-tien-lang', '--json']);
    const members = new Set((JSON.parse(tdkt(db, ['recipient', 'list', '--unit', 'truong-so-30-tien-lang', '--json']).stdout) as { ref: string }[]).map((m) => m.ref));
    expect(members.size).toBe(10);
    const mine = all.filter((f) => f.recipient === 'truong-so-30-tien-lang' || members.has(f.recipient ?? ''));
    expect(JSON.parse(unit.stdout)).toEqual(mine);
    expect(mine.some((f) => f.rule === 'cstdcs-quota')).toBe(true);
    expect(mine.some((f) => f.rule === 'ttldtt-criteria')).toBe(true);
  });

  it('shows a terminal the summary, then the first 20 findings, and says how to list the rest', async () => {
    const r = await runCli(['check'], { db, tty: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(3);
    const [summary, details] = r.stdout.split('\nFindings\n');
    expect(summary.split('\n')[0]).toBe('Findings by rule and severity');
    expect(summary).toContain('│ missing  │ ldtt-criteria   │    1,500 │');
    expect(details.match(/^│ award #/gm)?.length).toBeGreaterThan(0);
    expect(r.stderr.split('\n')[0]).toBe(
      `The first 20 of ${all.length.toLocaleString('en')} findings are listed: tdkt check --all lists every one; --rule, --severity, --year, --unit, --recipient narrow them, --limit n lists more or fewer.`,
    );
    const vi = await runCli(['check', '--summary'], { db, tty: true, env: { NO_COLOR: '1', TDKT_LANG: 'vi' } });
    expect(vi.stdout.split('\n')[0]).toBe('Phát hiện theo quy tắc và mức độ');
    expect(vi.stdout).toContain('│ Mức độ  │ Quy tắc');
    expect(vi.stdout).toContain('1.500');
    expect(vi.stderr.split('\n').at(-2)).toBe(
      `tdkt: ${all.length.toLocaleString('de')} phát hiện (${count(all, 'error').replace(/,/g, '.')} lỗi, 0 cảnh báo, ${count(all, 'missing').replace(/,/g, '.')} thiếu minh chứng); 1.850 dòng khen thưởng được kiểm tra theo ${RULES.length} quy tắc`,
    );
  });

  it('eligible loads only the candidates holding what the chain asks about, and lists what judging everyone lists', async () => {
    let shown = 0;
    for (const [type, year, date] of [
      ['CSTDCS', '2019', '2020-01-10'],
      ['CSTDCS', '2020', '2021-01-10'],
      ['CSTDBT', '2020', '2021-01-10'],
      ['LDTT', '2019', '2020-01-10'],
      ['TTLDTT', '2020', '2021-01-10'],
      ['BK_BT', '2020', '2024-12-15'],
    ]) {
      const listed = JSON.parse((await runCli(['eligible', type, '--year', year, '--date', date, '--json'], { db })).stdout) as { status: string }[];
      const everyone = JSON.parse((await runCli(['eligible', type, '--year', year, '--date', date, '--all', '--json'], { db })).stdout) as { status: string }[];
      expect(listed, type).toEqual(everyone.filter((r) => r.status !== 'not-eligible' && r.status !== 'awarded'));
      shown += listed.length;
    }
    // CSTDCS 2019: each of the 1,500 holds LDTT 2019 (progress) and lacks an initiative: near misses.
    expect(shown).toBeGreaterThanOrEqual(1500);
  });

  it('facts loaded for some award types refuse a question about another', async () => {
    const { Facts, FactsTooNarrow } = await import('../../src/core/checks/facts.js');
    const { loadSettings } = await import('../../src/core/settings/settings.js');
    const reg = await openRegistry(registryTarget(db), { readOnly: true });
    try {
      const facts = new Facts(await loadSettings(reg.db), { recipients: [], lines: [], ratings: [], disciplines: [], initiatives: [], collectiveYears: [] }, ['CSTDCS']);
      expect(facts.titleFor(1, 'CSTDCS', 2020)).toBeUndefined();
      expect(() => facts.titleFor(1, 'LDTT', 2020)).toThrow(FactsTooNarrow);
      expect(() => facts.linesOf(1)).toThrow(FactsTooNarrow);
    } finally {
      await reg.close();
    }
  });

  it('refuses --all with --limit, and --summary with either', async () => {
    expect((await runCli(['check', '--all', '--limit', '3'], { db })).stderr).toBe('tdkt: --all lists every finding, --limit some: give one of them\nRun with --help for usage.\n');
    expect((await runCli(['check', '--summary', '--all'], { db })).code).toBe(2);
  });
});

function count(fs: Finding[], severity: string): string {
  return fs.filter((f) => f.severity === severity).length.toLocaleString('en');
}

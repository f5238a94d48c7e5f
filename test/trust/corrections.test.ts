/** Mistakes undone through the command line: each correction audited, nothing lost, the trail verified. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Prompter } from '../../src/cli/prompt.js';
import { runCli } from '../helpers.js';
import { count, demoCopy } from './helpers.js';

let db: string;
const run = (...argv: string[]) => runCli(argv, { db });
beforeEach(async () => {
  db = await demoCopy();
});

/** The audit events of a record as [command, action, entity, changes]. */
async function events(record: string): Promise<string[][]> {
  const log = await run('audit', 'log', '--record', record, '--json');
  expect(log.code, log.stderr).toBe(0);
  return (JSON.parse(log.stdout) as { command: string; action: string; entity: string; changes: string }[]).map((e) => [e.command, e.action, e.entity, e.changes]);
}

async function verified(): Promise<void> {
  const v = await run('audit', 'verify');
  expect(v.code, v.stdout + v.stderr).toBe(0);
}

const rosterIds = async (ceremony: string) => (JSON.parse((await run('roster', ceremony, '--json')).stdout) as { award_id: number }[]).map((l) => l.award_id);
const answer = (yes: boolean): Prompter => ({ input: async () => '', select: async () => '', search: async () => '', confirm: async () => yes }) as unknown as Prompter;

describe('ceremony edit', () => {
  it('corrects the place and date, audited with the old values', async () => {
    const r = await run('ceremony', 'edit', 'le-chan-2022', '--place', 'Hội trường UBND quận Lê Chân', '--date', '18/01/2022', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Updated ceremony le-chan-2022\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ ref: 'le-chan-2022', date: '2022-01-18', place: 'Hội trường UBND quận Lê Chân', awards: 62 });
    const last = (await events('ceremony:le-chan-2022')).at(-1);
    expect(last).toEqual(['ceremony edit', 'update', 'ceremony', expect.stringContaining('date: "2022-01-17" → "2022-01-18"')]);
    await verified();
  });

  it('refuses a date before a decision presented there, naming the lines, and writes nothing', async () => {
    const r = await run('ceremony', 'edit', 'le-chan-2022', '--date', '2021-12-29');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(['tdkt: Cannot move Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm 2022 to 29/12/2021: 37 line(s) presented there were decided later', '  award #26: decision 4012/QĐ-UBND of 30/12/2021']);
    expect(JSON.parse((await run('ceremony', 'show', 'le-chan-2022', '--json')).stdout).date).toBe('2022-01-17');
  });
});

describe('ceremony move and withdraw', () => {
  beforeEach(async () => {
    const add = await run('ceremony', 'add', 'Hội nghị sơ kết 6 tháng đầu năm 2022', '--date', '2022-07-15', '--organiser', 'ubnd-le-chan', '--ref', 'so-ket-2022');
    expect(add.code, add.stderr).toBe(0);
  });

  it('moves a presented line to the ceremony where it was handed over', async () => {
    const r = await run('ceremony', 'move', 'so-ket-2022', '--award', '45');
    expect(r).toEqual({ code: 0, stdout: '1\n', stderr: 'Moved 1 award line to so-ket-2022 (#45 from le-chan-2022)\n' });
    expect(await rosterIds('so-ket-2022')).toEqual([45]);
    expect(await rosterIds('le-chan-2022')).not.toContain(45);
    expect((await events('#45')).at(-1)).toEqual(['ceremony move', 'move', 'presentation', expect.stringMatching(/^ceremony_id: 1 → 2$/)]);
    await verified();
  });

  it('refuses a line not presented anywhere', async () => {
    await run('ceremony', 'withdraw', '--award', '45', '--yes');
    const r = await run('ceremony', 'move', 'so-ket-2022', '--award', '45');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tdkt: Cannot move 1 of the lines to Hội nghị sơ kết 6 tháng đầu năm 2022\n  award #45: has not been presented at any ceremony\n');
  });

  it('withdraws a presentation made by mistake: the line stays active, the trail keeps the presentation', async () => {
    const refused = await run('ceremony', 'withdraw', '--award', '45');
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'tdkt: ceremony withdraw needs --yes when not run on a terminal\nRun with --help for usage.\n' });
    expect(await rosterIds('le-chan-2022')).toContain(45);
    const r = await run('ceremony', 'withdraw', '--award', '45', '--yes');
    expect(r).toEqual({ code: 0, stdout: '1\n', stderr: 'Withdrew 1 presentation: #45 from le-chan-2022\n' });
    expect(await rosterIds('le-chan-2022')).not.toContain(45);
    const line = JSON.parse((await run('award', 'list', '--decision', '05/QĐ-UBND', '--json')).stdout).find((a: { id: number }) => a.id === 45);
    expect(line).toMatchObject({ id: 45, status: 'active', ceremony: null });
    expect((await events('#45')).map((e) => e.slice(0, 3))).toEqual([
      ['demo', 'create', 'award'],
      ['demo', 'present', 'presentation'],
      ['ceremony withdraw', 'withdraw', 'presentation'],
    ]);
    await verified();
    // Handed over later, at the right ceremony.
    expect((await run('ceremony', 'present', 'so-ket-2022', '--award', '45')).code).toBe(0);
    expect(await rosterIds('so-ket-2022')).toEqual([45]);
    await verified();
  });

  it('asks on a terminal, showing the lines; no leaves them presented (exit 130)', async () => {
    const r = await runCli(['ceremony', 'withdraw', '--award', '45'], { db, tty: true, prompter: answer(false) });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe(
      'This withdraws the presentation of:\n  award #45: GK to UBND phường Lam Sơn (2021), 05/QĐ-UBND of 10/01/2022, presented at le-chan-2022\nThe lines stay active, to be presented later; the audit trail keeps the presentation.\ntdkt: cancelled; nothing was changed\n',
    );
    expect(await rosterIds('le-chan-2022')).toContain(45);
  });

  it('the sqlite3 shell still cannot delete a presentation', async () => {
    const { sqlite3 } = await import('./helpers.js');
    expect(() => sqlite3(db, 'DELETE FROM presentation WHERE award_id = 45;')).toThrow(/the registry never deletes presentation rows/);
    expect(count(db, 'SELECT count(*) FROM presentation WHERE award_id = 45;')).toBe(1);
  });
});

describe('award reinstate', () => {
  it('makes a revoked line active again by a decision of its own; history shows both', async () => {
    expect((await run('award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b', '--yes')).code).toBe(0);
    const r = await run('award', 'reinstate', '3', '--by', '45/QĐ-TTg', '--date', '01/08/2023', '--note', 'Kết quả giải quyết khiếu nại');
    expect(r).toEqual({
      code: 0,
      stdout: '3\n',
      stderr: 'Award #3 is active again by 45/QĐ-TTg of 01/08/2023 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, 2016–2020); it was revoked by 30/QĐ-TTg of 10/05/2023, and history keeps both.\n',
    });
    const history = JSON.parse((await run('history', 'phong-gd-dt', '--json')).stdout) as Record<string, unknown>[];
    expect(history[0]).toMatchObject({ id: 3, status: 'active', revocation_decision: null, reinstatement_decision: '45/QĐ-TTg', reinstatement_date: '2023-08-01', reinstated_revocation: 'revoke 30/QĐ-TTg 2023-05-10 (b)' });
    expect(await rosterIds('le-chan-2022')).toContain(3);
    expect((await events('#3')).map((e) => e.slice(0, 3))).toEqual([
      ['demo', 'create', 'award'],
      ['demo', 'present', 'presentation'],
      ['award revoke', 'revoke', 'award_revocation'],
      ['award reinstate', 'reinstate', 'award_reinstatement'],
      ['award reinstate', 'reinstate', 'award_revocation'],
    ]);
    await verified();
    // Revoked again later: a new revocation, the reinstatement stays.
    expect((await run('award', 'revoke', '3', '--by', '50/QĐ-TTg', '--date', '2023-09-01', '--ground', 'd', '--yes')).code).toBe(0);
    expect(count(db, 'SELECT count(*) FROM award_reinstatement WHERE award_id = 3;')).toBe(1);
    await verified();
  });

  it('refuses an active line and a voided one', async () => {
    expect(await run('award', 'reinstate', '3', '--by', '45/QĐ-TTg', '--date', '2023-08-01')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tdkt: Award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg) is active: there is nothing to reinstate\n',
    });
    const id = (await run('award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2020', '--no-strict')).stdout.trim();
    expect((await run('award', 'void', id, '--reason', 'nhập nhầm', '--yes')).code).toBe(0);
    const r = await run('award', 'reinstate', id, '--by', '45/QĐ-UBND', '--date', '2023-08-01');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('was voided as entered by mistake');
  });
});

describe('confirmation of award revoke, award void and decision annul', () => {
  it('never prompts without a terminal: the message names --yes, nothing is written', async () => {
    for (const argv of [
      ['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b'],
      ['award', 'void', '45', '--reason', 'nhập nhầm'],
      ['decision', 'annul', '05/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c'],
    ]) {
      const r = await run(...argv);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `tdkt: ${argv[0]} ${argv[1]} needs --yes when not run on a terminal\nRun with --help for usage.\n` });
    }
    expect(count(db, 'SELECT count(*) FROM award_revocation;')).toBe(0);
  });

  it('shows what award revoke will change and asks; no changes nothing', async () => {
    const r = await runCli(['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b'], { db, tty: true, prompter: answer(false) });
    expect(r).toEqual({
      code: 130,
      stdout: '',
      stderr:
        'This revokes award #3: BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân (2016–2020), 1625/QĐ-TTg of 05/10/2021, presented at le-chan-2022\n  by 30/QĐ-TTg of 10/05/2023, ground b. The line stays in history, marked revoked.\ntdkt: cancelled; nothing was changed\n',
    });
    expect(count(db, 'SELECT count(*) FROM award_revocation;')).toBe(0);
    const yes = await runCli(['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b'], { db, tty: true, prompter: answer(true) });
    expect(yes.code, yes.stderr).toBe(0);
    expect(count(db, 'SELECT count(*) FROM award_revocation;')).toBe(1);
  });
});

describe('recipient merge', () => {
  beforeEach(async () => {
    expect((await run('recipient', 'add', 'Trường THCS Trần Phú (nhập trùng)', '--kind', 'collective', '--ref', 'thcs-tran-phu-2')).code).toBe(0);
    expect((await run('recipient', 'add', 'Nguyễn Văn Mới', '--kind', 'individual', '--unit', 'thcs-tran-phu-2')).code).toBe(0);
    const add = await run('award', 'add', '-d', '05/QĐ-UBND', '-r', 'thcs-tran-phu-2', '-t', 'GK', '-p', '2020', '--no-strict');
    expect(add.code, add.stderr).toBe(0);
  });

  it('moves every award and member to the one kept; the old reference still finds it', async () => {
    expect((await run('recipient', 'merge', 'thcs-tran-phu-2', '--into', 'truong-thcs-tran-phu')).code).toBe(2);
    const r = await run('recipient', 'merge', 'thcs-tran-phu-2', '--into', 'truong-thcs-tran-phu', '--yes');
    expect(r).toEqual({ code: 0, stdout: 'truong-thcs-tran-phu\n', stderr: 'Merged thcs-tran-phu-2 into truong-thcs-tran-phu: 1 award line moved\n' });
    const history = JSON.parse((await run('history', 'thcs-tran-phu-2', '--json')).stdout) as { recipient: string; period: string }[];
    expect(history.map((h) => [h.recipient, h.period]).sort()).toEqual([
      ['truong-thcs-tran-phu', '2020'],
      ['truong-thcs-tran-phu', '2020'],
      ['truong-thcs-tran-phu', '2020–2021'],
    ]);
    expect(JSON.parse((await run('recipient', 'show', 'nguyen-van-moi', '--json')).stdout).unit).toBe('truong-thcs-tran-phu');
    expect(JSON.parse((await run('recipient', 'list', '--search', 'nhap trung', '--json')).stdout)).toEqual([]);
    const trail = (await run('audit', 'log', '--command', 'recipient merge', '--format', 'tsv')).stdout.trim().split('\n').slice(1).map((l) => l.split('\t').slice(4, 6));
    expect(trail).toEqual([
      ['merge', 'award'],
      ['merge', 'recipient'],
      ['merge', 'recipient_alias'],
      ['merge', 'recipient'],
    ]);
    await verified();
  });

  it('refuses recipients of different kinds, writing nothing', async () => {
    const r = await run('recipient', 'merge', 'nguyen-van-moi', '--into', 'truong-thcs-tran-phu', '--yes');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tdkt: Nguyễn Văn Mới is an individual and Trường THCS Trần Phú a collective: only records of the same kind are merged\nhint: If one kind is wrong, correct it first: tdkt recipient edit nguyen-van-moi --kind collective\n');
    expect(count(db, "SELECT count(*) FROM recipient WHERE ref = 'nguyen-van-moi';")).toBe(1);
  });
});

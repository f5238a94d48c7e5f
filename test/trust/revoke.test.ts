/** Revocation, stripping, voiding, annulment and corrections: the line stays, history shows both. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Prompter } from '../../src/cli/prompt.js';
import { runCli } from '../helpers.js';
import { addHonoraryTitle, count, demoCopy } from './helpers.js';

let db: string;
const run = (...argv: string[]) => runCli(argv, { db });
beforeEach(async () => {
  db = await demoCopy();
});

const counts = async () => (await run('counts', 'le-chan-2022')).stdout.split('\n').filter((l) => /^(BK_TTG|GK)\t/.test(l));

describe('award revoke', () => {
  it('records the revocation beside the line; rosters and counts leave it out, history shows both', async () => {
    const r = await run('award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '10/05/2023', '--ground', 'B', '--note', 'Hồ sơ giả mạo');
    expect(r).toEqual({
      code: 0,
      stdout: '3\n',
      stderr: 'Award #3 is revoked by 30/QĐ-TTg of 10/05/2023, ground b (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, 2016–2020, 1625/QĐ-TTg); the line stays in history.\n',
    });
    expect(await counts()).toEqual(['BK_TTG\tBằng khen của Thủ tướng Chính phủ\tgovernment\t0\t3\t0\t3', 'GK\tGiấy khen\tdistrict\t6\t12\t0\t18']);
    const roster = JSON.parse((await run('roster', 'le-chan-2022', '--json')).stdout) as { award_id: number }[];
    expect(roster.some((l) => l.award_id === 3)).toBe(false);
    const withRevoked = JSON.parse((await run('roster', 'le-chan-2022', '--json', '--include-revoked')).stdout) as { award_id: number; status: string }[];
    expect(withRevoked.find((l) => l.award_id === 3)?.status).toBe('revoked');
    const history = JSON.parse((await run('history', 'phong-gd-dt', '--json')).stdout) as { id: number; status: string }[];
    expect(history.map((h) => [h.id, h.status])).toEqual([[3, 'revoked'], [35, 'active']]);
    expect(history[0]).toMatchObject({ id: 3, status: 'revoked', decision_symbol: '1625/QĐ-TTg', revocation_decision: '30/QĐ-TTg', revocation_date: '2023-05-10', revocation_ground: 'b', revocation_note: 'Hồ sơ giả mạo' });
    expect(count(db, 'SELECT count(*) FROM award WHERE id = 3;')).toBe(1);
  });

  it('prints the withdrawal as JSON for scripts', async () => {
    const r = await run('award', 'revoke', '--yes', '#3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'd', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      award_id: 3,
      status: 'revoked',
      award_type: 'BK_TTG',
      recipient: 'phong-gd-dt',
      recipient_name: 'Phòng Giáo dục và Đào tạo quận Lê Chân',
      period: '2016–2020',
      decision: 'ttg-2021-1625',
      decision_symbol: '1625/QĐ-TTg',
      revocation_symbol: '30/QĐ-TTg',
      revocation_date: '2023-05-10',
      revocation_body: 'ttg',
      ground: 'd',
      ground_text: 'vi phạm trong thời gian đạt thành tích bị phát hiện sau (later finding of violations in the achievement period)',
      note: null,
    });
  });

  it('asks for what is missing on a terminal', async () => {
    const answers = ['30/QĐ-TTg', '2023-05-10'];
    const prompter = {
      input: async () => answers.shift()!,
      select: async () => 'c',
      search: async () => {
        throw new Error('unexpected');
      },
      confirm: async () => true,
    } as unknown as Prompter;
    const r = await runCli(['award', 'revoke', '3'], { db, tty: true, prompter });
    expect(r.code, r.stderr).toBe(0);
    expect(count(db, "SELECT count(*) FROM award_revocation WHERE award_id = 3 AND ground = 'c';")).toBe(1);
  });

  it('refuses a second withdrawal of the same line', async () => {
    await run('award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'a');
    const r = await run('award', 'revoke', '--yes', '3', '--by', '31/QĐ-TTg', '--date', '2023-06-10', '--ground', 'b');
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: "tdkt: Award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg) is already revoked by 30/QĐ-TTg\nhint: See it with: tdkt audit log --record '#3'\n",
    });
  });
});

describe('award strip and award void', () => {
  it('strips a state honorary title on the prison ground', async () => {
    await addHonoraryTitle(db);
    const r = await run('award', 'strip', '63', '--by', '15/QĐ-CTN', '--date', '2024-09-12', '--note', 'Bản án số 12/2024/HS-ST');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Award #63 is stripped by 15/QĐ-CTN of 12/09/2024, ground prison (DHVD_NGUT to Trần Thị Bích, 2021, 1520/QĐ-CTN); the line stays in history.\n');
    const [h] = JSON.parse((await run('history', 'tran-thi-bich', '--json')).stdout);
    expect(h).toMatchObject({ status: 'stripped', revocation_ground: 'prison', revocation_note: 'Bản án số 12/2024/HS-ST' });
  });

  it('voids a line never presented, with its reason', async () => {
    expect((await run('award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2020')).stdout).toBe('63\n');
    const r = await run('award', 'void', '--yes', '63', '--reason', 'Nhập nhầm năm');
    expect(r).toEqual({ code: 0, stdout: '63\n', stderr: 'Award #63 is voided: Nhập nhầm năm (GK to Trường THCS Trần Phú, 2020, 05/QĐ-UBND); the line stays in history.\n' });
    expect((await run('award', 'list', '--decision', '05/QĐ-UBND')).stdout.split('\n').length - 2).toBe(18);
    const voided = (await run('award', 'list', '--decision', '05/QĐ-UBND', '--include-revoked', '--json')).stdout;
    expect(JSON.parse(voided).find((a: { id: number }) => a.id === 63).status).toBe('voided');
    // a voided line no longer blocks recording the right one
    expect((await run('award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2020')).code).toBe(0);
  });
});

describe('decision annul', () => {
  it('revokes every line at once and records the annulment on the decision', async () => {
    await run('award', 'revoke', '--yes', '45', '--by', '20/QĐ-UBND', '--date', '2023-01-05', '--ground', 'a');
    const r = await run('decision', 'annul', '05/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c', '--note', 'Thanh tra kết luận', '--yes');
    expect(r).toEqual({ code: 0, stdout: '17\n', stderr: 'Annulled 05/QĐ-UBND: revoked 17 line(s); 1 were already withdrawn. The lines stay in history.\n' });
    expect(await counts()).toEqual(['BK_TTG\tBằng khen của Thủ tướng Chính phủ\tgovernment\t1\t3\t0\t4']);
    const log = JSON.parse((await run('audit', 'log', '--command', 'decision annul', '--json')).stdout) as { action: string; entity: string }[];
    expect(log.map((e) => `${e.action} ${e.entity}`)).toEqual([...Array(17).fill('revoke award_revocation'), 'annul decision']);
    const again = await run('decision', 'annul', '05/QĐ-UBND', '--by', '32/QĐ-UBND', '--date', '2023-05-11', '--ground', 'c', '--yes');
    expect(again.stderr.split('\n')[0]).toBe('tdkt: Every line of decision 05/QĐ-UBND is already revoked, stripped or voided');
    expect((await run('--read-only', 'audit', 'verify')).code).toBe(0);
  });

  it('asks on a terminal; no leaves everything as it was (exit 130)', async () => {
    const ask = (answer: boolean) => ({ input: async () => '', select: async () => '', search: async () => '', confirm: async () => answer }) as unknown as Prompter;
    const argv = ['decision', 'annul', '05/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c'];
    const no = await runCli(argv, { db, tty: true, prompter: ask(false) });
    expect(no.code).toBe(130);
    expect(no.stdout).toBe('');
    const shown = no.stderr.split('\n');
    expect(shown.slice(0, 3)).toEqual([
      'This annuls 05/QĐ-UBND of 10/01/2022: by 31/QĐ-UBND, ground c, it revokes 18 lines:',
      '  award #45: GK to UBND phường Lam Sơn (2021), 05/QĐ-UBND of 10/01/2022, presented at le-chan-2022',
      '  award #46: GK to UBND phường An Dương (2021), 05/QĐ-UBND of 10/01/2022, presented at le-chan-2022',
    ]);
    expect(shown.slice(10)).toEqual(['  award #54: GK to Trịnh Thị T (2021), 05/QĐ-UBND of 10/01/2022, presented at le-chan-2022', '  … and 8 more', 'tdkt: cancelled; nothing was changed', '']);
    expect(count(db, 'SELECT count(*) FROM award_revocation;')).toBe(0);
    const yes = await runCli(argv, { db, tty: true, prompter: ask(true) });
    expect(yes.code).toBe(0);
    expect(count(db, 'SELECT count(*) FROM award_revocation;')).toBe(18);
  });
});

describe('corrections keep the old values in the audit trail', () => {
  it('award edit re-checks the rules and the log shows before and after', async () => {
    const r = await run('award', 'edit', '45', '--period', '2020', '--achievement', 'Hoàn thành xuất sắc nhiệm vụ năm 2020', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 45, period: '2020', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2020' });
    const log = await run('audit', 'log', '--record', '#45', '--format', 'tsv');
    const rows = log.stdout.trim().split('\n').map((l) => l.split('\t').slice(0, 9));
    expect(rows).toEqual([
      ['id', 'at', 'actor', 'command', 'action', 'entity', 'entity_id', 'ref', 'changes'],
      ['164', '2026-03-01T08:00:00.000Z', 'tester', 'demo', 'create', 'award', '45', '#45', ''],
      ['227', '2026-03-01T08:00:00.000Z', 'tester', 'demo', 'present', 'presentation', '45', 'le-chan-2022#45', ''],
      ['245', '2026-03-01T08:00:00.000Z', 'tester', 'award edit', 'update', 'award', '45', '#45', '"achievement: ""Đã có thành tích xuất sắc trong phong trào thi đua năm 2021"" → ""Hoàn thành xuất sắc nhiệm vụ năm 2020""; period_from: 2021 → 2020; period_to: 2021 → 2020"'],
    ]);
    const before = JSON.parse(JSON.parse((await run('audit', 'log', '--last', '1', '--json')).stdout)[0].before);
    expect(before).toMatchObject({ id: 45, period_from: 2021, period_to: 2021 });
  });

  it('decision edit keeps the old values and moves the regime with the date', async () => {
    const r = await run('decision', 'edit', '05/QĐ-UBND', '--date', '2022-01-12', '--signer', 'Trần Văn C', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ date: '2022-01-12', signer_name: 'Trần Văn C', regime: 'law2003-nd91' });
    const [e] = JSON.parse((await run('audit', 'log', '--record', 'decision:05/QĐ-UBND', '--last', '1', '--json')).stdout);
    expect(e.changes).toBe('date: "2022-01-10" → "2022-01-12"; signer_name: null → "Trần Văn C"');
    expect((await run('--read-only', 'audit', 'verify')).code).toBe(0);
  });

  it('a withdrawn line takes only a new note', async () => {
    await run('award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'a');
    const r = await run('award', 'edit', '3', '--period', '2017-2021');
    expect(r.stderr.split('\n')[0]).toBe('tdkt: Award #3 is withdrawn (revoke); only its note can be corrected');
    expect((await run('award', 'edit', '3', '--note', 'Đã thu hồi hiện vật')).code).toBe(0);
  });
});

describe('audit log filters', () => {
  it('by actor, command, time and record; an unknown record is an error that says how to name one', async () => {
    await runCli(['award', 'edit', '45', '--note', 'x'], { db, env: { TDKT_ACTOR: 'lan' } });
    const mine = JSON.parse((await run('audit', 'log', '--actor', 'lan', '--json')).stdout);
    expect(mine.map((e: { id: number; command: string }) => [e.id, e.command])).toEqual([[245, 'award edit']]);
    expect(JSON.parse((await run('audit', 'log', '--since', '2026-03-02', '--json')).stdout)).toEqual([]);
    expect(JSON.parse((await run('audit', 'log', '--until', '2026-02-28', '--json')).stdout)).toEqual([]);
    expect(JSON.parse((await run('audit', 'log', '--since', '2026-03-01T07:00:00Z', '--until', '2026-03-01T09:00:00Z', '--json')).stdout)).toHaveLength(245);
    expect(JSON.parse((await run('audit', 'log', '--record', 'recipient:truong-thcs-tran-phu', '--json')).stdout)).toHaveLength(1);
    expect(JSON.parse((await run('audit', 'log', '--record', 'GK', '--json')).stdout)).toHaveLength(1);
    const unknown = await run('audit', 'log', '--record', 'khong-co');
    expect(unknown.stderr).toBe('tdkt: No record matches "khong-co"\nhint: Name it as #12 (an award line), recipient:<ref>, body:<ref>, decision:<number>, award-type:<code> or ceremony:<ref>.\n');
    expect((await run('audit', 'log', '--last', 'x')).code).toBe(2);
    expect((await run('audit', 'log', '--since', '2026-02-30')).stderr.split('\n')[0]).toBe('tdkt: "2026-02-30" is not a real calendar date');
  });
});

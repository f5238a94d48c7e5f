/**
 * `tdkt evidence cluster …`: clusters and blocks, their member units by year and their ranking — the
 * evidence of the flags — recorded with audit events, read back as JSON, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { ruleRegistry } from './load.js';

describe('tdkt evidence cluster', () => {
  it('records a cluster, its members and ranking, with audit events, and the flag follows the ranking', async () => {
    const db = await ruleRegistry('ctdbt-flag', { withoutJudged: true });
    const add = await runCli(['evidence', 'cluster', 'add', '--name', 'Cụm thi đua các phường số 3', '--organizer', 'ubnd-tp'], { db });
    expect(add).toEqual({ code: 0, stdout: 'cum-thi-dua-cac-phuong-so-3\n', stderr: 'Recorded cluster cum-thi-dua-cac-phuong-so-3: Cụm thi đua các phường số 3 (UBND thành phố Hải Phòng)\n' });

    const member = await runCli(['evidence', 'cluster', 'member', 'cum thi dua cac phuong so 3', 'phuong-kenh-duong', 'phuong du hang', '--year', '2024'], { db });
    expect(member.code).toBe(0);
    expect(member.stderr).toBe(
      'Added UBND phường Kênh Dương in Cụm thi đua các phường số 3 for 2024\nAdded UBND phường Dư Hàng in Cụm thi đua các phường số 3 for 2024\n',
    );
    const rank = await runCli(['evidence', 'cluster', 'rank', 'cum-thi-dua-cac-phuong-so-3', 'phuong-kenh-duong', '--year', '2024', '--rank', '1', '--leading', '--json'], { db });
    expect(JSON.parse(rank.stdout)).toEqual({
      cluster: 'cum-thi-dua-cac-phuong-so-3',
      cluster_name: 'Cụm thi đua các phường số 3',
      organizer_level: 'province',
      year: 2024,
      collective: 'phuong-kenh-duong',
      collective_name: 'UBND phường Kênh Dương',
      rank: 1,
      leading: true,
      note: null,
    });
    const show = await runCli(['evidence', 'cluster', 'show', 'cum-thi-dua-cac-phuong-so-3', '--year', '2024', '--format', 'tsv'], { db });
    expect(show.stdout).toBe(
      'cluster\tcluster_name\torganizer_level\tyear\tcollective\tcollective_name\trank\tleading\tnote\n' +
        'cum-thi-dua-cac-phuong-so-3\tCụm thi đua các phường số 3\tprovince\t2024\tphuong-kenh-duong\tUBND phường Kênh Dương\t1\ttrue\t\n' +
        'cum-thi-dua-cac-phuong-so-3\tCụm thi đua các phường số 3\tprovince\t2024\tphuong-du-hang\tUBND phường Dư Hàng\t\tfalse\t\n',
    );
    const list = JSON.parse((await runCli(['evidence', 'cluster', 'list', '--year', '2024', '--json'], { db })).stdout) as { ref: string; members: number; leading: string[] }[];
    expect(list.map((c) => [c.ref, c.members, c.leading])).toEqual([
      ['cum-phuong-1', 3, ['UBND phường An Biên']],
      ['cum-phuong-2', 1, []],
      ['cum-thi-dua-cac-phuong-so-3', 2, ['UBND phường Kênh Dương']],
    ]);

    // Kênh Dương now leads a cluster: eligible for the city's flag.
    const eligible = JSON.parse((await runCli(['eligible', 'CTDBT', '--year', '2024', '--date', '2025-01-20', '--json'], { db })).stdout) as { recipient: string; status: string }[];
    expect(eligible.find((r) => r.recipient === 'phuong-kenh-duong')?.status).toBe('eligible');

    // Dư Hàng was entered by mistake: removed, and the audit trail keeps it.
    expect((await runCli(['evidence', 'cluster', 'remove', 'cum-thi-dua-cac-phuong-so-3', 'phuong-du-hang', '--year', '2024'], { db })).stderr).toBe(
      'Removed UBND phường Dư Hàng from Cụm thi đua các phường số 3 for 2024; the audit trail keeps the record\n',
    );
    const log = JSON.parse((await runCli(['audit', 'log', '--entity', 'cluster_member', '--json'], { db })).stdout) as { id: number; action: string; ref: string }[];
    expect(log.filter((e) => e.ref.startsWith('cum-thi-dua-cac-phuong-so-3')).sort((a, b) => a.id - b.id).map((e) => `${e.action} ${e.ref}`)).toEqual([
      'create cum-thi-dua-cac-phuong-so-3 2024 phuong-kenh-duong',
      'create cum-thi-dua-cac-phuong-so-3 2024 phuong-du-hang',
      'update cum-thi-dua-cac-phuong-so-3 2024 phuong-kenh-duong',
      'remove cum-thi-dua-cac-phuong-so-3 2024 phuong-du-hang',
    ]);
    const verify = await runCli(['audit', 'verify'], { db });
    expect(verify.code).toBe(0);
  });

  it('refuses an individual as a member, a rank that is not a place, and names an unknown cluster', async () => {
    const db = await ruleRegistry('bkbt-chain', { withoutJudged: true });
    expect((await runCli(['evidence', 'cluster', 'add', '--name', 'Cụm các trường', '--organizer', 'ubnd-tp', '--ref', 'cum-truong'], { db })).code).toBe(0);
    expect(await runCli(['evidence', 'cluster', 'member', 'cum-truong', 'nguyen-van-an', '--year', '2024'], { db })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tdkt: Nguyễn Văn An is an individual; the members of a cluster are collectives\nhint: Name the collective (tập thể), e.g. a school, a department or a commune.\n',
    });
    expect((await runCli(['evidence', 'cluster', 'rank', 'cum-truong', 'truong-minh-khai', '--year', '2024', '--rank', '0'], { db })).code).toBe(2);
    expect((await runCli(['evidence', 'cluster', 'show', 'cum-khong-co'], { db })).stderr).toBe(
      'tdkt: No cluster matches "cum-khong-co"\nhint: List clusters with: tdkt evidence cluster list, or add one with: tdkt evidence cluster add\n',
    );
    expect((await runCli(['evidence', 'cluster', 'add', '--name', 'Cụm khác', '--organizer', 'ubnd-tp', '--ref', 'cum-truong'], { db })).stderr).toBe(
      'tdkt: The reference cum-truong is already used by another cluster\nhint: Choose another reference with --ref, or leave it out to have one made from the name.\n',
    );
  });

  it('speaks Vietnamese: help, messages and headers', async () => {
    const db = await ruleRegistry('ctdbt-flag', { withoutJudged: true });
    const vi = { db, env: { TDKT_LANG: 'vi' } };
    const help = await runCli(['evidence', 'cluster', 'rank', '--help'], vi);
    expect(help.stdout).toContain('ghi thứ hạng của một thành viên trong cụm trong năm, và có dẫn đầu hay không');
    expect(help.stdout).toMatch(/--leading +là đơn vị dẫn đầu cụm trong năm/);
    expect((await runCli(['evidence', 'cluster', 'rank', 'cum-phuong-2', 'phuong-du-hang', '--year', '2024', '--rank', '1', '--leading'], vi)).stderr).toBe(
      'UBND phường Dư Hàng trong Cụm thi đua các phường số 2 năm 2024: xếp thứ 1, dẫn đầu\n',
    );
    const eligible = JSON.parse((await runCli(['eligible', 'CTDBT', '--year', '2024', '--date', '2025-01-20', '--json'], vi)).stdout) as { recipient: string; qualifies: string[] }[];
    expect(eligible.find((r) => r.recipient === 'phuong-an-bien')?.qualifies).toEqual(['dẫn đầu Cụm thi đua các phường số 1 (UBND thành phố Hải Phòng) năm 2024']);
    const show = await runCli(['evidence', 'cluster', 'show', 'cum-phuong-1', '--year', '2024', '--format', 'md'], vi);
    expect(show.stdout.split('\n').slice(0, 5)).toEqual([
      '## Cụm thi đua các phường số 1 (UBND thành phố Hải Phòng)',
      '',
      '| Năm | Mã tập thể | Tập thể | Thứ hạng | Dẫn đầu |',
      '| --- | --- | --- | ---: | --- |',
      '| 2024 | phuong-an-bien | UBND phường An Biên | 1 | có |',
    ]);
  });
});

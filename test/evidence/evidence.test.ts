import { describe, expect, it } from 'vitest';
import { loadFixture, type Fixture } from '../../src/core/fixture.js';
import { recordEvidence } from '../../src/core/evidence/service.js';
import { listRatings, listMembers } from '../../src/core/evidence/queries.js';
import { parseDisciplineForm, parseInitiativeLevel, parseRating } from '../../src/core/evidence/vocab.js';
import { resolveRecipient } from '../../src/core/resolve.js';
import { runCli, tempRegistry } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';

const BASE: Fixture = {
  bodies: [{ ref: 'ubnd-quan', name: 'UBND quận Lê Chân', level: 'district', abbr: 'UBND' }],
  recipients: [
    { ref: 'phong-noi-vu', kind: 'collective', name: 'Phòng Nội vụ quận Lê Chân' },
    { ref: 'nguyen-van-an', kind: 'individual', name: 'Nguyễn Văn An', unit: 'phong-noi-vu' },
    { ref: 'tran-thi-binh', kind: 'individual', name: 'Trần Thị Bình', unit: 'phong-noi-vu' },
  ],
  decisions: [
    {
      ref: 'ldtt-2024',
      number: '1201/QĐ-UBND',
      date: '2024-12-10',
      body: 'ubnd-quan',
      lines: [
        { recipient: 'nguyen-van-an', award_type: 'LDTT', period: '2024' },
        { recipient: 'tran-thi-binh', award_type: 'LDTT', period: '2024' },
      ],
    },
  ],
};

async function registry(): Promise<string> {
  const reg = await tempRegistry();
  await loadFixture(reg, BASE);
  const path = reg.path;
  await reg.close();
  return path;
}

async function auditOf(db: string, entity: string): Promise<{ action: string; entity_ref: string }[]> {
  const { openRegistry } = await import('../../src/core/db.js');
  const reg = await openRegistry(registryTarget(db), { readOnly: true });
  const rows = await reg.db.selectFrom('audit_event').select(['action', 'entity_ref']).where('entity', '=', entity).orderBy('id').execute();
  await reg.close();
  return rows as { action: string; entity_ref: string }[];
}

describe('vocabularies accept codes, Vietnamese labels and folded input', () => {
  it('ratings', () => {
    expect(['excellent', 'Hoàn thành xuất sắc nhiệm vụ', 'hoan thanh xuat sac', 'HTXSNV'].map(parseRating)).toEqual(['excellent', 'excellent', 'excellent', 'excellent']);
    expect(['tốt', 'HTTNV', 'hoàn thành nhiệm vụ', 'không hoàn thành nhiệm vụ', 'khong hoan thanh'].map(parseRating)).toEqual(['good', 'good', 'completed', 'failed', 'failed']);
    expect(parseRating('giỏi')).toBeUndefined();
  });
  it('disciplinary forms and initiative levels', () => {
    expect(['khiển trách', 'Cảnh cáo', 'canh cao', 'salary-cut', 'cách chức', 'buoc thoi viec'].map(parseDisciplineForm)).toEqual([
      'reprimand',
      'caution',
      'caution',
      'salary_cut',
      'removal',
      'dismissal',
    ]);
    expect(['cơ sở', 'tỉnh', 'toàn quốc', 'national'].map(parseInitiativeLevel)).toEqual(['grassroots', 'province', 'national', 'national']);
  });
});

describe('tdkt evidence', () => {
  it('sets, replaces and lists ratings; each write is audited', async () => {
    const db = await registry();
    expect((await runCli(['evidence', 'rating', 'set', 'nguyen van an', '--year', '2024', '--rating', 'HTTNV'], { db })).stderr).toBe(
      'Recorded rating of Nguyễn Văn An for 2024: good (hoàn thành tốt nhiệm vụ)\n',
    );
    expect((await runCli(['evidence', 'rating', 'set', 'nguyen-van-an', '--year', '2024', '--rating', 'xuất sắc'], { db })).stderr).toBe(
      'Replaced rating of Nguyễn Văn An for 2024: excellent (hoàn thành xuất sắc nhiệm vụ)\n',
    );
    expect((await runCli(['evidence', 'rating', 'set', 'nguyen-van-an', '--year', '2024', '--rating', 'excellent'], { db })).stderr).toBe(
      'Unchanged: rating of Nguyễn Văn An for 2024: excellent (hoàn thành xuất sắc nhiệm vụ)\n',
    );
    await runCli(['evidence', 'rating', 'set', 'phong-noi-vu', '--year', '2024', '--rating', 'tot'], { db });
    const r = await runCli(['evidence', 'rating', 'list', '--unit', 'phong-noi-vu'], { db });
    expect(r.stdout).toBe(
      [
        'year\trecipient\trecipient_name\trecipient_kind\tunit\tunit_name\trating\trating_label\tnote',
        '2024\tnguyen-van-an\tNguyễn Văn An\tindividual\tphong-noi-vu\tPhòng Nội vụ quận Lê Chân\texcellent\thoàn thành xuất sắc nhiệm vụ\t',
        '2024\tphong-noi-vu\tPhòng Nội vụ quận Lê Chân\tcollective\t\t\tgood\thoàn thành tốt nhiệm vụ\t',
        '',
      ].join('\n'),
    );
    expect(await auditOf(db, 'rating')).toEqual([
      { action: 'create', entity_ref: 'nguyen-van-an 2024' },
      { action: 'update', entity_ref: 'nguyen-van-an 2024' },
      { action: 'create', entity_ref: 'phong-noi-vu 2024' },
    ]);
  });

  it('refuses a rating it does not know, naming what it expects (exit 1)', async () => {
    const db = await registry();
    const r = await runCli(['evidence', 'rating', 'set', 'nguyen-van-an', '--year', '2024', '--rating', 'giỏi'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'tdkt: Invalid rating\n  rating: "giỏi" is not a rating: expected excellent, good, completed, failed (or hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, …)\n',
    );
  });

  it('without a TTY a missing value is a usage error that names the flag', async () => {
    const db = await registry();
    const r = await runCli(['evidence', 'rating', 'set', 'nguyen-van-an', '--rating', 'good'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tdkt: missing --year: pass it, e.g. --year 2021\nRun with --help for usage.\n');
  });

  it('adds discipline (the year from its date) and refuses the same one twice', async () => {
    const db = await registry();
    const a = await runCli(['evidence', 'discipline', 'add', 'tran-thi-binh', '--form', 'cảnh cáo', '--date', '20/08/2024', '--decision', '52/QĐ-UBND'], { db });
    expect([a.code, a.stdout, a.stderr]).toEqual([0, '1\n', 'Recorded discipline #1: caution (cảnh cáo) of Trần Thị Bình for 2024\n']);
    const again = await runCli(['evidence', 'discipline', 'add', 'tran-thi-binh', '--form', 'caution', '--year', '2024'], { db });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'tdkt: Trần Thị Bình already has cảnh cáo (caution) recorded for 2024 (#1)\nhint: List it with: tdkt evidence discipline list --recipient tran-thi-binh\n',
    );
    const none = await runCli(['evidence', 'discipline', 'add', 'tran-thi-binh', '--form', 'reprimand'], { db });
    expect(none.stderr).toBe("tdkt: Invalid discipline\n  year: give the year the discipline covers, or its date, e.g. --year 2021\n");
    const l = await runCli(['evidence', 'discipline', 'list', '--json'], { db });
    expect(JSON.parse(l.stdout)).toEqual([
      {
        id: 1,
        year: 2024,
        recipient: 'tran-thi-binh',
        recipient_name: 'Trần Thị Bình',
        unit: 'phong-noi-vu',
        unit_name: 'Phòng Nội vụ quận Lê Chân',
        form: 'caution',
        form_label: 'cảnh cáo',
        date: '2024-08-20',
        decision: '52/QĐ-UBND',
        note: null,
      },
    ]);
  });

  it('adds initiatives with the level of recognition', async () => {
    const db = await registry();
    const a = await runCli(['evidence', 'initiative', 'add', 'nguyen-van-an', '--year', '2024', '--title', 'Số hóa hồ sơ thi đua', '--level', 'tinh', '--recognised-by', 'Hội đồng sáng kiến thành phố'], { db });
    expect([a.code, a.stdout, a.stderr]).toEqual([0, '1\n', 'Recorded initiative #1 of Nguyễn Văn An (province, 2024): Số hóa hồ sơ thi đua\n']);
    const l = await runCli(['evidence', 'initiative', 'list', '--year', '2024'], { db });
    expect(l.stdout).toBe(
      'id\tyear\trecipient\trecipient_name\tunit\tunit_name\ttitle\tlevel\tlevel_label\trecognised_by\tnote\n' +
        '1\t2024\tnguyen-van-an\tNguyễn Văn An\tphong-noi-vu\tPhòng Nội vụ quận Lê Chân\tSố hóa hồ sơ thi đua\tprovince\tcấp bộ, ban, ngành, tỉnh\tHội đồng sáng kiến thành phố\t\n',
    );
  });

  it('sets member counts of a collective and shows the registry\'s figures beside them', async () => {
    const db = await registry();
    const s = await runCli(['evidence', 'members', 'set', 'phong noi vu', '--year', '2024', '--count', '3'], { db });
    expect([s.code, s.stderr]).toEqual([0, 'Recorded members of Phòng Nội vụ quận Lê Chân for 2024: 3 (LDTT 66.7%)\n']);
    const l = await runCli(['evidence', 'members', 'list', '--json'], { db });
    expect(JSON.parse(l.stdout)).toEqual([
      {
        year: 2024,
        collective: 'phong-noi-vu',
        collective_name: 'Phòng Nội vụ quận Lê Chân',
        member_count: 3,
        ldtt_count: null,
        cstdcs_count: null,
        completed_count: null,
        registry_members: 2,
        registry_ldtt: 2,
        registry_cstdcs: 0,
        registry_rated: 0,
        registry_completed: 0,
        ldtt_share: 66.7,
        note: null,
      },
    ]);
    const bad = await runCli(['evidence', 'members', 'set', 'phong-noi-vu', '--year', '2024', '--count', '3', '--ldtt', '5'], { db });
    expect(bad.stderr).toBe('tdkt: Invalid member count\n  ldtt_count: 5 is more than the 3 members\n');
    const person = await runCli(['evidence', 'members', 'set', 'nguyen-van-an', '--year', '2024', '--count', '3'], { db });
    expect(person.stderr).toBe('tdkt: Nguyễn Văn An is an individual; member counts are recorded for collectives\nhint: Name the collective (tập thể) instead.\n');
  });
});

describe('recordEvidence (the columns import writes)', () => {
  it('records the evidence columns of a row in the caller\'s transaction, skipping empty cells and repeats', async () => {
    const reg = await tempRegistry();
    await loadFixture(reg, BASE);
    const row = { year: '2024', rating: 'HTXSNV', discipline: '', initiative: 'Số hóa hồ sơ', initiative_level: 'co so' };
    const first = await reg.write(async (trx, audit) => {
      const id = (await resolveRecipient(trx, 'nguyen-van-an')).id;
      return recordEvidence(trx, audit, id, row, reg.now());
    });
    expect(first).toEqual({ ratings: 1, disciplines: 0, initiatives: 1, members: 0 });
    const again = await reg.write((trx, audit) => recordEvidence(trx, audit, 'nguyen-van-an', row, reg.now()));
    expect(again).toEqual({ ratings: 0, disciplines: 0, initiatives: 0, members: 0 });
    const unit = await reg.write((trx, audit) => recordEvidence(trx, audit, 'phong-noi-vu', { year: 2024, member_count: '10', ldtt_count: '8' }, reg.now()));
    expect(unit).toEqual({ ratings: 0, disciplines: 0, initiatives: 0, members: 1 });
    expect((await listRatings(reg.db)).map((r) => [r.recipient, r.year, r.rating])).toEqual([['nguyen-van-an', 2024, 'excellent']]);
    expect((await listMembers(reg.db)).map((m) => [m.collective, m.member_count, m.ldtt_count, m.ldtt_share])).toEqual([['phong-noi-vu', 10, 8, 80]]);
    await expect(reg.write((trx, audit) => recordEvidence(trx, audit, 'nguyen-van-an', { year: 2024, rating: 'giỏi' }, reg.now()))).rejects.toThrow('Invalid evidence columns');
    await expect(reg.write((trx, audit) => recordEvidence(trx, audit, 'phong-noi-vu', { year: 2023, ldtt_count: 8 }, reg.now()))).rejects.toThrow(
      'Member counts for Phòng Nội vụ quận Lê Chân need member_count',
    );
    expect((await listMembers(reg.db, { year: 2023 })).length).toBe(0);
    await reg.close();
  });
});

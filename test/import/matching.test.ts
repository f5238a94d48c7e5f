/**
 * Matching rows to the recipients the same file created: answered from memory when no recipient from
 * before the import can have the name, by the registry otherwise. Both give the same answers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { auditProblems } from './support.js';

const FILE = [
  'decision_number,decision_date,issuing_body,body_level,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no',
  // A person in each of two new units, namesakes.
  '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,cá nhân,Nguyễn Văn An,Trường THCS Đại Đồng,2021,1',
  '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,cá nhân,Nguyễn Văn An,Trường Tiểu học Đại Đồng,2021,2',
  // The one in the first unit again (written differently): matched.
  '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,cá nhân,NGUYỄN VĂN AN,Trường THCS Đại Đồng,2020,3',
  // No unit: two namesakes, so the clerk is asked which.
  '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,cá nhân,Nguyễn Văn An,,2019,4',
  // The unit itself, by its name: matched.
  '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,tập thể,Trường THCS Đại Đồng,,2021,5',
  // The first one's line for 2021 again: a duplicate, reported with the recipient's name.
  '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,cá nhân,Nguyễn Văn An,Trường THCS Đại Đồng,2021,6',
].join('\n');

const EXPECTED = [
  'tdkt: annex.csv: 2 of 6 rows cannot be imported; nothing was written',
  '  row 5, column «recipient_name»: "Nguyễn Văn An" matches 2 recipients: nguyen-van-an (Trường THCS Đại Đồng), nguyen-van-an-2 (Trường Tiểu học Đại Đồng) — give the unit, or the recipient_ref',
  '  row 7, column «achievement_period»: Nguyễn Văn An already received GK for 2021 (row 2 of this file) from the same body: one achievement, one award [one-achievement-one-award; Art. 5.2, Law 06/2022/QH15 (one achievement, one award)]',
];

async function importInto(db: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const dir = tempDir();
  writeFileSync(join(dir, 'annex.csv'), FILE);
  return runCli(['import', 'annex.csv'], { db, cwd: dir });
}

describe('tdkt import: matching the recipients the file creates', () => {
  it('into an empty registry (matched from memory): namesakes by unit, ambiguity, duplicates', async () => {
    const db = join(tempDir(), 'empty.sqlite');
    expect((await runCli(['init'], { db })).code).toBe(0);
    const r = await importInto(db);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual(EXPECTED);
    expect(await auditProblems(db)).toEqual([]);
  });

  it('into a registry with recipients from before (matched by the registry): the same answers', async () => {
    const db = join(tempDir(), 'used.sqlite');
    expect((await runCli(['init'], { db })).code).toBe(0);
    expect((await runCli(['recipient', 'add', 'Lê Thị Bình', '--kind', 'individual'], { db })).code).toBe(0);
    const r = await importInto(db);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual(EXPECTED);
  });

  it('the rows that match import as one recipient each', async () => {
    const db = join(tempDir(), 'empty.sqlite');
    expect((await runCli(['init'], { db })).code).toBe(0);
    const dir = tempDir();
    writeFileSync(join(dir, 'annex.csv'), FILE.split('\n').filter((_, i) => i !== 4 && i !== 6).join('\n'));
    const r = await runCli(['import', 'annex.csv', '--json'], { db, cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recipients).toEqual({ created: 4, matched: 0 });
    const list = await runCli(['recipient', 'list', '--format', 'tsv'], { db });
    expect(list.stdout.split('\n').map((l) => l.split('\t').slice(0, 4).join('|'))).toEqual([
      'ref|kind|name|unit',
      'nguyen-van-an|individual|Nguyễn Văn An|truong-thcs-dai-dong',
      'nguyen-van-an-2|individual|Nguyễn Văn An|truong-tieu-hoc-dai-dong',
      'truong-thcs-dai-dong|collective|Trường THCS Đại Đồng|',
      'truong-tieu-hoc-dai-dong|collective|Trường Tiểu học Đại Đồng|',
      '',
    ]);
    expect(await auditProblems(db)).toEqual([]);
  });
});

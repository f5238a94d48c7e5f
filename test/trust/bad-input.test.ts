/**
 * Malformed arguments and values for every write command: each gets a clear message and the right exit
 * code (2 usage, 1 invalid data / not found / conflict), and the registry file is unchanged in content.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { demoCopy, fileState } from './helpers.js';

let db: string;
let notARegistry: string;
beforeAll(async () => {
  db = await demoCopy({ forFile: true });
  notARegistry = join(tempDir({ forFile: true }), 'notes.txt');
  writeFileSync(notARegistry, 'not a registry\n');
});

const REVOKE = ['--by', '30/QĐ-TTg', '--date', '2023-05-10'];

/** [argv, exit code, first line of stderr] */
const CASES: [string[], number, string][] = [
  [['recipient', 'add', 'Nguyễn Văn X'], 2, 'tdkt: missing --kind: pass it, e.g. --kind collective'],
  [['recipient', 'add', ' ', '--kind', 'individual'], 1, 'tdkt: Invalid recipient'],
  [['recipient', 'add', 'Nguyễn Văn X', '--kind', 'collective', '--position', 'Hiệu trưởng'], 1, 'tdkt: Only an individual has a position; Nguyễn Văn X is a collective'],
  [['recipient', 'add', 'Nguyễn Văn X', '--kind', 'individual', '--unit', 'khong co don vi nay'], 1, 'tdkt: No collective matches "khong co don vi nay"'],
  [['recipient', 'add', 'Nguyễn Văn X', '--kind', 'individual', '--ref', 'Bad Ref'], 1, 'tdkt: Invalid recipient'],
  [['recipient', 'edit', 'khong-ton-tai', '--name', 'Y'], 1, 'tdkt: No recipient matches "khong-ton-tai"'],
  [['recipient', 'edit', 'truong-thcs-tran-phu'], 2, 'tdkt: nothing to change: pass at least one of --name, --kind, --unit, --position, --place, --note, --ref'],
  [['recipient', 'edit', 'truong-thcs-tran-phu', '--kind', 'individual'], 1, 'tdkt: Trường THCS Trần Phú has awards recorded as a collective; its kind cannot change'],
  [['body', 'add', 'UBND phường X'], 2, 'tdkt: missing --level: pass it, e.g. --level district'],
  [['body', 'add', 'UBND phường X', '--level', 'county', '--abbr', 'UBND'], 2, "tdkt: error: option '-l, --level <level>' argument 'county' is invalid. Allowed choices are state, government, province, department, district, commune, unit."],
  [['body', 'add', 'UBND phường X', '--level', 'commune', '--abbr', 'U B'], 1, 'tdkt: Invalid body'],
  [['body', 'edit', 'ubnd-le-chan'], 2, 'tdkt: nothing to change: pass at least one of --name, --level, --abbr, --place, --parent, --note, --ref'],
  [['body', 'edit', 'ubnd-le-chan', '--ref', 'ttg'], 1, 'tdkt: A body with reference "ttg" already exists'],
  [['award-type', 'add', 'KNC_X', '--name', 'Kỷ niệm chương X', '--family', 'form', '--kinds', 'Z', '--levels', 'province'], 1, 'tdkt: Invalid award type'],
  [['award-type', 'add', 'GK', '--name', 'Giấy khen', '--family', 'form', '--kinds', 'I', '--levels', 'district'], 1, 'tdkt: Award type GK already exists'],
  [['award-type', 'edit', 'GK'], 2, 'tdkt: nothing to change: pass at least one field option (see --help)'],
  [['award-type', 'edit', 'GK', '--levels', 'galaxy'], 1, 'tdkt: Invalid award type'],
  [['decision', 'add', '215/QĐ-UBND', '--date', '31/02/2022', '--body', 'ubnd-le-chan'], 1, 'tdkt: Invalid decision'],
  [['decision', 'add', '215/CV-UBND', '--date', '2022-01-10', '--body', 'ubnd-le-chan'], 1, 'tdkt: Invalid decision'],
  [['decision', 'add', '215/QĐ-TTg', '--date', '2022-01-10', '--body', 'ubnd-le-chan'], 1, 'tdkt: Decision 215/QĐ-TTg does not carry the abbreviation of UBND quận Lê Chân (UBND)'],
  [['decision', 'add', '05/QĐ-UBND', '--date', '2022-03-10', '--body', 'ubnd-le-chan'], 1, 'tdkt: UBND quận Lê Chân already has decision 05/QĐ-UBND in 2022 (ubnd-le-chan-2022-5)'],
  [['decision', 'add', '215/QĐ-UBND', '--body', 'ubnd-le-chan'], 2, 'tdkt: missing --date: pass it, e.g. --date 2022-01-10'],
  [['decision', 'edit', '05/QĐ-UBND'], 2, 'tdkt: nothing to change: pass at least one of --number, --date, --body, --signer, --capacity, --summary, --note, --ref'],
  [['decision', 'edit', '05/QĐ-UBND', '--date', '2025-08-01'], 1, 'tdkt: UBND quận Lê Chân is a district body; the district level was abolished on 01/07/2025, and since then the commune chairman confers what the district chairman did'],
  [['decision', 'edit', '05/QĐ-UBND', '--date', '2022-01-20'], 1, 'tdkt: The correction would break 18 rule(s) for lines of 05/QĐ-UBND'],
  [['decision', 'edit', '05/QĐ-UBND', '--body', 'ttg'], 1, 'tdkt: Decision 05/QĐ-UBND does not carry the abbreviation of Thủ tướng Chính phủ (TTg)'],
  [['decision', 'edit', '05/QĐ-UBND', '--number', '3987/QĐ-UBND', '--body', 'ubnd-hai-phong', '--date', '2021-12-28'], 1, 'tdkt: UBND thành phố Hải Phòng already has decision 3987/QĐ-UBND in 2021 (ubnd-hp-2021-3987)'],
  [['decision', 'edit', '05/QĐ-UBND', '--number', '06/QĐ-UBND', '--body', 'ubnd-hai-phong'], 1, 'tdkt: Refused: the rules of the law found 18 problems with the lines; nothing was written'],
  [['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK'], 2, 'tdkt: missing --period: pass it, e.g. --period 2021'],
  [['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '21'], 1, 'tdkt: Invalid award line'],
  [['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'CTDCP', '-p', '2021'], 1, 'tdkt: Cannot record CTDCP for Trường THCS Trần Phú'],
  [['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2021', '--line', 'abc'], 1, 'tdkt: Invalid award line'],
  [['award', 'add', '-d', '999/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2021'], 1, 'tdkt: No decision matches "999/QĐ-UBND"'],
  [['award', 'edit', '45'], 2, 'tdkt: nothing to change: pass at least one of --decision, --recipient, --type, --period, --achievement, --kind, --line, --unit-name, --position, --note'],
  [['award', 'edit', 'abc', '--note', 'x'], 2, 'tdkt: "abc" is not an award line id: expected a number, e.g. 12'],
  [['award', 'edit', '999', '--note', 'x'], 1, 'tdkt: No award line #999'],
  [['award', 'edit', '45', '--type', 'CTDCP'], 1, 'tdkt: Cannot record CTDCP for UBND phường Lam Sơn'],
  [['award', 'edit', '45', '--line', '2'], 1, 'tdkt: Line 2 of decision 05/QĐ-UBND is already taken (award #46)'],
  [['award', 'edit', '45', '--line', '0'], 1, 'tdkt: Invalid award line'],
  [['award', 'edit', '45', '--period', '2023'], 1, 'tdkt: Cannot record GK for UBND phường Lam Sơn'],
  [['ceremony', 'add', 'Hội nghị tổng kết', '--organiser', 'ubnd-le-chan'], 2, 'tdkt: missing --date: pass it, e.g. --date 2022-01-17'],
  [['ceremony', 'add', 'Hội nghị tổng kết', '--date', '2022-13-01', '--organiser', 'ubnd-le-chan'], 1, 'tdkt: Invalid ceremony'],
  [['ceremony', 'present', 'le-chan-2022'], 2, 'tdkt: name what is presented: --decision <decision> or --award <id>'],
  [['ceremony', 'present', 'khong co', '--award', '1'], 1, 'tdkt: No ceremony matches "khong co"'],
  [['ceremony', 'present', 'le-chan-2022', '--award', 'x'], 2, 'tdkt: "x" is not an award line id: expected a number, e.g. 12'],
  [['award', 'revoke', '3', '--date', '2023-05-10', '--ground', 'b'], 2, 'tdkt: missing --by: pass it, e.g. --by 30/QĐ-UBND'],
  [['award', 'revoke', '--yes', '3', ...REVOKE, '--ground', 'e'], 1, 'tdkt: Invalid revocation'],
  [['award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '2020-01-01', '--ground', 'a'], 1, 'tdkt: Cannot revoke award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg)'],
  [['award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '2030-01-01', '--ground', 'a'], 1, 'tdkt: Cannot revoke award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg)'],
  [['award', 'revoke', '--yes', '3', '--by', '30/QĐ-UBND', '--date', '2023-05-10', '--ground', 'a'], 1, 'tdkt: Cannot revoke award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg)'],
  [['award', 'revoke', '--yes', '3', '--by', '1625/QĐ-TTg', '--date', '2021-10-05', '--ground', 'a'], 1, 'tdkt: Cannot revoke award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg)'],
  [['award', 'revoke', '--yes', '999', ...REVOKE, '--ground', 'a'], 1, 'tdkt: No award line #999'],
  [['award', 'revoke', '--yes', '3', ...REVOKE, '--ground', 'a', '--body', 'khong co'], 1, 'tdkt: No body matches "khong co"'],
  [['award', 'strip', '3', ...REVOKE], 1, 'tdkt: BK_TTG is not a state honorary title; only those are stripped (tước) after a prison sentence (Art. 93.3)'],
  [['award', 'void', '3'], 2, 'tdkt: missing --reason: pass it, e.g. --reason "entered twice, see #11"'],
  [['award', 'void', '--yes', '3', '--reason', 'nhập nhầm'], 1, 'tdkt: Award #3 (BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân, decision 1625/QĐ-TTg) was presented at le-chan-2022; only a line never presented can be voided'],
  [['award', 'void', '--yes', '3', '--reason', ' '], 1, 'tdkt: Invalid voiding'],
  [['decision', 'annul', '05/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c'], 2, 'tdkt: decision annul needs --yes when not run on a terminal'],
  [['decision', 'annul', '999/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c', '--yes'], 1, 'tdkt: No decision matches "999/QĐ-UBND"'],
  [['decision', 'annul', '05/QĐ-UBND', '--by', '05/QĐ-UBND', '--date', '2022-01-10', '--ground', 'c', '--yes'], 1, 'tdkt: Cannot revoke award #45 (GK to UBND phường Lam Sơn, decision 05/QĐ-UBND)'],
  [['restore', '/nonexistent/backup.sqlite', '--yes'], 1, 'tdkt: No backup at /nonexistent/backup.sqlite'],
  [['restore', '<not-a-registry>', '--yes'], 1, 'tdkt: <not-a-registry> is not a tdkt registry (file is not a database)'],
];

describe('bad input to every write command changes nothing', () => {
  for (const [argv, code, first] of CASES) {
    it(`tdkt ${argv.join(' ')}`, async () => {
      const args = argv.map((a) => (a === '<not-a-registry>' ? notARegistry : a));
      const before = fileState(db);
      const r = await runCli(args, { db });
      expect({ code: r.code, first: r.stderr.split('\n')[0].replace(notARegistry, '<not-a-registry>') }).toEqual({ code, first });
      expect(r.stdout).toBe('');
      expect(fileState(db)).toEqual(before);
    });
  }
});

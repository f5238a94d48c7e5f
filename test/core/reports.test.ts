import { describe, expect, it } from 'vitest';
import { countAwards } from '../../src/core/report/counts.js';
import { buildRoster } from '../../src/core/report/roster.js';
import { recipientHistory } from '../../src/core/report/history.js';
import { resolveBody } from '../../src/core/resolve.js';
import { loadFixture } from '../../src/core/fixture.js';
import { presentAwards } from '../../src/core/ceremony/service.js';
import { tempRegistry } from '../helpers.js';

/** Two ceremonies, three levels, lines numbered out of kind order, a ceremony organised by a district. */
async function registry() {
  const reg = await tempRegistry();
  await loadFixture(reg, {
    bodies: [
      { ref: 'ttg', name: 'Thủ tướng Chính phủ', level: 'government', abbr: 'TTg' },
      { ref: 'ubnd-hp', name: 'UBND thành phố Hải Phòng', level: 'province', abbr: 'UBND' },
      { ref: 'ubnd-lc', name: 'UBND quận Lê Chân', level: 'district', abbr: 'UBND' },
      { ref: 'ubnd-dhk', name: 'UBND phường Dư Hàng Kênh', level: 'commune', abbr: 'UBND' },
    ],
    recipients: [
      { ref: 'truong', kind: 'collective', name: 'Trường THCS Trần Phú' },
      { ref: 'phuong', kind: 'collective', name: 'UBND phường Dư Hàng Kênh' },
      { ref: 'a', kind: 'individual', name: 'Nguyễn Văn A', unit: 'truong', position: 'Hiệu trưởng' },
      { ref: 'b', kind: 'individual', name: 'Trần Thị B', unit: 'truong' },
      { ref: 'ho', kind: 'household', name: 'Hộ ông Lê Văn C' },
    ],
    decisions: [
      // Signed last, lowest level: printed last.
      { number: '12/QĐ-UBND', date: '2022-01-12', body: 'ubnd-dhk', lines: [{ recipient: 'ho', award_type: 'GK', period: '2021' }, { recipient: 'b', award_type: 'GK', period: '2021' }] },
      // No line numbers: collectives before households before individuals.
      { number: '05/QĐ-UBND', date: '2022-01-10', body: 'ubnd-lc', lines: [{ recipient: 'b', award_type: 'GK', period: '2021' }, { recipient: 'ho', award_type: 'GK', period: '2021' }, { recipient: 'truong', award_type: 'GK', period: '2021' }] },
      // The annex puts the person first: its order is kept.
      { number: '300/QĐ-UBND', date: '2021-12-01', body: 'ubnd-hp', lines: [{ recipient: 'a', award_type: 'BK_BT', period: '2020-2021', line: 1 }, { recipient: 'truong', award_type: 'BK_BT', period: '2020-2021', line: 2 }] },
      { number: '100/QĐ-TTg', date: '2021-06-01', body: 'ttg', lines: [{ recipient: 'phuong', award_type: 'CTDCP', period: '2020' }] },
      { number: '101/QĐ-TTg', date: '2022-03-01', body: 'ttg', lines: [{ recipient: 'a', award_type: 'BK_TTG', period: '2017-2021' }] },
    ],
    ceremonies: [
      { ref: 'hn-2022', name: 'Hội nghị tổng kết năm 2021', date: '2022-01-17', organiser: 'ubnd-lc', present: ['12/QĐ-UBND', '05/QĐ-UBND', '300/QĐ-UBND', '100/QĐ-TTg'] },
      { ref: 'le-29-4', name: 'Lễ kỷ niệm', date: '2022-04-29', organiser: 'ubnd-lc', present: ['101/QĐ-TTg'] },
    ],
  });
  return reg;
}

describe('roster', () => {
  it('orders by precedence, then level, then annex order, collectives first where the annex is silent', async () => {
    const reg = await registry();
    const r = await buildRoster(reg.db, 'hn-2022');
    expect(r.lines.map((l) => [l.no, l.award_type, l.level, l.decision_symbol, l.line_no, l.recipient])).toEqual([
      [1, 'CTDCP', 'government', '100/QĐ-TTg', null, 'phuong'],
      [2, 'BK_BT', 'province', '300/QĐ-UBND', 1, 'a'],
      [3, 'BK_BT', 'province', '300/QĐ-UBND', 2, 'truong'],
      [4, 'GK', 'district', '05/QĐ-UBND', null, 'truong'],
      [5, 'GK', 'district', '05/QĐ-UBND', null, 'ho'],
      [6, 'GK', 'district', '05/QĐ-UBND', null, 'b'],
      [7, 'GK', 'commune', '12/QĐ-UBND', null, 'ho'],
      [8, 'GK', 'commune', '12/QĐ-UBND', null, 'b'],
    ]);
    expect(r.lines[1]).toMatchObject({ unit_name: 'Trường THCS Trần Phú', position: 'Hiệu trưởng', period: '2020–2021' });
  });
});

describe('counts', () => {
  it('of a ceremony, per type and level, by kind', async () => {
    const reg = await registry();
    const c = (await import('../../src/core/resolve.js')).resolveCeremony;
    const rows = await countAwards(reg.db, { ceremonyId: (await c(reg.db, 'hn-2022')).id });
    expect(rows.map((r) => [r.award_type, r.level, r.collectives, r.individuals, r.households, r.total])).toEqual([
      ['CTDCP', 'government', 1, 0, 0, 1],
      ['BK_BT', 'province', 1, 1, 0, 2],
      ['GK', 'district', 1, 1, 1, 3],
      ['GK', 'commune', 0, 1, 1, 2],
    ]);
  });

  it('of a year, of one body, of one level', async () => {
    const reg = await registry();
    const year = await countAwards(reg.db, { year: 2022 });
    expect(year.map((r) => [r.award_type, r.level, r.total])).toEqual([
      ['BK_TTG', 'government', 1],
      ['GK', 'district', 3],
      ['GK', 'commune', 2],
    ]);
    const body = await countAwards(reg.db, { year: 2022, bodyId: (await resolveBody(reg.db, 'ubnd-lc')).id });
    expect(body.map((r) => [r.award_type, r.total])).toEqual([['GK', 3]]);
    const level = await countAwards(reg.db, { year: 2021, level: 'province' });
    expect(level.map((r) => [r.award_type, r.collectives, r.individuals])).toEqual([['BK_BT', 1, 1]]);
  });
});

describe('history', () => {
  it('lists everything a recipient received, oldest first, with the ceremony', async () => {
    const reg = await registry();
    const h = await recipientHistory(reg.db, 'nguyen van a');
    expect(h.entries.map((e) => [e.decision_date, e.award_type, e.period, e.ceremony])).toEqual([
      ['2021-12-01', 'BK_BT', '2020–2021', 'hn-2022'],
      ['2022-03-01', 'BK_TTG', '2017–2021', 'le-29-4'],
    ]);
  });
});

describe('presenting', () => {
  it('refuses lines decided after the ceremony or presented elsewhere, writing nothing', async () => {
    const reg = await registry();
    const err = await presentAwards(reg, 'hn-2022', { decisions: ['101/QĐ-TTg'] }).catch((e) => e);
    expect(err.issues).toEqual([{ where: 'award #9', message: 'already presented at le-29-4' }]);
    const early = await presentAwards(reg, 'le-29-4', { awards: [1] }).catch((e) => e);
    expect(early.issues).toEqual([{ where: 'award #1', message: 'already presented at hn-2022' }]);
  });
});

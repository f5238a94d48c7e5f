/**
 * What the language changes in a table, and what it does not: headers are catalogue messages read when
 * the table is shown, dates and counts are written for people in human formats and kept raw in machine
 * formats, and a short Vietnamese header is never broken between its syllables.
 */
import { describe, expect, it } from 'vitest';
import { msg, setLang } from '../../src/i18n/index.js';
import { column, type TableModel } from '../../src/render/model.js';
import { render, renderRecord } from '../../src/render/render.js';
import { renderTable } from '../../src/render/table.js';

interface Row {
  ref: string;
  date: string;
  at: string;
  n: number;
  year: number;
}

const H = {
  ref: msg('Ref', 'Mã'),
  date: msg('Date', 'Ngày'),
  at: msg('At', 'Thời điểm'),
  n: msg('Lines', 'Số dòng'),
  year: msg('Year', 'Năm'),
};

const columns = [
  column<Row>('ref', H.ref),
  column<Row>('date', H.date, { kind: 'date' }),
  column<Row>('at', H.at, { kind: 'time' }),
  column<Row>('n', H.n, { align: 'right', kind: 'count' }),
  column<Row>('year', H.year, { align: 'right' }),
];
const rows: Row[] = [{ ref: 'qd-1', date: '2022-01-17', at: '2026-03-01T08:05:09.000Z', n: 30000, year: 2021 }];
const model: TableModel<Row> = { columns, rows, footer: { ref: 'Σ', n: 1234567 } };

describe('the language of a table', () => {
  it('Vietnamese headers, dd/mm/yyyy dates and counts grouped with dots; years as they are', async () => {
    setLang('vi');
    expect(await render(model, { format: 'table', width: 80 })).toBe(
      [
        '┌──────┬────────────┬──────────────────┬───────────┬──────┐',
        '│ Mã   │ Ngày       │ Thời điểm        │   Số dòng │  Năm │',
        '├──────┼────────────┼──────────────────┼───────────┼──────┤',
        '│ qd-1 │ 17/01/2022 │ 01/03/2026 08:05 │    30.000 │ 2021 │',
        '├──────┼────────────┼──────────────────┼───────────┼──────┤',
        '│ Σ    │            │                  │ 1.234.567 │      │',
        '└──────┴────────────┴──────────────────┴───────────┴──────┘',
        '',
      ].join('\n'),
    );
    expect(await renderRecord(columns, rows[0], { format: 'table' })).toBe(
      ['Mã         qd-1', 'Ngày       17/01/2022', 'Thời điểm  01/03/2026 08:05', 'Số dòng    30.000', 'Năm        2021', ''].join('\n'),
    );
  });

  it('English headers, the same dd/mm/yyyy dates, counts grouped with commas', async () => {
    setLang('en');
    const text = await render(model, { format: 'md' });
    expect(text).toBe(
      ['| Ref | Date | At | Lines | Year |', '| --- | --- | --- | ---: | ---: |', '| qd-1 | 17/01/2022 | 01/03/2026 08:05 | 30,000 | 2021 |', '| Σ |  |  | 1,234,567 |  |', ''].join('\n'),
    );
  });

  it('machine formats keep column keys, ISO dates and raw numbers in either language', async () => {
    for (const lang of ['vi', 'en'] as const) {
      setLang(lang);
      expect(await render(model, { format: 'csv' })).toBe('ref,date,at,n,year\nqd-1,2022-01-17,2026-03-01T08:05:09.000Z,30000,2021\n');
      expect(JSON.parse(await render(model, { format: 'json' }))).toEqual([{ ref: 'qd-1', date: '2022-01-17', at: '2026-03-01T08:05:09.000Z', n: 30000, year: 2021 }]);
    }
  });

  it('a header is read when the table is shown, not when its column was made', () => {
    setLang('vi');
    expect(columns[0].header).toBe('Mã');
    setLang('en');
    expect(columns[0].header).toBe('Ref');
    expect({ ...columns[3] }).toMatchObject({ key: 'n', header: 'Lines', kind: 'count' });
  });

  it('a short header is never broken between syllables; a long one still wraps between words', () => {
    setLang('vi');
    const status = msg('Status', 'Trạng thái');
    const body = msg('Issued by', 'Cơ quan ban hành');
    const narrow: TableModel<{ s: string; b: string }> = {
      columns: [column('s', status), column('b', body)],
      rows: [{ s: 'active', b: 'UBND' }],
    };
    expect(renderTable(narrow, 24)).toBe(
      ['┌────────────┬──────┐', '│ Trạng thái │ Cơ   │', '│            │ quan │', '│            │ ban  │', '│            │ hành │', '├────────────┼──────┤', '│ active     │ UBND │', '└────────────┴──────┘', ''].join('\n'),
    );
  });
});

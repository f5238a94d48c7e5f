import { describe, expect, it } from 'vitest';
import type { TableModel } from '../../src/render/model.js';
import { cut, displayWidth, renderTable, wrap } from '../../src/render/table.js';

interface Row {
  ref: string;
  name: string;
  unit?: string;
  n: number;
}

const model = (rows: Row[], extra: Partial<TableModel<Row>> = {}): TableModel<Row> => ({
  columns: [
    { key: 'ref', header: 'Ref' },
    { key: 'name', header: 'Name' },
    { key: 'unit', header: 'Unit', maxWidth: 30, optional: true },
    { key: 'n', header: 'Awards', short: 'Aw.', align: 'right' },
  ],
  rows,
  ...extra,
});

const rows: Row[] = [
  { ref: 'nguyen-van-a', name: 'Nguyễn Văn A', unit: 'Phòng Giáo dục và Đào tạo quận Lê Chân', n: 3 },
  { ref: 'truong-thcs-tran-phu', name: 'Trường Trung học cơ sở Trần Phú quận Lê Chân', n: 12 },
];

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('terminal tables', () => {
  it('keep natural widths when they fit', () => {
    expect(renderTable(model(rows), 120)).toBe(
      [
        '┌──────────────────────┬──────────────────────────────────────────────┬────────────────────────────────┬────────┐',
        '│ Ref                  │ Name                                         │ Unit                           │ Awards │',
        '├──────────────────────┼──────────────────────────────────────────────┼────────────────────────────────┼────────┤',
        '│ nguyen-van-a         │ Nguyễn Văn A                                 │ Phòng Giáo dục và Đào tạo quậ… │      3 │',
        '│ truong-thcs-tran-phu │ Trường Trung học cơ sở Trần Phú quận Lê Chân │                                │     12 │',
        '└──────────────────────┴──────────────────────────────────────────────┴────────────────────────────────┴────────┘',
        '',
      ].join('\n'),
    );
  });

  it('on a narrow terminal leave out an optional column, wrap names inside their cell and keep references whole', () => {
    const text = renderTable(model(rows), 60);
    expect(text).toBe(
      [
        '┌──────────────────────┬─────────────────────────────┬─────┐',
        '│ Ref                  │ Name                        │ Aw. │',
        '├──────────────────────┼─────────────────────────────┼─────┤',
        '│ nguyen-van-a         │ Nguyễn Văn A                │   3 │',
        '│ truong-thcs-tran-phu │ Trường Trung học cơ sở Trần │  12 │',
        '│                      │ Phú quận Lê Chân            │     │',
        '└──────────────────────┴─────────────────────────────┴─────┘',
        '',
      ].join('\n'),
    );
    expect(widest(text)).toBeLessThanOrEqual(60);
  });

  it('show each row as a record when not even the narrowest columns fit', () => {
    expect(renderTable(model(rows, { title: 'Recipients of the Lê Chân district' }), 30)).toBe(
      [
        'Recipients of the Lê Chân',
        'district',
        'Ref     nguyen-van-a',
        'Name    Nguyễn Văn A',
        'Unit    Phòng Giáo dục và Đào',
        '        tạo quậ…',
        'Awards  3',
        '',
        'Ref     truong-thcs-tran-phu',
        'Name    Trường Trung học cơ sở',
        '        Trần Phú quận Lê Chân',
        'Awards  12',
        '',
      ].join('\n'),
    );
  });

  it('use the short header of a narrowed number column (names wrap before headers widen), and a closing row', () => {
    const text = renderTable(model(rows, { footer: { ref: 'Total', n: 15 } }), 52);
    expect(text.split('\n').slice(1, 2)).toEqual(['│ Ref                  │ Name                │ Aw. │']);
    expect(text).toContain('├──────────────────────┼─────────────────────┼─────┤\n│ Total                │                     │  15 │\n└');
    expect(widest(text)).toBe(52);
  });

  it('show control characters of registry text as visible escapes', () => {
    const text = renderTable(model([{ ref: 'x', name: 'Tên\u001b[2J\u202eđảo', n: 1 }]), 80);
    expect(text).toContain('│ Tên\\x1b[2J\\u202eđảo │');
    expect(text).not.toContain('\u001b');
  });

  it('put group headings across the table and wrap them', () => {
    const grouped: TableModel<Row> = { ...model(rows), groupTitle: (r) => (r.n > 5 ? 'Bằng khen của Chủ tịch UBND thành phố Hải Phòng' : 'Giấy khen') };
    const text = renderTable(grouped, 50);
    expect(text).toBe(
      [
        '┌──────────────────────┬───────────────────┬─────┐',
        '│ Ref                  │ Name              │ Aw. │',
        '├──────────────────────┴───────────────────┴─────┤',
        '│ Giấy khen                                      │',
        '│ nguyen-van-a         │ Nguyễn Văn A      │   3 │',
        '│                                                │',
        '│ Bằng khen của Chủ tịch UBND thành phố Hải      │',
        '│ Phòng                                          │',
        '│ truong-thcs-tran-phu │ Trường Trung học  │  12 │',
        '│                      │ cơ sở Trần Phú    │     │',
        '│                      │ quận Lê Chân      │     │',
        '└──────────────────────┴───────────────────┴─────┘',
        '',
      ].join('\n'),
    );
  });

  it('measure Vietnamese in either normal form, and wide characters, by the columns they take', () => {
    expect(displayWidth('Nguyễn')).toBe(6);
    expect(displayWidth('Nguyễn'.normalize('NFD'))).toBe(6);
    expect(displayWidth('漢字')).toBe(4);
    expect(cut('Phòng Giáo dục', 8)).toBe('Phòng G…');
    expect(wrap('Phòng Giáo dục và Đào tạo', 10)).toEqual(['Phòng Giáo', 'dục và Đào', 'tạo']);
    expect(wrap('ubnd-phuong-tran-nguyen-han', 10)).toEqual(['ubnd-phuon', 'g-tran-ngu', 'yen-han']);
  });

  it('render 30,000 rows in linear time, every line within 80 columns', () => {
    const many: Row[] = Array.from({ length: 30_000 }, (_, i) => ({
      ref: `nguyen-van-an-${i}`,
      name: i % 7 ? `Nguyễn Văn An ${i}` : `Trường Trung học cơ sở số ${i} quận Lê Chân thành phố Hải Phòng`,
      unit: 'Phòng Giáo dục và Đào tạo quận Lê Chân',
      n: i,
    }));
    const started = performance.now();
    const text = renderTable(model(many), 80);
    const ms = performance.now() - started;
    // cli-table3 took about 52 s for as many rows; a quadratic layout would show here even on a busy machine.
    expect(ms).toBeLessThan(6000);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toContain('│ nguyen-van-an-29999 │');
  });
});

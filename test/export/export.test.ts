import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventHash, eventHashFast } from '../../src/core/audit.js';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { auditProblems } from '../import/support.js';

async function emptyRegistry(): Promise<string> {
  const db = join(tempDir(), 'empty.sqlite');
  expect((await runCli(['init'], { db })).code).toBe(0);
  return db;
}

/** What a reader compares: the roster, the year's counts and every recipient's history. */
async function views(db: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  out.roster = JSON.parse((await runCli(['roster', 'le-chan-2022', '--json'], { db })).stdout);
  for (const y of ['2021', '2022']) out[`counts ${y}`] = (await runCli(['counts', '--year', y, '--format', 'tsv'], { db })).stdout;
  out.ceremony = (await runCli(['counts', 'le-chan-2022', '--format', 'tsv'], { db })).stdout;
  const awarded = JSON.parse((await runCli(['award', 'list', '--json'], { db })).stdout) as { recipient: string }[];
  for (const ref of [...new Set(awarded.map((a) => a.recipient))].sort()) {
    out[`history ${ref}`] = JSON.parse((await runCli(['history', ref, '--json'], { db })).stdout);
  }
  return out;
}

describe('round trip: export awards, import into an empty registry', () => {
  for (const ext of ['csv', 'tsv', 'xlsx', 'json', 'ndjson']) {
    it(`yields the same roster, counts and histories (${ext})`, async () => {
      const seed = await demoRegistryFile({ history: false });
      const file = join(tempDir(), `awards.${ext}`);
      const ex = await runCli(['export', 'awards', '-o', file], { db: seed });
      expect(ex.code).toBe(0);
      expect(ex.stderr).toBe(`Wrote 62 rows to ${file}\n`);
      const copy = await emptyRegistry();
      const im = await runCli(['import', file], { db: copy });
      // The chain rules' warnings (missing evidence: the seed records none), then the summary.
      const said = im.stderr.split('\n');
      expect(said.filter((l) => /^(missing evidence|warning): /.test(l)).length).toBeGreaterThan(0);
      expect(said.slice(-2)).toEqual([
        `Imported 62 award lines from ${file} (50 new and 0 existing recipients, 6 new and 0 existing decisions, 4 new and 0 existing bodies, 1 new and 0 existing ceremonies; 62 handed over at ceremonies).`,
        '',
      ]);
      expect(im.code).toBe(0);
      const expected = await views(seed);
      expect(Object.keys(expected).length).toBe(54);
      expect(await views(copy)).toEqual(expected);
      expect(await auditProblems(copy)).toEqual([]);
      // Exporting the copy gives the same file again.
      const again = join(tempDir(), `again.${ext}`);
      await runCli(['export', 'awards', '-o', again], { db: copy });
      if (ext !== 'xlsx') expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('importing the same export twice is refused: every line is already there', async () => {
    const seed = await demoRegistryFile({ history: false });
    const file = join(tempDir(), 'awards.csv');
    await runCli(['export', 'awards', '-o', file], { db: seed });
    const r = await runCli(['import', file], { db: seed });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`tdkt: ${file}: 62 of 62 rows cannot be imported; nothing was written`);
  });
});

describe('tdkt export', () => {
  it('says what it wrote in Vietnamese', async () => {
    const db = await demoRegistryFile({ history: false });
    const file = join(tempDir(), 'awards.csv');
    const r = await runCli(['export', 'awards', '-o', file], { db, env: { TDKT_LANG: 'vi' } });
    expect(r.stderr).toBe(`Đã ghi 62 dòng vào ${file}\n`);
    expect((await runCli(['export', 'awards', '--excel', '--format', 'tsv'], { db, env: { TDKT_LANG: 'vi' } })).stderr).toBe('tdkt: --excel chỉ dùng cho tệp CSV\nChạy với --help để xem cách dùng.\n');
  });

  it('--excel writes a BOM and CRLF; cells that a spreadsheet would run are neutralised', async () => {
    const db = await demoRegistryFile({ history: false });
    await runCli(['recipient', 'add', '=HYPERLINK("http://x","y")', '--kind', 'collective'], { db });
    const r = await runCli(['export', 'recipients', '--excel', '--kind', 'collective'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFref,kind,name,unit,unit_name,position,place,note\r\n')).toBe(true);
    expect(r.stdout).toContain('\r\nhyperlink-http-x-y,collective,"\'=HYPERLINK(""http://x"",""y"")",,,,,\r\n');
    expect(r.stdout.includes('\n') && !/[^\r]\n/.test(r.stdout)).toBe(true);
  });

  it('a CSV file on disk starts with a byte order mark, stdout does not; CSV and TSV quote and neutralise alike everywhere', async () => {
    const db = await demoRegistryFile({ history: false });
    await runCli(['recipient', 'add', '=HYPERLINK("http://x","y")', '--kind', 'collective'], { db });
    const file = join(tempDir(), 'recipients.csv');
    expect((await runCli(['export', 'recipients', '--kind', 'collective', '-o', file], { db })).code).toBe(0);
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk.startsWith('\uFEFFref,kind,name,')).toBe(true);
    const out = await runCli(['export', 'recipients', '--kind', 'collective'], { db });
    expect(out.stdout.startsWith('ref,kind,name,')).toBe(true);
    expect(onDisk.slice(1)).toBe(out.stdout);
    const listed = await runCli(['recipient', 'list', '--kind', 'collective', '--format', 'csv'], { db });
    expect(listed.stdout).toContain('hyperlink-http-x-y,collective,"\'=HYPERLINK(""http://x"",""y"")",,,,,\n');
    const tsvFile = join(tempDir(), 'recipients.tsv');
    await runCli(['export', 'recipients', '--kind', 'collective', '-o', tsvFile], { db });
    const tsvOut = await runCli(['export', 'recipients', '--kind', 'collective', '--format', 'tsv'], { db });
    expect(readFileSync(tsvFile, 'utf8')).toBe(tsvOut.stdout);
    expect(tsvOut.stdout).toContain('hyperlink-http-x-y\tcollective\t"\'=HYPERLINK(""http://x"",""y"")"\t\t\t\t\t\n');
  });

  it('text with quotes, tabs, line breaks and formula signs comes back from every format as it was', async () => {
    const db = await demoRegistryFile({ history: false });
    const odd = ['Phong trào "Dạy tốt, học tốt"', 'cột\tthứ hai', 'dòng một\ndòng hai', 'dòng một\r\ndòng hai', '=SUM(A1)', '- gạch đầu dòng', "'trích dẫn"];
    const lines = odd.map((achievement, i) =>
      JSON.stringify({ decision_number: '40/QĐ-UBND', decision_date: '2022-02-10', issuing_body: 'ubnd-le-chan', award_type: 'GK', recipient_kind: 'cá nhân', recipient_name: `Lạc Văn ${i + 1}`, achievement_period: '2021', achievement, line_no: String(i + 1) }),
    );
    const im = await runCli(['import', '-', '--format', 'ndjson', '--no-strict'], { db, stdin: lines.join('\n') + '\n' });
    expect(im.code).toBe(0);
    const want = JSON.parse((await runCli(['award', 'list', '--decision', '40/QĐ-UBND', '--json'], { db })).stdout).map((a: { achievement: string }) => a.achievement);
    // The registry keeps text on one line, with single spaces.
    expect(want).toEqual(['Phong trào "Dạy tốt, học tốt"', 'cột thứ hai', 'dòng một dòng hai', 'dòng một dòng hai', '=SUM(A1)', '- gạch đầu dòng', "'trích dẫn"]);
    for (const ext of ['csv', 'tsv', 'xlsx', 'json', 'ndjson']) {
      const file = join(tempDir(), `odd.${ext}`);
      expect((await runCli(['export', 'awards', '--decision', '40/QĐ-UBND', '-o', file], { db })).code).toBe(0);
      const copy = await emptyRegistry();
      const again = await runCli(['import', file, '--no-strict'], { db: copy });
      expect([ext, again.code]).toEqual([ext, 0]);
      const got = JSON.parse((await runCli(['award', 'list', '--json'], { db: copy })).stdout).map((a: { achievement: string }) => a.achievement);
      expect([ext, got]).toEqual([ext, want]);
    }
  });

  it('writes a real workbook: header row, widths, dates as dates, one sheet per roster section', async () => {
    const db = await demoRegistryFile({ history: false });
    const file = join(tempDir(), 'roster.xlsx');
    const r = await runCli(['export', 'roster', 'le-chan-2022', '-o', file], { db });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'CTDCP 1021-QĐ-TTg',
      'BK_TTG 1625-QĐ-TTg',
      'CTDBT 3986-QĐ-UBND',
      'TTLDXS 3987-QĐ-UBND',
      'BK_BT 4012-QĐ-UBND',
      'GK 05-QĐ-UBND',
    ]);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm 2022 — CTDCP 1021-QĐ-TTg');
    expect(ws.getRow(2).values).toEqual([undefined, 'no', 'Hình thức khen thưởng', 'award_type_name', 'level', 'body', 'body_name', 'decision', 'decision_symbol', 'Ngày quyết định', 'STT', 'award_id', 'recipient', 'Tên đối tượng', 'Loại đối tượng', 'unit_name', 'Chức vụ', 'period', 'Thành tích', 'Trạng thái']);
    expect(ws.getRow(2).font?.bold).toBe(true);
    expect(ws.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 2 })]);
    expect(ws.pageSetup).toEqual(expect.objectContaining({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }));
    expect(ws.getCell('I3').value).toEqual(new Date(Date.UTC(2021, 5, 22)));
    expect(ws.getCell('I3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A3').value).toBe(1);
    expect(ws.getColumn('M').width).toBe(40);
    expect(ws.rowCount).toBe(4);
    expect(wb.worksheets.reduce((n, w) => n + w.rowCount - 2, 0)).toBe(62);
  });

  it('the roster as JSON is the same contract as tdkt roster --json', async () => {
    const db = await demoRegistryFile({ history: false });
    const a = await runCli(['export', 'roster', 'le-chan-2022', '--format', 'json'], { db });
    const b = await runCli(['roster', 'le-chan-2022', '--json'], { db });
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });

  it('counts of a year, as TSV, NDJSON and CSV', async () => {
    const db = await demoRegistryFile({ history: false });
    const tsv = await runCli(['export', 'counts', '--year', '2021', '--format', 'tsv'], { db });
    expect(tsv.stdout).toBe((await runCli(['counts', '--year', '2021', '--format', 'tsv'], { db })).stdout);
    const nd = await runCli(['export', 'counts', '--year', '2021', '--level', 'government', '--format', 'ndjson'], { db });
    expect(nd.stdout).toBe(
      '{"award_type":"CTDCP","award_type_name":"Cờ thi đua của Chính phủ","level":"government","collectives":2,"individuals":0,"households":0,"total":2}\n' +
        '{"award_type":"BK_TTG","award_type_name":"Bằng khen của Thủ tướng Chính phủ","level":"government","collectives":1,"individuals":3,"households":0,"total":4}\n',
    );
    const none = await runCli(['export', 'counts', '--year', '1999', '--format', 'json'], { db });
    expect(none.stdout).toBe('[]\n');
    expect((await runCli(['export', 'counts'], { db })).code).toBe(2);
  });

  it('awards filtered like award list; the file appears only when complete', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['export', 'awards', '--type', 'CTDCP', '--format', 'csv'], { db });
    expect(r.stdout.split('\n').length).toBe(4);
    const bad = await runCli(['export', 'awards', '--excel', '--format', 'json'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tdkt: --excel is for CSV files\nRun with --help for usage.\n');
  });
});

describe('import template', () => {
  it('csv: the usual columns under Vietnamese headers, for Excel', async () => {
    const r = await runCli(['import', '--template', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '\uFEFFSTT,Số quyết định,Ngày quyết định,Cơ quan ban hành,Hình thức khen thưởng,Loại đối tượng,Tên đối tượng,Đơn vị,Chức vụ,Thời gian đạt thành tích,Thành tích,Loại hình khen thưởng,Buổi lễ\r\n',
    );
  });

  it('xlsx: a sheet to fill in and one describing every column; a filled template imports', async () => {
    const file = join(tempDir(), 'template.xlsx');
    const r = await runCli(['import', '--template', 'xlsx', '-o', file]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách khen thưởng', 'Hướng dẫn (columns)']);
    expect(wb.worksheets[1].rowCount).toBe(39);
    const ws = wb.worksheets[0];
    ws.addRow([1, '40/QĐ-UBND', '15/02/2022', 'UBND quận Lê Chân', 'Giấy khen', 'cá nhân', 'Cao Văn Mẫu', 'Phòng Nội vụ quận Lê Chân', 'Chuyên viên', 2021, 'Hoàn thành xuất sắc nhiệm vụ', '', '']);
    await wb.xlsx.writeFile(file);
    const db = await demoRegistryFile({ history: false });
    const im = await runCli(['import', file], { db });
    expect(im.code).toBe(0);
    expect(im.stdout.split('\n')[1]).toBe('awards\t1\t0');
  });
});

describe('audit fast path', () => {
  it('eventHashFast hashes exactly as eventHash', () => {
    const e = {
      at: '2026-03-01T08:00:00.000Z',
      actor: 'tester "quoted"',
      command: 'import',
      action: 'create',
      entity: 'award',
      entity_id: 12,
      entity_ref: '#12',
      before: null,
      after: '{"achievement":"Đã hoàn thành\\n xuất sắc","id":12}',
    };
    expect(eventHashFast('ab'.repeat(32), e)).toBe(eventHash('ab'.repeat(32), e));
  });
});

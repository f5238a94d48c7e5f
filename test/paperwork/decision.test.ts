import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadFixture, type Fixture } from '../../src/core/fixture.js';
import { dateWords, placeDateLine } from '../../src/core/paperwork/text.js';
import { demoRegistryFile, runCli, tempDir, tempRegistry } from '../helpers.js';
import { paragraphs, unzip } from './zip.js';

describe('the date line of Decree 30', () => {
  test('pads the day below 10 and the months 1 and 2 only', () => {
    expect(dateWords('2025-02-05')).toBe('ngày 05 tháng 02 năm 2025');
    expect(dateWords('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(dateWords('2022-01-10')).toBe('ngày 10 tháng 01 năm 2022');
    expect(dateWords('2021-12-01')).toBe('ngày 01 tháng 12 năm 2021');
    expect(placeDateLine('Lê Chân', '2022-01-10')).toBe('Lê Chân, ngày 10 tháng 01 năm 2022');
    expect(placeDateLine(null, '2019-06-29')).toBe('Ngày 29 tháng 6 năm 2019');
  });
});

const headersOf = (parts: Map<string, string>) => [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => parts.get(k)!);

describe('tdkt decision print', () => {
  let db: string;
  let xml: string;
  let parts: Map<string, string>;
  let printed: { code: number; stderr: string };
  beforeAll(async () => {
    db = await demoRegistryFile({ forFile: true, history: false });
    const out = join(tempDir({ forFile: true }), 'QD-05.docx');
    printed = await runCli(['decision', 'print', '05/QĐ-UBND', '-o', out], { db });
    parts = unzip(out);
    xml = parts.get('word/document.xml')!;
  });

  test('writes the decision and says what is missing', () => {
    expect(printed.code).toBe(0);
    expect(printed.stderr).toMatch(/^warning: Decision 05\/QĐ-UBND has no signer's name: the signature block leaves it blank\. Set it with tdkt decision edit ubnd-le-chan-2022-5 --signer "…", or for every decision of the body with tdkt body setting set <body> signer\.name "…"\.\nWrote decision 05\/QĐ-UBND with 18 annex lines to .*QD-05\.docx\n$/);
  });

  test('A4 portrait with the decree margins, in two sections numbered from page 2 on their own', () => {
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(s).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(s).toContain('<w:titlePg/>');
    }
    const headers = headersOf(parts);
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(2);
    expect(headers.filter((h) => h.includes('PAGE')).every((h) => h.includes('<w:jc w:val="center"/>'))).toBe(true);
  });

  test('Times New Roman throughout, body text at 14 pt and nothing outside 11–14 pt', () => {
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/);
    expect(xml).not.toContain('<w:rFonts');
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    expect([...sizes].filter((s) => s > 2).sort()).toEqual([11, 12, 13]);
    expect(headersOf(parts).every((h) => h.includes('<w:sz w:val="26"/>') || !h.includes('PAGE'))).toBe(true);
  });

  test('every paragraph of the decision, in order', () => {
    const p = paragraphs(xml);
    const end = p.indexOf('DANH SÁCH');
    expect(p.slice(0, end).filter(Boolean)).toEqual([
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'ỦY BAN NHÂN DÂN',
      'QUẬN LÊ CHÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/QĐ-UBND',
      'Lê Chân, ngày 10 tháng 01 năm 2022',
      'QUYẾT ĐỊNH',
      'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2021',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN LÊ CHÂN',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Theo đề nghị của Trưởng phòng Nội vụ.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen cho 06 tập thể và 12 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua năm 2021.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Điều 3. Chánh Văn phòng, Thủ trưởng cơ quan làm công tác thi đua, khen thưởng, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
    ]);
  });

  test('the heading: bold issuer and national title, italic date line', () => {
    const run = (text: string) => new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">${text}</w:t>`).exec(xml)?.[1] ?? '';
    expect(run('QUẬN LÊ CHÂN')).toContain('<w:b/>');
    expect(run('UBND THÀNH PHỐ HẢI PHÒNG')).not.toContain('<w:b/>');
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(run('Lê Chân, ngày 10 tháng 01 năm 2022')).toContain('<w:i/>');
    expect(run('Số: 05/QĐ-UBND')).not.toContain('<w:i/>');
    expect(run('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(run('CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN LÊ CHÂN')).toBe('<w:b/><w:bCs/>');
  });

  test('the annex: its title, the groups in order, every line once in annex order, the header row repeated', () => {
    const p = paragraphs(xml);
    const annex = p.slice(p.indexOf('DANH SÁCH')).filter(Boolean);
    expect(annex.slice(0, 6)).toEqual([
      'DANH SÁCH',
      'TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN',
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 10 tháng 01 năm 2022 của Chủ tịch UBND quận Lê Chân)',
      'STT',
      'Tên tập thể, họ và tên cá nhân',
      'Chức vụ, đơn vị',
    ]);
    const names = ['UBND phường Lam Sơn', 'UBND phường An Dương', 'UBND phường Trần Nguyên Hãn', 'UBND phường Trại Cau', 'Trường THCS Ngô Quyền', 'Trung tâm Y tế quận Lê Chân',
      'Đinh Văn Q', 'Mai Thị R', 'Phan Văn S', 'Trịnh Thị T', 'Đoàn Văn U', 'Hồ Thị V', 'Tạ Văn X', 'Lương Thị Y', 'Nguyễn Thị Z', 'Phạm Thị D', 'Đặng Văn H', 'Bùi Thị K'];
    const rows = annex.slice(6);
    expect(rows.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. TẬP THỂ', 'II. CÁ NHÂN']);
    expect(rows.indexOf('I. TẬP THỂ')).toBe(0);
    expect(rows.indexOf('II. CÁ NHÂN')).toBe(1 + 6 * 2);
    expect(rows.filter((t) => names.includes(t))).toEqual(names);
    for (const n of names) expect(p.filter((t) => t === n)).toHaveLength(1);
    expect(rows.slice(14, 17)).toEqual(['1', 'Đinh Văn Q', 'Trợ lý, Ban Chỉ huy Quân sự quận Lê Chân']);
    expect(rows.slice(-3)).toEqual(['12', 'Bùi Thị K', 'Giáo viên, Trường Tiểu học Lê Văn Tám']);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  test('what the body sets is printed: recipients, archive, signer, font size, proposal; each change audited', async () => {
    const copy = await demoRegistryFile({ history: false });
    const run = (...a: string[]) => runCli(a, { db: copy });
    for (const a of [
      ['recipients', 'Như Điều 3', 'TT Quận ủy, TT HĐND quận'],
      ['archive', 'VT, NV'],
      ['signer.name', 'Nguyễn Văn Thành'],
      ['font.size', '13'],
      ['grounds.own', 'Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 3 năm 2019 của UBND quận ban hành Quy chế thi đua, khen thưởng'],
    ]) expect((await run('body', 'setting', 'set', 'ubnd-le-chan', ...a)).code).toBe(0);
    const out = join(tempDir(), 'QD.docx');
    const r = await run('decision', 'print', 'ubnd-le-chan-2022-5', '-o', out, '--proposal', 'Tờ trình số 03/TTr-NV ngày 05 tháng 01 năm 2022');
    expect(r).toMatchObject({ code: 0, stderr: `Wrote decision 05/QĐ-UBND with 18 annex lines to ${out}\n` });
    const p = paragraphs(unzip(out).get('word/document.xml')!).filter(Boolean);
    expect(p.slice(p.indexOf('Nơi nhận:'), p.indexOf('DANH SÁCH'))).toEqual(['Nơi nhận:', '- Như Điều 3;', '- TT Quận ủy, TT HĐND quận;', '- Lưu: VT, NV.', 'CHỦ TỊCH', 'Nguyễn Văn Thành']);
    expect(p.slice(p.indexOf('QUYẾT ĐỊNH:') - 3, p.indexOf('QUYẾT ĐỊNH:'))).toEqual([
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 3 năm 2019 của UBND quận ban hành Quy chế thi đua, khen thưởng;',
      'Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 03/TTr-NV ngày 05 tháng 01 năm 2022.',
    ]);
    expect(unzip(out).get('word/styles.xml')).toContain('<w:sz w:val="26"/>');
    const log = await run('audit', 'log', '--entity', 'body_setting', '--format', 'tsv');
    expect(log.stdout.split('\n').filter((l) => l.includes('ubnd-le-chan:'))).toHaveLength(5);
    const listed = await run('body', 'setting', 'list', 'ubnd-le-chan', '--json');
    const rows = JSON.parse(listed.stdout) as { key: string; value: unknown; set: boolean }[];
    expect(rows.find((x) => x.key === 'archive')).toMatchObject({ value: 'VT, NV', set: true });
    expect(rows.find((x) => x.key === 'heading.governing')).toMatchObject({ value: 'UBND THÀNH PHỐ HẢI PHÒNG', set: false });
  });

  test('bad input: a clear error, and no file written', async () => {
    const dir = tempDir();
    const pdf = await runCli(['decision', 'print', '05/QĐ-UBND', '-o', join(dir, 'QD.pdf')], { db });
    expect(pdf).toMatchObject({ code: 2, stdout: '' });
    expect(pdf.stderr).toContain('decision print writes a Word document: name the file .docx, e.g. -o QD-05.docx');
    const missing = await runCli(['decision', 'print', '99/QĐ-UBND', '-o', join(dir, 'QD.docx')], { db });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No decision matches "99/QĐ-UBND"');
    const size = await runCli(['body', 'setting', 'set', 'ubnd-le-chan', 'font.size', '12'], { db });
    expect(size.stderr).toContain('Cannot set font.size: "12" is not 13 or 14');
    const key = await runCli(['body', 'setting', 'set', 'ubnd-le-chan', 'font.colour', 'red'], { db });
    expect(key.stderr).toContain('No body setting "font.colour"');
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'QD.docx'))).toBe(false);
  });
});

describe('a decision of several award types', () => {
  test('one annex per type, Phụ lục I, II, each a section numbered on its own; Điều 1 names each', async () => {
    const reg = await tempRegistry();
    await loadFixture(reg, {
      bodies: [{ ref: 'ubnd-x', name: 'UBND huyện Thử', level: 'district', abbr: 'UBND', place: 'Thử' }],
      recipients: [
        { ref: 'a', kind: 'individual', name: 'Nguyễn Văn An', position: 'Chuyên viên' },
        { ref: 'b', kind: 'individual', name: 'Lê Thị Bình' },
        { ref: 'h', kind: 'household', name: 'Hộ ông Trần Văn Hải' },
      ],
      decisions: [
        {
          number: '12/QĐ-UBND',
          date: '2019-06-29',
          body: 'ubnd-x',
          signer_capacity: 'CHỦ TỊCH',
          signer_name: 'Trần Văn B',
          lines: [
            { line: 1, recipient: 'a', award_type: 'LDTT', period: '2018', achievement: 'Hoàn thành tốt nhiệm vụ năm 2018' },
            { line: 2, recipient: 'b', award_type: 'GK', period: '2018', achievement: 'Đã có thành tích xuất sắc năm 2018' },
            { line: 3, recipient: 'h', award_type: 'GK', period: '2018', achievement: 'Đã có thành tích xuất sắc năm 2018' },
          ],
        },
      ],
    });
    const db = reg.path;
    await reg.close();
    const out = join(tempDir(), 'QD-12.docx');
    expect((await runCli(['decision', 'print', '12/QĐ-UBND', '-o', out], { db })).code).toBe(0);
    const xml = unzip(out).get('word/document.xml')!;
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
    const p = paragraphs(xml).filter(Boolean);
    expect(p).toContain('Thử, ngày 29 tháng 6 năm 2019');
    expect(p).toContain(
      'Điều 1. Công nhận danh hiệu "Lao động tiên tiến" cho 01 cá nhân (có danh sách tại Phụ lục I kèm theo). Tặng Giấy khen cho 01 cá nhân và 01 hộ gia đình (có danh sách tại Phụ lục II kèm theo) đã có thành tích xuất sắc năm 2018.',
    );
    const annexes = p.slice(p.indexOf('Phụ lục I'));
    expect(annexes.slice(0, 4)).toEqual(['Phụ lục I', 'DANH SÁCH', 'CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"', '(Kèm theo Quyết định số 12/QĐ-UBND ngày 29 tháng 6 năm 2019 của Chủ tịch UBND huyện Thử)']);
    const second = annexes.indexOf('Phụ lục II');
    expect(annexes.slice(second, second + 3)).toEqual(['Phụ lục II', 'DANH SÁCH', 'CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC TẶNG GIẤY KHEN']);
    expect(annexes.slice(second).filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. CÁ NHÂN', 'II. HỘ GIA ĐÌNH']);
  });
});

describe('a decision of 1,000 lines', () => {
  test('prints in a few seconds, every line once, grouped I. TẬP THỂ / II. CÁ NHÂN / III. HỘ GIA ĐÌNH', async () => {
    const reg = await tempRegistry();
    const kinds = (i: number) => (i % 10 === 0 ? 'collective' : i % 25 === 1 ? 'household' : 'individual');
    const fixture: Fixture = {
      bodies: [{ ref: 'ubnd-x', name: 'UBND huyện Thử', level: 'district', abbr: 'UBND', place: 'Thử' }],
      recipients: Array.from({ length: 1000 }, (_, i) => ({ ref: `r${i + 1}`, kind: kinds(i + 1) as 'individual', name: `Người nhận ${String(i + 1).padStart(4, '0')}`, ...(kinds(i + 1) === 'individual' ? { position: 'Chuyên viên' } : {}) })),
      decisions: [
        {
          number: '215/QĐ-UBND',
          date: '2025-02-05',
          body: 'ubnd-x',
          signer_capacity: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
          signer_name: 'Trần Văn B',
          summary: 'Tặng Giấy khen cho các tập thể, cá nhân, hộ gia đình',
          lines: Array.from({ length: 1000 }, (_, i) => ({ line: 1000 - i, recipient: `r${i + 1}`, award_type: 'GK', period: '2024', achievement: `Thành tích số ${i + 1}` })),
        },
      ],
    };
    await loadFixture(reg, fixture);
    const db = reg.path;
    await reg.close();
    const out = join(tempDir(), 'big.docx');
    const started = performance.now();
    const r = await runCli(['decision', 'print', '215/QĐ-UBND', '-o', out], { db });
    const ms = performance.now() - started;
    expect(r).toMatchObject({ code: 0, stderr: `Wrote decision 215/QĐ-UBND with 1,000 annex lines to ${out}\n` });
    expect(ms).toBeLessThan(15_000);
    const p = paragraphs(unzip(out).get('word/document.xml')!).filter(Boolean);
    expect(p).toContain('Thử, ngày 05 tháng 02 năm 2025');
    expect(p).toContain('Điều 1. Tặng Giấy khen cho 100 tập thể, 860 cá nhân và 40 hộ gia đình (có danh sách kèm theo).');
    expect(p.slice(p.indexOf('Nơi nhận:') + 3, p.indexOf('DANH SÁCH'))).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn B']);
    expect(p.filter((t) => /^[IV]+\. /.test(t))).toEqual(['I. TẬP THỂ', 'II. CÁ NHÂN', 'III. HỘ GIA ĐÌNH']);
    const names = p.filter((t) => t.startsWith('Người nhận '));
    expect(new Set(names).size).toBe(1000);
    expect(names).toHaveLength(1000);
    // Annex order is the STT: line 1000 - i holds recipient i + 1, so each group runs from the highest recipient number down.
    expect(names.slice(0, 2)).toEqual(['Người nhận 1000', 'Người nhận 0990']);
    expect(p).toContain('Thành tích');
    expect(p).toContain('Tên tập thể, hộ gia đình, họ và tên cá nhân');
  }, 60_000);
});

/**
 * Paperwork in Vietnamese (TDKT_LANG=vi): what tdkt says to the clerk about the documents is in the run's
 * language; the documents themselves are Vietnamese by law, whatever the language.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { unzip } from './zip.js';

const vi = { TDKT_LANG: 'vi', NO_COLOR: '1' };

describe('paperwork in Vietnamese', () => {
  let db: string;
  beforeAll(async () => {
    db = await demoRegistryFile({ forFile: true, history: false });
    const d = await runCli(['decision', 'add', '25/QĐ-UBND', '--date', '10/01/2022', '--body', 'ubnd-le-chan', '--capacity', 'CHỦ TỊCH'], { db });
    expect(d.code).toBe(0);
  });

  it('a decision without lines cannot be printed: the error and the way out', async () => {
    const r = await runCli(['decision', 'print', '25/QĐ-UBND', '-o', join(tempDir(), 'QD-25.docx')], { db, env: vi });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'tdkt: Quyết định 25/QĐ-UBND chưa có dòng khen thưởng nào: không có phụ lục để in\n' +
        'gợi ý: Hãy thêm các dòng khen thưởng trước: tdkt award add --decision ubnd-le-chan-2022-25 …\n',
    );
  });

  it('a body setting out of range, and a form the registry cannot fill', async () => {
    const size = await runCli(['body', 'setting', 'set', 'ubnd-le-chan', 'font.size', '12'], { db, env: vi });
    expect(size.code).toBe(1);
    expect(size.stderr).toBe(
      'tdkt: Không đặt được font.size: "12" không phải 13 hoặc 14 (Nghị định 30 quy định cỡ chữ phần nội dung 13–14)\n' +
        'gợi ý: ví dụ tdkt body setting set <body> font.size 14\n',
    );
    const form = await runCli(['stats', '0601', '--year', '2021'], { db, env: vi });
    expect(form.code).toBe(1);
    expect(form.stderr).toBe(
      'tdkt: Biểu 0601.N thống kê phong trào thi đua, là nội dung sổ này không ghi\n' +
        'gợi ý: Sổ lập được biểu 0602.N (khen thưởng cấp Nhà nước) và 0603.N (khen thưởng cấp bộ, ngành, tỉnh).\n',
    );
    const certificates = await runCli(['export', 'certificates', 'khong-co', '-o', join(tempDir(), 'phoi.xlsx')], { db, env: vi });
    expect(certificates.code).toBe(1);
    expect(certificates.stderr).toBe('tdkt: Không có quyết định hay buổi lễ nào khớp với "khong-co"\ngợi ý: Xem danh sách bằng: tdkt decision list, tdkt ceremony list\n');
  });

  it('what each body setting sets is said in Vietnamese', async () => {
    const r = await runCli(['body', 'setting', 'list', 'ubnd-le-chan', '--format', 'tsv'], { db, env: vi });
    expect(r.code).toBe(0);
    const about = new Map(r.stdout.trim().split('\n').slice(1).map((l) => [l.split('\t')[0], l.split('\t').at(-1)]));
    expect(about.get('heading.governing')).toBe('cơ quan chủ quản in phía trên cơ quan ban hành ở phần đầu văn bản (để trống: không in)');
    expect(about.get('font.size')).toBe('cỡ chữ phần nội dung, tính bằng point: 13 hoặc 14');
  });

  it("the decision's text is Vietnamese in either language; only the warning to the clerk follows the language", async () => {
    const dir = tempDir();
    const inVi = await runCli(['decision', 'print', '05/QĐ-UBND', '-o', join(dir, 'vi.docx')], { db, env: vi });
    const inEn = await runCli(['decision', 'print', '05/QĐ-UBND', '-o', join(dir, 'en.docx')], { db, env: { TDKT_LANG: 'en' } });
    expect([inVi.code, inEn.code]).toEqual([0, 0]);
    expect(inVi.stderr).toContain(
      'Quyết định 05/QĐ-UBND chưa ghi họ tên người ký: phần chữ ký sẽ để trống họ tên. Ghi bằng tdkt decision edit ubnd-le-chan-2022-5 --signer "…", hoặc cho mọi quyết định của cơ quan bằng tdkt body setting set <body> signer.name "…".',
    );
    expect(inEn.stderr).toContain("Decision 05/QĐ-UBND has no signer's name");
    const document = (f: string) => unzip(join(dir, f)).get('word/document.xml');
    expect(document('vi.docx')).toContain('QUYẾT ĐỊNH');
    expect(document('vi.docx')).toBe(document('en.docx'));
  });
});

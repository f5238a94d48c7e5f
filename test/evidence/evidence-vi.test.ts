/** tdkt evidence in Vietnamese: what each write says, the help of its groups, an empty listing. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../src/core/fixture.js';
import { runCli, tempRegistry } from '../helpers.js';

const vi = { TDKT_LANG: 'vi' };

async function registry(): Promise<string> {
  const reg = await tempRegistry();
  await loadFixture(reg, {
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
  });
  const path = reg.path;
  await reg.close();
  return path;
}

describe('tdkt evidence in Vietnamese', () => {
  it('says what each write recorded, replaced or left as it was', async () => {
    const db = await registry();
    const said = async (...argv: string[]) => (await runCli(['evidence', ...argv], { db, env: vi })).stderr;
    expect(await said('rating', 'set', 'nguyen-van-an', '--year', '2024', '--rating', 'good')).toBe(
      'Đã ghi xếp loại của Nguyễn Văn An năm 2024: hoàn thành tốt nhiệm vụ (good)\n',
    );
    expect(await said('rating', 'set', 'nguyen-van-an', '--year', '2024', '--rating', 'excellent')).toBe(
      'Đã thay xếp loại của Nguyễn Văn An năm 2024: hoàn thành xuất sắc nhiệm vụ (excellent)\n',
    );
    expect(await said('rating', 'set', 'nguyen-van-an', '--year', '2024', '--rating', 'excellent')).toBe(
      'Không thay đổi: xếp loại của Nguyễn Văn An năm 2024: hoàn thành xuất sắc nhiệm vụ (excellent)\n',
    );
    expect(await said('discipline', 'add', 'tran-thi-binh', '--form', 'cảnh cáo', '--date', '20/08/2024')).toBe(
      'Đã ghi kỷ luật #1: cảnh cáo (caution) đối với Trần Thị Bình năm 2024\n',
    );
    expect(await said('initiative', 'add', 'nguyen-van-an', '--year', '2024', '--title', 'Số hóa hồ sơ thi đua', '--level', 'tinh')).toBe(
      'Đã ghi sáng kiến #1 của Nguyễn Văn An năm 2024 (cấp bộ, ban, ngành, tỉnh): Số hóa hồ sơ thi đua\n',
    );
    // A share with a decimal is written with a comma.
    expect(await said('members', 'set', 'phong noi vu', '--year', '2024', '--count', '3')).toBe(
      'Đã ghi số thành viên của Phòng Nội vụ quận Lê Chân năm 2024: 3 (LDTT 66,7%)\n',
    );
  });

  it('an empty listing and a record with nothing in it', async () => {
    const db = await registry();
    const shown = async (...argv: string[]) => (await runCli(['--no-color', 'evidence', ...argv], { db, env: vi, tty: true })).stdout;
    expect(await shown('discipline', 'list')).toBe('Chưa ghi kỷ luật nào.\n');
    expect(await shown('initiative', 'list')).toBe('Chưa ghi sáng kiến nào.\n');
    expect(await shown('members', 'list')).toBe('Chưa ghi số thành viên nào.\n');
    expect(await shown('rating', 'list', '--year', '2020')).toBe('Không có xếp loại nào phù hợp.\n');
  });

  it('the help of the groups', async () => {
    const r = await runCli(['evidence', '--help'], { env: vi });
    expect(r.stdout).toContain('  rating                      xếp loại, mỗi đối tượng một kết quả mỗi năm\n');
    expect(r.stdout).toContain('  discipline                  kỷ luật: khiển trách, cảnh cáo, …\n');
  });
});

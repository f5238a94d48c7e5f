/** The audit trail's record names and the checks on where a file may be written, in Vietnamese (TDKT_LANG=vi). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputPath } from '../../src/core/trust/output.js';
import { setLang } from '../../src/i18n/index.js';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';

describe('trust in Vietnamese', () => {
  it('a record the audit trail cannot find: the error and how to name one', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['audit', 'log', '--record', 'khong-co-gi'], { db, env: { TDKT_LANG: 'vi' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'tdkt: Không có bản ghi nào khớp với "khong-co-gi"\n' +
        'gợi ý: Ghi theo dạng #12 (một dòng khen thưởng), recipient:<mã>, body:<mã>, decision:<số quyết định>, award-type:<mã> hoặc ceremony:<mã>.\n',
    );
  });

  it('a file that exists, and a folder that does not', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'co-roi.csv'), 'x');
    setLang('vi');
    try {
      expect(() => checkOutputPath(join(dir, 'co-roi.csv'), { shown: 'co-roi.csv' })).toThrow('co-roi.csv đã tồn tại');
      expect(() => checkOutputPath(join(dir, 'khong', 'a.csv'), { shown: 'khong/a.csv' })).toThrow('Thư mục khong không tồn tại');
    } finally {
      setLang('en');
    }
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';

describe('tdkt basics', () => {
  it('--help prints usage and creates no registry', async () => {
    const dir = tempDir();
    const db = join(dir, 'never.sqlite');
    const r = await runCli(['--help'], { db, env: { XDG_DATA_HOME: dir } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: tdkt [options] [command]');
    expect(existsSync(db)).toBe(false);
  });

  it('an unknown command is a usage error (exit 2) that opens nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'never.sqlite');
    const r = await runCli(['frobnicate'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tdkt: error: unknown command 'frobnicate'");
    expect(existsSync(db)).toBe(false);
  });

  it('counts a ceremony as TSV when piped', async () => {
    const db = await demoRegistryFile();
    const r = await runCli(['counts', 'le-chan-2022'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'award_type\taward_type_name\tlevel\tcollectives\tindividuals\thouseholds\ttotal',
        'CTDCP\tCờ thi đua của Chính phủ\tgovernment\t2\t0\t0\t2',
        'BK_TTG\tBằng khen của Thủ tướng Chính phủ\tgovernment\t1\t3\t0\t4',
        'CTDBT\tCờ thi đua của Bộ, ban, ngành, tỉnh\tprovince\t5\t0\t0\t5',
        'TTLDXS\tTập thể lao động xuất sắc\tprovince\t14\t0\t0\t14',
        'BK_BT\tBằng khen của Bộ, ban, ngành, tỉnh\tprovince\t10\t9\t0\t19',
        'GK\tGiấy khen\tdistrict\t6\t12\t0\t18',
        '',
      ].join('\n'),
    );
  });
});

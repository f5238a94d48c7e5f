import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildDemo, DEMO_CEREMONY, seedFixture } from '../../src/core/demo.js';
import { countAwards, totalOf } from '../../src/core/report/counts.js';
import { resolveCeremony } from '../../src/core/resolve.js';
import { fixedClock, tempDir } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';

describe('the seed ceremony', () => {
  it('reproduces the counts of the article exactly', async () => {
    const reg = await buildDemo(registryTarget(join(tempDir(), 'demo.sqlite')), { clock: fixedClock });
    const c = await resolveCeremony(reg.db, DEMO_CEREMONY);
    const rows = await countAwards(reg.db, { ceremonyId: c.id });
    expect(rows.map((r) => [r.award_type, r.level, r.collectives, r.individuals, r.households])).toEqual([
      ['CTDCP', 'government', 2, 0, 0],
      ['BK_TTG', 'government', 1, 3, 0],
      ['CTDBT', 'province', 5, 0, 0],
      ['TTLDXS', 'province', 14, 0, 0],
      ['BK_BT', 'province', 10, 9, 0],
      ['GK', 'district', 6, 12, 0],
    ]);
    const expected = (seedFixture as unknown as { expected_counts: Record<string, { collectives: number; individuals: number }> }).expected_counts;
    for (const r of rows) expect({ collectives: r.collectives, individuals: r.individuals }).toEqual(expected[r.award_type]);
    expect(totalOf(rows)).toEqual({ collectives: 38, individuals: 24, households: 0, total: 62 });
    await reg.close();
  });
});

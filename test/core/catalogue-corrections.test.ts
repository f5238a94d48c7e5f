import { describe, expect, it } from 'vitest';
import { correctCatalogue } from '../../src/core/award-type/catalogue.js';
import { editAwardType } from '../../src/core/award-type/service.js';
import { runCli, tempRegistry } from '../helpers.js';

describe('catalogue corrections for registries made before the two-tier reform', () => {
  it('correct the levels a registry was installed with, audited, and leave a clerk\'s own edit alone', async () => {
    const reg = await tempRegistry();
    // As a registry of schema 5 held them: CSTDCS as installed then, GK edited by the office.
    await editAwardType(reg, 'CSTDCS', { levels: 'district,unit' });
    await editAwardType(reg, 'GK', { levels: 'district,unit' });
    await reg.write((trx, audit) => correctCatalogue(trx, audit, 5, reg.now()));
    const levels = async (code: string) => (await reg.db.selectFrom('award_type').select('levels').where('code', '=', code).executeTakeFirstOrThrow()).levels;
    expect(await levels('CSTDCS')).toBe('department,district@..2025-06-30,commune@2025-07-01..,unit');
    expect(await levels('GK')).toBe('district,unit');
    const path = reg.path;
    await reg.close();
    const log = await runCli(['audit', 'log', '--entity', 'award_type', '--format', 'tsv'], { db: path });
    expect(log.stdout.split('\n').filter((l) => l.includes('\tupdate\t')).length).toBe(3);
    expect((await runCli(['audit', 'verify'], { db: path })).code).toBe(0);
  });

  it('are not applied again to a registry already at schema 6', async () => {
    const reg = await tempRegistry();
    await editAwardType(reg, 'CSTDCS', { levels: 'district,unit' });
    await reg.write((trx, audit) => correctCatalogue(trx, audit, 6, reg.now()));
    expect((await reg.db.selectFrom('award_type').select('levels').where('code', '=', 'CSTDCS').executeTakeFirstOrThrow()).levels).toBe('district,unit');
    await reg.close();
  });
});

import { describe, expect, it } from 'vitest';
import { conferrableTypes } from '../../src/core/award-type/queries.js';
import { loadFixture } from '../../src/core/fixture.js';
import { listRecipients } from '../../src/core/recipient/queries.js';
import { searchRegistry } from '../../src/core/search.js';
import { tempRegistry } from '../helpers.js';

describe('search ranks by closeness', () => {
  it('puts the exact name first, then names starting with it, then other matches, among many alike', async () => {
    const reg = await tempRegistry();
    const alike = ['Nguyễn Thị An', 'Nguyễn Văn Anh', 'Nguyễn Văn Ánh', 'Nguyễn Văn Bình An', 'Nguyễn Văn Hải An', 'Trần Nguyễn Văn An', 'Nguyễn Văn Toàn', 'Nguyễn Văn Thanh', 'Nguyễn Văn Hoan'];
    const recipients = [
      ...Array.from({ length: 300 }, (_, i) => ({ ref: `x-${i}`, kind: 'individual', name: `${alike[i % alike.length]} ${i}` })),
      { ref: 'nguyen-van-an-2', kind: 'individual', name: 'Nguyễn Văn An' },
      { ref: 'nguyen-van-an-khang', kind: 'individual', name: 'Nguyễn Văn An Khang' },
      { ref: 'nguyen-van-an-1', kind: 'individual', name: 'Nguyễn Văn An' },
    ];
    await loadFixture(reg, { recipients });
    const listed = await listRecipients(reg.db, { text: 'nguyen van an', limit: 5 });
    expect(listed.map((r) => r.ref)).toEqual(['nguyen-van-an-1', 'nguyen-van-an-2', 'nguyen-van-an-khang', 'x-1', 'x-10']);
    const hits = await searchRegistry(reg.db, 'Nguyễn Văn An', 4);
    // Equal names in the order they were recorded.
    expect(hits.map((h) => h.ref)).toEqual(['nguyen-van-an-2', 'nguyen-van-an-1', 'nguyen-van-an-khang', 'x-1']);
    await reg.close();
  });
});

describe('conferrableTypes', () => {
  it('lists what a body of a level may confer to a kind on a date, highest first', async () => {
    const reg = await tempRegistry();
    const codes = async (f: { level: string; date: string; kind: string }) => (await conferrableTypes(reg.db, f)).map((t) => t.code);
    expect(await codes({ level: 'district', date: '2022-01-10', kind: 'collective' })).toEqual(['TTLDTT', 'DVTT', 'TDPVH', 'GK']);
    expect(await codes({ level: 'district', date: '2025-07-01', kind: 'collective' })).toEqual([]);
    const individual = await codes({ level: 'province', date: '2022-01-10', kind: 'individual' });
    expect(individual[0]).toBe('CSTDBT');
    expect(individual).not.toContain('CTDBT');
    await reg.close();
  });

});

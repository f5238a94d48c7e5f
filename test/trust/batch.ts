/** Generated fixtures for the crash and concurrency tests: one body, n individuals, one decision of n lines. */
import type { Fixture } from '../../src/core/fixture.js';

export function batchFixture(tag: string, n: number): Fixture {
  const pad = (i: number) => String(i + 1).padStart(4, '0');
  return {
    about: `generated batch ${tag}`,
    bodies: [{ ref: `ubnd-${tag}`, name: `UBND phường thử nghiệm ${tag}`, level: 'commune', abbr: 'UBND' }],
    recipients: Array.from({ length: n }, (_, i) => ({ ref: `${tag}-p${pad(i)}`, kind: 'individual', name: `Nguyễn Văn ${tag.toUpperCase()} ${pad(i)}` })),
    decisions: [
      {
        ref: `qd-${tag}`,
        number: '12/QĐ-UBND',
        date: '2022-01-10',
        body: `ubnd-${tag}`,
        lines: Array.from({ length: n }, (_, i) => ({ recipient: `${tag}-p${pad(i)}`, award_type: 'GK', period: '2021', line: i + 1 })),
      },
    ],
    ceremonies: [],
  } as Fixture;
}

// Times `tdkt decision print` of a decision with N annex lines (default 1,000) through the built CLI.
//   npm run build && node bench/print.mjs [lines]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture, openRegistry } from '../dist/index.js';

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'tdkt-print-'));
const db = join(dir, 'r.sqlite');
const reg = await openRegistry(db, { actor: 'bench' });
const kind = (i) => (i % 10 === 0 ? 'collective' : i % 25 === 1 ? 'household' : 'individual');
await loadFixture(reg, {
  bodies: [{ ref: 'ubnd-x', name: 'UBND huyện Thử', level: 'district', abbr: 'UBND', place: 'Thử' }],
  recipients: Array.from({ length: n }, (_, i) => ({ ref: `r${i + 1}`, kind: kind(i + 1), name: `Người nhận ${i + 1}`, ...(kind(i + 1) === 'individual' ? { position: 'Chuyên viên' } : {}) })),
  decisions: [{ number: '215/QĐ-UBND', date: '2025-02-05', body: 'ubnd-x', lines: Array.from({ length: n }, (_, i) => ({ line: i + 1, recipient: `r${i + 1}`, award_type: 'GK', period: '2024', achievement: `Thành tích số ${i + 1}` })) }],
});
await reg.close();
const times = [];
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  execFileSync(process.execPath, ['bin/tdkt.js', '--db', db, 'decision', 'print', '215/QĐ-UBND', '-o', join(dir, 'QD.docx')], { stdio: 'ignore' });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`decision print, ${n} lines: median ${Math.round(times[2])} ms (min ${Math.round(times[0])}, max ${Math.round(times[4])}), ${statSync(join(dir, 'QD.docx')).size} bytes`);
if (process.env.KEEP) console.log(db); else rmSync(dir, { recursive: true, force: true });

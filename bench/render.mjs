// Terminal tables: the renderer of src/render/table.ts against the cli-table3 table it replaced, on the
// recipient list of a large registry (Vietnamese names and units, some long enough to wrap), at 80 and
// 120 columns. The renderer is bundled from the sources with esbuild (nothing else is needed).
// BENCH_ROWS (default 30000) sets the size; BENCH_OLD=0 skips the old renderer (about a minute).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROWS = Number(process.env.BENCH_ROWS ?? 30000);
const dir = mkdtempSync(join(tmpdir(), 'tdkt-bench-render-'));
const out = join(dir, 'table.mjs');
await build({ entryPoints: [new URL('../src/render/table.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', external: ['chalk'] });
const { renderTable } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const middle = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const given = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Nam', 'Phúc', 'Tâm', 'Yến'];
const units = ['Trường THCS Trần Phú', 'Phòng Giáo dục và Đào tạo quận Lê Chân', 'UBND phường Dư Hàng Kênh', 'Trường Mầm non Hoa Sen', 'Công an quận Lê Chân'];
const rows = Array.from({ length: ROWS }, (_, i) => {
  const name = `${family[i % 10]} ${middle[(i >> 1) % 7]} ${given[(i >> 2) % 11]}`;
  return { ref: `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/ /g, '-')}-${i}`, kind: 'individual', name, unit_name: units[i % 5], position: i % 3 ? 'Giáo viên' : 'Phó Hiệu trưởng phụ trách chuyên môn' };
});
const columns = [
  { key: 'ref', header: 'Ref' },
  { key: 'kind', header: 'Kind', optional: true },
  { key: 'name', header: 'Name' },
  { key: 'unit_name', header: 'Unit', maxWidth: 40 },
  { key: 'position', header: 'Position', optional: true },
];
const model = { columns, rows };

// Wall time and this thread's CPU time (user + system): on a busy shared machine the CPU time is the
// steadier of the two.
function time(label, fn) {
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const text = fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${label.padEnd(36)} wall ${ms.toFixed(0).padStart(6)} ms  cpu ${cpuMs.toFixed(0).padStart(6)} ms  ${text.length.toLocaleString('en')} chars`);
  return ms;
}

/** The renderer before: cli-table3 with the same columns, compact style. */
function oldTable() {
  const Table = require('cli-table3');
  const table = new Table({ head: columns.map((c) => c.header), style: { head: [], border: [], compact: true } });
  const text = (v, max) => (max && v.length > max ? `${v.slice(0, max - 1)}…` : v);
  for (const r of rows) table.push(columns.map((c) => text(r[c.key], c.maxWidth)));
  return table.toString();
}

console.log(`${ROWS.toLocaleString('en')} rows, node ${process.version}`);
renderTable({ columns, rows: rows.slice(0, 2000) }, 80); // warm-up
time('new renderer, 80 columns', () => renderTable(model, 80));
time('new renderer, 120 columns', () => renderTable(model, 120));
time('new renderer, natural widths', () => renderTable(model, Infinity));
if (process.env.BENCH_OLD !== '0') time('cli-table3 (before), natural widths', oldTable);

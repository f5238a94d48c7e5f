#!/usr/bin/env node
// Import benchmark: generates a deterministic synthetic province history as a CSV (Vietnamese headers,
// as a clerk's spreadsheet would have them), then times, each in a child process:
//   baseline  the same CSV parsed with csv-parse and inserted raw into one table, prepared statement,
//             one transaction;
//   import    tdkt import of the file into an empty registry (all rules, matching, audit trail).
// Prints both times, their ratio, the child's peak RSS and the registry's size.
//
//   npm run bench:import                         # 200,000 recipients, 1,000,000 award lines, 20 years
//   npm run bench:import -- --awards 100000 --recipients 20000
//   node bench/import.mjs --keep --dir /tmp/b    # keep the files
//   npm run bench:import -- --rounds 3           # baseline and import 3 times, interleaved; the median round's ratio
//   npm run bench:import -- --postgres 'postgres://postgres@/postgres?host=/sock&port=5433'
//       # also into a fresh PostgreSQL database of that server (a superuser's URL, or TDKT_BENCH_PG):
//       # the same file, timed beside SQLite; then one more line into each filled registry, which on
//       # PostgreSQL costs the stage, a copy of the whole registry (src/core/import/staged.ts)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions } from './args.mjs';
import { rawLoadScript } from './raw-load.mjs';
import { pgAdmin as pgAdminOf, pgDatabaseUrl as pgUrlOf } from './pg.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opts = benchOptions(import.meta.url, {
  awards: { type: 'string' },
  recipients: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  rounds: { type: 'string' },
  keep: { type: 'boolean' },
  postgres: { type: 'string' },
  dir: { type: 'string' },
});
const AWARDS = opts.count('awards', 1_000_000);
const RECIPIENTS = opts.count('recipients', 200_000);
const YEARS = opts.count('years', 20);
const SEED = opts.count('seed', 20220117);
const ROUNDS = opts.count('rounds', 1);
const keep = Boolean(opts.keep);
const POSTGRES = opts.postgres ?? process.env.TDKT_BENCH_PG;
const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
mkdirSync(dir, { recursive: true });

// ------------------------------------------------------------------------------------ generation

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu', 'Thanh', 'Xuân', 'Hồng', 'Công', 'Kim', 'Anh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Ngọc', 'Nhung', 'Phong', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Tú', 'Vân', 'Việt', 'Yến', 'Đạt', 'Điệp', 'Đông'];
const COMBOS = FAMILY.length * MIDDLE.length * GIVEN.length;
const POSITIONS = ['Giáo viên', 'Chuyên viên', 'Nhân viên', 'Bác sĩ', 'Kế toán', 'Phó trưởng phòng', 'Trưởng phòng', 'Cán bộ'];
const UNIT_KINDS = ['Trường Tiểu học', 'Trường THCS', 'Trường Mầm non', 'Trạm Y tế', 'UBND xã', 'Phòng', 'Hợp tác xã', 'Công ty'];
const DISTRICTS = ['An Lão', 'Kiến Thụy', 'Tiên Lãng', 'Vĩnh Bảo', 'Thủy Nguyên', 'An Dương', 'Cát Hải', 'Bạch Long Vĩ', 'Hồng Bàng', 'Lê Chân', 'Ngô Quyền', 'Kiến An', 'Hải An', 'Đồ Sơn', 'Dương Kinh'];

const collectives = Math.max(DISTRICTS.length, Math.round(RECIPIENTS * 0.1));
const individuals = RECIPIENTS - collectives;
const collective = (c) => ({
  name: `${UNIT_KINDS[c % UNIT_KINDS.length]} số ${c + 1} ${DISTRICTS[c % DISTRICTS.length]}`,
  district: c % DISTRICTS.length,
});
// Person p works in unit p % collectives; its name is distinct inside the unit by construction.
const person = (p) => {
  const unit = p % collectives;
  const k = ((unit * 7919) % COMBOS + Math.floor(p / collectives) * 101) % COMBOS;
  return {
    name: `${FAMILY[k % FAMILY.length]} ${MIDDLE[Math.floor(k / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(k / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`,
    unit,
    position: POSITIONS[p % POSITIONS.length],
  };
};

const PROVINCE = 'UBND tỉnh Hải Đông';
const PROVINCE_CHAIR = 'Chủ tịch UBND tỉnh Hải Đông';
const district = (d) => `UBND huyện ${DISTRICTS[d]}`;
const INDIVIDUAL_TYPES = [
  ['Lao động tiên tiến', 'district', 0.55],
  ['Chiến sĩ thi đua cơ sở', 'district', 0.15],
  ['Giấy khen', 'district', 0.2],
  ['Bằng khen của Chủ tịch UBND tỉnh', 'province', 0.1],
];
const COLLECTIVE_TYPES = [
  ['Tập thể lao động tiên tiến', 'district', 0.5],
  ['Tập thể lao động xuất sắc', 'province', 0.25],
  ['Giấy khen', 'district', 0.15],
  ['Bằng khen của Chủ tịch UBND tỉnh', 'province', 0.1],
];
const pick = (types) => {
  let r = rand();
  for (const t of types) if ((r -= t[2]) < 0) return t;
  return types[types.length - 1];
};

const HEADER = [
  'STT', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành', 'Cấp cơ quan', 'Hình thức khen thưởng', 'Loại đối tượng',
  'Tên đối tượng', 'Đơn vị', 'Chức vụ', 'Năm', 'Thành tích', 'Buổi lễ', 'Ngày buổi lễ', 'Cơ quan tổ chức',
];
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const pad = (n) => String(n).padStart(2, '0');

async function generate(path) {
  const out = createWriteStream(path);
  const write = (s) => (out.write(s) ? undefined : new Promise((r) => out.once('drain', r)));
  await write('\uFEFF' + HEADER.join(',') + '\r\n');
  const perYear = Math.ceil(AWARDS / YEARS);
  const firstYear = 2023 - YEARS + 1;
  let written = 0;
  for (let y = 0; y < YEARS && written < AWARDS; y++) {
    const year = firstYear + y;
    const n = Math.min(perYear, AWARDS - written, RECIPIENTS);
    // n distinct recipients this year: one award each, so annual titles never repeat.
    const step = 7_919; // prime, coprime to any RECIPIENTS not divisible by it
    const start = Math.floor(rand() * RECIPIENTS);
    const groups = new Map();
    for (let k = 0; k < n; k++) {
      const idx = (start + k * step) % RECIPIENTS;
      const isCollective = idx < collectives;
      const who = isCollective ? collective(idx) : person(idx - collectives);
      const dist = isCollective ? who.district : collective(who.unit).district;
      const [type, level] = pick(isCollective ? COLLECTIVE_TYPES : INDIVIDUAL_TYPES);
      const body = level === 'province' ? (type.startsWith('Bằng khen') ? PROVINCE_CHAIR : PROVINCE) : district(dist);
      const key = `${body}|${type}|${isCollective ? 'C' : 'I'}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push({ who, isCollective, type, level, body, dist });
    }
    const numbers = new Map();
    for (const [, lines] of groups) {
      for (let i = 0; i < lines.length; i += 500) {
        const chunk = lines.slice(i, i + 500);
        const body = chunk[0].body;
        const no = (numbers.get(body) ?? 0) + 1;
        numbers.set(body, no);
        const month = 1 + Math.min(2, Math.floor(no / 40));
        const day = 1 + (no % 28);
        const date = `${pad(day)}/${pad(month)}/${year + 1}`;
        const ceremony = chunk[0].level === 'province' ? [`Hội nghị tổng kết công tác thi đua năm ${year}`, `15/04/${year + 1}`, PROVINCE] : ['', '', ''];
        let rows = '';
        chunk.forEach((l, j) => {
          const unit = l.isCollective ? '' : collective(l.who.unit).name;
          rows +=
            [
              j + 1,
              `${pad(no)}/QĐ-UBND`,
              date,
              body,
              l.level,
              l.type,
              l.isCollective ? 'tập thể' : 'cá nhân',
              q(l.who.name),
              q(unit),
              l.isCollective ? '' : l.who.position,
              year,
              q(`Đã hoàn thành xuất sắc nhiệm vụ năm ${year}, góp phần vào thành tích chung của đơn vị`),
              q(ceremony[0]),
              ceremony[1],
              q(ceremony[2]),
            ].join(',') + '\r\n';
        });
        await write(rows);
        written += chunk.length;
      }
    }
  }
  await new Promise((r) => out.end(r));
  return written;
}

// ------------------------------------------------------------------------------------ measuring


function measure(label, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = r.stderr.trim().split('\n');
  const rssKb = Number(lines[lines.length - 1]);
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
    process.exit(1);
  }
  return { secs, rssMb: rssKb / 1024, stdout: r.stdout };
}

if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('This benchmark measures peak memory with /usr/bin/time (apt-get install time).');
  process.exit(2);
}

const csv = join(dir, 'province-history.csv');
const t0 = Date.now();
const lines = await generate(csv);
const csvMb = statSync(csv).size / 1e6;
console.log(`Generated ${lines.toLocaleString('en')} award lines for ${RECIPIENTS.toLocaleString('en')} recipients over ${YEARS} years: ${csv} (${csvMb.toFixed(0)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

// ------------------------------------------------------------------------------------ PostgreSQL

/** One more line for a filled registry: a new decision for a new person, which breaks no rule. */
const oneMore = join(dir, 'one-more.csv');
{
  const unit = collective(0);
  const row = [1, '999/QĐ-UBND', '01/06/2024', district(unit.district), 'district', 'Giấy khen', 'cá nhân', 'Nguyễn Văn Thêm', q(unit.name), 'Giáo viên', 2023, 'Thành tích', '', '', ''];
  const out = createWriteStream(oneMore);
  out.end('\uFEFF' + HEADER.join(',') + '\r\n' + row.join(',') + '\r\n');
  await new Promise((r) => out.once('finish', r));
}

const pgAdmin = (statement) => pgAdminOf(POSTGRES, statement);
const pgDatabaseUrl = (name) => pgUrlOf(POSTGRES, name);

const baselineDb = join(dir, 'baseline.sqlite');
const registry = join(dir, 'registry.sqlite');
const runs = [];
for (let round = 1; round <= ROUNDS; round++) {
  for (const p of [baselineDb, registry]) for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
  // Run from the project's directory, so the script resolves better-sqlite3 and csv-parse from it.
  const baseline = measure('baseline', ['--input-type=module', '-e', rawLoadScript(csv, baselineDb, HEADER.length)]);
  // The registry is created (schema, catalogue) first, so the timed run is the import alone.
  measure('init', [join(root, 'bin', 'tdkt.js'), '--db', registry, '--actor', 'bench', 'init']);
  const run = measure('import', [join(root, 'bin', 'tdkt.js'), '--db', registry, '--actor', 'bench', 'import', csv, '--json']);
  const summary = JSON.parse(run.stdout);
  const size = statSync(registry).size / 1e6;
  const ratio = run.secs / baseline.secs;
  runs.push({ baseline, run, ratio });
  const of = ROUNDS > 1 ? ` (round ${round} of ${ROUNDS})` : '';
  console.log(`baseline (csv-parse → one raw table):   ${baseline.secs.toFixed(1)} s, peak RSS ${baseline.rssMb.toFixed(0)} MB${of}`);
  console.log(`tdkt import (rules, matching, audit):    ${run.secs.toFixed(1)} s, peak RSS ${run.rssMb.toFixed(0)} MB${of}`);
  if (round === 1) {
    console.log(
      `  created ${summary.awards.created.toLocaleString('en')} award lines, ${summary.recipients.created.toLocaleString('en')} recipients, ${summary.decisions.created.toLocaleString('en')} decisions, ${summary.bodies.created} bodies, ${summary.ceremonies.created} ceremonies, ${summary.presentations.created.toLocaleString('en')} presentations`,
    );
    console.log(`  registry file ${size.toFixed(0)} MB`);
  }
  console.log(`  ratio ${ratio.toFixed(2)}×`);
  if (POSTGRES) {
    const name = `tdkt_bench_${process.pid}_${round}`;
    await pgAdmin(`CREATE DATABASE ${name} TEMPLATE template0`);
    const url = pgDatabaseUrl(name);
    try {
      measure('init (PostgreSQL)', [join(root, 'bin', 'tdkt.js'), '--db', url, '--actor', 'bench', 'init']);
      const pgRun = measure('import (PostgreSQL)', [join(root, 'bin', 'tdkt.js'), '--db', url, '--actor', 'bench', 'import', csv, '--json']);
      const same = pgRun.stdout === run.stdout;
      console.log(`tdkt import into PostgreSQL:             ${pgRun.secs.toFixed(1)} s, peak RSS ${pgRun.rssMb.toFixed(0)} MB${of}${same ? '' : ' (its summary DIFFERS from SQLite\'s)'}`);
      console.log(`  ratio to baseline ${(pgRun.secs / baseline.secs).toFixed(2)}×, to the SQLite import ${(pgRun.secs / run.secs).toFixed(2)}×`);
      // One line more into each filled registry: on PostgreSQL, the stage copies the whole registry first.
      const sqliteMore = measure('one more line', [join(root, 'bin', 'tdkt.js'), '--db', registry, '--actor', 'bench', 'import', oneMore, '--json']);
      const pgMore = measure('one more line (PostgreSQL)', [join(root, 'bin', 'tdkt.js'), '--db', url, '--actor', 'bench', 'import', oneMore, '--json']);
      console.log(`one more line into the filled registry:  SQLite ${sqliteMore.secs.toFixed(1)} s (peak RSS ${sqliteMore.rssMb.toFixed(0)} MB), PostgreSQL ${pgMore.secs.toFixed(1)} s (peak RSS ${pgMore.rssMb.toFixed(0)} MB, the stage's copy of the registry)`);
      runs[runs.length - 1].pg = { run: pgRun, more: pgMore, same };
    } finally {
      await pgAdmin(`DROP DATABASE IF EXISTS ${name}`);
    }
  }
}
// Each round measures both sides back to back; the median round's ratio is the figure (the machine is shared).
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = median(runs.map((r) => r.ratio));
const peak = Math.max(...runs.map((r) => r.run.rssMb));
console.log(`ratio import/baseline: ${ratio.toFixed(2)}×${ROUNDS > 1 ? ` (median of ${ROUNDS} rounds)` : ''} (target ≤ 3×); peak RSS ${peak.toFixed(0)} MB (target < 250 MB)`);
if (POSTGRES) {
  const pgRatio = median(runs.map((r) => r.pg.run.secs / r.baseline.secs));
  const toSqlite = median(runs.map((r) => r.pg.run.secs / r.run.secs));
  const pgPeak = Math.max(...runs.map((r) => Math.max(r.pg.run.rssMb, r.pg.more.rssMb)));
  console.log(`PostgreSQL: ratio import/baseline ${pgRatio.toFixed(2)}×, to the SQLite import ${toSqlite.toFixed(2)}×${ROUNDS > 1 ? ` (medians of ${ROUNDS} rounds)` : ''}; peak RSS ${pgPeak.toFixed(0)} MB`);
  if (runs.some((r) => !r.pg.same)) {
    console.error('The import into PostgreSQL summed up otherwise than into SQLite.');
    process.exitCode = 1;
  }
}
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`Files kept in ${dir}`);
if (process.exitCode !== 1) process.exitCode = ratio <= 3 && peak < 250 ? 0 : 1;

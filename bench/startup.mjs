// Whole-process start-up cost of the commands a clerk runs most, against `node -e 0` measured in the
// same run (ratios, not absolute times: the machine is shared and noisy).
//
//   npm run bench
//   npm run bench -- --postgres 'postgres://postgres@/postgres?host=/sock&port=5433'
//       # also the same commands on a copy of the demo registry in a fresh database of that server
//       # (a superuser's URL, or TDKT_BENCH_PG), interleaved with the SQLite runs
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchOptions } from './args.mjs';
import { pgAdmin as pgAdminOf, pgDatabaseUrl } from './pg.mjs';

const POSTGRES = benchOptions(import.meta.url, { postgres: { type: 'string' } }).postgres ?? process.env.TDKT_BENCH_PG;

const runs = Number(process.env.BENCH_RUNS ?? 25);
const target = Number(process.env.BENCH_TARGET ?? 1.6);
const dir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
const db = join(dir, 'demo.sqlite');
const bin = new URL('../bin/tdkt.js', import.meta.url).pathname;
execFileSync(process.execPath, [bin, 'demo', '--file', db], { stdio: 'ignore', env: { ...process.env, HOME: dir } });

const pgAdmin = (statement) => pgAdminOf(POSTGRES, statement);
const pgName = `tdkt_bench_startup_${process.pid}`;
const pgUrl = POSTGRES && pgDatabaseUrl(POSTGRES, pgName);
if (POSTGRES) {
  await pgAdmin(`CREATE DATABASE ${pgName} TEMPLATE template0`);
  execFileSync(process.execPath, [bin, 'copy', db, pgUrl], { stdio: 'ignore', env: { ...process.env, HOME: dir } });
}

const commands = (registry) => [
  ['counts le-chan-2022', [bin, '--db', registry, 'counts', 'le-chan-2022']],
  ['roster le-chan-2022', [bin, '--db', registry, 'roster', 'le-chan-2022']],
  ['roster --json', [bin, '--db', registry, 'roster', 'le-chan-2022', '--json']],
  ['history "tran phu"', [bin, '--db', registry, 'history', 'truong thcs tran phu']],
  ['search dong hai', [bin, '--db', registry, 'search', 'dong', 'hai']],
];
const cases = [
  ['node -e 0', ['-e', '0']],
  ['tdkt --version', [bin, '--version']],
  ...commands(db).map(([name, a]) => [`tdkt ${name}`, a]),
  ...(pgUrl ? commands(pgUrl).map(([name, a]) => [`PostgreSQL: ${name}`, a]) : []),
];

// Wall time of the whole process, and its CPU time (user + sys, from /usr/bin/time when present): on a
// busy machine the CPU time is the steadier of the two.
const timeBin = ['/usr/bin/time'].find((p) => spawnSync(p, ['-f', '%U', 'true']).status === 0);
function time(args) {
  const cmd = timeBin ? [timeBin, ['-f', 'cpu %U %S', process.execPath, ...args]] : [process.execPath, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], { stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const m = /cpu ([\d.]+) ([\d.]+)/.exec(String(r.stderr));
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const samples = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of cases) samples.get(name).push(time(args)); // interleaved: noise hits all alike
const med = (name, k) => median(samples.get(name).map((s) => s[k]));
const base = { wall: med('node -e 0', 'wall'), cpu: med('node -e 0', 'cpu') };
console.log(`start-up, medians of ${runs} interleaved runs; node -e 0 = ${base.wall.toFixed(1)} ms wall, ${base.cpu.toFixed(0)} ms cpu`);
console.log(`  ${'command'.padEnd(30)} ${'wall ms'.padStart(8)}  ratio  ${'cpu ms'.padStart(7)}  ratio`);
let worst = 0;
for (const [name] of cases) {
  const w = med(name, 'wall');
  const c = med(name, 'cpu');
  if (name.startsWith('tdkt counts') || name.startsWith('tdkt roster le')) worst = Math.max(worst, w / base.wall);
  console.log(`  ${name.padEnd(30)} ${w.toFixed(1).padStart(8)}  ${(w / base.wall).toFixed(2)}×  ${c.toFixed(0).padStart(7)}  ${(c / base.cpu).toFixed(2)}×`);
}
console.log(`counts/roster worst wall ratio ${worst.toFixed(2)}× (target ≤ ${target}×): ${worst <= target ? 'met' : 'NOT met'}`);
if (pgUrl) {
  const ratios = commands(db).map(([name]) => med(`PostgreSQL: ${name}`, 'wall') / med(`tdkt ${name}`, 'wall'));
  console.log(`PostgreSQL / SQLite, wall: ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}× (the connection to the server, and the pg driver loaded)`);
  await pgAdmin(`DROP DATABASE IF EXISTS ${pgName}`);
}
rmSync(dir, { recursive: true, force: true });

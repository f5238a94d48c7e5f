#!/usr/bin/env node
// Province-scale benchmark: every command a clerk or an auditor runs on a registry of a million award
// lines, each beside a baseline measured in the same run (the machine is shared: only ratios measured
// side by side mean something), alternating command and baseline for several rounds.
//
//   npm run bench:scale                                  # registry in $TMPDIR/tdkt-bench-scale (built once, then reused)
//   npm run bench:scale -- --dir /work/bench-scale       # where the registry is (or is to be built)
//   npm run bench:scale -- --rounds 5 --only check,backup
//   npm run bench:scale -- --import                      # also the import against its own baseline (minutes)
//
// The registry is the one `bench/import.mjs --keep` leaves (its generator: 1,000,000 lines, 200,000
// recipients, 20 years); it is built when the folder holds none. Each command runs in a child process
// under /usr/bin/time (wall time, CPU time, peak RSS); the baselines are `node -e 0` for the read
// commands and eligible, SQLite's own integrity_check for audit verify and check, the sqlite3 shell's
// .backup for backup, and the sqlite3 shell writing the same columns of the same join as CSV for
// export awards. Prints medians, the median of the rounds' ratios and the largest peak RSS. Also next
// year's import into the registry (its last year one year on, into a fresh copy each time) against the
// same file loaded raw.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions } from './args.mjs';
import { rawLoadScript } from './raw-load.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const opts = benchOptions(import.meta.url, { dir: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' }, import: { type: 'boolean' } });
const dir = resolve(opts.dir ?? join(tmpdir(), 'tdkt-bench-scale'));
const ROUNDS = opts.count('rounds', 3);
const only = (opts.only ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const withImport = Boolean(opts.import);
const bin = join(root, 'bin', 'tdkt.js');
const SQLITE3 = process.env.SQLITE3 ?? '/usr/bin/sqlite3';

for (const [what, path, hint] of [
  ['the built program', join(root, 'dist', 'cli.cjs'), 'npm run build'],
  ['/usr/bin/time', '/usr/bin/time', 'apt-get install time'],
  ['the sqlite3 shell', SQLITE3, 'apt-get install sqlite3, or set SQLITE3'],
]) {
  if (!existsSync(path)) {
    console.error(`This benchmark needs ${what} (${path}): ${hint}`);
    process.exit(2);
  }
}

// ------------------------------------------------------------------------------------ the registry

mkdirSync(dir, { recursive: true });
const registry = join(dir, 'registry.sqlite');
let importLine;
if (!existsSync(registry)) {
  console.log(`Building the registry in ${dir} (bench/import.mjs --keep; minutes) …`);
  const r = spawnSync(process.execPath, [join(root, 'bench', 'import.mjs'), '--keep', '--dir', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  if (r.status !== 0 && !existsSync(registry)) process.exit(1);
  importLine = r.stdout.split('\n').find((l) => l.startsWith('ratio import/baseline'));
}
const work = join(dir, 'scale-work');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const sql = (query) => {
  const r = spawnSync(SQLITE3, ['-readonly', registry, query], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3: ${r.stderr}`);
  return r.stdout.trim();
};
// The largest ceremony (a province's yearly ceremony: about 6,000 lines), a recipient with a history,
// and the words of a common name.
const ceremony = sql('SELECT c.ref FROM ceremony c ORDER BY (SELECT count(*) FROM presentation p WHERE p.ceremony_id = c.id) DESC, c.id LIMIT 1');
const ceremonyLines = Number(sql(`SELECT count(*) FROM presentation p JOIN ceremony c ON c.id = p.ceremony_id WHERE c.ref = '${ceremony}'`));
const person = sql("SELECT r.ref FROM recipient r WHERE r.kind = 'individual' ORDER BY r.id LIMIT 1 OFFSET 5000");
const searchWords = ['nguyen', 'van', 'an'];
const year = 2015;

// The CSV the sqlite3 shell writes: the columns of `export awards`, from the same join, in the same order.
const EXPORT_SQL = `.headers on
.mode csv
.once ${join(work, 'sqlite3.csv')}
SELECT a.line_no, d.symbol AS decision_number, d.date AS decision_date, b.name AS issuing_body, t.code AS award_type,
  r.kind AS recipient_kind, r.name AS recipient_name, a.unit_name AS unit, a.position,
  CASE WHEN a.period_from = a.period_to THEN a.period_from ELSE a.period_from || '–' || a.period_to END AS achievement_period,
  a.achievement, a.kind AS commendation_kind, c.name AS ceremony, d.ref AS decision_ref, b.ref AS body_ref, b.level AS body_level,
  b.abbr AS body_abbr, d.signer_name, d.signer_capacity, d.summary AS decision_summary, r.ref AS recipient_ref,
  CASE WHEN a.unit_name IS NOT NULL THEN u.ref END AS unit_ref, c.ref AS ceremony_ref, c.date AS ceremony_date,
  c.place AS ceremony_place, cb.ref AS ceremony_organiser, a.note
FROM award a JOIN decision d ON d.id = a.decision_id JOIN body b ON b.id = d.body_id JOIN recipient r ON r.id = a.recipient_id
  JOIN award_type t ON t.id = a.award_type_id LEFT JOIN award_revocation x ON x.award_id = a.id
  LEFT JOIN presentation p ON p.award_id = a.id LEFT JOIN ceremony c ON c.id = p.ceremony_id
  LEFT JOIN recipient u ON u.id = r.unit_id LEFT JOIN body cb ON cb.id = c.organiser_id
WHERE x.id IS NULL ORDER BY d.date, d.id, a.line_no IS NULL, a.line_no, a.id;
`;
writeFileSync(join(work, 'export.sql'), EXPORT_SQL);

// Next year's import: the history's last year again, one year on (decisions, periods, ceremony), for the
// same recipients; each run imports it into a fresh copy of the registry. Its baseline is the same file
// loaded raw, as the import benchmark's baseline (raw-load.mjs).
const history = join(dir, 'province-history.csv');
const nextYear = join(work, 'next-year.csv');
const nextRegistry = join(work, 'next-year.sqlite');
const nextBaseline = join(work, 'next-year-raw.sqlite');
let nextYearLines = 0;
let nextYearColumns = 0;
if (existsSync(history) && (!only.length || only.includes('import-year'))) {
  const { parse } = await import('csv-parse');
  const { createReadStream, createWriteStream } = await import('node:fs');
  const last = Number(sql('SELECT max(period_to) FROM award'));
  const bump = (v) => v.replaceAll(String(last + 1), String(last + 2)).replaceAll(String(last), String(last + 1));
  const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const out = createWriteStream(nextYear);
  let header;
  for await (const rec of createReadStream(history).pipe(parse({ bom: true, relax_column_count: true }))) {
    if (!header) {
      header = rec;
      nextYearColumns = rec.length;
      out.write(rec.map(quote).join(',') + '\r\n');
      continue;
    }
    if (rec[header.indexOf('Năm')] !== String(last)) continue;
    // The line number (STT) stays; every other year moves on by one.
    out.write([rec[0], ...rec.slice(1).map(bump)].map(quote).join(',') + '\r\n');
    nextYearLines++;
  }
  await new Promise((r) => out.end(r));
}
/** A fresh copy of the registry for next year's import (not timed). */
const copyForNextYear = () => {
  for (const f of [nextRegistry, nextBaseline]) for (const s of ['', '-wal', '-shm', '.anchors']) rmSync(f + s, { force: true });
  copyFileSync(registry, nextRegistry);
  if (existsSync(registry + '.anchors')) copyFileSync(registry + '.anchors', nextRegistry + '.anchors');
};

// ------------------------------------------------------------------------------------ the cases

const tdkt = (...a) => [process.execPath, bin, '--db', registry, ...a];
const NODE = { label: 'node -e 0', argv: [process.execPath, '-e', '0'] };
const INTEGRITY = { label: 'sqlite3 PRAGMA integrity_check', argv: [SQLITE3, '-readonly', registry, 'PRAGMA integrity_check'] };
const backupFile = join(work, 'backup.sqlite');
const cases = [
  { id: 'check', label: 'check (summary per rule, on a terminal)', argv: tdkt('check', '--format', 'table'), base: INTEGRITY, target: 3, exits: [3] },
  { id: 'check-all', label: 'check --format ndjson (every finding)', argv: tdkt('check', '--format', 'ndjson'), base: INTEGRITY, target: 3, exits: [3], out: 'findings.ndjson' },
  { id: 'verify', label: 'audit verify', argv: tdkt('audit', 'verify'), base: INTEGRITY, target: 3 },
  {
    id: 'export',
    label: 'export awards -o all.csv',
    argv: tdkt('export', 'awards', '-o', join(work, 'all.csv')),
    base: { label: 'sqlite3 shell: the same join to CSV', argv: [SQLITE3, '-readonly', registry], stdin: join(work, 'export.sql') },
    target: 1.5,
    clean: [join(work, 'all.csv'), join(work, 'sqlite3.csv')],
  },
  {
    id: 'backup',
    label: 'backup (checked copy)',
    argv: tdkt('backup', backupFile, '--force'),
    base: { label: 'sqlite3 .backup', argv: [SQLITE3, '-readonly', registry, `.backup ${backupFile}`] },
    target: 2,
    clean: [backupFile],
  },
  { id: 'eligible', label: `eligible CSTDBT --year ${year}`, argv: tdkt('eligible', 'CSTDBT', '--year', String(year)), base: NODE, target: 15 },
  { id: 'counts-year', label: `counts --year ${year}`, argv: tdkt('counts', '--year', String(year)), base: NODE, target: 1.5 },
  { id: 'counts-ceremony', label: `counts <ceremony of ${ceremonyLines.toLocaleString('en')} lines>`, argv: tdkt('counts', ceremony), base: NODE, target: 1.5 },
  {
    id: 'award-list',
    label: `award list --year ${year} --type CSTDCS --limit 20`,
    argv: tdkt('award', 'list', '--year', String(year), '--type', 'CSTDCS', '--limit', '20'),
    base: NODE,
    target: 1.5,
  },
  // Start-up alone, for reference: what every read command pays before its first query.
  { id: 'version', label: 'tdkt --version (start-up alone, for reference)', argv: [process.execPath, bin, '--version'], base: NODE, target: undefined },
  { id: 'history', label: 'history <recipient>', argv: tdkt('history', person), base: NODE, target: 1.5 },
  { id: 'search', label: `search ${searchWords.join(' ')}`, argv: tdkt('search', ...searchWords), base: NODE, target: 1.5 },
  { id: 'recipients', label: 'recipient list --limit 20', argv: tdkt('recipient', 'list', '--limit', '20'), base: NODE, target: 1.5 },
  { id: 'roster', label: `roster <ceremony of ${ceremonyLines.toLocaleString('en')} lines> --json`, argv: tdkt('roster', ceremony, '--json'), base: NODE, target: 2 },
  ...(nextYearLines
    ? [
        {
          id: 'import-year',
          label: `import next year (${nextYearLines.toLocaleString('en')} lines) into it, for reference`,
          argv: [process.execPath, bin, '--db', nextRegistry, '--actor', 'bench', 'import', nextYear, '--json'],
          base: { label: 'the same file loaded raw', argv: [process.execPath, '--input-type=module', '-e', rawLoadScript(nextYear, nextBaseline, nextYearColumns)] },
          // No target of its own: the 3x of the import benchmark is for a first load, which reads no history.
          target: undefined,
          before: copyForNextYear,
        },
      ]
    : []),
].filter((c) => !only.length || only.includes(c.id));

/** Runs argv under /usr/bin/time: wall and CPU seconds, peak RSS in MB. */
function measure(run, expect = [0]) {
  const out = openSync(run.out ? join(work, run.out) : '/dev/null', 'w');
  const input = run.stdin ? openSync(run.stdin, 'r') : 'ignore';
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...run.argv], {
    cwd: root,
    stdio: [input, out, 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, TDKT_PAGER: '', NO_COLOR: '1' },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(out);
  if (typeof input === 'number') closeSync(input);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [user, sys, rssKb] = last.split(' ').map(Number);
  // /usr/bin/time exits with the command's own status.
  if (!expect.includes(r.status)) {
    console.error(`${run.label} failed (exit ${r.status}):\n${r.stderr.slice(-3000)}`);
    process.exit(1);
  }
  return { wall, cpu: user + sys, rss: rssKb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const size = statSync(registry).size;
console.log(
  `Registry ${registry}: ${(size / 1e6).toFixed(0)} MB, ${Number(sql('SELECT count(*) FROM award')).toLocaleString('en')} award lines, ` +
    `${Number(sql('SELECT count(*) FROM recipient')).toLocaleString('en')} recipients; ${ROUNDS} rounds, command and baseline alternating`,
);
const results = [];
for (const c of cases) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating which goes first, so that a passing load falls on both.
    const pair = round % 2 ? ['cmd', 'base'] : ['base', 'cmd'];
    const m = {};
    for (const which of pair) {
      for (const f of c.clean ?? []) rmSync(f, { force: true });
      c.before?.();
      m[which] = which === 'cmd' ? measure(c, [0, ...(c.exits ?? [])]) : measure(c.base);
    }
    rounds.push({ ...m, ratio: m.cmd.wall / m.base.wall, cpuRatio: m.cmd.cpu / m.base.cpu });
    for (const f of c.clean ?? []) rmSync(f, { force: true });
  }
  const r = {
    id: c.id,
    label: c.label,
    base: c.base.label,
    time: median(rounds.map((x) => x.cmd.wall)),
    baseTime: median(rounds.map((x) => x.base.wall)),
    ratio: median(rounds.map((x) => x.ratio)),
    cpuRatio: median(rounds.map((x) => x.cpuRatio)),
    target: c.target,
    rss: Math.max(...rounds.map((x) => x.cmd.rss)),
    ratios: rounds.map((x) => x.ratio),
  };
  results.push(r);
  console.log(
    `  ${r.label}: ${fmt(r.time)} against ${fmt(r.baseTime)} (${r.base}): ${r.ratio.toFixed(2)}× [${r.ratios.map((x) => x.toFixed(2)).join(', ')}], CPU ${r.cpuRatio.toFixed(2)}×, peak ${r.rss.toFixed(0)} MB`,
  );
}

if (withImport) {
  console.log('The import against its baseline (bench/import.mjs, one round; minutes) …');
  const r = spawnSync(process.execPath, [join(root, 'bench', 'import.mjs'), '--dir', join(work, 'import')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  importLine = r.stdout.split('\n').find((l) => l.startsWith('ratio import/baseline'));
}

function fmt(s) {
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}

console.log('');
console.log(`| command | time | baseline | ratio (median of ${ROUNDS}) | target | peak RSS | met |`);
console.log('|---|---|---|---|---|---|---|');
let missed = 0;
for (const r of results) {
  const met = (r.target === undefined || r.ratio <= r.target) && r.rss <= 250;
  if (!met) missed++;
  const target = r.target === undefined ? '—' : `≤ ${r.target}×`;
  console.log(`| \`${r.label}\` | ${fmt(r.time)} | ${fmt(r.baseTime)} (${r.base}) | ${r.ratio.toFixed(2)}× | ${target} | ${r.rss.toFixed(0)} MB | ${r.target === undefined ? '' : met ? 'yes' : '**no**'} |`);
}
if (importLine) console.log(`| import (bench/import.mjs) | ${importLine.replace(/^ratio import\/baseline: /, '')} | | | ≤ 3× | | |`);
console.log('');
console.log(`Registry file ${(size / 1e6).toFixed(0)} MB. Targets: every peak RSS ≤ 250 MB; ${missed ? `${missed} row${missed === 1 ? '' : 's'} missed` : 'all met'}.`);
rmSync(work, { recursive: true, force: true });
process.exitCode = missed ? 1 : 0;

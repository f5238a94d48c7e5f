/** The built program as a user runs it: a real process, real pipes, no terminal. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { APPLICATION_ID, openRegistry, SCHEMA_VERSION } from '../../src/core/db.js';
import { loadFixture } from '../../src/core/fixture.js';
import { demoRegistryFile, fixedClock, runCli, tempDir } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tdkt.js');

/** Runs the binary with a bare environment: PATH, and the language of the tests (English unless chosen). */
function tdkt(args: string[], env: Record<string, string> = {}, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TDKT_LANG: process.env.TDKT_LANG ?? 'en', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let big: string;
beforeAll(async () => {
  // A ceremony whose roster is far larger than a pipe's buffer, to see `| head` close the pipe early.
  big = join(tempDir({ forFile: true }), 'big.sqlite');
  const reg = await openRegistry(registryTarget(big), { clock: fixedClock });
  const n = 600;
  await loadFixture(reg, {
    bodies: [{ ref: 'ubnd-le-chan', name: 'UBND quận Lê Chân', level: 'district', abbr: 'UBND' }],
    recipients: Array.from({ length: n }, (_, i) => ({ ref: `ca-nhan-${i}`, kind: 'individual', name: `Nguyễn Văn Số ${i}` })),
    decisions: [{ number: '05/QĐ-UBND', date: '2022-01-10', body: 'ubnd-le-chan', lines: Array.from({ length: n }, (_, i) => ({ recipient: `ca-nhan-${i}`, award_type: 'GK', period: '2021', line: i + 1, achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2021'.repeat(3) })) }],
    ceremonies: [{ ref: 'le-chan-2022', name: 'Hội nghị tổng kết năm 2021', date: '2022-01-17', organiser: 'ubnd-le-chan', present: ['05/QĐ-UBND'] }],
  });
  await reg.close();
});

describe('the built binary', () => {
  it('writes workbooks without a Node deprecation warning', async () => {
    const db = await demoRegistryFile({ history: false });
    const out = join(tempDir(), 'awards.xlsx');
    const r = tdkt(['--db', registryTarget(db), 'export', 'awards', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Wrote 62 rows to ${out}\n`);
    const t = tdkt(['import', '--template', 'xlsx', '-o', join(tempDir(), 'template.xlsx')]);
    expect(t.stderr).not.toContain('Warning');
  });

  it('--help creates no registry and no data directory', () => {
    const home = tempDir();
    const r = tdkt(['--help'], { HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: tdkt [options] [command]');
    expect(readdirSync(home)).toEqual([]);
  });

  it('speaks Vietnamese unless told otherwise: --lang, TDKT_LANG, then the locale', () => {
    const home = tempDir();
    const vi = tdkt(['recipient', 'add', 'Trần Thị B'], { HOME: home, TDKT_LANG: '', LANG: 'C.UTF-8' });
    expect(vi).toEqual({ code: 2, stdout: '', stderr: 'tdkt: thiếu --kind: hãy ghi rõ, ví dụ --kind collective\nChạy với --help để xem cách dùng.\n' });
    const locale = tdkt(['recipient', 'add', 'Trần Thị B'], { HOME: home, TDKT_LANG: '', LANG: 'en_GB.UTF-8' });
    expect(locale.stderr).toBe('tdkt: missing --kind: pass it, e.g. --kind collective\nRun with --help for usage.\n');
    const flag = tdkt(['--lang', 'vi', '--help'], { HOME: home, TDKT_LANG: 'en' });
    expect(flag.stdout).toContain('Cách dùng: tdkt [options] [command]');
    expect(flag.stdout).toContain('\nVí dụ:\n  $ tdkt demo');
  });

  it('never prompts without a terminal: a missing value exits 2 naming the flag', () => {
    const home = tempDir();
    const r = tdkt(['recipient', 'add', 'Trần Thị B'], { HOME: home }, 'collective\n');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tdkt: missing --kind: pass it, e.g. --kind collective\nRun with --help for usage.\n' });
    expect(existsSync(join(home, '.local'))).toBe(false);
  });

  it('exits quietly when a pipe closes early (tdkt … | head)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" --db '${registryTarget(big)}' roster le-chan-2022 --json | head -c 100 > /dev/null; echo "status=$?"`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('status=0\n');
  });

  it('suggests next commands a shell can run as printed, the registry quoted when it must be', () => {
    const dir = join(tempDir(), "thư mục 'của' tôi");
    const r = tdkt(['demo', '--file', join(dir, 'demo.sqlite')], { HOME: tempDir() });
    expect(r.code, r.stderr).toBe(0);
    const check = r.stderr.split('\n').find((l) => l.endsWith(' check'))!;
    expect(check).toBe(`  tdkt --db '${dir.replaceAll("'", "'\\''")}/demo.sqlite' check`);
    const run = spawnSync('bash', ['-c', `node() { :; }; set -- ${check.trim().replace(/^tdkt /, '')}; printf '%s\\n' "$2"`], { encoding: 'utf8' });
    expect(run.stdout).toBe(`${join(dir, 'demo.sqlite')}\n`);
  });

  it('runs the demo (the Quick start) and prints roster and counts', () => {
    const home = tempDir();
    const r = tdkt(['demo'], { HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('│ Total  │                                     │            │          38 │          24 │          0 │    62 │');
    expect(r.stderr).toContain(`Demo registry: ${join(home, '.local/share/tdkt/demo.sqlite')}`);
  });

  it('rebuilds a demo registry an older tdkt made (an older schema is still a demo)', () => {
    const home = tempDir();
    expect(tdkt(['demo'], { HOME: home }).code).toBe(0);
    const file = join(home, '.local/share/tdkt/demo.sqlite');
    // As an older tdkt left it: the schema of one migration less.
    const raw = new Database(file);
    raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1};`);
    raw.close();
    const r = tdkt(['demo'], { HOME: home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Demo registry: ${file}`);
  });

  it('refuses a registry made by a newer tdkt, and leaves it alone', () => {
    const db = join(tempDir(), 'future.sqlite');
    const raw = new Database(db);
    raw.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = 99; CREATE TABLE x(a);`);
    raw.close();
    const r = tdkt(['--db', db, 'counts', '--year', '2021']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tdkt: ${db} has schema version 99; this tdkt knows up to ${SCHEMA_VERSION}\nhint: Upgrade tdkt to open this registry; nothing was changed.\n`);
  });
  it('imports a CSV file as the in-process command does (the file parsed in the worker beside the bundle)', async () => {
    const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
    const a = await demoRegistryFile({ history: false });
    const b = await demoRegistryFile({ history: false });
    const built = tdkt(['--db', registryTarget(a), '--actor', 'tester', 'import', join(fixtures, 'excel-semicolon-bom.csv'), '--json']);
    const inProcess = await runCli(['--actor', 'tester', 'import', join(fixtures, 'excel-semicolon-bom.csv'), '--json'], { db: b });
    expect(built.code).toBe(0);
    expect(built.stdout).toBe(inProcess.stdout);
    expect(built.stderr).toBe(inProcess.stderr);
    expect(JSON.parse(built.stdout).awards).toEqual({ created: 6, matched: 0 });
  });
});

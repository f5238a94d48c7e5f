/**
 * Crash safety: a long `tdkt import` (one transaction) is killed with SIGKILL at random moments, many
 * times. Each time SQLite's integrity check passes and the registry holds all of the file or none of it.
 * Runs the built command (npm test builds first).
 */
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { BIN, count, integrity, ROOT } from './helpers.js';

/** The long write to interrupt: a real import of the file, as a clerk would run it. */
const longWrite = (db: string, file: string): [string, string[]] => [process.execPath, [BIN, '--db', db, '--actor', 'crash-test', 'import', file]];

const ITERATIONS = 20;
/** Lines per file: enough for the import to run about a second here. */
const LINES = 6000;
/** Rows a whole file records in the audit trail: its body, recipients, decision and lines. */
const ROWS_PER_BATCH = 1 + LINES + 1 + LINES;
/** Rows the audit trail records: one an event, or a range (an import's rows created together). */
const RECORDED = 'SELECT sum(coalesce(entity_id_last, entity_id, 0) - coalesce(entity_id, 0) + 1) FROM audit_event;';

/** One decision of a new body, with a line for each of LINES new people (Giấy khen: no chain rule, no warning). */
function annex(tag: string): string {
  const rows = ['decision_number,decision_date,issuing_body,body_ref,body_level,decision_ref,award_type,recipient_kind,recipient_ref,recipient_name,achievement_period,line_no,achievement'];
  for (let i = 1; i <= LINES; i++) {
    rows.push(`15/QĐ-UBND,2022-01-10,UBND ${tag},ubnd-${tag},district,qd-${tag},GK,cá nhân,${tag}-p${i},Người ${tag} số ${i},2021,${i},Hoàn thành xuất sắc nhiệm vụ năm 2021`);
  }
  return rows.join('\n') + '\n';
}

/** A small seeded generator, so that a failing run can be repeated with the same kill moments. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the write, kills it after `killAfterMs` (if still running); resolves with how it ended. */
function runAndKill(cmd: [string, string[]], killAfterMs: number | null): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0], cmd[1], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let killed = false;
    const timer = killAfterMs === null ? undefined : setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ killed: killed && code === null, code, stderr });
    });
  });
}

function batchState(db: string, tag: string) {
  return {
    bodies: count(db, `SELECT count(*) FROM body WHERE ref = 'ubnd-${tag}';`),
    recipients: count(db, `SELECT count(*) FROM recipient WHERE ref LIKE '${tag}-p%';`),
    decisions: count(db, `SELECT count(*) FROM decision WHERE ref = 'qd-${tag}';`),
    awards: count(db, `SELECT count(*) FROM award a JOIN decision d ON d.id = a.decision_id WHERE d.ref = 'qd-${tag}';`),
  };
}
const ALL = { bodies: 1, recipients: LINES, decisions: 1, awards: LINES };
const NONE = { bodies: 0, recipients: 0, decisions: 0, awards: 0 };

describe('crash safety', () => {
  it(`SIGKILL during a long import, ${ITERATIONS} times: integrity holds and each batch is all or nothing`, { timeout: 400_000 }, async () => {
    const dir = tempDir();
    const db = join(dir, 'crash.sqlite');
    expect((await runCli(['init'], { db })).code).toBe(0);
    const baseRecorded = count(db, RECORDED);
    const fixture = (tag: string) => {
      const file = join(dir, `${tag}.csv`);
      writeFileSync(file, annex(tag));
      return file;
    };

    // One uninterrupted run measures how long the write takes here.
    const started = Date.now();
    const whole = await runAndKill(longWrite(db, fixture('k00')), null);
    const fullMs = Date.now() - started;
    expect(whole).toEqual({
      killed: false,
      code: 0,
      stderr: `Imported ${LINES.toLocaleString('en')} award lines from ${join(dir, 'k00.csv')} (${LINES.toLocaleString('en')} new and 0 existing recipients, 1 new and 0 existing decisions, 1 new and 0 existing bodies, 0 new and 0 existing ceremonies; 0 handed over at ceremonies).\n`,
    });
    expect(batchState(db, 'k00')).toEqual(ALL);

    const random = mulberry32(20260301);
    const outcomes = { all: 1, none: 0 };
    const readOnly = { refused: 0, committed: 0, consistent: 0, run: 0 };
    let restoreTried = false;
    for (let i = 1; i <= ITERATIONS; i++) {
      const tag = `k${String(i).padStart(2, '0')}`;
      const delay = Math.round(random() * fullMs * 1.1);
      const run = await runAndKill(longWrite(db, fixture(tag)), delay);
      const context = `iteration ${i}, killed after ${delay} ms of ${fullMs}`;
      expect(run.killed || run.code === 0, `${context}: ${run.stderr}`).toBe(true);
      // Before anything opens it for writing (which rolls an interrupted write back): --read-only, a
      // read-only backup and a restore from a copy of the crashed file show committed data or refuse.
      const before = outcomes.all * LINES;
      const interrupted = existsSync(`${db}-journal`) && statSync(`${db}-journal`).size > 0;
      const ro = await runCli(['--read-only', 'info', '--json'], { db });
      const roBackup = join(dir, `${tag}-ro.sqlite`);
      // A backup verifies the whole copy: every fourth time, and whenever it must refuse.
      const backupNow = interrupted || i % 4 === 1;
      const bk = backupNow ? await runCli(['--read-only', 'backup', roBackup], { db }) : undefined;
      readOnly.run++;
      if (interrupted) {
        const message = `tdkt: ${db} holds a write that was interrupted (a crash or a killed command left ${db}-journal): read-only mode would show data that was never committed\nhint: Open it once without --read-only to roll the interrupted write back, e.g. tdkt --db ${db} info\n`;
        expect({ code: ro.code, stderr: ro.stderr }, context).toEqual({ code: 1, stderr: message });
        expect({ code: bk!.code, stderr: bk!.stderr }, context).toEqual({ code: 1, stderr: message });
        expect(existsSync(roBackup), context).toBe(false);
        if (!restoreTried) {
          restoreTried = true;
          const crashed = join(dir, 'crashed-copy.sqlite');
          copyFileSync(db, crashed);
          copyFileSync(`${db}-journal`, `${crashed}-journal`);
          const target = join(dir, 'restore-target.sqlite');
          expect((await runCli(['init'], { db: target })).code).toBe(0);
          const rs = await runCli(['restore', crashed, '--yes'], { db: target });
          expect(rs.code, context).toBe(1);
          expect(rs.stderr.split('\n')[0], context).toBe(`tdkt: ${crashed} holds a write that was interrupted (a crash or a killed command left ${crashed}-journal): read-only mode would show data that was never committed`);
        }
        readOnly.refused++;
        readOnly.consistent++;
      } else {
        expect(ro.code, `${context}: ${ro.stderr}`).toBe(0);
        const seen = JSON.parse(ro.stdout).counts.award as number;
        expect([before, before + LINES], context).toContain(seen);
        if (bk) {
          expect(bk.code, `${context}: ${bk.stderr}`).toBe(0);
          expect(integrity(roBackup), context).toBe('ok');
          expect(count(roBackup, 'SELECT count(*) FROM award;'), context).toBe(seen);
        }
        readOnly.committed++;
        readOnly.consistent++;
      }
      expect(integrity(db), context).toBe('ok');
      const state = batchState(db, tag);
      if (state.awards === 0) {
        expect(state, context).toEqual(NONE);
        outcomes.none++;
      } else {
        expect(state, context).toEqual(ALL);
        outcomes.all++;
      }
    }
    expect(outcomes.all + outcomes.none).toBe(ITERATIONS + 1);
    expect(outcomes.none).toBeGreaterThan(0);
    expect(readOnly.consistent).toBe(readOnly.run);
    console.info(`crash trials: ${readOnly.consistent} consistent of ${readOnly.run} (read-only refused ${readOnly.refused} interrupted writes, read ${readOnly.committed} committed states)`);
    expect(count(db, 'SELECT count(*) FROM award;')).toBe(outcomes.all * LINES);
    expect(count(db, RECORDED)).toBe(baseRecorded + outcomes.all * ROWS_PER_BATCH);
    const verify = await runCli(['--read-only', 'audit', 'verify'], { db });
    expect(verify.stderr).toMatch(/^Verified \d+ audit events/);
    expect(verify.code).toBe(0);
  });
});

describe('reading after a crash inside a commit', () => {
  it('--read-only, a read-only backup and restore refuse a half-written file; a normal open rolls it back', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const db = join(dir, 'half.sqlite');
    expect((await runCli(['init'], { db })).code).toBe(0);
    const committed = count(db, 'SELECT count(*) FROM setting;');
    // A writer in rollback-journal mode (as a bulk import) whose pages spill into the file, killed before COMMIT.
    const script = `
      const Database = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
      const db = new Database(${JSON.stringify(db)});
      db.pragma('journal_mode = DELETE');
      db.pragma('cache_size = 10');
      db.exec('BEGIN IMMEDIATE');
      db.exec("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 50000) INSERT INTO setting (key, value) SELECT 'uncommitted-' || i, 'x' FROM c");
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['-e', script]);
    expect(child.signal).toBe('SIGKILL');
    expect(statSync(`${db}-journal`).size).toBeGreaterThan(0);
    const before = readFileSync(db);
    const message = `tdkt: ${db} holds a write that was interrupted (a crash or a killed command left ${db}-journal): read-only mode would show data that was never committed\nhint: Open it once without --read-only to roll the interrupted write back, e.g. tdkt --db ${db} info\n`;
    for (const argv of [['info'], ['settings', 'list'], ['audit', 'verify'], ['backup', join(dir, 'copy.sqlite')]]) {
      const r = await runCli(['--read-only', ...argv], { db });
      expect({ argv, code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ argv, code: 1, stdout: '', stderr: message });
    }
    expect(existsSync(join(dir, 'copy.sqlite'))).toBe(false);
    const target = join(dir, 'target.sqlite');
    expect((await runCli(['init'], { db: target })).code).toBe(0);
    const rs = await runCli(['restore', db, '--yes'], { db: target });
    expect({ code: rs.code, first: rs.stderr.split('\n')[0] }).toEqual({ code: 1, first: message.split('\n')[0] });
    expect(readFileSync(db).equals(before)).toBe(true);
    // A normal open rolls the interrupted write back: then read-only mode reads the committed state.
    const info = await runCli(['info', '--json'], { db });
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout).counts.setting).toBe(committed);
    const ro = await runCli(['--read-only', 'audit', 'verify'], { db });
    expect(ro.code, ro.stderr).toBe(0);
    expect(count(db, "SELECT count(*) FROM setting WHERE key LIKE 'uncommitted-%';")).toBe(0);
  });
});

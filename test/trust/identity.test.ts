/**
 * Which file is a registry, and which files tdkt may write: a registry carries tdkt's application id;
 * another application's SQLite file is never changed; only init and import create a registry; no output
 * path ever replaces the registry, a folder or a device.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/core/db.js';
import { runCli, tempDir } from '../helpers.js';
import { demoCopy, fileState, sqlite3 } from './helpers.js';

const appId = (db: string) => Number(sqlite3(db, 'PRAGMA application_id;').trim());

describe('a registry is marked as such', () => {
  it('init marks a new registry; a registry made before the mark gets it at its first write, not by a reader', async () => {
    const db = join(tempDir(), 'new.sqlite');
    const r = await runCli(['init'], { db });
    expect(r).toEqual({ code: 0, stdout: `${db}\n`, stderr: 'Created a registry with 58 award types.\n' });
    expect(appId(db)).toBe(APPLICATION_ID);

    const old = await demoCopy();
    sqlite3(old, 'PRAGMA application_id = 0;');
    const before = fileState(old);
    expect((await runCli(['award', 'list', '--limit', '1'], { db: old })).code).toBe(0);
    expect(fileState(old)).toEqual(before);
    expect((await runCli(['body', 'add', 'UBND phường X', '--level', 'commune', '--abbr', 'UBND'], { db: old })).code).toBe(0);
    expect(appId(old)).toBe(APPLICATION_ID);
  });

  it("another application's SQLite file is refused and left exactly as it was (no WAL, no upgrade)", async () => {
    const dir = tempDir();
    const cases: [string, string, string][] = [
      ['other.sqlite', 'CREATE TABLE note(a); INSERT INTO note VALUES (1);', 'is an SQLite file but not a tdkt registry'],
      ['v3.sqlite', 'CREATE TABLE note(a); PRAGMA user_version = 3;', 'is an SQLite file but not a tdkt registry'],
      ['app.sqlite', 'CREATE TABLE note(a); PRAGMA application_id = 12345;', 'is an SQLite file of another application (application id 12345), not a tdkt registry'],
    ];
    for (const [name, setup, message] of cases) {
      const file = join(dir, name);
      sqlite3(file, setup);
      const bytes = readFileSync(file);
      for (const argv of [['init'], ['award', 'list'], ['body', 'add', 'X', '--level', 'commune', '--abbr', 'X'], ['audit', 'verify'], ['info'], ['backup', join(dir, `${name}.bak`)]]) {
        const r = await runCli(argv, { db: file });
        expect({ argv, code: r.code, stderr: r.stderr }).toEqual({
          argv,
          code: 1,
          stderr: `tdkt: ${file} ${message}\nhint: Point --db at a registry file, or create one with tdkt --db <new file> init. Nothing was changed.\n`,
        });
        expect(readFileSync(file).equals(bytes)).toBe(true);
        expect(existsSync(`${file}-wal`)).toBe(false);
      }
      expect(sqlite3(file, 'PRAGMA journal_mode;').trim()).toBe('delete');
    }
  });

  it('a text file, an empty file and a folder are named for what they are', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    writeFileSync(join(dir, 'empty.sqlite'), '');
    mkdirSync(join(dir, 'folder'));
    const first = async (db: string) => (await runCli(['award', 'list'], { db })).stderr;
    expect(await first(join(dir, 'notes.txt'))).toBe(
      `tdkt: ${join(dir, 'notes.txt')} is not a tdkt registry (file is not a database)\nhint: Point --db at a registry file, or create one with tdkt --db <new file> init. Nothing was changed.\n`,
    );
    expect(await first(join(dir, 'empty.sqlite'))).toBe(
      `tdkt: ${join(dir, 'empty.sqlite')} is an empty file, not a tdkt registry\nhint: Remove it and run tdkt --db ${join(dir, 'empty.sqlite')} init, or point --db at a registry file.\n`,
    );
    expect(await first(join(dir, 'folder'))).toBe(`tdkt: ${join(dir, 'folder')} is a folder, not a registry file\nhint: Name a file, e.g. --db ${join(dir, 'folder', 'tdkt.sqlite')}\n`);
    expect(readFileSync(join(dir, 'empty.sqlite')).length).toBe(0);
  });
});

describe('only init and import create a registry', () => {
  it('a misspelt path is reported, not created', async () => {
    const db = join(tempDir(), 'typo.sqlite');
    for (const argv of [['recipient', 'list'], ['roster', 'le-chan-2022'], ['body', 'add', 'X', '--level', 'commune', '--abbr', 'X'], ['info'], ['audit', 'verify']]) {
      const r = await runCli(argv, { env: { TDKT_DB: db } });
      expect(r).toEqual({
        code: 1,
        stdout: '',
        stderr: `tdkt: No registry at ${db}\nhint: Create one with: tdkt --db ${db} init — or choose an existing one with --db or TDKT_DB (tdkt info shows which registry is used).\n`,
      });
      expect(existsSync(db)).toBe(false);
    }
  });

  it('import into a new path creates it and says so', async () => {
    const db = join(tempDir(), 'fresh.sqlite');
    const csv = 'decision_number,decision_date,issuing_body,body_ref,body_level,decision_ref,award_type,recipient_kind,recipient_ref,recipient_name,achievement_period,line_no\n15/QĐ-UBND,2022-01-10,UBND phường Dư Hàng,ubnd-du-hang,commune,qd-du-hang,GK,cá nhân,dh-p1,Người số 1,2021,1\n';
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: csv });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`Created a new registry at ${db}`);
    // The import's WAL is copied into the file when it closes: the .sqlite alone holds it.
    expect(existsSync(`${db}-wal`) ? readFileSync(`${db}-wal`).length : 0).toBe(0);
  });
});

describe('tdkt info', () => {
  it('names the registry, its size, schema, records, last change and audit head', async () => {
    const db = await demoCopy();
    const r = await runCli(['info'], { db });
    expect(r.code, r.stderr).toBe(0);
    const head = sqlite3(db, 'SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1;').trim();
    const bytes = readFileSync(db).length;
    expect(r.stdout).toBe(
      [
        `Registry:        ${db}`,
        `Size:            ${bytes.toLocaleString('en')} bytes`,
        `Schema version:  ${SCHEMA_VERSION}`,
        'Records:         body 5, recipient 50, award_type 58, decision 6, award 62, award_revocation 0, ceremony 1, presentation 62, rating 0, discipline 0, initiative 0, collective_year 0, setting 0, body_setting 0, register_entry 0, recipient_profile 0, award_reinstatement 0, recipient_alias 0, emulation_cluster 0, cluster_member 0',
        'Audit events:    244',
        'Last change:     2026-03-01T08:00:00.000Z by tester (demo: present presentation le-chan-2022#62)',
        `Audit head:      event #244 ${head}`,
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await runCli(['info', '--json'], { db })).stdout);
    expect(json).toMatchObject({ path: db, bytes, schema_version: SCHEMA_VERSION, head: { id: 244, hash: head }, last_change: { actor: 'tester' } });
    expect(json.counts.award).toBe(62);
  });
});

describe('output paths never destroy a file', () => {
  it('export -o, import --template -o, --errors and backup refuse the registry, a folder, a device node', async () => {
    const db = await demoCopy();
    const dir = tempDir();
    const twin = join(dir, 'same-file.csv');
    linkSync(db, twin);
    const before = fileState(db);
    const refused: [string[], string][] = [
      [['export', 'awards', '-o', db, '--format', 'csv'], `tdkt: ${db} is the registry itself: writing it would destroy the registry`],
      [['export', 'awards', '-o', twin], `tdkt: ${twin} is the registry itself: writing it would destroy the registry`],
      [['export', 'awards', '-o', dir, '--format', 'csv'], `tdkt: ${dir} is a folder`],
      [['export', 'awards', '-o', '/dev/null', '--format', 'csv'], 'tdkt: /dev/null is not a regular file (a device, pipe or socket): tdkt writes only regular files'],
      [['export', 'awards', '-o', join(dir, 'nowhere', 'x.csv')], `tdkt: The folder ${join(dir, 'nowhere')} does not exist`],
      [['import', '--template', 'csv', '-o', twin], `tdkt: ${twin} is the registry itself: writing it would destroy the registry`],
      [['import', '--template', 'csv', '-o', '/dev/null'], 'tdkt: /dev/null is not a regular file (a device, pipe or socket): tdkt writes only regular files'],
      [['import', '-', '--format', 'csv', '--errors', twin], `tdkt: ${twin} is the registry itself: writing it would destroy the registry`],
      [['import', '-', '--format', 'csv', '--errors', dir], `tdkt: ${dir} is a folder`],
      [['backup', twin, '--force'], `tdkt: ${twin} is the registry itself: writing it would destroy the registry`],
      [['backup', '/dev/null', '--force'], 'tdkt: /dev/null is not a regular file (a device, pipe or socket): tdkt writes only regular files'],
      [['backup', dir, '--force'], `tdkt: ${dir} is a folder`],
    ];
    for (const [argv, first] of refused) {
      const r = await runCli(argv, { db, stdin: 'x\n' });
      expect({ argv, code: r.code, first: r.stderr.split('\n')[0] }).toEqual({ argv, code: 1, first });
    }
    expect(fileState(db)).toEqual(before);
  });

  it('-o - writes to stdout', async () => {
    const db = await demoCopy();
    const r = await runCli(['export', 'awards', '-o', '-', '--format', 'csv'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^line_no,decision_number,/);
    expect(existsSync('-')).toBe(false);
  });
});

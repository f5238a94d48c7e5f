/**
 * --read-only (and TDKT_READ_ONLY=1): every write command is refused with a clear error, and the file is
 * not touched at all: same bytes, and no -wal or -shm appears beside it. Reads work and touch nothing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import type { Prompter } from '../../src/cli/prompt.js';
import { fixedClock, runCli, tempDir } from '../helpers.js';
import { TEST_ENGINE } from '../pg/engine.js';
import { addHonoraryTitle, demoCopy, fileState } from './helpers.js';

let db: string;
let backup: string;

/** Every write command, with arguments that succeed on a writable copy (run in this order). */
const WRITES: string[][] = [
  ['init'],
  ['recipient', 'add', 'Nguyễn Văn X', '--kind', 'individual'],
  ['recipient', 'edit', 'truong-thcs-tran-phu', '--note', 'sửa'],
  ['body', 'add', 'UBND phường X', '--level', 'commune', '--abbr', 'UBND'],
  ['body', 'edit', 'ubnd-le-chan', '--note', 'sửa'],
  ['award-type', 'add', 'KNC_X', '--name', 'Kỷ niệm chương X', '--family', 'form', '--kinds', 'I', '--levels', 'province'],
  ['award-type', 'edit', 'GK', '--note', 'sửa'],
  ['decision', 'add', '06/QĐ-UBND', '--date', '2022-01-11', '--body', 'ubnd-le-chan'],
  ['decision', 'edit', '05/QĐ-UBND', '--note', 'sửa'],
  ['award', 'add', '-d', '06/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2020'],
  ['award', 'edit', '45', '--note', 'sửa'],
  ['ceremony', 'add', 'Hội nghị sơ kết', '--date', '2022-02-01', '--organiser', 'ubnd-le-chan'],
  ['ceremony', 'present', 'hoi-nghi-so-ket-2022-02-01', '--award', '63'],
  ['award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b'],
  ['award', 'strip', '63', '--by', '15/QĐ-CTN', '--date', '2024-09-12'],
  ['award', 'void', '--yes', '64', '--reason', 'nhập nhầm'],
  ['decision', 'annul', '3987/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c', '--yes'],
  ['restore', '<backup>', '--yes'],
];
const args = (argv: string[]) => argv.map((a) => (a === '<backup>' ? backup : a));
const name = (argv: string[]) => argv.filter((a) => /^[a-z-]+$/.test(a)).slice(0, argv[0] === 'init' || argv[0] === 'restore' ? 1 : 2).join(' ');

beforeAll(async () => {
  db = await demoCopy({ forFile: true });
  await addHonoraryTitle(db);
  backup = join(tempDir({ forFile: true }), 'backup.sqlite');
  expect((await runCli(['backup', backup], { db })).code).toBe(0);
});

describe('read-only refuses every write and leaves the file as it was', () => {
  for (const argv of WRITES) {
    for (const how of ['--read-only', 'TDKT_READ_ONLY=1'] as const) {
      it(`tdkt ${how} ${argv.join(' ')}`, async () => {
        const before = fileState(db);
        expect(before).toMatchObject({ wal: false, shm: false });
        const r = how === '--read-only' ? await runCli(['--read-only', ...args(argv)], { db }) : await runCli(args(argv), { db, env: { TDKT_READ_ONLY: '1' } });
        expect(r).toEqual({
          code: 1,
          stdout: '',
          stderr: `tdkt: The registry is open read-only: cannot run ${name(argv)}\nhint: Run without --read-only (and unset TDKT_READ_ONLY) to make changes.\n`,
        });
        expect(fileState(db)).toEqual(before);
      });
    }
  }

  it('the same commands succeed without --read-only (so it is read-only mode that refused them)', async () => {
    const copy = await demoCopy();
    await addHonoraryTitle(copy);
    // On a server, restore goes into an empty database only (test/pg/copy.test.ts), never over this one.
    for (const argv of WRITES.filter((a) => TEST_ENGINE === 'sqlite' || a[0] !== 'restore')) {
      const r = await runCli(args(argv), { db: copy });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
    }
  });

  it('refuses before prompting for missing values on a terminal', async () => {
    const never = () => {
      throw new Error('prompted');
    };
    const prompter: Prompter = { input: never, select: never, search: never, confirm: never };
    const r = await runCli(['award', 'revoke', '3'], { db, tty: true, prompter, env: { TDKT_READ_ONLY: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('tdkt: The registry is open read-only: cannot run award revoke');
  });

  it('TDKT_READ_ONLY=0 or empty does not mean read-only', async () => {
    const copy = await demoCopy();
    expect((await runCli(['award', 'edit', '45', '--note', 'x'], { db: copy, env: { TDKT_READ_ONLY: '0' } })).code).toBe(0);
    expect((await runCli(['award', 'edit', '45', '--note', 'y'], { db: copy, env: { TDKT_READ_ONLY: '' } })).code).toBe(0);
  });
});

describe('read-only reads touch nothing', () => {
  const READS = [
    ['award', 'list', '--include-revoked'],
    ['roster', 'le-chan-2022', '--json'],
    ['history', 'nd-cb-phuong-du-hang-kenh'],
    ['counts', '--year', '2021'],
    ['audit', 'log', '--last', '3'],
    ['audit', 'verify'],
  ];
  for (const argv of READS) {
    it(`tdkt --read-only ${argv.join(' ')}`, async () => {
      const before = fileState(db);
      const r = await runCli(['--read-only', ...argv], { db });
      expect(r.code, r.stderr).toBe(0);
      expect(fileState(db)).toEqual(before);
    });
  }

  it('backup works read-only and leaves the registry as it was', async () => {
    const before = fileState(db);
    const dest = join(tempDir(), 'copy.sqlite');
    const r = await runCli(['--read-only', 'backup', dest], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(fileState(db)).toEqual(before);
    // The copy is a SQLite file on either engine; the tests name only the engine's registries by path.
    if (TEST_ENGINE === 'sqlite') expect((await runCli(['--read-only', 'audit', 'verify'], { db: dest })).code).toBe(0);
  });

  // A file path that names nothing (on a server, test/core/records-vi.test.ts: an empty database).
  it.skipIf(TEST_ENGINE === 'postgres')('a missing registry is not created', async () => {
    const path = join(tempDir(), 'none.sqlite');
    const r = await runCli(['--read-only', 'award', 'list'], { db: path });
    expect(r).toEqual({ code: 1, stdout: '', stderr: `tdkt: No registry at ${path}\nhint: Create one with: tdkt --db ${path} init — or choose an existing one with --db or TDKT_DB (tdkt info shows which registry is used).\n` });
    await expect(import('node:fs').then((fs) => fs.existsSync(path))).resolves.toBe(false);
  });

  // SQLite's write-ahead log.
  it.skipIf(TEST_ENGINE === 'postgres')('while another process writes (its -wal exists), a read-only reader sees the latest commit and writes nothing', async () => {
    const copy = await demoCopy();
    const writer = await openRegistry(copy, { clock: fixedClock, actor: 'clerk' });
    try {
      const { editRecipient } = await import('../../src/core/recipient/service.js');
      await editRecipient(writer, 'truong-thcs-tran-phu', { note: 'ghi chú mới' });
      const before = fileState(copy);
      expect(before).toMatchObject({ wal: true, shm: true });
      const r = await runCli(['--read-only', 'recipient', 'show', 'truong-thcs-tran-phu', '--json'], { db: copy });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).note).toBe('ghi chú mới');
      expect((await runCli(['--read-only', 'audit', 'verify'], { db: copy })).code).toBe(0);
      expect(fileState(copy)).toEqual(before);
    } finally {
      await writer.close();
    }
  });
});

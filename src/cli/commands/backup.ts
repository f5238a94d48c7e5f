import { Command } from 'commander';
import { BACKUP } from '../../i18n/messages/scale.js';
import type { Context } from '../context.js';
import { examples } from '../options.js';

interface BackupOptions {
  force?: boolean;
}

export function backupCommand(ctx: Context): Command {
  const cmd = new Command('backup')
    .argument('<file>', BACKUP.argFile())
    .option('--force', BACKUP.optForce())
    .action((file: string, opts: BackupOptions) => runBackup(file, opts, ctx));
  // i18n-ignore: example commands, the same in every language
  return examples(cmd, ['tdkt backup /mnt/usb/tdkt-2026-03-01.sqlite', 'tdkt --read-only backup ./for-inspection.sqlite']);
}

export async function runBackup(file: string, opts: BackupOptions, ctx: Context): Promise<void> {
  const { isPostgresUrl } = await import('../../core/paths.js');
  if (isPostgresUrl(ctx.registryPath())) {
    // A server's registry: a logical copy into a new SQLite file, proven (rows, head, verification).
    const { backupServerRegistry } = await import('../../core/trust/backup.js');
    const r = await backupServerRegistry(ctx.registryPath(), file, { overwrite: opts.force, clock: ctx.io.clock });
    const { SCHEMA_VERSION } = await import('../../core/db.js');
    ctx.info(BACKUP.backedUp(r.from, file, r.bytes, SCHEMA_VERSION, r.verified.events, r.head ? `#${r.head.id} ${r.head.hash.slice(0, 16)}…` : ''));
    ctx.io.stdout.write(`${file}\n`);
    return;
  }
  const reg = await ctx.registry();
  const { backupRegistry } = await import('../../core/trust/backup.js');
  const b = await backupRegistry(reg, file, { overwrite: opts.force });
  ctx.info(BACKUP.backedUp(reg.path, file, b.bytes, b.schema_version, b.events, b.head ? `#${b.head.id} ${b.head.hash.slice(0, 16)}…` : ''));
  ctx.info(b.checked.how === 'bytes' ? BACKUP.checkedBytes(b.checked.bytes) : BACKUP.checkedCopy(b.checked.pages, b.checked.tables));
  ctx.io.stdout.write(`${file}\n`);
}

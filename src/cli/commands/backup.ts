import { Command } from 'commander';
import type { Context } from '../context.js';
import { examples } from '../options.js';

interface BackupOptions {
  force?: boolean;
}

export function backupCommand(ctx: Context): Command {
  const cmd = new Command('backup')
    .argument('<file>', 'the backup file to create')
    .option('--force', 'replace the file if it exists')
    .action((file: string, opts: BackupOptions) => runBackup(file, opts, ctx));
  return examples(cmd, ['tdkt backup /mnt/usb/tdkt-2026-03-01.sqlite', 'tdkt --read-only backup ./for-inspection.sqlite']);
}

export async function runBackup(file: string, opts: BackupOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry();
  const { backupRegistry } = await import('../../core/trust/backup.js');
  const b = await backupRegistry(reg, file, { overwrite: opts.force });
  const head = b.head ? `, head event #${b.head.id} ${b.head.hash.slice(0, 16)}…` : '';
  ctx.info(`Backed up ${reg.path} to ${file}: ${b.bytes} bytes, schema ${b.schema_version}, ${b.events} audit events${head}.`);
  const n = b.verification.problems.length + b.verification.more;
  if (n > 0) ctx.info(`warning: the registry fails verification (${n} problem${n === 1 ? '' : 's'}) and the copy reproduces them; see: tdkt audit verify`);
  ctx.io.stdout.write(`${file}\n`);
}

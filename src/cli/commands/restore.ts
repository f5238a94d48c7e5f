import { Command } from 'commander';
import type { RegistrySummary } from '../../core/trust/backup.js';
import type { Context } from '../context.js';
import { examples, writes } from '../options.js';
import { confirmOrYes } from '../prompt.js';
import { UsageError } from '../errors.js';

interface RestoreOptions {
  yes?: boolean;
}

export function restoreCommand(ctx: Context): Command {
  const cmd = new Command('restore')
    .argument('<file>', 'the backup file')
    .option('-y, --yes', 'do not ask for confirmation (needed when not on a terminal)')
    .action((file: string, opts: RestoreOptions) => runRestore(file, opts, ctx));
  return examples(writes(cmd), ['tdkt restore /mnt/usb/tdkt-2026-03-01.sqlite', 'tdkt --db ./le-chan.sqlite restore ./le-chan-backup.sqlite --yes']);
}

const describe = (s: RegistrySummary) => `${s.events} audit events, last change ${s.last_change ?? 'never'}`;

export async function runRestore(file: string, opts: RestoreOptions, ctx: Context): Promise<void> {
  const path = ctx.registryPath();
  const { chainDifference, restoreRegistry, verifyBackup, summarise } = await import('../../core/trust/backup.js');
  const { openRegistry } = await import('../../core/db.js');
  const backup = await verifyBackup(file);
  let current = 'no registry yet';
  try {
    const reg = await openRegistry(path, { readOnly: true, asIs: true });
    current = describe(summarise(reg));
    await reg.close();
  } catch (e) {
    current = `cannot be read: ${(e as Error).message}`;
  }
  ctx.info(`The backup ${file} verifies: ${describe(backup)}.`);
  const difference = await chainDifference(path, file);
  if (difference) {
    ctx.info(`warning: the backup does not extend the registry's history: ${difference}.`);
    if (!opts.yes) throw new UsageError('a backup that does not extend the registry\'s history is restored only with --yes');
  }
  await confirmOrYes(ctx, opts.yes, `Replace the registry ${path} (${current}) with it? The current file is kept aside.`, 'restore');
  const r = await restoreRegistry(path, file, { clock: ctx.io.clock });
  if (difference && r.restored.head) {
    // The anchors noted so far describe the history just replaced: later checks start from here.
    const { anchorsPath, noteAnchor } = await import('../../core/trust/anchors.js');
    const anchors = anchorsPath(path, ctx.io.env);
    if (anchors) noteAnchor(anchors, { ...r.restored.head, at: r.restored.last_change ?? '' }, 'restore');
  }
  ctx.info(`Restored ${path} from ${file} (${describe(r.restored)}).${r.replaced ? ` The replaced registry is kept at ${r.replaced}` : ''}`);
  if (r.replaced) ctx.io.stdout.write(`${r.replaced}\n`);
}

import { Command } from 'commander';
import type { RegistrySummary } from '../../core/trust/backup.js';
import type { Context } from '../context.js';
import { examples, writes } from '../options.js';
import { confirmOrYes } from '../prompt.js';
import { UsageError } from '../errors.js';
import { RESTORE, WORDS_B } from '../../i18n/messages/commands-b.js';
import { isPostgresUrl } from '../../core/paths.js';
import { TdktError } from '../../core/errors.js';

interface RestoreOptions {
  yes?: boolean;
}

export function restoreCommand(ctx: Context): Command {
  const cmd = new Command('restore')
    .argument('<file>', RESTORE.argFile())
    .option('-y, --yes', WORDS_B.yes())
    .action((file: string, opts: RestoreOptions) => runRestore(file, opts, ctx));
  return examples(writes(cmd), ['tdkt restore /mnt/usb/tdkt-2026-03-01.sqlite', 'tdkt --db ./le-chan.sqlite restore ./le-chan-backup.sqlite --yes']);
}

const describe = (s: RegistrySummary) => RESTORE.summary(s.events, s.last_change ?? null);

export async function runRestore(file: string, opts: RestoreOptions, ctx: Context): Promise<void> {
  const path = ctx.registryPath();
  if (isPostgresUrl(path)) return restoreIntoServer(file, path, ctx);
  const { chainDifference, restoreRegistry, verifyBackup, summarise } = await import('../../core/trust/backup.js');
  const { openRegistry } = await import('../../core/db.js');
  const backup = await verifyBackup(file);
  let current = RESTORE.noRegistry();
  try {
    const reg = await openRegistry(path, { readOnly: true, asIs: true });
    current = describe(summarise(reg));
    await reg.close();
  } catch (e) {
    current = RESTORE.unreadable((e as Error).message);
  }
  ctx.info(RESTORE.verifies(file, describe(backup)));
  const difference = await chainDifference(path, file);
  if (difference) {
    ctx.info(RESTORE.notExtending(difference));
    if (!opts.yes) throw new UsageError(RESTORE.needsYes());
  }
  await confirmOrYes(ctx, opts.yes, RESTORE.confirm(path, current), 'restore');
  const r = await restoreRegistry(path, file, { clock: ctx.io.clock });
  if (difference && r.restored.head) {
    // The anchors noted so far describe the history just replaced: later checks start from here.
    const { anchorsPath, noteAnchor } = await import('../../core/trust/anchors.js');
    const anchors = anchorsPath(path, ctx.io.env);
    if (anchors) noteAnchor(anchors, { ...r.restored.head, at: r.restored.last_change ?? '' }, 'restore');
  }
  ctx.info(RESTORE.restored(path, file, describe(r.restored), r.replaced ?? undefined));
  if (r.replaced) ctx.io.stdout.write(`${r.replaced}\n`);
}

/**
 * A backup restored on a server: the verified backup copied into an empty database (tdkt copy, which
 * proves the copy by its counts and its audit trail), never over a registry in use.
 */
async function restoreIntoServer(file: string, url: string, ctx: Context): Promise<void> {
  const { verifyBackup } = await import('../../core/trust/backup.js');
  const { copyRegistry } = await import('../../core/copy.js');
  const { displayUrl } = await import('../../core/postgres.js');
  const backup = await verifyBackup(file);
  ctx.info(RESTORE.verifies(file, describe(backup)));
  try {
    const report = await copyRegistry(file, url, { clock: ctx.io.clock, actor: ctx.actor, notice: (m) => ctx.info(m) });
    ctx.info(RESTORE.restored(report.to, file, describe(backup), undefined));
  } catch (e) {
    if (e instanceof TdktError && e.code === 'conflict') throw new TdktError('conflict', RESTORE.serverNotEmpty(displayUrl(url)), { hint: RESTORE.serverNotEmptyHint() });
    throw e;
  }
}

import { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { AUDITED_ENTITIES } from '../../core/audit.js';
import type { Context, OutputOptions } from '../context.js';
import { examples, withOutput } from '../options.js';

export function infoCommand(ctx: Context): Command {
  const cmd = new Command('info').action((opts: OutputOptions) => runInfo(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt info', 'tdkt --db ./le-chan.sqlite info --json']);
}

interface Info {
  path: string;
  bytes: number;
  wal_bytes: number;
  schema_version: number;
  counts: Record<string, number>;
  last_change: { at: string; actor: string; command: string; action: string; entity: string; ref: string | null } | null;
  head: { id: number; hash: string } | null;
}

const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);

export async function runInfo(opts: OutputOptions, ctx: Context): Promise<void> {
  const reg = await ctx.registry({ asIs: true });
  const counts: Record<string, number> = {};
  // An older schema (read as it is) lacks the later tables.
  const tables = new Set((await reg.db.introspection.getTables()).map((t) => t.name));
  for (const t of [...AUDITED_ENTITIES, 'audit_event'] as const) {
    if (tables.has(t)) counts[t] = (await reg.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  }
  const last = await reg.db
    .selectFrom('audit_event')
    .select(['id', 'hash', 'at', 'actor', 'command', 'action', 'entity', 'entity_ref'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const server = reg.engine === 'postgres' ? await (await import('../../core/postgres.js')).postgresInfo(reg.db) : undefined;
  const info: Info = {
    path: reg.path,
    bytes: server ? server.bytes : size(reg.path),
    wal_bytes: server ? 0 : size(`${reg.path}-wal`),
    schema_version: server ? server.version : (reg.sqlite.pragma('user_version', { simple: true }) as number),
    counts,
    last_change: last ? { at: last.at, actor: last.actor, command: last.command, action: last.action, entity: last.entity, ref: last.entity_ref } : null,
    head: last ? { id: last.id, hash: last.hash } : null,
  };
  if (ctx.format(opts) === 'json') {
    ctx.io.stdout.write(JSON.stringify(info, null, 2) + '\n');
    return;
  }
  const { escapeControl } = await import('../../render/escape.js');
  const lines = [
    `Registry:        ${escapeControl(info.path)}`,
    `Size:            ${info.bytes.toLocaleString('en')} bytes${info.wal_bytes ? ` (+ ${info.wal_bytes.toLocaleString('en')} in ${escapeControl(info.path)}-wal)` : ''}`,
    `Schema version:  ${info.schema_version}`,
    `Records:         ${Object.entries(counts)
      .filter(([t]) => t !== 'audit_event')
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
    `Audit events:    ${(counts.audit_event ?? 0).toLocaleString('en')}`,
    `Last change:     ${last ? escapeControl(`${last.at} by ${last.actor} (${last.command}: ${last.action} ${last.entity}${last.entity_ref ? ` ${last.entity_ref}` : ''})`) : 'none'}`,
    `Audit head:      ${last ? `event #${last.id} ${last.hash}` : 'none'}`,
  ];
  ctx.io.stdout.write(lines.join('\n') + '\n');
}

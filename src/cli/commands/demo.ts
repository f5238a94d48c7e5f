import { Command, Option } from 'commander';
import { dirname, join } from 'node:path';
import { defaultRegistryPath } from '../../core/paths.js';
import { countAwards } from '../../core/report/counts.js';
import { buildRoster } from '../../core/report/roster.js';
import { resolveCeremony } from '../../core/resolve.js';
import type { Context } from '../context.js';
import { examples } from '../options.js';
import { countsModel, rosterModel } from '../views/reports.js';
import { DEMO } from '../../i18n/messages/commands-b.js';

interface DemoOptions {
  file?: string;
  format?: 'table' | 'md';
}

export function demoCommand(ctx: Context): Command {
  const cmd = new Command('demo')
    .option('--file <path>', DEMO.optFile())
    .addOption(new Option('-f, --format <format>', DEMO.optFormat()).choices(['table', 'md']).default('table'))
    .action((opts: DemoOptions) => runDemo(opts, ctx));
  return examples(cmd, ['tdkt demo', 'tdkt demo --file /tmp/demo.sqlite --format md']);
}

export function demoPath(ctx: Context): string {
  const env = { ...ctx.io.env, TDKT_DB: undefined };
  return join(dirname(defaultRegistryPath(env, ctx.io.home)), 'demo.sqlite');
}

export async function runDemo(opts: DemoOptions, ctx: Context): Promise<void> {
  const path = opts.file ?? demoPath(ctx);
  const { buildDemo, DEMO_CEREMONY } = await import('../../core/write.js');
  const reg = await buildDemo(path, { clock: ctx.io.clock, actor: ctx.actor });
  try {
    const roster = await buildRoster(reg.db, DEMO_CEREMONY);
    const ceremony = await resolveCeremony(reg.db, DEMO_CEREMONY);
    const counts = await countAwards(reg.db, { ceremonyId: ceremony.id });
    const fmt = { format: opts.format ?? 'table' };
    await ctx.print(rosterModel(roster.lines, DEMO.rosterTitle(roster.ceremony.name, roster.ceremony.date)), fmt);
    ctx.io.stdout.write('\n');
    await ctx.print(countsModel(counts, DEMO.countsTitle(roster.ceremony.name)), fmt);
  } finally {
    await reg.close();
  }
  // As a shell reads it: a path with spaces, or a server's URL (its ? and &), is quoted.
  const db = /[\s&?;|<>()$`'"*#!~[\]{}\\]/.test(path) ? `'${path.replace(/'/g, `'\\''`)}'` : path;
  ctx.info(
    [
      '',
      DEMO.registry(path),
      DEMO.explore(),
      `  tdkt --db ${db} history "truong thcs tran phu"`,
      `  tdkt --db ${db} search du hang kenh`,
      `  tdkt --db ${db} counts --year 2021 --level province`,
      `  tdkt --db ${db} roster ${DEMO_CEREMONY} --json`,
      `  tdkt --db ${db} check`,
      `  tdkt --db ${db} eligible CSTDCS --year 2021`,
    ].join('\n'),
  );
}

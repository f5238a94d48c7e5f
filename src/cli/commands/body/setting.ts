import { Command } from 'commander';
import { BODY_SETTINGS, type BodySettingRow } from '../../../core/paperwork/body-settings.js';
import { resolveBody } from '../../../core/resolve.js';
import type { Column } from '../../../render/model.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';

const columns: Column<BodySettingRow>[] = [
  { key: 'key', header: 'Setting' },
  { key: 'value', header: 'Value', value: (r) => (Array.isArray(r.value) ? r.value.join('\n') : r.value), humanOnly: true },
  { key: 'value', header: 'Value', machineOnly: true },
  { key: 'set', header: 'Set here', value: (r) => (r.set ? 'yes' : 'no (default)'), humanOnly: true },
  { key: 'set', header: 'Set', machineOnly: true },
  { key: 'describe', header: 'Meaning', maxWidth: 60 },
];

function parseDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`"${v}" is not a date: expected YYYY-MM-DD, e.g. 2022-01-10`);
  return v;
}

export function bodySettingCommand(ctx: Context): Command {
  const list = new Command('list')
    .description('what a body prints on its documents: every setting with its value (set here, or the default)')
    .argument('<body>', 'reference or name')
    .option('--date <date>', 'the defaults for a document of this date (grounds change with the law), YYYY-MM-DD')
    .action(async (query: string, opts: OutputOptions & { date?: string }) => {
      const reg = await ctx.registry();
      const body = await resolveBody(reg.db, query);
      const { bodySettings } = await import('../../../core/paperwork/body-settings.js');
      const date = opts.date ? parseDate(opts.date) : reg.now().slice(0, 10);
      await ctx.print({ columns, rows: await bodySettings(reg.db, body.id, date) }, opts);
    });
  withOutput(list);
  examples(list, ['tdkt body setting list ubnd-le-chan', 'tdkt body setting list ubnd-le-chan --date 2022-01-10 --json']);

  const set = new Command('set')
    .description(`set a body's document setting (${BODY_SETTINGS.map((s) => s.key).join(', ')}); a setting of lines takes one value per line`)
    .argument('<body>', 'reference or name')
    .argument('<key>', 'the setting')
    .argument('<values...>', 'its value, or one value per line')
    .action(async (query: string, key: string, values: string[]) => {
      const reg = await ctx.registry();
      const body = await resolveBody(reg.db, query);
      const { setBodySetting } = await import('../../../core/paperwork/body-settings.js');
      await setBodySetting(reg, body, key, values);
      ctx.info(`${body.ref}: ${key} set`);
    });
  examples(writes(set), [
    'tdkt body setting set ubnd-le-chan archive "VT, NV"',
    'tdkt body setting set ubnd-le-chan recipients "Như Điều 3" "TT Quận ủy, TT HĐND quận"',
    'tdkt body setting set ubnd-le-chan signer.name "Nguyễn Văn Thành"',
  ]);

  const unset = new Command('unset')
    .description('return a body setting to its default')
    .argument('<body>', 'reference or name')
    .argument('<key>', 'the setting')
    .action(async (query: string, key: string) => {
      const reg = await ctx.registry();
      const body = await resolveBody(reg.db, query);
      const { setBodySetting } = await import('../../../core/paperwork/body-settings.js');
      await setBodySetting(reg, body, key, null);
      ctx.info(`${body.ref}: ${key} back to its default`);
    });
  examples(writes(unset), ['tdkt body setting unset ubnd-le-chan archive']);

  return new Command('setting')
    .description('what a body prints on its documents: heading lines, grounds, recipients, signer, place, font')
    .addCommand(list)
    .addCommand(set)
    .addCommand(unset);
}

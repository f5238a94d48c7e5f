import { Command } from 'commander';
import { BODY_SETTINGS, type BodySettingRow } from '../../../core/paperwork/body-settings.js';
import { resolveBody } from '../../../core/resolve.js';
import type { Column } from '../../../render/model.js';
import type { Context, OutputOptions } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, withOutput, writes } from '../../options.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { BODY_CMD } from '../../../i18n/messages/commands-a-records.js';

const columns = (): Column<BodySettingRow>[] => [
  { key: 'key', header: BODY_CMD.colSetting() },
  { key: 'value', header: BODY_CMD.colValue(), value: (r) => (Array.isArray(r.value) ? r.value.join('\n') : r.value), humanOnly: true },
  { key: 'value', header: BODY_CMD.colValue(), machineOnly: true },
  { key: 'set', header: BODY_CMD.colSetHere(), value: (r) => (r.set ? BODY_CMD.setYes() : BODY_CMD.setNo()), humanOnly: true },
  { key: 'set', header: BODY_CMD.colSet(), machineOnly: true },
  { key: 'describe', header: BODY_CMD.colMeaning(), maxWidth: 60 },
];

function parseDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(BODY_CMD.notADate(v));
  return v;
}

export function bodySettingCommand(ctx: Context): Command {
  const list = new Command('list')
    .description(BODY_CMD.settingListDescription())
    .argument('<body>', COMMON_A.refOrName())
    .option('--date <date>', BODY_CMD.settingDate())
    .action(async (query: string, opts: OutputOptions & { date?: string }) => {
      const reg = await ctx.registry();
      const body = await resolveBody(reg.db, query);
      const { bodySettings } = await import('../../../core/paperwork/body-settings.js');
      const date = opts.date ? parseDate(opts.date) : reg.now().slice(0, 10);
      await ctx.print({ columns: columns(), rows: await bodySettings(reg.db, body.id, date) }, opts);
    });
  withOutput(list);
  examples(list, ['tdkt body setting list ubnd-le-chan', 'tdkt body setting list ubnd-le-chan --date 2022-01-10 --json']);

  const set = new Command('set')
    .description(BODY_CMD.settingSetDescription(BODY_SETTINGS.map((s) => s.key).join(', ')))
    .argument('<body>', COMMON_A.refOrName())
    .argument('<key>', BODY_CMD.settingKey())
    .argument('<values...>', BODY_CMD.settingValues())
    .action(async (query: string, key: string, values: string[]) => {
      const reg = await ctx.registry();
      const body = await resolveBody(reg.db, query);
      const { setBodySetting } = await import('../../../core/paperwork/body-settings.js');
      await setBodySetting(reg, body, key, values);
      ctx.info(BODY_CMD.settingSet(body.ref, key));
    });
  examples(writes(set), [
    'tdkt body setting set ubnd-le-chan archive "VT, NV"',
    'tdkt body setting set ubnd-le-chan recipients "Như Điều 3" "TT Quận ủy, TT HĐND quận"',
    'tdkt body setting set ubnd-le-chan signer.name "Nguyễn Văn Thành"',
  ]);

  const unset = new Command('unset')
    .description(BODY_CMD.settingUnsetDescription())
    .argument('<body>', COMMON_A.refOrName())
    .argument('<key>', BODY_CMD.settingKey())
    .action(async (query: string, key: string) => {
      const reg = await ctx.registry();
      const body = await resolveBody(reg.db, query);
      const { setBodySetting } = await import('../../../core/paperwork/body-settings.js');
      await setBodySetting(reg, body, key, null);
      ctx.info(BODY_CMD.settingUnset(body.ref, key));
    });
  examples(writes(unset), ['tdkt body setting unset ubnd-le-chan archive']);

  return new Command('setting')
    .description(BODY_CMD.settingDescription())
    .addCommand(list)
    .addCommand(set)
    .addCommand(unset);
}

import { Command } from 'commander';
import type { Context, OutputOptions } from '../context.js';
import { examples, withOutput } from '../options.js';
import type { Column } from '../../render/model.js';
import type { RuleRow } from '../../core/law/rules/index.js';
import { RULES_TABLE } from '../../i18n/messages/law.js';

/** The rules table's columns (the JSON contract: keys stay as they are). */
export function ruleColumns(): Column<RuleRow>[] {
  return [
    { key: 'id', header: RULES_TABLE.rule() },
    { key: 'describe', header: RULES_TABLE.describe() },
    { key: 'article', header: RULES_TABLE.article() },
    { key: 'regimes', header: RULES_TABLE.regimes() },
    { key: 'evidence', header: RULES_TABLE.evidence() },
    { key: 'blocking', header: RULES_TABLE.blocking(), value: (r) => (r.blocking ? RULES_TABLE.yes() : RULES_TABLE.no()), humanOnly: true },
    { key: 'blocking', header: RULES_TABLE.blocking(), machineOnly: true },
  ];
}

export function rulesCommand(ctx: Context): Command {
  const cmd = new Command('rules').action((opts: OutputOptions) => runRules(opts, ctx));
  withOutput(cmd);
  return examples(cmd, ['tdkt rules', 'tdkt rules --format md']);
}

/** Needs no registry: the rules are part of the program. */
export async function runRules(opts: OutputOptions, ctx: Context): Promise<void> {
  const { ruleRows } = await import('../../core/law/rules/index.js');
  await ctx.print({ columns: ruleColumns(), rows: ruleRows(), title: RULES_TABLE.title() }, opts);
}

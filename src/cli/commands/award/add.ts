import { Command, Option } from 'commander';
import { COMMENDATION_KINDS } from '../../../core/domain.js';
import type { Context, OutputOptions } from '../../context.js';
import { examples, withOutput, writes } from '../../options.js';
import { ask } from '../../prompt.js';
import { awardColumns } from '../../views/records.js';
import { formatWarning } from '../../views/warnings.js';
import { NEW_RECIPIENT, pickAwardType, pickDecision, pickRecipient } from '../pickers.js';
import { KIND_LABELS, RECIPIENT_KINDS, type RecipientKind } from '../../../core/domain.js';
import { parsePeriod } from '../../../core/parse.js';
import { resolveDecision, resolveRecipient } from '../../../core/resolve.js';
import { COMMON_A } from '../../../i18n/messages/commands-a.js';
import { AWARD_CMD } from '../../../i18n/messages/commands-a-award.js';

export interface AwardAddOptions extends OutputOptions {
  decision?: string;
  recipient?: string;
  type?: string;
  period?: string;
  achievement?: string;
  kind?: string;
  line?: string;
  unitName?: string;
  position?: string;
  note?: string;
  strict?: boolean;
}

export function awardAddCommand(ctx: Context): Command {
  const cmd = new Command('add')
    .description(AWARD_CMD.addDescription())
    .option('-d, --decision <decision>', AWARD_CMD.optDecision())
    .option('-r, --recipient <recipient>', AWARD_CMD.optRecipient())
    .option('-t, --type <type>', AWARD_CMD.optType())
    .option('-p, --period <period>', AWARD_CMD.optPeriod())
    .option('-a, --achievement <text>', AWARD_CMD.optAchievement())
    .addOption(new Option('--kind <kind>', AWARD_CMD.optKind()).choices(COMMENDATION_KINDS).default('regular'))
    .option('--line <n>', AWARD_CMD.optLine())
    .option('--unit-name <text>', AWARD_CMD.optUnitName())
    .option('--position <text>', AWARD_CMD.optPosition())
    .option('--note <note>', COMMON_A.freeNote())
    .option('--strict', AWARD_CMD.optStrict())
    .option('--no-strict', AWARD_CMD.optNoStrict())
    .action((opts: AwardAddOptions) => runAwardAdd(opts, ctx));
  withOutput(cmd);
  return examples(writes(cmd), [
    'tdkt award add --decision 05/QĐ-UBND --recipient "truong thcs tran phu" --type GK --period 2021',
    'tdkt award add -d ttg-2021-1625 -r nguyen-van-a -t BK_TTG -p 2016-2020 --line 2',
  ]);
}

/** Answers checked as they are typed: a bad one is asked again, earlier answers are kept. */
const validPeriod = (v: string): true | string => {
  const r = parsePeriod(v);
  return r.ok ? true : r.message;
};

export async function runAwardAdd(opts: AwardAddOptions, ctx: Context): Promise<void> {
  const decision = await ask(ctx, opts.decision, '--decision', '05/QĐ-UBND', () => pickDecision(ctx, AWARD_CMD.askDecision()));
  const reg = await ctx.registry();
  const d = await resolveDecision(reg.db, decision);
  const recipient = await ask(ctx, opts.recipient, '--recipient', 'truong-thcs-tran-phu', () => pickRecipient(ctx, AWARD_CMD.askRecipient(), { allowNew: true }) as Promise<string>);
  // A recipient typed but not found is created once every answer is in (Ctrl-C before then writes nothing).
  const fresh = recipient.startsWith(NEW_RECIPIENT) ? await askNewRecipient(ctx, recipient.slice(NEW_RECIPIENT.length)) : undefined;
  const kind = fresh?.kind ?? (await resolveRecipient(reg.db, recipient)).kind;
  const body = await reg.db.selectFrom('body').select('level').where('id', '=', d.body_id).executeTakeFirstOrThrow();
  const type = await ask(ctx, opts.type, '--type', 'GK', () => pickAwardType(ctx, AWARD_CMD.askType(), { level: body.level, date: d.date, kind }));
  // The usual period is the year before the decision's (a year's results are rewarded early the next year).
  const period = await ask(ctx, opts.period, '--period', '2021', (p) => p.input({ message: AWARD_CMD.askPeriod(), default: String(Number(d.date.slice(0, 4)) - 1), validate: validPeriod }));
  let line = opts.line;
  if (line === undefined && ctx.canPrompt && opts.decision === undefined) {
    const last = await reg.db.selectFrom('award').select((eb) => eb.fn.max('line_no').as('n')).where('decision_id', '=', d.id).executeTakeFirst();
    const next = String(Number(last?.n ?? 0) + 1);
    line = (await (await ctx.prompter()).input({ message: AWARD_CMD.askLine(), default: next, validate: (v) => (/^\d+$/.test(v.trim()) ? true : AWARD_CMD.lineNumber()) })).trim();
  }
  let recipientRef = recipient;
  if (fresh) {
    const { addRecipient } = await import('../../../core/write.js');
    const r = await addRecipient(reg, fresh);
    ctx.info(AWARD_CMD.recipientCreated(r.kind, KIND_LABELS[r.kind], r.ref, r.name));
    recipientRef = r.ref;
  }
  const { recordAwardChecked } = await import('../../../core/write.js');
  let recorded;
  try {
    recorded = await recordAwardChecked(reg, {
      decision: d.ref,
      recipient: recipientRef,
      award_type: type,
      period,
      achievement: opts.achievement,
      kind: opts.kind,
      line,
      unit_name: opts.unitName,
      position: opts.position,
      note: opts.note,
    }, { strict: opts.strict });
  } catch (e) {
    if (fresh) ctx.info(AWARD_CMD.notRecorded(recipientRef));
    throw e;
  }
  const { award: a, findings } = recorded;
  for (const f of findings) ctx.info(formatWarning(f));
  ctx.info(AWARD_CMD.added(String(a.id), a.award_type, a.recipient_name, a.period, a.decision_symbol));
  if (opts.json || opts.format) await ctx.printRecord(awardColumns, a, opts);
  else ctx.io.stdout.write(`${a.id}\n`);
}

/** Kind, unit and position of a recipient created from award add. */
async function askNewRecipient(ctx: Context, name: string): Promise<{ name: string; kind: RecipientKind; unit?: string; position?: string }> {
  const p = await ctx.prompter();
  const kind = await p.select<RecipientKind>({ message: AWARD_CMD.askKind(), choices: RECIPIENT_KINDS.map((k) => ({ name: `${k} (${KIND_LABELS[k]})`, value: k })) });
  if (kind !== 'individual') return { name, kind };
  const unit = await pickRecipient(ctx, AWARD_CMD.askUnit(), { kind: 'collective', optional: true });
  const position = (await p.input({ message: AWARD_CMD.askPosition() })) || undefined;
  return { name, kind, unit, position };
}

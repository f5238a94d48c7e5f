/** Search prompts that let a clerk pick a record by typing part of its name without diacritics. */
import { fold } from '../../core/text.js';
import { listRecipients } from '../../core/recipient/queries.js';
import { listBodies } from '../../core/body/queries.js';
import { conferrableTypes, listAwardTypes } from '../../core/award-type/queries.js';
import { listDecisions } from '../../core/decision/queries.js';
import { listCeremonies } from '../../core/ceremony/queries.js';
import { KIND_LABELS, LEVEL_LABELS, type Level, type RecipientKind } from '../../core/domain.js';
import { humanDate } from '../../i18n/index.js';
import { PICKER } from '../../i18n/messages/commands-b.js';
import type { Context } from '../context.js';
import type { Choice } from '../prompt.js';

const NONE = '\u0000none';

/** Items whose text contains every word of the term, compared without diacritics or case. */
function byWords<T>(items: T[], term: string | undefined, text: (item: T) => string): T[] {
  const words = fold(term ?? '').split(' ').filter(Boolean);
  return items.filter((item) => {
    const t = fold(text(item));
    return words.every((w) => t.includes(w));
  });
}

/** What pickRecipient returns for "a new recipient named …" (award add creates it once everything is answered). */
export const NEW_RECIPIENT = '\u0000new:';

export async function pickRecipient(
  ctx: Context,
  message: string,
  opts: { kind?: string; optional?: boolean; allowNew?: boolean } = {},
): Promise<string | undefined> {
  const reg = await ctx.registry();
  const p = await ctx.prompter();
  const picked = await p.search<string>({
    message,
    source: async (term) => {
      const rows = await listRecipients(reg.db, { kind: opts.kind, text: term ?? '', limit: 15 });
      const choices: Choice<string>[] = rows.map((r) => ({
        name: `${r.name}${r.unit_name ? ` — ${r.unit_name}` : ''}`,
        value: r.ref,
        description: PICKER.recipient(r.ref, r.kind, KIND_LABELS[r.kind as RecipientKind] ?? r.kind),
      }));
      const typed = (term ?? '').trim();
      if (opts.allowNew && typed) choices.push({ name: `+ ${PICKER.newRecipient(typed)}`, value: NEW_RECIPIENT + typed });
      // "None" is offered before anything is typed: once the clerk searches, the first match is selected.
      return opts.optional && !typed ? [{ name: PICKER.none(), value: NONE }, ...choices] : choices;
    },
  });
  return picked === NONE ? undefined : picked;
}

export async function pickBody(ctx: Context, message: string): Promise<string> {
  const reg = await ctx.registry();
  const bodies = await listBodies(reg.db);
  const p = await ctx.prompter();
  return p.search<string>({
    message,
    source: async (term) => {
      return (byWords(bodies, term, (b) => `${b.name} ${b.ref}`)).map((b) => ({ name: b.name, value: b.ref, description: PICKER.body(b.ref, b.level, LEVEL_LABELS[b.level as Level] ?? b.level) }));
    },
  });
}

/**
 * An award type. Given the decision and the recipient's kind, only the types the decision's body may
 * confer on its date to that kind, highest first (all types when none would be left).
 */
export async function pickAwardType(ctx: Context, message: string, context?: { level: string; date: string; kind: string }): Promise<string> {
  const reg = await ctx.registry();
  const allowed = context ? await conferrableTypes(reg.db, context) : [];
  const types = allowed.length ? allowed : await listAwardTypes(reg.db);
  const p = await ctx.prompter();
  return p.search<string>({
    message,
    source: async (term) => {
      return byWords(types, term, (t) => `${t.code} ${t.name_vi}`).map((t) => ({ name: `${t.code} — ${t.name_vi}`, value: t.code, description: PICKER.conferredBy(t.levels, t.levels.map((l) => LEVEL_LABELS[l as Level] ?? l)) }));
    },
  });
}

export async function pickDecision(ctx: Context, message: string): Promise<string> {
  const reg = await ctx.registry();
  const decisions = await listDecisions(reg.db);
  const p = await ctx.prompter();
  return p.search<string>({
    message,
    source: async (term) => {
      return (byWords(decisions, term, (d) => `${d.symbol} ${d.ref} ${d.body_name} ${d.summary ?? ''}`)).reverse().map((d) => ({ name: `${d.symbol} (${humanDate(d.date)}) — ${d.body_name}`, value: d.ref, description: d.summary ?? d.ref }));
    },
  });
}

export async function pickCeremony(ctx: Context, message: string): Promise<string> {
  const reg = await ctx.registry();
  const p = await ctx.prompter();
  const all = await listCeremonies(reg.db);
  return p.select<string>({ message, choices: all.reverse().map((c) => ({ name: `${humanDate(c.date)} ${c.name}`, value: c.ref })) });
}

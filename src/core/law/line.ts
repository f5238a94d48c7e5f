/**
 * The rules every award line meets on its own (who may receive it, who may sign it and when, its
 * period) and the rule of one achievement, one award: pure functions, the single statement of each,
 * called by `award add`/`award edit` and `decision edit` (through the rules table), by the import row by
 * row, and by `tdkt check` over history. A verdict carries its rule id and article, so every command
 * that refuses a line names the same rule.
 */
import { aKind, DISTRICT_ABOLISHED_ON, KIND_LABELS, KIND_LETTER, regimeFor, type RecipientKind } from '../domain.js';
import { LAW_NAMES, lawOf } from './finding.js';
import { formatPeriod } from '../parse.js';
import { describeLevels, levelAbolished, levelsOn, mayConfer } from './levels.js';

export interface LineSubject {
  type: { code: string; name_vi: string; recipient_kinds: string; levels: string; periodicity: string | null; family: string; article: string | null };
  recipient: { name: string; kind: string };
  body: { name: string; level: string };
  decision: { symbol: string; date: string };
  period: { from: number; to: number };
}

/** Which part of the line a verdict is about (the import maps it to a column). */
export type LinePart = 'recipient' | 'decision' | 'period';

export interface Verdict {
  rule: string;
  part: LinePart;
  message: string;
  article: string;
  hint: string;
}

/** The law a decision of `date` falls under, for the articles quoted. */
export function lawName(date: string): string {
  return LAW_NAMES[lawOf(regimeFor(date).code)];
}

/**
 * The award type's article for a decision of `date`. The titles keep their article numbers from Law
 * 15/2003/QH11 to Law 06/2022/QH15 (Art. 21–28 in both); the forms' articles are the 2022 law's.
 */
export function typeArticle(type: { family: string; article: string | null }, date: string): string {
  const article = type.article ?? 'Art. 19–28, 73–75';
  if (lawOf(regimeFor(date).code) === '2022' || type.family === 'title') return `${article}, ${lawName(date)}`;
  return `${article}, Law 06/2022/QH15 (the decision falls under Law 15/2003/QH11)`;
}

export function isAnnualTitle(type: { family: string; periodicity: string | null }): boolean {
  return type.family === 'title' && type.periodicity === 'annual';
}

/** The rules over one line; the rules table (rules/*.ts) holds their descriptions. */
export const LINE_RULES = {
  'recipient-kind': {
    describe: "the award type may go to the recipient's kind (collective, individual, household)",
    article: 'the award type\'s article (Art. 19–28, 73–75)',
    hint: 'Check the recipient and the award type of the line; if the line was recorded in error it should be voided.',
  },
  'conferring-level': {
    describe: "the signing body's level may confer the award type on the decision's date (the catalogue's dated levels)",
    article: 'Art. 77–80',
    hint: "Check the decision's signing body, or the levels of the award type (tdkt award-type show).",
  },
  'signing-level': {
    describe: 'no district body signs after 30/06/2025: the two-tier local government gave its powers to the commune',
    article: 'Art. 80.2, Law 06/2022/QH15; Decree 129/2025/NĐ-CP',
    hint: "Record the decision under the body that signed it: since 01/07/2025 the commune's chairman (UBND xã/phường) confers what the district did; the province's departments confer in their own right (level department).",
  },
  'achievement-period': {
    describe: "the achievement period ends no later than the decision's year; an annual title covers one year",
    article: 'Art. 19–20',
    hint: "Correct the period of the line as printed in the decision's annex.",
  },
} as const;
export type LineRuleId = keyof typeof LINE_RULES;

function verdict(rule: LineRuleId, part: LinePart, message: string, article: string = LINE_RULES[rule].article): Verdict {
  return { rule, part, message, article, hint: LINE_RULES[rule].hint };
}

/** The verdicts of the line rules on one line (empty: it may be written). */
export function lineVerdicts(f: LineSubject): Verdict[] {
  const out: Verdict[] = [];
  const letter = KIND_LETTER[f.recipient.kind as RecipientKind];
  if (!f.type.recipient_kinds.split(',').includes(letter)) {
    const allowed = f.type.recipient_kinds
      .split(',')
      .map((l) => Object.entries(KIND_LETTER).find(([, v]) => v === l)?.[0])
      .filter(Boolean)
      .map((k) => `${k} (${KIND_LABELS[k as RecipientKind]})`);
    out.push(
      verdict(
        'recipient-kind',
        'recipient',
        `${f.type.code} (${f.type.name_vi}) goes to ${allowed.join(' or ')} only; ${f.recipient.name} is ${aKind(f.recipient.kind)}`,
        typeArticle(f.type, f.decision.date),
      ),
    );
  }
  const districtAfterReform = levelAbolished(f.body.level, f.decision.date);
  if (districtAfterReform) {
    out.push(
      verdict(
        'signing-level',
        'decision',
        `${f.body.name} is a district body, and decision ${f.decision.symbol} is dated ${f.decision.date}: the district level was abolished on ${DISTRICT_ABOLISHED_ON}; since then the commune chairman confers what the district chairman did`,
      ),
    );
  } else if (!mayConfer(f.type.levels, f.body.level, f.decision.date)) {
    const on = levelsOn(f.type.levels, f.decision.date);
    out.push(
      verdict(
        'conferring-level',
        'decision',
        `${f.body.name} (level ${f.body.level}) may not confer ${f.type.code}${f.type.levels.includes('@') ? ` on ${f.decision.date}` : ''}; ${on.length ? `it is conferred at level ${on.join(' or ')}` : 'no level confers it on that date'}${f.type.levels.includes('@') ? ` (${describeLevels(f.type.levels)})` : ''}`,
        `Art. 77–80, ${lawName(f.decision.date)}`,
      ),
    );
  }
  const year = Number(f.decision.date.slice(0, 4));
  if (f.period.to > year) {
    out.push(verdict('achievement-period', 'period', `the achievement period ${formatPeriod(f.period.from, f.period.to)} ends after the decision's year ${year}`));
  }
  if (isAnnualTitle(f.type) && f.period.from !== f.period.to) {
    out.push(verdict('achievement-period', 'period', `${f.type.code} is an annual title: give one year, e.g. ${f.period.to}`));
  }
  return out;
}

// ——— one achievement, one award ———

/** What "the same achievement" looks at in a line. */
export interface AchievementLine {
  type_code: string;
  type_family: string;
  type_periodicity: string | null;
  kind: string;
  period_from: number;
  period_to: number;
  /** The signing body (its id). */
  body_id: number;
}

/**
 * The lane in which a line may repeat an achievement: `annual` (an annual title: once per recipient and
 * year, whatever the kind and whoever signs), `regular` (any other award for regular merit), or none (a
 * sudden deed, a thematic or phase movement, long service, seniority, foreigners: each its own
 * achievement; Decree 152/2025/NĐ-CP does not count sudden and thematic awards toward regular merit).
 */
export function achievementLane(l: Omit<AchievementLine, 'body_id'>): 'annual' | 'regular' | undefined {
  if (isAnnualTitle({ family: l.type_family, periodicity: l.type_periodicity })) return 'annual';
  return l.kind === 'regular' ? 'regular' : undefined;
}

/**
 * How `b` relates to the achievement `a` honours (Art. 5.2, Law 06/2022/QH15: "không khen thưởng nhiều
 * lần … cho một thành tích"): `same` — the same annual title for the same year, or the same form for
 * overlapping years from the same signing body: one achievement awarded twice; `other-body` — the same
 * form for overlapping years from another body (a ministry and a province may honour different
 * achievements of the same years: a warning to look at, not a refusal); else undefined.
 */
export function achievementRelation(a: AchievementLine, b: AchievementLine): 'same' | 'other-body' | undefined {
  if (a.type_code !== b.type_code) return undefined;
  const lane = achievementLane(a);
  if (!lane || lane !== achievementLane(b)) return undefined;
  if (lane === 'annual') return a.period_to === b.period_to ? 'same' : undefined;
  if (a.period_from > b.period_to || b.period_from > a.period_to) return undefined;
  return a.body_id === b.body_id ? 'same' : 'other-body';
}

export const DUPLICATE_RULES = {
  'one-annual-title': {
    describe: 'an annual title is conferred at most once per recipient and year, whoever signs',
    article: 'Art. 19–20; Art. 5.2, Law 06/2022/QH15',
    hint: 'Keep one line: void the duplicate (its decision may repeat an earlier one), or correct the year.',
    blocking: true,
  },
  'one-achievement-one-award': {
    describe: 'the same body does not give the same form again for an overlapping achievement period (regular merit)',
    article: 'Art. 5.2, Law 06/2022/QH15 (one achievement, one award)',
    hint: 'If it is a new achievement, correct the period; a sudden deed or a thematic movement is recorded with its kind (--kind sudden / movement).',
    blocking: true,
  },
  'one-achievement-other-body': {
    describe: 'the same form from another body for an overlapping period: look that it honours another achievement',
    article: 'Art. 5.2, Law 06/2022/QH15 (one achievement, one award)',
    hint: "Check both decisions' achievement texts; if they honour the same achievement, the later one is open to revocation (Art. 93.2).",
    blocking: false,
  },
} as const;
export type DuplicateRuleId = keyof typeof DUPLICATE_RULES;

/** The rule that judges `line` repeating an earlier line (`relation`: achievementRelation of the two). */
export function duplicateRuleOf(relation: 'same' | 'other-body', line: AchievementLine): DuplicateRuleId {
  return relation === 'other-body' ? 'one-achievement-other-body' : achievementLane(line) === 'annual' ? 'one-annual-title' : 'one-achievement-one-award';
}

/** The verdict on `line` repeating `earlier` (`relation`: achievementRelation of the two). */
export function duplicateVerdict(relation: 'same' | 'other-body', line: AchievementLine & { recipient: string }, earlier: AchievementLine & { where: string }): Verdict {
  const id = duplicateRuleOf(relation, line);
  const r = DUPLICATE_RULES[id];
  const message =
    id === 'one-annual-title'
      ? `${line.recipient} already holds ${line.type_code} for ${line.period_to} ${earlier.where}: an annual title is conferred at most once per recipient and year`
      : `${line.recipient} already received ${line.type_code} for ${formatPeriod(earlier.period_from, earlier.period_to)} ${earlier.where}${
          earlier.period_from === line.period_from && earlier.period_to === line.period_to ? '' : `, which overlaps ${formatPeriod(line.period_from, line.period_to)},`
        }${id === 'one-achievement-one-award' ? ' from the same body: one achievement, one award' : ' from another body'}`;
  return { rule: id, part: 'period', message, article: r.article, hint: r.hint };
}

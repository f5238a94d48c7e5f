/**
 * The rules every award line meets on its own (who may receive it, who may sign it and when, its
 * period) and the rule of one achievement, one award: pure functions, the single statement of each,
 * called by `award add`/`award edit` and `decision edit` (through the rules table), by the import row by
 * row, and by `tdkt check` over history. A verdict carries its rule id and article, so every command
 * that refuses a line names the same rule.
 */
import { DISTRICT_ABOLISHED_ON, KIND_LABELS, KIND_LETTER, regimeFor, type RecipientKind } from '../domain.js';
import { humanDate } from '../../i18n/index.js';
import { CITE, DUPLICATE, LAW, LINE } from '../../i18n/messages/law.js';
import { cite, parseArticle, type Ref } from './cite.js';
import { lawAct, lawOf, lawTitle } from './finding.js';
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
  return lawTitle(lawOf(regimeFor(date).code));
}

/**
 * The award type's article for a decision of `date`. The titles keep their article numbers from Law
 * 15/2003/QH11 to Law 06/2022/QH15 (Art. 21–28 in both); the forms' articles are the 2022 law's.
 */
export function typeArticle(type: { family: string; article: string | null }, date: string): string {
  const ref: Ref = type.article ? parseArticle(type.article) : { art: '19–28, 73–75' };
  const law = lawOf(regimeFor(date).code);
  if (law === '2022' || type.family === 'title') return cite({ ...ref, act: lawAct(law) });
  return cite({ ...ref, act: 'law2022', note: CITE.fallsUnder2003 });
}

export function isAnnualTitle(type: { family: string; periodicity: string | null }): boolean {
  return type.family === 'title' && type.periodicity === 'annual';
}

/** A rule's texts, in the run's language when read. */
export interface RuleTexts {
  readonly describe: string;
  readonly article: string;
  readonly hint: string;
}

/** The rules over one line; the rules table (rules/*.ts) holds their descriptions. */
export const LINE_RULES = {
  'recipient-kind': {
    get describe() {
      return LINE.recipientKind.describe();
    },
    get article() {
      return LINE.recipientKind.article(cite({ art: '19–28, 73–75' }));
    },
    get hint() {
      return LINE.recipientKind.hint();
    },
  },
  'conferring-level': {
    get describe() {
      return LINE.conferringLevel.describe();
    },
    get article() {
      return cite({ art: '77–80' });
    },
    get hint() {
      return LINE.conferringLevel.hint();
    },
  },
  'signing-level': {
    get describe() {
      return LINE.signingLevel.describe();
    },
    get article() {
      return cite({ art: '80', clause: 2, act: 'law2022' }, { act: { decree: '129/2025/NĐ-CP' } });
    },
    get hint() {
      return LINE.signingLevel.hint();
    },
  },
  'achievement-period': {
    get describe() {
      return LINE.achievementPeriod.describe();
    },
    get article() {
      return cite({ art: '19–20' });
    },
    get hint() {
      return LINE.achievementPeriod.hint();
    },
  },
} satisfies Record<string, RuleTexts>;
export type LineRuleId = keyof typeof LINE_RULES;

function verdict(rule: LineRuleId, part: LinePart, message: string, article: string = LINE_RULES[rule].article): Verdict {
  return { rule, part, message, article, hint: LINE_RULES[rule].hint };
}

/** "an individual" / "cá nhân". */
function kindOf(kind: string): string {
  return LAW.aKind(/^[aeiou]/.test(kind) ? 'an' : 'a', kind, KIND_LABELS[kind as RecipientKind] ?? kind);
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
      .map((k) => LAW.kindName(k!, KIND_LABELS[k as RecipientKind]));
    out.push(
      verdict(
        'recipient-kind',
        'recipient',
        LINE.recipientKind.message(f.type.code, f.type.name_vi, allowed.join(` ${LAW.or()} `), f.recipient.name, kindOf(f.recipient.kind)),
        typeArticle(f.type, f.decision.date),
      ),
    );
  }
  const districtAfterReform = levelAbolished(f.body.level, f.decision.date);
  if (districtAfterReform) {
    out.push(verdict('signing-level', 'decision', LINE.signingLevel.line(f.body.name, f.decision.symbol, humanDate(f.decision.date), humanDate(DISTRICT_ABOLISHED_ON))));
  } else if (!mayConfer(f.type.levels, f.body.level, f.decision.date)) {
    const on = levelsOn(f.type.levels, f.decision.date);
    const dated = f.type.levels.includes('@');
    const head = LINE.conferringLevel.mayNot(f.body.name, f.body.level, f.type.code, dated ? humanDate(f.decision.date) : '');
    const where = on.length ? LINE.conferringLevel.conferredAt(on.join(` ${LAW.or()} `)) : LINE.conferringLevel.noLevel();
    out.push(verdict('conferring-level', 'decision', `${head}; ${where}${dated ? ` (${describeLevels(f.type.levels)})` : ''}`, cite({ art: '77–80', act: lawAct(lawOf(regimeFor(f.decision.date).code)) })));
  }
  const year = Number(f.decision.date.slice(0, 4));
  if (f.period.to > year) {
    out.push(verdict('achievement-period', 'period', LINE.achievementPeriod.endsAfter(formatPeriod(f.period.from, f.period.to), String(year))));
  }
  if (isAnnualTitle(f.type) && f.period.from !== f.period.to) {
    out.push(verdict('achievement-period', 'period', LINE.achievementPeriod.oneYear(f.type.code, String(f.period.to))));
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

const ART_5_2: Ref = { art: '5', clause: 2, act: 'law2022' };

export const DUPLICATE_RULES = {
  // i18n-ignore: a rule id
  'one-annual-title': {
    get describe() {
      return DUPLICATE.oneAnnualTitle.describe();
    },
    get article() {
      return cite({ art: '19–20' }, ART_5_2);
    },
    get hint() {
      return DUPLICATE.oneAnnualTitle.hint();
    },
    blocking: true,
  },
  // i18n-ignore: a rule id
  'one-achievement-one-award': {
    get describe() {
      return DUPLICATE.oneAchievement.describe();
    },
    get article() {
      return cite({ ...ART_5_2, note: CITE.oneAchievement });
    },
    get hint() {
      return DUPLICATE.oneAchievement.hint();
    },
    blocking: true,
  },
  // i18n-ignore: a rule id
  'one-achievement-other-body': {
    get describe() {
      return DUPLICATE.otherBody.describe();
    },
    get article() {
      return cite({ ...ART_5_2, note: CITE.oneAchievement });
    },
    get hint() {
      return DUPLICATE.otherBody.hint(cite({ art: '93', clause: 2 }));
    },
    blocking: false,
  },
} satisfies Record<string, RuleTexts & { blocking: boolean }>;
export type DuplicateRuleId = keyof typeof DUPLICATE_RULES;

/** The rule that judges `line` repeating an earlier line (`relation`: achievementRelation of the two). */
export function duplicateRuleOf(relation: 'same' | 'other-body', line: AchievementLine): DuplicateRuleId {
  // i18n-ignore: rule ids
  return relation === 'other-body' ? 'one-achievement-other-body' : achievementLane(line) === 'annual' ? 'one-annual-title' : 'one-achievement-one-award';
}

/** The verdict on `line` repeating `earlier` (`relation`: achievementRelation of the two). */
export function duplicateVerdict(relation: 'same' | 'other-body', line: AchievementLine & { recipient: string }, earlier: AchievementLine & { where: string }): Verdict {
  const id = duplicateRuleOf(relation, line);
  const r = DUPLICATE_RULES[id];
  const samePeriod = earlier.period_from === line.period_from && earlier.period_to === line.period_to;
  const message =
    // i18n-ignore: a rule id
    id === 'one-annual-title'
      ? DUPLICATE.oneAnnualTitle.message(line.recipient, line.type_code, String(line.period_to), earlier.where)
      : DUPLICATE.received(line.recipient, line.type_code, formatPeriod(earlier.period_from, earlier.period_to), earlier.where) +
        (samePeriod ? '' : DUPLICATE.overlaps(formatPeriod(line.period_from, line.period_to))) +
        // i18n-ignore: a rule id
        (id === 'one-achievement-one-award' ? DUPLICATE.sameBody() : DUPLICATE.anotherBody());
  return { rule: id, part: 'period', message, article: r.article, hint: r.hint };
}

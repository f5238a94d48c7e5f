/**
 * The prerequisite chains of docs/domain.md §5 as data: for an award type, a recipient and an achievement
 * year, the requirements the law sets, by the law of the decision (Law 15/2003 or Law 06/2022). The same
 * chains judge history (`tdkt check`), the lines a clerk writes (`award add`) and nominations
 * (`tdkt eligible`). Pure.
 */
import {
  absenceNote,
  afterPrevious,
  allMembersCompleted,
  allOf,
  anyOf,
  cite,
  collectiveRating,
  consecutiveTitles,
  cstdcsMember,
  holdsTitle,
  initiativesIn,
  ldttShare,
  memberCount,
  noMemberDisciplined,
  ratingAtLeast,
  ratingsAtLeast,
  span,
  unknownBefore,
  yearsBack,
  type Requirement,
  type Subject,
} from './requirements.js';
import { LAW_NAMES, type LawCode } from './finding.js';

export interface Chain {
  /** The award type the chain leads to. */
  code: string;
  /** The rule id that checks it. */
  rule: string;
  recipientKind: 'individual' | 'collective';
  /** The laws whose decisions the chain judges. */
  laws: LawCode[];
  /** The article (the same number in both laws). */
  article: string;
  describe: string;
  /** The evidence the chain reads, for the rules table. */
  evidence: string;
  /** The achievement years the chain looks at for `year` (for discipline over the same years). */
  window(year: number): number[];
  requirements(s: Subject, year: number, law: LawCode): Requirement[];
}

const defined = (rs: (Requirement | undefined)[]): Requirement[] => rs.filter((r): r is Requirement => r !== undefined);
export const articleOf = (art: string, law: LawCode) => `${art}, ${LAW_NAMES[law]}`;

export const CHAINS: Chain[] = [
  {
    code: 'LDTT',
    rule: 'ldtt-criteria',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    article: 'Art. 24',
    describe: 'LDTT needs a rating of good (hoàn thành tốt nhiệm vụ) or better for the year',
    evidence: "the person's rating for the year",
    window: (y) => [y],
    requirements: (s, y) => [ratingAtLeast(s, y, 'good')],
  },
  {
    code: 'CSTDCS',
    rule: 'cstdcs-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    article: 'Art. 23',
    describe: 'CSTDCS needs the LDTT standard for the year (an LDTT title, or a rating of good or better) and an excellent rating or a recognised initiative (Law 2003: an initiative)',
    evidence: "LDTT lines or the year's rating; the rating; initiatives with the level that recognised them",
    window: (y) => [y],
    requirements: (s, y, law) => [
      // Art. 23: "đạt tiêu chuẩn danh hiệu Lao động tiên tiến" — the standard (Art. 24: duties completed
      // well), not an LDTT decision; the title, when recorded, shows it too.
      labelled('the LDTT standard', anyOf(`the LDTT standard in ${y}`, [holdsTitle(s, 'LDTT', y), ratingAtLeast(s, y, 'good')])),
      law === '2022'
        ? anyOf(`rated excellent or an initiative in ${y}`, [ratingAtLeast(s, y, 'excellent'), initiativesIn(s, [y], 'grassroots')])
        : initiativesIn(s, [y], 'grassroots'),
    ],
  },
  {
    code: 'CSTDBT',
    rule: 'cstdbt-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    article: 'Art. 22',
    describe: 'CSTDBT needs CSTDCS in 3 consecutive years and an initiative with province-wide effect in them',
    evidence: 'CSTDCS lines of 3 years; initiatives with their level; the previous CSTDBT',
    window: (y) => yearsBack(y, 3),
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'CSTDBT', y, y - 2),
        consecutiveTitles(s, 'CSTDCS', yearsBack(y, 3)),
        initiativesIn(s, yearsBack(y, 3), 'province'),
      ]),
  },
  {
    code: 'CSTDTQ',
    rule: 'cstdtq-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    article: 'Art. 21',
    describe: 'CSTDTQ needs CSTDBT for two consecutive terms (ending in the year and 3 years before) and a nationwide initiative',
    evidence: 'CSTDBT lines; initiatives recognised nationwide; the previous CSTDTQ',
    window: (y) => yearsBack(y, 6),
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'CSTDTQ', y, y - 5),
        consecutiveTerms(s, 'CSTDBT', [y - 3, y]),
        initiativesIn(s, yearsBack(y, 6), 'national'),
      ]),
  },
  {
    code: 'BK_BT',
    rule: 'bkbt-chain',
    recipientKind: 'individual',
    laws: ['2022'],
    article: 'Art. 74',
    describe: 'BK_BT (individual) needs CSTDCS in 2 consecutive years, or 2 consecutive excellent years with 2 initiatives',
    evidence: 'CSTDCS lines, or ratings and initiatives of 2 years; the previous BK_BT',
    window: (y) => yearsBack(y, 2),
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'BK_BT', y, y - 1),
        anyOf(`CSTDCS ${y - 1}–${y}, or excellent ${y - 1}–${y} with 2 initiatives`, [
          consecutiveTitles(s, 'CSTDCS', yearsBack(y, 2)),
          allOf(`excellent ${y - 1}–${y} with 2 initiatives`, [
            ratingsAtLeast(s, yearsBack(y, 2), 'excellent'),
            initiativesIn(s, yearsBack(y, 2), 'grassroots', 2),
          ]),
        ]),
      ]),
  },
  {
    code: 'BK_TTG',
    rule: 'bkttg-chain',
    recipientKind: 'individual',
    laws: ['2022'],
    article: 'Art. 73',
    describe: 'BK_TTG (individual) needs a BK_BT before 5 consecutive years rated good or better that include 3 CSTDCS',
    evidence: 'BK_BT lines; ratings of 5 years; CSTDCS lines',
    window: (y) => yearsBack(y, 5),
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'BK_TTG', y, y - 4),
        awardBefore(s, 'BK_BT', y - 4),
        ratingsAtLeast(s, yearsBack(y, 5), 'good'),
        titlesAmong(s, 'CSTDCS', yearsBack(y, 5), 3),
      ]),
  },
  {
    code: 'HC_LD_3',
    rule: 'hcld3-chain',
    recipientKind: 'individual',
    laws: ['2022'],
    article: 'Art. 44.1',
    describe: 'HC_LD_3 (individual, the route of merit): a BK_TTG, then 5 consecutive years rated excellent with 2 initiatives recognised at province level or above',
    evidence: 'BK_TTG lines; ratings of 5 years; initiatives with the level that recognised them; the previous HC_LD_3',
    window: (y) => yearsBack(y, 5),
    // Art. 44.1, Law 06/2022/QH15, as Art. 24 of Decree 91/2017/NĐ-CP before it: "đã được tặng Bằng khen
    // của Thủ tướng Chính phủ và 05 năm tiếp theo trở lên liên tục … có 02 sáng kiến … được bộ, ban, ngành,
    // tỉnh công nhận". The other routes (a sudden feat, long service, inventions) rest on evidence the
    // registry does not hold.
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'HC_LD_3', y, y - 4),
        awardBefore(s, 'BK_TTG', y - 4),
        ratingsAtLeast(s, yearsBack(y, 5), 'excellent'),
        initiativesIn(s, yearsBack(y, 5), 'province', 2),
      ]),
  },
  {
    code: 'TTLDTT',
    rule: 'ttldtt-criteria',
    recipientKind: 'collective',
    laws: ['2003', '2022'],
    article: 'Art. 28',
    describe: "TTLDTT needs the collective's own result (duties and plan completed well), ≥70% of members LDTT (Law 2003: more than 50%) and no member disciplined at cảnh cáo or above",
    evidence: "the collective's rating; its member count and LDTT count (declared or from the registry); members' discipline",
    window: (y) => [y],
    requirements: (s, y, law) =>
      defined([
        // Art. 28.1.a (both laws): "hoàn thành tốt nhiệm vụ và kế hoạch được giao" — the collective's own rating.
        collectiveRating(s, y, 'good'),
        memberCount(s, y),
        law === '2022' ? ldttShare(s, y, 70, false) : ldttShare(s, y, 50, true),
        noMemberDisciplined(s, y, 'caution'),
      ]),
  },
  {
    code: 'TTLDXS',
    rule: 'ttldxs-criteria',
    recipientKind: 'collective',
    laws: ['2003', '2022'],
    article: 'Art. 27',
    describe: 'TTLDXS needs an excellent rating, every member completing duties, ≥70% LDTT and a member with CSTDCS (Law 2003: and no member disciplined at cảnh cáo or above)',
    evidence: "the collective's rating; member count, completed and LDTT counts; members' CSTDCS and discipline",
    window: (y) => [y],
    requirements: (s, y, law) =>
      defined([
        collectiveRating(s, y, 'excellent'),
        memberCount(s, y),
        allMembersCompleted(s, y),
        ldttShare(s, y, 70, false),
        cstdcsMember(s, y),
        // Art. 27, Law 15/2003/QH11: "không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên".
        law === '2003' ? noMemberDisciplined(s, y, 'caution') : undefined,
      ]),
  },
];

/** A requirement whose detail names what it shows, when it is met: "the LDTT standard: rated good in 2024". */
function labelled(what: string, r: Requirement): Requirement {
  return r.status === 'met' ? { ...r, detail: `${what}: ${r.detail}` } : r;
}

export function chainFor(code: string): Chain | undefined {
  return CHAINS.find((c) => c.code === code);
}

/** Counting titles of `code` whose terms end in each of `ends` (terms of several years, e.g. CSTDBT). */
function consecutiveTerms(s: Subject, code: string, ends: number[]): Requirement {
  const need = `${code} for terms ending ${ends.join(' and ')}`;
  const held = ends.map((y) => s.facts.titleFor(s.r.id, code, y, s.exceptLineId));
  if (held.every(Boolean)) return { need, status: 'met', detail: held.map((l) => `${code} ${l!.period_to} (${cite(l!)})`).join(', ') };
  const have = held.filter(Boolean).map((l) => String(l!.period_to));
  const lack = ends.filter((_, i) => !held[i]);
  const gap = have.length ? `${code} for ${have.join(', ')} but not for ${lack.join(', ')}` : `no ${code} for terms ending ${ends.join(' or ')}`;
  const hint = `Record the ${code} decisions for ${lack.join(', ')} if there are any.`;
  if (lack.every((y) => unknownBefore(s.facts, y))) return { need, status: 'missing', detail: `${gap}; ${absenceNote(s.facts)}`, hint };
  return { need, status: 'unmet', detail: `${gap} (needs two consecutive terms)`, hint };
}

/** An award of `code` ending before the window (the route starts from it), and none inside the window. */
function awardBefore(s: Subject, code: string, windowStart: number): Requirement {
  const need = `${code} before ${windowStart}`;
  const all = s.facts.counting(s.r.id, code).filter((l) => l.id !== s.exceptLineId);
  const before = all.filter((l) => l.period_to < windowStart).sort((a, b) => b.period_to - a.period_to)[0];
  const when = (l: { period_from: number; period_to: number }) => (l.period_from === l.period_to ? `${l.period_to}` : `${l.period_from}–${l.period_to}`);
  if (before) return { need, status: 'met', detail: `${code} ${when(before)} (${cite(before)})` };
  const later = all.filter((l) => l.period_to >= windowStart);
  if (!later.length && s.facts.settings.completeFrom !== null) {
    return { need, status: 'missing', detail: `no ${code} recorded before ${windowStart}; ${absenceNote(s.facts)}`, hint: `Record the ${code} decision if there is one.` };
  }
  return {
    need,
    status: 'unmet',
    detail: later.length ? `${code} ${later.map(when).join(', ')} falls inside ${windowStart}–${windowStart + 4}; the 5 years must follow it` : `no ${code} ending before ${windowStart}`,
    hint: `See the history: tdkt history ${s.r.ref}`,
  };
}

function titlesAmong(s: Subject, code: string, years: number[], count: number): Requirement {
  const need = `${count}× ${code} in ${span(years)}`;
  const held = years.filter((y) => s.facts.titleFor(s.r.id, code, y, s.exceptLineId));
  if (held.length >= count) return { need, status: 'met', detail: `${code} ${held.join(', ')}` };
  const unknown = years.filter((y) => !held.includes(y) && unknownBefore(s.facts, y));
  if (held.length + unknown.length >= count) {
    return { need, status: 'missing', detail: `${held.length ? `${code} only in ${held.join(', ')}` : `no ${code}`} in ${span(years)} (needs ${count}); ${absenceNote(s.facts)}`, hint: `Record the ${code} decisions for ${unknown.join(', ')} if there are any.` };
  }
  return {
    need,
    status: 'unmet',
    detail: `${held.length ? `${code} only in ${held.join(', ')}` : `no ${code}`} in ${span(years)} (needs ${count})`,
    hint: `Record the ${code} decisions if there are any; see tdkt history ${s.r.ref}`,
  };
}

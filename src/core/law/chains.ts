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
  anyOf,
  cite,
  collectiveRating,
  consecutiveTitles,
  cstdcsMember,
  holdsTitle,
  initiativesIn,
  leadsCluster,
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
import { lawAct, lawOf, type LawCode } from './finding.js';
import { formatPeriod } from '../parse.js';
import { cite as citeArt, type Ref } from './cite.js';
import { CHAIN, REQ } from '../../i18n/messages/law-chains.js';
import { CLUSTER_REQ } from '../../i18n/messages/law-clusters.js';
import { LAW } from '../../i18n/messages/law.js';
import type { Message } from '../../i18n/index.js';

/**
 * One of the alternative routes to an award (a point of the article, or one of its alternatives): the
 * award is lawful when the requirements of one route are all met.
 */
export interface Route {
  /** Stable, for scripts: "74.1.d-cstdcs". */
  id: string;
  /** The article, clause and point with its act. */
  ref: Ref;
  /** What the route asks, short: "2 consecutive CSTDCS". */
  label: string;
  requirements: Requirement[];
}

export interface Chain {
  /** The award type the chain leads to. */
  code: string;
  /** The rule id that checks it. */
  rule: string;
  recipientKind: 'individual' | 'collective';
  /** The laws whose decisions the chain judges. */
  laws: LawCode[];
  /** Only decisions of these regimes (docs/domain.md §2), when the chain is encoded for some of a law's decrees. */
  regimes?: string[];
  /** The article (the same number in both laws). */
  ref: Ref;
  /** The article as the rules table shows it, in the run's language. */
  readonly article: string;
  readonly describe: string;
  /** The evidence the chain reads, for the rules table. */
  readonly evidence: string;
  /** The achievement years the chain looks at for `year` (for discipline over the same years). */
  window(year: number): number[];
  /** The requirements every route shares (e.g. the interval from the previous award). */
  requirements(s: Subject, year: number, law: LawCode, regime: string): Requirement[];
  /** The alternative routes, for chains with more than one (none: the requirements are the chain). */
  routes?(s: Subject, year: number, regime: string): Route[];
  /** Of a chain with routes: the clause whose points the routes are, for a decision of `regime`. */
  basis?(regime: string): Ref;
}

/** The article a nomination list is judged by: the routes' clause, or the chain's article with its law. */
export function chainArticle(chain: Chain, regime: string): string {
  return chain.basis ? citeArt(chain.basis(regime)) : articleOf(chain.ref, lawOf(regime));
}

/** Whether the chain judges decisions of `regime`. */
export function judgesRegime(chain: Chain, regime: string): boolean {
  return chain.laws.includes(lawOf(regime)) && (!chain.regimes || chain.regimes.includes(regime));
}

/** What a chain says of a recipient and year: the requirements judged, and the route met or the closest one. */
export interface ChainVerdict {
  /** The shared requirements, then those of the route met (or the closest route). */
  requirements: Requirement[];
  /** The route met, or the closest one when none is (undefined: the chain has no routes). */
  route?: Route & { met: boolean };
  /** The article with its act: the route's when there are routes. */
  article: string;
}

const unmetCount = (rs: Requirement[]) => rs.filter((r) => r.status === 'unmet').length;
const missingCount = (rs: Requirement[]) => rs.filter((r) => r.status === 'missing').length;

/**
 * Judges the chain for a recipient and year by the law of `regime`. With routes, the first route whose
 * requirements are all met is the one met; if none is, the closest: the fewest unmet requirements, then
 * the fewest not recorded, then the article's order.
 */
export function judgeChain(chain: Chain, s: Subject, year: number, regime: string): ChainVerdict {
  const law = lawOf(regime);
  const shared = chain.requirements(s, year, law, regime);
  const routes = chain.routes?.(s, year, regime) ?? [];
  if (!routes.length) return { requirements: shared, article: articleOf(chain.ref, law) };
  const met = routes.find((r) => r.requirements.every((q) => q.status === 'met'));
  const closest = met ?? [...routes].sort((a, b) => unmetCount(a.requirements) - unmetCount(b.requirements) || missingCount(a.requirements) - missingCount(b.requirements))[0];
  return { requirements: [...shared, ...closest.requirements], route: { ...closest, met: Boolean(met) }, article: citeArt(closest.ref) };
}

/** A route as people read it: "Art. 74.1.d, Law 06/2022/QH15 (2 consecutive CSTDCS)". */
export function routeName(r: Route): string {
  return REQ.routeName(citeArt(r.ref), r.label);
}

const defined = (rs: (Requirement | undefined)[]): Requirement[] => rs.filter((r): r is Requirement => r !== undefined);
/** The article with its law: "Art. 23, Law 06/2022/QH15". */
export const articleOf = (ref: Ref, law: LawCode) => citeArt({ ...ref, act: lawAct(law) });

type ChainSpec = Omit<Chain, 'article' | 'describe' | 'evidence'> & { texts: { describe: Message; evidence: Message } };

/** A chain whose texts are read in the run's language. */
function chain(spec: ChainSpec): Chain {
  const { texts, ...rest } = spec;
  return {
    ...rest,
    get article() {
      return citeArt(rest.ref);
    },
    get describe() {
      return texts.describe();
    },
    get evidence() {
      return texts.evidence();
    },
  };
}

export const CHAINS: Chain[] = [
  chain({
    code: 'LDTT',
    rule: 'ldtt-criteria',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    ref: { art: '24' },
    texts: CHAIN.ldtt,
    window: (y) => [y],
    requirements: (s, y) => [ratingAtLeast(s, y, 'good')],
  }),
  chain({
    code: 'CSTDCS',
    rule: 'cstdcs-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    ref: { art: '23' },
    texts: CHAIN.cstdcs,
    window: (y) => [y],
    requirements: (s, y, law) => [
      // Art. 23: "đạt tiêu chuẩn danh hiệu Lao động tiên tiến" — the standard (Art. 24: duties completed
      // well), not an LDTT decision; the title, when recorded, shows it too.
      labelled(CHAIN.cstdcs.standard(), anyOf(CHAIN.cstdcs.standardIn(String(y)), [holdsTitle(s, 'LDTT', y), ratingAtLeast(s, y, 'good')])),
      law === '2022'
        ? anyOf(CHAIN.cstdcs.excellentOrInitiative(String(y)), [ratingAtLeast(s, y, 'excellent'), initiativesIn(s, [y], 'grassroots')])
        : initiativesIn(s, [y], 'grassroots'),
    ],
  }),
  chain({
    code: 'CSTDBT',
    rule: 'cstdbt-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    ref: { art: '22' },
    texts: CHAIN.cstdbt,
    window: (y) => yearsBack(y, 3),
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'CSTDBT', y, y - 2),
        consecutiveTitles(s, 'CSTDCS', yearsBack(y, 3)),
        initiativesIn(s, yearsBack(y, 3), 'province'),
      ]),
  }),
  chain({
    code: 'CSTDTQ',
    rule: 'cstdtq-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    ref: { art: '21' },
    texts: CHAIN.cstdtq,
    window: (y) => yearsBack(y, 6),
    requirements: (s, y) =>
      defined([
        afterPrevious(s, 'CSTDTQ', y, y - 5),
        consecutiveTerms(s, 'CSTDBT', [y - 3, y]),
        initiativesIn(s, yearsBack(y, 6), 'national'),
      ]),
  }),
  // Art. 74.1, Law 06/2022/QH15: a certificate of merit of a ministry or province to an individual meets
  // one of points a–d. Points a (outstanding in an emulation movement) and b (achievements, or a sudden
  // feat, with influence in a field) are awards recorded with their kind (--kind movement / sudden), which
  // the regular-merit chain does not judge; point c (great contributions to socio-economic development,
  // science, social work or charity) rests on an assessment the registry does not hold. Point d, judged
  // here: "có 02 lần liên tục được tặng danh hiệu Chiến sĩ thi đua cơ sở hoặc có liên tục từ 02 năm trở
  // lên được công nhận hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và
  // áp dụng có hiệu quả trong phạm vi cơ sở". The collectives' and households' clauses (74.2, 74.3), and
  // Art. 39 of Decree 91/2017/NĐ-CP before 2024, are not encoded: their texts could not be checked.
  chain({
    code: 'BK_BT',
    rule: 'bkbt-chain',
    recipientKind: 'individual',
    laws: ['2022'],
    ref: { art: '74' },
    texts: CHAIN.bkbt,
    window: (y) => yearsBack(y, 2),
    requirements: (s, y) => defined([afterPrevious(s, 'BK_BT', y, y - 1)]),
    basis: () => ({ art: '74', clause: 1, act: 'law2022' }),
    routes: (s, y) => {
      const d = { art: '74', clause: 1, point: 'd', act: 'law2022' } as const;
      return [
        { id: '74.1.d-cstdcs', ref: d, label: CHAIN.bkbt.routeCstdcs(), requirements: yearsBack(y, 2).map((year) => holdsTitle(s, 'CSTDCS', year)) },
        {
          id: '74.1.d-initiatives',
          ref: d,
          label: CHAIN.bkbt.routeInitiatives(),
          requirements: [ratingsAtLeast(s, yearsBack(y, 2), 'excellent'), initiativesIn(s, yearsBack(y, 2), 'grassroots', 2)],
        },
      ];
    },
  }),
  // Art. 73.1, Law 06/2022/QH15: points a (a movement) and c (many achievements or a sudden one, or a
  // prize) are not judged by the regular-merit chain (see BK_BT); point b is: "Đã được tặng bằng khen của
  // Bộ, ban, ngành, tỉnh và có liên tục từ 05 năm trở lên đến thời điểm đề nghị được công nhận hoàn thành
  // tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần được tặng danh hiệu 'Chiến sĩ thi đua cơ sở'".
  // Under Decree 91/2017/NĐ-CP (Art. 38.1.c, read in LawNet's English translation): a certificate of merit
  // of a ministry or province, then 5 consecutive years completing duties excellently with 5 initiatives
  // recognised and applied at the grassroots (or feats in combat, which the registry does not hold). The
  // collectives' and households' clauses are not encoded: their texts could not be checked.
  chain({
    code: 'BK_TTG',
    rule: 'bkttg-chain',
    recipientKind: 'individual',
    laws: ['2003', '2022'],
    regimes: ['law2003-nd91', 'law2022-nd98', 'law2022-nd152'],
    ref: { art: '73' },
    texts: CHAIN.bkttg,
    window: (y) => yearsBack(y, 5),
    requirements: (s, y) => defined([afterPrevious(s, 'BK_TTG', y, y - 4)]),
    basis: (regime) => (regime === 'law2003-nd91' ? { art: '38', clause: 1, act: { decree: '91/2017/NĐ-CP' } } : { art: '73', clause: 1, act: 'law2022' }),
    routes: (s, y, regime) =>
      regime === 'law2003-nd91'
        ? [
            {
              id: 'nd91-38.1.c',
              ref: { art: '38', clause: 1, point: 'c', act: { decree: '91/2017/NĐ-CP' } },
              label: CHAIN.bkttg.routeNd91(),
              requirements: [awardBefore(s, 'BK_BT', y - 4), ratingsAtLeast(s, yearsBack(y, 5), 'excellent'), initiativesIn(s, yearsBack(y, 5), 'grassroots', 5)],
            },
          ]
        : [
            {
              id: '73.1.b',
              ref: { art: '73', clause: 1, point: 'b', act: 'law2022' },
              label: CHAIN.bkttg.route(),
              requirements: [awardBefore(s, 'BK_BT', y - 4), ratingsAtLeast(s, yearsBack(y, 5), 'good'), titlesAmong(s, 'CSTDCS', yearsBack(y, 5), 3)],
            },
          ],
  }),
  chain({
    code: 'HC_LD_3',
    rule: 'hcld3-chain',
    recipientKind: 'individual',
    laws: ['2022'],
    ref: { art: '44', clause: 1 },
    texts: CHAIN.hcld3,
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
  }),
  chain({
    code: 'TTLDTT',
    rule: 'ttldtt-criteria',
    recipientKind: 'collective',
    laws: ['2003', '2022'],
    ref: { art: '28' },
    texts: CHAIN.ttldtt,
    window: (y) => [y],
    requirements: (s, y, law) =>
      defined([
        // Art. 28.1.a (both laws): "hoàn thành tốt nhiệm vụ và kế hoạch được giao" — the collective's own rating.
        collectiveRating(s, y, 'good'),
        memberCount(s, y),
        law === '2022' ? ldttShare(s, y, 70, false) : ldttShare(s, y, 50, true),
        noMemberDisciplined(s, y, 'caution'),
      ]),
  }),
  chain({
    code: 'TTLDXS',
    rule: 'ttldxs-criteria',
    recipientKind: 'collective',
    laws: ['2003', '2022'],
    ref: { art: '27' },
    texts: CHAIN.ttldxs,
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
  }),
  // Art. 26, Law 06/2022/QH15: the flag of a ministry or province goes to the collectives that lead the
  // emulation clusters and blocks the ministry or province organizes (its clauses 1–2, as Art. 4 of Circular
  // 29/2023/TT-BGDĐT reads them; the text of the article itself could not be checked). Under Decree
  // 91/2017/NĐ-CP, Art. 12: "phải được thông qua bình xét, đánh giá, so sánh theo các khối, cụm thi đua do
  // bộ, ban, ngành, đoàn thể trung ương, tỉnh … tổ chức". Before 01/10/2017 (Art. 26, Law 15/2003/QH11):
  // not judged, its text could not be checked.
  chain({
    code: 'CTDBT',
    rule: 'ctdbt-flag',
    recipientKind: 'collective',
    laws: ['2003', '2022'],
    regimes: ['law2003-nd91', 'law2022-nd98', 'law2022-nd152'],
    ref: { art: '26' },
    texts: CHAIN.ctdbt,
    window: (y) => [y],
    requirements: () => [],
    basis: (regime) => (regime === 'law2003-nd91' ? { art: '12', act: { decree: '91/2017/NĐ-CP' } } : { art: '26', act: 'law2022' }),
    routes: (s, y, regime) => [
      {
        id: regime === 'law2003-nd91' ? 'nd91-12' : '26',
        ref: regime === 'law2003-nd91' ? { art: '12', act: { decree: '91/2017/NĐ-CP' } } : { art: '26', act: 'law2022' },
        label: CHAIN.ctdbt.route(),
        requirements: [leadsCluster(s, y, ['province'], CLUSTER_REQ.byProvince)],
      },
    ],
  }),
  // Art. 25, Law 06/2022/QH15 (read in the English translation published by LawNet; the Vietnamese text
  // could not be checked): 1. annually to outstanding collectives among those leading the emulation
  // clusters or blocks organized by ministries and provinces, that a) have excellent achievements, exceeding
  // the year's targets and tasks, and b) solidarity …; 2. annually to the collective leading a cluster or
  // block organized by the Central Emulation and Commendation Council; 3. the collective leading a
  // movement of the Prime Minister of 5 years or more (a movement award, not judged). Decree 91/2017/NĐ-CP,
  // Art. 11: "1. Là tập thể tiêu biểu xuất sắc dẫn đầu trong số các tập thể đạt tiêu chuẩn Cờ thi đua cấp
  // bộ, ban, ngành, tỉnh, đoàn thể trung ương …; 2. Bộ, ban, ngành, đoàn thể trung ương, tỉnh … dẫn đầu các
  // khối, cụm thi đua do Hội đồng thi đua, khen thưởng trung ương tổ chức; 3. (a movement of 5 years or
  // more)". Law 15/2003/QH11, Art. 25: "1. Có thành tích, hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm
  // vụ được giao trong năm; là tập thể tiêu biểu xuất sắc trong toàn quốc; 2. Là tập thể tiêu biểu xuất sắc
  // nhất trong phong trào thi đua của cấp bộ, ngành, tỉnh, đoàn thể trung ương; 3. Nội bộ đoàn kết …" —
  // of which the registry holds only clause 1's result, read as an excellent rating. An excellent rating
  // stands for exceeding the year's targets; the Central Council's clusters are those organized by a body
  // of level government.
  chain({
    code: 'CTDCP',
    rule: 'ctdcp-flag',
    recipientKind: 'collective',
    laws: ['2003', '2022'],
    ref: { art: '25' },
    texts: CHAIN.ctdcp,
    window: (y) => [y],
    requirements: () => [],
    basis: (regime) =>
      regime === 'law2003-nd91' ? { art: '11', act: { decree: '91/2017/NĐ-CP' } } : regime === 'law2003' ? { art: '25', act: 'law2003' } : { art: '25', act: 'law2022' },
    routes: (s, y, regime) => {
      const central = (ref: Ref, id: string): Route => ({ id, ref, label: CHAIN.ctdcp.routeCentral(), requirements: [leadsCluster(s, y, ['government'], CLUSTER_REQ.byCentral)] });
      if (regime === 'law2003') {
        return [{ id: 'law2003-25.1', ref: { art: '25', clause: 1, act: 'law2003' }, label: CHAIN.ctdcp.routeTargets(), requirements: [ratingAtLeast(s, y, 'excellent')] }];
      }
      if (regime === 'law2003-nd91') {
        const nd91 = { decree: '91/2017/NĐ-CP' };
        return [
          { id: 'nd91-11.1', ref: { art: '11', clause: 1, act: nd91 }, label: CHAIN.ctdcp.routeFlag(), requirements: [holdsTitle(s, 'CTDBT', y)] },
          central({ art: '11', clause: 2, act: nd91 }, 'nd91-11.2'),
        ];
      }
      return [
        {
          id: '25.1',
          ref: { art: '25', clause: 1, act: 'law2022' },
          label: CHAIN.ctdcp.routeProvince(),
          requirements: [leadsCluster(s, y, ['province'], CLUSTER_REQ.byProvince), ratingAtLeast(s, y, 'excellent')],
        },
        central({ art: '25', clause: 2, act: 'law2022' }, '25.2'),
      ];
    },
  }),
];

/** A requirement whose detail names what it shows, when it is met: "the LDTT standard: rated good in 2024". */
function labelled(what: string, r: Requirement): Requirement {
  return r.status === 'met' ? { ...r, detail: REQ.labelled(what, r.detail) } : r;
}

export function chainFor(code: string): Chain | undefined {
  return CHAINS.find((c) => c.code === code);
}

/** Counting titles of `code` whose terms end in each of `ends` (terms of several years, e.g. CSTDBT). */
function consecutiveTerms(s: Subject, code: string, ends: number[]): Requirement {
  const need = REQ.termsNeed(code, ends.join(` ${LAW.and()} `));
  const held = ends.map((y) => s.facts.titleFor(s.r.id, code, y, s.exceptLineId));
  if (held.every(Boolean)) return { need, status: 'met', detail: held.map((l) => REQ.termHeld(code, String(l!.period_to), cite(l!))).join(', ') };
  const have = held.filter(Boolean).map((l) => String(l!.period_to));
  const lack = ends.filter((_, i) => !held[i]);
  const gap = have.length ? REQ.termsButNot(code, have.join(', '), lack.join(', ')) : REQ.noTerms(code, ends.join(` ${LAW.or()} `));
  const hint = REQ.recordTitles(code, lack.join(', '));
  if (lack.every((y) => unknownBefore(s.facts, y))) return { need, status: 'missing', detail: REQ.withNote(gap, absenceNote(s.facts)), hint };
  return { need, status: 'unmet', detail: REQ.needsTwoTerms(gap), hint };
}

/** An award of `code` ending before the window (the route starts from it), and none inside the window. */
function awardBefore(s: Subject, code: string, windowStart: number): Requirement {
  const start = String(windowStart);
  const need = REQ.beforeNeed(code, start);
  const all = s.facts.counting(s.r.id, code).filter((l) => l.id !== s.exceptLineId);
  const before = all.filter((l) => l.period_to < windowStart).sort((a, b) => b.period_to - a.period_to)[0];
  const when = (l: { period_from: number; period_to: number }) => formatPeriod(l.period_from, l.period_to);
  if (before) return { need, status: 'met', detail: REQ.awardMet(code, when(before), cite(before)) };
  const later = all.filter((l) => l.period_to >= windowStart);
  if (!later.length && s.facts.settings.completeFrom !== null) {
    return { need, status: 'missing', detail: REQ.noneRecordedBefore(code, start, absenceNote(s.facts)), hint: REQ.recordAward(code) };
  }
  return {
    need,
    status: 'unmet',
    detail: later.length ? REQ.fallsInside(code, later.map(when).join(', '), start, String(windowStart + 4)) : REQ.noneEndingBefore(code, start),
    hint: REQ.history(s.r.ref),
  };
}

function titlesAmong(s: Subject, code: string, years: number[], count: number): Requirement {
  const need = REQ.amongNeed(String(count), code, span(years));
  const held = years.filter((y) => s.facts.titleFor(s.r.id, code, y, s.exceptLineId));
  if (held.length >= count) return { need, status: 'met', detail: REQ.amongMet(code, held.join(', ')) };
  const unknown = years.filter((y) => !held.includes(y) && unknownBefore(s.facts, y));
  const gap = REQ.amongGap(held.length ? REQ.onlyIn(code, held.join(', ')) : REQ.noCode(code), span(years), String(count));
  if (held.length + unknown.length >= count) {
    return { need, status: 'missing', detail: REQ.withNote(gap, absenceNote(s.facts)), hint: REQ.recordTitles(code, unknown.join(', ')) };
  }
  return {
    need,
    status: 'unmet',
    detail: gap,
    hint: REQ.recordAwardsHistory(code, s.r.ref),
  };
}

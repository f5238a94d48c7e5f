/**
 * The building blocks of the prerequisite chains: each answers one question about a recipient ("LDTT in
 * 2021?", "rated good or better 2017–2021?") with met, unmet or missing (the evidence is not recorded),
 * and a sentence a clerk can read: the evidence when met, the gap otherwise. Pure.
 */
import { disciplineRank, DISCIPLINE_LABELS, initiativeRank, INITIATIVE_LEVEL_LABELS, RATING_LABELS, ratingRank, type DisciplineForm, type InitiativeLevel, type Rating } from '../evidence/vocab.js';
import type { Facts, RecipientFact } from '../checks/facts.js';
import { formatPeriod } from '../parse.js';
import { humanDate, humanNumber } from '../../i18n/index.js';
import { LAW } from '../../i18n/messages/law.js';
import { REQ } from '../../i18n/messages/law-chains.js';
import { CLUSTER_REQ } from '../../i18n/messages/law-clusters.js';
import { clusterKindLabel } from '../evidence/cluster.js';

export type ReqStatus = 'met' | 'unmet' | 'missing';

export interface Requirement {
  /** What is needed, short: "LDTT 2021". */
  need: string;
  status: ReqStatus;
  /** The qualifying evidence when met; what is wrong or missing otherwise. */
  detail: string;
  /** How to supply missing evidence or where to look. */
  hint?: string;
  /** Of alternatives (anyOf), met: the alternative that met it, e.g. "LDTT 2024" or "rated good or better in 2024". */
  route?: string;
}

/** Who is being judged, against which facts; `exceptLineId` is the line under judgement itself. */
export interface Subject {
  facts: Facts;
  r: RecipientFact;
  exceptLineId?: number;
}

export function span(years: number[]): string {
  if (years.length === 0) return '';
  const sorted = [...years].sort((a, b) => a - b);
  const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.join(', ');
}

export function yearsBack(year: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => year - n + 1 + i);
}

const label = (r: string) => RATING_LABELS[r as Rating] ?? r;

/** Is a missing award in `year` a gap in the registry rather than a fact (setting awards.complete-from)? */
export function unknownBefore(f: Facts, year: number): boolean {
  return f.settings.completeFrom !== null && year < f.settings.completeFrom;
}

export function absenceNote(f: Facts): string {
  return REQ.absence(String(f.settings.completeFrom));
}

/** How a counted award is cited: "1201/QĐ-UBND of 15/12/2024, UBND quận Lê Chân". */
export function cite(l: { decision_symbol: string; decision_date: string; body_name: string }): string {
  return REQ.cite(l.decision_symbol, humanDate(l.decision_date), l.body_name);
}

export function holdsTitle(s: Subject, code: string, year: number): Requirement {
  const line = s.facts.titleFor(s.r.id, code, year, s.exceptLineId);
  const y = String(year);
  const need = REQ.titleNeed(code, y);
  if (line) return { need, status: 'met', detail: REQ.titleMet(code, y, cite(line)) };
  if (unknownBefore(s.facts, year)) {
    return { need, status: 'missing', detail: REQ.titleNoRecord(code, y, absenceNote(s.facts)), hint: REQ.titleRecordHint(code, y) };
  }
  return { need, status: 'unmet', detail: REQ.titleNone(code, y), hint: REQ.titleLacksHint(code, y) };
}

export function consecutiveTitles(s: Subject, code: string, years: number[]): Requirement {
  const need = REQ.eachNeed(code, span(years));
  const held = years.filter((y) => s.facts.titleFor(s.r.id, code, y, s.exceptLineId));
  const absent = years.filter((y) => !held.includes(y));
  if (absent.length === 0) {
    const symbols = held.map((y) => cite(s.facts.titleFor(s.r.id, code, y, s.exceptLineId)!));
    return { need, status: 'met', detail: REQ.heldList(code, held.join(', '), symbols.join('; ')) };
  }
  const missing = absent.every((y) => unknownBefore(s.facts, y));
  const detail = held.length ? REQ.heldButNot(code, held.join(', '), absent.join(', ')) : REQ.noneIn(code, span(years));
  const hint = REQ.recordTitles(code, absent.join(', '));
  return missing
    ? { need, status: 'missing', detail: REQ.withNote(detail, absenceNote(s.facts)), hint }
    : { need, status: 'unmet', detail: REQ.needsConsecutive(detail, String(years.length)), hint };
}

export function ratingAtLeast(s: Subject, year: number, min: Rating): Requirement {
  const y = String(year);
  const need = min === 'excellent' ? REQ.ratedExcellentNeed(y) : REQ.ratedMinNeed(min, label(min), y);
  const r = s.facts.rating(s.r.id, year);
  if (r === undefined) {
    return { need, status: 'missing', detail: REQ.noRating(y), hint: REQ.recordRating(s.r.ref, y) };
  }
  if (ratingRank(r) >= ratingRank(min)) return { need, status: 'met', detail: REQ.rated(r, label(r), y) };
  return {
    need,
    status: 'unmet',
    detail: REQ.ratedButNeeds(REQ.ratedLabelled(r, label(r), y), needsRating(min)),
    hint: REQ.correctRating(s.r.ref, y),
  };
}

/** "excellent" / "good or better", as a requirement names a rating. */
function needsRating(min: Rating): string {
  return min === 'excellent' ? REQ.needsExcellent() : REQ.needsMin(min, label(min));
}

export function ratingsAtLeast(s: Subject, years: number[], min: Rating): Requirement {
  const need = min === 'excellent' ? REQ.ratedExcellentEachNeed(span(years)) : REQ.ratedMinEachNeed(min, label(min), span(years));
  const rated = years.map((y) => [y, s.facts.rating(s.r.id, y)] as const);
  const low = rated.filter(([, r]) => r !== undefined && ratingRank(r) < ratingRank(min));
  const none = rated.filter(([, r]) => r === undefined).map(([y]) => y);
  if (low.length) {
    return {
      need,
      status: 'unmet',
      detail: REQ.needsEveryYear(low.map(([y, r]) => REQ.rated(r!, label(r!), String(y))).join(', '), needsRating(min)),
      hint: REQ.correctRatings(s.r.ref, String(low[0][0])),
    };
  }
  if (none.length) {
    return {
      need,
      status: 'missing',
      detail: REQ.noRatings(none.join(', ')),
      hint: REQ.recordRatings(s.r.ref, String(none[0])),
    };
  }
  return { need, status: 'met', detail: min === 'excellent' ? REQ.ratedExcellentSpan(span(years)) : REQ.ratedMinSpan(min, label(min), span(years)) };
}

export function initiativesIn(s: Subject, years: number[], minLevel: InitiativeLevel, count = 1): Requirement {
  const where = minLevel === 'grassroots' ? REQ.recognised() : minLevel === 'national' ? REQ.recognisedNationwide() : REQ.recognisedProvince();
  const need = REQ.initiativesNeed(count, where, span(years));
  const inYears = s.facts.initiativesOf(s.r.id).filter((i) => years.includes(i.year));
  const enough = inYears.filter((i) => initiativeRank(i.level) >= initiativeRank(minLevel));
  if (enough.length >= count) {
    return { need, status: 'met', detail: enough.slice(0, Math.max(count, 1)).map(initiativeText).join('; ') };
  }
  const lower = inYears.length - enough.length;
  const found = enough.length ? REQ.onlyInitiatives(enough.length, where) : REQ.noInitiative(where);
  const extra = (enough.length ? REQ.needsCount(String(count)) : '') + (lower > 0 ? REQ.lowerLevel(String(lower), minLevel, INITIATIVE_LEVEL_LABELS[minLevel]) : '');
  return {
    need,
    status: 'unmet',
    detail: REQ.initiativesFound(found, span(years), extra),
    hint: REQ.recordInitiative(s.r.ref, String(years[years.length - 1]), minLevel),
  };
}

/** An initiative as a requirement cites it: its title, level, year and who recognised it. */
export function initiativeText(i: { title: string; level: string; year: number; recognised_by?: string | null }): string {
  return REQ.initiative(i.title, i.level, INITIATIVE_LEVEL_LABELS[i.level as InitiativeLevel] ?? i.level, String(i.year), i.recognised_by ?? '');
}

/** Met when one alternative is met; missing when none is met but one lacks evidence; else unmet. */
export function anyOf(need: string, alternatives: Requirement[]): Requirement {
  const met = alternatives.find((a) => a.status === 'met');
  if (met) return { need, status: 'met', detail: met.detail, route: met.need };
  const missing = alternatives.find((a) => a.status === 'missing');
  return {
    need,
    status: missing ? 'missing' : 'unmet',
    detail: alternatives.map((a) => a.detail).join(LAW.andAlso()),
    hint: missing?.hint ?? alternatives.find((a) => a.hint)?.hint,
  };
}

/** Met when every part is met; unmet when a part is unmet; else missing. */
export function allOf(need: string, parts: Requirement[]): Requirement {
  const unmet = parts.filter((p) => p.status === 'unmet');
  const missing = parts.filter((p) => p.status === 'missing');
  if (!unmet.length && !missing.length) return { need, status: 'met', detail: parts.map((p) => p.detail).join('; ') };
  const gaps = [...unmet, ...missing];
  return { need, status: unmet.length ? 'unmet' : 'missing', detail: gaps.map((p) => p.detail).join('; '), hint: (missing[0] ?? unmet[0]).hint };
}

/**
 * The interval before the next award counts from the achievement period of the previous one
 * (docs/domain.md §5): a window that reaches back into the previous award's period is unmet.
 */
export function afterPrevious(s: Subject, code: string, year: number, windowStart: number): Requirement | undefined {
  const previous = s.facts
    .counting(s.r.id, code)
    .filter((l) => l.id !== s.exceptLineId && l.period_to < year)
    .sort((a, b) => b.period_to - a.period_to || b.id - a.id)[0];
  if (!previous || previous.period_to < windowStart) return undefined;
  return {
    need: REQ.afterNeed(code),
    status: 'unmet',
    hint: REQ.history(s.r.ref),
    detail: REQ.afterPrevious(code, formatPeriod(previous.period_from, previous.period_to), previous.decision_symbol, String(previous.period_to), String(previous.period_to + 1)),
  };
}

export function noDiscipline(s: Subject, years: number[]): Requirement {
  const need = REQ.noDisciplineNeed(span(years));
  const found = s.facts.disciplinesOf(s.r.id).filter((d) => years.includes(d.year));
  if (!found.length) return { need, status: 'met', detail: REQ.noDisciplineMet(span(years)) };
  return {
    need,
    status: 'unmet',
    hint: REQ.disciplineRecords(s.r.ref),
    detail: found.map((d) => REQ.disciplined(d.form, DISCIPLINE_LABELS[d.form as DisciplineForm] ?? d.form, String(d.year))).join('; '),
  };
}

// ——— collectives ———

export function collectiveRating(s: Subject, year: number, min: Rating): Requirement {
  return ratingAtLeast(s, year, min);
}

/** The declared member count: every share rule needs it. */
export function memberCount(s: Subject, year: number): Requirement {
  const m = s.facts.membership(s.r.id, year);
  const y = String(year);
  const need = REQ.membersNeed(y);
  if (m.declared) return { need, status: 'met', detail: REQ.members(humanNumber(m.declared.member_count), y) };
  return {
    need,
    status: 'missing',
    detail: REQ.noMembers(y),
    hint: REQ.recordMembers(s.r.ref, y),
  };
}

function pct(n: number, of: number): string {
  return `${humanNumber(Math.round((n / of) * 1000) / 10)}%`;
}

/** A share of members with LDTT: `strict` means more than `threshold` percent, else at least. */
export function ldttShare(s: Subject, year: number, threshold: number, strict: boolean): Requirement | undefined {
  const m = s.facts.membership(s.r.id, year);
  if (!m.declared) return undefined;
  const total = m.declared.member_count;
  const y = String(year);
  const than = strict ? REQ.moreThan() : REQ.atLeast();
  const t = String(threshold);
  const need = REQ.shareNeed(than, t, y);
  const ok = (n: number) => (strict ? n * 100 > threshold * total : n * 100 >= threshold * total);
  if (m.declared.ldtt_count !== null) {
    const n = m.declared.ldtt_count;
    const detail = REQ.shareDeclared(humanNumber(n), humanNumber(total), y, pct(n, total));
    return ok(n)
      ? { need, status: 'met', detail }
      : { need, status: 'unmet', detail: REQ.shareNeeds(detail, than, t), hint: REQ.correctCount(s.r.ref, y, String(total), '--ldtt') };
  }
  const n = m.ldtt.length;
  const detail = REQ.shareRegistry(humanNumber(n), humanNumber(total), y, pct(n, total));
  if (ok(n)) return { need, status: 'met', detail };
  if (m.members.length < total) {
    return {
      need,
      status: 'missing',
      detail: REQ.shareMissing(y, humanNumber(n), humanNumber(total), humanNumber(m.members.length), than, t),
      hint: REQ.declareCount(s.r.ref, y, String(total), '--ldtt'),
    };
  }
  return { need, status: 'unmet', detail: REQ.shareNeeds(detail, than, t), hint: REQ.compareFigures(s.r.ref, y) };
}

export function cstdcsMember(s: Subject, year: number): Requirement | undefined {
  const m = s.facts.membership(s.r.id, year);
  if (!m.declared) return undefined;
  const y = String(year);
  const need = REQ.cstdcsMemberNeed(y);
  if (m.cstdcs.length) return { need, status: 'met', detail: REQ.cstdcsMembers(y, m.cstdcs.map((x) => x.name).join(', ')) };
  if (m.declared.cstdcs_count !== null) {
    return m.declared.cstdcs_count > 0
      ? { need, status: 'met', detail: REQ.cstdcsDeclared(humanNumber(m.declared.cstdcs_count), y) }
      : { need, status: 'unmet', detail: REQ.noCstdcsDeclared(y), hint: REQ.correctCount(s.r.ref, y, String(m.declared.member_count), '--cstdcs') };
  }
  if (m.members.length < m.declared.member_count) {
    return {
      need,
      status: 'missing',
      detail: REQ.noCstdcsInRegistry(y, humanNumber(m.members.length), humanNumber(m.declared.member_count)),
      hint: REQ.declareIt(s.r.ref, y, String(m.declared.member_count), '--cstdcs'),
    };
  }
  return { need, status: 'unmet', detail: REQ.noCstdcs(y) };
}

export function allMembersCompleted(s: Subject, year: number): Requirement | undefined {
  const m = s.facts.membership(s.r.id, year);
  if (!m.declared) return undefined;
  const total = m.declared.member_count;
  const y = String(year);
  const need = REQ.completedNeed(y);
  const failed = m.rated.filter((x) => !m.completed.includes(x));
  if (failed.length) return { need, status: 'unmet', detail: REQ.ratedFailed(failed.map((x) => x.name).join(', '), y) };
  if (m.declared.completed_count !== null) {
    const n = m.declared.completed_count;
    return n >= total
      ? { need, status: 'met', detail: REQ.completedDeclared(humanNumber(n), humanNumber(total)) }
      : { need, status: 'unmet', detail: REQ.completedDeclaredShort(humanNumber(n), humanNumber(total), y) };
  }
  if (m.completed.length >= total) return { need, status: 'met', detail: REQ.completedRegistry(humanNumber(total), humanNumber(total)) };
  return {
    need,
    status: 'missing',
    detail: REQ.ratingsRecordedFor(y, humanNumber(m.rated.length), humanNumber(total)),
    hint: REQ.declareIt(s.r.ref, y, String(total), '--completed'),
  };
}

export function noMemberDisciplined(s: Subject, year: number, atLeast: DisciplineForm): Requirement {
  const m = s.facts.membership(s.r.id, year);
  const y = String(year);
  const need = REQ.memberDisciplineNeed(DISCIPLINE_LABELS[atLeast], y);
  const heavy = m.disciplined.filter((d) => disciplineRank(d.form) >= disciplineRank(atLeast));
  if (!heavy.length) return { need, status: 'met', detail: REQ.memberDisciplineMet(DISCIPLINE_LABELS[atLeast], y) };
  return {
    need,
    status: 'unmet',
    detail: heavy.map((d) => REQ.memberDisciplined(d.member.name, d.form, DISCIPLINE_LABELS[d.form as DisciplineForm], y)).join('; '),
    hint: REQ.memberDisciplineRecords(s.r.ref, y),
  };
}

// ——— emulation clusters (the flags) ———

/**
 * Leads (dẫn đầu) an emulation cluster or block organized by a body of one of `levels` in `year`: met by
 * the cluster's recorded ranking; missing when the collective is in no such cluster for the year, or the
 * cluster's ranking is not recorded; unmet when the ranking names another leading unit, or when the
 * collective's clusters for the year are recorded and none is of these levels.
 */
export function leadsCluster(s: Subject, year: number, levels: string[], scope: () => string): Requirement {
  const y = String(year);
  const need = CLUSTER_REQ.need(scope(), y);
  const standings = s.facts.clusterStandings(s.r.id, year).filter((c) => levels.includes(c.organizer_level));
  const leads = standings.find((c) => c.leading);
  if (leads) return { need, status: 'met', detail: CLUSTER_REQ.leads(clusterKindLabel(leads.kind), leads.cluster_name, leads.organizer_name, y) };
  if (!standings.length) {
    // In clusters of other levels the collective's clusters for the year are known: it is in none of these.
    const others = s.facts.clusterStandings(s.r.id, year);
    if (others.length) return { need, status: 'unmet', detail: CLUSTER_REQ.inOthersOnly(scope(), y, others.map((c) => c.cluster_name).join(', ')), hint: CLUSTER_REQ.seeCluster(others[0].cluster, y) };
    return { need, status: 'missing', detail: CLUSTER_REQ.noMembership(scope(), y), hint: CLUSTER_REQ.recordMembership(s.r.ref, y) };
  }
  const unranked = standings.find((c) => !c.ranked);
  if (unranked) return { need, status: 'missing', detail: CLUSTER_REQ.notRanked(unranked.cluster_name, y), hint: CLUSTER_REQ.recordRanking(unranked.cluster, y) };
  const c = standings[0];
  return { need, status: 'unmet', detail: CLUSTER_REQ.notLeading(c.cluster_name, y, c.rank === null ? '' : String(c.rank)), hint: CLUSTER_REQ.seeCluster(c.cluster, y) };
}

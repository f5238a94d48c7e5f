/**
 * The building blocks of the prerequisite chains: each answers one question about a recipient ("LDTT in
 * 2021?", "rated good or better 2017–2021?") with met, unmet or missing (the evidence is not recorded),
 * and a sentence a clerk can read: the evidence when met, the gap otherwise. Pure.
 */
import { disciplineRank, DISCIPLINE_LABELS, initiativeRank, INITIATIVE_LEVEL_LABELS, RATING_LABELS, ratingRank, type DisciplineForm, type InitiativeLevel, type Rating } from '../evidence/vocab.js';
import type { Facts, RecipientFact } from '../checks/facts.js';

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

const ratingLabel = (r: string) => `${r} (${RATING_LABELS[r as Rating] ?? r})`;

/** Is a missing award in `year` a gap in the registry rather than a fact (setting awards.complete-from)? */
export function unknownBefore(f: Facts, year: number): boolean {
  return f.settings.completeFrom !== null && year < f.settings.completeFrom;
}

export function absenceNote(f: Facts): string {
  return `the registry holds awards completely from ${f.settings.completeFrom} (setting awards.complete-from)`;
}

/** How a counted award is cited: "1201/QĐ-UBND of 2024-12-15, UBND quận Lê Chân". */
export function cite(l: { decision_symbol: string; decision_date: string; body_name: string }): string {
  return `${l.decision_symbol} of ${l.decision_date}, ${l.body_name}`;
}

export function holdsTitle(s: Subject, code: string, year: number): Requirement {
  const line = s.facts.titleFor(s.r.id, code, year, s.exceptLineId);
  const need = `${code} ${year}`;
  if (line) return { need, status: 'met', detail: `${code} ${year} (${cite(line)})` };
  if (unknownBefore(s.facts, year)) {
    return { need, status: 'missing', detail: `no record of ${code} for ${year}; ${absenceNote(s.facts)}`, hint: `Record the ${code} decision for ${year} if there is one (tdkt decision add, tdkt award add).` };
  }
  return { need, status: 'unmet', detail: `no ${code} for ${year}`, hint: `Record the ${code} decision for ${year} if there is one; otherwise the line lacks its prerequisite.` };
}

export function consecutiveTitles(s: Subject, code: string, years: number[]): Requirement {
  const need = `${code} in each of ${span(years)}`;
  const held = years.filter((y) => s.facts.titleFor(s.r.id, code, y, s.exceptLineId));
  const absent = years.filter((y) => !held.includes(y));
  if (absent.length === 0) {
    const symbols = held.map((y) => cite(s.facts.titleFor(s.r.id, code, y, s.exceptLineId)!));
    return { need, status: 'met', detail: `${code} ${held.join(', ')} (${symbols.join('; ')})` };
  }
  const missing = absent.every((y) => unknownBefore(s.facts, y));
  const detail = held.length
    ? `${code} in ${held.join(', ')} but not in ${absent.join(', ')}`
    : `no ${code} in ${span(years)}`;
  return missing
    ? { need, status: 'missing', detail: `${detail}; ${absenceNote(s.facts)}`, hint: `Record the ${code} decisions for ${absent.join(', ')} if there are any.` }
    : { need, status: 'unmet', detail: `${detail} (needs ${years.length} consecutive years)`, hint: `Record the ${code} decisions for ${absent.join(', ')} if there are any.` };
}

export function ratingAtLeast(s: Subject, year: number, min: Rating): Requirement {
  const need = min === 'excellent' ? `rated excellent in ${year}` : `rated ${min} or better in ${year}`;
  const r = s.facts.rating(s.r.id, year);
  if (r === undefined) {
    return { need, status: 'missing', detail: `no rating recorded for ${year}`, hint: `Record it: tdkt evidence rating set ${s.r.ref} --year ${year} --rating <rating>` };
  }
  if (ratingRank(r) >= ratingRank(min)) return { need, status: 'met', detail: `rated ${r} in ${year}` };
  return {
    need,
    status: 'unmet',
    detail: `rated ${ratingLabel(r)} in ${year}; needs ${min === 'excellent' ? 'excellent' : `${min} or better`}`,
    hint: `If the rating is recorded wrongly, correct it: tdkt evidence rating set ${s.r.ref} --year ${year} --rating <rating>`,
  };
}

export function ratingsAtLeast(s: Subject, years: number[], min: Rating): Requirement {
  const need = min === 'excellent' ? `rated excellent in each of ${span(years)}` : `rated ${min} or better in each of ${span(years)}`;
  const rated = years.map((y) => [y, s.facts.rating(s.r.id, y)] as const);
  const low = rated.filter(([, r]) => r !== undefined && ratingRank(r) < ratingRank(min));
  const none = rated.filter(([, r]) => r === undefined).map(([y]) => y);
  if (low.length) {
    const needs = min === 'excellent' ? 'excellent' : `${min} or better`;
    return {
      need,
      status: 'unmet',
      detail: `${low.map(([y, r]) => `rated ${r} in ${y}`).join(', ')}; needs ${needs} every year`,
      hint: `If a rating is recorded wrongly, correct it: tdkt evidence rating set ${s.r.ref} --year ${low[0][0]} --rating <rating>`,
    };
  }
  if (none.length) {
    return {
      need,
      status: 'missing',
      detail: `no rating recorded for ${none.join(', ')}`,
      hint: `Record them: tdkt evidence rating set ${s.r.ref} --year ${none[0]} --rating <rating>`,
    };
  }
  return { need, status: 'met', detail: min === 'excellent' ? `rated excellent ${span(years)}` : `rated ${min} or better ${span(years)}` };
}

export function initiativesIn(s: Subject, years: number[], minLevel: InitiativeLevel, count = 1): Requirement {
  const where = minLevel === 'grassroots' ? 'recognised' : minLevel === 'national' ? 'recognised nationwide' : 'recognised at province level or above';
  const need = `${count === 1 ? 'an initiative' : `${count} initiatives`} ${where} in ${span(years)}`;
  const inYears = s.facts.initiativesOf(s.r.id).filter((i) => years.includes(i.year));
  const enough = inYears.filter((i) => initiativeRank(i.level) >= initiativeRank(minLevel));
  if (enough.length >= count) {
    return { need, status: 'met', detail: enough.slice(0, Math.max(count, 1)).map((i) => `initiative "${i.title}" (${i.level}, ${i.year})`).join('; ') };
  }
  const lower = inYears.length - enough.length;
  const found = enough.length ? `only ${enough.length} ${where}` : `no initiative ${where}`;
  const extra = lower > 0 ? ` (${lower} recognised at a lower level; ${minLevel} level, ${INITIATIVE_LEVEL_LABELS[minLevel]}, is needed)` : '';
  return {
    need,
    status: 'unmet',
    detail: `${found} in ${span(years)}${extra}`,
    hint: `If one was recognised, record it: tdkt evidence initiative add ${s.r.ref} --year ${years[years.length - 1]} --title "…" --level ${minLevel}`,
  };
}

/** Met when one alternative is met; missing when none is met but one lacks evidence; else unmet. */
export function anyOf(need: string, alternatives: Requirement[]): Requirement {
  const met = alternatives.find((a) => a.status === 'met');
  if (met) return { need, status: 'met', detail: met.detail, route: met.need };
  const missing = alternatives.find((a) => a.status === 'missing');
  return {
    need,
    status: missing ? 'missing' : 'unmet',
    detail: alternatives.map((a) => a.detail).join(', and '),
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
    need: `years after the previous ${code}`,
    status: 'unmet',
    hint: `See the history: tdkt history ${s.r.ref}`,
    detail: `the previous ${code} (${previous.period_from === previous.period_to ? previous.period_to : `${previous.period_from}–${previous.period_to}`}, ${previous.decision_symbol}) already covers ${previous.period_to}; the years counted must follow it (from ${previous.period_to + 1})`,
  };
}

export function noDiscipline(s: Subject, years: number[]): Requirement {
  const need = `no discipline in ${span(years)}`;
  const found = s.facts.disciplinesOf(s.r.id).filter((d) => years.includes(d.year));
  if (!found.length) return { need, status: 'met', detail: `no discipline recorded in ${span(years)}` };
  return {
    need,
    status: 'unmet',
    hint: `See the records: tdkt evidence discipline list --recipient ${s.r.ref}`,
    detail: found.map((d) => `disciplined (${d.form}, ${DISCIPLINE_LABELS[d.form as DisciplineForm] ?? d.form}) in ${d.year}`).join('; '),
  };
}

// ——— collectives ———

export function collectiveRating(s: Subject, year: number, min: Rating): Requirement {
  return ratingAtLeast(s, year, min);
}

/** The declared member count: every share rule needs it. */
export function memberCount(s: Subject, year: number): Requirement {
  const m = s.facts.membership(s.r.id, year);
  const need = `member count for ${year}`;
  if (m.declared) return { need, status: 'met', detail: `${m.declared.member_count} members in ${year}` };
  return {
    need,
    status: 'missing',
    detail: `no member count recorded for ${year}`,
    hint: `Record it: tdkt evidence members set ${s.r.ref} --year ${year} --count <members> [--ldtt <n>]`,
  };
}

function pct(n: number, of: number): string {
  return `${Math.round((n / of) * 1000) / 10}%`;
}

/** A share of members with LDTT: `strict` means more than `threshold` percent, else at least. */
export function ldttShare(s: Subject, year: number, threshold: number, strict: boolean): Requirement | undefined {
  const m = s.facts.membership(s.r.id, year);
  if (!m.declared) return undefined;
  const total = m.declared.member_count;
  const need = `${strict ? 'more than' : 'at least'} ${threshold}% of members LDTT in ${year}`;
  const ok = (n: number) => (strict ? n * 100 > threshold * total : n * 100 >= threshold * total);
  if (m.declared.ldtt_count !== null) {
    const n = m.declared.ldtt_count;
    const detail = `${n} of ${total} members LDTT in ${year} (${pct(n, total)}, declared)`;
    return ok(n)
      ? { need, status: 'met', detail }
      : { need, status: 'unmet', detail: `${detail}; needs ${strict ? 'more than' : 'at least'} ${threshold}%`, hint: `If the count is wrong, correct it: tdkt evidence members set ${s.r.ref} --year ${year} --count ${total} --ldtt <n>` };
  }
  const n = m.ldtt.length;
  const detail = `${n} of ${total} members LDTT in ${year} (${pct(n, total)}, from the registry)`;
  if (ok(n)) return { need, status: 'met', detail };
  if (m.members.length < total) {
    return {
      need,
      status: 'missing',
      detail: `the registry holds LDTT ${year} for ${n} of ${total} members (${m.members.length} recorded); needs ${strict ? 'more than' : 'at least'} ${threshold}%`,
      hint: `Declare the count: tdkt evidence members set ${s.r.ref} --year ${year} --count ${total} --ldtt <n>`,
    };
  }
  return { need, status: 'unmet', detail: `${detail}; needs ${strict ? 'more than' : 'at least'} ${threshold}%`, hint: `Compare the registry's figures: tdkt evidence members list --unit ${s.r.ref} --year ${year}` };
}

export function cstdcsMember(s: Subject, year: number): Requirement | undefined {
  const m = s.facts.membership(s.r.id, year);
  if (!m.declared) return undefined;
  const need = `a member with CSTDCS in ${year}`;
  if (m.cstdcs.length) return { need, status: 'met', detail: `CSTDCS ${year}: ${m.cstdcs.map((x) => x.name).join(', ')}` };
  if (m.declared.cstdcs_count !== null) {
    return m.declared.cstdcs_count > 0
      ? { need, status: 'met', detail: `${m.declared.cstdcs_count} members CSTDCS in ${year} (declared)` }
      : { need, status: 'unmet', detail: `no member CSTDCS in ${year} (declared)`, hint: `If the count is wrong, correct it: tdkt evidence members set ${s.r.ref} --year ${year} --count ${m.declared.member_count} --cstdcs <n>` };
  }
  if (m.members.length < m.declared.member_count) {
    return {
      need,
      status: 'missing',
      detail: `no member holds CSTDCS ${year} in the registry (${m.members.length} of ${m.declared.member_count} members recorded)`,
      hint: `Declare it: tdkt evidence members set ${s.r.ref} --year ${year} --count ${m.declared.member_count} --cstdcs <n>`,
    };
  }
  return { need, status: 'unmet', detail: `no member CSTDCS in ${year}` };
}

export function allMembersCompleted(s: Subject, year: number): Requirement | undefined {
  const m = s.facts.membership(s.r.id, year);
  if (!m.declared) return undefined;
  const total = m.declared.member_count;
  const need = `every member completed their duties in ${year}`;
  const failed = m.rated.filter((x) => !m.completed.includes(x));
  if (failed.length) return { need, status: 'unmet', detail: `${failed.map((x) => x.name).join(', ')} rated failed in ${year}` };
  if (m.declared.completed_count !== null) {
    const n = m.declared.completed_count;
    return n >= total
      ? { need, status: 'met', detail: `${n} of ${total} members completed their duties (declared)` }
      : { need, status: 'unmet', detail: `${n} of ${total} members completed their duties in ${year} (declared); needs all` };
  }
  if (m.completed.length >= total) return { need, status: 'met', detail: `${total} of ${total} members completed their duties (from the registry)` };
  return {
    need,
    status: 'missing',
    detail: `ratings for ${year} recorded for ${m.rated.length} of ${total} members`,
    hint: `Declare it: tdkt evidence members set ${s.r.ref} --year ${year} --count ${total} --completed <n>`,
  };
}

export function noMemberDisciplined(s: Subject, year: number, atLeast: DisciplineForm): Requirement {
  const m = s.facts.membership(s.r.id, year);
  const need = `no member disciplined at ${DISCIPLINE_LABELS[atLeast]} or above in ${year}`;
  const heavy = m.disciplined.filter((d) => disciplineRank(d.form) >= disciplineRank(atLeast));
  if (!heavy.length) return { need, status: 'met', detail: `no member disciplined at ${DISCIPLINE_LABELS[atLeast]} or above in ${year} (registry)` };
  return {
    need,
    status: 'unmet',
    detail: heavy.map((d) => `${d.member.name} disciplined (${d.form}, ${DISCIPLINE_LABELS[d.form as DisciplineForm]}) in ${year}`).join('; '),
    hint: `See the records: tdkt evidence discipline list --unit ${s.r.ref} --year ${year}`,
  };
}

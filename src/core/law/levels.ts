/**
 * Which level of authority may confer an award type, and from when to when: the catalogue's `levels`
 * field as dated data. Written as a comma list of `level` (always) or `level@from..to` (ISO dates, either
 * end open), e.g. `department,district@..2025-06-30,commune@2025-07-01..,unit` — CSTĐCS, which the district
 * chairman conferred until the two-tier local government (1 July 2025) and the commune chairman since
 * (Art. 80.2, Law 06/2022/QH15; Decree 129/2025/NĐ-CP). Pure.
 */
import { DISTRICT_ABOLISHED_ON, LEVELS, type Level } from '../domain.js';
import { humanDate } from '../../i18n/index.js';
import { LEVELS_MSG } from '../../i18n/messages/law.js';

export interface LevelPeriod {
  level: Level;
  /** First day (ISO), or null: since always. */
  from: string | null;
  /** Last day (ISO), or null: still. */
  to: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The periods of a `levels` text; throws with a message a clerk can act on when it is malformed. */
export function parseLevels(text: string): LevelPeriod[] {
  const out: LevelPeriod[] = [];
  for (const raw of text.split(/[,\s]+/).filter(Boolean)) {
    const [name, range] = raw.split('@');
    const level = name.toLowerCase() as Level;
    if (!(LEVELS as readonly string[]).includes(level)) throw new Error(LEVELS_MSG.notALevel(name, LEVELS.join(', ')));
    let from: string | null = null;
    let to: string | null = null;
    if (range !== undefined) {
      const m = /^([^.]*)\.\.([^.]*)$/.exec(range);
      if (!m || (m[1] && !ISO.test(m[1])) || (m[2] && !ISO.test(m[2])) || (!m[1] && !m[2])) {
        throw new Error(LEVELS_MSG.badPeriod(raw));
      }
      from = m[1] || null;
      to = m[2] || null;
      if (from && to && from > to) throw new Error(LEVELS_MSG.endsBeforeStart(raw));
    }
    out.push({ level, from, to });
  }
  if (out.length === 0) throw new Error(LEVELS_MSG.atLeastOne(LEVELS.join(', ')));
  return out;
}

/** The canonical text of periods: levels high → low, each level's periods in date order. */
export function formatLevels(periods: LevelPeriod[]): string {
  return [...periods]
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || (a.from ?? '').localeCompare(b.from ?? ''))
    .map((p) => (p.from || p.to ? `${p.level}@${p.from ?? ''}..${p.to ?? ''}` : p.level))
    .join(',');
}

/** Whether bodies of `level` no longer sign anything on `date`: the district, since the two-tier reform. */
export function levelAbolished(level: string, date: string): boolean {
  return level === 'district' && date >= DISTRICT_ABOLISHED_ON;
}

/**
 * parseLevels of the catalogue's few `levels` texts, each parsed once: every line judged asks about its
 * type's (a check of a million lines spent a third of its time parsing the same texts again).
 */
const parsed = new Map<string, LevelPeriod[]>();
function periodsOf(levels: string): LevelPeriod[] {
  let periods = parsed.get(levels);
  if (!periods) {
    periods = parseLevels(levels);
    if (parsed.size >= 1000) parsed.clear();
    parsed.set(levels, periods);
  }
  return periods;
}

/** Whether a body of `level` may confer the type on `date` (ISO). */
export function mayConfer(levels: string, level: string, date: string): boolean {
  return periodsOf(levels).some((p) => p.level === level && (!p.from || p.from <= date) && (!p.to || date <= p.to));
}

/** The levels that may confer the type on `date`, high → low. */
export function levelsOn(levels: string, date: string): Level[] {
  const on = periodsOf(levels).filter((p) => (!p.from || p.from <= date) && (!p.to || date <= p.to));
  return LEVELS.filter((l) => on.some((p) => p.level === l));
}

/** Every level named, high → low, whatever the period (for pickers and catalogue views). */
export function levelsNamed(levels: string): Level[] {
  const named = parseLevels(levels).map((p) => p.level);
  return LEVELS.filter((l) => named.includes(l));
}

/** "district until 30/06/2025", "commune from 01/07/2025", "unit". */
export function describePeriod(p: LevelPeriod): string {
  if (p.from && p.to) return LEVELS_MSG.fromTo(p.level, humanDate(p.from), humanDate(p.to));
  if (p.from) return LEVELS_MSG.from(p.level, humanDate(p.from));
  if (p.to) return LEVELS_MSG.until(p.level, humanDate(p.to));
  return p.level;
}

export function describeLevels(levels: string): string {
  return parseLevels(levels).map(describePeriod).join('; ');
}

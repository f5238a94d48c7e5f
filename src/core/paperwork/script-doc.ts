/**
 * The MC's script (kịch bản) of a ceremony: the groups in order of precedence (higher awards first, as
 * the roster), each introduced by the excerpt of its decision read aloud, then the recipients called up
 * in batches that fit the stage. Who hands over is not recorded in the registry: it is given when
 * printing, else the script leaves a place to fill in. Read-only.
 */
import type { Kysely } from 'kysely';
import { buildRoster, type RosterLine } from '../report/roster.js';
import type { DB } from '../tables.js';
import { decisionDoc } from './decision-doc.js';
import { dateWords, lowerFirst, upper } from './text.js';
import { paperOf } from './body-settings.js';

export interface ScriptBatch {
  heading: string;
  call: string;
  lines: string[];
  handOver: string;
}

export interface ScriptPart {
  heading: string;
  excerpt: string;
  article: string;
  batches: ScriptBatch[];
}

export interface ScriptDoc {
  title: string[];
  when: string;
  parts: ScriptPart[];
  total: number;
}

const who = (l: RosterLine) => {
  const where = [l.position, l.unit_name].filter(Boolean).join(', ');
  if (l.recipient_kind === 'individual') return where ? `${l.recipient_name}, ${where}` : l.recipient_name;
  return `Đại diện ${l.recipient_kind === 'household' ? 'hộ gia đình ' : ''}${l.recipient_name}`;
};

/** "đại diện các tập thể và các cá nhân sau", "cá nhân sau", … */
function whom(lines: RosterLine[]): string {
  const kinds = new Set(lines.map((l) => l.recipient_kind));
  const many = lines.length > 1 ? 'các ' : '';
  const parts = [
    ...(kinds.has('collective') ? [`đại diện ${many}tập thể`] : []),
    ...(kinds.has('household') ? [`đại diện ${many}hộ gia đình`] : []),
    ...(kinds.has('individual') ? [`${many}cá nhân`] : []),
  ];
  return `${parts.join(' và ')} sau`;
}

/**
 * `presenters`: who hands over, by award type code (the registry does not record it); a type without
 * one gets a dotted place to fill in.
 */
export async function scriptDoc(db: Kysely<DB>, query: string, batch = 10, presenters: Record<string, string> = {}): Promise<ScriptDoc> {
  const r = await buildRoster(db, query);
  const groups: { key: string; lines: RosterLine[] }[] = [];
  for (const l of r.lines) {
    const key = `${l.award_type}|${l.decision}`;
    if (groups.at(-1)?.key !== key) groups.push({ key, lines: [] });
    groups.at(-1)!.lines.push(l);
  }
  const docs = new Map<string, Awaited<ReturnType<typeof decisionDoc>>>();
  const parts: ScriptPart[] = [];
  for (const [i, g] of groups.entries()) {
    const first = g.lines[0];
    let d = docs.get(first.decision);
    if (!d) docs.set(first.decision, (d = await decisionDoc(db, first.decision)));
    const body = await db.selectFrom('decision').select(['body_id', 'date']).where('ref', '=', first.decision).executeTakeFirstOrThrow();
    const paper = await paperOf(db, body.body_id, body.date);
    const batches: ScriptBatch[] = [];
    for (let k = 0; k < g.lines.length; k += batch) {
      const chunk = g.lines.slice(k, k + batch);
      const n = Math.floor(k / batch) + 1;
      const count = Math.ceil(g.lines.length / batch);
      batches.push({
        heading: count > 1 ? `Đợt ${n}/${count}` : 'Mời lên nhận',
        call: `Trân trọng kính mời ${whom(chunk)} lên nhận ${first.award_type_name}:`,
        lines: chunk.map((l, j) => `${k + j + 1}. ${who(l)}`),
        handOver: `Trân trọng kính mời ${presenters[first.award_type] ? presenters[first.award_type].replace(new RegExp('^đồng chí\\s+', 'iu'), 'đồng chí ') : 'đồng chí ……………………………………'} lên trao ${first.award_type_name}.`,
      });
    }
    parts.push({
      heading: `Phần ${i + 1}. ${upper(first.award_type_name)} (${g.lines.length})`,
      excerpt: `Trích Quyết định số ${d.symbol} ${dateWords(d.date)} của ${paper.issuedBy} ${lowerFirst(d.about)}:`,
      article: `${d.articles[0].label} ${d.articles[0].text}`,
      batches,
    });
  }
  const when = dateWords(r.ceremony.date);
  return {
    title: ['KỊCH BẢN', 'PHẦN TRAO THƯỞNG', upper(r.ceremony.name)],
    when: `${when.charAt(0).toUpperCase()}${when.slice(1)}${r.ceremony.place ? ` — ${r.ceremony.place}` : ''}`,
    parts,
    total: r.lines.length,
  };
}

/**
 * Reading the audit trail: who changed what, when, with which command, and the values before and after.
 * Read-only.
 */
import { sql, type Kysely } from 'kysely';
import { AUDITED_ENTITIES, type AuditedEntity } from '../audit.js';
import { AmbiguousError, InvalidError, NotFoundError, type Candidate } from '../errors.js';
import { parseDate, parseDecisionNumber } from '../parse.js';
import { resolveAwardType, resolveBody, resolveCeremony, resolveDecision, resolveRecipient } from '../resolve.js';
import type { DB } from '../tables.js';
import { AUDIT_LOG } from '../../i18n/messages/core-io-trust.js';

/** One audit event as scripts see it. `before` and `after` are the canonical JSON the hash covers. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  command: string;
  action: string;
  entity: string;
  entity_id: number | null;
  /** An event recording many rows created together (import): the last row's id; `entity_id` is the first's. */
  entity_id_last: number | null;
  ref: string | null;
  /** For an update: the fields that changed, "name: "A" → "B"; …". */
  changes: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** A record whose events are wanted. */
export interface RecordTarget {
  entity: AuditedEntity;
  id: number;
  label: string;
}

export interface AuditFilter {
  /** ISO instant, inclusive. */
  since?: string;
  /** ISO instant, exclusive. */
  until?: string;
  actor?: string;
  command?: string;
  entity?: string;
  /** Events of any of these records. */
  records?: RecordTarget[];
  /** Only the last n events (still listed oldest first). */
  last?: number;
}

/** Audit events matching `f`, oldest first (by id). Read-only. */
export async function listAuditEvents(db: Kysely<DB>, f: AuditFilter = {}): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_event').selectAll();
  if (f.since) q = q.where('at', '>=', f.since);
  if (f.until) q = q.where('at', '<', f.until);
  if (f.actor) q = q.where('actor', '=', f.actor);
  if (f.command) q = q.where('command', '=', f.command);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.records) {
    const targets = f.records;
    if (targets.length === 0) return [];
    q = q.where((eb) =>
      eb.or(
        targets.flatMap((t) => [
          eb.and([eb('entity', '=', t.entity), eb('entity_id', '=', t.id)]),
          // An event recording the rows created together (import) that the record is one of.
          eb.and([eb('entity', '=', t.entity), eb('entity_id_last', 'is not', null), eb('entity_id_last', '>=', t.id), eb('entity_id', '<=', t.id)]),
        ]),
      ),
    );
  }
  const rows = f.last ? (await q.orderBy('id', 'desc').limit(f.last).execute()).reverse() : await q.orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    command: r.command,
    action: r.action,
    entity: r.entity,
    entity_id: r.entity_id,
    entity_id_last: r.entity_id_last,
    ref: r.entity_ref,
    changes: r.entity_id_last !== null && r.entity_id !== null ? rangeChanges(r.entity_id_last - r.entity_id + 1) : describeChanges(r.before, r.after),
    before: r.before,
    after: r.after,
    prev_hash: r.prev_hash,
    hash: r.hash,
  }));
}

/** What a range event (rows created together by an import) recorded. */
function rangeChanges(rows: number): string {
  return rows === 1 ? AUDIT_LOG.oneDigest() : AUDIT_LOG.rowsDigest(rows);
}

/** The fields an update changed (ignoring updated_at), or "" when there is no before-image. */
export function describeChanges(before: string | null, after: string | null): string {
  if (!before || !after) return '';
  const b = JSON.parse(before) as Record<string, unknown>;
  const a = JSON.parse(after) as Record<string, unknown>;
  return Object.keys({ ...b, ...a })
    .filter((k) => k !== 'updated_at' && JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .sort()
    .map((k) => `${k}: ${JSON.stringify(b[k] ?? null)} → ${JSON.stringify(a[k] ?? null)}`)
    .join('; ');
}

/**
 * The start of a day (YYYY-MM-DD or DD/MM/YYYY, in the local time zone) or an ISO timestamp, as an ISO
 * instant. `end` gives the start of the next day, so "--until 2026-03-01" includes that whole day.
 */
export function instantOf(text: string, end = false): string {
  if (/T/.test(text)) {
    const d = new Date(text);
    if (Number.isNaN(d.getTime())) throw new InvalidError(AUDIT_LOG.notInstant(text), { hint: AUDIT_LOG.instantHint() });
    return d.toISOString();
  }
  const p = parseDate(text);
  if (!p.ok) throw new InvalidError(p.message, { hint: AUDIT_LOG.instantHint() });
  const [y, m, d] = p.value.split('-').map(Number);
  return new Date(y, m - 1, d + (end ? 1 : 0)).toISOString();
}

const PREFIXES: Record<string, AuditedEntity> = {
  award: 'award',
  recipient: 'recipient',
  body: 'body',
  decision: 'decision',
  'award-type': 'award_type',
  award_type: 'award_type',
  type: 'award_type',
  ceremony: 'ceremony',
};

/**
 * The records a clerk names with `text`: "#12" or "12" (award line 12), "award:12", "recipient:nguyen-van-a",
 * "decision:215/QĐ-UBND", "body:…", "award-type:BK_BT", "ceremony:…", or a bare reference, code or decision
 * number. An award line brings its revocation and presentation with it. Read-only.
 */
export async function resolveRecord(db: Kysely<DB>, text: string): Promise<RecordTarget[]> {
  const t = text.trim();
  const prefixed = /^([a-z_-]+):(.+)$/i.exec(t);
  if (prefixed && PREFIXES[prefixed[1].toLowerCase()]) return targetsOf(db, PREFIXES[prefixed[1].toLowerCase()], prefixed[2].trim());
  if (/^#?\d+$/.test(t)) return targetsOf(db, 'award', t);
  const found: RecordTarget[][] = [];
  if (parseDecisionNumber(t).ok) {
    found.push(await targetsOf(db, 'decision', t).catch((e) => (e instanceof NotFoundError ? [] : Promise.reject(e))));
  }
  const lower = t.toLowerCase();
  for (const entity of ['recipient', 'body', 'decision', 'ceremony'] as const) {
    const row = await db.selectFrom(entity).select('id').where('ref', '=', lower).executeTakeFirst();
    if (row) found.push([{ entity, id: row.id, label: `${entity}:${lower}` }]);
  }
  const type = await db.selectFrom('award_type').select(['id', 'code']).where(sql<boolean>`lower(code) = ${lower}`).executeTakeFirst();
  // i18n-ignore: a reference the clerk can type again (award-type:BK_BT)
  if (type) found.push([{ entity: 'award_type', id: type.id, label: `award-type:${type.code}` }]);
  const distinct = found.filter((f) => f.length > 0).filter((f, i, all) => all.findIndex((g) => g[0].entity === f[0].entity && g[0].id === f[0].id) === i);
  if (distinct.length === 1) return distinct[0];
  if (distinct.length > 1) {
    const candidates: Candidate[] = distinct.map((f) => ({ ref: f[0].label, label: f[0].entity }));
    throw new AmbiguousError('record', t, candidates); // i18n-ignore: the kind of record, which recordNoun says in the run's language
  }
  // A record that is no longer in its table (removed behind tdkt's back) still has its events.
  const gone = await db.selectFrom('audit_event').select(['entity', 'entity_id']).distinct().where('entity_ref', '=', t).execute();
  const known = gone.filter((g) => (AUDITED_ENTITIES as readonly string[]).includes(g.entity) && g.entity_id !== null);
  if (known.length) return known.map((g) => ({ entity: g.entity as AuditedEntity, id: g.entity_id!, label: `${g.entity}:${t}` }));
  throw new NotFoundError(AUDIT_LOG.noRecord(t), AUDIT_LOG.noRecordHint());
}

async function targetsOf(db: Kysely<DB>, entity: AuditedEntity, value: string): Promise<RecordTarget[]> {
  switch (entity) {
    case 'award': {
      const s = value.replace(/^#/, '');
      if (!/^\d+$/.test(s)) throw new InvalidError(AUDIT_LOG.notAwardId(value));
      const id = Number(s);
      const targets: RecordTarget[] = [{ entity: 'award', id, label: AUDIT_LOG.award(id) }];
      for (const related of ['award_revocation', 'presentation', 'award_reinstatement'] as const) {
        const rows = await db.selectFrom(related).select('id').where('award_id', '=', id).execute();
        // A presentation withdrawn or a revocation undone is no longer in its table; its events name the line.
        const gone = await db
          .selectFrom('audit_event')
          .select('entity_id as id')
          .distinct()
          .where('entity', '=', related)
          .where('after', 'is', null)
          .where((eb) => eb.or([eb('entity_ref', '=', `#${id}`), eb('entity_ref', 'like', `%#${id}`)]))
          .execute();
        const seen = new Set<number>();
        for (const r of [...rows, ...gone]) {
          if (r.id === null || seen.has(r.id)) continue;
          seen.add(r.id);
          targets.push({ entity: related, id: r.id, label: AUDIT_LOG.ofAward(related, id) });
        }
      }
      return targets;
    }
    case 'recipient': {
      const r = await resolveRecipient(db, value);
      return [{ entity, id: r.id, label: `recipient:${r.ref}` }]; // i18n-ignore: a reference the clerk can type again
    }
    case 'body': {
      const b = await resolveBody(db, value);
      return [{ entity, id: b.id, label: `body:${b.ref}` }]; // i18n-ignore: a reference the clerk can type again
    }
    case 'decision': {
      const d = await resolveDecision(db, value);
      return [{ entity, id: d.id, label: `decision:${d.ref}` }]; // i18n-ignore: a reference the clerk can type again
    }
    case 'award_type': {
      const t = await resolveAwardType(db, value);
      return [{ entity, id: t.id, label: `award-type:${t.code}` }]; // i18n-ignore: a reference the clerk can type again
    }
    case 'ceremony': {
      const c = await resolveCeremony(db, value);
      return [{ entity, id: c.id, label: `ceremony:${c.ref}` }]; // i18n-ignore: a reference the clerk can type again
    }
    default:
      throw new InvalidError(AUDIT_LOG.byAwardLine(entity));
  }
}

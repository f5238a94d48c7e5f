/**
 * The audit trail: every write appends events in the same transaction as the change. Each event's hash
 * covers the previous event's hash and a canonical encoding of the event, so edits made behind the
 * program's back break the chain (see verifyAudit).
 */
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { InvalidError } from './errors.js';
import { humanTime } from '../i18n/index.js';
import { AUDIT } from '../i18n/messages/core-records.js';
import type { AuditEventRow, DB } from './tables.js';

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per event.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export const GENESIS_HASH = '0'.repeat(64);

/** Tables whose rows the audit trail mirrors: each row equals the after-image of its latest event. */
export const AUDITED_ENTITIES = [
  'body',
  'recipient',
  'award_type',
  'decision',
  'award',
  'award_revocation',
  'ceremony',
  'presentation',
  'rating',
  'discipline',
  'initiative',
  'collective_year',
  'setting',
  'body_setting',
  'register_entry',
  'recipient_profile',
  'award_reinstatement',
  'recipient_alias',
  'emulation_cluster',
  'cluster_member',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** JSON with object keys sorted, so equal values always encode to equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/**
 * The after-image of a row created in bulk (import): `sha256:` and the hex digest of the row's canonical
 * JSON, instead of the JSON itself. The values are in the row; the digest proves them unchanged (verify
 * recomputes it), at a fifth of the bytes of a full image.
 */
export const DIGEST_PREFIX = 'sha256:';

export function imageDigest(canonical: string): string {
  return DIGEST_PREFIX + rowDigest(canonical);
}

/** The hex SHA-256 of a row's canonical JSON (imageDigest without its prefix). */
export function rowDigest(canonical: string): string {
  return oneShot ? oneShot('sha256', canonical, 'hex') : createHash('sha256').update(canonical).digest('hex');
}

/** An event's own fields: what its hash covers (the stored row without id and the chain's hashes). */
export type AuditEventFields = Omit<AuditEventRow, 'id' | 'prev_hash' | 'hash' | 'entity_id_last'> & { entity_id_last?: number | null };

/**
 * The after-image of an event recording rows entity_id … entity_id_last created together (import):
 * `sha256-list:` and the hex SHA-256 digests of the rows' canonical JSON, in id order, separated by commas.
 */
export const RANGE_PREFIX = 'sha256-list:';

/** The digests a range event's after-image lists, one per row from entity_id on; null when malformed. */
export function rangeDigests(after: string | null, count: number): string[] | null {
  if (!after?.startsWith(RANGE_PREFIX)) return null;
  const list = after.slice(RANGE_PREFIX.length).split(',');
  return list.length === count && list.every((d) => /^[0-9a-f]{64}$/.test(d)) ? list : null;
}

export function eventHash(prevHash: string, e: AuditEventFields): string {
  const body = canonicalJson({
    action: e.action,
    actor: e.actor,
    after: e.after,
    at: e.at,
    before: e.before,
    command: e.command,
    entity: e.entity,
    entity_id: e.entity_id,
    // Only range events carry it, so the hashes of single-row events are what they always were.
    ...(e.entity_id_last != null ? { entity_id_last: e.entity_id_last } : {}),
    entity_ref: e.entity_ref,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * eventHash without the generic key sort: the fields are written in canonicalJson's (sorted) order
 * directly, so the text hashed — and the hash — are identical (a test holds the two together). For
 * bulk paths that hash an event per row.
 */
export function eventHashFast(prevHash: string, e: AuditEventFields): string {
  const text =
    prevHash +
    '\n{"action":' + JSON.stringify(e.action) +
    ',"actor":' + JSON.stringify(e.actor) +
    ',"after":' + JSON.stringify(e.after) +
    ',"at":' + JSON.stringify(e.at) +
    ',"before":' + JSON.stringify(e.before) +
    ',"command":' + JSON.stringify(e.command) +
    ',"entity":' + JSON.stringify(e.entity) +
    ',"entity_id":' + JSON.stringify(e.entity_id) +
    (e.entity_id_last != null ? ',"entity_id_last":' + JSON.stringify(e.entity_id_last) : '') +
    ',"entity_ref":' + JSON.stringify(e.entity_ref) +
    '}';
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}


type BulkEvent = Omit<AuditEventFields, 'at' | 'actor' | 'command'>;

/** Rows recorded by one range event at most (its after-image is 65 bytes a row). */
const RANGE_ROWS = 1024;
// i18n-ignore: the columns of an SQL insert
const EVENT_COLUMNS = 'at, actor, command, action, entity, entity_id, entity_id_last, entity_ref, before, after, prev_hash, hash';

/** Appends audit events inside one write transaction. */
export class Auditor {
  private prevHash: string | undefined;
  constructor(
    private readonly trx: Kysely<DB>,
    readonly at: string,
    readonly actor: string,
    readonly command: string,
  ) {}

  /** Reads the row as it is now (null when absent): the before- or after-image of an event. */
  async snapshot(entity: AuditedEntity, id: number): Promise<Record<string, unknown> | null> {
    const row = await this.trx.selectFrom(entity).selectAll().where('id', '=', id).executeTakeFirst();
    return (row as Record<string, unknown> | undefined) ?? null;
  }

  /**
   * Records that `entity` #id was created, changed or otherwise acted on. The after-image is read from
   * the table now, so it is exactly what is stored.
   */
  async record(
    action: string,
    entity: AuditedEntity,
    id: number,
    opts: { before?: Record<string, unknown> | null; ref?: string | null } = {},
  ): Promise<void> {
    const after = await this.snapshot(entity, id);
    await this.append({
      action,
      entity,
      entity_id: id,
      entity_ref: opts.ref ?? ((after?.ref ?? after?.code ?? null) as string | null),
      before: opts.before ? canonicalJson(opts.before) : null,
      after: after ? canonicalJson(after) : null,
    });
  }

  /**
   * Records that `entity` #id is removed (its before-image, no after-image), then removes it. Only the
   * tables whose trigger allows it (a withdrawn presentation, an undone revocation, a merged recipient)
   * let the row go, and only after this event.
   */
  async remove(action: string, entity: AuditedEntity, id: number, opts: { ref?: string | null } = {}): Promise<void> {
    const before = await this.snapshot(entity, id);
    if (!before) throw new Error(`no ${entity} #${id} to remove`); // i18n-ignore: a programmer's assertion (callers remove rows they hold)
    await this.append({
      action,
      entity,
      entity_id: id,
      entity_ref: opts.ref ?? ((before.ref ?? null) as string | null),
      before: canonicalJson(before),
      after: null,
    });
    await this.trx.deleteFrom(entity).where('id', '=', id).execute();
  }

  /** Appends an event whose images the caller already holds (bulk paths). */
  async append(e: BulkEvent): Promise<void> {
    this.flush();
    if (this.prevHash === undefined) {
      const last = await this.trx.selectFrom('audit_event').select(['hash', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
      this.prevHash = this.follow(last);
    }
    const full: AuditEventFields = { ...e, at: this.at, actor: this.actor, command: this.command };
    const hash = eventHash(this.prevHash, full);
    await this.trx.insertInto('audit_event').values({ ...full, prev_hash: this.prevHash, hash }).execute();
    this.prevHash = hash;
  }

  private pending: (() => void) | undefined;

  /**
   * The hash the next event follows. Time in the trail only moves forward: a clock behind the last
   * change (a computer whose date was lost) would record events out of order, so the write is refused.
   */
  private follow(last: { hash: string; at: string } | undefined): string {
    if (last && this.at < last.at) {
      throw new InvalidError(AUDIT.clockBehind(humanTime(this.at), humanTime(last.at)), { hint: AUDIT.clockBehindHint() });
    }
    return last?.hash ?? GENESIS_HASH;
  }

  /** Writes the events a bulk appender still holds. Registry.write calls it before COMMIT; `append` before its own insert. */
  flush(): void {
    this.pending?.();
  }

  /**
   * Records rows created in bulk (import) through prepared statements on `sqlite`: it must be the raw
   * connection running this transaction (Registry.sqlite inside Registry.write). Consecutive rows of a
   * table created with the same action are recorded by ONE event (entity_id … entity_id_last, after-image
   * RANGE_PREFIX and the rows' digests), of at most RANGE_ROWS rows. The events join the same chain as
   * `record` and `append`; `flush` writes what is held, and any other append flushes first, so events
   * always follow the order of the writes.
   */
  rangeRecorder(sqlite: BetterSqlite3.Database): (entity: AuditedEntity, action: string, id: number, digest: string) => void {
    const insert = sqlite.prepare(`INSERT INTO audit_event (${EVENT_COLUMNS}) VALUES (${EVENT_COLUMNS.split(',').map(() => '?').join(', ')})`);
    const open = new Map<AuditedEntity, { action: string; first: number; last: number; digests: string[] }>();
    this.flush(); // what an earlier recorder holds comes first
    const write = (entity: AuditedEntity, r: { action: string; first: number; last: number; digests: string[] }) => {
      if (this.prevHash === undefined) {
        this.prevHash = this.follow(sqlite.prepare('SELECT hash, at FROM audit_event ORDER BY id DESC LIMIT 1').get() as { hash: string; at: string } | undefined);
      }
      const full: AuditEventFields = {
        action: r.action,
        entity,
        entity_id: r.first,
        entity_id_last: r.last,
        entity_ref: null,
        before: null,
        after: RANGE_PREFIX + r.digests.join(','),
        at: this.at,
        actor: this.actor,
        command: this.command,
      };
      const hash = eventHashFast(this.prevHash, full);
      insert.run(full.at, full.actor, full.command, full.action, full.entity, full.entity_id, full.entity_id_last, full.entity_ref, full.before, full.after, this.prevHash, hash);
      this.prevHash = hash;
    };
    this.pending = () => {
      for (const [entity, r] of open) write(entity, r);
      open.clear();
    };
    return (entity, action, id, digest) => {
      const r = open.get(entity);
      if (r && r.action === action && id === r.last + 1 && r.digests.length < RANGE_ROWS) {
        r.last = id;
        r.digests.push(digest);
        return;
      }
      if (r) write(entity, r);
      open.set(entity, { action, first: id, last: id, digests: [digest] });
    };
  }
}

/** The audit trail's last event (id, hash, time) as `db` sees it; none in an empty trail. */
export function auditHead(db: Kysely<DB>): Promise<{ id: number; hash: string; at: string } | undefined> {
  return db.selectFrom('audit_event').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

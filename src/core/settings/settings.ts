/**
 * Settings of a registry: quotas and policies that differ between offices and sectors (the 2022 law sets
 * no national cap; sectors set their own). Each key has a parser, a default and a description; values are
 * stored as JSON text and every change is audited.
 */
import type { Kysely } from 'kysely';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { InvalidError, NotFoundError } from '../errors.js';
import type { DB } from '../tables.js';
import { SETTINGS as TEXT } from '../../i18n/messages/core-records-people.js';

type Value = number | boolean | null;

interface SettingSpec {
  key: string;
  /** What it means, in the language of the run. */
  describe: () => string;
  /** Printed in help and errors. */
  example: string;
  default: Value;
  parse(text: string): Value | { error: string };
}

function percent(text: string): Value | { error: string } {
  const n = Number(text.trim().replace(/%$/, '').replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 100) return { error: TEXT.percent(text) };
  return n;
}

function bool(text: string): Value | { error: string } {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(t)) return true;
  if (['false', 'no', 'off', '0'].includes(t)) return false;
  return { error: TEXT.bool(text) };
}

function year(text: string): Value | { error: string } {
  const t = text.trim();
  if (!/^\d{4}$/.test(t) || Number(t) < 1945 || Number(t) > 2100) return { error: TEXT.year(text) };
  return Number(t);
}

export const SETTINGS: SettingSpec[] = [
  {
    key: 'award.strict',
    describe: TEXT.describeStrict,
    example: 'true',
    default: false,
    parse: bool,
  },
  {
    key: 'awards.complete-from', // i18n-ignore: a setting's key
    describe: TEXT.describeCompleteFrom,
    example: '2019',
    default: null,
    parse: year,
  },
  {
    key: 'quota.cstdcs-share',
    describe: TEXT.describeCstdcsShare,
    example: '15',
    default: null,
    parse: percent,
  },
];

export interface Settings {
  strict: boolean;
  completeFrom: number | null;
  cstdcsShare: number | null;
}

export interface SettingRow {
  key: string;
  value: Value;
  default: Value;
  /** Whether the value was set in this registry (else the default applies). */
  set: boolean;
  describe: string;
}

function spec(key: string): SettingSpec {
  const s = SETTINGS.find((x) => x.key === key);
  if (!s) throw new NotFoundError(TEXT.notFound(key), TEXT.notFoundHint(SETTINGS.map((x) => x.key).join(', ')));
  return s;
}

/** Every known setting with its value in this registry, by key. Read-only. */
export async function listSettings(db: Kysely<DB>): Promise<SettingRow[]> {
  const stored = new Map((await db.selectFrom('setting').select(['key', 'value']).execute()).map((r) => [r.key, r.value]));
  return SETTINGS.map((s) => {
    const raw = stored.get(s.key);
    const set = raw !== undefined && raw !== null;
    return { key: s.key, value: set ? (JSON.parse(raw) as Value) : s.default, default: s.default, set, describe: s.describe() };
  });
}

export async function getSetting(db: Kysely<DB>, key: string): Promise<SettingRow> {
  spec(key);
  return (await listSettings(db)).find((r) => r.key === key)!;
}

/** The settings the rules read. Read-only; use the transaction's handle inside a write. */
export async function loadSettings(db: Kysely<DB>): Promise<Settings> {
  const rows = await listSettings(db);
  const v = (k: string) => rows.find((r) => r.key === k)!.value;
  return { strict: v('award.strict') === true, completeFrom: v('awards.complete-from') as number | null, cstdcsShare: v('quota.cstdcs-share') as number | null }; // i18n-ignore: a setting's key
}

/** Sets (or, with `null`, unsets) a setting inside a write transaction, with its audit event. */
export async function writeSetting(trx: Tx, audit: Auditor, key: string, text: string | null, now: string): Promise<void> {
  const s = spec(key);
  let value: Value = null;
  if (text !== null) {
    const parsed = s.parse(text);
    if (parsed !== null && typeof parsed === 'object') {
      throw new InvalidError(TEXT.cannotSet(key, parsed.error), { hint: TEXT.cannotSetHint(key, s.example) });
    }
    value = parsed;
  }
  const json = value === null ? null : JSON.stringify(value);
  const row = await trx.selectFrom('setting').selectAll().where('key', '=', key).executeTakeFirst();
  if (row) {
    if (row.value === json) return;
    await trx.updateTable('setting').set({ value: json, updated_at: now }).where('id', '=', row.id).execute();
    await audit.record(json === null ? 'unset' : 'update', 'setting', row.id, { before: row as unknown as Record<string, unknown>, ref: key });
  } else {
    if (json === null) return;
    const { id } = await trx.insertInto('setting').values({ key, value: json, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await audit.record('create', 'setting', id, { ref: key });
  }
}

/** Sets a setting from its text (`null` unsets it). One transaction. */
export async function setSetting(reg: Registry, key: string, text: string | null): Promise<SettingRow> {
  await reg.write((trx, audit) => writeSetting(trx, audit, key, text, reg.now()));
  return getSetting(reg.db, key);
}

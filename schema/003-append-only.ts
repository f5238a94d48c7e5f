// Frozen in time: this migration imports kysely only, never application code.
//
// The registry never deletes what it recorded and never rewrites its audit trail: these triggers refuse
// such statements from any client (the sqlite3 shell, a script), so a slip of the hand cannot do it.
// Someone determined can drop them; `tdkt audit verify` then reports the schema change and the damage.
import { type Kysely, sql } from 'kysely';
import { dropRefusalOnPostgres, isPostgres, refuseOnPostgres } from './dialect.js';

const KEPT = [
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
];

const APPEND_ONLY = 'the audit trail is append-only';
const kept = (t: string) => `the registry never deletes ${t} rows: correct, void or revoke instead`;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const op of ['UPDATE', 'DELETE'] as const) {
      await refuseOnPostgres(db, { name: `audit_event_no_${op.toLowerCase()}`, table: 'audit_event', op, message: APPEND_ONLY });
    }
    for (const t of KEPT) await refuseOnPostgres(db, { name: `${t}_no_delete`, table: t, op: 'DELETE', message: kept(t) });
    return;
  }
  for (const op of ['UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER audit_event_no_${op.toLowerCase()} BEFORE ${op} ON audit_event ` +
          `BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END`,
      )
      .execute(db);
  }
  for (const t of KEPT) {
    await sql
      .raw(
        `CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} ` +
          `BEGIN SELECT RAISE(ABORT, 'the registry never deletes ${t} rows: correct, void or revoke instead'); END`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const t of KEPT) await dropRefusalOnPostgres(db, `${t}_no_delete`, t, 'DELETE');
    await dropRefusalOnPostgres(db, 'audit_event_no_update', 'audit_event', 'UPDATE');
    await dropRefusalOnPostgres(db, 'audit_event_no_delete', 'audit_event', 'DELETE');
    return;
  }
  for (const t of KEPT) await sql.raw(`DROP TRIGGER ${t}_no_delete`).execute(db);
  await sql.raw('DROP TRIGGER audit_event_no_update').execute(db);
  await sql.raw('DROP TRIGGER audit_event_no_delete').execute(db);
}

import type { Registry, Tx } from '../db.js';
import type { Auditor } from '../audit.js';
import { ConflictError } from '../errors.js';
import { refIsFree, uniqueRef } from '../refs.js';
import { resolveBody } from '../resolve.js';
import { fold } from '../text.js';
import { parseInput } from '../validate.js';
import { BodyEdit, BodyInput, type Body } from './body.js';
import { getBody } from './queries.js';
import { BODY, REFS } from '../../i18n/messages/core-records-people.js';

/** Adds an issuing body. One transaction with its audit event. */
export async function addBody(reg: Registry, input: BodyInput): Promise<Body> {
  const v = parseInput(BodyInput, input, 'body');
  const ref = await reg.write(async (trx, audit) => insertBody(trx, audit, v, reg.now()));
  return getBody(reg.db, ref);
}

export async function insertBody(trx: Tx, audit: Auditor, v: ReturnType<typeof BodyInput.parse>, now: string): Promise<string> {
  if (v.ref && !(await refIsFree(trx, 'body', v.ref))) {
    throw new ConflictError(BODY.exists(v.ref), REFS.chooseAnother());
  }
  const parent = v.parent ? await resolveBody(trx, v.parent) : undefined;
  const ref = v.ref ?? (await uniqueRef(trx, 'body', v.name));
  const { id } = await trx
    .insertInto('body')
    .values({
      ref,
      name: v.name,
      name_folded: fold(v.name),
      level: v.level,
      abbr: v.abbr,
      place: v.place,
      parent_id: parent?.id ?? null,
      note: v.note,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'body', id);
  return ref;
}

/** Corrects a body's fields; the old values stay in the audit trail. One transaction. */
export async function editBody(reg: Registry, query: string, input: BodyEdit): Promise<Body> {
  const v = parseInput(BodyEdit, input, 'body');
  const ref = await reg.write(async (trx, audit) => {
    const body = await resolveBody(trx, query);
    if (v.ref && !(await refIsFree(trx, 'body', v.ref, body.id))) throw new ConflictError(BODY.exists(v.ref));
    const before = await audit.snapshot('body', body.id);
    const parent = v.parent ? await resolveBody(trx, v.parent) : undefined;
    await trx
      .updateTable('body')
      .set({
        ...(v.ref !== undefined && { ref: v.ref }),
        ...(v.name !== undefined && { name: v.name, name_folded: fold(v.name) }),
        ...(v.level !== undefined && { level: v.level }),
        ...(v.abbr !== undefined && { abbr: v.abbr }),
        ...(v.place !== undefined && { place: v.place }),
        ...(parent && { parent_id: parent.id }),
        ...(v.note !== undefined && { note: v.note }),
        updated_at: reg.now(),
      })
      .where('id', '=', body.id)
      .execute();
    await audit.record('update', 'body', body.id, { before });
    return v.ref ?? body.ref;
  });
  return getBody(reg.db, ref);
}

import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { ConflictError, InvalidError } from '../errors.js';
import { refIsFree, uniqueRef } from '../refs.js';
import { resolveRecipient } from '../resolve.js';
import { fold } from '../text.js';
import { parseInput } from '../validate.js';
import { getRecipient } from './queries.js';
import { RecipientEdit, RecipientInput, type Recipient } from './recipient.js';
import { RECIPIENT, REFS } from '../../i18n/messages/core-records-people.js';

export type ValidRecipient = ReturnType<typeof RecipientInput.parse>;

/** Adds a collective, individual or household. One transaction with its audit event. */
export async function addRecipient(reg: Registry, input: RecipientInput): Promise<Recipient> {
  const v = parseInput(RecipientInput, input, 'recipient');
  const ref = await reg.write((trx, audit) => insertRecipient(trx, audit, v, reg.now()));
  return getRecipient(reg.db, ref);
}

export async function insertRecipient(trx: Tx, audit: Auditor, v: ValidRecipient, now: string, unitId?: number | null): Promise<string> {
  if (v.ref && !(await refIsFree(trx, 'recipient', v.ref))) {
    throw new ConflictError(RECIPIENT.exists(v.ref), REFS.chooseAnother());
  }
  if (v.position && v.kind !== 'individual') {
    throw new InvalidError(RECIPIENT.positionOnlyIndividual(v.name, v.kind), { hint: RECIPIENT.positionOnlyIndividualHint() });
  }
  const unit = unitId !== undefined ? unitId : v.unit ? (await resolveRecipient(trx, v.unit, 'collective')).id : null;
  const ref = v.ref ?? (await uniqueRef(trx, 'recipient', v.name));
  const { id } = await trx
    .insertInto('recipient')
    .values({
      ref,
      kind: v.kind,
      name: v.name,
      name_folded: fold(v.name),
      unit_id: unit,
      position: v.position,
      place: v.place,
      note: v.note,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'recipient', id);
  return ref;
}

/** Corrects a recipient; the old values stay in the audit trail. One transaction. */
export async function editRecipient(reg: Registry, query: string, input: RecipientEdit): Promise<Recipient> {
  const v = parseInput(RecipientEdit, input, 'recipient');
  const ref = await reg.write(async (trx, audit) => {
    const r = await resolveRecipient(trx, query);
    if (v.ref && !(await refIsFree(trx, 'recipient', v.ref, r.id))) throw new ConflictError(RECIPIENT.exists(v.ref));
    const kind = v.kind ?? r.kind;
    if (v.kind && v.kind !== r.kind) {
      const n = await trx.selectFrom('award').select((eb) => eb.fn.countAll<number>().as('n')).where('recipient_id', '=', r.id).executeTakeFirstOrThrow();
      if (Number(n.n) > 0) throw new InvalidError(RECIPIENT.kindLocked(r.name, r.kind));
    }
    const before = await audit.snapshot('recipient', r.id);
    if (v.position && kind !== 'individual') throw new InvalidError(RECIPIENT.positionOnlyIndividual(r.name, kind));
    let unitId: number | null | undefined;
    if (v.unit !== undefined) {
      unitId = v.unit === null ? null : (await resolveRecipient(trx, v.unit, 'collective')).id;
      if (unitId === r.id) throw new InvalidError(RECIPIENT.ownUnit(r.name));
    }
    await trx
      .updateTable('recipient')
      .set({
        ...(v.ref !== undefined && { ref: v.ref }),
        ...(v.kind !== undefined && { kind: v.kind }),
        ...(v.name !== undefined && { name: v.name, name_folded: fold(v.name) }),
        ...(unitId !== undefined && { unit_id: unitId }),
        ...(v.position !== undefined && { position: v.position }),
        ...(v.place !== undefined && { place: v.place }),
        ...(v.note !== undefined && { note: v.note }),
        updated_at: reg.now(),
      })
      .where('id', '=', r.id)
      .execute();
    await audit.record('update', 'recipient', r.id, { before });
    return v.ref ?? r.ref;
  });
  return getRecipient(reg.db, ref);
}

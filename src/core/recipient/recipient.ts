import { z } from 'zod';
import { parseRecipientKind, RECIPIENT_KINDS, type RecipientKind } from '../domain.js';
import { zOptText, zRef, zText, zVocab } from '../validate.js';
import { RECIPIENT } from '../../i18n/messages/core-records-people.js';

/** A recipient as scripts see it. */
export interface Recipient {
  ref: string;
  kind: RecipientKind;
  name: string;
  unit: string | null;
  unit_name: string | null;
  position: string | null;
  place: string | null;
  note: string | null;
}

export const zRecipientKind = zVocab(parseRecipientKind, (s) => RECIPIENT.kind(s, RECIPIENT_KINDS.join(', ')));

export const RecipientInput = z.object({
  ref: zRef.optional(),
  kind: zRecipientKind,
  name: zText(300),
  /** Reference or name of the collective the recipient belongs to. */
  unit: zOptText(300),
  position: zOptText(200),
  place: zOptText(300),
  note: zOptText(),
});
export type RecipientInput = z.input<typeof RecipientInput>;

export const RecipientEdit = RecipientInput.omit({ kind: true }).partial().extend({ kind: zRecipientKind.optional() });
export type RecipientEdit = z.input<typeof RecipientEdit>;

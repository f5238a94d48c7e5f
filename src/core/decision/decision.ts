import { z } from 'zod';
import { zDate, zDecisionNumber, zOptText, zRef } from '../validate.js';
import { INPUT } from '../../i18n/messages/core-records.js';

/** A decision as scripts see it. */
export interface Decision {
  ref: string;
  symbol: string;
  number: number;
  date: string;
  body: string;
  body_name: string;
  body_level: string;
  /** The place named in the decision's date line ("Lê Chân, ngày 10 tháng 01 năm 2022"). */
  body_place: string | null;
  signer_name: string | null;
  signer_capacity: string | null;
  summary: string | null;
  regime: string;
  note: string | null;
  lines: number;
}

export const DecisionInput = z.object({
  ref: zRef.optional(),
  /** Number and symbol, e.g. "215/QĐ-UBND". */
  number: zDecisionNumber,
  date: zDate,
  /** Reference or name of the signing body. */
  body: z.string().trim().min(1, { error: () => INPUT.nameSigningBody() }),
  signer_name: zOptText(200),
  /** "CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", … */
  signer_capacity: zOptText(200),
  summary: zOptText(1000),
  note: zOptText(),
});
export type DecisionInput = z.input<typeof DecisionInput>;
export type ValidDecision = z.output<typeof DecisionInput>;

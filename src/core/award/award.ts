import { z } from 'zod';
import { COMMENDATION_KINDS, parseCommendationKind } from '../domain.js';
import { zOptText, zPeriod, zVocab } from '../validate.js';

export type AwardStatus = 'active' | 'revoked' | 'stripped' | 'voided';

/** An award line as scripts see it. */
export interface Award {
  id: number;
  decision: string;
  decision_symbol: string;
  decision_date: string;
  body: string;
  body_level: string;
  line_no: number | null;
  award_type: string;
  award_type_name: string;
  recipient: string;
  recipient_name: string;
  recipient_kind: string;
  unit_name: string | null;
  position: string | null;
  period: string;
  period_from: number;
  period_to: number;
  achievement: string | null;
  commendation_kind: string;
  ceremony: string | null;
  status: AwardStatus;
}

export const zCommendationKind = zVocab(parseCommendationKind, (s) => `"${s}" is not a kind of commendation: expected ${COMMENDATION_KINDS.join(', ')} (or công trạng, đột xuất, chuyên đề, …)`);

export const AwardInput = z.object({
  /** Reference or number of the decision whose annex the line belongs to. */
  decision: z.string().trim().min(1, { error: 'name the decision, e.g. 215/QĐ-UBND' }),
  /** Reference or name of the recipient. */
  recipient: z.string().trim().min(1, { error: 'name the recipient' }),
  /** Code or Vietnamese name of the award type. */
  award_type: z.string().trim().min(1, { error: 'name the award type, e.g. BK_BT' }),
  period: zPeriod,
  achievement: zOptText(2000),
  kind: zCommendationKind.default('regular'),
  /** STT: the line's number in the annex. */
  line: z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' }).nullish().transform((v) => v ?? null),
  /** The unit and position printed on the annex line; default from the recipient. */
  unit_name: zOptText(300),
  position: zOptText(200),
  note: zOptText(),
});
export type AwardInput = z.input<typeof AwardInput>;
export type ValidAward = z.output<typeof AwardInput>;

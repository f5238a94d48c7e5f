import { z } from 'zod';
import { COMMENDATION_KINDS, parseCommendationKind } from '../domain.js';
import { zOptText, zPeriod, zVocab } from '../validate.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { AWARD } from '../../i18n/messages/core-records-awards.js';

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

export const zCommendationKind = zVocab(parseCommendationKind, (s) => AWARD.commendationKind(s, COMMENDATION_KINDS.join(', ')));

export const AwardInput = z.object({
  /** Reference or number of the decision whose annex the line belongs to. */
  decision: z.string().trim().min(1, { error: () => INPUT.nameDecision() }),
  /** Reference or name of the recipient. */
  recipient: z.string().trim().min(1, { error: () => INPUT.nameRecipient() }),
  /** Code or Vietnamese name of the award type. */
  award_type: z.string().trim().min(1, { error: () => INPUT.nameAwardType() }),
  period: zPeriod,
  achievement: zOptText(2000),
  kind: zCommendationKind.default('regular'),
  /** STT: the line's number in the annex. */
  line: z.coerce
    .number({ error: () => INPUT.wholeNumber() })
    .int({ error: () => INPUT.wholeNumber() })
    .positive({ error: () => INPUT.oneOrMore() })
    .nullish()
    .transform((v) => v ?? null),
  /** The unit and position printed on the annex line; default from the recipient. */
  unit_name: zOptText(300),
  position: zOptText(200),
  note: zOptText(),
});
export type AwardInput = z.input<typeof AwardInput>;
export type ValidAward = z.output<typeof AwardInput>;

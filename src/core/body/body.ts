import { z } from 'zod';
import { LEVELS } from '../domain.js';
import { zOptText, zRef, zText } from '../validate.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { BODY } from '../../i18n/messages/core-records-people.js';

/** An issuing body as scripts see it. */
export interface Body {
  ref: string;
  name: string;
  level: string;
  abbr: string;
  place: string | null;
  parent: string | null;
  note: string | null;
}

export const BodyInput = z.object({
  ref: zRef.optional(),
  name: zText(300),
  level: z.enum(LEVELS, { error: () => INPUT.oneOf(LEVELS.join(', ')) }),
  abbr: z
    .string()
    .trim()
    .regex(/^[A-Za-z\u0110\u0111][A-Za-z\u0110\u0111\d.]{0,19}$/, { error: () => BODY.abbr() }),
  place: zOptText(100),
  parent: zOptText(200),
  note: zOptText(),
});
export type BodyInput = z.input<typeof BodyInput>;

export const BodyEdit = BodyInput.partial();
export type BodyEdit = z.input<typeof BodyEdit>;

import { z } from 'zod';
import { zDate, zOptText, zRef, zText } from '../validate.js';
import { INPUT } from '../../i18n/messages/core-records.js';

/** A ceremony as scripts see it. */
export interface Ceremony {
  ref: string;
  name: string;
  date: string;
  place: string | null;
  organiser: string;
  organiser_name: string;
  awards: number;
  note: string | null;
}

export const CeremonyInput = z.object({
  ref: zRef.optional(),
  name: zText(300),
  date: zDate,
  place: zOptText(300),
  /** Reference or name of the organising body. */
  organiser: z.string().trim().min(1, { error: () => INPUT.nameOrganiser() }),
  note: zOptText(),
});
export type CeremonyInput = z.input<typeof CeremonyInput>;
export type ValidCeremony = z.output<typeof CeremonyInput>;

export interface PresentInput {
  /** Decisions whose every line is handed over at the ceremony. */
  decisions?: string[];
  /** Single award lines by id. */
  awards?: number[];
}

/** At most one of the same annual title per recipient and achievement year. */
import { duplicateRule } from './duplicates.js';

// i18n-ignore: a rule id
export const rule = duplicateRule('one-annual-title');

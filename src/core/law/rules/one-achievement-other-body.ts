/** The same form from another body for an overlapping period: a warning to look at the two achievements. */
import { duplicateRule } from './duplicates.js';

// i18n-ignore: a rule id
export const rule = duplicateRule('one-achievement-other-body');

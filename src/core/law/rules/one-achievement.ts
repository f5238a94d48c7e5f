/** One achievement, one award: the same form again for an overlapping period (regular merit), by any body. */
import { duplicateRule } from './duplicates.js';

// i18n-ignore: a rule id
export const rule = duplicateRule('one-achievement-one-award');

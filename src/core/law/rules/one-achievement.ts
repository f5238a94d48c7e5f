/** One achievement, one award: the same form again for an overlapping period (regular merit), by any body. */
import { duplicateRule } from './duplicates.js';

export const rule = duplicateRule('one-achievement-one-award');

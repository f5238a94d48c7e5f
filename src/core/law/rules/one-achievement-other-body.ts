/** The same form from another body for an overlapping period: a warning to look at the two achievements. */
import { duplicateRule } from './duplicates.js';

export const rule = duplicateRule('one-achievement-other-body');

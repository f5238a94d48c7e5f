/** HC_LD_3 (Labour Order, 3rd class) to an individual: its prerequisite chain (chains.ts, shared with `tdkt eligible`). */
import { chainFor } from '../chains.js';
import { chainRule } from './chain-rule.js';

export const rule = chainRule(chainFor('HC_LD_3')!);

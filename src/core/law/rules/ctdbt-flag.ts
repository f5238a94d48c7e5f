/** CTDBT: the flag's routes over the clusters' ranking (chains.ts, shared with `tdkt eligible`). */
import { chainFor } from '../chains.js';
import { chainRule } from './chain-rule.js';

export const rule = chainRule(chainFor('CTDBT')!);

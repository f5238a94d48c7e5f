/**
 * Every test starts in English unless it chooses a language: most tests assert the English texts, and
 * the tests that run in both languages set TDKT_LANG (or --lang) themselves. Child processes inherit
 * TDKT_LANG from here.
 */
import { beforeEach } from 'vitest';
import { setLang } from '../src/i18n/index.js';

process.env.TDKT_LANG ??= 'en';
// Before the test file's own beforeAll hooks too (they may build findings in the run's language).
setLang('en');
beforeEach(() => setLang('en'));

/** Hostile and careless input, across every command: arguments, files and the environment. */
export interface HostileCase {
  argv: string[];
  env?: Record<string, string>;
  stdin?: string;
  /** Without --db (the registry comes from the environment). */
  noDb?: boolean;
}

const ESC = '\u001b[2J\u001b[H';
const BIDI = 'abc\u202edcba';
const HUGE = 'x'.repeat(100_000);
const BAD_COUNTS = ['abc', '1.5', '0', '-1', '1e3', '99999999999999999999', ' '];

const cases: HostileCase[] = [];
const add = (argv: string[], extra: Omit<HostileCase, 'argv'> = {}) => cases.push({ argv, ...extra });

// Counts that are not counts.
for (const v of BAD_COUNTS) {
  add(['award', 'list', '--limit', v]);
  add(['recipient', 'list', '--limit', v]);
  add(['search', 'nguyen', '--limit', v]);
  add(['audit', 'log', '--last', v]);
}
// Years that are not years.
for (const v of ['abc', '21', '2021.5', '-2021', `${ESC}2021`]) {
  add(['counts', '--year', v]);
  add(['award', 'list', '--year', v]);
  add(['decision', 'list', '--year', v]);
  add(['eligible', '--year', v]);
}
// References that match nothing, with escape sequences, bidi overrides and 100 KB words.
for (const v of [ESC, BIDI, HUGE, '%', "'; DROP TABLE award; --", '\u0000']) {
  add(['roster', v]);
  add(['history', v]);
  add(['recipient', 'show', v]);
  add(['decision', 'show', v]);
  add(['ceremony', 'show', v]);
  add(['award-type', 'show', v]);
  add(['audit', 'log', '--record', v]);
  add(['award', 'edit', v, '--note', 'x']);
  add(['recipient', 'edit', v, '--name', 'Y']);
}
// Unknown formats and choices.
for (const cmd of [['roster', 'le-chan-2022'], ['counts', '--year', '2021'], ['award', 'list'], ['audit', 'log'], ['info']]) {
  add([...cmd, '--format', 'html']);
  add([...cmd, '--format', ESC]);
}
// Dates that are not dates.
for (const v of ['2021-02-30', '32/01/2021', 'hôm qua', ESC, HUGE.slice(0, 1000)]) {
  add(['audit', 'log', '--since', v]);
  add(['decision', 'add', '9/QĐ-UBND', '--date', v, '--body', 'ubnd-le-chan']);
  add(['ceremony', 'add', 'Lễ X', '--date', v, '--organiser', 'ubnd-le-chan']);
}
// Anchors that are not anchors.
for (const v of ['244', 'abc:def', `244:${ESC}`, '-1:00000000', '1:zzzzzzzz']) add(['audit', 'verify', '--anchor', v]);
add(['audit', 'verify', '--anchors', '<dir>/none.anchors']);
// Output paths.
for (const o of ['<dir>', '/dev/null', '/dev/zero', '<dir>/missing/x.csv']) {
  add(['export', 'awards', '-o', o, '--format', 'csv']);
  add(['import', '--template', 'csv', '-o', o]);
  add(['backup', o, '--force']);
}
add(['export', 'awards', '-o', 'x.html']);
add(['import', '--template', 'docx']);
// Files to import or restore.
for (const f of ['<dir>', '/dev/null', '<dir>/none.csv', '<dir>/x.unknown']) add(['import', f]);
add(['import', '-']);
add(['import', '-', '--format', 'csv'], { stdin: '' });
add(['import', '-', '--format', 'csv'], { stdin: 'not,a,header\n1,2,3\n' });
add(['import', '-', '--format', 'json'], { stdin: '{"broken": ' });
add(['import', '-', '--format', 'csv'], { stdin: `decision_number,decision_date\n${ESC},2022-01-10\n` });
for (const f of ['<dir>', '/dev/null', '<dir>/none.sqlite']) add(['restore', f, '--yes']);
// Write commands refused under read-only (flag and environment).
for (const argv of [['init'], ['body', 'add', 'X', '--level', 'commune', '--abbr', 'X'], ['award', 'void', '3', '--reason', 'x'], ['settings', 'set', 'award.strict', 'true'], ['restore', '<dir>/none.sqlite', '--yes']]) {
  add(['--read-only', ...argv]);
  add(argv, { env: { TDKT_READ_ONLY: '1' } });
}
// Registries that are not: from the environment.
for (const target of ['<dir>', '<dir>/missing.sqlite', '/dev/null', '<dir>/x.csv']) {
  add(['award', 'list'], { noDb: true, env: { TDKT_DB: target } });
  add(['info'], { noDb: true, env: { TDKT_DB: target } });
  add(['body', 'add', 'X', '--level', 'commune', '--abbr', 'X'], { noDb: true, env: { TDKT_DB: target } });
}
// Settings and evidence with bad values.
for (const [k, v] of [['award.strict', 'maybe'], ['quota.cstdcs-share', 'abc'], ['quota.cstdcs-share', '1e999'], ['no.such.key', '1'], [ESC, '1']]) add(['settings', 'set', k, v]);
for (const v of ['abc', '-3', '1.5', '1e999']) add(['evidence', 'members', 'set', 'truong-thcs-tran-phu', '--year', '2021', '--count', v]);
for (const v of ['', ESC, 'very good']) add(['evidence', 'rating', 'set', 'nguyen-van-a', '--year', '2021', '--rating', v]);
// Unknown commands and options.
add(['no-such-command']);
add(['award', 'list', '--no-such-option']);
add([ESC]);

export const CANDIDATES = cases;

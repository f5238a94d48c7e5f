// Copies `tdkt --lang en rules --format md` into docs/law.md between its rules markers, so the rules table
// there is the program's own (docs/law.md is written in English). Run: npm run docs:law
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const table = execFileSync(process.execPath, [`${root}bin/tdkt.js`, '--lang', 'en', 'rules', '--format', 'md'], { encoding: 'utf8' });
const file = `${root}docs/law.md`;
const doc = readFileSync(file, 'utf8');
const next = doc.replace(/<!-- rules:begin -->\n[\s\S]*?<!-- rules:end -->/, `<!-- rules:begin -->\n${table}<!-- rules:end -->`);
if (next === doc) console.log('docs/law.md is up to date');
else {
  writeFileSync(file, next);
  console.log('docs/law.md: rules table rewritten');
}

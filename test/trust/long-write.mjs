// A long write in ONE transaction, as a child process the crash test can kill: loads a fixture file
// into the registry (what `tdkt import` does). Usage: node long-write.mjs <registry> <fixture.json>
import { readFileSync } from 'node:fs';
import { loadFixture, openRegistry } from '../../dist/index.js';

const [db, file] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(file, 'utf8'));
const reg = await openRegistry(db, { actor: 'crash-test', command: 'long-write' });
const summary = await loadFixture(reg, fixture);
await reg.close();
process.stdout.write(`${summary.awards}\n`);

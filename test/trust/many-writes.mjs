// Many short writes from one process, each its own transaction, for the concurrency tests.
// Usage: node many-writes.mjs <registry> <decision> <recipient>[,<recipient>…] <first year> <count>
// With several recipients, the writes go to each in turn, a year further each round.
import { openRegistry, recordAward } from '../../dist/index.js';

const [db, decision, recipients, first, n] = process.argv.slice(2);
const list = recipients.split(',');
const reg = await openRegistry(db, { actor: `writer-${list[0]}`, command: 'award add' });
for (let i = 0; i < Number(n); i++) {
  const recipient = list[i % list.length];
  await recordAward(reg, { decision, recipient, award_type: 'GK', period: String(Number(first) + Math.floor(i / list.length)), kind: 'regular' });
}
await reg.close();

// Many short writes from one process, each its own transaction, for the concurrency test.
// Usage: node many-writes.mjs <registry> <decision> <recipient> <first year> <count>
import { openRegistry, recordAward } from '../../dist/index.js';

const [db, decision, recipient, first, n] = process.argv.slice(2);
const reg = await openRegistry(db, { actor: `writer-${recipient}`, command: 'award add' });
for (let i = 0; i < Number(n); i++) {
  await recordAward(reg, { decision, recipient, award_type: 'GK', period: String(Number(first) + i), kind: 'regular' });
}
await reg.close();

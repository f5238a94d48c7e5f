/** tdkt copy takes every table of the schema, each after the tables it refers to. */
import { describe, expect, it } from 'vitest';
import { COPY_TABLES } from '../../src/core/copy.js';
import { schemaAt, SCHEMA_VERSION } from '../../src/core/db.js';

describe('the tables tdkt copy takes', () => {
  it('are every table of the schema but the migrations’ own, parents first', async () => {
    const schema = await schemaAt(SCHEMA_VERSION);
    const tables = schema.filter((o) => o.type === 'table' && !o.name.startsWith('schema_migration')).map((o) => o.name);
    expect([...COPY_TABLES].sort()).toEqual(tables.sort());
    for (const o of schema.filter((t) => t.type === 'table' && (COPY_TABLES as readonly string[]).includes(t.name))) {
      const refs = [...(o.sql ?? '').matchAll(/references "?(\w+)"?/gi)].map((m) => m[1]).filter((t) => t !== o.name);
      for (const parent of refs) expect(COPY_TABLES.indexOf(parent as never), `${o.name} → ${parent}`).toBeLessThan(COPY_TABLES.indexOf(o.name as never));
    }
  });
});

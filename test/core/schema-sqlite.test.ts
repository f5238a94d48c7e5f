/**
 * The SQLite schema each migration builds is frozen: `audit verify` compares a registry's schema text
 * (sqlite_master) with what the migrations build, so not one byte of it may change when the migrations
 * are edited (e.g. to build the same schema on PostgreSQL too). The digests were taken before the
 * migrations learnt PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaAt } from '../../src/core/db.js';

/** sha256 of `type \t name \t sql` of every schema object, one a line, in schemaAt's order. */
const FROZEN: Record<number, string> = {
  1: '85a09e91504b932d2504b2572a334fd244f0072008f62a885a561f1a6065e917',
  2: '44ff49a62290de6562c716e2cc7f6654963027a864d17175edb38e4e5663453a',
  3: '5e082142eac1eea0b097e588edc82d67d7375eb36fed6c448de77b4640350b63',
  4: '54ffdf774d1db9a8089b6cc75b97df45f8173e9e199a5619c30c640d54c2011b',
  5: 'e98bd718cf590b3d2d74a436cc2224f375da9fbce61e4a5f8be32a71a6dc7f61',
  6: 'e98bd718cf590b3d2d74a436cc2224f375da9fbce61e4a5f8be32a71a6dc7f61',
  7: 'dadb97ab132ba82e9e1c34e2de19f500a79aef8dd60d85dfb7526b190b597332',
  8: 'a635c45e5a45d425c2401bf87111e57328f7a7af7a5d688b4778e679fd3267d4',
  9: 'dd7f0c0781b3b735ed20d931464a5ea2a91876f71953c9a4eb293ff518065b28',
  10: 'b49efc38fa7ae47d8c3e4dda295e8878392f2e06a3f2b8050459d04e8f8bf01e',
  11: '246e3f526541d2ccf9cc9abd60bd12f99304e98dc50f1d2e2d43f6745a7a5865',
};

describe('the SQLite schema of each version', () => {
  it('is byte for byte what it was', async () => {
    const got: Record<number, string> = {};
    for (let v = 1; v <= SCHEMA_VERSION; v++) {
      const text = (await schemaAt(v)).map((o) => `${o.type}\t${o.name}\t${o.sql}`).join('\n');
      got[v] = createHash('sha256').update(text).digest('hex');
    }
    // A new migration adds its version's digest here; an old version's never changes.
    expect(got).toEqual(FROZEN);
  });
});

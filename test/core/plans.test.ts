/**
 * The plans SQLite chooses for the hot queries of a large registry: each reads through an index, and
 * none reads a whole table of award lines (EXPLAIN QUERY PLAN of the statements the commands prepare,
 * with their own parameters). Migration 010 gives the year's decisions in date order.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadFacts, recipientsAsked, FactsProbe } from '../../src/core/checks/facts.js';
import { countAwards } from '../../src/core/report/counts.js';
import { buildRoster } from '../../src/core/report/roster.js';
import { recipientHistory } from '../../src/core/report/history.js';
import { listAwards } from '../../src/core/award/queries.js';
import { listRecipients } from '../../src/core/recipient/queries.js';
import { openRegistry, SCHEMA_VERSION } from '../../src/core/db.js';
import { importAwards } from '../../src/core/import/importer.js';
import { Readable } from 'node:stream';
import { loadSettings } from '../../src/core/settings/settings.js';
import { migrations } from '../../schema/index.js';
import { demoRegistryFile } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';

/** The plans of every statement `fn` prepares, run with the parameters it ran them with. */
async function plans(sqlite: Database.Database, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: { sql: string; params: unknown[] }[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((text: string) => {
    const stmt = prepare(text);
    if (!/^\s*select/i.test(text)) return stmt;
    for (const m of ['all', 'get', 'iterate'] as const) {
      const run = (stmt[m] as (...a: unknown[]) => unknown).bind(stmt);
      (stmt as unknown as Record<string, unknown>)[m] = (...params: unknown[]) => {
        seen.push({ sql: text, params });
        return run(...params);
      };
    }
    return stmt;
  }) as typeof sqlite.prepare;
  try {
    await fn();
  } finally {
    sqlite.prepare = prepare;
  }
  return seen.map(({ sql, params }) =>
    (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | '),
  );
}

/** No step reads a whole table of award lines or of decisions (a scan of a small table, or an ordered index scan that a limit stops, is fine). */
function noFullScan(plan: string): void {
  expect(plan).not.toMatch(/SCAN (a|award|d|decision|p|presentation)\b(?! USING (COVERING )?INDEX)/);
  expect(plan).not.toMatch(/SCAN (a|award)\b/);
}

describe('migration 010', () => {
  it('indexes the decisions by year and date, in place of the index on year alone', async () => {
    expect(Object.keys(migrations)).toContain('010-read-indexes');
    expect(SCHEMA_VERSION).toBe(Object.keys(migrations).length);
    const reg = await openRegistry(registryTarget(await demoRegistryFile({ history: false })), { readOnly: true });
    try {
      const indexes = reg.sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'decision' ORDER BY name`).all() as { name: string; sql: string | null }[];
      expect(indexes.map((i) => i.name)).toContain('decision_year_date');
      expect(indexes.map((i) => i.name)).not.toContain('decision_year');
      expect(indexes.find((i) => i.name === 'decision_year_date')!.sql).toBe('CREATE INDEX "decision_year_date" on "decision" ("year", "date")');
    } finally {
      await reg.close();
    }
  });
});

describe('the hot queries read through indexes', () => {
  it('counts, award list, roster, history, recipient list, eligible and check', async () => {
    const reg = await openRegistry(registryTarget(await demoRegistryFile({ history: true })), { readOnly: true });
    try {
      const { db, sqlite } = reg;
      const ceremony = (await db.selectFrom('ceremony').select(['id', 'ref']).orderBy('id').executeTakeFirstOrThrow());
      const type = (await db.selectFrom('award_type').select('id').where('code', '=', 'LDTT').executeTakeFirstOrThrow()).id;
      const someone = (await db.selectFrom('award as a').innerJoin('recipient as r', 'r.id', 'a.recipient_id').select('r.ref').orderBy('a.id').executeTakeFirstOrThrow()).ref;

      const [byYear] = await plans(sqlite, () => countAwards(db, { year: 2021 }));
      expect(byYear).toContain('SEARCH d USING INDEX decision_year_date (year=?)');
      expect(byYear).toContain('SEARCH a USING INDEX award_decision_line (decision_id=?)');
      expect(byYear).not.toMatch(/presentation|ceremony/);
      noFullScan(byYear);

      const [byCeremony] = await plans(sqlite, () => countAwards(db, { ceremonyId: ceremony.id }));
      expect(byCeremony).toMatch(/^SEARCH p USING (COVERING )?INDEX presentation_ceremony \(ceremony_id=\?\)/);
      noFullScan(byCeremony);

      const [list] = await plans(sqlite, () => listAwards(db, { year: 2021, awardTypeId: type, limit: 20 }));
      expect(list).toContain('SEARCH d USING INDEX decision_year_date (year=?)');
      expect(list).toContain('SEARCH a USING INDEX award_decision_line (decision_id=?)');
      // The lines come decision by decision in date order: only the order within a decision is sorted.
      expect(list).toMatch(/USE TEMP B-TREE FOR (LAST \d TERMS|RIGHT PART) OF ORDER BY/);
      noFullScan(list);

      const roster = await plans(sqlite, () => buildRoster(db, ceremony.ref));
      expect(roster.some((p) => p.startsWith('SEARCH p USING INDEX presentation_ceremony (ceremony_id=?)'))).toBe(true);
      roster.forEach(noFullScan);

      const history = await plans(sqlite, () => recipientHistory(db, someone));
      expect(history.some((p) => /SEARCH a USING (COVERING )?INDEX award_recipient_lines \(recipient_id=\?\)/.test(p))).toBe(true);
      history.forEach(noFullScan);

      const [recipients] = await plans(sqlite, () => listRecipients(db, { limit: 20 }));
      // Read in name order from the index, stopped at the limit.
      expect(recipients).toMatch(/^SCAN r USING (COVERING )?INDEX recipient_name_unit/);

      const probe = new FactsProbe(await loadSettings(db));
      probe.titleFor(-1, 'CSTDCS', 2021);
      probe.counting(-1, 'CSTDBT');
      const [candidates] = await plans(sqlite, () => recipientsAsked(db, probe.asked, 'individual'));
      expect(candidates).toContain('SEARCH a USING INDEX award_type_period (award_type_id=? AND period_to=?)');
      expect(candidates).toContain('SEARCH a USING INDEX award_type_period (award_type_id=?)');
      noFullScan(candidates);

      const facts = await plans(sqlite, () => loadFacts(db, { recipientIds: [1, 2, 3] }));
      expect(facts.some((p) => p.includes('SEARCH a USING COVERING INDEX award_recipient_lines (recipient_id=?)'))).toBe(true);
      facts.forEach(noFullScan);
    } finally {
      await reg.close();
    }
  });
});

describe('an import into a registry that has lines', () => {
  it('looks for the earlier line a new one may repeat among the recipient\'s lines, not the year\'s', async () => {
    const reg = await openRegistry(registryTarget(await demoRegistryFile({ history: true })));
    try {
      const { db, sqlite } = reg;
      const earlier = await db
        .selectFrom('award as a')
        .innerJoin('award_type as t', 't.id', 'a.award_type_id')
        .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
        .innerJoin('decision as d', 'd.id', 'a.decision_id')
        .innerJoin('body as b', 'b.id', 'd.body_id')
        .select(['r.ref as recipient', 'b.ref as body', 'a.period_to'])
        .where('t.code', '=', 'LDTT')
        .orderBy('a.id')
        .executeTakeFirstOrThrow();
      const csv = `decision_number,decision_date,issuing_body,award_type,recipient_ref,achievement_period\n99/QĐ-UBND,${earlier.period_to + 1}-01-10,${earlier.body},LDTT,${earlier.recipient},${earlier.period_to}\n`;
      // The line repeats the earlier one: refused, and found by the query whose plan is asked.
      const all = await plans(sqlite, () =>
        expect(importAwards(reg, Readable.from([csv]), { format: 'csv', name: 'again.csv', dryRun: true })).rejects.toThrow('1 of 1 rows cannot be imported'),
      );
      const twin = all.filter((p) => p.startsWith('SEARCH a ') && p.includes('award_revocation'));
      expect(twin.length).toBeGreaterThan(0);
      // Through the recipient's lines (a handful), never through every line of the type and year.
      for (const p of twin) expect(p).toMatch(/^SEARCH a USING (COVERING )?INDEX award_recipient_lines \(recipient_id=\? AND award_type_id=\?/);
    } finally {
      await reg.close();
    }
  });
});

/**
 * Rule fixtures: fixtures/checks/<rule>.json, loaded with loadFixture. Two test-only extras:
 * `legacy_lines` are written without the rules award add applies (as an import made before the rules
 * existed would have), and decisions marked `judged` can be left out to ask `eligible` who would have
 * qualified.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { loadFixture, type Fixture } from '../../src/core/fixture.js';
import { resolveAwardType, resolveDecision, resolveRecipient } from '../../src/core/resolve.js';
import { parsePeriod } from '../../src/core/parse.js';
import { fixedClock, tempDir, type CliResult } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface LegacyLine {
  decision: string;
  recipient: string;
  award_type: string;
  period: string;
  line?: number;
  kind?: string;
}

type RuleFixture = Omit<Fixture, 'decisions'> & { legacy_lines?: LegacyLine[]; decisions: (NonNullable<Fixture['decisions']>[number] & { judged?: boolean })[] };

export function readRuleFixture(name: string): RuleFixture {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', 'checks', `${name}.json`), 'utf8')) as RuleFixture;
}

/** A registry file built from a rule fixture; `withoutJudged` leaves out the decisions under judgement. */
export async function ruleRegistry(name: string, opts: { withoutJudged?: boolean } = {}): Promise<string> {
  const data = readRuleFixture(name);
  return ruleRegistryFrom(opts.withoutJudged ? { ...data, decisions: data.decisions.filter((d) => !d.judged), legacy_lines: [] } : data, name);
}

/** A registry file built from fixture data (its legacy lines written without the rules). */
export async function ruleRegistryFrom(data: RuleFixture, name: string): Promise<string> {
  const opts = { withoutJudged: false };
  const path = join(tempDir(), `${name}.sqlite`);
  const reg = await openRegistry(registryTarget(path), { clock: fixedClock, actor: 'tester', command: 'fixture' });
  try {
    const decisions = opts.withoutJudged ? data.decisions.filter((d) => !d.judged) : data.decisions;
    await loadFixture(reg, { ...data, decisions });
    const legacy = opts.withoutJudged ? [] : (data.legacy_lines ?? []);
    if (legacy.length) {
      await reg.write(async (trx, audit) => {
        for (const l of legacy) {
          const period = parsePeriod(l.period);
          if (!period.ok) throw new Error(period.message);
          const { id } = await trx
            .insertInto('award')
            .values({
              decision_id: (await resolveDecision(trx, l.decision)).id,
              line_no: l.line ?? null,
              recipient_id: (await resolveRecipient(trx, l.recipient)).id,
              award_type_id: (await resolveAwardType(trx, l.award_type)).id,
              period_from: period.value.from,
              period_to: period.value.to,
              kind: l.kind ?? 'regular',
              achievement: null,
              unit_name: null,
              position: null,
              note: 'legacy import',
              created_at: reg.now(),
              updated_at: reg.now(),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await audit.record('import', 'award', id, { ref: `#${id}` });
        }
      });
    }
  } finally {
    await reg.close();
  }
  return path;
}

/** The transcript of a run, as a golden file holds it. */
export function transcript(argv: string[], r: CliResult): string {
  const quote = (a: string) => (/[\s"]/.test(a) ? JSON.stringify(a) : a);
  return `$ tdkt ${argv.map(quote).join(' ')}\n${r.stdout}[stderr]\n${r.stderr}[exit ${r.code}]\n`;
}

/** Compares with test/checks/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'checks', 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    if (!process.env.UPDATE_GOLDEN) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 to write it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/**
 * One rule, one verdict: for every line under judgement in every rule fixture, `award add`, a one-row
 * `import` and `tdkt check` reach the same verdict — refused, written with findings, or accepted — with
 * the same rules and articles.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/law/rules/index.js';
import { openRegistry } from '../../src/core/db.js';
import { copyRegistry, runCli, tempDir } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';
import { readRuleFixture, ruleRegistryFrom } from '../checks/load.js';

type Outcome = 'refuse' | 'warn' | 'accept';
interface Verdict {
  outcome: Outcome;
  rules: string[];
}
const BLOCKING = new Set(RULES.filter((r) => r.blocking).map((r) => r.id));
const RULE_IDS = RULES.map((r) => r.id);

/** The rule ids a text names as `[rule; …]` or as a refusal's `  rule: …` line. */
function rulesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\[([a-z0-9-]+); /g)) if (RULE_IDS.includes(m[1])) found.add(m[1]);
  for (const m of text.matchAll(/^ {2}([a-z0-9-]+): /gm)) if (RULE_IDS.includes(m[1])) found.add(m[1]);
  return [...found].sort();
}

interface Subject {
  fixture: string;
  decision: { ref: string; number: string; date: string; body: string };
  line: { recipient: string; award_type: string; period: string; kind?: string; line?: number };
  legacy: boolean;
}

function subjects(): Subject[] {
  const out: Subject[] = [];
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'checks');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const fixture = file.replace(/\.json$/, '');
    const data = readRuleFixture(fixture);
    const decisionOf = (ref: string) => data.decisions.find((d) => d.ref === ref)!;
    for (const d of data.decisions) {
      if (!d.judged) continue;
      for (const l of d.lines) out.push({ fixture, decision: { ref: d.ref!, number: d.number, date: d.date, body: d.body }, line: l as Subject['line'], legacy: false });
    }
    for (const l of data.legacy_lines ?? []) {
      const d = decisionOf(l.decision);
      out.push({ fixture, decision: { ref: d.ref!, number: d.number, date: d.date, body: d.body }, line: l, legacy: true });
    }
  }
  return out;
}

/** The fixture without the subject's line: what the registry held before the line was written. */
async function registryWithout(s: Subject, withLine: boolean): Promise<string> {
  const data = readRuleFixture(s.fixture);
  const same = (l: Subject['line']) => l.recipient === s.line.recipient && l.award_type === s.line.award_type && l.period === s.line.period && (l.line ?? null) === (s.line.line ?? null);
  const decisions = data.decisions.map((d) => ({ ...d, lines: d.ref === s.decision.ref && !s.legacy ? d.lines.filter((l) => !same(l as Subject['line'])) : d.lines }));
  const legacy = (data.legacy_lines ?? []).filter((l) => !(s.legacy && l.decision === s.decision.ref && same(l)));
  // Written as it stood (the line under judgement last, without the rules), for check.
  if (withLine) legacy.push({ decision: s.decision.ref, ...s.line });
  return ruleRegistryFrom({ ...data, decisions, legacy_lines: legacy }, `${s.fixture}-${withLine ? 'with' : 'without'}`);
}

function verdictOfWrite(r: { code: number; stderr: string }): Verdict {
  if (r.code !== 0) return { outcome: 'refuse', rules: rulesIn(r.stderr) };
  const rules = rulesIn(r.stderr);
  return { outcome: rules.length ? 'warn' : 'accept', rules };
}

describe('award add, a one-row import and check agree on every fixture line', () => {
  const all = subjects();
  it('has lines to judge in every fixture with a decision under judgement or legacy lines', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  for (const s of all) {
    const name = `${s.fixture}: ${s.line.award_type} ${s.line.period} to ${s.line.recipient} in ${s.decision.number}${s.line.kind ? ` (${s.line.kind})` : ''}`;
    it(name, async () => {
      const base = await registryWithout(s, false);
      const a = join(tempDir(), 'a.sqlite');
      const b = join(tempDir(), 'b.sqlite');
      copyRegistry(base, a);
      copyRegistry(base, b);
      const add = await runCli(
        ['award', 'add', '-d', s.decision.ref, '-r', s.line.recipient, '-t', s.line.award_type, '-p', s.line.period, '--no-strict', ...(s.line.kind ? ['--kind', s.line.kind] : [])],
        { db: a },
      );
      const csv =
        'decision_ref,decision_number,decision_date,issuing_body,award_type,recipient_ref,achievement_period,commendation_kind\n' +
        `${s.decision.ref},${s.decision.number},${s.decision.date},${s.decision.body},${s.line.award_type},${s.line.recipient},${s.line.period},${s.line.kind ?? 'regular'}\n`;
      const imp = await runCli(['import', '-', '--format', 'csv', '--no-strict'], { db: b, stdin: csv });

      const full = await registryWithout(s, true);
      const check = await runCli(['check', '--json'], { db: full });
      // The line under judgement is the last line written to `full`.
      const reg = await openRegistry(registryTarget(full), { readOnly: true });
      const { lastId } = await reg.db.selectFrom('award').select((e) => e.fn.max('id').as('lastId')).executeTakeFirstOrThrow();
      await reg.close();
      // The line's own findings, and those about its unit's figures that count it (the quota of its type and year).
      const year = Number(s.line.period.slice(-4));
      const mine = (JSON.parse(check.stdout) as { award_id: number | null; rule: string; article: string; award_type: string; year: number }[]).filter(
        (f) => f.award_id === lastId || (f.award_id === null && f.award_type === s.line.award_type && f.year === year),
      );
      const checkRules = [...new Set(mine.map((f) => f.rule))].sort();
      const checkVerdict: Verdict = { outcome: mine.some((f) => BLOCKING.has(f.rule)) ? 'refuse' : mine.length ? 'warn' : 'accept', rules: namedWhenRefused(checkRules, mine) };

      const addVerdict = verdictOfWrite(add);
      const impVerdict = verdictOfWrite(imp);
      expect({ add: addVerdict, import: impVerdict }, `${add.stderr}\n---\n${imp.stderr}`).toEqual({ add: checkVerdict, import: checkVerdict });
      for (const f of mine) {
        if (checkVerdict.outcome === 'refuse' && !BLOCKING.has(f.rule)) continue;
        expect(add.stderr, `${f.rule}'s article in award add`).toContain(f.article);
        expect(imp.stderr, `${f.rule}'s article in import`).toContain(f.article);
      }
    });
  }
});

/** When a write is refused, only the blocking rules are named (the others never ran): the same for check. */
function namedWhenRefused(rules: string[], mine: { rule: string }[]): string[] {
  return mine.some((f) => BLOCKING.has(f.rule)) ? rules.filter((r) => BLOCKING.has(r)) : rules;
}


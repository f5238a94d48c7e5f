/** Shared by the two duplicate rules: groups of active lines that should be one. */
import type { LineFact } from '../facts.js';
import { lineFinding, type CheckContext, type Finding, type Severity } from '../finding.js';

/**
 * For each line to judge, the earlier active lines of the same group (`key`); every line after the first
 * of its group is a finding that names the first.
 */
export function duplicateFindings(
  ctx: CheckContext,
  rule: string,
  key: (l: LineFact) => string | undefined,
  f: { severity: Severity; article: string; hint: string; message: (line: LineFact, first: LineFact) => string },
): Finding[] {
  const out: Finding[] = [];
  for (const line of ctx.lines) {
    const k = key(line);
    if (k === undefined) continue;
    const group = ctx.facts.linesOf(line.recipient_id).filter((l) => !l.revoked && key(l) === k);
    if (group.length < 2 || group[0].id === line.id) continue;
    out.push(lineFinding(rule, ctx.facts, line, { severity: f.severity, message: f.message(line, group[0]), article: f.article, hint: f.hint }));
  }
  return out;
}

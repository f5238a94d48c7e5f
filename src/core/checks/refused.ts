/** A write refused by the rules of the law: nothing of it was kept. */
import { TdktError } from '../errors.js';
import type { Finding } from '../law/finding.js';
import { REFUSED } from '../../i18n/messages/scale.js';

/** Refused because the rules found problems with the lines (strict mode); nothing was written. */
export class RefusedByFindings extends TdktError {
  readonly findings: Finding[];
  /** All findings, when more were found than `findings` lists. */
  readonly total: number;
  constructor(findings: Finding[], total = findings.length, opts: { blocking?: boolean } = {}) {
    const several = total > 1 && (total > findings.length || new Set(findings.map((f) => f.award_id)).size > 1);
    const listed = total > findings.length ? REFUSED.firstListed(findings.length) : '';
    const lines = new Set(findings.map((f) => f.award_id));
    const one = opts.blocking && lines.size === 1 && total === findings.length ? findings[0] : undefined;
    super('invalid', one ? REFUSED.cannotRecord(one.award_type ?? '', one.recipient_name ?? '') : REFUSED.refused(total, several, listed), {
      issues: findings.map((f) => ({ where: f.rule, message: one ? `${f.message} (${f.article})` : `${describeSubject(f)}: ${f.message} (${f.article})` })),
      hint: opts.blocking ? (findings[0]?.hint ?? undefined) : REFUSED.strictHint(),
    });
    this.findings = findings;
    this.total = total;
  }
}

/** "CSTDCS 2021 for Nguyễn Văn A", the subject of a finding in one phrase. */
export function describeSubject(f: Finding): string {
  const what = [f.award_type, f.year].filter((x) => x !== null && x !== undefined).join(' ');
  return REFUSED.subject(what, f.recipient_name);
}

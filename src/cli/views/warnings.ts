/** A finding as a warning on stderr (award add, import): the line was written, but look at this. */
import { describeSubject } from '../../core/checks/write.js';
import type { Finding } from '../../core/checks/finding.js';

const LABEL = { error: 'warning', warning: 'warning', missing: 'missing evidence' } as const;

export function formatWarning(f: Finding): string {
  const head = `${LABEL[f.severity]}: ${describeSubject(f)}: ${f.message} [${f.rule}; ${f.article}]`;
  return f.hint ? `${head}\n  hint: ${f.hint}` : head;
}

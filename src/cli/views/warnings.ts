/**
 * A finding of a rule that does not refuse the write, on stderr (award add, import): the line was
 * written, but look at this. The severity is the rule's own, the same `tdkt check` shows.
 */
import { describeSubject } from '../../core/checks/write.js';
import type { Finding } from '../../core/law/finding.js';
import { WARNING } from '../../i18n/messages/views.js';

const LABEL = { error: WARNING.error, warning: WARNING.warning, missing: WARNING.missing } as const;

export function formatWarning(f: Finding): string {
  const head = `${LABEL[f.severity]()}: ${describeSubject(f)}: ${f.message} [${f.rule}; ${f.article}]`;
  return f.hint ? `${head}\n  ${WARNING.hint()}: ${f.hint}` : head;
}

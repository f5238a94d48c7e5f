/**
 * Anchors: the head of the audit trail (event id, hash, time) noted outside the registry after every
 * write, in an append-only text file beside it (`<registry>.anchors`) or at `TDKT_ANCHORS`. Someone who
 * removes the last events with their rows (and fixes SQLite's counters) leaves a chain that verifies on
 * its own; an anchor noted before the removal names an event that is no longer there, or whose hash
 * differs. `audit verify` checks every anchor it finds or is given.
 *
 * One line per write: `<id> <hash> <time>`. A restore that does not extend the chain adds
 * `restore <id> <hash> <time>`: the anchors before it described the history that was replaced.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { AUDIT_LOG } from '../../i18n/messages/core-io-trust.js';
import { REGISTRY } from '../../i18n/messages/core-records-registry.js';
import { isPostgresUrl } from '../paths.js';

export interface NotedAnchor {
  id: number;
  hash: string;
  /** When it was noted (the event's time), or null for one typed in. */
  at: string | null;
  /** Where it came from: "file.anchors line 12", "--anchor". */
  source: string;
}

/**
 * The anchors file of the registry at `path`: TDKT_ANCHORS when set, else `<registry>.anchors` beside a
 * file (a registry on a server has no place beside it: there, only TDKT_ANCHORS).
 */
export function anchorsPath(path: string, env: Record<string, string | undefined> = process.env): string | null {
  if (env.TDKT_ANCHORS) return env.TDKT_ANCHORS;
  return path === ':memory:' || isPostgresUrl(path) ? null : `${path}.anchors`;
}

/** What a write calls after its commit: the new head noted in `file` (none: null); a failure only warns, the write being done. */
export function headNoter(file: string | null, notice?: (message: string) => void): (head: { id: number; hash: string; at: string }) => void {
  return (head) => {
    if (!file) return;
    try {
      noteAnchor(file, head);
    } catch (e) {
      notice?.(REGISTRY.anchorNotNoted(String(head.id), file, (e as Error).message));
    }
  };
}

/** Appends the head to the anchors file. */
export function noteAnchor(file: string, head: { id: number; hash: string; at: string }, kind: 'write' | 'restore' = 'write'): void {
  appendFileSync(file, `${kind === 'restore' ? 'restore ' : ''}${head.id} ${head.hash} ${head.at}\n`);
}

/** The anchors of `file` noted since its last restore line (none when the file does not exist). */
export function readAnchors(file: string): NotedAnchor[] {
  if (!existsSync(file)) return [];
  const found: NotedAnchor[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^(restore )?(\d+) ([0-9a-f]{64}) (\S+)$/.exec(line.trim());
      if (!m) return;
      if (m[1]) found.length = 0;
      found.push({ id: Number(m[2]), hash: m[3], at: m[4], source: AUDIT_LOG.anchorLine(file, i + 1) });
    });
  return found;
}

/** The short code of a head a clerk can write on the paper decision: `612:3f2a9c01d4e5`. */
export function anchorCode(head: { id: number; hash: string }): string {
  return `${head.id}:${head.hash.slice(0, 12)}`;
}

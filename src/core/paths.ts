import { join } from 'node:path';

/** `--db`, else TDKT_DB, else $XDG_DATA_HOME/tdkt/tdkt.sqlite, else ~/.local/share/tdkt/tdkt.sqlite. */
export function defaultRegistryPath(env: Record<string, string | undefined>, home: string): string {
  if (env.TDKT_DB) return env.TDKT_DB;
  const base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(base, 'tdkt', 'tdkt.sqlite');
}

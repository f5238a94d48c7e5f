import { join, posix, win32 } from 'node:path';

/**
 * `--db`, else TDKT_DB, else the data folder each system expects:
 * - Windows: %APPDATA%\tdkt\tdkt.sqlite (else <home>\AppData\Roaming\tdkt\tdkt.sqlite);
 * - macOS: ~/Library/Application Support/tdkt/tdkt.sqlite;
 * - Linux and others: $XDG_DATA_HOME/tdkt/tdkt.sqlite, else ~/.local/share/tdkt/tdkt.sqlite.
 */
export function defaultRegistryPath(env: Record<string, string | undefined>, home: string, platform: string = process.platform): string {
  if (env.TDKT_DB) return env.TDKT_DB;
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'tdkt', 'tdkt.sqlite');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'tdkt', 'tdkt.sqlite');
  const base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(base, 'tdkt', 'tdkt.sqlite');
}

/** Whether a --db value names a PostgreSQL database (postgres:// or postgresql:// URL) rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

#!/usr/bin/env node
// A throw-away PostgreSQL cluster on a Unix socket, for the tests and the benchmarks.
//
//   node scripts/pg-cluster.mjs start [DIR]   creates (if needed) and starts a cluster in DIR
//                                             (default $TMPDIR/tdkt-pg), prints its URL
//   node scripts/pg-cluster.mjs stop [DIR]    stops it (the folder stays; `rm -r` it to throw it away)
//   node scripts/pg-cluster.mjs url [DIR]     prints the URL of a running cluster
//
// The URL names the server's `postgres` database as its superuser; tests create a database each from it.
// PostgreSQL's programs are looked for on PATH, then in /usr/lib/postgresql/<version>/bin (Debian).
// As root, the cluster belongs to the `postgres` user (initdb refuses root). No TCP port is opened.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = 5433;

export function pgBin(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = join(dir, name);
    if (dir && existsSync(p) && dir.includes('postgresql')) return p;
  }
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = join(base, v, 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const asRoot = () => process.getuid?.() === 0;

function run(bin, args) {
  const argv = asRoot() ? ['-u', 'postgres', '--', bin, ...args] : args;
  return execFileSync(asRoot() ? 'runuser' : bin, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function clusterUrl(dir) {
  const user = asRoot() ? 'postgres' : userInfo().username;
  return `postgres://${user}@/postgres?host=${encodeURIComponent(join(dir, 'socket'))}&port=${PORT}`;
}

export function startCluster(dir = join(tmpdir(), 'tdkt-pg')) {
  dir = resolve(dir);
  const initdb = pgBin('initdb');
  const pgCtl = pgBin('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('PostgreSQL is not installed (initdb and pg_ctl not found): apt-get install -y postgresql');
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(socket, { recursive: true });
  chmodSync(dir, 0o777);
  chmodSync(socket, 0o777);
  if (!existsSync(join(data, 'PG_VERSION'))) {
    mkdirSync(data, { recursive: true });
    if (asRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    run(initdb, ['-D', data, '-A', 'trust', '-E', 'UTF8', '--locale-provider=icu', '--icu-locale=vi-VN', '--locale=C.UTF-8']);
    writeFileSync(
      join(data, 'postgresql.auto.conf'),
      [
        `listen_addresses = ''`,
        `unix_socket_directories = '${socket}'`,
        `port = ${PORT}`,
        // A throw-away cluster for tests: durability is not what is measured.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'max_connections = 200',
        'shared_buffers = 128MB',
      ].join('\n') + '\n',
    );
    if (asRoot()) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  }
  let running = false;
  try {
    run(pgCtl, ['-D', data, 'status']);
    running = true;
  } catch {
    running = false;
  }
  if (!running) run(pgCtl, ['-D', data, '-l', join(dir, 'server.log'), '-w', 'start']);
  return clusterUrl(dir);
}

export function stopCluster(dir = join(tmpdir(), 'tdkt-pg')) {
  const pgCtl = pgBin('pg_ctl');
  const data = join(resolve(dir), 'data');
  if (pgCtl && existsSync(data)) {
    try {
      run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // not running
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, dir] = process.argv.slice(2);
  try {
    if (cmd === 'start') console.log(startCluster(dir));
    else if (cmd === 'stop') stopCluster(dir);
    else if (cmd === 'url') console.log(clusterUrl(resolve(dir ?? join(tmpdir(), 'tdkt-pg'))));
    else {
      console.error('usage: node scripts/pg-cluster.mjs start|stop|url [DIR]');
      process.exit(2);
    }
  } catch (e) {
    console.error(e.stderr?.toString() || e.message);
    process.exit(1);
  }
}

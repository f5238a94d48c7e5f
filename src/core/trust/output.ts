/**
 * Where tdkt may write a file of its own (an export, a template, the bad rows, a backup): never over the
 * registry itself (the same file by device and inode, or its -wal, -shm or -journal), a folder, a device
 * node, a pipe or any other non-regular file, nor a read-only file or into a read-only folder. The
 * caller writes a temporary file beside the target and renames it into place.
 */
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConflictError, InvalidError, NotFoundError } from '../errors.js';
import { OUTPUT_PATH } from '../../i18n/messages/core-io-trust.js';

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Throws a message naming the cause when `target` must not be written; returns when it may be. */
export function checkOutputPath(target: string, opts: { registry?: string; overwrite?: boolean; shown?: string } = {}): void {
  const shown = opts.shown ?? target;
  const abs = resolve(target);
  const st = statOf(abs);
  if (st) {
    if (st.isDirectory()) throw new InvalidError(OUTPUT_PATH.isFolder(shown), { hint: OUTPUT_PATH.isFolderHint() });
    if (!st.isFile()) throw new InvalidError(OUTPUT_PATH.notRegular(shown), { hint: OUTPUT_PATH.newFileHint() });
    if (opts.registry && opts.registry !== ':memory:') {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        const r = statOf(resolve(opts.registry + suffix));
        if (r && r.dev === st.dev && r.ino === st.ino) {
          throw new InvalidError(OUTPUT_PATH.isRegistry(shown, suffix.slice(1)), { hint: OUTPUT_PATH.otherNameHint() });
        }
      }
    }
    if (!opts.overwrite) throw new ConflictError(OUTPUT_PATH.exists(shown), OUTPUT_PATH.existsHint());
    try {
      accessSync(abs, constants.W_OK);
    } catch {
      throw new InvalidError(OUTPUT_PATH.readOnlyFile(shown), { hint: OUTPUT_PATH.readOnlyFileHint() });
    }
  }
  const dir = dirname(abs);
  const d = statOf(dir);
  if (!d) throw new NotFoundError(OUTPUT_PATH.noFolder(dirname(shown)), OUTPUT_PATH.noFolderHint());
  if (!d.isDirectory()) throw new InvalidError(OUTPUT_PATH.notFolder(dirname(shown)), { hint: OUTPUT_PATH.notFolderHint() });
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InvalidError(OUTPUT_PATH.readOnlyFolder(dirname(shown)), { hint: OUTPUT_PATH.readOnlyFolderHint() });
  }
}

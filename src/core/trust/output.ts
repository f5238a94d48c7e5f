/**
 * Where tdkt may write a file of its own (an export, a template, the bad rows, a backup): never over the
 * registry itself (the same file by device and inode, or its -wal, -shm or -journal), a folder, a device
 * node, a pipe or any other non-regular file, nor a read-only file or into a read-only folder. The
 * caller writes a temporary file beside the target and renames it into place.
 */
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConflictError, InvalidError, NotFoundError } from '../errors.js';

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
    if (st.isDirectory()) throw new InvalidError(`${shown} is a folder`, { hint: 'Name a file inside it, e.g. add /export.csv to the path.' });
    if (!st.isFile()) throw new InvalidError(`${shown} is not a regular file (a device, pipe or socket): tdkt writes only regular files`, { hint: 'Give the path of a new file.' });
    if (opts.registry && opts.registry !== ':memory:') {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        const r = statOf(resolve(opts.registry + suffix));
        if (r && r.dev === st.dev && r.ino === st.ino) {
          throw new InvalidError(`${shown} is the registry${suffix ? `'s ${suffix.slice(1)} file` : ' itself'}: writing it would destroy the registry`, { hint: 'Give another file name.' });
        }
      }
    }
    if (!opts.overwrite) throw new ConflictError(`${shown} already exists`, 'Choose a new file name, or pass --force to replace it.');
    try {
      accessSync(abs, constants.W_OK);
    } catch {
      throw new InvalidError(`${shown} is read-only: its permissions do not allow replacing it`, { hint: 'Give another file name, or make the file writable first.' });
    }
  }
  const dir = dirname(abs);
  const d = statOf(dir);
  if (!d) throw new NotFoundError(`The folder ${dirname(shown)} does not exist`, 'Create it first, or give another path.');
  if (!d.isDirectory()) throw new InvalidError(`${dirname(shown)} is not a folder`, { hint: 'Give a path inside a folder.' });
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InvalidError(`The folder ${dirname(shown)} is read-only: nothing can be written in it`, { hint: 'Choose a folder you can write to.' });
  }
}

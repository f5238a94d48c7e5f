/**
 * The entries of a ZIP file (an XLSX workbook is one), read from its central directory: any entry can
 * then be streamed, inflated, in any order, whatever order the writing program stored them in
 * (openpyxl stores the sheets before the shared strings, Excel after). Stored and deflated entries,
 * ZIP64 sizes and offsets; no encryption, no multi-disk archives.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { IMPORT_READ } from '../../../i18n/messages/core-io-import.js';

export interface ZipEntry {
  /** The name as stored, without a leading slash, with forward slashes. */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipFile {
  private constructor(
    private readonly path: string,
    /** By lower-cased name: package part names are case-insensitive. */
    private readonly byName: Map<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<ZipFile> {
    const fh = await open(path, 'r');
    try {
      return new ZipFile(path, await readDirectory(fh));
    } finally {
      await fh.close();
    }
  }

  get names(): string[] {
    return [...this.byName.values()].map((e) => e.name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalise(name).toLowerCase());
  }

  /** The entry's bytes, inflated, as a stream. */
  async stream(entry: ZipEntry): Promise<Readable> {
    const fh = await open(this.path, 'r');
    let header: Buffer;
    try {
      header = await readAt(fh, entry.localOffset, 30);
    } finally {
      await fh.close();
    }
    if (header.readUInt32LE(0) !== LOCAL) throw new ZipError(IMPORT_READ.zipEntryMisplaced(entry.name));
    const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 << 10 });
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new ZipError(IMPORT_READ.zipMethod(entry.name, entry.method));
    const inflate = createInflateRaw({ chunkSize: 256 << 10 });
    raw.on('error', (e) => inflate.destroy(e));
    return raw.pipe(inflate);
  }

  /** The whole entry as UTF-8 text (for the small parts: workbook, relationships, styles). */
  async text(entry: ZipEntry): Promise<string> {
    const parts: Buffer[] = [];
    for await (const c of await this.stream(entry)) parts.push(c as Buffer);
    return Buffer.concat(parts).toString('utf8');
  }
}

function normalise(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new ZipError(IMPORT_READ.zipEndsEarly());
  return buf;
}

async function readDirectory(fh: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await fh.stat();
  if (size < 22) throw new ZipError(IMPORT_READ.zipTooShort());
  // The end record is the last 22 bytes, or followed by a comment of up to 64 KiB.
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(fh, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipError(IMPORT_READ.zipNotZip());
  let count = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locAt = size - tailLength + at - 20;
    const loc = await readAt(fh, locAt, 20);
    if (loc.readUInt32LE(0) !== EOCD64_LOCATOR) throw new ZipError(IMPORT_READ.zip64Missing());
    const rec = await readAt(fh, Number(loc.readBigUInt64LE(8)), 56);
    if (rec.readUInt32LE(0) !== EOCD64) throw new ZipError(IMPORT_READ.zip64Missing());
    count = Number(rec.readBigUInt64LE(32));
    dirSize = Number(rec.readBigUInt64LE(40));
    dirOffset = Number(rec.readBigUInt64LE(48));
  }
  const dir = await readAt(fh, dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipError(IMPORT_READ.zipDamaged());
    const method = dir.readUInt16LE(p + 10);
    let compressedSize = dir.readUInt32LE(p + 20);
    let size = dir.readUInt32LE(p + 24);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    let localOffset = dir.readUInt32LE(p + 42);
    const name = normalise(dir.toString('utf8', p + 46, p + 46 + nameLength));
    // ZIP64: the extra field 0x0001 holds, in this order, the sizes and offset too large for 32 bits.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = dir.readUInt16LE(e);
      const len = dir.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) (size = Number(dir.readBigUInt64LE(q))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(dir.readBigUInt64LE(q))), (q += 8);
        if (localOffset === 0xffffffff) localOffset = Number(dir.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    entries.set(name.toLowerCase(), { name, method, compressedSize, size, localOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

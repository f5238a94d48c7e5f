/** Text files (CSV, TSV, JSON, NDJSON) are UTF-8; anything else is refused before it reaches the registry. */
import type { Readable } from 'node:stream';
import { InvalidError } from '../../errors.js';

/**
 * Decodes UTF-8 strictly, chunk by chunk: a file in another encoding (Windows-1258, TCVN3, UTF-16) is
 * refused with the place of the first bad byte, instead of reaching the registry as mojibake.
 */
export async function* decodeUtf8(input: Readable, name: string, counter: { bytes: number }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let line = 1;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first && buf.length > 0) {
      first = false;
      if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
        throw encodingError(name, 'is UTF-16 (Excel\'s "Unicode Text")');
      }
      if (buf.subarray(0, 4096).includes(0)) throw encodingError(name, 'contains NUL bytes (UTF-16 without a byte order mark, or not a text file)');
      if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
        throw new InvalidError(`${name} is a zip file (an XLSX workbook?), not CSV text`, { hint: 'Name it .xlsx, or pass --format xlsx.' });
      }
    }
    let text: string;
    try {
      text = decoder.decode(buf, { stream: true });
    } catch {
      const at = firstBadByte(buf);
      const lineOf = line + countNewlines(buf.subarray(0, at));
      throw encodingError(name, `is not UTF-8: byte 0x${buf[at]?.toString(16).toUpperCase().padStart(2, '0')} at offset ${counter.bytes + at} (line ${lineOf}) is not valid UTF-8 — probably Windows-1258, TCVN3 or VNI`);
    }
    line += countNewlines(buf);
    counter.bytes += buf.length;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw encodingError(name, 'ends in the middle of a UTF-8 character (the file looks truncated)');
  }
}

function encodingError(name: string, what: string): InvalidError {
  return new InvalidError(`${name} ${what}; nothing was imported`, {
    hint: 'Save the file as UTF-8: in Excel, File → Save As → "CSV UTF-8 (Comma delimited)"; or convert it with iconv -f CP1258 -t UTF-8.',
  });
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** The offset of the first byte that breaks UTF-8 in `buf` (a sequence cut at the end is not broken). */
function firstBadByte(buf: Buffer): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= buf.length) return i;
      if ((buf[i + k] & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return 0;
}


/** Text files (CSV, TSV, JSON, NDJSON) are UTF-8; anything else is refused before it reaches the registry. */
import type { Readable } from 'node:stream';
import { InvalidError } from '../../errors.js';
import { IMPORT_READ } from '../../../i18n/messages/core-io-import.js';

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
        throw encodingError(name, IMPORT_READ.utf16());
      }
      if (buf.subarray(0, 4096).includes(0)) throw encodingError(name, IMPORT_READ.nul());
      if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
        throw new InvalidError(IMPORT_READ.zip(name), { hint: IMPORT_READ.zipHint() });
      }
    }
    let text: string;
    try {
      text = decoder.decode(buf, { stream: true });
    } catch {
      const at = firstBadByte(buf);
      const lineOf = line + countNewlines(buf.subarray(0, at));
      throw encodingError(name, IMPORT_READ.notUtf8(String(buf[at]?.toString(16).toUpperCase().padStart(2, '0')), counter.bytes + at, lineOf));
    }
    line += countNewlines(buf);
    counter.bytes += buf.length;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw encodingError(name, IMPORT_READ.cutCharacter());
  }
}

function encodingError(name: string, what: string): InvalidError {
  return new InvalidError(IMPORT_READ.encoding(name, what), { hint: IMPORT_READ.encodingHint() });
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


/**
 * The message catalogue: every message speaks both languages, and no English text for people is
 * written outside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { humanDate, humanNumber, humanTime, isMessage, langOf, resolveLang, setLang, type Message } from '../../src/i18n/index.js';
import { englishOutsideCatalogue, isEnglishProse } from './english.js';

const root = join(import.meta.dirname, '..', '..');
const messagesDir = join(root, 'src', 'i18n', 'messages');

/** Every message of every area module, with its path (AREA.key). */
async function catalogue(): Promise<[string, Message<unknown[]>][]> {
  const out: [string, Message<unknown[]>][] = [];
  const walk = (prefix: string, v: unknown) => {
    if (isMessage(v)) out.push([prefix, v]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${prefix}.${k}`, x);
  };
  for (const file of readdirSync(messagesDir).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(join(messagesDir, file))) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) walk(name, v);
  }
  return out;
}

/** Calls a message with sample arguments (texts first, numbers when a text does not fit). */
function sample(fn: (...a: unknown[]) => string): string {
  const n = Math.max(fn.length, 6);
  for (const arg of ['X', 2, ['X'], { n: 2 }]) {
    try {
      const s = fn(...Array(n).fill(arg));
      if (typeof s === 'string') return s;
    } catch {
      // the next kind of argument
    }
  }
  return fn(...Array(n).fill(undefined));
}

describe('the message catalogue', () => {
  test('every message has a Vietnamese and an English text, and they differ where the English is prose', async () => {
    const all = await catalogue();
    expect(all.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const [key, m] of all) {
      const en = sample(m.en as (...a: unknown[]) => string);
      const vi = sample(m.vi as (...a: unknown[]) => string);
      if (!en.trim()) problems.push(`${key}: no English text`);
      if (!vi.trim()) problems.push(`${key}: no Vietnamese text`);
      if (isEnglishProse(en) && vi === en) problems.push(`${key}: the Vietnamese text is the English one`);
      if (isEnglishProse(vi)) problems.push(`${key}: the Vietnamese text reads as English: ${vi}`);
    }
    expect(problems).toEqual([]);
  });

  test('no English text for people is written outside the catalogue', () => {
    const found = englishOutsideCatalogue(root)
      .filter((p) => !ignored(p.file, p.line))
      .map((p) => `${p.file}:${p.line}: ${p.text.slice(0, 80)}`);
    expect(found).toEqual([]);
  });

  test('the scanner sees English prose and leaves Vietnamese, codes and SQL alone', () => {
    expect(isEnglishProse('No registry at the path')).toBe(true);
    expect(isEnglishProse('Không có sổ tại đường dẫn')).toBe(false);
    expect(isEnglishProse('award_line')).toBe(false);
    expect(isEnglishProse('SELECT id FROM award_line WHERE x is not null')).toBe(false);
  });
});

/** A literal marked `i18n-ignore` (on its line or the line before) is not for people: a reason follows. */
function ignored(file: string, line: number): boolean {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  return [lines[line - 1], lines[line - 2]].some((l) => l?.includes('i18n-ignore'));
}

describe('the language of a run', () => {
  test('Vietnamese by default; English by TDKT_LANG or an English locale', () => {
    expect(resolveLang(undefined, {})).toBe('vi');
    expect(resolveLang(undefined, { LANG: 'C.UTF-8' })).toBe('vi');
    expect(resolveLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' })).toBe('vi');
    expect(resolveLang(undefined, { TDKT_LANG: 'en', LANG: 'vi_VN' })).toBe('en');
    expect(resolveLang('vi', { TDKT_LANG: 'en' })).toBe('vi');
    expect(langOf('fr_FR')).toBeUndefined();
  });

  test('dates as dd/mm/yyyy and counts grouped as each language writes them', () => {
    expect(humanDate('2022-01-17')).toBe('17/01/2022');
    expect(humanTime('2026-03-01T08:05:00.000Z')).toBe('01/03/2026 08:05');
    setLang('vi');
    expect(humanNumber(30000)).toBe('30.000');
    expect(humanNumber(1234567)).toBe('1.234.567');
    setLang('en');
    expect(humanNumber(30000)).toBe('30,000');
    expect(humanNumber(999)).toBe('999');
  });
});

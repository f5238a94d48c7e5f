/**
 * What a name says about the record it names, for matching that never guesses: a collective's name
 * ("Trường THCS Trần Phú", "UBND phường Cát Dài") is not a person's; a unit written another way
 * ("Trường Trung học cơ sở Trần Phú", extra spaces or punctuation) is close to one the registry has.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { fold } from '../text.js';
import { IMPORT_MATCH } from '../../i18n/messages/core-io-import.js';

/** How collectives' names begin, with their diacritics (a person named Tô or Đoàn is not a Tổ or an Đoàn). */
const COLLECTIVE_STARTS = [
  'trường',
  'ubnd',
  'ủy ban',
  'uỷ ban',
  'hđnd',
  'phòng',
  'công ty',
  'trạm y tế',
  'trung tâm',
  'bệnh viện',
  'sở',
  'cục',
  'chi cục',
  'hội',
  'chi bộ',
  'đảng bộ',
  'đảng ủy',
  'hợp tác xã',
  'htx',
  'tổ',
  'khoa',
  'lớp',
  'xí nghiệp',
  'nhà máy',
  'thôn',
  'khu phố',
  'công an',
  'viện',
  'văn phòng',
  'mặt trận',
  'liên đoàn',
  'ban quản lý',
  'ban chỉ huy',
  'tập thể',
  'mttq',
];

/** Whether `name` begins like a collective's: a word of COLLECTIVE_STARTS followed by more words. */
export function looksCollective(name: string): boolean {
  const t = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return COLLECTIVE_STARTS.some((w) => t.startsWith(w + ' ') && t.length > w.length + 1);
}

/**
 * "Giáo viên, Trường THCS Trần Phú" → position and unit. Split at the first comma (or dash, or
 * semicolon); without one, a collective's name is the unit and anything else the position.
 */
export function splitPositionAndUnit(text: string): { position: string | null; unit: string | null } {
  const m = /^(.*?)\s*(?:[,;]|\s[-\u2013]\s)\s*(.+)$/u.exec(text.trim());
  if (m && m[1]) return { position: m[1], unit: m[2] };
  return looksCollective(text) ? { position: null, unit: text.trim() } : { position: text.trim(), unit: null };
}

/** Abbreviations clerks write either way, folded. */
const EXPANSIONS: [RegExp, string][] = [
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bthpt\b/g, 'trung hoc pho thong'],
  [/\bth\b/g, 'tieu hoc'],
  [/\bmn\b/g, 'mam non'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bhtx\b/g, 'hop tac xa'],
  [/\btyt\b/g, 'tram y te'],
  [/\bp\b/g, 'phuong'],
  [/\btp\b/g, 'thanh pho'],
];

/** A name reduced to what two spellings of one unit share: folded, abbreviations spelled out, letters and digits only. */
export function nearKey(name: string): string {
  let f = fold(name).replace(/[^a-z0-9]+/g, ' ');
  for (const [re, to] of EXPANSIONS) f = f.replace(re, to);
  return f.replace(/[^a-z0-9]/g, '');
}

const NOTICES = 20;

/** New collectives whose names are close to, but not, one of the registry's before the import. */
export class NearNames {
  private index: Map<string, { ref: string; name: string }[]> | undefined;
  private readonly found: string[] = [];
  private count = 0;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly maxIdBefore: number,
  ) {}

  check(name: string, folded: string, row: number): void {
    if (!this.index) {
      this.index = new Map();
      const all = this.sqlite.prepare("SELECT ref, name, name_folded FROM recipient WHERE kind = 'collective' AND id <= ?").all(this.maxIdBefore) as { ref: string; name: string; name_folded: string }[];
      for (const r of all) {
        const k = nearKey(r.name);
        this.index.set(k, [...(this.index.get(k) ?? []), r]);
      }
    }
    const close = (this.index.get(nearKey(name)) ?? []).filter((r) => fold(r.name) !== folded);
    if (!close.length) return;
    this.count++;
    if (this.found.length < NOTICES) {
      this.found.push(IMPORT_MATCH.nearCollective(row, name, close.map((c) => `«${c.name}» (${c.ref})`).join(', ')));
    }
  }

  report(notice?: (message: string) => void): void {
    for (const f of this.found) notice?.(f);
    if (this.count > this.found.length) notice?.(IMPORT_MATCH.nearMore(this.count - this.found.length));
  }
}

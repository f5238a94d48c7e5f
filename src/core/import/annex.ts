/**
 * The shape of an annex as clerks lay it out, around its rows of award lines: section rows that say
 * what kind of recipient the rows under them are ("I. TẬP THỂ", "II. CÁ NHÂN", "III. HỘ GIA ĐÌNH", or
 * "A. Khối trường học", a sub-section keeping its section's kind), and footer rows that end the list
 * ("Tổng cộng …", "Danh sách có … tập thể và … cá nhân", the place and date, the signature block,
 * "Người lập biểu"). Pure.
 */
import type { RecipientKind } from '../domain.js';
import { fold } from '../text.js';

export interface Section {
  /** The row's text, as written. */
  title: string;
  /** The kind its words name, if any. */
  kind?: RecipientKind;
}

const filled = (cells: (string | null)[]) => cells.filter((c): c is string => c !== null && c.trim() !== '').map((c) => c.trim());

/** More than `n` cells hold something (a line of data, most rows): counted without copying the row. */
function moreFilledThan(cells: (string | null)[], n: number): boolean {
  let count = 0;
  for (const c of cells) if (c !== null && c.trim() !== '' && ++count > n) return true;
  return false;
}

/** "I." "II)" "IV -" "A." "B:" or a Roman numeral or capital alone in the STT cell. */
const NUMBERED = /^(?:[IVXLC]{1,6}|[A-Z\u0110])\s*[.):\-\u2013]\s*\S/u;
const MARK_ALONE = /^(?:[IVXLC]{1,6}|[A-Z\u0110])[.)]?$/u;

function kindOf(text: string): RecipientKind | undefined {
  const f = fold(text);
  if (/\bho gia dinh\b/.test(f)) return 'household';
  if (/\btap the\b/.test(f)) return 'collective';
  if (/\bca nhan\b/.test(f)) return 'individual';
  return undefined;
}

/** The section a row opens, or undefined when it is not a section row. */
export function sectionOf(cells: (string | null)[]): Section | undefined {
  if (moreFilledThan(cells, 2)) return undefined;
  const f = filled(cells);
  if (f.length === 0) return undefined;
  const title = f.join(' ');
  if (f.length === 1 && !NUMBERED.test(f[0])) {
    // "TẬP THỂ" or "CÁ NHÂN" alone, in capitals, is a section too.
    const k = kindOf(f[0]);
    return k && f[0] === f[0].toUpperCase() && f[0].length <= 40 ? { title, kind: k } : undefined;
  }
  if (f.length === 2 && !MARK_ALONE.test(f[0])) return undefined;
  if (/^\d/.test(title)) return undefined;
  return { title, kind: kindOf(title) };
}

const FOOTER_STARTS = [
  'tong cong',
  'tong so',
  'cong',
  'danh sach co',
  'danh sach nay co',
  'an dinh danh sach', // i18n-ignore: Vietnamese without diacritics ("Ấn định danh sách"), matched in a file
  'nguoi lap',
  'nguoi lap bieu',
  'noi nhan',
  'tm',
  'kt',
  'chu tich',
  'pho chu tich',
  'giam doc',
  'thu truong',
  'xac nhan',
];

/** A row that ends the list: a total, a count of the list, the place and date, a signature block. */
export function isFooter(cells: (string | null)[]): boolean {
  if (moreFilledThan(cells, 4)) return false;
  const f = filled(cells);
  if (f.length === 0) return false;
  const first = fold(f[0]).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (FOOTER_STARTS.some((p) => first === p || first.startsWith(p + ' '))) return true;
  // "Lê Chân, ngày 25 tháng 01 năm 2022"
  return /\bngay\b.*\bthang\b.*\bnam\b/.test(first);
}

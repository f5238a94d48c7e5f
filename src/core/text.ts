/**
 * Vietnamese text helpers. "đ/Đ" has no Unicode decomposition, so folding maps it explicitly;
 * the stored folded form and the query are folded the same way.
 */
const MARKS = /\p{M}+/gu;

/** Lowercase, without diacritics, đ→d, whitespace collapsed: "Dư Hàng Kênh" → "du hang kenh". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/\u0111/g, 'd') // đ
    .replace(/\u0110/g, 'D') // Đ
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A readable ASCII reference from a name: "Trường THCS Trần Phú" → "truong-thcs-tran-phu". */
export function slugify(text: string, maxLength = 60): string {
  return slugOfFolded(fold(text), maxLength);
}

/** slugify() of text already folded (fold() output): the same reference, without folding again. */
export function slugOfFolded(folded: string, maxLength = 60): string {
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'x';
}

/**
 * Text that clean() leaves as it is: words of characters that NFC never changes (Basic Latin, Latin-1,
 * Latin Extended A/B, Latin Extended Additional — where precomposed Vietnamese letters live), one
 * space between them. Most cells of a Vietnamese file are such text.
 */
const CLEAN = /^[\x21-\x7e\u00a1-\u02ff\u1e00-\u1eff]+(?: [\x21-\x7e\u00a1-\u02ff\u1e00-\u1eff]+)*$/;

/** Trim and NFC-normalise user text so that equal names compare equal. */
export function clean(text: string): string {
  if (CLEAN.test(text)) return text;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

let collator: Intl.Collator | undefined;
/** Vietnamese alphabetical comparison (SQLite ORDER BY is byte order). */
export function compareVi(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'base' });
  return collator.compare(a, b);
}

/** Vietnamese names are family name first; lists are conventionally sorted by the given name. */
export function givenNameFirst(name: string): string {
  const words = clean(name).split(' ');
  return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
}

/** "ngày 05 tháng 02 năm 2022" for an ISO date. */
export function viDateLine(isoDate: string, place?: string | null): string {
  const [y, m, d] = isoDate.split('-');
  const line = `ngày ${d} tháng ${m} năm ${y}`;
  return place ? `${place}, ${line}` : line;
}

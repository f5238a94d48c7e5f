/**
 * Vietnamese text helpers. "đ/Đ" has no Unicode decomposition, so folding maps it explicitly;
 * the stored folded form and the query are folded the same way.
 */
const MARKS = /\p{M}+/gu;

/** Lowercase, without diacritics, đ→d, whitespace collapsed: "Dư Hàng Kênh" → "du hang kenh". */
export function fold(text: string): string {
  return foldLetters(text) ?? foldUnicode(text);
}

/** fold() by Unicode's decomposition: any text. */
function foldUnicode(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/\u0111/g, 'd') // đ
    .replace(/\u0110/g, 'D') // Đ
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Vietnamese letters with diacritics (lowercase; their capitals are added), each folded to one ASCII letter. */
const VIETNAMESE = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
let folded: Map<number, number> | undefined;

/**
 * fold() of a text made of ASCII and Vietnamese letters, a character at a time (three times faster than
 * the decomposition on names: the import folds every name, unit and body of a file). Each letter's
 * folded form is foldUnicode's own; undefined for any other character (the caller decomposes then).
 */
function foldLetters(text: string): string | undefined {
  if (!folded) {
    folded = new Map();
    for (const c of VIETNAMESE + VIETNAMESE.toUpperCase()) folded.set(c.charCodeAt(0), foldUnicode(c).charCodeAt(0));
  }
  if (text.length > 1000) return undefined; // the characters are passed as arguments below
  const codes: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = codes.length > 0;
      continue;
    }
    if (c >= 128) {
      const f = folded.get(c);
      if (f === undefined) return undefined;
      c = f;
    } else if (c >= 65 && c <= 90) c += 32;
    if (space) {
      codes.push(32);
      space = false;
    }
    codes.push(c);
  }
  return String.fromCharCode(...codes);
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

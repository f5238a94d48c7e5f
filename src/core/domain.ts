/**
 * Fixed vocabularies of the domain (docs/domain.md §2–§5). Labels are Vietnamese as printed on documents;
 * codes are ASCII and stable: scripts and the database use the codes.
 */
import { fold } from './text.js';

/**
 * Levels of authority, high → low (docs/domain.md). `department`: the head of a provincial department
 * (Sở) or of another specialised agency of the province, who confers in the department's own right
 * (Art. 80.1, Law 06/2022/QH15) and, unlike the district, outlives the two-tier reform of 1 July 2025.
 */
export const LEVELS = ['state', 'government', 'province', 'department', 'district', 'commune', 'unit'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  state: 'Chủ tịch nước',
  government: 'Chính phủ / Thủ tướng Chính phủ',
  province: 'Bộ, ban, ngành, tỉnh',
  department: 'Sở, cơ quan chuyên môn thuộc UBND tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  unit: 'Cơ quan, đơn vị',
};
export function levelOrder(level: string): number {
  const i = LEVELS.indexOf(level as Level);
  return i < 0 ? LEVELS.length : i;
}

/**
 * The district level was abolished on this date (two-tier local government); history before it keeps
 * district bodies, and the commune chairman exercises the district chairman's powers of Art. 80.2.
 */
export const DISTRICT_ABOLISHED_ON = '2025-07-01';

export const RECIPIENT_KINDS = ['collective', 'individual', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
/** Letters used in the award catalogue: I individual, C collective, H household. */
export const KIND_LETTER: Record<RecipientKind, string> = { collective: 'C', individual: 'I', household: 'H' };
export const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTER).map(([k, l]) => [l, k])) as Record<string, RecipientKind>;
/** "I,C" → ['individual', 'collective'] */
export function kindsFromLetters(letters: string): RecipientKind[] {
  return letters.split(',').map((l) => LETTER_KIND[l.trim()]).filter(Boolean);
}
/** "an individual", "a collective", "a household" for messages. */
export function aKind(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
export const KIND_LABELS: Record<RecipientKind, string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình',
};
/** Accepts the code, its letter, or the Vietnamese label with or without diacritics. */
export function parseRecipientKind(text: string): RecipientKind | undefined {
  const t = fold(text);
  for (const k of RECIPIENT_KINDS) {
    if (t === k || t === KIND_LETTER[k].toLowerCase() || t === fold(KIND_LABELS[k])) return k;
  }
  if (t === 'ho' || t === 'gia dinh' || t === 'ho gd') return 'household';
  if (t === 'ca nhan' || t === 'person') return 'individual';
  return undefined;
}

/** Kinds of commendation (loại hình khen thưởng, Art. 8). */
export const COMMENDATION_KINDS = ['regular', 'sudden', 'movement', 'service', 'seniority', 'foreign'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];
export const COMMENDATION_KIND_LABELS: Record<CommendationKind, string> = {
  regular: 'công trạng',
  sudden: 'đột xuất',
  movement: 'phong trào (theo đợt, chuyên đề)',
  service: 'quá trình cống hiến',
  seniority: 'niên hạn',
  foreign: 'đối ngoại',
};
const COMMENDATION_ALIASES: Record<string, CommendationKind> = {
  'cong trang': 'regular',
  'thuong xuyen': 'regular',
  'dot xuat': 'sudden',
  'phong trao': 'movement',
  'chuyen de': 'movement',
  'theo dot': 'movement',
  'qua trinh cong hien': 'service',
  'cong hien': 'service',
  'nien han': 'seniority',
  'doi ngoai': 'foreign',
};
export function parseCommendationKind(text: string): CommendationKind | undefined {
  const t = fold(text);
  if ((COMMENDATION_KINDS as readonly string[]).includes(t)) return t as CommendationKind;
  return COMMENDATION_ALIASES[t];
}

/** Legal regimes by decision date (docs/domain.md §2). */
export interface Regime {
  code: string;
  law: string;
  decree: string;
}
export const REGIMES: Regime[] = [
  { code: 'law2003', law: '15/2003/QH11', decree: '42/2010/NĐ-CP' },
  { code: 'law2003-nd91', law: '15/2003/QH11', decree: '91/2017/NĐ-CP' },
  { code: 'law2022-nd98', law: '06/2022/QH15', decree: '98/2023/NĐ-CP' },
  { code: 'law2022-nd152', law: '06/2022/QH15', decree: '152/2025/NĐ-CP' },
];
export function regimeFor(isoDate: string): Regime {
  if (isoDate >= '2025-07-01') return REGIMES[3];
  if (isoDate >= '2024-01-01') return REGIMES[2];
  if (isoDate >= '2017-10-01') return REGIMES[1];
  return REGIMES[0];
}

/** Award type families and categories; precedence is data on the type, these only describe it. */
export const FAMILIES = ['title', 'form'] as const;
export type Family = (typeof FAMILIES)[number];
export const CATEGORIES = [
  'order',
  'medal',
  'honorary',
  'prize',
  'flag',
  'fighter',
  'collective_title',
  'title',
  'certificate',
  'commemorative',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const PERIODICITIES = ['annual', 'movement', 'eligibility', 'once', 'seniority'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

/** Grounds of revocation (Art. 93) and of stripping a state honorary title. */
export const REVOCATION_GROUNDS = {
  a: 'gian dối trong việc kê khai thành tích (fraud in declaring achievements)',
  b: 'làm giả hồ sơ, giấy tờ (false or forged dossier)',
  c: 'thẩm định, xét duyệt, đề nghị trái pháp luật (appraisal or approval against the law)',
  d: 'vi phạm trong thời gian đạt thành tích bị phát hiện sau (later finding of violations in the achievement period)',
  prison: 'bị kết án tù (sentenced to prison; stripping of a state honorary title, Art. 93.3)',
} as const;
export type RevocationGround = keyof typeof REVOCATION_GROUNDS;

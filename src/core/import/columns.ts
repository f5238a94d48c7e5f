/**
 * The columns of an import file (one row per award line) and the headers that name them. The English
 * keys are the contract (snake_case, also what `export awards` writes); the Vietnamese headers are
 * those clerks type in Excel. Headers are matched without diacritics, case or punctuation.
 */
import type { RecipientKind } from '../domain.js';
import { fold } from '../text.js';
import { IMPORT_COLUMN_ABOUT, IMPORT_HEADER } from '../../i18n/messages/core-io-import.js';

export interface ImportColumn {
  key: string;
  /** The header the template writes (Vietnamese, as a clerk reads it). */
  vi: string;
  /** Other headers accepted for the column. */
  aliases: string[];
  /** Needed in every file; others are optional (some are needed only to create a record). */
  required?: boolean;
  /** What the column holds, for the template's instructions sheet and the messages (in the run's language). */
  readonly about: string;
  example: string;
}

const COLUMNS: Omit<ImportColumn, 'about'>[] = [
  { key: 'line_no', vi: 'STT', aliases: ['so thu tu', 'tt'], example: '1' },
  { key: 'decision_number', vi: 'Số quyết định', aliases: ['so qd', 'so', 'quyet dinh', 'so hieu quyet dinh'], required: true, example: '05/QĐ-UBND' },
  { key: 'decision_date', vi: 'Ngày quyết định', aliases: ['ngay ky', 'ngay qd', 'ngay ban hanh'], required: true, example: '10/01/2022' },
  { key: 'issuing_body', vi: 'Cơ quan ban hành', aliases: ['co quan', 'cap khen', 'don vi ban hanh'], required: true, example: 'UBND quận Lê Chân' },
  { key: 'award_type', vi: 'Hình thức khen thưởng', aliases: ['danh hieu', 'danh hieu thi dua', 'hinh thuc', 'hinh thuc khen thuong danh hieu thi dua'], required: true, example: 'Giấy khen' },
  { key: 'recipient_kind', vi: 'Loại đối tượng', aliases: ['doi tuong', 'loai'], example: 'cá nhân' },
  // i18n-ignore: headers recognised in a file (Vietnamese without diacritics), not texts for people
  { key: 'recipient_name', vi: 'Tên đối tượng', aliases: ['ho va ten', 'ho ten', 'ten tap the', 'ten ca nhan', 'ten', 'ten don vi ca nhan'], example: 'Nguyễn Văn A' },
  { key: 'unit', vi: 'Đơn vị', aliases: ['don vi cong tac', 'noi cong tac', 'co quan don vi', 'unit name'], example: 'Trường THCS Trần Phú' },
  { key: 'position', vi: 'Chức vụ', aliases: ['chuc danh', 'chuc vu chuc danh'], example: 'Giáo viên' },
  { key: 'achievement_period', vi: 'Thời gian đạt thành tích', aliases: ['nam', 'nam dat thanh tich', 'giai doan', 'nam hoc', 'period'], required: true, example: '2021' },
  { key: 'achievement', vi: 'Thành tích', aliases: ['noi dung khen thuong', 'noi dung', 'thanh tich dat duoc', 'ly do'], example: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2021' },
  { key: 'commendation_kind', vi: 'Loại hình khen thưởng', aliases: ['loai hinh'], example: 'công trạng' },
  { key: 'ceremony', vi: 'Buổi lễ', aliases: ['hoi nghi', 'le trao', 'trao tai'], example: 'Hội nghị tổng kết năm 2021' },
  { key: 'decision_ref', vi: 'Mã quyết định', aliases: [], example: 'ubnd-le-chan-2022-5' },
  { key: 'body_ref', vi: 'Mã cơ quan', aliases: [], example: 'ubnd-le-chan' },
  { key: 'body_level', vi: 'Cấp cơ quan', aliases: ['cap ban hanh', 'cap'], example: 'district' },
  { key: 'body_abbr', vi: 'Viết tắt cơ quan', aliases: ['ky hieu co quan'], example: 'UBND' },
  { key: 'signer_name', vi: 'Người ký', aliases: [], example: 'Trần Văn X' },
  { key: 'signer_capacity', vi: 'Thẩm quyền ký', aliases: ['chuc vu nguoi ky', 'chuc danh nguoi ky'], example: 'CHỦ TỊCH' },
  { key: 'decision_summary', vi: 'Trích yếu', aliases: ['trich yeu quyet dinh', 'summary'], example: 'Tặng Giấy khen năm 2021' },
  { key: 'recipient_ref', vi: 'Mã đối tượng', aliases: [], example: 'nguyen-van-a' },
  { key: 'unit_ref', vi: 'Mã đơn vị', aliases: [], example: 'truong-thcs-tran-phu' },
  { key: 'ceremony_ref', vi: 'Mã buổi lễ', aliases: [], example: 'le-chan-2022' },
  // i18n-ignore: headers recognised in a file (Vietnamese without diacritics), not texts for people
  { key: 'ceremony_date', vi: 'Ngày buổi lễ', aliases: ['ngay trao', 'ngay hoi nghi', 'ngay to chuc'], example: '17/01/2022' },
  { key: 'ceremony_place', vi: 'Địa điểm buổi lễ', aliases: ['dia diem'], example: 'Quận Lê Chân' },
  // i18n-ignore: headers recognised in a file (Vietnamese without diacritics), not texts for people
  { key: 'ceremony_organiser', vi: 'Cơ quan tổ chức', aliases: ['don vi to chuc'], example: 'ubnd-le-chan' },
  { key: 'note', vi: 'Ghi chú', aliases: [], example: '' },
  { key: 'status', vi: 'Trạng thái', aliases: [], example: 'active' },
  // Evidence the rules need (tdkt check), for the recipient and the year the achievement period ends.
  // i18n-ignore: headers recognised in a file (Vietnamese without diacritics), not texts for people
  { key: 'rating', vi: 'Xếp loại', aliases: ['xep loai danh gia', 'danh gia xep loai', 'muc do hoan thanh nhiem vu'], example: 'hoàn thành xuất sắc nhiệm vụ' },
  { key: 'discipline', vi: 'Kỷ luật', aliases: ['hinh thuc ky luat'], example: 'khiển trách' },
  { key: 'discipline_date', vi: 'Ngày kỷ luật', aliases: ['ngay quyet dinh ky luat'], example: '15/06/2021' },
  { key: 'discipline_decision', vi: 'Quyết định kỷ luật', aliases: ['so quyet dinh ky luat', 'so qd ky luat'], example: '12/QĐ-UBND' },
  { key: 'initiative', vi: 'Sáng kiến', aliases: ['ten sang kien', 'de tai sang kien', 'sang kien kinh nghiem'], example: 'Đổi mới phương pháp dạy học' },
  { key: 'initiative_level', vi: 'Cấp công nhận sáng kiến', aliases: ['cap sang kien', 'pham vi anh huong'], example: 'cơ sở' },
  { key: 'member_count', vi: 'Số thành viên', aliases: ['tong so thanh vien', 'quan so'], example: '25' },
  { key: 'ldtt_count', vi: 'Số LĐTT', aliases: ['so lao dong tien tien'], example: '20' },
  { key: 'cstdcs_count', vi: 'Số CSTĐCS', aliases: ['so chien si thi dua co so'], example: '3' },
  { key: 'completed_count', vi: 'Số hoàn thành nhiệm vụ', aliases: ['so htnv'], example: '25' },
];

/** The columns, each with `about` read from the catalogue when it is shown (the language is chosen per run). */
export const IMPORT_COLUMNS: ImportColumn[] = COLUMNS.map((c) =>
  Object.defineProperty({ ...c }, 'about', { get: IMPORT_COLUMN_ABOUT[c.key as keyof typeof IMPORT_COLUMN_ABOUT], enumerable: true }) as ImportColumn,
);

/** The columns that carry evidence (EvidenceColumns) rather than the award line. */
export const EVIDENCE_KEYS = ['rating', 'discipline', 'discipline_date', 'discipline_decision', 'initiative', 'initiative_level', 'member_count', 'ldtt_count', 'cstdcs_count', 'completed_count'];

export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** The columns a clerk fills in most files: what the template's first sheet carries. */
export const TEMPLATE_KEYS = [
  'line_no',
  'decision_number',
  'decision_date',
  'issuing_body',
  'award_type',
  'recipient_kind',
  'recipient_name',
  'unit',
  'position',
  'achievement_period',
  'achievement',
  'commendation_kind',
  'ceremony',
];

/** Columns that an errors file adds; import skips them so a fixed errors file imports as it is. */
export const IGNORED_KEYS = ['reason', 'source_row'];

/** "Ngày quyết định", "ngay_quyet_dinh", "NGÀY QUYẾT ĐỊNH (*)" → "ngay quyet dinh". */
export function normaliseHeader(header: string): string {
  return fold(header.replace(/\(\*\)|\*/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, string>();
for (const c of IMPORT_COLUMNS) {
  for (const name of [c.key, c.vi, ...c.aliases]) LOOKUP.set(normaliseHeader(name), c.key);
}
/** Headers that name the recipient and also say its kind, for files without a kind column. */
const KIND_FROM_HEADER: Record<string, RecipientKind> = {
  'ho va ten': 'individual',
  'ho ten': 'individual',
  'ten ca nhan': 'individual',
  // i18n-ignore: a header recognised in a file (Vietnamese without diacritics)
  'ten tap the': 'collective',
  'tap the': 'collective',
  'ten ho': 'household',
  'ho gia dinh': 'household',
};
LOOKUP.set('tap the', 'recipient_name');
LOOKUP.set('ten ho', 'recipient_name');
LOOKUP.set('ho gia dinh', 'recipient_name');

/**
 * Columns clerks' annexes often carry that a registry of awards does not keep: ignored, with a notice.
 * Matched with their diacritics first ("Nam", the gender, is not "Năm", the year), then without.
 */
export const COMMON_OTHER_COLUMNS = [
  'Nam',
  'Nữ',
  'Giới tính',
  'Năm sinh',
  'Ngày sinh',
  'Ngày tháng năm sinh',
  'Quê quán',
  'Nguyên quán',
  'Dân tộc',
  'Tôn giáo',
  'Số CCCD',
  'CCCD',
  'Số CMND',
  'CMND',
  'Số căn cước',
  'Căn cước công dân',
  'Địa chỉ',
  'Nơi ở',
  'Số điện thoại',
  'Điện thoại',
  'Email',
  'Trình độ',
  'Trình độ chuyên môn',
  'Chữ ký',
  'Ký nhận',
];

/** A header lowercased and with its punctuation as spaces, diacritics kept: "Năm" ≠ "Nam". */
function exactHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/\(\*\)|\*/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const OTHER_EXACT = new Set(COMMON_OTHER_COLUMNS.map(exactHeader));
/** Without diacritics, only those that name no import column ("nam" is the year's). */
const OTHER_FOLDED = new Set(COMMON_OTHER_COLUMNS.map(normaliseHeader).filter((h) => !LOOKUP.has(h)));

/** The key of a column that holds a person's position and unit together ("Chức vụ, đơn vị công tác"). */
export const POSITION_AND_UNIT = 'position_and_unit';
for (const h of ['chuc vu don vi cong tac', 'chuc vu don vi', 'chuc vu noi cong tac', 'chuc danh don vi cong tac', 'chuc vu chuc danh don vi cong tac']) LOOKUP.set(h, POSITION_AND_UNIT);

export interface HeaderMap {
  /** For each column of the file, the key it feeds (undefined: skipped). */
  keys: (string | undefined)[];
  /** The header as written in the file, by key (for messages). */
  headers: Record<string, string>;
  /** The recipient kind implied by the name column's header ("Họ và tên" → individual). */
  impliedKind?: RecipientKind;
}

export interface HeaderProblem {
  column: number;
  header: string;
  message: string;
  /** The one problem that stands for many unknown columns (column 0, like a missing column, but not missing). */
  unknown?: boolean;
}

export interface HeaderOptions {
  /** Keys given for the whole file (--decision, --ceremony): not missing when the file has no such column. */
  given?: string[];
  /** Headers to skip (--ignore-column), as written or without diacritics. */
  ignore?: string[];
}

/** Unknown columns listed one by one up to this many; beyond, one problem with the count and the first ones. */
const UNKNOWN_LISTED = 5;

/**
 * Maps a file's header row to column keys. Unknown, doubled or missing columns are problems; the
 * common columns a registry does not keep, and those named by `ignore`, are skipped with a notice.
 */
export function mapHeaders(header: string[], opts: HeaderOptions = {}): { map: HeaderMap; problems: HeaderProblem[]; notices: string[] } {
  const problems: HeaderProblem[] = [];
  const unknown: HeaderProblem[] = [];
  const ignoredOther: string[] = [];
  const keys: (string | undefined)[] = [];
  const headers: Record<string, string> = {};
  const ignore = new Set((opts.ignore ?? []).map(normaliseHeader));
  let impliedKind: RecipientKind | undefined;
  header.forEach((raw, i) => {
    const text = String(raw ?? '').trim();
    const norm = normaliseHeader(text);
    if (norm === '' || IGNORED_KEYS.includes(norm.replace(/ /g, '_')) || ignore.has(norm)) {
      keys.push(undefined);
      return;
    }
    if (OTHER_EXACT.has(exactHeader(text))) {
      ignoredOther.push(text);
      keys.push(undefined);
      return;
    }
    const key = LOOKUP.get(norm);
    if (!key) {
      if (OTHER_FOLDED.has(norm)) ignoredOther.push(text);
      else unknown.push({ column: i + 1, header: text, message: IMPORT_HEADER.unknownColumn(text) });
      keys.push(undefined);
      return;
    }
    if (headers[key] !== undefined) {
      problems.push({ column: i + 1, header: text, message: IMPORT_HEADER.sameColumn(text, headers[key], key) });
      keys.push(undefined);
      return;
    }
    headers[key] = text;
    keys.push(key);
    if (key === 'recipient_name') impliedKind = KIND_FROM_HEADER[norm];
  });
  if (unknown.length > UNKNOWN_LISTED) {
    const first = unknown.slice(0, UNKNOWN_LISTED).map((u) => IMPORT_HEADER.unknownListed(u.header, u.column));
    problems.unshift({ column: 0, header: '', message: IMPORT_HEADER.unknownMany(unknown.length, first.join(', ')), unknown: true });
  } else problems.unshift(...unknown);
  if (keys.some(Boolean)) {
    const given = new Set(opts.given ?? []);
    for (const c of IMPORT_COLUMNS) {
      if (c.required && headers[c.key] === undefined && !given.has(c.key)) {
        problems.push({ column: 0, header: '', message: IMPORT_HEADER.missingColumn(c.key, c.vi, c.about, c.example) });
      }
    }
    if (headers.recipient_name === undefined && headers.recipient_ref === undefined) {
      problems.push({ column: 0, header: '', message: IMPORT_HEADER.missingName() });
    }
  }
  const notices = ignoredOther.length ? [IMPORT_HEADER.notKept(ignoredOther.length, ignoredOther.map((h) => `«${h}»`).join(', '))] : [];
  return { map: { keys, headers, impliedKind }, problems, notices };
}

export function columnLabel(map: HeaderMap, key: string): string {
  return map.headers[key] ?? key;
}

/**
 * The columns of an import file (one row per award line) and the headers that name them. The English
 * keys are the contract (snake_case, also what `export awards` writes); the Vietnamese headers are
 * those clerks type in Excel. Headers are matched without diacritics, case or punctuation.
 */
import type { RecipientKind } from '../domain.js';
import { fold } from '../text.js';

export interface ImportColumn {
  key: string;
  /** The header the template writes (Vietnamese, as a clerk reads it). */
  vi: string;
  /** Other headers accepted for the column. */
  aliases: string[];
  /** Needed in every file; others are optional (some are needed only to create a record). */
  required?: boolean;
  /** What the column holds, for the template's instructions sheet and the README. */
  about: string;
  example: string;
}

export const IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'line_no', vi: 'STT', aliases: ['so thu tu', 'tt'], about: 'number of the line in the decision\'s annex', example: '1' },
  { key: 'decision_number', vi: 'Số quyết định', aliases: ['so qd', 'so', 'quyet dinh', 'so hieu quyet dinh'], required: true, about: 'number and symbol of the decision', example: '05/QĐ-UBND' },
  { key: 'decision_date', vi: 'Ngày quyết định', aliases: ['ngay ky', 'ngay qd', 'ngay ban hanh'], required: true, about: 'date the decision was signed: DD/MM/YYYY or YYYY-MM-DD', example: '10/01/2022' },
  { key: 'issuing_body', vi: 'Cơ quan ban hành', aliases: ['co quan', 'cap khen', 'don vi ban hanh'], required: true, about: 'body that signed the decision: its reference or its name', example: 'UBND quận Lê Chân' },
  { key: 'award_type', vi: 'Hình thức khen thưởng', aliases: ['danh hieu', 'danh hieu thi dua', 'hinh thuc', 'hinh thuc khen thuong danh hieu thi dua'], required: true, about: 'award type: its code or its Vietnamese name', example: 'Giấy khen' },
  { key: 'recipient_kind', vi: 'Loại đối tượng', aliases: ['doi tuong', 'loai'], about: 'tập thể, cá nhân, hộ gia đình (or collective, individual, household); needed to create a recipient', example: 'cá nhân' },
  { key: 'recipient_name', vi: 'Tên đối tượng', aliases: ['ho va ten', 'ho ten', 'ten tap the', 'ten ca nhan', 'ten', 'ten don vi ca nhan'], about: 'name of the collective, person or household', example: 'Nguyễn Văn A' },
  { key: 'unit', vi: 'Đơn vị', aliases: ['don vi cong tac', 'noi cong tac', 'co quan don vi', 'unit name'], about: 'unit a person (or a sub-collective) belongs to, as printed on the line: its reference or its name', example: 'Trường THCS Trần Phú' },
  { key: 'position', vi: 'Chức vụ', aliases: ['chuc danh', 'chuc vu chuc danh'], about: 'position of a person, as printed on the line', example: 'Giáo viên' },
  { key: 'achievement_period', vi: 'Thời gian đạt thành tích', aliases: ['nam', 'nam dat thanh tich', 'giai doan', 'nam hoc', 'period'], required: true, about: 'a year or a range of years', example: '2021' },
  { key: 'achievement', vi: 'Thành tích', aliases: ['noi dung khen thuong', 'noi dung', 'thanh tich dat duoc', 'ly do'], about: 'achievement text printed on the certificate', example: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2021' },
  { key: 'commendation_kind', vi: 'Loại hình khen thưởng', aliases: ['loai hinh'], about: 'công trạng, đột xuất, chuyên đề, … (default: công trạng / regular)', example: 'công trạng' },
  { key: 'ceremony', vi: 'Buổi lễ', aliases: ['hoi nghi', 'le trao', 'trao tai'], about: 'ceremony where the award is handed over: its reference or its name', example: 'Hội nghị tổng kết năm 2021' },
  { key: 'decision_ref', vi: 'Mã quyết định', aliases: [], about: 'reference of the decision (matched, or given to a new one)', example: 'ubnd-le-chan-2022-5' },
  { key: 'body_ref', vi: 'Mã cơ quan', aliases: [], about: 'reference of the issuing body (matched, or given to a new one)', example: 'ubnd-le-chan' },
  { key: 'body_level', vi: 'Cấp cơ quan', aliases: ['cap ban hanh', 'cap'], about: 'level of the issuing body (state, government, province, district, commune, unit); needed to create the body', example: 'district' },
  { key: 'body_abbr', vi: 'Viết tắt cơ quan', aliases: ['ky hieu co quan'], about: 'abbreviation of a new body in decision symbols (default: taken from the decision number)', example: 'UBND' },
  { key: 'signer_name', vi: 'Người ký', aliases: [], about: 'who signed the decision (used when the decision is created)', example: 'Trần Văn X' },
  { key: 'signer_capacity', vi: 'Thẩm quyền ký', aliases: ['chuc vu nguoi ky', 'chuc danh nguoi ky'], about: 'CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, … (used when the decision is created)', example: 'CHỦ TỊCH' },
  { key: 'decision_summary', vi: 'Trích yếu', aliases: ['trich yeu quyet dinh', 'summary'], about: 'summary of the decision (used when the decision is created)', example: 'Tặng Giấy khen năm 2021' },
  { key: 'recipient_ref', vi: 'Mã đối tượng', aliases: [], about: 'reference of the recipient (matched, or given to a new one)', example: 'nguyen-van-a' },
  { key: 'unit_ref', vi: 'Mã đơn vị', aliases: [], about: 'reference of the unit (matched, or given to a new one)', example: 'truong-thcs-tran-phu' },
  { key: 'ceremony_ref', vi: 'Mã buổi lễ', aliases: [], about: 'reference of the ceremony (matched, or given to a new one)', example: 'le-chan-2022' },
  { key: 'ceremony_date', vi: 'Ngày buổi lễ', aliases: ['ngay trao', 'ngay hoi nghi', 'ngay to chuc'], about: 'date of a new ceremony', example: '17/01/2022' },
  { key: 'ceremony_place', vi: 'Địa điểm buổi lễ', aliases: ['dia diem'], about: 'place of a new ceremony', example: 'Quận Lê Chân' },
  { key: 'ceremony_organiser', vi: 'Cơ quan tổ chức', aliases: ['don vi to chuc'], about: 'body organising a new ceremony: its reference or its name', example: 'ubnd-le-chan' },
  { key: 'note', vi: 'Ghi chú', aliases: [], about: 'free note on the award line', example: '' },
  { key: 'status', vi: 'Trạng thái', aliases: [], about: 'written by export --include-revoked; only active lines can be imported', example: 'active' },
  // Evidence the rules need (tdkt check), for the recipient and the year the achievement period ends.
  { key: 'rating', vi: 'Xếp loại', aliases: ['xep loai danh gia', 'danh gia xep loai', 'muc do hoan thanh nhiem vu'], about: 'rating for the year: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ (or excellent, good, completed, failed)', example: 'hoàn thành xuất sắc nhiệm vụ' },
  { key: 'discipline', vi: 'Kỷ luật', aliases: ['hinh thuc ky luat'], about: 'disciplinary measure in the year: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc', example: 'khiển trách' },
  { key: 'discipline_date', vi: 'Ngày kỷ luật', aliases: ['ngay quyet dinh ky luat'], about: 'date of the disciplinary decision', example: '15/06/2021' },
  { key: 'discipline_decision', vi: 'Quyết định kỷ luật', aliases: ['so quyet dinh ky luat', 'so qd ky luat'], about: 'number of the disciplinary decision, as printed', example: '12/QĐ-UBND' },
  { key: 'initiative', vi: 'Sáng kiến', aliases: ['ten sang kien', 'de tai sang kien', 'sang kien kinh nghiem'], about: 'title of an initiative or science work recognised in the year', example: 'Đổi mới phương pháp dạy học' },
  { key: 'initiative_level', vi: 'Cấp công nhận sáng kiến', aliases: ['cap sang kien', 'pham vi anh huong'], about: 'reach of its recognition: cơ sở (default), tỉnh, toàn quốc (or grassroots, province, national)', example: 'cơ sở' },
  { key: 'member_count', vi: 'Số thành viên', aliases: ['tong so thanh vien', 'quan so'], about: 'a collective\'s number of members in the year', example: '25' },
  { key: 'ldtt_count', vi: 'Số LĐTT', aliases: ['so lao dong tien tien'], about: 'of them, how many are Lao động tiên tiến (default: from the registry)', example: '20' },
  { key: 'cstdcs_count', vi: 'Số CSTĐCS', aliases: ['so chien si thi dua co so'], about: 'of them, how many are Chiến sĩ thi đua cơ sở (default: from the registry)', example: '3' },
  { key: 'completed_count', vi: 'Số hoàn thành nhiệm vụ', aliases: ['so htnv'], about: 'of them, how many completed their duties (default: from the registry)', example: '25' },
];

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
      else unknown.push({ column: i + 1, header: text, message: `unknown column «${text}»: rename it to one of the documented headers (tdkt import --help), pass --ignore-column "${text}", or delete it` });
      keys.push(undefined);
      return;
    }
    if (headers[key] !== undefined) {
      problems.push({ column: i + 1, header: text, message: `«${text}» names the same column as «${headers[key]}» (${key}): keep one of them` });
      keys.push(undefined);
      return;
    }
    headers[key] = text;
    keys.push(key);
    if (key === 'recipient_name') impliedKind = KIND_FROM_HEADER[norm];
  });
  if (unknown.length > UNKNOWN_LISTED) {
    const first = unknown.slice(0, UNKNOWN_LISTED).map((u) => `«${u.header}» (column ${u.column})`);
    problems.unshift({
      column: 0,
      header: '',
      message: `${unknown.length} unknown columns: ${first.join(', ')}, …: rename them to the documented headers (tdkt import --help), pass --ignore-column for each, or delete them`,
    });
  } else problems.unshift(...unknown);
  if (keys.some(Boolean)) {
    const given = new Set(opts.given ?? []);
    for (const c of IMPORT_COLUMNS) {
      if (c.required && headers[c.key] === undefined && !given.has(c.key)) {
        problems.push({ column: 0, header: '', message: `missing column ${c.key} («${c.vi}»): ${c.about}, e.g. ${c.example}` });
      }
    }
    if (headers.recipient_name === undefined && headers.recipient_ref === undefined) {
      problems.push({ column: 0, header: '', message: 'missing column recipient_name («Tên đối tượng», «Họ và tên» or «Tên tập thể») or recipient_ref' });
    }
  }
  const notices = ignoredOther.length
    ? [`${ignoredOther.length === 1 ? 'the column' : 'the columns'} ${ignoredOther.map((h) => `«${h}»`).join(', ')} ${ignoredOther.length === 1 ? 'is' : 'are'} not kept in the registry: ignored`]
    : [];
  return { map: { keys, headers, impliedKind }, problems, notices };
}

export function columnLabel(map: HeaderMap, key: string): string {
  return map.headers[key] ?? key;
}

/**
 * Texts of the commands demo, history, init, restore, roster, search, stats and settings, of the search
 * prompts that pick a record, of the output files' helpers, and the words these commands share.
 */
import { humanDate, humanNumber, humanTime, msg } from '../index.js';

/** Words several commands of this group use in their help. */
export const WORDS_B = {
  refOrName: msg('reference or name', 'mã hoặc tên'),
  refOrNameWords: msg('reference or words of the name', 'mã hoặc từ trong tên'),
  freeNote: msg('free note', 'ghi chú'),
  yes: msg('do not ask for confirmation (needed when not on a terminal)', 'không hỏi xác nhận (bắt buộc khi không chạy trên cửa sổ dòng lệnh)'),
  forYear: msg('for this year', 'của năm này'),
  /** A choice of a prompt: the code the options take, and its Vietnamese name. */
  choice: msg((code: string, label: string) => `${code} (${label})`, (code, label) => `${label} (${code})`),
};

/** What the search prompts of pickers.ts say. */
export const PICKER = {
  none: msg('— none —', '— không có —'),
  newRecipient: msg((name: string) => `new recipient "${name}"`, (name) => `đối tượng mới "${name}"`),
  conferredBy: msg(
    (levels: string[], labels: string[]) => `conferred by ${levels.join(', ')}`,
    (_levels, labels) => `cấp khen thưởng: ${labels.join('; ')}`,
  ),
  /** A recipient's line under its name: reference and kind. */
  recipient: msg((ref: string, kind: string, kindLabel: string) => `${ref} (${kind})`, (ref, _kind, kindLabel) => `${ref} (${kindLabel})`),
  /** A body's line under its name: reference and level. */
  body: msg((ref: string, level: string, levelLabel: string) => `${ref} (${level})`, (ref, _level, levelLabel) => `${ref} (${levelLabel})`),
};

export const DEMO = {
  optFile: msg(
    'where to build it (default: demo.sqlite beside the default registry); never your registry',
    'nơi tạo sổ mẫu (mặc định: demo.sqlite cạnh sổ mặc định); không bao giờ là sổ của bạn',
  ),
  optFormat: msg('table or md', 'table hoặc md'),
  rosterTitle: msg(
    (name: string, date: string) => `Roster: ${name} — ${humanDate(date)}`,
    (name, date) => `Danh sách khen thưởng: ${name} — ${humanDate(date)}`,
  ),
  countsTitle: msg((name: string) => `Counts: ${name}`, (name) => `Thống kê: ${name}`),
  registry: msg(
    (path: string) => `Demo registry: ${path} (rebuilt by every tdkt demo; names and numbers other than the article's are illustrative)`,
    (path) => `Sổ mẫu: ${path} (tạo lại mỗi lần chạy tdkt demo; tên và số liệu ngoài những gì bài báo nêu chỉ để minh họa)`,
  ),
  explore: msg('Explore it:', 'Xem thử:'),
};

export const FILES = {
  unknownFormat: msg(
    (path: string) => `cannot tell a format from "${path}": name it .csv, .tsv, .xlsx, .json or .ndjson, or pass --format`,
    (path) => `không xác định được định dạng từ "${path}": đặt tên tệp đuôi .csv, .tsv, .xlsx, .json hoặc .ndjson, hoặc dùng --format`,
  ),
  cannotWrite: msg((path: string, reason: string) => `cannot write ${path}: ${reason}`, (path, reason) => `không ghi được ${path}: ${reason}`),
  binary: msg(
    (what: string) => `${what} is binary: write it to a file with -o, or redirect stdout`,
    (what) => `${what} là tệp nhị phân: ghi ra tệp bằng -o, hoặc chuyển hướng stdout`,
  ),
};

export const HISTORY = {
  argRecipient: msg('reference or name (without diacritics is fine)', 'mã hoặc tên (gõ không dấu cũng được)'),
  title: msg((who: string, ref: string) => `History of ${who} [${ref}]`, (who, ref) => `Quá trình khen thưởng của ${who} [${ref}]`),
};

export const INIT = {
  exists: msg(
    (types: number) => `The registry already exists (${humanNumber(types)} award types).`,
    (types) => `Sổ đã có sẵn (${humanNumber(types)} hình thức khen thưởng).`,
  ),
  created: msg(
    (types: number) => `Created a registry with ${humanNumber(types)} award types.`,
    (types) => `Đã tạo sổ với ${humanNumber(types)} hình thức khen thưởng.`,
  ),
};

export const RESTORE = {
  argFile: msg('the backup file', 'tệp sao lưu'),
  /** A registry or backup in a few words: its audit events and its last change. */
  summary: msg(
    (events: number, lastChange: string | null) => `${humanNumber(events)} audit events, last change ${lastChange ? humanTime(lastChange) : 'never'}`,
    (events, lastChange) => `${humanNumber(events)} sự kiện trong nhật ký kiểm tra, thay đổi gần nhất ${lastChange ? humanTime(lastChange) : 'chưa có'}`,
  ),
  noRegistry: msg('no registry yet', 'chưa có sổ'),
  unreadable: msg((reason: string) => `cannot be read: ${reason}`, (reason) => `không đọc được: ${reason}`),
  verifies: msg(
    (file: string, summary: string) => `The backup ${file} verifies: ${summary}.`,
    (file, summary) => `Bản sao lưu ${file} kiểm tra hợp lệ: ${summary}.`,
  ),
  notExtending: msg(
    (difference: string) => `warning: the backup does not extend the registry's history: ${difference}.`,
    (difference) => `cảnh báo: bản sao lưu không nối tiếp lịch sử của sổ: ${difference}.`,
  ),
  needsYes: msg(
    "a backup that does not extend the registry's history is restored only with --yes",
    'bản sao lưu không nối tiếp lịch sử của sổ chỉ được khôi phục khi có --yes',
  ),
  confirm: msg(
    (path: string, current: string) => `Replace the registry ${path} (${current}) with it? The current file is kept aside.`,
    (path, current) => `Thay sổ ${path} (${current}) bằng bản sao lưu này? Tệp hiện tại được giữ lại riêng.`,
  ),
  restored: msg(
    (path: string, file: string, summary: string, replaced: string | undefined) =>
      `Restored ${path} from ${file} (${summary}).${replaced ? ` The replaced registry is kept at ${replaced}` : ''}`,
    (path, file, summary, replaced) => `Đã khôi phục ${path} từ ${file} (${summary}).${replaced ? ` Sổ bị thay được giữ tại ${replaced}` : ''}`,
  ),
  serverNotEmpty: msg(
    (path: string) => `${path} already holds a registry: on a server a backup is restored into an empty database, never over a registry in use`,
    (path) => `${path} đã có sổ: trên máy chủ, bản sao lưu được khôi phục vào một cơ sở dữ liệu trống, không bao giờ ghi đè sổ đang dùng`,
  ),
  serverNotEmptyHint: msg(
    'Create an empty database (as docs/postgres.md shows), restore into it with tdkt --db <its URL> restore <file>, check it with tdkt audit verify, then point the clerks at it.',
    'Hãy tạo một cơ sở dữ liệu trống (như docs/postgres.md hướng dẫn), khôi phục vào đó bằng tdkt --db <URL của nó> restore <tệp>, kiểm tra bằng tdkt audit verify, rồi chuyển cán bộ sang dùng nó.',
  ),
};

export const ROSTER = {
  argCeremony: msg('reference or words of its name', 'mã hoặc từ trong tên buổi lễ'),
  optIncludeRevoked: msg('also revoked lines, marked in status', 'gồm cả các dòng đã thu hồi, ghi rõ ở cột trạng thái'),
  optOutput: msg(
    'a printable roster: .docx (Word) or .xlsx (Excel), A4, landscape when wide, Vietnamese headers',
    'danh sách khen thưởng để in: .docx (Word) hoặc .xlsx (Excel), khổ A4, khổ ngang khi bảng rộng, tiêu đề tiếng Việt',
  ),
  notDocument: msg(
    (out: string) => `roster -o prints a roster to .docx or .xlsx (got "${out}"); for data files use tdkt export roster or --format`,
    (out) => `roster -o in danh sách khen thưởng ra .docx hoặc .xlsx (nhận được "${out}"); để xuất tệp dữ liệu, dùng tdkt export roster hoặc --format`,
  ),
  asTheyAre: msg(
    'roster -o prints the handed-over lines as they are: leave out --format, --json and --include-revoked',
    'roster -o in đúng các dòng đã trao tặng: bỏ --format, --json và --include-revoked',
  ),
  nothingPresented: msg(
    'nothing has been presented at this ceremony yet: add its decisions with tdkt ceremony present',
    'chưa trao tặng gì tại buổi lễ này: thêm các quyết định của buổi lễ bằng tdkt ceremony present',
  ),
  document: msg('A roster document', 'Tài liệu danh sách khen thưởng'),
  wrote: msg(
    (lines: number, groups: number, landscape: boolean, out: string) =>
      `Wrote the roster (${humanNumber(lines)} lines in ${humanNumber(groups)} groups, A4 ${landscape ? 'landscape' : 'portrait'}) to ${out}`,
    (lines, groups, landscape, out) =>
      `Đã ghi danh sách khen thưởng (${humanNumber(lines)} dòng trong ${humanNumber(groups)} nhóm, khổ A4 ${landscape ? 'ngang' : 'dọc'}) vào ${out}`,
  ),
};

export const SEARCH = {
  argWords: msg('words to find, e.g. du hang kenh', 'các từ cần tìm, ví dụ du hang kenh'),
  optLimit: msg('at most n results (default: 50)', 'tối đa n kết quả (mặc định: 50)'),
  nothing: msg((words: string) => `Nothing matches "${words}".`, (words) => `Không có kết quả nào khớp với "${words}".`),
};

export const STATS = {
  argForm: msg(
    'the form of Circular 02/2023/TT-BNV: 0602.N (state-level awards) or 0603.N (ministry and province awards)',
    'biểu mẫu của Thông tư 02/2023/TT-BNV: 0602.N (khen thưởng cấp Nhà nước) hoặc 0603.N (khen thưởng cấp bộ, tỉnh)',
  ),
  optYear: msg('decisions of this year', 'các quyết định của năm này'),
  optBody: msg('only decisions of this body', 'chỉ các quyết định của cơ quan này'),
  optOutput: msg('the form as a workbook laid out for printing and sending', 'biểu mẫu dạng tệp Excel, trình bày sẵn để in và gửi'),
  noYear: msg(
    'name the year the form reports, e.g. tdkt stats 0603.N --year 2021',
    'hãy nêu năm báo cáo của biểu, ví dụ tdkt stats 0603.N --year 2021',
  ),
  notXlsx: msg(
    (out: string) => `stats -o writes the form as a workbook: name the file .xlsx (got "${out}"); for other formats use --format`,
    (out) => `stats -o ghi biểu mẫu thành tệp Excel: đặt tên tệp đuôi .xlsx (nhận được "${out}"); định dạng khác thì dùng --format`,
  ),
  workbook: msg('A workbook', 'Tệp Excel'),
  wrote: msg(
    (form: string, year: number, counted: number, out: string) => `Wrote form ${form} for ${year} (${humanNumber(counted)} awards counted) to ${out}`,
    (form, year, counted, out) => `Đã ghi biểu ${form} năm ${year} (đếm được ${humanNumber(counted)} khen thưởng) vào ${out}`,
  ),
  excluded: msg(
    (n: number) => `Not in this form: ${humanNumber(n)} award lines of other types (collective titles and the like).`,
    (n) => `Không tính trong biểu này: ${humanNumber(n)} dòng khen thưởng thuộc hình thức khác (danh hiệu tập thể và tương tự).`,
  ),
};

export const SETTINGS_CMD = {
  getDescription: msg('print the value of a setting (empty when unset)', 'in giá trị của một thiết lập (để trống nếu chưa đặt)'),
  argKeyExample: msg('e.g. quota.cstdcs-share', 'ví dụ quota.cstdcs-share'),
  listDescription: msg('list every setting with its value here', 'liệt kê mọi thiết lập cùng giá trị của nó trong sổ này'),
  setDescription: msg((keys: string) => `set a setting (${keys})`, (keys) => `đặt một thiết lập (${keys})`),
  argKey: msg('the setting', 'thiết lập'),
  argValue: msg('its value', 'giá trị của thiết lập'),
  unsetDescription: msg('return a setting to its default', 'đưa một thiết lập về giá trị mặc định'),
  unset: msg(
    (key: string, dflt: string | number | boolean | null) => `${key} is unset (default: ${dflt ?? 'none'})`,
    (key, dflt) => `${key} không còn được đặt (mặc định: ${dflt ?? 'không có'})`,
  ),
};

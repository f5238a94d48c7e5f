/**
 * Texts of the commands that read a whole registry: check (its findings and summary), export, backup
 * and audit verify, with the columns of findings, rules, nominations and evidence.
 */
import { humanNumber, msg, plural } from '../index.js';

/** The rules run over history (src/core/checks). */
export const CHECKS = {
  noRule: msg(
    (names: string) => `No rule ${names}`,
    (names) => `Không có quy tắc ${names}`,
  ),
  rulesAre: msg(
    (ids: string) => `Rules are: ${ids} (tdkt rules)`,
    (ids) => `Các quy tắc: ${ids} (tdkt rules)`,
  ),
  notLoaded: msg(
    (id: number) => `recipient #${id} is not in the loaded facts`,
    (id) => `đối tượng #${id} không có trong dữ liệu đã nạp`,
  ),
};

/** tdkt check. */
export const CHECK = {
  optYear: msg('only findings about this achievement year', 'chỉ các phát hiện về năm thành tích này'),
  optRule: msg('run this rule only (repeatable; see tdkt rules)', 'chỉ chạy quy tắc này (lặp lại được; xem tdkt rules)'),
  optRecipient: msg(
    'only findings about this recipient (its lines, or its figures as a unit)',
    'chỉ các phát hiện về đối tượng này (các dòng khen thưởng của đối tượng, hoặc số liệu của đối tượng với tư cách đơn vị)',
  ),
  optUnit: msg(
    "only findings about this collective: its members' lines, its own lines and its figures",
    'chỉ các phát hiện về tập thể này: dòng khen thưởng của các thành viên, của chính tập thể và số liệu của tập thể',
  ),
  optSeverity: msg(
    (list: string) => `only findings of this severity: ${list} (repeatable)`,
    (list) => `chỉ các phát hiện có mức độ này: ${list} (lặp lại được)`,
  ),
  optList: msg('list the rules instead of running them (as tdkt rules)', 'liệt kê các quy tắc thay vì chạy (như tdkt rules)'),
  optAll: msg(
    'list every finding after the summary (on a terminal, the first 20 are listed)',
    'liệt kê mọi phát hiện sau phần tóm tắt (trên màn hình, chỉ liệt kê 20 phát hiện đầu)',
  ),
  optLimit: msg('list at most n findings (in their order)', 'liệt kê tối đa n phát hiện (theo thứ tự)'),
  optSummary: msg(
    'only the summary: counts per rule and severity, with the first examples (in any format)',
    'chỉ phần tóm tắt: số phát hiện theo quy tắc và mức độ, kèm các ví dụ đầu tiên (mọi định dạng)',
  ),
  badSeverity: msg(
    (list: string) => `use one of ${list}`,
    (list) => `dùng một trong các giá trị ${list}`,
  ),
  allAndLimit: msg('--all lists every finding, --limit some: give one of them', '--all liệt kê mọi phát hiện, --limit chỉ một phần: chọn một trong hai'),
  summaryAnd: msg(
    (option: string) => `--summary lists no finding: it does not go with ${option}`,
    (option) => `--summary không liệt kê phát hiện nào: không dùng cùng ${option}`,
  ),
  // Titles and notes.
  scopeYear: msg(
    (year: number) => `achievement year ${year}`,
    (year) => `năm thành tích ${year}`,
  ),
  scopeUnit: msg(
    (unit: string) => `unit ${unit}`,
    (unit) => `đơn vị ${unit}`,
  ),
  summaryTitle: msg(
    (scope: string) => `Findings by rule and severity${scope ? `: ${scope}` : ''}`,
    (scope) => `Phát hiện theo quy tắc và mức độ${scope ? `: ${scope}` : ''}`,
  ),
  findingsTitle: msg(
    (scope: string) => `Findings${scope ? `: ${scope}` : ''}`,
    (scope) => `Các phát hiện${scope ? `: ${scope}` : ''}`,
  ),
  firstListed: msg(
    (shown: number, total: number) =>
      `The first ${humanNumber(shown)} of ${humanNumber(total)} findings are listed: tdkt check --all lists every one; --rule, --severity, --year, --unit, --recipient narrow them, --limit n lists more or fewer.`,
    (shown, total) =>
      `Đã liệt kê ${humanNumber(shown)} trong số ${humanNumber(total)} phát hiện đầu tiên: tdkt check --all liệt kê tất cả; --rule, --severity, --year, --unit, --recipient thu hẹp phạm vi, --limit n liệt kê nhiều hoặc ít hơn.`,
  ),
  noneListed: msg(
    'List the findings with tdkt check --all, or some of them with --rule, --severity, --year, --unit, --recipient or --limit n.',
    'Liệt kê các phát hiện bằng tdkt check --all, hoặc một phần bằng --rule, --severity, --year, --unit, --recipient hay --limit n.',
  ),
  checked: msg(
    (lines: number, rules: number) => `${humanNumber(lines)} award ${plural(lines, 'line', 'lines')} checked by ${humanNumber(rules)} ${plural(rules, 'rule', 'rules')}`,
    (lines, rules) => `${humanNumber(lines)} dòng khen thưởng được kiểm tra theo ${humanNumber(rules)} quy tắc`,
  ),
  none: msg(
    (checked: string) => `No findings: ${checked}.`,
    (checked) => `Không có phát hiện nào: ${checked}.`,
  ),
  found: msg(
    (total: number, errors: number, warnings: number, missing: number, checked: string) =>
      `${humanNumber(total)} ${plural(total, 'finding', 'findings')} (${humanNumber(errors)} ${plural(errors, 'error', 'errors')}, ${humanNumber(warnings)} ${plural(warnings, 'warning', 'warnings')}, ${humanNumber(missing)} missing evidence); ${checked}`,
    (total, errors, warnings, missing, checked) =>
      `${humanNumber(total)} phát hiện (${humanNumber(errors)} lỗi, ${humanNumber(warnings)} cảnh báo, ${humanNumber(missing)} thiếu minh chứng); ${checked}`,
  ),
  more: msg(
    (n: number) => `… and ${humanNumber(n)} more`,
    (n) => `… và ${humanNumber(n)} phát hiện khác`,
  ),
};

/** Columns of findings, the summary and the rules table (src/cli/views/checks.ts). */
export const FINDING_COLS = {
  severity: msg('Severity', 'Mức độ'),
  rule: msg('Rule', 'Quy tắc'),
  record: msg('Record', 'Bản ghi'),
  awardId: msg('Award id', 'Mã dòng'),
  decisionRef: msg('Decision ref', 'Mã quyết định'),
  decision: msg('Decision', 'Quyết định'),
  stt: msg('STT', 'STT'),
  recipientRef: msg('Recipient ref', 'Mã đối tượng'),
  recipient: msg('Recipient', 'Đối tượng'),
  award: msg('Award', 'Hình thức'),
  year: msg('Year', 'Năm'),
  finding: msg('Finding', 'Phát hiện'),
  article: msg('Article', 'Điều khoản'),
  hint: msg('Hint', 'Gợi ý'),
  regime: msg('Regime', 'Chế độ'),
  count: msg('Findings', 'Số phát hiện'),
  examples: msg('First examples', 'Ví dụ đầu tiên'),
  firstFinding: msg('First finding', 'Phát hiện đầu tiên'),
  none: msg('No findings.', 'Không có phát hiện nào.'),
};

/** Columns of the rules table, nominations, evidence and settings (src/cli/views/checks.ts). */
export const COLS = {
  whatItChecks: msg('What it checks', 'Nội dung kiểm tra'),
  evidenceRead: msg('Evidence it reads', 'Minh chứng sử dụng'),
  refusesWrite: msg('Refuses a write', 'Chặn ghi'),
  yes: msg('yes', 'có'),
  no: msg('no', 'không'),
  noDefault: msg('no (default)', 'không (mặc định)'),
  status: msg('Status', 'Tình trạng'),
  ref: msg('Ref', 'Mã'),
  unitRef: msg('Unit ref', 'Mã đơn vị'),
  unit: msg('Unit', 'Đơn vị'),
  route: msg('Route', 'Cách đạt'),
  quotaLeft: msg('Quota places left', 'Số suất còn lại'),
  qualifies: msg('Qualifies', 'Đạt'),
  missing: msg('Missing', 'Còn thiếu'),
  kind: msg('Kind', 'Loại'),
  rating: msg('Rating', 'Mã xếp loại'),
  ratingLabel: msg('Xếp loại', 'Xếp loại'),
  note: msg('Note', 'Ghi chú'),
  id: msg('Id', 'Mã'),
  form: msg('Form', 'Mã hình thức'),
  formLabel: msg('Hình thức', 'Hình thức kỷ luật'),
  date: msg('Date', 'Ngày'),
  title: msg('Title', 'Tên sáng kiến'),
  level: msg('Level', 'Cấp'),
  levelLabel: msg('Cấp công nhận', 'Cấp công nhận'),
  recognisedBy: msg('Recognised by', 'Cơ quan công nhận'),
  collective: msg('Collective', 'Tập thể'),
  members: msg('Members', 'Số thành viên'),
  ldttDeclared: msg('LDTT (declared)', 'LDTT (kê khai)'),
  cstdcsDeclared: msg('CSTDCS (declared)', 'CSTDCS (kê khai)'),
  completedDeclared: msg('Completed (declared)', 'Hoàn thành nhiệm vụ (kê khai)'),
  inRegistry: msg('In registry', 'Trong sổ'),
  ldttRegistry: msg('LDTT (registry)', 'LDTT (theo sổ)'),
  cstdcsRegistry: msg('CSTDCS (registry)', 'CSTDCS (theo sổ)'),
  ratedRegistry: msg('Rated (registry)', 'Đã xếp loại (theo sổ)'),
  completedRegistry: msg('Completed (registry)', 'Hoàn thành nhiệm vụ (theo sổ)'),
  ldttShare: msg('LDTT %', 'Tỷ lệ LDTT %'),
  setting: msg('Setting', 'Thiết lập'),
  value: msg('Value', 'Giá trị'),
  setHere: msg('Set here', 'Đã đặt'),
  set: msg('Set', 'Đã đặt'),
  default: msg('Default', 'Mặc định'),
  meaning: msg('Meaning', 'Ý nghĩa'),
  awards: msg('Awards', 'Khen thưởng'),
  initiatives: msg('Initiatives', 'Sáng kiến'),
  discipline: msg('Discipline', 'Kỷ luật'),
};

/** A write refused by the rules (src/core/checks/refused.ts). */
export const REFUSED = {
  cannotRecord: msg(
    (type: string, recipient: string) => `Cannot record ${type} for ${recipient}`,
    (type, recipient) => `Không thể ghi ${type} cho ${recipient}`,
  ),
  refused: msg(
    (total: number, several: boolean, listed: string) =>
      `Refused: the rules of the law found ${humanNumber(total)} ${plural(total, 'problem', 'problems')} with the line${several ? 's' : ''}${listed}; nothing was written`,
    (total, several, listed) => `Bị từ chối: các quy tắc của pháp luật phát hiện ${humanNumber(total)} vấn đề ở ${several ? 'các dòng' : 'dòng'}${listed}; chưa ghi gì`,
  ),
  firstListed: msg(
    (n: number) => ` (the first ${humanNumber(n)} are listed)`,
    (n) => ` (liệt kê ${humanNumber(n)} vấn đề đầu tiên)`,
  ),
  strictHint: msg(
    'Record the missing evidence first (tdkt evidence …), or write without --strict (setting award.strict).',
    'Ghi bổ sung minh chứng còn thiếu trước (tdkt evidence …), hoặc ghi không dùng --strict (thiết lập award.strict).',
  ),
  subject: msg(
    (what: string, recipient: string | null) => `${what}${recipient ? `${what ? ' ' : ''}for ${recipient}` : ''}`,
    (what, recipient) => `${what}${recipient ? `${what ? ' ' : ''}cho ${recipient}` : ''}`,
  ),
};

/**
 * Texts of the commands that read a whole registry: check (its findings and summary), export, backup
 * and audit verify, with the columns of findings, rules, nominations and evidence.
 */
import { humanNumber, msg, plural } from '../index.js';

/**
 * Findings counted by severity, "2 errors, 0 warnings, 5 missing evidence", in each language: a part of
 * the messages that count findings (check, import), each written in one language.
 */
export const SEVERITY_COUNTS = {
  en: (errors: number, warnings: number, missing: number) =>
    `${humanNumber(errors)} ${plural(errors, 'error', 'errors')}, ${humanNumber(warnings)} ${plural(warnings, 'warning', 'warnings')}, ${humanNumber(missing)} missing evidence`,
  vi: (errors: number, warnings: number, missing: number) => `${humanNumber(errors)} lỗi, ${humanNumber(warnings)} cảnh báo, ${humanNumber(missing)} thiếu minh chứng`,
};

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
      `${humanNumber(total)} ${plural(total, 'finding', 'findings')} (${SEVERITY_COUNTS.en(errors, warnings, missing)}); ${checked}`,
    (total, errors, warnings, missing, checked) => `${humanNumber(total)} phát hiện (${SEVERITY_COUNTS.vi(errors, warnings, missing)}); ${checked}`,
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

/** What audit verify reports (src/core/trust/verify.ts); English as auditors' scripts have read it. */
export const VERIFY = {
  readFailed: msg(
    (what: string, message: string) => `reading ${what} failed: ${message}`,
    (what, message) => `không đọc được ${what}: ${message}`,
  ),
  theTrail: msg('the audit trail', 'nhật ký kiểm tra'),
  table: msg(
    (name: string) => `table ${name}`,
    (name) => `bảng ${name}`,
  ),
  noParent: msg(
    (parent: string) => `refers to a row of ${parent} that does not exist`,
    (parent) => `trỏ tới một dòng của ${parent} không tồn tại`,
  ),
  eventsMissing: msg(
    (from: number, to: number) => `${from === to ? `event #${from} is` : `events #${from}–#${to} are`} missing: removed from the audit trail`,
    (from, to) => `${from === to ? `thiếu sự kiện #${from}` : `thiếu các sự kiện #${from}–#${to}`}: đã bị xóa khỏi nhật ký kiểm tra`,
  ),
  notFollowingStart: msg(
    'does not follow the start of the chain: the trail was cut or replaced',
    'không nối tiếp điểm đầu của chuỗi: nhật ký đã bị cắt hoặc bị thay thế',
  ),
  notFollowing: msg(
    (prev: number, id: number) => `does not follow event #${prev}: #${prev} was rewritten after #${id} was written`,
    (prev, id) => `không nối tiếp sự kiện #${prev}: #${prev} đã bị viết lại sau khi #${id} được ghi`,
  ),
  hashMismatch: msg(
    'its contents do not match its hash: the event was changed after it was written',
    'nội dung không khớp với mã băm: sự kiện đã bị sửa sau khi được ghi',
  ),
  badTime: msg(
    (at: string) => `its time ${at} is not a time tdkt writes (an ISO instant such as 2026-03-01T08:00:00.000Z)`,
    (at) => `thời điểm ${at} không phải thời điểm tdkt ghi (một thời điểm ISO, ví dụ 2026-03-01T08:00:00.000Z)`,
  ),
  timeBackwards: msg(
    (at: string, prev: number, prevAt: string) => `was written at ${at}, before event #${prev} (${prevAt}): time in the audit trail only moves forward`,
    (at, prev, prevAt) => `được ghi lúc ${at}, trước sự kiện #${prev} (${prevAt}): thời gian trong nhật ký kiểm tra chỉ đi tới`,
  ),
  anchorMismatch: msg(
    (hash: string, noted: string, source: string) => `its hash is ${hash}…, not the ${noted}… noted${source}: history up to it was rewritten`,
    (hash, noted, source) => `mã băm là ${hash}…, không phải ${noted}… đã ghi nhận${source}: lịch sử tới sự kiện này đã bị viết lại`,
  ),
  lastRemoved: msg(
    (from: number, to: number) => `the last ${from === to ? `event #${to} was` : `events #${from}–#${to} were`} removed from the audit trail`,
    (from, to) => `${from === to ? `sự kiện cuối #${to}` : `các sự kiện cuối #${from}–#${to}`} đã bị xóa khỏi nhật ký kiểm tra`,
  ),
  anchorBeyond: msg(
    (noted: string, last: number) => `was noted${noted}, but the audit trail ends at event #${last}: the last events were removed`,
    (noted, last) => `đã được ghi nhận${noted}, nhưng nhật ký kiểm tra kết thúc ở sự kiện #${last}: các sự kiện cuối đã bị xóa`,
  ),
  anchorGone: msg(
    (noted: string) => `the event noted${noted} is no longer in the audit trail`,
    (noted) => `sự kiện đã ghi nhận${noted} không còn trong nhật ký kiểm tra`,
  ),
  rangeWithoutDigests: msg(
    (entity: string, first: number, last: number) => `records ${entity} #${first}–#${last} but does not list one digest for each of them`,
    (entity, first, last) => `ghi nhận ${entity} #${first}–#${last} nhưng không liệt kê mỗi dòng một mã băm`,
  ),
  noEvent: msg(
    "no audit event records this row: it was inserted behind tdkt's back",
    'không sự kiện nào của nhật ký kiểm tra ghi nhận dòng này: dòng đã được chèn vào ngoài tdkt',
  ),
  lowerId: msg(
    (first: number, laterRow: number, laterFirst: number) =>
      `was first recorded by event #${first}, after #${laterRow} (event #${laterFirst}), which has a higher id: ids only grow, so it was written with a lower id behind tdkt's back`,
    (first, laterRow, laterFirst) =>
      `được ghi nhận lần đầu ở sự kiện #${first}, sau #${laterRow} (sự kiện #${laterFirst}) là dòng có mã lớn hơn: mã chỉ tăng dần, nên dòng này đã được ghi với mã nhỏ hơn ngoài tdkt`,
  ),
  digestDiffers: msg(
    (event: number) =>
      `differs from event #${event}, which recorded it last as a digest of its values (as import records the rows it creates): a value was changed; compare the row with the imported file or a backup to see which`,
    (event) =>
      `khác với sự kiện #${event}, nơi ghi nhận dòng lần cuối bằng mã băm các giá trị (như lệnh nhập ghi nhận các dòng nó tạo): một giá trị đã bị sửa; so dòng với tệp đã nhập hoặc một bản sao lưu để biết giá trị nào`,
  ),
  recordedRemoved: msg(
    (event: number) => `event #${event} records it as removed, yet the row is there`,
    (event) => `sự kiện #${event} ghi nhận dòng đã bị xóa, nhưng dòng vẫn còn`,
  ),
  differs: msg(
    (event: number, what: string) => `differs from event #${event}, which recorded it last: ${what}`,
    (event, what) => `khác với sự kiện #${event}, nơi ghi nhận dòng lần cuối: ${what}`,
  ),
  gone: msg(
    (event: number) => `the row recorded by event #${event} is gone: it was deleted behind tdkt's back`,
    (event) => `dòng được sự kiện #${event} ghi nhận không còn: dòng đã bị xóa ngoài tdkt`,
  ),
  endRemoved: msg(
    (entity: string, from: number, to: number) =>
      `${from === to ? `${entity} #${to} was` : `${entity} #${from}–#${to} were`} created and is no longer there: rows at the end of the table were removed`,
    (entity, from, to) => `${from === to ? `${entity} #${to}` : `${entity} #${from}–#${to}`} đã được tạo nhưng không còn: các dòng cuối bảng đã bị xóa`,
  ),
  valueClass: msg(
    (column: string, cls: string, shown: string, want: string) => `${column} holds ${article(cls)} ${cls} (${shown}), not ${article(want)} ${want}`,
    (column, cls, shown, want) => `${column} chứa giá trị kiểu ${cls} (${shown}), không phải kiểu ${want}`,
  ),
  valueRange: msg(
    (column: string, shown: string, range: string) => `${column} is ${shown}, outside what tdkt writes (${range})`,
    (column, shown, range) => `${column} là ${shown}, ngoài phạm vi tdkt ghi (${range})`,
  ),
  behindBack: msg(
    (what: string) => `${what}: no tdkt command writes this; it was written behind tdkt's back`,
    (what) => `${what}: không lệnh nào của tdkt ghi như vậy; đã được ghi ngoài tdkt`,
  ),
  notJson: msg('the recorded image is not valid JSON', 'bản ghi nhận không phải JSON hợp lệ'),
  notRecorded: msg(
    (key: string, found: string) => `${key}: not recorded, found ${found}`,
    (key, found) => `${key}: không được ghi nhận, hiện là ${found}`,
  ),
  columnGone: msg(
    (key: string, recorded: string) => `${key}: recorded ${recorded}, column gone`,
    (key, recorded) => `${key}: đã ghi nhận ${recorded}, cột không còn`,
  ),
  changed: msg(
    (key: string, recorded: string, found: string) => `${key}: recorded ${recorded}, found ${found}`,
    (key, recorded, found) => `${key}: đã ghi nhận ${recorded}, hiện là ${found}`,
  ),
  schemaMissing: msg("is missing: it was dropped behind tdkt's back", 'không còn: đã bị xóa ngoài tdkt'),
  schemaDiffers: msg('differs from the one tdkt creates', 'khác với định nghĩa tdkt tạo'),
  schemaAdded: msg("was added behind tdkt's back", 'đã được thêm vào ngoài tdkt'),
  triggerDisabled: msg(
    "is disabled: it refuses nothing until it is enabled again (it was disabled behind tdkt's back)",
    'đang bị tắt: không chặn được gì cho tới khi được bật lại (đã bị tắt ngoài tdkt)',
  ),
  foreignKeysDisabled: msg(
    "has its foreign-key triggers disabled: its references are not enforced (they were disabled behind tdkt's back)",
    'có các trigger khóa ngoại đang bị tắt: các tham chiếu không còn được bảo đảm (đã bị tắt ngoài tdkt)',
  ),
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** tdkt audit verify. */
export const AUDIT_VERIFY = {
  description: msg(
    'verify the registry: audit hash chain, every row against its last audit event, schema, SQLite integrity and foreign keys; exit 3 on any problem',
    'kiểm tra sổ: chuỗi mã băm của nhật ký kiểm tra, mọi dòng so với sự kiện cuối cùng của nó, lược đồ, tính toàn vẹn SQLite và khóa ngoại; thoát với mã 3 khi có vấn đề',
  ),
  optAnchor: msg(
    'also prove that history up to an event noted earlier is unchanged, e.g. 612:3f2a9c01 (repeatable)',
    'chứng minh thêm rằng lịch sử đến một sự kiện đã ghi nhận trước đó không đổi, ví dụ 612:3f2a9c01 (lặp lại được)',
  ),
  optAnchors: msg(
    'check every head noted in this anchors file (default: <registry>.anchors, or TDKT_ANCHORS, when it exists)',
    'kiểm tra mọi điểm mốc ghi trong tệp mốc này (mặc định: <sổ>.anchors, hoặc TDKT_ANCHORS, nếu có)',
  ),
  optQuick: msg('SQLite quick_check instead of the full integrity_check (large files)', 'dùng quick_check của SQLite thay cho integrity_check đầy đủ (tệp lớn)'),
  badAnchor: msg(
    (text: string) => `--anchor "${text}" is not <event id>:<hash>: expected e.g. 612:3f2a9c01 (at least 8 hex digits of the hash)`,
    (text) => `--anchor "${text}" không có dạng <mã sự kiện>:<mã băm>: ví dụ 612:3f2a9c01 (ít nhất 8 chữ số hệ 16 của mã băm)`,
  ),
  noAnchorsFile: msg(
    (path: string) => `no anchors file "${path}"`,
    (path) => `không có tệp mốc "${path}"`,
  ),
  found: msg(
    (n: number, more: number, where: string, message: string) =>
      `audit verify found ${humanNumber(n)} ${plural(n, 'problem', 'problems')}${more ? ` (${humanNumber(more)} more not listed)` : ''}; the first: ${where}: ${message}`,
    (n, more, where, message) => `audit verify phát hiện ${humanNumber(n)} vấn đề${more ? ` (${humanNumber(more)} vấn đề khác không liệt kê)` : ''}; vấn đề đầu tiên: ${where}: ${message}`,
  ),
  verified: msg(
    (events: number, rows: number, version: number, quick: boolean) =>
      `Verified ${humanNumber(events)} audit events and ${humanNumber(rows)} records: the hash chain is intact, every record matches its last event, ` +
      `the schema is tdkt's (version ${version}), SQLite ${quick ? 'quick check' : 'integrity'} and foreign keys are sound.`,
    (events, rows, version, quick) =>
      `Đã kiểm tra ${humanNumber(events)} sự kiện của nhật ký và ${humanNumber(rows)} bản ghi: chuỗi mã băm nguyên vẹn, mọi bản ghi khớp với sự kiện cuối cùng của nó, ` +
      `lược đồ đúng của tdkt (phiên bản ${version}), ${quick ? 'kiểm tra nhanh' : 'tính toàn vẹn'} SQLite và khóa ngoại đều ổn.`,
  ),
  /** On PostgreSQL: the server keeps its pages and enforces the foreign keys itself. */
  verifiedPostgres: msg(
    (events: number, rows: number, version: number) =>
      `Verified ${humanNumber(events)} audit events and ${humanNumber(rows)} records: the hash chain is intact, every record matches its last event, ` +
      `the schema is tdkt's (version ${version}) with its refusal triggers and value checks in place (PostgreSQL).`,
    (events, rows, version) =>
      `Đã kiểm tra ${humanNumber(events)} sự kiện của nhật ký và ${humanNumber(rows)} bản ghi: chuỗi mã băm nguyên vẹn, mọi bản ghi khớp với sự kiện cuối cùng của nó, ` +
      `lược đồ đúng của tdkt (phiên bản ${version}), các trigger chặn sửa xóa và ràng buộc giá trị đều còn nguyên (PostgreSQL).`,
  ),
  head: msg(
    (id: number, hash: string, short: string) => `Head: event #${id} ${hash} (note it, then later: tdkt audit verify --anchor ${id}:${short})`,
    (id, hash, short) => `Điểm đầu: sự kiện #${id} ${hash} (ghi lại, sau này kiểm tra bằng: tdkt audit verify --anchor ${id}:${short})`,
  ),
  anchors: msg(
    (n: number, fromFile: number, file: string) => `Anchors: ${humanNumber(n)} noted heads match the trail${fromFile ? ` (${humanNumber(fromFile)} from ${file})` : ''}.`,
    (n, fromFile, file) => `Điểm mốc: ${humanNumber(n)} điểm đã ghi nhận khớp với nhật ký${fromFile ? ` (${humanNumber(fromFile)} điểm từ ${file})` : ''}.`,
  ),
};

/** tdkt backup and restore (src/core/trust/backup.ts, src/cli/commands/backup.ts). */
export const BACKUP = {
  argFile: msg('the backup file to create', 'tệp sao lưu cần tạo'),
  optForce: msg('replace the file if it exists', 'ghi đè tệp nếu đã có'),
  itself: msg('The backup cannot be the registry itself', 'Bản sao lưu không thể là chính sổ'),
  itselfHint: msg('Give another file name.', 'Hãy chọn tên tệp khác.'),
  cannotWrite: msg(
    (dest: string, message: string) => `Cannot write the backup ${dest}: ${message}`,
    (dest, message) => `Không ghi được bản sao lưu ${dest}: ${message}`,
  ),
  cannotWriteHint: msg('Check that its folder is writable and has space; nothing was written.', 'Kiểm tra thư mục có quyền ghi và còn chỗ trống; chưa ghi gì.'),
  notWhole: msg(
    (bytes: number, pages: number, pageSize: number) => `the file has ${humanNumber(bytes)} bytes, not the ${humanNumber(pages)} pages of ${humanNumber(pageSize)} bytes it declares: it is cut short`,
    (bytes, pages, pageSize) => `tệp có ${humanNumber(bytes)} byte, không phải ${humanNumber(pages)} trang × ${humanNumber(pageSize)} byte như khai báo: tệp bị cắt cụt`,
  ),
  otherHead: msg(
    (have: string, want: string) => `the copy's last audit event is ${have}, the registry's ${want}`,
    (have, want) => `sự kiện cuối của nhật ký trong bản sao là ${have}, của sổ là ${want}`,
  ),
  otherRows: msg(
    (have: string, want: string) => `the copy holds ${have} (rows, last id), the registry ${want}`,
    (have, want) => `bản sao có ${have} (số dòng, mã cuối), sổ có ${want}`,
  ),
  unreadable: msg(
    (message: string) => `SQLite cannot read it: ${message}`,
    (message) => `SQLite không đọc được: ${message}`,
  ),
  copyUnsound: msg(
    (dest: string) => `The copy written for ${dest} is not sound; it was not kept`,
    (dest) => `Bản sao ghi cho ${dest} không nguyên vẹn; đã không giữ lại`,
  ),
  copyUnsoundHint: msg(
    'Check the disk or medium it was written to, then back up again.',
    'Kiểm tra ổ đĩa hoặc thiết bị lưu trữ được ghi vào, rồi sao lưu lại.',
  ),
  backedUp: msg(
    (path: string, file: string, bytes: number, schema: number, events: number, head: string) =>
      `Backed up ${path} to ${file}: ${bytes} bytes, schema ${schema}, ${humanNumber(events)} audit events${head ? `, head event ${head}` : ''}.`,
    (path, file, bytes, schema, events, head) =>
      `Đã sao lưu ${path} vào ${file}: ${humanNumber(bytes)} byte, lược đồ ${schema}, ${humanNumber(events)} sự kiện của nhật ký${head ? `, sự kiện cuối ${head}` : ''}.`,
  ),
  bytesDiffer: msg(
    (at: number) => `read back, the copy differs from the registry file from byte ${humanNumber(at)} on`,
    (at) => `khi đọc lại, bản sao khác tệp sổ từ byte thứ ${humanNumber(at)}`,
  ),
  checkedBytes: msg(
    (bytes: number) => `The copy was read back and is the registry file byte for byte (${humanNumber(bytes)} bytes); tdkt audit verify checks the history itself.`,
    (bytes) => `Bản sao đã được đọc lại và trùng khớp từng byte với tệp sổ (${humanNumber(bytes)} byte); tdkt audit verify kiểm tra chính lịch sử đó.`,
  ),
  checkedCopy: msg(
    (pages: number, tables: number) =>
      `The copy is whole, SQLite's quick check read its ${humanNumber(pages)} pages as sound, and it holds the registry's audit head and rows of ${humanNumber(tables)} tables; tdkt audit verify checks the history itself.`,
    (pages, tables) =>
      `Bản sao đầy đủ, kiểm tra nhanh của SQLite đọc ${humanNumber(pages)} trang đều ổn, và bản sao có cùng sự kiện cuối của nhật ký và các dòng của ${humanNumber(tables)} bảng như sổ; tdkt audit verify kiểm tra chính lịch sử đó.`,
  ),
  noBackup: msg(
    (source: string) => `No backup at ${source}`,
    (source) => `Không có bản sao lưu tại ${source}`,
  ),
  backupFails: msg(
    (source: string, n: number) => `The backup ${source} fails verification (${humanNumber(n)} ${plural(n, 'problem', 'problems')}); nothing was restored`,
    (source, n) => `Bản sao lưu ${source} không qua được kiểm tra (${humanNumber(n)} vấn đề); chưa khôi phục gì`,
  ),
  seeEvery: msg(
    (source: string) => `See every problem with: tdkt --db ${source} --read-only audit verify`,
    (source) => `Xem mọi vấn đề bằng: tdkt --db ${source} --read-only audit verify`,
  ),
  isRegistry: msg('The backup is the registry itself', 'Bản sao lưu chính là sổ'),
  isRegistryHint: msg('Give the path of a backup file.', 'Hãy cho đường dẫn của một tệp sao lưu.'),
  restoredFails: msg(
    (target: string) => `The restored registry ${target} fails verification`,
    (target) => `Sổ vừa khôi phục ${target} không qua được kiểm tra`,
  ),
  replacedKept: msg(
    (path: string) => `The file it replaced is kept at ${path}.`,
    (path) => `Tệp bị thay thế được giữ tại ${path}.`,
  ),
  endsBefore: msg(
    (last: number, head: number) => `the backup's history ends at event #${last}, before the registry's head (event #${head}): restoring it drops the changes since`,
    (last, head) => `lịch sử của bản sao lưu kết thúc ở sự kiện #${last}, trước sự kiện cuối của sổ (sự kiện #${head}): khôi phục sẽ bỏ mất các thay đổi từ đó`,
  ),
  differsAt: msg(
    (head: number) => `event #${head} differs between the backup and the registry: the backup is another registry, or a rewritten history`,
    (head) => `sự kiện #${head} khác nhau giữa bản sao lưu và sổ: bản sao lưu là của một sổ khác, hoặc lịch sử đã bị viết lại`,
  ),
};

/** tdkt export. */
export const EXPORT = {
  optOutput: msg(
    'write to this file (default: stdout); a CSV file starts with a UTF-8 byte order mark so that Excel opens it right, stdout stays plain for pipes',
    'ghi vào tệp này (mặc định: đầu ra chuẩn); tệp CSV bắt đầu bằng dấu BOM UTF-8 để Excel mở đúng, đầu ra chuẩn giữ nguyên cho đường ống',
  ),
  optFormat: msg("file format (default: from the file's extension, else csv)", 'định dạng tệp (mặc định: theo phần mở rộng của tệp, nếu không thì csv)'),
  optExcel: msg('CSV for Excel on stdout too: a UTF-8 byte order mark and CRLF line ends', 'CSV cho Excel cả trên đầu ra chuẩn: dấu BOM UTF-8 và xuống dòng CRLF'),
  awards: msg(
    'award lines in the import layout (an export imports again as it is), filtered like award list',
    'các dòng khen thưởng theo mẫu nhập (tệp xuất nhập lại được nguyên như vậy), lọc như award list',
  ),
  awardsRevoked: msg('also revoked, stripped and voided lines, with a status column', 'cả các dòng đã thu hồi, tước hoặc hủy, kèm cột trạng thái'),
  recipients: msg('recipients: collectives, individuals and households', 'đối tượng: tập thể, cá nhân và hộ gia đình'),
  optKind: msg('only this kind', 'chỉ loại này'),
  optUnit: msg('only members of this collective (reference or name)', 'chỉ thành viên của tập thể này (mã hoặc tên)'),
  roster: msg(
    'the roster of a ceremony, in order of precedence (XLSX: one sheet per section)',
    'danh sách khen thưởng của một buổi lễ, theo thứ tự trang trọng (XLSX: mỗi phần một trang tính)',
  ),
  argCeremony: msg('reference or words of its name', 'mã hoặc các từ trong tên'),
  rosterRevoked: msg('also revoked lines, marked in status', 'cả các dòng đã thu hồi, ghi ở cột trạng thái'),
  counts: msg('counts per award type and level: of a ceremony, or of a year', 'thống kê theo hình thức khen thưởng và cấp: của một buổi lễ, hoặc của một năm'),
  optYear: msg('decisions of this year (instead of a ceremony)', 'các quyết định của năm này (thay cho buổi lễ)'),
  optBody: msg('only decisions of this body', 'chỉ các quyết định của cơ quan này'),
  optLevel: msg('only decisions of bodies at this level', 'chỉ các quyết định của cơ quan ở cấp này'),
  countsRevoked: msg('count revoked lines too', 'tính cả các dòng đã thu hồi'),
  countsNeeds: msg('name a ceremony, or pass --year, e.g. tdkt export counts --year 2021', 'hãy nêu một buổi lễ, hoặc dùng --year, ví dụ tdkt export counts --year 2021'),
  certificates: msg(
    'the fields printed on certificate blanks, one row per award line, with the register number (số sổ) given on first export',
    'các trường in trên phôi bằng, mỗi dòng khen thưởng một hàng, kèm số sổ được cấp ở lần xuất đầu tiên',
  ),
  argTarget: msg(
    'a decision (reference or number) or a ceremony (reference or words of its name)',
    'một quyết định (mã hoặc số) hoặc một buổi lễ (mã hoặc các từ trong tên)',
  ),
  certificatesFormat: msg(
    (format: string) => `certificates are written to .xlsx or .csv (for Word mail merge), not ${format}`,
    (format) => `phôi bằng được ghi ra .xlsx hoặc .csv (để trộn thư trong Word), không phải ${format}`,
  ),
  registerNumbers: msg(
    (n: number, target: string) => `Gave register numbers to ${humanNumber(n)} lines of ${target}`,
    (n, target) => `Đã cấp số sổ cho ${humanNumber(n)} dòng của ${target}`,
  ),
  excelForCsv: msg('--excel is for CSV files', '--excel chỉ dùng cho tệp CSV'),
  xlsxBinary: msg('an XLSX workbook is binary: write it to a file with -o, or redirect stdout', 'tệp XLSX là tệp nhị phân: ghi ra tệp bằng -o, hoặc chuyển hướng đầu ra chuẩn'),
  wrote: msg(
    (n: number, file: string) => `Wrote ${humanNumber(n)} rows to ${file}`,
    (n, file) => `Đã ghi ${humanNumber(n)} dòng vào ${file}`,
  ),
};

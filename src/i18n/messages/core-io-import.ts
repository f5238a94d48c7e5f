/**
 * The import's texts (src/core/import): where a problem is (file, row, column, field, sheet), what is
 * wrong and how to fix it. The Vietnamese headers an import recognises are data of
 * src/core/import/columns.ts, not messages.
 */
import { humanNumber, msg } from '../index.js';

/** Where a problem is in the file. */
export const IMPORT_WHERE = {
  row: msg((row: number) => `row ${row}`, (row) => `dòng ${row}`),
  rowColumn: msg((row: number, column: number) => `row ${row}, column ${column}`, (row, column) => `dòng ${row}, cột ${column}`),
  rowHeader: msg((row: number, header: string) => `row ${row}, column «${header}»`, (row, header) => `dòng ${row}, cột «${header}»`),
  /** A JSON record's field: "line 4, field «x»". */
  field: msg((seen: string, header: string) => `${seen}, field «${header}»`, (seen, header) => `${seen}, trường «${header}»`),
  /** An NDJSON record. */
  line: msg((line: number) => `line ${line}`, (line) => `dòng ${line}`),
  /** An element of a JSON array. */
  element: msg((n: number) => `element ${n}`, (n) => `phần tử ${n}`),
};

/** What each column of an import file holds (the template's instructions sheet, and the messages about an empty or missing column). */
export const IMPORT_COLUMN_ABOUT = {
  line_no: msg("number of the line in the decision's annex", 'số thứ tự của dòng trong phụ lục kèm theo quyết định'),
  decision_number: msg('number and symbol of the decision', 'số, ký hiệu của quyết định'),
  decision_date: msg('date the decision was signed: DD/MM/YYYY or YYYY-MM-DD', 'ngày ký quyết định: DD/MM/YYYY hoặc YYYY-MM-DD'),
  issuing_body: msg('body that signed the decision: its reference or its name', 'cơ quan ban hành quyết định: mã hoặc tên cơ quan'),
  award_type: msg('award type: its code or its Vietnamese name', 'hình thức khen thưởng: mã hoặc tên tiếng Việt'),
  recipient_kind: msg(
    'tập thể, cá nhân, hộ gia đình (or collective, individual, household); needed to create a recipient',
    'tập thể, cá nhân, hộ gia đình (hoặc collective, individual, household); cần có để tạo đối tượng mới',
  ),
  recipient_name: msg('name of the collective, person or household', 'tên tập thể, cá nhân hoặc hộ gia đình'),
  unit: msg(
    'unit a person (or a sub-collective) belongs to, as printed on the line: its reference or its name',
    'đơn vị của cá nhân (hoặc của tập thể trực thuộc), như in trên dòng: mã hoặc tên đơn vị',
  ),
  position: msg('position of a person, as printed on the line', 'chức vụ của cá nhân, như in trên dòng'),
  achievement_period: msg('a year or a range of years', 'một năm hoặc một khoảng năm'),
  achievement: msg('achievement text printed on the certificate', 'nội dung thành tích in trên bằng, giấy khen'),
  commendation_kind: msg('công trạng, đột xuất, chuyên đề, … (default: công trạng / regular)', 'công trạng, đột xuất, chuyên đề, … (mặc định: công trạng)'),
  ceremony: msg('ceremony where the award is handed over: its reference or its name', 'buổi lễ trao tặng: mã hoặc tên buổi lễ'),
  decision_ref: msg('reference of the decision (matched, or given to a new one)', 'mã quyết định (để đối chiếu, hoặc đặt cho quyết định mới)'),
  body_ref: msg('reference of the issuing body (matched, or given to a new one)', 'mã cơ quan ban hành (để đối chiếu, hoặc đặt cho cơ quan mới)'),
  body_level: msg(
    'level of the issuing body (state, government, province, district, commune, unit); needed to create the body',
    'cấp của cơ quan ban hành (state, government, province, district, commune, unit); cần có để tạo cơ quan mới',
  ),
  body_abbr: msg(
    'abbreviation of a new body in decision symbols (default: taken from the decision number)',
    'chữ viết tắt của cơ quan mới trong ký hiệu quyết định (mặc định: lấy từ số quyết định)',
  ),
  signer_name: msg('who signed the decision (used when the decision is created)', 'người ký quyết định (dùng khi tạo quyết định mới)'),
  signer_capacity: msg(
    'CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, … (used when the decision is created)',
    'CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, … (dùng khi tạo quyết định mới)',
  ),
  decision_summary: msg('summary of the decision (used when the decision is created)', 'trích yếu của quyết định (dùng khi tạo quyết định mới)'),
  recipient_ref: msg('reference of the recipient (matched, or given to a new one)', 'mã đối tượng (để đối chiếu, hoặc đặt cho đối tượng mới)'),
  unit_ref: msg('reference of the unit (matched, or given to a new one)', 'mã đơn vị (để đối chiếu, hoặc đặt cho đơn vị mới)'),
  ceremony_ref: msg('reference of the ceremony (matched, or given to a new one)', 'mã buổi lễ (để đối chiếu, hoặc đặt cho buổi lễ mới)'),
  ceremony_date: msg('date of a new ceremony', 'ngày tổ chức buổi lễ mới'),
  ceremony_place: msg('place of a new ceremony', 'địa điểm tổ chức buổi lễ mới'),
  ceremony_organiser: msg('body organising a new ceremony: its reference or its name', 'cơ quan tổ chức buổi lễ mới: mã hoặc tên cơ quan'),
  note: msg('free note on the award line', 'ghi chú tự do cho dòng khen thưởng'),
  status: msg('written by export --include-revoked; only active lines can be imported', 'do export --include-revoked ghi; chỉ nhập được các dòng còn hiệu lực'),
  rating: msg(
    'rating for the year: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ (or excellent, good, completed, failed)',
    'xếp loại của năm: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ (hoặc excellent, good, completed, failed)',
  ),
  discipline: msg(
    'disciplinary measure in the year: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc',
    'hình thức kỷ luật trong năm: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc',
  ),
  discipline_date: msg('date of the disciplinary decision', 'ngày của quyết định kỷ luật'),
  discipline_decision: msg('number of the disciplinary decision, as printed', 'số của quyết định kỷ luật, như ghi trên quyết định'),
  initiative: msg('title of an initiative or science work recognised in the year', 'tên sáng kiến hoặc đề tài khoa học được công nhận trong năm'),
  initiative_level: msg(
    'reach of its recognition: cơ sở (default), tỉnh, toàn quốc (or grassroots, province, national)',
    'phạm vi công nhận: cơ sở (mặc định), tỉnh, toàn quốc (hoặc grassroots, province, national)',
  ),
  member_count: msg("a collective's number of members in the year", 'số thành viên của tập thể trong năm'),
  ldtt_count: msg('of them, how many are Lao động tiên tiến (default: from the registry)', 'trong đó, số đạt Lao động tiên tiến (mặc định: theo sổ)'),
  cstdcs_count: msg('of them, how many are Chiến sĩ thi đua cơ sở (default: from the registry)', 'trong đó, số đạt Chiến sĩ thi đua cơ sở (mặc định: theo sổ)'),
  completed_count: msg('of them, how many completed their duties (default: from the registry)', 'trong đó, số hoàn thành nhiệm vụ (mặc định: theo sổ)'),
};

/** The header row: unknown, doubled, missing or ignored columns. */
export const IMPORT_HEADER = {
  unknownColumn: msg(
    (text: string) => `unknown column «${text}»: rename it to one of the documented headers (tdkt import --help), pass --ignore-column "${text}", or delete it`,
    (text) => `cột «${text}» không có trong mẫu: đổi tên cột theo một tiêu đề trong hướng dẫn (tdkt import --help), dùng --ignore-column "${text}", hoặc xóa cột này`,
  ),
  sameColumn: msg(
    (text: string, other: string, key: string) => `«${text}» names the same column as «${other}» (${key}): keep one of them`,
    (text, other, key) => `«${text}» trùng cột với «${other}» (${key}): chỉ giữ một trong hai cột`,
  ),
  /** One unknown column in the list of many: «header» (column 7). */
  unknownListed: msg((header: string, column: number) => `«${header}» (column ${column})`, (header, column) => `«${header}» (cột ${column})`),
  unknownMany: msg(
    (n: number, first: string) =>
      `${humanNumber(n)} unknown columns: ${first}, …: rename them to the documented headers (tdkt import --help), pass --ignore-column for each, or delete them`,
    (n, first) =>
      `${humanNumber(n)} cột không có trong mẫu: ${first}, …: đổi tên các cột theo tiêu đề trong hướng dẫn (tdkt import --help), dùng --ignore-column cho từng cột, hoặc xóa các cột đó`,
  ),
  missingColumn: msg(
    (key: string, vi: string, about: string, example: string) => `missing column ${key} («${vi}»): ${about}, e.g. ${example}`,
    (key, vi, about, example) => `thiếu cột ${key} («${vi}»): ${about}, ví dụ ${example}`,
  ),
  missingName: msg(
    'missing column recipient_name («Tên đối tượng», «Họ và tên» or «Tên tập thể») or recipient_ref',
    'thiếu cột recipient_name («Tên đối tượng», «Họ và tên» hoặc «Tên tập thể») hoặc recipient_ref',
  ),
  /** Columns of an annex the registry does not keep (gender, birth year, …), listed as «A», «B». */
  notKept: msg(
    (n: number, list: string) => `${n === 1 ? 'the column' : 'the columns'} ${list} ${n === 1 ? 'is' : 'are'} not kept in the registry: ignored`,
    (n, list) => `${n === 1 ? 'cột' : 'các cột'} ${list} không được lưu trong sổ: đã bỏ qua`,
  ),
  fieldUnreadable: msg((name: string) => `${name}: a field cannot be read; nothing was imported`, (name) => `${name}: có trường không đọc được; không có gì được nhập`),
  acceptedFields: msg(
    (keys: string) => `Accepted fields: ${keys} (or their Vietnamese headers; see tdkt import --help).`,
    (keys) => `Các trường được nhận: ${keys} (hoặc tiêu đề tiếng Việt tương ứng; xem tdkt import --help).`,
  ),
  notFound: msg(
    (name: string, n: number) => `${name} has no header row naming the columns (looked at the first ${n} non-empty rows)`,
    (name, n) => `${name} không có dòng tiêu đề ghi tên các cột (đã xem ${n} dòng có dữ liệu đầu tiên)`,
  ),
  notFoundHint: msg(
    'The first row must name the columns, e.g. "Số quyết định", "Ngày quyết định", "Họ và tên"; see tdkt import --template csv.',
    'Dòng đầu tiên phải ghi tên các cột, ví dụ "Số quyết định", "Ngày quyết định", "Họ và tên"; xem tdkt import --template csv.',
  ),
  unreadable: msg(
    (name: string) => `${name}: the header row cannot be read; nothing was imported`,
    (name) => `${name}: không đọc được dòng tiêu đề; không có gì được nhập`,
  ),
  acceptedColumns: msg(
    (keys: string) => `Accepted columns: ${keys} (or their Vietnamese headers; see tdkt import --help).`,
    (keys) => `Các cột được nhận: ${keys} (hoặc tiêu đề tiếng Việt tương ứng; xem tdkt import --help).`,
  ),
};

/** The checks of one row's cells (src/core/import/row.ts): each message follows the column it is about. */
export const IMPORT_CELL = {
  empty: msg(
    (about: string, example: string) => `is empty: expected the ${about}, e.g. ${example}`,
    (about, example) => `đang để trống: cần ghi ${about}, ví dụ ${example}`,
  ),
  dateWithoutDiscipline: msg(
    'goes with a discipline: give its form in the discipline column, or leave the date empty',
    'đi kèm một hình thức kỷ luật: hãy ghi hình thức kỷ luật ở cột discipline, hoặc để trống ngày',
  ),
  decisionWithoutDiscipline: msg(
    'goes with a discipline: give its form in the discipline column, or leave the decision empty',
    'đi kèm một hình thức kỷ luật: hãy ghi hình thức kỷ luật ở cột discipline, hoặc để trống số quyết định',
  ),
  levelWithoutInitiative: msg(
    'goes with an initiative: give its title in the initiative column, or leave the level empty',
    'đi kèm một sáng kiến: hãy ghi tên sáng kiến ở cột initiative, hoặc để trống cấp công nhận',
  ),
  memberCountNeeded: msg(
    'is needed with ldtt_count, cstdcs_count or completed_count: give the number of members, e.g. 25',
    'cần có khi ghi ldtt_count, cstdcs_count hoặc completed_count: hãy ghi số thành viên, ví dụ 25',
  ),
  moreThanMembers: msg(
    (n: number, members: number) => `${humanNumber(n)} is more than the ${humanNumber(members)} members`,
    (n, members) => `${humanNumber(n)} lớn hơn số thành viên (${humanNumber(members)})`,
  ),
  lineNo: msg(
    (s: string) => `"${s}" is not a line number: expected a whole number from 1, e.g. 12`,
    (s) => `"${s}" không phải số thứ tự: cần một số nguyên từ 1 trở lên, ví dụ 12`,
  ),
  recipientKind: msg(
    (s: string, codes: string) => `"${s}" is not a recipient kind: expected ${codes} (or tập thể, cá nhân, hộ gia đình)`,
    (s, codes) => `"${s}" không phải loại đối tượng: cần tập thể, cá nhân, hộ gia đình (hoặc ${codes})`,
  ),
  commendationKind: msg(
    (s: string, codes: string) => `"${s}" is not a kind of commendation: expected ${codes} (or công trạng, đột xuất, chuyên đề, …)`,
    (s, codes) => `"${s}" không phải loại hình khen thưởng: cần công trạng, đột xuất, chuyên đề, … (hoặc ${codes})`,
  ),
  level: msg(
    (s: string, codes: string) => `"${s}" is not a level: expected ${codes} (or cấp tỉnh, cấp huyện, cấp xã, …)`,
    (s, codes) => `"${s}" không phải cấp: cần cấp tỉnh, cấp huyện, cấp xã, … (hoặc ${codes})`,
  ),
  abbr: msg(
    'must be the abbreviation used in decision symbols, e.g. UBND or TTg',
    'phải là chữ viết tắt dùng trong ký hiệu quyết định, ví dụ UBND hoặc TTg',
  ),
  status: msg(
    (s: string) => `a line with status "${s}" cannot be imported: import only active lines (record revocations in the registry after the import)`,
    (s) => `không nhập được dòng có trạng thái "${s}": chỉ nhập các dòng còn hiệu lực (ghi việc thu hồi vào sổ sau khi nhập)`,
  ),
  rating: msg(
    (s: string, codes: string) => `"${s}" is not a rating: expected ${codes} (or hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, …)`,
    (s, codes) => `"${s}" không phải xếp loại: cần hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, HTXSNV, HTTNV, … (hoặc ${codes})`,
  ),
  discipline: msg(
    (s: string, codes: string) =>
      `"${s}" is not a disciplinary form: expected ${codes} (or khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc)`,
    (s, codes) => `"${s}" không phải hình thức kỷ luật: cần khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc (hoặc ${codes})`,
  ),
  initiativeLevel: msg(
    (s: string, codes: string) => `"${s}" is not a level of recognition: expected ${codes} (or cơ sở, tỉnh, toàn quốc)`,
    (s, codes) => `"${s}" không phải cấp công nhận: cần cơ sở, tỉnh, toàn quốc (hoặc ${codes})`,
  ),
  /** A row with more cells than the header has columns. */
  outsideTable: msg(
    (cells: number, columns: number) =>
      `has ${cells} cells but the header names ${columns} columns: a value is outside the table (a delimiter inside an unquoted value?)`,
    (cells, columns) =>
      `có ${cells} ô nhưng dòng tiêu đề chỉ có ${columns} cột: có giá trị nằm ngoài bảng (dấu phân cách nằm trong một giá trị không đặt trong ngoặc kép?)`,
  ),
  memberCountNotCollective: msg(
    (name: string, label: string, kind: string) => `${name} is ${label} (${kind}); member counts are recorded for collectives`,
    (name, label, kind) => `${name} là ${label} (${kind}); số thành viên chỉ ghi cho tập thể`,
  ),
};

/** Finding or creating the records a row names (src/core/import/match.ts). */
export const IMPORT_MATCH = {
  bodyRefOther: msg(
    (text: string, ref: string, name: string) => `"${text}" is not the body ${ref} (${name}) that body_ref names`,
    (text, ref, name) => `"${text}" không phải cơ quan ${ref} (${name}) mà body_ref ghi`,
  ),
  bodyRefMissing: msg(
    (bodyRef: string, text: string, found: string) => `"${bodyRef}" is not in the registry, but "${text}" is, as ${found}: write that reference, or leave body_ref empty`,
    (bodyRef, text, found) => `"${bodyRef}" không có trong sổ, nhưng "${text}" thì có, với mã ${found}: hãy ghi mã đó, hoặc để trống body_ref`,
  ),
  bodyAmbiguous: msg(
    (text: string, n: number, list: string) => `"${text}" matches ${n} bodies: ${list} — write its reference instead`,
    (text, n, list) => `"${text}" khớp với ${n} cơ quan: ${list} — hãy ghi mã của cơ quan`,
  ),
  bodyMissing: msg(
    (text: string) => `no body matches "${text}": add it first (tdkt body add), or give body_level (and body_abbr) to create it`,
    (text) => `không có cơ quan nào khớp với "${text}": hãy thêm cơ quan trước (tdkt body add), hoặc ghi body_level (và body_abbr) để tạo mới`,
  ),
  typeAmbiguous: msg(
    (text: string, candidates: string[]) => `"${text}" could be ${candidates.join(' or ')}: write the code`,
    (text, candidates) => `"${text}" có thể là ${candidates.join(' hoặc ')}: hãy ghi mã`,
  ),
  typeMissing: msg(
    (text: string) => `"${text}" is not an award type: write its code or its Vietnamese name, e.g. GK or Giấy khen (tdkt award-type list)`,
    (text) => `"${text}" không phải hình thức khen thưởng: hãy ghi mã hoặc tên tiếng Việt, ví dụ GK hoặc Giấy khen (tdkt award-type list)`,
  ),
  decisionRefOther: msg(
    (ref: string, symbol: string, date: string, rowSymbol: string, rowDate: string, body: string) =>
      `${ref} is decision ${symbol} of ${date} by another body or number, not ${rowSymbol} of ${rowDate} by ${body}`,
    (ref, symbol, date, rowSymbol, rowDate, body) =>
      `${ref} là quyết định ${symbol} ngày ${date} của cơ quan khác hoặc có số khác, không phải quyết định ${rowSymbol} ngày ${rowDate} của ${body}`,
  ),
  decisionRefMissing: msg(
    (ref: string, body: string, symbol: string, year: number, found: string) =>
      `"${ref}" is not in the registry, but ${body}'s decision ${symbol} of ${year} is, as ${found}: write that reference, or leave decision_ref empty`,
    (ref, body, symbol, year, found) =>
      `"${ref}" không có trong sổ, nhưng quyết định ${symbol} năm ${year} của ${body} thì có, với mã ${found}: hãy ghi mã đó, hoặc để trống decision_ref`,
  ),
  decisionDateOther: msg(
    (symbol: string, body: string, date: string, rowDate: string) => `decision ${symbol} of ${body} is dated ${date} in the registry, not ${rowDate}`,
    (symbol, body, date, rowDate) => `quyết định ${symbol} của ${body} trong sổ ghi ngày ${date}, không phải ngày ${rowDate}`,
  ),
  recipientKindOther: msg(
    (ref: string, name: string, label: string, kind: string, given: string, _givenLabel: string) => `${ref} (${name}) is recorded as ${label} (${kind}), not ${given}`,
    (ref, name, label, kind, _given, givenLabel) => `${ref} (${name}) được ghi trong sổ là ${label} (${kind}), không phải ${givenLabel}`,
  ),
  recipientNameOther: msg(
    (ref: string, name: string, given: string) => `recipient_ref ${ref} is "${name}", not "${given}": correct one of them`,
    (ref, name, given) => `recipient_ref ${ref} là "${name}", không phải "${given}": hãy sửa một trong hai`,
  ),
  recipientRefMissing: msg(
    (ref: string) => `recipient_ref "${ref}" is not in the registry: give the name to create it`,
    (ref) => `recipient_ref "${ref}" không có trong sổ: hãy ghi tên để tạo đối tượng mới`,
  ),
  recipientNameEmpty: msg(
    'is empty: expected the name of the collective, person or household, e.g. Nguyễn Văn A',
    'đang để trống: cần ghi tên tập thể, cá nhân hoặc hộ gia đình, ví dụ Nguyễn Văn A',
  ),
  recipientOtherKind: msg(
    (name: string, list: string, label: string) => `"${name}" is in the registry as ${list}, not as ${label}: write its reference in recipient_ref, or correct the kind`,
    (name, list, label) => `"${name}" có trong sổ là ${list}, không phải ${label}: hãy ghi mã của đối tượng vào recipient_ref, hoặc sửa lại loại đối tượng`,
  ),
  recipientAmbiguous: msg(
    (name: string, n: number, list: string) => `"${name}" matches ${n} recipients: ${list} — give the unit, or the recipient_ref`,
    (name, n, list) => `"${name}" khớp với ${n} đối tượng: ${list} — hãy ghi đơn vị, hoặc recipient_ref`,
  ),
  kindNeeded: msg(
    (name: string) => `is needed to create "${name}": expected tập thể, cá nhân or hộ gia đình (collective, individual, household)`,
    (name) => `cần có để tạo "${name}": ghi tập thể, cá nhân hoặc hộ gia đình (collective, individual, household)`,
  ),
  /** "; in the registry: a (tập thể), b (hộ gia đình)" after collectiveName. */
  inRegistry: msg((list: string) => `; in the registry: ${list}`, (list) => `; trong sổ có: ${list}`),
  collectiveName: msg(
    (name: string, known: string) =>
      `"${name}" is the name of a collective, not of a person${known}: give its kind (tập thể) in a «Loại đối tượng» column or under a section row such as "I. TẬP THỂ"`,
    (name, known) =>
      `"${name}" là tên của một tập thể, không phải của một người${known}: hãy ghi loại (tập thể) ở cột «Loại đối tượng», hoặc đặt dòng này dưới một dòng mục như "I. TẬP THỂ"`,
  ),
  positionNotIndividual: msg(
    (name: string, label: string) => `only an individual has a position; "${name}" is ${label}: leave the position empty`,
    (name, label) => `chỉ cá nhân mới có chức vụ; "${name}" là ${label}: hãy để trống chức vụ`,
  ),
  unitAmbiguous: msg(
    (unit: string, n: number, list: string) => `"${unit}" matches ${n} collectives: ${list} — write the unit's reference in unit_ref`,
    (unit, n, list) => `"${unit}" khớp với ${n} tập thể: ${list} — hãy ghi mã đơn vị vào unit_ref`,
  ),
  unitRefMissing: msg(
    (ref: string) => `"${ref}" is not in the registry: give the unit's name in the unit column to create it`,
    (ref) => `"${ref}" không có trong sổ: hãy ghi tên đơn vị ở cột unit để tạo mới`,
  ),
  ceremonyAmbiguous: msg(
    (text: string, n: number, list: string) => `"${text}" matches ${n} ceremonies: ${list} — write its reference instead`,
    (text, n, list) => `"${text}" khớp với ${n} buổi lễ: ${list} — hãy ghi mã của buổi lễ`,
  ),
  ceremonyMissing: msg(
    (text: string) => `no ceremony matches "${text}": add it first (tdkt ceremony add), or give ceremony_date and ceremony_organiser to create it`,
    (text) => `không có buổi lễ nào khớp với "${text}": hãy thêm buổi lễ trước (tdkt ceremony add), hoặc ghi ceremony_date và ceremony_organiser để tạo mới`,
  ),
  ceremonyNameEmpty: msg(
    (ref: string) => `is empty: give the name of the new ceremony ${ref}`,
    (ref) => `đang để trống: hãy ghi tên của buổi lễ mới ${ref}`,
  ),
  organiserAmbiguous: msg(
    (text: string, list: string) => `"${text}" matches ${list} — write its reference instead`,
    (text, list) => `"${text}" khớp với ${list} — hãy ghi mã của cơ quan`,
  ),
  organiserMissing: msg(
    (text: string) => `no body matches "${text}", in the registry or in this file: add it first (tdkt body add)`,
    (text) => `không có cơ quan nào khớp với "${text}", cả trong sổ lẫn trong tệp này: hãy thêm cơ quan trước (tdkt body add)`,
  ),
  nearCollective: msg(
    (row: number, name: string, close: string) => `row ${row}: the new collective «${name}» is close to ${close} in the registry: if it is the same, write that name or reference`,
    (row, name, close) => `dòng ${row}: tập thể mới «${name}» gần giống ${close} trong sổ: nếu là cùng một tập thể, hãy ghi đúng tên hoặc mã đó`,
  ),
  nearMore: msg(
    (n: number) => `… and ${humanNumber(n)} more new collectives close to one in the registry`,
    (n) => `… và ${humanNumber(n)} tập thể mới khác gần giống một tập thể trong sổ`,
  ),
  /** Where the earlier line a row repeats is: in this file, or in the registry. */
  twinInFile: msg((row: number) => `(row ${row} of this file)`, (row) => `(dòng ${row} của tệp này)`),
  twinInRegistry: msg((symbol: string, ref: string) => `(decision ${symbol}, ${ref})`, (symbol, ref) => `(quyết định ${symbol}, ${ref})`),
  lineOnRow: msg(
    (line: number, symbol: string, row: number) => `line ${line} of decision ${symbol} is already on row ${row} of this file`,
    (line, symbol, row) => `số thứ tự ${line} của quyết định ${symbol} đã có ở dòng ${row} của tệp này`,
  ),
  lineTaken: msg(
    (line: number, symbol: string, id: number | undefined) => `line ${line} of decision ${symbol} is already taken (award #${id})`,
    (line, symbol, id) => `số thứ tự ${line} của quyết định ${symbol} đã được dùng (dòng khen thưởng #${id})`,
  ),
};

/** The import as a whole (src/core/import/run.ts, importer.ts, connection.ts). */
export const IMPORT_RUN = {
  listEnds: msg(
    (name: string, row: number, text: string, after: number) =>
      `${name}: the list ends at row ${row} («${text}»)${after ? `; the ${humanNumber(after)} rows below it were not read` : ''}`,
    (name, row, text, after) => `${name}: danh sách kết thúc ở dòng ${row} («${text}»)${after ? `; ${humanNumber(after)} dòng bên dưới không được đọc` : ''}`,
  ),
  hiddenRows: msg(
    (name: string, n: number, rows: string) => `${name}: ${humanNumber(n)} hidden rows were skipped (rows ${rows}); import them too with --include-hidden`,
    (name, n, rows) => `${name}: đã bỏ qua ${humanNumber(n)} dòng bị ẩn (các dòng ${rows}); dùng --include-hidden để nhập cả các dòng này`,
  ),
  empty: msg((name: string) => `${name} is empty: nothing to import`, (name) => `${name} trống: không có gì để nhập`),
  emptyHint: msg('Start from the template: tdkt import --template csv > annex.csv', 'Hãy bắt đầu từ tệp mẫu: tdkt import --template csv > annex.csv'),
  noLines: msg(
    (name: string, belowHeader: boolean) => `${name} has no award lines${belowHeader ? ' below its header' : ''}: nothing to import`,
    (name, belowHeader) => `${name} không có dòng khen thưởng nào${belowHeader ? ' dưới dòng tiêu đề' : ''}: không có gì để nhập`,
  ),
  noLinesHint: msg('Add one row per award line under the header row.', 'Hãy ghi mỗi dòng khen thưởng thành một dòng dưới dòng tiêu đề.'),
  refused: msg(
    (name: string, bad: number, rows: number, listed: number | undefined) =>
      `${name}: ${humanNumber(bad)} of ${humanNumber(rows)} rows cannot be imported${listed !== undefined ? ` (the first ${humanNumber(listed)} problems are listed)` : ''}; nothing was written`,
    (name, bad, rows, listed) =>
      `${name}: ${humanNumber(bad)} trên ${humanNumber(rows)} dòng không nhập được${listed !== undefined ? ` (liệt kê ${humanNumber(listed)} lỗi đầu tiên)` : ''}; không có gì được ghi vào sổ`,
  ),
  refusedHint: msg(
    'Fix the rows and import the whole file again (all or nothing); --errors <file> writes the bad rows with a reason column.',
    'Hãy sửa các dòng lỗi rồi nhập lại cả tệp (nhập tất cả hoặc không nhập gì); --errors <file> ghi các dòng lỗi kèm một cột lý do.',
  ),
  rulesFailed: msg(
    (file: string, n: number, message: string) =>
      `${file}: the ${humanNumber(n)} award lines were imported, but the rules could not be run over them (tdkt check runs them): ${message}`,
    (file, n, message) =>
      `${file}: đã nhập ${humanNumber(n)} dòng khen thưởng, nhưng không chạy được các quy tắc kiểm tra trên các dòng này (tdkt check sẽ chạy chúng): ${message}`,
  ),
  dangling: msg(
    (found: string) => `the import would leave references to records that are not there (${found}); nothing was written`,
    (found) => `lần nhập này sẽ để lại tham chiếu tới các bản ghi không tồn tại (${found}); không có gì được ghi vào sổ`,
  ),
  /** The template's instructions sheet: a required column. */
  required: msg('yes', 'có'),
};

/** Reading a file: encodings, CSV, JSON, XLSX workbooks and their sheets. */
export const IMPORT_READ = {
  encoding: msg((name: string, what: string) => `${name} ${what}; nothing was imported`, (name, what) => `${name} ${what}; không có gì được nhập`),
  encodingHint: msg(
    'Save the file as UTF-8: in Excel, File → Save As → "CSV UTF-8 (Comma delimited)"; or convert it with iconv -f CP1258 -t UTF-8.',
    'Hãy lưu tệp dạng UTF-8: trong Excel chọn File → Save As → "CSV UTF-8 (Comma delimited)"; hoặc chuyển mã bằng iconv -f CP1258 -t UTF-8.',
  ),
  utf16: msg('is UTF-16 (Excel\'s "Unicode Text")', 'là UTF-16 (dạng "Unicode Text" của Excel)'),
  nul: msg('contains NUL bytes (UTF-16 without a byte order mark, or not a text file)', 'chứa byte NUL (UTF-16 không có BOM, hoặc không phải tệp văn bản)'),
  notUtf8: msg(
    (byte: string, offset: number, line: number) => `is not UTF-8: byte 0x${byte} at offset ${offset} (line ${line}) is not valid UTF-8 — probably Windows-1258, TCVN3 or VNI`,
    (byte, offset, line) => `không phải UTF-8: byte 0x${byte} ở vị trí ${offset} (dòng ${line}) không hợp lệ trong UTF-8 — có lẽ là bảng mã Windows-1258, TCVN3 hoặc VNI`,
  ),
  cutCharacter: msg('ends in the middle of a UTF-8 character (the file looks truncated)', 'kết thúc giữa một ký tự UTF-8 (tệp có vẻ bị cắt cụt)'),
  zip: msg((name: string) => `${name} is a zip file (an XLSX workbook?), not CSV text`, (name) => `${name} là tệp zip (sổ tính XLSX?), không phải văn bản CSV`),
  zipHint: msg('Name it .xlsx, or pass --format xlsx.', 'Hãy đổi đuôi tệp thành .xlsx, hoặc dùng --format xlsx.'),
  // CSV
  csvUnclosed: msg((line: number) => `a quoted value opened on line ${line} is never closed`, (line) => `giá trị trong ngoặc kép mở ở dòng ${line} không được đóng`),
  csvAfterQuote: msg(
    (line: number, ch: string) => `the quoted value closed on line ${line} is followed by ${ch}, where the delimiter or the end of the line was expected`,
    (line, ch) => `sau giá trị trong ngoặc kép đóng ở dòng ${line} là ${ch}, trong khi phải là dấu phân cách hoặc hết dòng`,
  ),
  csvQuoteInside: msg(
    (line: number) => `a quote (") inside a value that does not start with one, on line ${line}`,
    (line) => `có dấu ngoặc kép (") bên trong một giá trị không bắt đầu bằng ngoặc kép, ở dòng ${line}`,
  ),
  sepQuote: msg((name: string) => `${name} names a quote as its delimiter (sep=")`, (name) => `${name} khai báo dấu ngoặc kép làm dấu phân cách (sep=")`),
  sepQuoteHint: msg(
    'Write the delimiter after sep=, e.g. sep=; or sep=, on the first line, or leave that line out.',
    'Hãy ghi dấu phân cách sau sep= ở dòng đầu, ví dụ sep=; hoặc sep=, hoặc bỏ dòng đó đi.',
  ),
  csvTruncated: msg(
    (name: string, line: number) => `${name} ends inside a quoted field opened on line ${line}: the file looks truncated; nothing was imported`,
    (name, line) => `${name} kết thúc giữa một trường trong ngoặc kép mở ở dòng ${line}: tệp có vẻ bị cắt cụt; không có gì được nhập`,
  ),
  csvTruncatedHint: msg(
    'Export the file again from the spreadsheet, or close the quote (") of the last field.',
    'Hãy xuất lại tệp từ chương trình bảng tính, hoặc đóng ngoặc kép (") của trường cuối cùng.',
  ),
  notCsv: msg((name: string, why: string) => `${name} is not valid CSV: ${why}; nothing was imported`, (name, why) => `${name} không phải tệp CSV hợp lệ: ${why}; không có gì được nhập`),
  notCsvHint: msg(
    'A field containing the delimiter, a quote or a line break must be quoted ("…", with quotes doubled inside).',
    'Trường có chứa dấu phân cách, dấu ngoặc kép hoặc xuống dòng phải đặt trong ngoặc kép ("…", ngoặc kép bên trong viết thành hai dấu).',
  ),
  workerStopped: msg(
    (name: string) => `the worker reading ${name} stopped before the end of the file`,
    (name) => `luồng đọc tệp ${name} dừng lại trước khi đọc hết tệp`,
  ),
  // JSON
  notObject: msg(
    (name: string, where: string) => `${name}, ${where}: expected an object with one field per column, e.g. {"decision_number": "05/QĐ-UBND", …}; nothing was imported`,
    (name, where) => `${name}, ${where}: cần một đối tượng JSON, mỗi cột một trường, ví dụ {"decision_number": "05/QĐ-UBND", …}; không có gì được nhập`,
  ),
  ndjsonLine: msg(
    (name: string, line: number, why: string) => `${name}, line ${line} is not JSON (${why}); nothing was imported`,
    (name, line, why) => `${name}, dòng ${line} không phải JSON (${why}); không có gì được nhập`,
  ),
  ndjsonHint: msg(
    'NDJSON has one JSON object per line; a cut last line means the file is truncated.',
    'NDJSON có mỗi dòng một đối tượng JSON; dòng cuối bị cắt dở nghĩa là tệp bị cắt cụt.',
  ),
  notArray: msg(
    (name: string, what: string) => `${name} is not a JSON array of objects: ${what}; nothing was imported`,
    (name, what) => `${name} không phải mảng JSON gồm các đối tượng: ${what}; không có gì được nhập`,
  ),
  notArrayHint: msg(
    'Expected [{"decision_number": "05/QĐ-UBND", …}, …] as tdkt export awards --format json writes; use .ndjson for one object per line.',
    'Cần dạng [{"decision_number": "05/QĐ-UBND", …}, …] như tdkt export awards --format json ghi ra; dùng .ndjson nếu mỗi dòng một đối tượng.',
  ),
  badElement: msg((n: number, why: string) => `element ${n}: ${why}`, (n, why) => `phần tử ${n}: ${why}`),
  startsWith: msg((ch: string) => `it starts with «${ch}»`, (ch) => `tệp bắt đầu bằng «${ch}»`),
  elementStartsWith: msg((n: number, ch: string) => `element ${n} starts with «${ch}»`, (n, ch) => `phần tử ${n} bắt đầu bằng «${ch}»`),
  textAfterEnd: msg('text after the closing ]', 'có nội dung sau dấu ] đóng mảng'),
  endsEarly: msg(
    (n: number) => `it ends before the closing ] after element ${n} (the file looks truncated)`,
    (n) => `tệp kết thúc sau phần tử ${n} mà chưa có dấu ] đóng mảng (tệp có vẻ bị cắt cụt)`,
  ),
  jsonEmpty: msg((name: string) => `${name} is empty; nothing was imported`, (name) => `${name} trống; không có gì được nhập`),
  jsonEmptyHint: msg('Expected a JSON array of award lines.', 'Cần một mảng JSON gồm các dòng khen thưởng.'),
  // XLSX
  xlsxUnreadable: msg(
    (name: string, why: string) => `${name} cannot be read as an XLSX workbook: ${why}; nothing was imported`,
    (name, why) => `${name} không đọc được như một sổ tính XLSX: ${why}; không có gì được nhập`,
  ),
  xlsxUnreadableHint: msg(
    'Save it again from the spreadsheet program as "Excel Workbook (.xlsx)", or pass --format if the extension is wrong.',
    'Hãy lưu lại tệp từ chương trình bảng tính dưới dạng "Excel Workbook (.xlsx)", hoặc dùng --format nếu đuôi tệp bị sai.',
  ),
  sheetNotStored: msg(
    (sheet: string, part: string) => `the sheet «${sheet}» is named in the workbook but not stored in the file (${part})`,
    (sheet, part) => `trang tính «${sheet}» có tên trong sổ tính nhưng không được lưu trong tệp (${part})`,
  ),
  noSheetNamed: msg((name: string, sheet: string) => `${name} has no sheet named «${sheet}»`, (name, sheet) => `${name} không có trang tính nào tên «${sheet}»`),
  itsSheets: msg((list: string) => `Its sheets: ${list}.`, (list) => `Các trang tính của tệp: ${list}.`),
  hidden: msg(' (hidden)', ' (ẩn)'),
  checkXlsx: msg('Check that the file is an XLSX workbook.', 'Hãy kiểm tra xem tệp có đúng là sổ tính XLSX không.'),
  noWorksheet: msg(
    (name: string, allHidden: boolean) => `${name} has no worksheet${allHidden ? ' that is not hidden' : ''}`,
    (name, allHidden) => `${name} không có trang tính nào${allHidden ? ' không bị ẩn' : ''}`,
  ),
  nameSheet: msg((list: string) => `Name the sheet to read with --sheet: ${list}.`, (list) => `Hãy chọn trang tính cần đọc bằng --sheet: ${list}.`),
  sheetHidden: msg(
    (name: string, sheet: string) => `${name}: the sheet «${sheet}» is hidden and was not read (read it with --sheet "${sheet}")`,
    (name, sheet) => `${name}: trang tính «${sheet}» bị ẩn nên không được đọc (đọc trang này bằng --sheet "${sheet}")`,
  ),
  wordDocument: msg('it is a Word document', 'đây là văn bản Word'),
  noWorkbookPart: msg('it has no workbook part', 'tệp không có phần sổ tính (workbook)'),
  formulaUnsaved: msg(
    (formula: string) =>
      `holds a formula (=${formula}) whose result was never saved: open the file in Excel or LibreOffice and save it again, or paste the values in place of the formulas`,
    (formula) =>
      `chứa công thức (=${formula}) mà kết quả chưa từng được lưu: hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc dán giá trị thay cho công thức`,
  ),
  cellError: msg(
    (value: string, formula: string | undefined) =>
      `holds the spreadsheet error ${value}${formula !== undefined ? ` (from =${formula})` : ''}: correct it in the spreadsheet, or type the value`,
    (value, formula) => `chứa lỗi bảng tính ${value}${formula !== undefined ? ` (từ =${formula})` : ''}: hãy sửa trong bảng tính, hoặc gõ trực tiếp giá trị`,
  ),
  notADate: msg(
    (value: string) => `holds ${value}, which is not a date that a spreadsheet can show: type the date as DD/MM/YYYY`,
    (value) => `chứa ${value}, không phải ngày mà bảng tính hiển thị được: hãy gõ ngày theo dạng DD/MM/YYYY`,
  ),
  // ZIP (inside a workbook's "cannot be read" message)
  zipEntryMisplaced: msg((entry: string) => `the entry ${entry} is not where the directory says`, (entry) => `mục ${entry} không nằm ở vị trí mà danh mục của tệp ZIP ghi`),
  zipMethod: msg(
    (entry: string, method: number) => `the entry ${entry} is compressed by method ${method}, which tdkt cannot read (only stored and deflated)`,
    (entry, method) => `mục ${entry} được nén theo phương pháp ${method}, tdkt không đọc được (chỉ đọc được stored và deflated)`,
  ),
  zipEndsEarly: msg('the file ends early (truncated?)', 'tệp kết thúc sớm (bị cắt cụt?)'),
  zipTooShort: msg('it is too short to be a ZIP file', 'tệp quá ngắn, không thể là tệp ZIP'),
  zipNotZip: msg('it is not a ZIP file (no central directory)', 'đây không phải tệp ZIP (không có danh mục trung tâm)'),
  zip64Missing: msg('its ZIP64 directory cannot be found', 'không tìm thấy danh mục ZIP64 của tệp'),
  zipDamaged: msg('its central directory is damaged', 'danh mục trung tâm của tệp bị hỏng'),
};

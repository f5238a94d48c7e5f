/** Texts of tdkt import: its help, its refusals, its progress and its summary. */
import { humanNumber, msg } from '../index.js';
import { SEVERITY_COUNTS } from './scale.js';

/** The records an import counts, as its summary names them. */
export type Counted = 'awards' | 'presentations' | 'recipients' | 'decisions' | 'bodies' | 'ceremonies';
/** The records a dry run lists as "would create". */
export type CreatedTable = 'body' | 'decision' | 'recipient' | 'ceremony';

const COUNTED_VI: Record<Counted, string> = {
  awards: 'dòng khen thưởng',
  presentations: 'lượt trao tặng',
  recipients: 'đối tượng',
  decisions: 'quyết định',
  bodies: 'cơ quan',
  ceremonies: 'buổi lễ',
};

const TABLE_VI: Record<CreatedTable, string> = { body: 'cơ quan', decision: 'quyết định', recipient: 'đối tượng', ceremony: 'buổi lễ' };

/** Evidence counts of an import: ratings, disciplines, initiatives, member counts. */
export interface EvidenceCounts {
  ratings: number;
  disciplines: number;
  initiatives: number;
  members: number;
}

/** Evidence kinds in the order the summary names them, singular and plural in English. */
export const EVIDENCE_KINDS = ['ratings', 'disciplines', 'initiatives', 'members'] as const;
const EVIDENCE_EN: Record<keyof EvidenceCounts, [string, string]> = {
  ratings: ['rating', 'ratings'],
  disciplines: ['discipline', 'disciplines'],
  initiatives: ['initiative', 'initiatives'],
  members: ['member count', 'member counts'],
};
const EVIDENCE_VI: Record<keyof EvidenceCounts, string> = {
  ratings: 'xếp loại',
  disciplines: 'kỷ luật',
  initiatives: 'sáng kiến',
  members: 'kê khai số thành viên',
};

const n = humanNumber;

export const IMPORT_CMD = {
  argFile: msg('the file to import, or - for stdin', 'tệp cần nhập, hoặc - để đọc từ stdin'),
  optFormat: msg("the file's format (default: from its extension)", 'định dạng của tệp (mặc định: theo phần mở rộng của tên tệp)'),
  optSheet: msg('XLSX: the sheet to read (default: the first)', 'XLSX: trang tính cần đọc (mặc định: trang đầu tiên)'),
  optDecision: msg(
    "an existing decision (reference or number) for every row: its number, date and body fill the rows' empty cells",
    'một quyết định đã có trong sổ (mã hoặc số quyết định) cho mọi dòng: số, ngày và cơ quan ban hành của nó điền vào các ô còn trống',
  ),
  optCeremony: msg(
    'an existing ceremony (reference or name) at which every line is handed over',
    'một buổi lễ đã có trong sổ (mã hoặc tên), tại đó trao tặng mọi dòng',
  ),
  optIgnoreColumn: msg(
    'skip a column the registry does not keep (repeat for several)',
    'bỏ qua một cột mà sổ không lưu (lặp lại tùy chọn cho nhiều cột)',
  ),
  optIncludeHidden: msg(
    'XLSX: import the rows the sheet hides (filtered out) too; by default they are skipped and counted',
    'XLSX: nhập cả các dòng bị ẩn (bị lọc); mặc định các dòng này bị bỏ qua và được đếm',
  ),
  optDryRun: msg(
    'check every row and report what would be created and matched; write nothing',
    'kiểm tra mọi dòng và báo những gì sẽ được tạo mới hoặc khớp với dữ liệu đã có; không ghi gì',
  ),
  optErrors: msg(
    'write the bad rows, with a reason column, to this CSV, TSV or XLSX file',
    'ghi các dòng lỗi, kèm cột lý do, vào tệp CSV, TSV hoặc XLSX này',
  ),
  optStrict: msg(
    'refuse the whole file when the chain rules find a problem with its lines (default: setting award.strict)',
    'từ chối cả tệp khi quy tắc chuỗi phát hiện vấn đề ở các dòng của tệp (mặc định: theo thiết lập award.strict)',
  ),
  optNoStrict: msg('only warn, whatever the setting award.strict says', 'chỉ cảnh báo, bất kể thiết lập award.strict'),
  optTemplate: msg('write an empty template to fill in, instead of importing', 'ghi một mẫu trống để điền, thay vì nhập'),
  optOutput: msg('with --template: the file to write (default: stdout)', 'dùng với --template: tệp cần ghi (mặc định: stdout)'),
  optJson: msg('print the summary as JSON', 'in bản tóm tắt dạng JSON'),
  columnsHelp: msg(
    `
Columns (English key or Vietnamese header; matched without diacritics or case):
  decision_number  Số quyết định        decision_date   Ngày quyết định
  issuing_body     Cơ quan ban hành     award_type      Hình thức khen thưởng / Danh hiệu
  recipient_kind   Loại đối tượng       recipient_name  Tên đối tượng / Họ và tên / Tên tập thể
  unit             Đơn vị               position        Chức vụ
  achievement_period  Thời gian đạt thành tích / Năm    achievement  Thành tích / Nội dung khen thưởng
  commendation_kind   Loại hình khen thưởng             ceremony     Buổi lễ       line_no  STT
  and optional: decision_ref, body_ref, body_level, body_abbr, signer_name, signer_capacity,
  decision_summary, recipient_ref, unit_ref, ceremony_ref, ceremony_date, ceremony_place,
  ceremony_organiser, note.
Section rows (I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH) set the kind of the rows under them; footer
  rows (Tổng cộng …, signatures) end the list; Giới tính, Năm sinh, Quê quán, … are ignored.
Evidence for the rules (the recipient, the year the period ends): rating (Xếp loại), discipline
  (Kỷ luật), discipline_date, discipline_decision, initiative (Sáng kiến), initiative_level; for a
  collective member_count (Số thành viên), ldtt_count, cstdcs_count, completed_count.
See docs/import.md.`,
    `
Các cột (khóa tiếng Anh hoặc tiêu đề tiếng Việt; so khớp không phân biệt dấu, chữ hoa chữ thường):
  decision_number  Số quyết định        decision_date   Ngày quyết định
  issuing_body     Cơ quan ban hành     award_type      Hình thức khen thưởng / Danh hiệu
  recipient_kind   Loại đối tượng       recipient_name  Tên đối tượng / Họ và tên / Tên tập thể
  unit             Đơn vị               position        Chức vụ
  achievement_period  Thời gian đạt thành tích / Năm    achievement  Thành tích / Nội dung khen thưởng
  commendation_kind   Loại hình khen thưởng             ceremony     Buổi lễ       line_no  STT
  và các cột không bắt buộc: decision_ref, body_ref, body_level, body_abbr, signer_name,
  signer_capacity, decision_summary, recipient_ref, unit_ref, ceremony_ref, ceremony_date,
  ceremony_place, ceremony_organiser, note.
Các dòng đề mục (I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH) xác định loại đối tượng của các dòng bên
  dưới; các dòng cuối (Tổng cộng …, chữ ký) kết thúc danh sách; Giới tính, Năm sinh, Quê quán, … được
  bỏ qua.
Minh chứng cho các quy tắc (của đối tượng, năm kết thúc giai đoạn thành tích): rating (Xếp loại),
  discipline (Kỷ luật), discipline_date, discipline_decision, initiative (Sáng kiến),
  initiative_level; với tập thể: member_count (Số thành viên), ldtt_count, cstdcs_count,
  completed_count.
Xem docs/import.md.`,
  ),
  // refusals
  outputWithoutTemplate: msg(
    '-o/--output is for --template; the import itself writes the registry',
    '-o/--output chỉ dùng với --template; việc nhập ghi thẳng vào sổ',
  ),
  noFile: msg(
    'name the file to import (or - for stdin), e.g. tdkt import annex.xlsx',
    'hãy nêu tệp cần nhập (hoặc - để đọc từ stdin), ví dụ tdkt import annex.xlsx',
  ),
  stdinFormat: msg(
    'reading stdin needs --format (csv, tsv, xlsx, json or ndjson)',
    'đọc từ stdin cần có --format (csv, tsv, xlsx, json hoặc ndjson)',
  ),
  unknownFormat: msg(
    (file: string) => `cannot tell the format of "${file}" from its extension: pass --format csv, tsv, xlsx, json or ndjson`,
    (file) => `không xác định được định dạng của "${file}" từ phần mở rộng: dùng --format csv, tsv, xlsx, json hoặc ndjson`,
  ),
  missingFile: msg((file: string) => `no file "${file}"`, (file) => `không có tệp "${file}"`),
  errorsIsInput: msg('--errors must name another file than the one imported', '--errors phải là một tệp khác với tệp đang nhập'),
  errorsFormat: msg(
    '--errors writes CSV, TSV or XLSX (a file to fix in a spreadsheet)',
    '--errors chỉ ghi CSV, TSV hoặc XLSX (tệp để sửa trong bảng tính)',
  ),
  templateBinary: msg(
    'an XLSX template is binary: write it to a file with -o annex.xlsx, or redirect stdout',
    'mẫu XLSX là tệp nhị phân: ghi ra tệp bằng -o annex.xlsx, hoặc chuyển hướng stdout',
  ),
  // while it runs
  progress: msg(
    'Importing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    'Đang nhập {bar} {percentage}% | {rows} dòng | {rate} dòng/giây | còn {eta_formatted}',
  ),
  progressStdin: msg('Importing {rows} rows | {rate} rows/s', 'Đang nhập {rows} dòng | {rate} dòng/giây'),
  moreFindings: msg(
    (more: number, total: number, errors: number, warnings: number, missing: number) =>
      `… and ${n(more)} more: ${n(total)} findings in all (${SEVERITY_COUNTS.en(errors, warnings, missing)}); tdkt check lists them all`,
    (more, total, errors, warnings, missing) =>
      `… và ${n(more)} phát hiện khác: tổng cộng ${n(total)} phát hiện (${SEVERITY_COUNTS.vi(errors, warnings, missing)}); tdkt check liệt kê đầy đủ`,
  ),
  badRowsIn: msg(
    (rows: number, file: string) => `The ${n(rows)} bad rows, with the reason, are in ${file}`,
    (rows, file) => `${n(rows)} dòng lỗi, kèm lý do, được ghi trong ${file}`,
  ),
  /** The sheet of the errors file (XLSX). */
  badRowsSheet: msg('Bad rows', 'Dòng lỗi'),
  // the summary
  /** "50 new and 0 existing recipients" */
  counted: msg(
    (what: Counted, created: number, matched: number) => `${n(created)} new and ${n(matched)} existing ${what}`,
    (what, created, matched) => `${n(created)} ${COUNTED_VI[what] ?? what} mới và ${n(matched)} đã có`,
  ),
  /** "3 ratings", "1 initiative": evidence the file held. */
  evidenceItem: msg(
    (what: keyof EvidenceCounts, count: number) => `${n(count)} ${EVIDENCE_EN[what]?.[count === 1 ? 0 : 1] ?? what}`,
    (what, count) => `${n(count)} ${EVIDENCE_VI[what] ?? what}`,
  ),
  /** "; evidence: 3 ratings, 1 initiative" */
  evidence: msg((items: string) => `; evidence: ${items}`, (items) => `; minh chứng: ${items}`),
  dryRun: msg(
    (rows: number, file: string, awards: number, counted: string) =>
      `Dry run: all ${n(rows)} rows of ${file} can be imported (${n(awards)} award lines; ${counted}); nothing was written.`,
    (rows, file, awards, counted) =>
      `Chạy thử: cả ${n(rows)} dòng của ${file} đều nhập được (${n(awards)} dòng khen thưởng; ${counted}); không ghi gì.`,
  ),
  imported: msg(
    (awards: number, file: string, counted: string, presented: number) =>
      `Imported ${n(awards)} award lines from ${file} (${counted}; ${n(presented)} handed over at ceremonies).`,
    (awards, file, counted, presented) =>
      `Đã nhập ${n(awards)} dòng khen thưởng từ ${file} (${counted}; ${n(presented)} dòng được trao tặng tại buổi lễ).`,
  ),
  wouldCreate: msg('It would create:', 'Sẽ tạo mới:'),
  wouldCreateRow: msg(
    (row: number, table: CreatedTable, ref: string, name: string) => `  row ${row}: ${table} ${ref} «${name}»`,
    (row, table, ref, name) => `  dòng ${row}: ${TABLE_VI[table] ?? table} ${ref} «${name}»`,
  ),
  andMore: msg((more: number) => `  … and ${n(more)} more`, (more) => `  … và ${n(more)} mục khác`),
  colRecords: msg('Records', 'Loại bản ghi'),
  colWouldCreate: msg('Would create', 'Sẽ tạo mới'),
  colCreated: msg('Created', 'Đã tạo mới'),
  colMatched: msg('Matched', 'Đã có'),
  /** A row of the summary table: the records' name (English keeps the key). */
  recordsName: msg((what: Counted) => what, (what) => COUNTED_VI[what] ?? what),
  wroteTemplate: msg(
    (format: string, out: string) => `Wrote the ${format} template to ${out}; fill in one row per award line, then: tdkt import ${out}`,
    (format, out) => `Đã ghi mẫu ${format} vào ${out}; điền mỗi dòng khen thưởng vào một hàng, rồi chạy: tdkt import ${out}`,
  ),
};

/**
 * The one-line summaries of the top-level commands (`tdkt --help`), and texts shared by the commands of
 * audit, award, award-type, body, ceremony, decision, counts and completion.
 */
import { msg } from '../index.js';

/** The summary of each top-level command, by its name (src/cli/commands/index.ts). */
export const COMMAND_SUMMARY = {
  init: msg(
    'create the registry file (with the award catalogue) if it does not exist, and print its path',
    'tạo tệp sổ đăng ký (kèm danh mục khen thưởng) nếu chưa có, và in đường dẫn của tệp',
  ),
  info: msg(
    'which registry is used: its path, size, schema version, records, last change and audit head',
    'sổ đang dùng: đường dẫn, dung lượng, phiên bản lược đồ, số bản ghi, lần thay đổi cuối và đầu nhật ký kiểm tra',
  ),
  recipient: msg('collectives, individuals and households that receive awards', 'tập thể, cá nhân và hộ gia đình được khen thưởng'),
  body: msg(
    'issuing bodies (who signs decisions) and their levels of authority',
    'cơ quan ban hành (ký quyết định) và cấp thẩm quyền của từng cơ quan',
  ),
  awardType: msg('the catalogue of emulation titles and commendation forms', 'danh mục danh hiệu thi đua và hình thức khen thưởng'),
  decision: msg(
    'decisions that confer awards (quyết định khen thưởng) and their annexes',
    'quyết định khen thưởng và phụ lục kèm theo',
  ),
  award: msg(
    'award lines: who receives which title or form, by which decision',
    'dòng khen thưởng: ai được tặng danh hiệu hay hình thức khen thưởng nào, theo quyết định nào',
  ),
  ceremony: msg('ceremonies where awards are handed over', 'các buổi lễ trao tặng khen thưởng'),
  roster: msg(
    'the roster of a ceremony: who receives what, in order of precedence',
    'danh sách khen thưởng của một buổi lễ: ai nhận gì, theo thứ tự ưu tiên',
  ),
  counts: msg(
    'count awards per type and level by collectives, individuals, households: of a ceremony, or of a year',
    'thống kê khen thưởng theo hình thức và cấp, chia theo tập thể, cá nhân, hộ gia đình: của một buổi lễ hoặc của một năm',
  ),
  stats: msg(
    'the statistical forms of Circular 02/2023/TT-BNV the registry fills: 0602.N and 0603.N, for a year',
    'các biểu thống kê theo Thông tư 02/2023/TT-BNV lập được từ sổ: 0602.N và 0603.N, theo năm',
  ),
  history: msg(
    'everything a recipient received, oldest first, with decisions, ceremonies and revocations',
    'mọi khen thưởng một đối tượng đã nhận, cũ nhất trước, kèm quyết định, buổi lễ và việc thu hồi',
  ),
  search: msg(
    'find recipients, bodies, ceremonies and award types by words of their names, without diacritics',
    'tìm đối tượng, cơ quan, buổi lễ và hình thức khen thưởng theo từ trong tên, gõ không dấu cũng được',
  ),
  import: msg(
    'import award lines (one row per line of an annex) from CSV, TSV, XLSX, JSON or NDJSON: all of them, or nothing',
    'nhập dòng khen thưởng (mỗi hàng là một dòng của phụ lục) từ CSV, TSV, XLSX, JSON hoặc NDJSON: nhập tất cả, hoặc không nhập gì',
  ),
  export: msg(
    'write award lines, recipients, a roster or counts to a CSV, TSV, XLSX, JSON or NDJSON file',
    'xuất dòng khen thưởng, đối tượng, danh sách khen thưởng hoặc thống kê ra tệp CSV, TSV, XLSX, JSON hoặc NDJSON',
  ),
  evidence: msg(
    'evidence the rules need: yearly ratings, discipline, initiatives, member counts of collectives',
    'minh chứng mà các quy tắc cần: xếp loại hằng năm, kỷ luật, sáng kiến, số thành viên của tập thể',
  ),
  check: msg(
    'run the rules of the law over the registry and report every finding (exit 3 when there are findings)',
    'kiểm tra sổ theo các quy tắc của pháp luật và báo mọi phát hiện (mã thoát 3 khi có phát hiện)',
  ),
  rules: msg(
    'list the rules tdkt check runs: what each checks, its article and the regimes it judges',
    'liệt kê các quy tắc tdkt check áp dụng: mỗi quy tắc kiểm tra gì, theo điều nào, áp dụng cho khung pháp lý nào',
  ),
  eligible: msg(
    'the nomination list: who meets the chain of an award type for a year, with the evidence, and the near misses',
    'danh sách đề nghị: ai đủ điều kiện theo chuỗi điều kiện của một hình thức khen thưởng trong năm, kèm minh chứng, và những trường hợp suýt đủ',
  ),
  settings: msg(
    'settings of this registry: quotas and how strict award add is',
    'thiết lập của sổ này: hạn mức và mức chặt chẽ của award add',
  ),
  audit: msg(
    "the audit trail: who changed what and when, and proof that nothing changed behind tdkt's back",
    'nhật ký kiểm tra: ai đã thay đổi gì, khi nào, và bằng chứng rằng không có gì bị sửa ngoài tdkt',
  ),
  copy: msg(
    'copy a registry into a new one, SQLite or PostgreSQL (ids, references and the whole audit trail kept), and prove the copy',
    'chép một sổ sang sổ mới, SQLite hoặc PostgreSQL (giữ nguyên mã số, liên kết và toàn bộ nhật ký kiểm tra), rồi chứng minh bản chép',
  ),
  backup: msg(
    'copy the registry to a file, consistently even while others write (SQLite online backup), and verify the copy',
    'sao lưu sổ ra một tệp, nhất quán ngay cả khi người khác đang ghi (sao lưu trực tuyến của SQLite), và kiểm tra bản sao',
  ),
  restore: msg(
    'replace the registry with a backup, after verifying the backup; the replaced file is kept aside and its path printed (on a server: into an empty database)',
    'khôi phục sổ từ bản sao lưu, sau khi kiểm tra bản sao lưu; tệp bị thay được giữ lại riêng và in đường dẫn (trên máy chủ: vào cơ sở dữ liệu trống)',
  ),
  completion: msg(
    'print a shell completion script for bash, zsh, fish or PowerShell (commands, options, references)',
    'in tập lệnh tự hoàn thành cho bash, zsh, fish hoặc PowerShell (lệnh, tùy chọn, mã)',
  ),
  complete: msg(
    'the candidates for the word being typed (used by the completion scripts)',
    'các gợi ý cho từ đang gõ (dùng cho tập lệnh tự hoàn thành)',
  ),
  demo: msg(
    'build the demo registry (Lê Chân conference of 17/01/2022) in a file of its own and print its roster and counts',
    'tạo sổ mẫu (hội nghị Lê Chân ngày 17/01/2022) trong một tệp riêng, rồi in danh sách khen thưởng và thống kê của sổ',
  ),
};

/** Help texts and errors several of these commands share. */
export const COMMON_A = {
  refOrName: msg('reference or name', 'mã hoặc tên'),
  refOrWords: msg('reference or words of its name', 'mã hoặc từ trong tên'),
  decisionRef: msg((example: string) => `reference or number, e.g. ${example}`, (example) => `mã hoặc số, ví dụ ${example}`),
  awardId: msg('award line id, e.g. 12 or #12', 'số hiệu dòng khen thưởng, ví dụ 12 hoặc #12'),
  freeNote: msg('free note', 'ghi chú tự do'),
  newName: msg('new name', 'tên mới'),
  newNote: msg('new note', 'ghi chú mới'),
  newRef: msg('new reference', 'mã mới'),
  signer: msg('name of the signer', 'họ tên người ký'),
  summary: msg('what the decision confers', 'trích yếu: quyết định khen thưởng gì'),
  itsDate: msg('its date: YYYY-MM-DD or DD/MM/YYYY', 'ngày của quyết định: YYYY-MM-DD hoặc DD/MM/YYYY'),
  itsDatePrompt: msg('Its date (YYYY-MM-DD or DD/MM/YYYY)', 'Ngày của quyết định (YYYY-MM-DD hoặc DD/MM/YYYY)'),
  yes: msg(
    'do not ask for confirmation (needed when not on a terminal)',
    'không hỏi xác nhận (bắt buộc khi không chạy trong cửa sổ dòng lệnh)',
  ),
  output: msg(
    'write to this file (default: stdout when not a terminal)',
    'ghi ra tệp này (mặc định: stdout khi không chạy trong cửa sổ dòng lệnh)',
  ),
  repeatableAward: msg('this award line (repeatable)', 'dòng khen thưởng này (lặp lại được)'),
  nameRequired: msg('A name is required', 'Cần nhập tên'),
  /** The missing argument named in "missing … : pass it" (src/cli/prompt.ts). */
  argName: msg('the name argument', 'tham số name'),
  argNumber: msg('the number argument', 'tham số number'),
  argCode: msg('the code argument', 'tham số code'),
  nothingToChange: msg(
    (flags: string) => `nothing to change: pass at least one of ${flags}`,
    (flags) => `không có gì để sửa: hãy nhập ít nhất một trong các tùy chọn ${flags}`,
  ),
  /** What a Word document is called in "… is binary: write it to a file" (src/cli/commands/files.ts). */
  wordDocument: msg('A Word document', 'Văn bản Word'),
  docxOnly: msg(
    (command: string, example: string, got: string) => `${command} writes a Word document: name the file .docx, e.g. -o ${example} (got "${got}")`,
    (command, example, got) => `${command} ghi ra văn bản Word: hãy đặt tên tệp có đuôi .docx, ví dụ -o ${example} (đã nhập "${got}")`,
  ),
};

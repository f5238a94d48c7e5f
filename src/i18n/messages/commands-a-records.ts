/**
 * The commands of bodies, award types, ceremonies and decisions, and audit anchor/log, counts and
 * completion (src/cli/commands/).
 */
import { msg } from '../index.js';

export const AUDIT_CMD = {
  anchorDescription: msg(
    'print the head of the audit trail as a short code to write on the paper decision; later: tdkt audit verify --anchor <code>',
    'in đầu nhật ký kiểm tra dưới dạng một mã ngắn để ghi lên quyết định bản giấy; sau này: tdkt audit verify --anchor <code>',
  ),
  anchorEmpty: msg('The audit trail is empty: nothing to anchor yet.', 'Nhật ký kiểm tra còn trống: chưa có gì để lấy mã mốc.'),
  anchorHead: msg(
    (id: string, at: string, code: string) =>
      `Head of the audit trail: event #${id} of ${at}. Write ${code} on the paper; later, tdkt audit verify --anchor ${code} proves history up to it unchanged.`,
    (id, at, code) =>
      `Đầu nhật ký kiểm tra: sự kiện #${id} lúc ${at}. Ghi ${code} lên bản giấy; sau này, tdkt audit verify --anchor ${code} chứng minh lịch sử đến mốc đó không bị thay đổi.`,
  ),
  logDescription: msg(
    'list audit events, oldest first: when, who, which command, which record, values before and after',
    'liệt kê các sự kiện của nhật ký kiểm tra, cũ nhất trước: khi nào, ai, lệnh nào, bản ghi nào, giá trị trước và sau',
  ),
  since: msg(
    'from this day (YYYY-MM-DD or DD/MM/YYYY, local time) or ISO timestamp on',
    'từ ngày này (YYYY-MM-DD hoặc DD/MM/YYYY, giờ địa phương) hoặc từ thời điểm ISO này trở đi',
  ),
  until: msg('up to and including this day (or before this ISO timestamp)', 'đến hết ngày này (hoặc trước thời điểm ISO này)'),
  actor: msg('changes made by this actor', 'các thay đổi do người này thực hiện'),
  command: msg('changes made by this command, e.g. "award revoke"', 'các thay đổi do lệnh này thực hiện, ví dụ "award revoke"'),
  entity: msg('changes to records of this kind', 'các thay đổi trên loại bản ghi này'),
  record: msg(
    'changes to this record: #12 (award line, with its revocation and presentation), recipient:<ref>, decision:<number>, body:<ref>, award-type:<code>, ceremony:<ref> (repeatable)',
    'các thay đổi trên bản ghi này: #12 (dòng khen thưởng, kèm việc thu hồi và trao tặng), recipient:<ref>, decision:<number>, body:<ref>, award-type:<code>, ceremony:<ref> (lặp lại được)',
  ),
  last: msg('only the last n events', 'chỉ n sự kiện gần nhất'),
};

export const AWARD_TYPE_CMD = {
  name: msg('Vietnamese name', 'tên tiếng Việt'),
  nameEn: msg('English name', 'tên tiếng Anh'),
  family: msg('title (danh hiệu thi đua) or form (hình thức khen thưởng)', 'title (danh hiệu thi đua) hoặc form (hình thức khen thưởng)'),
  category: msg('kind of award, for precedence', 'loại khen thưởng, dùng để xếp thứ tự ưu tiên'),
  kinds: msg('who may receive it: letters I, C, H, e.g. I,C', 'đối tượng được nhận: các chữ I (cá nhân), C (tập thể), H (hộ gia đình), ví dụ I,C'),
  levels: msg('levels that may confer it, e.g. district,commune,unit', 'các cấp có thẩm quyền tặng, ví dụ district,commune,unit'),
  rank: msg('rank inside its family line (1 highest)', 'thứ bậc trong cùng dòng danh hiệu, hình thức (1 là cao nhất)'),
  precedence: msg('position in rosters (lower first); see award-type list', 'vị trí trong danh sách khen thưởng (số nhỏ xếp trước); xem award-type list'),
  periodicity: msg('how often it may be conferred', 'bao lâu được xét tặng một lần'),
  article: msg('legal basis, e.g. "Art. 71"', 'căn cứ pháp lý, ví dụ "Điều 71"'),
  addDescription: msg(
    'add a local award type (a sector commemorative medal, an old-regime title)',
    'thêm một hình thức khen thưởng riêng (kỷ niệm chương của một ngành, danh hiệu theo quy định cũ)',
  ),
  code: msg('ASCII code, e.g. KNC_GD', 'mã ASCII, ví dụ KNC_GD'),
  askCode: msg('Code (ASCII capitals, e.g. KNC_GD)', 'Mã (chữ in hoa ASCII, ví dụ KNC_GD)'),
  askName: msg('Vietnamese name', 'Tên tiếng Việt'),
  askFamily: msg('Family', 'Nhóm'),
  /** A family as a choice: the code, and in Vietnamese what it means. */
  familyChoice: msg(
    (family: string) => family,
    (family) => `${family} (${family === 'title' ? 'danh hiệu thi đua' : 'hình thức khen thưởng'})`,
  ),
  askKinds: msg('Recipients (I individual, C collective, H household)', 'Đối tượng (I cá nhân, C tập thể, H hộ gia đình)'),
  askLevels: msg('Levels that may confer it', 'Các cấp có thẩm quyền tặng'),
  added: msg(
    (code: string, precedence: string) => `Added award type ${code} (precedence ${precedence})`,
    (code, precedence) => `Đã thêm hình thức khen thưởng ${code} (thứ tự ưu tiên ${precedence})`,
  ),
  editDescription: msg(
    'change an award type: precedence, conferring levels, names, … (built-in or local)',
    'sửa một hình thức khen thưởng: thứ tự ưu tiên, cấp có thẩm quyền tặng, tên, … (có sẵn hoặc tự thêm)',
  ),
  codeOrName: msg('code or Vietnamese name', 'mã hoặc tên tiếng Việt'),
  nothingToChange: msg(
    'nothing to change: pass at least one field option (see --help)',
    'không có gì để sửa: hãy nhập ít nhất một tùy chọn của trường (xem --help)',
  ),
  updated: msg((code: string) => `Updated award type ${code}`, (code) => `Đã cập nhật hình thức khen thưởng ${code}`),
  listDescription: msg('list the award catalogue in order of precedence', 'liệt kê danh mục khen thưởng theo thứ tự ưu tiên'),
  listFamily: msg('title (danh hiệu) or form (hình thức)', 'title (danh hiệu) hoặc form (hình thức)'),
  listLevel: msg('only types this level may confer', 'chỉ các hình thức mà cấp này có thẩm quyền tặng'),
  listEmpty: msg('No award types.', 'Không có hình thức khen thưởng nào.'),
  showDescription: msg(
    'show one award type: who may receive it, who may confer it, its article',
    'xem một hình thức khen thưởng: ai được nhận, cấp nào có thẩm quyền tặng, căn cứ điều nào',
  ),
  showType: msg('code (BK_BT) or Vietnamese name without diacritics', 'mã (BK_BT) hoặc tên tiếng Việt, gõ không dấu cũng được'),
};

export const BODY_CMD = {
  addDescription: msg(
    'add an issuing body (who signs decisions) with its level of authority',
    'thêm một cơ quan ban hành (ký quyết định) cùng cấp thẩm quyền của cơ quan',
  ),
  name: msg('name, e.g. "UBND quận Lê Chân"', 'tên, ví dụ "UBND quận Lê Chân"'),
  level: msg('level of authority', 'cấp thẩm quyền'),
  abbr: msg('abbreviation in decision symbols, e.g. UBND, TTg', 'chữ viết tắt trong ký hiệu quyết định, ví dụ UBND, TTg'),
  place: msg('place name for date lines, e.g. "Lê Chân"', 'địa danh ghi ở dòng ngày tháng, ví dụ "Lê Chân"'),
  parent: msg('the body it is part of (reference or name)', 'cơ quan cấp trên mà cơ quan này trực thuộc (mã hoặc tên)'),
  ref: msg('reference to use instead of one derived from the name', 'mã dùng thay cho mã tạo từ tên'),
  askName: msg('Name of the body', 'Tên cơ quan'),
  askLevel: msg('Level of authority', 'Cấp thẩm quyền'),
  askAbbr: msg('Abbreviation in decision symbols (UBND, TTg, …)', 'Chữ viết tắt trong ký hiệu quyết định (UBND, TTg, …)'),
  added: msg(
    (ref: string, name: string, level: string) => `Added body ${ref}: ${name} (${level})`,
    (ref, name, level) => `Đã thêm cơ quan ${ref}: ${name} (${level})`,
  ),
  editDescription: msg(
    'correct an issuing body; the old values stay in the audit trail',
    'sửa một cơ quan ban hành; giá trị cũ vẫn lưu trong nhật ký kiểm tra',
  ),
  newLevel: msg('new level', 'cấp mới'),
  newAbbr: msg('new abbreviation', 'chữ viết tắt mới'),
  newPlace: msg('new place name', 'địa danh mới'),
  newParent: msg('new parent body', 'cơ quan cấp trên mới'),
  updated: msg((ref: string) => `Updated ${ref}`, (ref) => `Đã cập nhật ${ref}`),
  listDescription: msg('list issuing bodies from the highest level down', 'liệt kê cơ quan ban hành, từ cấp cao nhất xuống'),
  listLevel: msg('only this level', 'chỉ cấp này'),
  listEmpty: msg('No bodies.', 'Không có cơ quan nào.'),
  // body setting
  colSetting: msg('Setting', 'Thiết lập'),
  colValue: msg('Value', 'Giá trị'),
  colSetHere: msg('Set here', 'Đặt riêng'),
  colSet: msg('Set', 'Đã đặt'),
  colMeaning: msg('Meaning', 'Ý nghĩa'),
  setYes: msg('yes', 'có'),
  setNo: msg('no (default)', 'không (mặc định)'),
  notADate: msg(
    (value: string) => `"${value}" is not a date: expected YYYY-MM-DD, e.g. 2022-01-10`,
    (value) => `"${value}" không phải là ngày: cần dạng YYYY-MM-DD, ví dụ 2022-01-10`,
  ),
  settingListDescription: msg(
    'what a body prints on its documents: every setting with its value (set here, or the default)',
    'những gì một cơ quan in trên văn bản: mọi thiết lập cùng giá trị (đặt riêng, hoặc mặc định)',
  ),
  settingDate: msg(
    'the defaults for a document of this date (grounds change with the law), YYYY-MM-DD',
    'giá trị mặc định cho văn bản ngày này (căn cứ thay đổi theo pháp luật), YYYY-MM-DD',
  ),
  settingSetDescription: msg(
    (keys: string) => `set a body's document setting (${keys}); a setting of lines takes one value per line`,
    (keys) => `đặt một thiết lập văn bản của cơ quan (${keys}); thiết lập nhiều dòng nhận mỗi dòng một giá trị`,
  ),
  settingKey: msg('the setting', 'thiết lập'),
  settingValues: msg('its value, or one value per line', 'giá trị, hoặc mỗi dòng một giá trị'),
  settingSet: msg((ref: string, key: string) => `${ref}: ${key} set`, (ref, key) => `${ref}: đã đặt ${key}`),
  settingUnsetDescription: msg('return a body setting to its default', 'đưa một thiết lập của cơ quan về mặc định'),
  settingUnset: msg((ref: string, key: string) => `${ref}: ${key} back to its default`, (ref, key) => `${ref}: ${key} đã về mặc định`),
  settingDescription: msg(
    'what a body prints on its documents: heading lines, grounds, recipients, signer, place, font',
    'những gì một cơ quan in trên văn bản: dòng tiêu đề, căn cứ, nơi nhận, người ký, địa danh, phông chữ',
  ),
};

export const CEREMONY_CMD = {
  addDescription: msg(
    'record a ceremony (a review conference, an anniversary) where awards are handed over',
    'ghi một buổi lễ (hội nghị tổng kết, lễ kỷ niệm) có trao tặng khen thưởng',
  ),
  name: msg(
    (example: string) => `name, e.g. ${example}`,
    (example) => `tên, ví dụ ${example}`,
  ),
  date: msg('date: YYYY-MM-DD or DD/MM/YYYY', 'ngày: YYYY-MM-DD hoặc DD/MM/YYYY'),
  organiser: msg(
    'organising body (reference or name); not always the issuing body',
    'cơ quan tổ chức (mã hoặc tên); không nhất thiết là cơ quan ban hành quyết định',
  ),
  place: msg('where it is held', 'nơi tổ chức'),
  ref: msg('reference to use instead of one derived from the name and date', 'mã dùng thay cho mã tạo từ tên và ngày'),
  askName: msg('Name of the ceremony', 'Tên buổi lễ'),
  askDate: msg('Date (YYYY-MM-DD or DD/MM/YYYY)', 'Ngày (YYYY-MM-DD hoặc DD/MM/YYYY)'),
  askOrganiser: msg('Organising body — type to search', 'Cơ quan tổ chức — gõ để tìm'),
  added: msg(
    (ref: string, name: string, date: string) => `Added ceremony ${ref}: ${name} (${date})`,
    (ref, name, date) => `Đã thêm buổi lễ ${ref}: ${name} (${date})`,
  ),
  editDescription: msg(
    'correct a ceremony: name, date, place, organiser or note; the old values stay in the audit trail ("" clears place and note)',
    'sửa một buổi lễ: tên, ngày, nơi tổ chức, cơ quan tổ chức hoặc ghi chú; giá trị cũ vẫn lưu trong nhật ký kiểm tra ("" để xóa nơi tổ chức và ghi chú)',
  ),
  newDate: msg(
    'new date: YYYY-MM-DD or DD/MM/YYYY (not before a decision presented there)',
    'ngày mới: YYYY-MM-DD hoặc DD/MM/YYYY (không trước ngày của quyết định đã trao tại buổi lễ)',
  ),
  newPlace: msg('new place', 'nơi tổ chức mới'),
  newOrganiser: msg('new organising body (reference or name)', 'cơ quan tổ chức mới (mã hoặc tên)'),
  presentedLines: msg('every presented line of this decision (repeatable)', 'mọi dòng đã trao của quyết định này (lặp lại được)'),
  nameTheLines: msg('name the lines: --award <id> or --decision <decision>', 'hãy chỉ ra các dòng: --award <id> hoặc --decision <decision>'),
  moveDescription: msg(
    'move presented lines to the ceremony where they were really handed over (audited)',
    'chuyển các dòng đã trao sang buổi lễ thực sự trao tặng (có ghi nhật ký kiểm tra)',
  ),
  moveTo: msg('the ceremony to move them to: reference or words of its name', 'buổi lễ chuyển đến: mã hoặc từ trong tên'),
  withdrawDescription: msg(
    'withdraw presentations recorded by mistake: the lines were not handed over (audited; the lines stay)',
    'rút lại việc trao tặng ghi nhầm: các dòng chưa được trao (có ghi nhật ký kiểm tra; các dòng vẫn giữ nguyên)',
  ),
  listDescription: msg(
    'list ceremonies by date, with the number of awards presented',
    'liệt kê buổi lễ theo ngày, kèm số khen thưởng đã trao',
  ),
  listYear: msg('held in this year', 'tổ chức trong năm này'),
  listEmpty: msg('No ceremonies.', 'Không có buổi lễ nào.'),
  presentDescription: msg(
    'hand over award lines at a ceremony: whole decisions and/or single lines',
    'trao tặng các dòng khen thưởng tại một buổi lễ: cả quyết định và/hoặc từng dòng',
  ),
  presentDecision: msg('every line of this decision (repeatable)', 'mọi dòng của quyết định này (lặp lại được)'),
  nameWhatIsPresented: msg(
    'name what is presented: --decision <decision> or --award <id>',
    'hãy chỉ ra những gì được trao: --decision <decision> hoặc --award <id>',
  ),
  /** `already` is empty when no line was already on the roster. */
  presented: msg(
    (added: string, ceremony: string, already: string) => `Presented ${added} award line(s) at ${ceremony}${already ? `; ${already} were already on its roster` : ''}`,
    (added, ceremony, already) => `Đã trao ${added} dòng khen thưởng tại ${ceremony}${already ? `; ${already} dòng đã có trong danh sách khen thưởng của buổi lễ` : ''}`,
  ),
  badPresenter: msg(
    (example: string, got: string) => `--presenter takes an award type code and who hands it over, e.g. --presenter ${example} (got "${got}")`,
    (example, got) => `--presenter nhận mã hình thức khen thưởng và người trao, ví dụ --presenter ${example} (đã nhập "${got}")`,
  ),
  badBatch: msg(
    (got: string) => `--batch takes how many are called up at once, 1 to 100 (got "${got}")`,
    (got) => `--batch là số người được mời lên mỗi lượt, từ 1 đến 100 (đã nhập "${got}")`,
  ),
  scriptDescription: msg(
    "the MC's script (kịch bản) as a Word document: groups in order of precedence, each with its decision's excerpt, recipients called up in batches",
    'kịch bản dẫn chương trình dạng văn bản Word: các nhóm theo thứ tự ưu tiên, mỗi nhóm kèm phần trích quyết định, đối tượng được mời lên theo từng lượt',
  ),
  batch: msg('how many are called up to the stage at once', 'số người được mời lên sân khấu mỗi lượt'),
  presenter: msg(
    (example: string) => `who hands over an award type (repeatable), e.g. ${example}`,
    (example) => `người trao một hình thức khen thưởng (lặp lại được), ví dụ ${example}`,
  ),
  nothingPresented: msg(
    'nothing has been presented at this ceremony yet: add its decisions with tdkt ceremony present',
    'chưa có gì được trao tại buổi lễ này: hãy thêm các quyết định bằng tdkt ceremony present',
  ),
  wroteScript: msg(
    (parts: string, batches: string, lines: string, file: string) => `Wrote the script: ${parts} parts, ${batches} call-ups, ${lines} lines to ${file}`,
    (parts, batches, lines, file) => `Đã ghi kịch bản: ${parts} phần, ${batches} lượt mời lên, ${lines} dòng vào ${file}`,
  ),
  showDescription: msg('show a ceremony (its roster: tdkt roster <ceremony>)', 'xem một buổi lễ (danh sách khen thưởng: tdkt roster <ceremony>)'),
};

export const DECISION_CMD = {
  addDescription: msg(
    'record a decision (quyết định khen thưởng); add its annex lines with award add',
    'ghi một quyết định khen thưởng; thêm các dòng của phụ lục bằng award add',
  ),
  number: msg('number and symbol, e.g. 215/QĐ-UBND ("QD" is accepted)', 'số và ký hiệu, ví dụ 215/QĐ-UBND (viết "QD" cũng được)'),
  dateSigned: msg('date signed: YYYY-MM-DD or DD/MM/YYYY', 'ngày ký: YYYY-MM-DD hoặc DD/MM/YYYY'),
  body: msg('signing body (reference or name)', 'cơ quan ký (mã hoặc tên)'),
  capacity: msg(
    (example: string) => `capacity, e.g. ${example}`,
    (example) => `thẩm quyền ký, ví dụ ${example}`,
  ),
  ref: msg('reference to use instead of <body>-<year>-<number>', 'mã dùng thay cho <body>-<year>-<number>'),
  askNumber: msg('Number and symbol (e.g. 215/QĐ-UBND)', 'Số và ký hiệu (ví dụ 215/QĐ-UBND)'),
  askDate: msg('Date signed (YYYY-MM-DD or DD/MM/YYYY)', 'Ngày ký (YYYY-MM-DD hoặc DD/MM/YYYY)'),
  askBody: msg('Signing body — type to search', 'Cơ quan ký — gõ để tìm'),
  added: msg(
    (ref: string, symbol: string, date: string, body: string, regime: string) => `Added decision ${ref}: ${symbol} of ${date} (${body}, regime ${regime})`,
    (ref, symbol, date, body, regime) => `Đã thêm quyết định ${ref}: ${symbol} ngày ${date} (${body}, khung pháp lý ${regime})`,
  ),
  annulDescription: msg(
    'annul a decision (hủy bỏ, Art. 93): revoke every line of its annex at once, in one transaction',
    'hủy bỏ một quyết định (Điều 93): thu hồi cùng lúc mọi dòng trong phụ lục, trong một giao dịch',
  ),
  /** `skipped` is empty when no line was already withdrawn. */
  annulled: msg(
    (symbol: string, revoked: string, skipped: string) =>
      `Annulled ${symbol}: revoked ${revoked} line(s)${skipped ? `; ${skipped} were already withdrawn` : ''}. The lines stay in history.`,
    (symbol, revoked, skipped) =>
      `Đã hủy bỏ ${symbol}: thu hồi ${revoked} dòng${skipped ? `; ${skipped} dòng đã được thu hồi từ trước` : ''}. Các dòng vẫn được giữ trong lịch sử.`,
  ),
  editDescription: msg(
    'correct a decision; its lines are checked again and the old values stay in the audit trail ("" clears a text)',
    'sửa một quyết định; các dòng của quyết định được kiểm tra lại và giá trị cũ vẫn lưu trong nhật ký kiểm tra ("" để xóa một nội dung)',
  ),
  rightNumber: msg('the right number and symbol, e.g. 216/QĐ-UBND', 'số và ký hiệu đúng, ví dụ 216/QĐ-UBND'),
  rightDate: msg('the right date', 'ngày đúng'),
  rightBody: msg('the right signing body', 'cơ quan ký đúng'),
  corrected: msg(
    (ref: string, symbol: string, date: string, body: string) => `Corrected decision ${ref}: ${symbol} of ${date} (${body})`,
    (ref, symbol, date, body) => `Đã sửa quyết định ${ref}: ${symbol} ngày ${date} (${body})`,
  ),
  listDescription: msg('list decisions by date', 'liệt kê quyết định theo ngày'),
  listYear: msg('signed in this year', 'ký trong năm này'),
  listBody: msg('signed by this body (reference or name)', 'do cơ quan này ký (mã hoặc tên)'),
  listEmpty: msg('No decisions.', 'Không có quyết định nào.'),
  printDescription: msg(
    'the decision and its annex as a Word document for signature (Decree 30/2020 layout: A4, Times New Roman)',
    'quyết định và phụ lục dạng văn bản Word để trình ký (thể thức theo Nghị định 30/2020: khổ A4, Times New Roman)',
  ),
  proposal: msg(
    (after: string, example: string) => `the proposal it answers, after ${after}, e.g. ${example}`,
    (after, example) => `tờ trình đề nghị mà quyết định căn cứ, in sau ${after}, ví dụ ${example}`,
  ),
  warning: msg((text: string) => `warning: ${text}`, (text) => `cảnh báo: ${text}`),
  wrote: msg(
    (symbol: string, lines: string, file: string) => `Wrote decision ${symbol} with ${lines} annex lines to ${file}`,
    (symbol, lines, file) => `Đã ghi quyết định ${symbol} với ${lines} dòng phụ lục vào ${file}`,
  ),
  showDescription: msg(
    'show a decision and, on a terminal, its annex (the award lines in order)',
    'xem một quyết định và, trong cửa sổ dòng lệnh, phụ lục của quyết định (các dòng khen thưởng theo thứ tự)',
  ),
  annexEmpty: msg('The annex has no lines yet (tdkt award add).', 'Phụ lục chưa có dòng nào (tdkt award add).'),
  annex: msg('Annex', 'Phụ lục'),
};

export const COUNTS_CMD = {
  year: msg('decisions of this year (instead of a ceremony)', 'các quyết định của năm này (thay cho một buổi lễ)'),
  body: msg('only decisions of this body', 'chỉ các quyết định của cơ quan này'),
  level: msg('only decisions of bodies at this level', 'chỉ các quyết định của cơ quan ở cấp này'),
  includeRevoked: msg('count revoked lines too', 'đếm cả dòng đã thu hồi'),
  nameACeremony: msg(
    'name a ceremony, or pass --year, e.g. tdkt counts --year 2021',
    'hãy chỉ ra một buổi lễ, hoặc nhập --year, ví dụ tdkt counts --year 2021',
  ),
  decisionsOf: msg((year: string) => `decisions of ${year}`, (year) => `quyết định năm ${year}`),
  title: msg((scope: string) => `Counts: ${scope}`, (scope) => `Thống kê: ${scope}`),
};

export const COMPLETION_CMD = {
  noCompletion: msg(
    (shell: string, shells: string) => `no completion for "${shell}": choose one of ${shells}`,
    (shell, shells) => `không có tập lệnh tự hoàn thành cho "${shell}": hãy chọn một trong ${shells}`,
  ),
  /** The first line of each script: how to install it. */
  installBash: msg(
    '# tdkt completion for bash: add to ~/.bashrc:  eval "$(tdkt completion bash)"',
    '# tự hoàn thành lệnh tdkt cho bash: thêm vào ~/.bashrc:  eval "$(tdkt completion bash)"',
  ),
  installZsh: msg(
    '# tdkt completion for zsh: add to ~/.zshrc:  eval "$(tdkt completion zsh)"',
    '# tự hoàn thành lệnh tdkt cho zsh: thêm vào ~/.zshrc:  eval "$(tdkt completion zsh)"',
  ),
  installFish: msg(
    '# tdkt completion for fish: tdkt completion fish > ~/.config/fish/completions/tdkt.fish',
    '# tự hoàn thành lệnh tdkt cho fish: tdkt completion fish > ~/.config/fish/completions/tdkt.fish',
  ),
  installPowershell: msg(
    '# tdkt completion for PowerShell: add to $PROFILE:  tdkt completion powershell | Out-String | Invoke-Expression',
    '# tự hoàn thành lệnh tdkt cho PowerShell: thêm vào $PROFILE:  tdkt completion powershell | Out-String | Invoke-Expression',
  ),
};

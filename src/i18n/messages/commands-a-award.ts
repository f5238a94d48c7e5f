/** The award commands: add, edit, list, revoke, strip, void, reinstate (src/cli/commands/award/). */
import { msg } from '../index.js';

/** How a withdrawn line's status reads in a sentence ("Award #12 is revoked"). */
const STATUS_VI: Record<string, string> = {
  revoked: 'đã bị thu hồi',
  stripped: 'đã bị tước',
  voided: 'đã bị hủy',
  active: 'còn hiệu lực',
};

export const AWARD_CMD = {
  // award add
  addDescription: msg(
    "add an award line to a decision's annex, checked against the rules of the law",
    'thêm một dòng khen thưởng vào phụ lục của quyết định, có kiểm tra theo các quy tắc của pháp luật',
  ),
  optDecision: msg('the decision (reference or number, e.g. 05/QĐ-UBND)', 'quyết định (mã hoặc số, ví dụ 05/QĐ-UBND)'),
  optRecipient: msg('who receives it (reference or name)', 'đối tượng được khen thưởng (mã hoặc tên)'),
  optType: msg('award type (code or Vietnamese name)', 'hình thức khen thưởng (mã hoặc tên tiếng Việt)'),
  optPeriod: msg(
    'achievement period: a year or a range, e.g. 2021 or 2020-2021',
    'giai đoạn thành tích: một năm hoặc một khoảng năm, ví dụ 2021 hoặc 2020-2021',
  ),
  optAchievement: msg('achievement text printed on the certificate', 'nội dung thành tích in trên bằng, giấy khen'),
  optKind: msg('kind of commendation', 'loại hình khen thưởng'),
  optLine: msg('its number (STT) in the annex', 'số thứ tự (STT) của dòng trong phụ lục'),
  optUnitName: msg("unit printed on the line (default: the recipient's unit)", 'đơn vị in trên dòng (mặc định: đơn vị của đối tượng)'),
  optPosition: msg("position printed on the line (default: the recipient's)", 'chức vụ in trên dòng (mặc định: chức vụ của đối tượng)'),
  optStrict: msg(
    'refuse the line when the chain rules find a problem (default: setting award.strict)',
    'từ chối dòng khi các quy tắc về chuỗi điều kiện phát hiện vấn đề (mặc định: theo thiết lập award.strict)',
  ),
  optNoStrict: msg('only warn, whatever the setting award.strict says', 'chỉ cảnh báo, bất kể thiết lập award.strict'),
  askDecision: msg('Decision — type to search', 'Quyết định — gõ để tìm'),
  askRecipient: msg('Recipient — type to search (or create one)', 'Đối tượng — gõ để tìm (hoặc tạo mới)'),
  askType: msg('Award type — type to search', 'Hình thức khen thưởng — gõ để tìm'),
  askPeriod: msg('Achievement period (2021 or 2020-2021)', 'Giai đoạn thành tích (2021 hoặc 2020-2021)'),
  askLine: msg('Line number (STT) in the annex', 'Số thứ tự (STT) trong phụ lục'),
  askKind: msg('Kind of the new recipient', 'Loại đối tượng mới'),
  askUnit: msg('Unit (collective) — type to search', 'Đơn vị (tập thể) — gõ để tìm'),
  askPosition: msg('Position (chức vụ), empty for none', 'Chức vụ (để trống nếu không có)'),
  lineNumber: msg('a line number is a whole number, e.g. 3', 'số thứ tự là một số nguyên, ví dụ 3'),
  /** `kind` is the code (individual), `label` its Vietnamese name (cá nhân). */
  recipientCreated: msg(
    (kind: string, label: string, ref: string, name: string) => `Added ${kind} ${ref}: ${name}`,
    (_kind, label, ref, name) => `Đã thêm ${label} ${ref}: ${name}`,
  ),
  notRecorded: msg(
    (ref: string) => `The recipient ${ref} was created; the award line was not recorded.`,
    (ref) => `Đã tạo đối tượng ${ref}; dòng khen thưởng chưa được ghi.`,
  ),
  added: msg(
    (id: string, type: string, recipient: string, period: string, decision: string) => `Added award #${id}: ${type} to ${recipient} (${period}) in ${decision}`,
    (id, type, recipient, period, decision) => `Đã thêm dòng khen thưởng #${id}: ${type} cho ${recipient} (${period}) thuộc ${decision}`,
  ),

  // award edit
  editDescription: msg(
    'correct an award line, checked again against the rules; the old values stay in the audit trail ("" clears a text)',
    'sửa một dòng khen thưởng, có kiểm tra lại theo các quy tắc; giá trị cũ vẫn lưu trong nhật ký kiểm tra ("" để xóa một nội dung)',
  ),
  editDecision: msg("move it to this decision's annex", 'chuyển dòng sang phụ lục của quyết định này'),
  editRecipient: msg(
    'the right recipient (unit and position follow unless given)',
    'đối tượng đúng (đơn vị và chức vụ lấy theo đối tượng, trừ khi được nhập)',
  ),
  editType: msg('the right award type', 'hình thức khen thưởng đúng'),
  editPeriod: msg('achievement period, e.g. 2021 or 2020-2021', 'giai đoạn thành tích, ví dụ 2021 hoặc 2020-2021'),
  editAchievement: msg('achievement text', 'nội dung thành tích'),
  editLine: msg('its STT in the annex ("" clears it)', 'STT của dòng trong phụ lục ("" để xóa)'),
  editUnitName: msg('unit printed on the line', 'đơn vị in trên dòng'),
  editPosition: msg('position printed on the line', 'chức vụ in trên dòng'),
  editNote: msg('free note (also on a withdrawn line)', 'ghi chú tự do (ghi được cả trên dòng đã thu hồi, bị tước hoặc đã hủy)'),
  corrected: msg(
    (id: string, type: string, recipient: string, period: string, decision: string) => `Corrected award #${id}: ${type} to ${recipient} (${period}) in ${decision}`,
    (id, type, recipient, period, decision) => `Đã sửa dòng khen thưởng #${id}: ${type} cho ${recipient} (${period}) thuộc ${decision}`,
  ),

  // award list (its filter is shared with export awards)
  listDescription: msg(
    'list award lines, filtered by recipient, decision, type, body, ceremony or year',
    'liệt kê dòng khen thưởng, lọc theo đối tượng, quyết định, hình thức, cơ quan, buổi lễ hoặc năm',
  ),
  filterRecipient: msg('received by (reference or name)', 'do đối tượng này nhận (mã hoặc tên)'),
  filterDecision: msg("in this decision's annex", 'trong phụ lục của quyết định này'),
  filterType: msg('of this award type', 'thuộc hình thức khen thưởng này'),
  filterBody: msg('signed by this body', 'do cơ quan này ký'),
  filterCeremony: msg('presented at this ceremony', 'được trao tại buổi lễ này'),
  filterYear: msg('decided in this year', 'có quyết định trong năm này'),
  filterLimit: msg('at most n rows', 'tối đa n dòng'),
  listRevoked: msg(
    'also revoked, stripped and voided lines (marked in status)',
    'gồm cả dòng đã thu hồi, bị tước và đã hủy (ghi ở cột trạng thái)',
  ),
  listEmpty: msg('No award lines match.', 'Không có dòng khen thưởng nào phù hợp.'),

  // award revoke, strip (and decision annul): the withdrawing decision
  byWithdrawing: msg(
    'number and symbol of the withdrawing decision, e.g. 30/QĐ-UBND',
    'số, ký hiệu của quyết định thu hồi, ví dụ 30/QĐ-UBND',
  ),
  bodyWithdrawing: msg(
    'the body that signed it (default: the body that conferred the award)',
    'cơ quan ký quyết định (mặc định: cơ quan đã quyết định khen thưởng)',
  ),
  noteWithdrawing: msg(
    'note: what was found, the case file, money recovered',
    'ghi chú: sai phạm phát hiện được, hồ sơ vụ việc, tiền thưởng đã thu hồi',
  ),
  /** `grounds`: "a gian dối …; b làm giả …" (the grounds' Vietnamese names). */
  optGround: msg((grounds: string) => `ground of Art. 93: ${grounds}`, (grounds) => `căn cứ Điều 93: ${grounds}`),
  askWithdrawing: msg(
    'Number and symbol of the withdrawing decision (e.g. 30/QĐ-UBND)',
    'Số, ký hiệu của quyết định thu hồi (ví dụ 30/QĐ-UBND)',
  ),
  askGround: msg('Ground (Art. 93)', 'Căn cứ (Điều 93)'),
  /** A ground as a choice: its letter and its name ("Vietnamese (English)"); Vietnamese keeps its own part. */
  groundChoice: msg(
    (ground: string, label: string) => `${ground}  ${label}`,
    (ground, label) => `${ground}  ${label.replace(/ \(.*\)$/, '')}`,
  ),
  /** `by`, `ground` are the parts below, or empty. */
  withdrawn: msg(
    (id: string, status: string, by: string, ground: string, type: string, recipient: string, period: string, decision: string) =>
      `Award #${id} is ${status}${by}${ground} (${type} to ${recipient}, ${period}, ${decision}); the line stays in history.`,
    (id, status, by, ground, type, recipient, period, decision) =>
      `Dòng khen thưởng #${id} ${STATUS_VI[status] ?? status}${by}${ground} (${type} cho ${recipient}, ${period}, ${decision}); dòng vẫn được giữ trong lịch sử.`,
  ),
  withdrawnBy: msg((symbol: string, date: string) => ` by ${symbol} of ${date}`, (symbol, date) => ` theo ${symbol} ngày ${date}`),
  withdrawnGround: msg((ground: string) => `, ground ${ground}`, (ground) => `, căn cứ ${ground}`),
  revokeDescription: msg(
    'revoke an award line (thu hồi, Art. 93) by a decision of its own, on ground a–d; the line stays, marked',
    'thu hồi một dòng khen thưởng (Điều 93) bằng một quyết định riêng, theo căn cứ a–d; dòng vẫn được giữ, có đánh dấu',
  ),
  stripDescription: msg(
    'strip (tước) a state honorary title after a prison sentence (Art. 93.3), by a decision of its own; the line stays, marked',
    'tước danh hiệu vinh dự nhà nước sau khi bị kết án tù (khoản 3 Điều 93) bằng một quyết định riêng; dòng vẫn được giữ, có đánh dấu',
  ),

  // award void
  voidDescription: msg(
    'void an award line entered by mistake and never presented, with the reason; it is never deleted',
    'hủy một dòng khen thưởng nhập nhầm và chưa trao, kèm lý do; dòng không bao giờ bị xóa',
  ),
  optReason: msg('why the line is void, e.g. "entered twice, see #11"', 'lý do hủy dòng, ví dụ "nhập trùng, xem #11"'),
  reasonExample: msg('"entered twice, see #11"', '"nhập trùng, xem #11"'),
  askReason: msg('Why is the line void?', 'Lý do hủy dòng?'),

  // award reinstate
  reinstateDescription: msg(
    'reinstate a revoked or stripped award line by a decision of its own (after an appeal); history keeps both',
    'khôi phục một dòng khen thưởng đã bị thu hồi hoặc bị tước bằng một quyết định riêng (sau khiếu nại); lịch sử giữ cả hai',
  ),
  byReinstating: msg(
    'number and symbol of the reinstating decision, e.g. 45/QĐ-UBND',
    'số, ký hiệu của quyết định khôi phục, ví dụ 45/QĐ-UBND',
  ),
  bodyReinstating: msg(
    'the body that signed it (default: the body that signed the revocation)',
    'cơ quan ký quyết định (mặc định: cơ quan đã ký quyết định thu hồi)',
  ),
  noteReinstating: msg('note: the appeal, the case file', 'ghi chú: đơn khiếu nại, hồ sơ vụ việc'),
  askReinstating: msg(
    'Number and symbol of the reinstating decision (e.g. 45/QĐ-UBND)',
    'Số, ký hiệu của quyết định khôi phục (ví dụ 45/QĐ-UBND)',
  ),
  // The columns of a reinstatement.
  colAward: msg('Award', 'Dòng'),
  colType: msg('Type', 'Hình thức'),
  colRecipientRef: msg('Recipient ref', 'Mã đối tượng'),
  colRecipient: msg('Recipient', 'Đối tượng'),
  colPeriod: msg('Period', 'Giai đoạn'),
  colAwardedBy: msg('Awarded by', 'Theo quyết định'),
  colReinstatedBy: msg('Reinstated by', 'Khôi phục theo'),
  colOn: msg('On', 'Ngày'),
  colReinstatingBody: msg('Reinstating body', 'Cơ quan khôi phục'),
  colWas: msg('Was', 'Trạng thái trước'),
  colWithdrawnBy: msg('Withdrawn by', 'Thu hồi theo'),
  colWithdrawnOn: msg('Withdrawn on', 'Ngày thu hồi'),
  colGround: msg('Ground', 'Căn cứ'),
  colNote: msg('Note', 'Ghi chú'),
};

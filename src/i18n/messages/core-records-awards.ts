/**
 * Award lines, their withdrawal and reinstatement (src/core/award/), decisions (src/core/decision/) and
 * ceremonies (src/core/ceremony/).
 */
import { msg } from '../index.js';

/** A withdrawal's action or status in Vietnamese: revoke/revoked → thu hồi, strip → tước, void → hủy. */
const withdrawnVi = (code: string): string =>
  ({ revoke: 'thu hồi', revoked: 'thu hồi', strip: 'tước', stripped: 'tước', void: 'hủy', voided: 'hủy' })[code] ?? code;

export const AWARD = {
  commendationKind: msg(
    (text: string, kinds: string) => `"${text}" is not a kind of commendation: expected ${kinds} (or công trạng, đột xuất, chuyên đề, …)`,
    (text, kinds) => `"${text}" không phải là loại hình khen thưởng: cần một trong ${kinds} (hoặc công trạng, đột xuất, chuyên đề, …)`,
  ),
  lineNumber: msg(
    (text: string) => `"${text}" is not a line number: expected a whole number, 1 or more ("" clears it)`,
    (text) => `"${text}" không phải là số thứ tự dòng: cần một số nguyên từ 1 trở lên ("" để xóa)`,
  ),
  notFound: msg((id: string) => `No award line #${id}`, (id) => `Không tìm thấy dòng khen thưởng #${id}`),
  listHint: msg('List award lines with: tdkt award list', 'Xem danh sách dòng khen thưởng bằng: tdkt award list'),
  /** Where an issue is, in a list of issues: one award line. */
  where: msg((id: string) => `award #${id}`, (id) => `dòng khen thưởng #${id}`),
  withdrawnOnlyNote: msg(
    (id: string, action: string) => `Award #${id} is withdrawn (${action}); only its note can be corrected`,
    (id, action) => `Dòng khen thưởng #${id} đã bị ${withdrawnVi(action)}; chỉ sửa được ghi chú`,
  ),
  withdrawnOnlyNoteHint: msg(
    'The withdrawn line stays as it was recorded; correct the note with --note.',
    'Dòng đã bị thu hồi, tước hoặc hủy được giữ nguyên như khi ghi; hãy sửa ghi chú bằng --note.',
  ),
  cannotMove: msg(
    (id: string, issue: string) => `Award #${id} cannot move: ${issue}`,
    (id, issue) => `Không chuyển được dòng khen thưởng #${id} sang quyết định đó: ${issue}`,
  ),
  cannotMoveHint: msg(
    (ceremony: string, date: string) => `It was presented at ${ceremony}; choose a decision signed by ${date}.`,
    (ceremony, date) => `Dòng này đã được trao tặng tại ${ceremony}; hãy chọn một quyết định ký không muộn hơn ngày ${date}.`,
  ),
  lineTaken: msg(
    (line: string, symbol: string, id: string) => `Line ${line} of decision ${symbol} is already taken (award #${id})`,
    (line, symbol, id) => `Số thứ tự ${line} của quyết định ${symbol} đã được dùng (dòng khen thưởng #${id})`,
  ),
  lineTakenHint: msg('Give another --line, or leave it out.', 'Hãy ghi --line khác, hoặc bỏ trống.'),
  /** A line named in a message: "award #12 (CSTDCS to Nguyễn Văn An, decision 215/QĐ-UBND)". */
  describe: msg(
    (id: string, code: string, name: string, symbol: string) => `award #${id} (${code} to ${name}, decision ${symbol})`,
    (id, code, name, symbol) => `dòng khen thưởng #${id} (${code} cho ${name}, quyết định ${symbol})`,
  ),
  // Withdrawing a line (src/core/award/revoke.ts).
  ground: msg(
    'must be a, b, c or d (Art. 93: a fraud in declaring achievements, b false or forged dossier, c appraisal or approval against the law, d violations found later); a state honorary title after a prison sentence is stripped with: tdkt award strip',
    'phải là a, b, c hoặc d (Điều 93: a gian dối trong việc kê khai thành tích, b làm giả hồ sơ, giấy tờ, c thẩm định, xét duyệt, đề nghị trái pháp luật, d vi phạm trong thời gian đạt thành tích bị phát hiện sau); danh hiệu vinh dự nhà nước của người bị kết án tù thì bị tước bằng: tdkt award strip',
  ),
  nothingToAnnul: msg(
    (symbol: string) => `Decision ${symbol} has no award lines to annul`,
    (symbol) => `Quyết định ${symbol} không có dòng khen thưởng nào để hủy bỏ`,
  ),
  allWithdrawn: msg(
    (symbol: string) => `Every line of decision ${symbol} is already revoked, stripped or voided`,
    (symbol) => `Mọi dòng của quyết định ${symbol} đều đã bị thu hồi, tước hoặc hủy`,
  ),
  allWithdrawnHint: msg(
    (ref: string) => `See them with: tdkt award list --decision ${ref} --include-revoked`,
    (ref) => `Xem các dòng đó bằng: tdkt award list --decision ${ref} --include-revoked`,
  ),
  alreadyWithdrawn: msg(
    (what: string, status: string, by: string | null) => `${what} is already ${status}${by ? ` by ${by}` : ''}`,
    (what, status, by) => `${what} đã bị ${withdrawnVi(status)}${by ? ` theo quyết định ${by}` : ''}`,
  ),
  alreadyWithdrawnHint: msg(
    (id: string) => `See it with: tdkt audit log --record '#${id}'`,
    (id) => `Xem lại bằng: tdkt audit log --record '#${id}'`,
  ),
  presentedNoVoid: msg(
    (what: string, ceremony: string) => `${what} was presented at ${ceremony}; only a line never presented can be voided`,
    (what, ceremony) => `${what} đã được trao tặng tại ${ceremony}; chỉ hủy được dòng chưa trao tặng`,
  ),
  presentedNoVoidHint: msg(
    (id: string) => `Revoke it instead: tdkt award revoke ${id} --by <number> --date <date> --ground <a-d>`,
    (id) => `Hãy thu hồi thay vì hủy: tdkt award revoke ${id} --by <số quyết định> --date <ngày> --ground <a-d>`,
  ),
  notHonorary: msg(
    (code: string) => `${code} is not a state honorary title; only those are stripped (tước) after a prison sentence (Art. 93.3)`,
    (code) => `${code} không phải là danh hiệu vinh dự nhà nước; chỉ danh hiệu vinh dự nhà nước mới bị tước khi người được tặng bị kết án tù (khoản 3 Điều 93)`,
  ),
  notHonoraryHint: msg(
    (id: string) => `Revoke it on a ground a–d instead: tdkt award revoke ${id}`,
    (id) => `Hãy thu hồi theo một trong các căn cứ a–d: tdkt award revoke ${id}`,
  ),
  notIssuer: msg(
    (symbol: string, body: string, abbr: string) => `${symbol} does not carry the abbreviation of ${body} (${abbr}); name the signing body with --body`,
    (symbol, body, abbr) => `${symbol} không mang chữ viết tắt của ${body} (${abbr}); hãy ghi cơ quan ký bằng --body`,
  ),
  beforeAwarding: msg(
    (date: string, symbol: string, awarded: string) => `${date} is before the awarding decision ${symbol} of ${awarded}`,
    (date, symbol, awarded) => `ngày ${date} sớm hơn quyết định khen thưởng ${symbol} ngày ${awarded}`,
  ),
  inFuture: msg((date: string) => `${date} is in the future`, (date) => `ngày ${date} là ngày trong tương lai`),
  isAwardingItself: msg(
    (symbol: string) => `${symbol} is the awarding decision itself; give the number of the decision that withdraws it`,
    (symbol) => `${symbol} chính là quyết định khen thưởng; hãy ghi số của quyết định thu hồi`,
  ),
  cannotWithdraw: msg(
    (action: string, what: string) => `Cannot ${action} ${what}`,
    (action, what) => `Không thể ${withdrawnVi(action)} ${what}`,
  ),
  notWithdrawn: msg(
    (id: string) => `Award line #${id} has not been withdrawn`,
    (id) => `Dòng khen thưởng #${id} chưa bị thu hồi, tước hay hủy`,
  ),
  // Reinstating a line (src/core/award/reinstate.ts).
  isActive: msg(
    (what: string) => `${what} is active: there is nothing to reinstate`,
    (what) => `${what} đang có hiệu lực: không có gì để khôi phục`,
  ),
  voidedNoReinstate: msg(
    (what: string) => `${what} was voided as entered by mistake; a void is not revoked by a decision and is not reinstated`,
    (what) => `${what} đã bị hủy vì nhập nhầm; việc hủy không phải là thu hồi bằng quyết định nên không khôi phục được`,
  ),
  voidedNoReinstateHint: msg('Record the line again: tdkt award add', 'Hãy ghi lại dòng đó: tdkt award add'),
  beforeRevoking: msg(
    (date: string, symbol: string, revoked: string) => `${date} is before the revoking decision ${symbol} of ${revoked}`,
    (date, symbol, revoked) => `ngày ${date} sớm hơn quyết định thu hồi ${symbol} ngày ${revoked}`,
  ),
  isRevokingItself: msg(
    (symbol: string) => `${symbol} is the revoking decision itself; give the number of the decision that reinstates the line`,
    (symbol) => `${symbol} chính là quyết định thu hồi; hãy ghi số của quyết định khôi phục dòng này`,
  ),
  cannotReinstate: msg((id: string) => `Cannot reinstate award #${id}`, (id) => `Không thể khôi phục dòng khen thưởng #${id}`),
};

export const DECISION = {
  notFound: msg((ref: string) => `No decision with reference "${ref}"`, (ref) => `Không tìm thấy quyết định có mã "${ref}"`),
  exists: msg((ref: string) => `A decision with reference "${ref}" already exists`, (ref) => `Đã có quyết định với mã "${ref}"`),
  numberTaken: msg(
    (body: string, symbol: string, year: string, ref: string) => `${body} already has decision ${symbol} in ${year} (${ref})`,
    (body, symbol, year, ref) => `${body} đã có quyết định ${symbol} trong năm ${year} (${ref})`,
  ),
  numberTakenHint: msg(
    'Running numbers restart each year but never repeat within one.',
    'Số quyết định được đánh lại từ đầu mỗi năm nhưng không lặp lại trong cùng một năm.',
  ),
  breaksRules: msg(
    (count: string, symbol: string) => `The correction would break ${count} rule(s) for lines of ${symbol}`,
    (count, symbol) => `Nội dung sửa sẽ vi phạm ${count} quy tắc đối với các dòng của ${symbol}`,
  ),
  breaksRulesHint: msg(
    'Correct or revoke those lines first, or check the new values.',
    'Hãy sửa hoặc thu hồi các dòng đó trước, hoặc kiểm tra lại giá trị mới.',
  ),
  /** Where an issue is, in a list of issues: a whole decision. */
  where: msg((symbol: string) => `decision ${symbol}`, (symbol) => `quyết định ${symbol}`),
  /** A decision and its date, in a list of issues. */
  ofDate: msg((symbol: string, date: string) => `decision ${symbol} of ${date}`, (symbol, date) => `quyết định ${symbol} ngày ${date}`),
};

export const CEREMONY = {
  notFound: msg((ref: string) => `No ceremony with reference "${ref}"`, (ref) => `Không tìm thấy buổi lễ có mã "${ref}"`),
  exists: msg((ref: string) => `A ceremony with reference "${ref}" already exists`, (ref) => `Đã có buổi lễ với mã "${ref}"`),
  nothingToPresent: msg('Nothing to present', 'Không có gì để trao tặng'),
  nothingToPresentHint: msg(
    'Name decisions with --decision or award lines with --award.',
    'Hãy ghi quyết định bằng --decision hoặc dòng khen thưởng bằng --award.',
  ),
  noLinesYet: msg(
    (symbol: string) => `Decision ${symbol} has no award lines yet`,
    (symbol) => `Quyết định ${symbol} chưa có dòng khen thưởng nào`,
  ),
  noLinesYetHint: msg('Add them with: tdkt award add', 'Thêm dòng khen thưởng bằng: tdkt award add'),
  alreadyPresented: msg((ceremony: string) => `already presented at ${ceremony}`, (ceremony) => `đã được trao tặng tại ${ceremony}`),
  notPresentable: msg(
    (status: string) => `is ${status} and cannot be presented`,
    (status) => `đã bị ${status === 'voided' ? 'hủy' : 'thu hồi'} nên không trao tặng được`,
  ),
  cannotPresent: msg(
    (count: string, ceremony: string) => `Cannot present ${count} of the lines at ${ceremony}`,
    (count, ceremony) => `Không trao tặng được ${count} dòng tại ${ceremony}`,
  ),
  lateLines: msg(
    (ceremony: string, date: string, count: string) => `Cannot move ${ceremony} to ${date}: ${count} line(s) presented there were decided later`,
    (ceremony, date, count) => `Không đổi ngày ${ceremony} sang ${date} được: ${count} dòng đã trao tặng tại đó có quyết định ký sau ngày này`,
  ),
  lateLinesHint: msg(
    (id: string) => `Move those lines to another ceremony first: tdkt ceremony move <ceremony> --award ${id}`,
    (id) => `Hãy chuyển các dòng đó sang buổi lễ khác trước: tdkt ceremony move <buổi lễ> --award ${id}`,
  ),
  nothingNamed: msg('Nothing named', 'Chưa chỉ ra dòng nào'),
  nothingNamedHint: msg(
    'Name award lines with --award or whole decisions with --decision.',
    'Hãy ghi dòng khen thưởng bằng --award hoặc cả quyết định bằng --decision.',
  ),
  noneOfItsLines: msg('none of its lines has been presented', 'chưa dòng nào của quyết định này được trao tặng'),
  notPresented: msg('has not been presented at any ceremony', 'chưa được trao tặng tại buổi lễ nào'),
  afterCeremony: msg(
    (symbol: string, date: string, ceremonyDate: string) => `decision ${symbol} of ${date} is after the ceremony (${ceremonyDate})`,
    (symbol, date, ceremonyDate) => `quyết định ${symbol} ngày ${date} ký sau buổi lễ (${ceremonyDate})`,
  ),
  cannotMove: msg(
    (count: string, ceremony: string) => `Cannot move ${count} of the lines to ${ceremony}`,
    (count, ceremony) => `Không chuyển được ${count} dòng sang ${ceremony}`,
  ),
  cannotWithdraw: msg(
    (count: string) => `Cannot withdraw ${count} of the presentations`,
    (count) => `Không rút lại được ${count} lần trao tặng`,
  ),
};

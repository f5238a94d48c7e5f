/** `tdkt eligible`: the nomination list's texts (src/core/checks/eligible.ts, src/cli/commands/eligible.ts). */
import { msg } from '../index.js';

export const ELIGIBLE = {
  noChain: msg((code: string) => `No prerequisite chain is encoded for ${code}`, (code) => `Chưa có chuỗi điều kiện nào cho ${code}`),
  knows: msg((codes: string) => `eligible knows ${codes}`, (codes) => `eligible xét được ${codes}`),
  wrongLaw: msg(
    (code: string, laws: string, date: string, law: string) => `The ${code} chain is encoded for ${laws} only; a decision dated ${date} falls under ${law}`,
    (code, laws, date, law) => `Chuỗi điều kiện ${code} chỉ áp dụng theo ${laws}; quyết định ký ngày ${date} thuộc thời kỳ ${law}`,
  ),
  delegated: msg(
    (code: string, article: string) =>
      `The criteria of ${code} are set by each ministry, sector and province for the bodies it manages (${article}): tdkt does not judge them`,
    (code, article) => `Tiêu chuẩn xét tặng ${code} do từng bộ, ban, ngành, tỉnh quy định cho các cơ quan, đơn vị thuộc quyền quản lý (${article}): tdkt không xét`,
  ),
  delegatedHint: msg(
    "Judge the nominations by your ministry's or province's rules; tdkt check still judges the lines' level, period and duplicates.",
    'Xét đề nghị theo quy định của bộ, ngành, tỉnh; tdkt check vẫn kiểm tra cấp ký, thời gian và trùng lặp của các dòng khen thưởng.',
  ),
  giveDate: msg(
    'Give the date of the decision being prepared with --date, e.g. --date 2024-12-15',
    'Nêu ngày của quyết định đang chuẩn bị bằng --date, ví dụ --date 2024-12-15',
  ),
  /** A route met: "the LDTT standard in 2024: LDTT 2024". */
  route: msg((need: string, route: string) => `${need}: ${route}`, (need, route) => `${need}: ${route}`),

  // the command
  argType: msg(
    (codes: string, last: string) => `${codes} or ${last}`,
    (codes, last) => `${codes} hoặc ${last}`,
  ),
  optYear: msg('the achievement year (required)', 'năm tính thành tích (bắt buộc)'),
  optUnit: msg('only members of this collective (or the collective itself)', 'chỉ thành viên của tập thể này (hoặc chính tập thể đó)'),
  optDate: msg(
    'date of the decision being prepared, which picks the law (default: today)',
    'ngày của quyết định đang chuẩn bị, dùng để xác định luật áp dụng (mặc định: hôm nay)',
  ),
  optAll: msg('also those not eligible and those already awarded', 'cả những người không đủ điều kiện và những người đã được tặng'),
  missingYear: msg('missing --year: pass the achievement year, e.g. --year 2021', 'thiếu --year: nêu năm tính thành tích, ví dụ --year 2021'),
  badDate: msg((message: string) => `--date: ${message}`, (message) => `--date: ${message}`),
  title: msg(
    (code: string, year: string, article: string, regime: string) => `Eligible for ${code} ${year} (${article}; regime ${regime})`,
    (code, year, article, regime) => `Đủ điều kiện ${code} năm ${year} (${article}; thời kỳ ${regime})`,
  ),
  empty: msg(
    'Nobody meets or nearly meets the chain (use --all to see every candidate).',
    'Không ai đạt hoặc gần đạt chuỗi điều kiện (dùng --all để xem mọi ứng viên).',
  ),

  // the columns
  status: msg('Status', 'Tình trạng'),
  ref: msg('Ref', 'Mã'),
  recipient: msg('Recipient', 'Đối tượng'),
  unitRef: msg('Unit ref', 'Mã đơn vị'),
  unit: msg('Unit', 'Đơn vị'),
  award: msg('Award', 'Hình thức'),
  year: msg('Year', 'Năm'),
  article: msg('Article', 'Điều khoản'),
  regime: msg('Regime', 'Thời kỳ áp dụng'),
  routeHeader: msg('Route', 'Trường hợp'),
  closestRoute: msg('Closest route', 'Trường hợp gần đạt nhất'),
  lacks: msg('Lacks', 'Còn thiếu một điều kiện'),
  quotaLeft: msg('Quota places left', 'Chỉ tiêu còn lại'),
  qualifies: msg('Qualifies', 'Đạt'),
  missing: msg('Missing', 'Còn thiếu'),
};

/** The statuses as people read them (the codes stay in machine formats). */
export const ELIGIBILITY_LABEL = {
  eligible: msg('eligible', 'đủ điều kiện'),
  'missing-evidence': msg('missing-evidence', 'thiếu minh chứng'),
  'near-miss': msg('near-miss', 'gần đạt'),
  'not-eligible': msg('not-eligible', 'không đủ điều kiện'),
  awarded: msg('awarded', 'đã được tặng'),
};

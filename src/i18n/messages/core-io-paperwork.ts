/**
 * What the printed documents' code says to the clerk (src/core/paperwork): errors, hints, warnings and
 * the meaning of each setting and field. The documents themselves (decisions, annexes, scripts,
 * rosters, certificates, statistical forms) are Vietnamese by law and are not messages.
 */
import { msg } from '../index.js';

/** What each body setting sets (tdkt body setting list), by key. */
export const BODY_SETTING_ABOUT = {
  'heading.governing': msg(
    'the governing body printed above the issuing body in the heading (empty: none)',
    'cơ quan chủ quản in phía trên cơ quan ban hành ở phần đầu văn bản (để trống: không in)',
  ),
  'heading.issuer': msg('the issuing body in the heading, one value per line', 'tên cơ quan ban hành ở phần đầu văn bản, mỗi dòng một giá trị'),
  authority: msg('the signing authority printed under the title of the decision', 'thẩm quyền ban hành in dưới tên loại văn bản của quyết định'),
  'issued-by': msg(
    'who issues, as the annex says after "của": (Kèm theo Quyết định số … của …)',
    'người ban hành, như phụ lục ghi sau chữ "của": (Kèm theo Quyết định số … của …)',
  ),
  place: msg('the place of the date line ("Lê Chân, ngày …"); default: the body\'s place', 'địa danh ở dòng ngày tháng ("Lê Chân, ngày …"); mặc định: địa danh của cơ quan'),
  'grounds.organisation': msg(
    'grounds on the organisation of the body (Luật Tổ chức …); default by level and date',
    'căn cứ về tổ chức của cơ quan (Luật Tổ chức …); mặc định theo cấp và ngày ban hành',
  ),
  'grounds.law': msg(
    "grounds on emulation and commendation; default: the law and decree of the decision's regime",
    'căn cứ về thi đua, khen thưởng; mặc định: luật và nghị định có hiệu lực vào ngày ban hành quyết định',
  ),
  'grounds.own': msg(
    "the body's own grounds (its regulation on emulation and commendation), after the law",
    'căn cứ riêng của cơ quan (quy chế thi đua, khen thưởng của cơ quan), ghi sau căn cứ luật',
  ),
  proposer: msg(
    "who proposes (Theo đề nghị của …); the proposal's number is given with decision print --proposal",
    'người đề nghị (Theo đề nghị của …); số tờ trình ghi bằng decision print --proposal',
  ),
  articles: msg(
    'the articles after Điều 1, one value per article (the last ends with "./.")',
    'các điều sau Điều 1, mỗi điều một giá trị (điều cuối kết thúc bằng "./.")',
  ),
  recipients: msg(
    'the recipients (Nơi nhận) before the archive line, one value per line; "Như Điều N" names the last article',
    'phần Nơi nhận trước dòng Lưu, mỗi dòng một giá trị; "Như Điều N" chỉ điều cuối cùng',
  ),
  archive: msg('the archive line of the recipients: "Lưu: <value>."', 'dòng Lưu trong phần Nơi nhận: "Lưu: <giá trị>."'),
  'signer.capacity': msg(
    "the signer's capacity when the decision has none; \" / \" splits it over lines",
    'thẩm quyền ký khi quyết định chưa ghi; " / " để xuống dòng',
  ),
  'signer.name': msg("the signer's name when the decision has none", 'họ tên người ký khi quyết định chưa ghi'),
  register: msg(
    "the body whose award register (sổ khen thưởng) numbers this body's awards, when one office keeps both (empty: its own)",
    'cơ quan có sổ khen thưởng dùng để đánh số các khen thưởng của cơ quan này, khi một văn phòng giữ sổ cho cả hai (để trống: sổ của chính cơ quan)',
  ),
  'font.name': msg('the font of the documents', 'phông chữ của văn bản'),
  'font.size': msg('the body text size in points, 13 or 14', 'cỡ chữ phần nội dung, tính bằng point: 13 hoặc 14'),
};

export const BODY_SETTING = {
  notFound: msg((key: string) => `No body setting "${key}"`, (key) => `Không có thiết lập văn bản "${key}" của cơ quan`),
  keys: msg((keys: string) => `Body settings are: ${keys}`, (keys) => `Các thiết lập văn bản của cơ quan: ${keys}`),
  example: msg((key: string, example: string) => `e.g. tdkt body setting set <body> ${key} ${example}`, (key, example) => `ví dụ tdkt body setting set <body> ${key} ${example}`),
  emptyLine: msg((key: string) => `Cannot set ${key}: a line is empty`, (key) => `Không đặt được ${key}: có một dòng để trống`),
  oneValue: msg(
    (key: string, n: number) => `Cannot set ${key}: it takes one value, got ${n}`,
    (key, n) => `Không đặt được ${key}: thiết lập này nhận một giá trị, nhưng có ${n} giá trị`,
  ),
  quoteHint: msg((example: string) => `Quote a value with spaces; ${example}`, (example) => `Giá trị có dấu cách phải đặt trong ngoặc kép; ${example}`),
  fontSize: msg(
    (key: string, value: string) => `Cannot set ${key}: "${value}" is not 13 or 14 (Decree 30 sets the body text at 13–14 pt)`,
    (key, value) => `Không đặt được ${key}: "${value}" không phải 13 hoặc 14 (Nghị định 30 quy định cỡ chữ phần nội dung 13–14)`,
  ),
  noRegisterBody: msg((value: string) => `Cannot set register: there is no body "${value}"`, (value) => `Không đặt được register: không có cơ quan "${value}"`),
  registerHint: msg(
    'Give the reference of the body whose register is kept, e.g. ubnd-hai-phong (tdkt body list).',
    'Hãy ghi mã của cơ quan giữ sổ khen thưởng, ví dụ ubnd-hai-phong (tdkt body list).',
  ),
};

/** The fields of a certificate export (their names are stable ASCII identifiers a mail merge binds to). */
export const CERTIFICATE_FIELD_ABOUT = {
  so_so: msg(
    'số sổ khen thưởng: running number in the register of the issuing body for the year',
    'số sổ khen thưởng: số thứ tự trong sổ khen thưởng của cơ quan ban hành trong năm',
  ),
  nam_so: msg('year of the register', 'năm của sổ khen thưởng'),
  danh_xung: msg('"Ông" or "Bà" for an individual whose gender is recorded, else empty', '"Ông" hoặc "Bà" với cá nhân đã ghi giới tính, nếu không thì để trống'),
  ten: msg('name of the collective, person or household', 'tên tập thể, cá nhân hoặc hộ gia đình'),
  loai: msg('tập thể, cá nhân or hộ gia đình', 'tập thể, cá nhân hoặc hộ gia đình'),
  chuc_vu: msg('position', 'chức vụ'),
  don_vi: msg('unit', 'đơn vị'),
  chuc_vu_don_vi: msg('position and unit as one line', 'chức vụ và đơn vị trên một dòng'),
  thanh_tich: msg('achievement text', 'nội dung thành tích'),
  hinh_thuc: msg('name of the award type, e.g. Giấy khen', 'tên hình thức khen thưởng, ví dụ Giấy khen'),
  so_quyet_dinh: msg('decision number and symbol, e.g. 05/QĐ-UBND', 'số, ký hiệu quyết định, ví dụ 05/QĐ-UBND'),
  ngay_quyet_dinh: msg('decision date in words: ngày 10 tháng 01 năm 2022', 'ngày quyết định bằng chữ: ngày 10 tháng 01 năm 2022'),
  dia_danh_ngay: msg('place-and-date line: Lê Chân, ngày 10 tháng 01 năm 2022', 'dòng địa danh, ngày tháng: Lê Chân, ngày 10 tháng 01 năm 2022'),
  co_quan: msg('who confers it: Chủ tịch UBND quận Lê Chân', 'người khen thưởng: Chủ tịch UBND quận Lê Chân'),
  chuc_vu_ky: msg("signer's capacity, first line: CHỦ TỊCH or KT. CHỦ TỊCH", 'thẩm quyền ký, dòng thứ nhất: CHỦ TỊCH hoặc KT. CHỦ TỊCH'),
  chuc_vu_ky_2: msg("signer's capacity, second line: PHÓ CHỦ TỊCH (else empty)", 'thẩm quyền ký, dòng thứ hai: PHÓ CHỦ TỊCH (nếu không có thì để trống)'),
  nguoi_ky: msg("signer's name", 'họ tên người ký'),
  ma_dong: msg("the award line's id in tdkt", 'số hiệu của dòng khen thưởng trong tdkt'),
};

export const PAPERWORK = {
  // A decision or a ceremony named for certificates.
  bothTargets: msg(
    (query: string, symbol: string, ref: string) => `"${query}" names both decision ${symbol} and ceremony ${ref}`,
    (query, symbol, ref) => `"${query}" vừa là quyết định ${symbol} vừa là buổi lễ ${ref}`,
  ),
  oneOf: msg((a: string, b: string) => `Give the reference of one: ${a} or ${b}.`, (a, b) => `Hãy ghi mã của một trong hai: ${a} hoặc ${b}.`),
  decisionLabel: msg((symbol: string) => `decision ${symbol}`, (symbol) => `quyết định ${symbol}`),
  ceremonyLabel: msg((ref: string) => `ceremony ${ref}`, (ref) => `buổi lễ ${ref}`),
  noTarget: msg((query: string) => `No decision or ceremony matches "${query}"`, (query) => `Không có quyết định hay buổi lễ nào khớp với "${query}"`),
  noTargetHint: msg('List them with: tdkt decision list, tdkt ceremony list', 'Xem danh sách bằng: tdkt decision list, tdkt ceremony list'),
  // Printing a decision.
  noLines: msg(
    (symbol: string) => `Decision ${symbol} has no lines: there is no annex to print`,
    (symbol) => `Quyết định ${symbol} chưa có dòng khen thưởng nào: không có phụ lục để in`,
  ),
  noLinesHint: msg((ref: string) => `Add its lines first: tdkt award add --decision ${ref} …`, (ref) => `Hãy thêm các dòng khen thưởng trước: tdkt award add --decision ${ref} …`),
  noCapacity: msg(
    (symbol: string, ref: string) =>
      `Decision ${symbol} has no signer's capacity: the signature block prints none. Set it with tdkt decision edit ${ref} --capacity "CHỦ TỊCH", or for every decision of the body with tdkt body setting set <body> signer.capacity "CHỦ TỊCH".`,
    (symbol, ref) =>
      `Quyết định ${symbol} chưa ghi thẩm quyền ký: phần chữ ký sẽ không in thẩm quyền. Ghi bằng tdkt decision edit ${ref} --capacity "CHỦ TỊCH", hoặc cho mọi quyết định của cơ quan bằng tdkt body setting set <body> signer.capacity "CHỦ TỊCH".`,
  ),
  noSignerName: msg(
    (symbol: string, ref: string) =>
      `Decision ${symbol} has no signer's name: the signature block leaves it blank. Set it with tdkt decision edit ${ref} --signer "…", or for every decision of the body with tdkt body setting set <body> signer.name "…".`,
    (symbol, ref) =>
      `Quyết định ${symbol} chưa ghi họ tên người ký: phần chữ ký sẽ để trống họ tên. Ghi bằng tdkt decision edit ${ref} --signer "…", hoặc cho mọi quyết định của cơ quan bằng tdkt body setting set <body> signer.name "…".`,
  ),
  // A recipient's profile.
  notGender: msg(
    (value: string) => `"${value}" is not a gender: expected nam or nữ (male, female), or - to clear it`,
    (value) => `"${value}" không phải giới tính: cần nam hoặc nữ (male, female), hoặc - để xóa`,
  ),
  notGroup: msg(
    (value: string) => `"${value}" is not a group of the statistical forms: expected 1 to 5`,
    (value) => `"${value}" không phải nhóm của biểu mẫu thống kê: cần một số từ 1 đến 5`,
  ),
  notYesNo: msg(
    (value: string) => `"${value}" is not yes or no (có, không), or - to clear it`,
    (value) => `"${value}" không phải có hoặc không (yes, no), hoặc - để xóa`,
  ),
  genderForIndividuals: msg(
    (name: string, kind: string, _label: string) => `${name} is a ${kind}: gender and group are for individuals`,
    (name, _kind, label) => `${name} là ${label}: giới tính và nhóm chỉ ghi cho cá nhân`,
  ),
  enterpriseForCollectives: msg(
    (name: string, kind: string, _label: string) => `${name} is ${kind === 'individual' ? 'an individual' : 'a household'}: only a collective is or is not an enterprise`,
    (name, _kind, label) => `${name} là ${label}: chỉ tập thể mới ghi là doanh nghiệp hay không`,
  ),
  // Statistical forms.
  form0601: msg(
    'Form 0601.N counts emulation movements (phong trào thi đua), which this registry does not record',
    'Biểu 0601.N thống kê phong trào thi đua, là nội dung sổ này không ghi',
  ),
  form0601Hint: msg(
    'The registry fills 0602.N (state-level awards) and 0603.N (ministry and province awards).',
    'Sổ lập được biểu 0602.N (khen thưởng cấp Nhà nước) và 0603.N (khen thưởng cấp bộ, ngành, tỉnh).',
  ),
  noForm: msg((text: string) => `No statistical form "${text}"`, (text) => `Không có biểu mẫu thống kê "${text}"`),
  formsHint: msg(
    'Forms: 0602.N (state-level awards), 0603.N (ministry and province awards).',
    'Các biểu: 0602.N (khen thưởng cấp Nhà nước), 0603.N (khen thưởng cấp bộ, ngành, tỉnh).',
  ),
};

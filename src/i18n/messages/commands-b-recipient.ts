/** Texts of tdkt recipient add, edit, list, show, profile and merge. */
import { msg } from '../index.js';

export const RECIPIENT_CMD = {
  // add
  addDescription: msg('add a collective, individual or household', 'thêm một tập thể, cá nhân hoặc hộ gia đình'),
  argName: msg('full name, with diacritics', 'họ và tên hoặc tên tập thể, có dấu'),
  optKind: msg('collective, individual or household', 'loại đối tượng: tập thể, cá nhân hoặc hộ gia đình'),
  optUnit: msg('the collective it belongs to (reference or name)', 'tập thể mà đối tượng thuộc về (mã hoặc tên)'),
  optPosition: msg('position (chức vụ) of an individual', 'chức vụ của cá nhân'),
  optPlace: msg('address or ward, e.g. for a household', 'địa chỉ hoặc phường, xã (chẳng hạn của một hộ gia đình)'),
  optRef: msg('reference to use instead of one derived from the name', 'mã dùng thay cho mã tạo từ tên'),
  /** Named in the usage error when the name is missing and there is no terminal to ask on. */
  nameArgument: msg('the name argument', 'tham số tên'),
  askKind: msg('Kind of recipient', 'Loại đối tượng'),
  askName: msg('Full name (with diacritics)', 'Họ và tên hoặc tên tập thể (có dấu)'),
  nameRequired: msg('A name is required', 'Cần nhập tên'),
  askUnit: msg('Unit (collective) — type to search', 'Đơn vị (tập thể) — gõ để tìm'),
  askPosition: msg('Position (chức vụ), empty for none', 'Chức vụ (để trống nếu không có)'),
  added: msg(
    (kind: string, kindLabel: string, ref: string, name: string) => `Added ${kind} ${ref}: ${name}`,
    (_kind, kindLabel, ref, name) => `Đã thêm ${kindLabel} ${ref}: ${name}`,
  ),
  // edit
  editDescription: msg(
    'correct a recipient; the old values stay in the audit trail ("" clears a field)',
    'sửa một đối tượng; giá trị cũ vẫn còn trong nhật ký kiểm tra ("" để xóa một trường)',
  ),
  optNewName: msg('new name', 'tên mới'),
  optNewKind: msg('new kind (only while it has no awards)', 'loại mới (chỉ khi đối tượng chưa có khen thưởng nào)'),
  optNewUnit: msg('new unit (reference or name; "" for none)', 'đơn vị mới (mã hoặc tên; "" nếu không có)'),
  optNewPosition: msg('new position', 'chức vụ mới'),
  optNewPlace: msg('new address or ward', 'địa chỉ hoặc phường, xã mới'),
  optNewNote: msg('new note', 'ghi chú mới'),
  optNewRef: msg('new reference', 'mã mới'),
  nothingToChange: msg(
    'nothing to change: pass at least one of --name, --kind, --unit, --position, --place, --note, --ref',
    'không có gì để sửa: cần ít nhất một trong các tùy chọn --name, --kind, --unit, --position, --place, --note, --ref',
  ),
  updated: msg((ref: string) => `Updated ${ref}`, (ref) => `Đã cập nhật ${ref}`),
  // list
  listDescription: msg(
    'list recipients, optionally of one kind, one unit, or matching words of the name',
    'liệt kê đối tượng, có thể lọc theo loại, theo đơn vị hoặc theo từ trong tên',
  ),
  optOnlyKind: msg('only this kind', 'chỉ loại này'),
  optOnlyUnit: msg('only members of this collective (reference or name)', 'chỉ thành viên của tập thể này (mã hoặc tên)'),
  optSearch: msg('words of the name, without diacritics', 'từ trong tên, gõ không dấu'),
  optLimit: msg('at most n rows', 'tối đa n dòng'),
  optSort: msg(
    'Vietnamese alphabetical order of the full name, or of the given name first',
    'thứ tự chữ cái tiếng Việt theo họ và tên (name), hoặc theo tên trước (given-name)',
  ),
  none: msg('No recipients.', 'Không có đối tượng nào.'),
  // show
  showDescription: msg('show one recipient (by reference, or by name without diacritics)', 'xem một đối tượng (theo mã, hoặc theo tên gõ không dấu)'),
  // profile
  profileDescription: msg(
    'optional facts for certificates and statistics: gender (Ông/Bà), group of an individual (1–5), enterprise; shown when none is given',
    'thông tin thêm cho bằng, giấy khen và thống kê: giới tính (Ông/Bà), nhóm của cá nhân (1–5), doanh nghiệp; không nêu tùy chọn nào thì xem thông tin đã ghi',
  ),
  optGender: msg('nam or nữ (male, female); - clears it', 'nam hoặc nữ; - để xóa'),
  optGroup: msg(
    'group of the statistical forms, 1–5: 1 leaders at ministry/province level and above, 2 at department level, 3 entrepreneurs, 4 other leaders from deputy head of office up, 5 workers, farmers and others; - clears it',
    'nhóm trong biểu thống kê, 1–5: 1 lãnh đạo cấp bộ, cấp tỉnh trở lên, 2 lãnh đạo cấp vụ, sở, ngành và tương đương, 3 doanh nhân, 4 lãnh đạo khác từ cấp phó trưởng phòng trở lên, 5 công nhân, nông dân, người lao động trực tiếp và khác; - để xóa',
  ),
  optEnterprise: msg('whether a collective is an enterprise; - clears it', 'tập thể có phải là doanh nghiệp không (yes hoặc no); - để xóa'),
  colRecipient: msg('Recipient', 'Đối tượng'),
  colName: msg('Name', 'Tên'),
  colKind: msg('Kind', 'Loại'),
  colGender: msg('Gender', 'Giới tính'),
  colGroup: msg('Group', 'Nhóm'),
  colEnterprise: msg('Enterprise', 'Doanh nghiệp'),
  // merge
  mergeDescription: msg(
    'merge a duplicate recipient into another: its awards, evidence and members move, its reference still finds the one kept (audited)',
    'gộp một đối tượng nhập trùng vào đối tượng khác: khen thưởng, minh chứng và thành viên của nó được chuyển sang, mã của nó vẫn tìm ra đối tượng được giữ lại (có ghi nhật ký kiểm tra)',
  ),
  argDuplicate: msg('the recipient entered twice: reference or name', 'đối tượng bị nhập trùng: mã hoặc tên'),
  optInto: msg('the recipient to keep: reference or name', 'đối tượng được giữ lại: mã hoặc tên'),
  noInto: msg(
    'name the recipient to keep: --into <recipient>, e.g. --into truong-thcs-tran-phu',
    'hãy nêu đối tượng được giữ lại: --into <recipient>, ví dụ --into truong-thcs-tran-phu',
  ),
};

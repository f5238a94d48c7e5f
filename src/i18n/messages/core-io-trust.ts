/** Reading the audit trail and its anchors, and where tdkt may write a file (src/core/trust). */
import { humanNumber, msg } from '../index.js';

export const AUDIT_LOG = {
  /** An event recording rows created together (import): what it holds instead of before/after images. */
  oneDigest: msg('recorded by its digest', 'ghi nhận bằng mã băm'),
  rowsDigest: msg(
    (n: number) => `${humanNumber(n)} rows, each recorded by its digest`,
    (n) => `${humanNumber(n)} bản ghi, mỗi bản ghi được ghi nhận bằng mã băm`,
  ),
  notInstant: msg((text: string) => `"${text}" is not a date or timestamp`, (text) => `"${text}" không phải ngày hay thời điểm`),
  instantHint: msg(
    'Use YYYY-MM-DD, DD/MM/YYYY or an ISO timestamp such as 2026-03-01T08:00:00Z.',
    'Dùng YYYY-MM-DD, DD/MM/YYYY hoặc thời điểm ISO như 2026-03-01T08:00:00Z.',
  ),
  noRecord: msg((text: string) => `No record matches "${text}"`, (text) => `Không có bản ghi nào khớp với "${text}"`),
  noRecordHint: msg(
    'Name it as #12 (an award line), recipient:<ref>, body:<ref>, decision:<number>, award-type:<code> or ceremony:<ref>.',
    'Ghi theo dạng #12 (một dòng khen thưởng), recipient:<mã>, body:<mã>, decision:<số quyết định>, award-type:<mã> hoặc ceremony:<mã>.',
  ),
  notAwardId: msg(
    (value: string) => `"${value}" is not an award line id: expected a number, e.g. #12`,
    (value) => `"${value}" không phải số hiệu dòng khen thưởng: cần một số, ví dụ #12`,
  ),
  award: msg((id: number) => `award #${id}`, (id) => `dòng khen thưởng #${id}`),
  /** A revocation, presentation or reinstatement of an award line (the table's name). */
  ofAward: msg((entity: string, id: number) => `${entity} of award #${id}`, (entity, id) => `${entity} của dòng khen thưởng #${id}`),
  byAwardLine: msg(
    (entity: string) => `Records of ${entity} are named by their award line, e.g. #12`,
    (entity) => `Bản ghi ${entity} được gọi theo dòng khen thưởng của nó, ví dụ #12`,
  ),
  /** Where an anchor was read: "tdkt.sqlite.anchors line 12". */
  anchorLine: msg((file: string, line: number) => `${file} line ${line}`, (file, line) => `${file} dòng ${line}`),
};

export const OUTPUT_PATH = {
  isFolder: msg((path: string) => `${path} is a folder`, (path) => `${path} là một thư mục`),
  isFolderHint: msg('Name a file inside it, e.g. add /export.csv to the path.', 'Hãy ghi tên một tệp trong thư mục đó, ví dụ thêm /export.csv vào cuối đường dẫn.'),
  notRegular: msg(
    (path: string) => `${path} is not a regular file (a device, pipe or socket): tdkt writes only regular files`,
    (path) => `${path} không phải tệp thông thường (thiết bị, pipe hoặc socket): tdkt chỉ ghi vào tệp thông thường`,
  ),
  newFileHint: msg('Give the path of a new file.', 'Hãy ghi đường dẫn của một tệp mới.'),
  isRegistry: msg(
    (path: string, part: string) => `${path} is the registry${part ? `'s ${part} file` : ' itself'}: writing it would destroy the registry`,
    (path, part) => `${path} là ${part ? `tệp ${part} của sổ đăng ký` : 'chính tệp sổ đăng ký'}: ghi vào đó sẽ phá hỏng sổ`,
  ),
  otherNameHint: msg('Give another file name.', 'Hãy chọn tên tệp khác.'),
  exists: msg((path: string) => `${path} already exists`, (path) => `${path} đã tồn tại`),
  existsHint: msg('Choose a new file name, or pass --force to replace it.', 'Hãy chọn tên tệp mới, hoặc dùng --force để ghi đè.'),
  readOnlyFile: msg(
    (path: string) => `${path} is read-only: its permissions do not allow replacing it`,
    (path) => `${path} chỉ được đọc: quyền truy cập của tệp không cho phép ghi đè`,
  ),
  readOnlyFileHint: msg('Give another file name, or make the file writable first.', 'Hãy chọn tên tệp khác, hoặc cấp quyền ghi cho tệp trước.'),
  noFolder: msg((dir: string) => `The folder ${dir} does not exist`, (dir) => `Thư mục ${dir} không tồn tại`),
  noFolderHint: msg('Create it first, or give another path.', 'Hãy tạo thư mục trước, hoặc chọn đường dẫn khác.'),
  notFolder: msg((dir: string) => `${dir} is not a folder`, (dir) => `${dir} không phải thư mục`),
  notFolderHint: msg('Give a path inside a folder.', 'Hãy ghi một đường dẫn nằm trong thư mục.'),
  readOnlyFolder: msg(
    (dir: string) => `The folder ${dir} is read-only: nothing can be written in it`,
    (dir) => `Thư mục ${dir} chỉ được đọc: không ghi được gì vào đó`,
  ),
  readOnlyFolderHint: msg('Choose a folder you can write to.', 'Hãy chọn thư mục có quyền ghi.'),
};

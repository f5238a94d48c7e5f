/** Opening, creating and upgrading the registry file (src/core/db.ts), and the demo registry (src/core/demo.ts). */
import { msg } from '../index.js';

export const REGISTRY = {
  missing: msg((path: string) => `No registry at ${path}`, (path) => `Không có sổ tại ${path}`),
  missingHint: msg(
    (path: string) =>
      `Create one with: tdkt --db ${path} init — or choose an existing one with --db or TDKT_DB (tdkt info shows which registry is used).`,
    (path) => `Tạo sổ mới bằng: tdkt --db ${path} init — hoặc chọn một sổ có sẵn bằng --db hay TDKT_DB (tdkt info cho biết đang dùng sổ nào).`,
  ),
  schemaTooNew: msg(
    (path: string, version: string, known: string) => `${path} has schema version ${version}; this tdkt knows up to ${known}`,
    (path, version, known) => `${path} có phiên bản lược đồ ${version}; bản tdkt này chỉ đọc được đến ${known}`,
  ),
  schemaTooNewHint: msg(
    'Upgrade tdkt to open this registry; nothing was changed.',
    'Hãy nâng cấp tdkt để mở sổ này; chưa có gì thay đổi.',
  ),
  needsUpgrade: msg(
    (path: string, version: string, target: string) => `${path} has schema version ${version} and needs an upgrade to ${target}`,
    (path, version, target) => `${path} có phiên bản lược đồ ${version} và cần nâng cấp lên ${target}`,
  ),
  needsUpgradeHint: msg(
    'Open it once without --read-only to upgrade it (a copy of the old file is kept).',
    'Hãy mở sổ một lần không có --read-only để nâng cấp (bản sao của tệp cũ được giữ lại).',
  ),
  folder: msg((path: string) => `${path} is a folder, not a registry file`, (path) => `${path} là một thư mục, không phải tệp sổ`),
  folderHint: msg((file: string) => `Name a file, e.g. --db ${file}`, (file) => `Hãy chỉ ra một tệp, ví dụ --db ${file}`),
  notRegular: msg(
    (path: string) => `${path} is not a regular file (a device, pipe or socket), so not a registry`,
    (path) => `${path} không phải là tệp thông thường (mà là thiết bị, đường ống hoặc socket), nên không phải là sổ`,
  ),
  pointAtFile: msg('Point --db at a registry file.', 'Hãy trỏ --db vào một tệp sổ.'),
  notARegistryHint: msg(
    'Point --db at a registry file, or create one with tdkt --db <new file> init. Nothing was changed.',
    'Hãy trỏ --db vào một tệp sổ, hoặc tạo sổ mới bằng tdkt --db <tệp mới> init. Chưa có gì thay đổi.',
  ),
  notARegistry: msg(
    (path: string, reason: string) => `${path} is not a tdkt registry (${reason})`,
    (path, reason) => `${path} không phải là sổ tdkt (${reason})`,
  ),
  otherApplication: msg(
    (path: string, id: string) => `${path} is an SQLite file of another application (application id ${id}), not a tdkt registry`,
    (path, id) => `${path} là tệp SQLite của một ứng dụng khác (mã ứng dụng ${id}), không phải sổ tdkt`,
  ),
  emptyFile: msg((path: string) => `${path} is an empty file, not a tdkt registry`, (path) => `${path} là tệp rỗng, không phải sổ tdkt`),
  emptyFileHint: msg(
    (path: string) => `Remove it and run tdkt --db ${path} init, or point --db at a registry file.`,
    (path) => `Hãy xóa tệp đó rồi chạy tdkt --db ${path} init, hoặc trỏ --db vào một tệp sổ.`,
  ),
  sqliteNotRegistry: msg(
    (path: string) => `${path} is an SQLite file but not a tdkt registry`,
    (path) => `${path} là tệp SQLite nhưng không phải sổ tdkt`,
  ),
  sqliteNotRegistryHint: msg(
    'Point --db at a registry file, or at a new path to create one.',
    'Hãy trỏ --db vào một tệp sổ, hoặc vào một đường dẫn mới để tạo sổ.',
  ),
  interrupted: msg(
    (path: string) =>
      `${path} holds a write that was interrupted (a crash or a killed command left ${path}-journal): read-only mode would show data that was never committed`,
    (path) =>
      `${path} còn một lần ghi bị gián đoạn (máy bị sập hoặc một lệnh bị dừng đã để lại ${path}-journal): chế độ chỉ đọc sẽ hiện dữ liệu chưa bao giờ được ghi xong`,
  ),
  interruptedHint: msg(
    (path: string) => `Open it once without --read-only to roll the interrupted write back, e.g. tdkt --db ${path} info`,
    (path) => `Hãy mở sổ một lần không có --read-only để hủy lần ghi dở dang, ví dụ tdkt --db ${path} info`,
  ),
  cannotOpen: msg(
    (path: string, reason: string) => `Cannot open the registry ${path}: ${reason}`,
    (path, reason) => `Không mở được sổ ${path}: ${reason}`,
  ),
  cannotOpenHint: msg('Check the path and its permissions.', 'Hãy kiểm tra đường dẫn và quyền truy cập.'),
  readingInPlace: msg(
    (path: string) => `${path} is large or changing: reading it in place (SQLite may create ${path}-wal and -shm beside it)`,
    (path) => `${path} lớn hoặc đang thay đổi: đọc trực tiếp trên tệp (SQLite có thể tạo ${path}-wal và -shm bên cạnh)`,
  ),
  cannotCreate: msg(
    (path: string, reason: string) => `Cannot create the registry ${path}: ${reason}`,
    (path, reason) => `Không tạo được sổ ${path}: ${reason}`,
  ),
  cannotCreateHint: msg('Check that the directory is writable.', 'Hãy kiểm tra thư mục có cho phép ghi không.'),
  upgrading: msg(
    (from: string, to: string, backup: string) => `Upgrading the registry from schema ${from} to ${to}; a copy of the old file is at ${backup}`,
    (from, to, backup) => `Đang nâng cấp sổ từ lược đồ ${from} lên ${to}; bản sao của tệp cũ ở ${backup}`,
  ),
  migrationFailed: msg(
    (name: string, reason: string) => `Migration ${name} failed: ${reason}`,
    (name, reason) => `Bước nâng cấp ${name} bị lỗi: ${reason}`,
  ),
  migrationFailedHint: msg(
    (version: string, backup: string) => `The registry was left at schema ${version}; the copy taken before is at ${backup}.`,
    (version, backup) => `Sổ vẫn ở lược đồ ${version}; bản sao lấy trước khi nâng cấp ở ${backup}.`,
  ),
  // What the file system refused (SQLite's error codes), and what to do.
  fsReadOnly: msg('the file or its folder is read-only', 'tệp hoặc thư mục chứa nó chỉ cho phép đọc'),
  fsReadOnlyHint: msg(
    'Check their permissions, or add --read-only to read it.',
    'Hãy kiểm tra quyền truy cập, hoặc thêm --read-only để chỉ đọc sổ.',
  ),
  fsCantOpen: msg(
    'its folder cannot be written (SQLite keeps its -wal and -shm files beside it)',
    'không ghi được vào thư mục chứa sổ (SQLite giữ các tệp -wal và -shm bên cạnh sổ)',
  ),
  fsCantOpenHint: msg(
    "Check the folder's permissions, or add --read-only to read it.",
    'Hãy kiểm tra quyền truy cập của thư mục, hoặc thêm --read-only để chỉ đọc sổ.',
  ),
  fsFull: msg('the disk is full', 'ổ đĩa đã đầy'),
  fsFullHint: msg(
    'Free some space and run the command again; nothing was written.',
    'Hãy giải phóng bớt dung lượng rồi chạy lại lệnh; chưa ghi gì.',
  ),
  fsIo: msg('the disk reported an error', 'ổ đĩa báo lỗi'),
  fsIoHint: msg('Check the disk, then run tdkt audit verify.', 'Hãy kiểm tra ổ đĩa, rồi chạy tdkt audit verify.'),
  fsCorrupt: msg('the file is damaged', 'tệp bị hỏng'),
  fsCorruptHint: msg(
    'Restore a backup (tdkt restore), or run tdkt audit verify to see what is damaged.',
    'Hãy khôi phục một bản sao lưu (tdkt restore), hoặc chạy tdkt audit verify để xem phần nào bị hỏng.',
  ),
  fsNotADb: msg('it is not an SQLite file', 'đó không phải là tệp SQLite'),
  cannotUse: msg(
    (path: string, why: string, reason: string) => `Cannot use the registry ${path}: ${why} (${reason})`,
    (path, why, reason) => `Không dùng được sổ ${path}: ${why} (${reason})`,
  ),
  anchorNotNoted: msg(
    (id: string, anchors: string, reason: string) => `warning: the audit head (event #${id}) could not be noted in ${anchors}: ${reason}`,
    (id, anchors, reason) => `cảnh báo: không ghi được đầu chuỗi nhật ký kiểm tra (sự kiện #${id}) vào ${anchors}: ${reason}`,
  ),
};

export const DEMO = {
  notADemo: msg(
    (path: string) => `${path} exists and is not a demo registry; the demo will not replace it`,
    (path) => `${path} đã có và không phải là sổ mẫu; lệnh demo sẽ không ghi đè lên tệp đó`,
  ),
  notADemoHint: msg(
    'Give the demo another file with --file, or remove that file yourself.',
    'Hãy chọn tệp khác cho sổ mẫu bằng --file, hoặc tự xóa tệp đó.',
  ),
};

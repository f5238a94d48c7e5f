/** A registry on a PostgreSQL server (src/core/postgres.ts) and the copy between engines (src/core/copy.ts). */
import { msg } from '../index.js';

export const POSTGRES = {
  cannotConnect: msg(
    (where: string, why: string) => `Cannot connect to the PostgreSQL registry ${where}: ${why}`,
    (where, why) => `Không kết nối được tới sổ PostgreSQL ${where}: ${why}`,
  ),
  cannotConnectHint: msg(
    'Check that the server runs, that the URL names its host (or socket folder), port, database and user, and that the user may log in (docs/postgres.md).',
    'Hãy kiểm tra máy chủ đang chạy, URL ghi đúng máy (hoặc thư mục socket), cổng, cơ sở dữ liệu và người dùng, và người dùng đó được phép đăng nhập (docs/postgres.md).',
  ),
  empty: msg(
    (where: string) => `The PostgreSQL database ${where} holds no registry yet`,
    (where) => `Cơ sở dữ liệu PostgreSQL ${where} chưa có sổ`,
  ),
  emptyHint: msg(
    (where: string) => `Create one with: tdkt --db '${where}' init — or copy a registry into it with tdkt copy.`,
    (where) => `Tạo sổ bằng: tdkt --db '${where}' init — hoặc chép một sổ vào đó bằng tdkt copy.`,
  ),
  notARegistry: msg(
    (where: string) => `The PostgreSQL database ${where} holds other tables, not a tdkt registry`,
    (where) => `Cơ sở dữ liệu PostgreSQL ${where} chứa các bảng khác, không phải sổ tdkt`,
  ),
  notARegistryHint: msg(
    'Create an empty database for the registry (docs/postgres.md), and name it in the URL.',
    'Hãy tạo một cơ sở dữ liệu trống cho sổ (docs/postgres.md) và ghi tên nó trong URL.',
  ),
  roleReadOnly: msg(
    (role: string) => `The database role ${role} may only read this registry: this command writes`,
    (role) => `Vai trò ${role} của cơ sở dữ liệu chỉ được đọc sổ này: lệnh này có ghi`,
  ),
  roleReadOnlyHint: msg(
    'Reading commands (roster, counts, history, search, lists, check, audit log/verify, export) work with this role; writes need a clerk’s role.',
    'Các lệnh đọc (roster, counts, history, search, các lệnh list, check, audit log/verify, export) dùng được với vai trò này; lệnh ghi cần vai trò của cán bộ nhập liệu.',
  ),
  sqliteOnly: msg(
    (what: string) => `${what} works on a SQLite registry file only, not on a PostgreSQL registry`,
    (what) => `${what} chỉ dùng được với tệp sổ SQLite, không dùng được với sổ trên PostgreSQL`,
  ),
  sqliteOnlyHint: msg(
    'On PostgreSQL, copy the registry to a SQLite file with tdkt copy and run it there; backups of a server are taken with pg_dump (docs/postgres.md).',
    'Với PostgreSQL, hãy chép sổ ra một tệp SQLite bằng tdkt copy rồi chạy lệnh trên tệp đó; sao lưu máy chủ bằng pg_dump (docs/postgres.md).',
  ),
};

export const COPY = {
  argFrom: msg('the registry to copy: a .sqlite file or a postgres:// URL', 'sổ cần chép: tệp .sqlite hoặc URL postgres://'),
  argTo: msg('the new registry: a file that does not exist yet, or an empty PostgreSQL database', 'sổ mới: một tệp chưa có, hoặc một cơ sở dữ liệu PostgreSQL trống'),
  same: msg('The registry to copy and the new one are the same', 'Sổ cần chép và sổ mới là một'),
  targetExists: msg(
    (to: string) => `${to} already holds a registry (or a file): a copy goes into a new one only`,
    (to) => `${to} đã có sổ (hoặc một tệp): chỉ chép được vào sổ mới`,
  ),
  targetExistsHint: msg(
    'Name a file that does not exist yet, or create an empty PostgreSQL database for the copy (docs/postgres.md).',
    'Hãy chỉ ra một tệp chưa có, hoặc tạo một cơ sở dữ liệu PostgreSQL trống cho bản chép (docs/postgres.md).',
  ),
  notProven: msg(
    (to: string) => `The copy at ${to} does not match the registry copied`,
    (to) => `Bản chép tại ${to} không khớp với sổ được chép`,
  ),
  notProvenHint: msg(
    'Do not use the copy: remove it (drop the database, or delete the file) and copy again; if it happens again, run tdkt audit verify on the registry copied.',
    'Đừng dùng bản chép: hãy xóa nó (xóa cơ sở dữ liệu hoặc tệp) rồi chép lại; nếu vẫn lỗi, hãy chạy tdkt audit verify trên sổ được chép.',
  ),
  unequalRows: msg('a different number of rows in the copy', 'số dòng trong bản chép khác'),
  otherHead: msg('the copy’s audit trail ends at another event', 'nhật ký kiểm tra của bản chép kết thúc ở sự kiện khác'),
  headerTable: msg('table', 'bảng'),
  headerFrom: msg('rows copied', 'số dòng đã chép'),
  headerTo: msg('rows in the copy', 'số dòng trong bản chép'),
  title: msg((from: string, to: string) => `${from} → ${to}`, (from, to) => `${from} → ${to}`),
  copied: msg(
    (rows: string, tables: string, events: string) => `Copied ${rows} rows of ${tables} tables; the audit trail's ${events} events verified in the copy.`,
    (rows, tables, events) => `Đã chép ${rows} dòng của ${tables} bảng; ${events} sự kiện của nhật ký kiểm tra đã được kiểm tra trên bản chép.`,
  ),
  head: msg(
    (id: string, hash: string) => `Audit head of both: event #${id} ${hash}`,
    (id, hash) => `Sự kiện cuối của nhật ký ở cả hai sổ: #${id} ${hash}`,
  ),
  progress: msg((table: string, rows: string) => `${table}: ${rows} rows`, (table, rows) => `${table}: ${rows} dòng`),
};

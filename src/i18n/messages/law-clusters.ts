/**
 * Emulation clusters and blocks (cụm, khối thi đua): `tdkt evidence cluster …` and what the flags'
 * rules say of them (src/core/evidence/cluster.ts, src/cli/commands/evidence/cluster-*.ts).
 */
import { msg } from '../index.js';

export const CLUSTER = {
  // the group of commands
  group: msg(
    'emulation clusters and blocks (cụm, khối thi đua): their member units by year and their ranking, for the flags',
    'cụm, khối thi đua: các đơn vị thành viên theo năm và kết quả xếp hạng, làm căn cứ xét tặng cờ thi đua',
  ),

  // vocabulary
  kindCluster: msg('cluster', 'cụm thi đua'),
  kindBlock: msg('block', 'khối thi đua'),
  badKind: msg((s: string) => `"${s}" is not a kind of cluster: expected cluster or block (cụm, khối)`, (s) => `"${s}" không phải loại cụm: dùng cluster hoặc block (cụm, khối)`),
  nameIt: msg('name the cluster (reference or name)', 'nêu cụm thi đua (mã hoặc tên)'),
  nameCollective: msg('name the collective (reference or name)', 'nêu tập thể (mã hoặc tên)'),
  nameOrganizer: msg('name the body that organizes the cluster (reference or name)', 'nêu cơ quan tổ chức cụm (mã hoặc tên)'),
  rankWhole: msg('must be a whole number, 1 or more', 'phải là số nguyên từ 1 trở lên'),

  // the service
  notFound: msg((q: string) => `No cluster matches "${q}"`, (q) => `Không tìm thấy cụm thi đua nào khớp "${q}"`),
  notFoundHint: msg('List clusters with: tdkt evidence cluster list, or add one with: tdkt evidence cluster add', 'Xem các cụm: tdkt evidence cluster list, hoặc thêm cụm: tdkt evidence cluster add'),
  ambiguous: msg('cluster', 'cụm thi đua'),
  refTaken: msg((ref: string) => `The reference ${ref} is already used by another cluster`, (ref) => `Mã ${ref} đã được dùng cho một cụm khác`),
  refTakenHint: msg('Choose another reference with --ref, or leave it out to have one made from the name.', 'Chọn mã khác bằng --ref, hoặc bỏ --ref để tự tạo mã từ tên.'),
  notCollective: msg(
    (name: string, kind: string, label: string) => `${name} is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}; the members of a cluster are collectives`,
    (name, _kind, label) => `${name} là ${label}; thành viên của cụm thi đua là tập thể`,
  ),
  notCollectiveHint: msg('Name the collective (tập thể), e.g. a school, a department or a commune.', 'Nêu tập thể, ví dụ một trường học, một phòng hoặc một xã.'),
  notMember: msg(
    (collective: string, cluster: string, year: string) => `${collective} is not a member of ${cluster} for ${year}`,
    (collective, cluster, year) => `${collective} không phải là thành viên của ${cluster} năm ${year}`,
  ),
  notMemberHint: msg((cluster: string, year: string) => `List the members: tdkt evidence cluster show ${cluster} --year ${year}`, (cluster, year) => `Xem các thành viên: tdkt evidence cluster show ${cluster} --year ${year}`),

  // the commands
  optName: msg("the cluster's name, e.g. \"Cụm thi đua các quận\"", 'tên cụm, ví dụ "Cụm thi đua các quận"'),
  optRef: msg('its reference (default: made from the name)', 'mã của cụm (mặc định: tạo từ tên)'),
  optKind: msg('cluster (cụm) or block (khối); default cluster', 'cluster (cụm) hoặc block (khối); mặc định cluster'),
  optOrganizer: msg(
    'the body that organizes it: a ministry or province (level province) for the ministry or province flag, the Central Emulation and Commendation Council (level government) for the Government flag',
    'cơ quan tổ chức cụm: bộ, ngành, tỉnh (cấp province) đối với cờ thi đua cấp bộ, tỉnh; Hội đồng Thi đua - Khen thưởng Trung ương (cấp government) đối với Cờ thi đua của Chính phủ',
  ),
  optNote: msg('free note', 'ghi chú'),
  argCluster: msg('the cluster: reference or name', 'cụm thi đua: mã hoặc tên'),
  argRef: msg('its reference, e.g. cum-quan-huyen', 'mã của cụm, ví dụ cum-quan-huyen'),
  argCollectives: msg('the member collectives: references or names', 'các tập thể thành viên: mã hoặc tên'),
  argCollective: msg('the collective: reference or name', 'tập thể: mã hoặc tên'),
  optYear: msg('the year', 'năm'),
  optYearFilter: msg('only this year', 'chỉ năm này'),
  optRank: msg("its place in the cluster's ranking (1: first)", 'thứ hạng trong cụm (1: đứng đầu)'),
  optLeading: msg('it leads the cluster for the year (dẫn đầu)', 'là đơn vị dẫn đầu cụm trong năm'),
  optNotLeading: msg('it does not lead the cluster (corrects an earlier --leading)', 'không phải đơn vị dẫn đầu (sửa một lần ghi --leading trước)'),
  addDescribe: msg('record an emulation cluster or block and the body that organizes it', 'ghi một cụm, khối thi đua và cơ quan tổ chức'),
  listDescribe: msg('list the clusters and blocks, with their members and leading units for a year', 'liệt kê các cụm, khối thi đua, với thành viên và đơn vị dẫn đầu trong năm'),
  showDescribe: msg("show a cluster's members by year, with their ranking", 'xem các thành viên của một cụm theo năm, với thứ hạng'),
  memberDescribe: msg('record the collectives that belong to a cluster for a year', 'ghi các tập thể là thành viên của cụm trong năm'),
  rankDescribe: msg("record a member's place in the cluster's ranking for a year, and whether it leads (dẫn đầu)", 'ghi thứ hạng của một thành viên trong cụm trong năm, và có dẫn đầu hay không'),
  removeDescribe: msg('remove a collective recorded in a cluster by mistake (the audit trail keeps it)', 'bỏ một tập thể ghi nhầm vào cụm (nhật ký kiểm tra vẫn lưu)'),
  promptName: msg('Name of the cluster', 'Tên cụm thi đua'),
  promptOrganizer: msg('Organizing body', 'Cơ quan tổ chức'),
  promptYear: msg('Year', 'Năm'),
  added: msg((ref: string, name: string, organizer: string) => `Recorded cluster ${ref}: ${name} (${organizer})`, (ref, name, organizer) => `Đã ghi cụm ${ref}: ${name} (${organizer})`),
  memberOutcome: msg(
    (outcome: string, collective: string, cluster: string, year: string) =>
      `${outcome === 'created' ? 'Added' : outcome === 'updated' ? 'Updated' : 'Unchanged:'} ${collective} in ${cluster} for ${year}`,
    (outcome, collective, cluster, year) => `${outcome === 'created' ? 'Đã thêm' : outcome === 'updated' ? 'Đã cập nhật' : 'Không thay đổi:'} ${collective} trong ${cluster} năm ${year}`,
  ),
  ranked: msg(
    (collective: string, cluster: string, year: string, rank: string, leading: boolean) =>
      `${collective} in ${cluster} for ${year}: ${rank ? `ranked ${rank}` : 'no rank'}${leading ? ', leading' : ''}`,
    (collective, cluster, year, rank, leading) => `${collective} trong ${cluster} năm ${year}: ${rank ? `xếp thứ ${rank}` : 'chưa xếp hạng'}${leading ? ', dẫn đầu' : ''}`,
  ),
  removed: msg(
    (collective: string, cluster: string, year: string) => `Removed ${collective} from ${cluster} for ${year}; the audit trail keeps the record`,
    (collective, cluster, year) => `Đã bỏ ${collective} khỏi ${cluster} năm ${year}; nhật ký kiểm tra vẫn lưu bản ghi`,
  ),
  noClusters: msg('No clusters recorded.', 'Chưa ghi cụm thi đua nào.'),
  noMembers: msg('No members recorded.', 'Chưa ghi thành viên nào.'),
  membersTitle: msg((name: string, organizer: string) => `${name} (${organizer})`, (name, organizer) => `${name} (${organizer})`),

  // columns
  colRef: msg('Ref', 'Mã'),
  colName: msg('Cluster', 'Cụm thi đua'),
  colKind: msg('Kind', 'Loại'),
  colOrganizer: msg('Organized by', 'Cơ quan tổ chức'),
  colOrganizerRef: msg('Organizer ref', 'Mã cơ quan tổ chức'),
  colLevel: msg('Level', 'Cấp'),
  colYear: msg('Year', 'Năm'),
  colMembers: msg('Members', 'Số thành viên'),
  colLeading: msg('Leading', 'Dẫn đầu'),
  colCollectiveRef: msg('Collective ref', 'Mã tập thể'),
  colCollective: msg('Collective', 'Tập thể'),
  colRank: msg('Rank', 'Thứ hạng'),
  colNote: msg('Note', 'Ghi chú'),
  yes: msg('yes', 'có'),
};

/** What the flags' rules say of a collective's clusters (requirements.ts). */
export const CLUSTER_REQ = {
  byProvince: msg('a cluster or block of a ministry or province', 'một cụm, khối thi đua của bộ, ngành, tỉnh'),
  byCentral: msg('a cluster or block of the Central Emulation and Commendation Council', 'một cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức'),
  need: msg((scope: string, year: string) => `leading ${scope} in ${year}`, (scope, year) => `dẫn đầu ${scope} năm ${year}`),
  leads: msg(
    (kind: string, name: string, organizer: string, year: string) => `leads the ${kind} ${name} (${organizer}) in ${year}`,
    (_kind, name, organizer, year) => `dẫn đầu ${name} (${organizer}) năm ${year}`,
  ),
  noMembership: msg((scope: string, year: string) => `not recorded in ${scope} for ${year}`, (scope, year) => `chưa ghi là thành viên của ${scope} năm ${year}`),
  inOthersOnly: msg(
    (scope: string, year: string, clusters: string) => `not in ${scope} in ${year} (its clusters: ${clusters})`,
    (scope, year, clusters) => `không thuộc ${scope} năm ${year} (các cụm của đơn vị: ${clusters})`,
  ),
  recordMembership: msg(
    (ref: string, year: string) => `Record it: tdkt evidence cluster member <cluster> ${ref} --year ${year}`,
    (ref, year) => `Ghi thành viên: tdkt evidence cluster member <cụm> ${ref} --year ${year}`,
  ),
  notRanked: msg(
    (name: string, year: string) => `member of ${name} in ${year}, whose ranking is not recorded`,
    (name, year) => `thành viên của ${name} năm ${year}, chưa ghi kết quả xếp hạng của cụm`,
  ),
  recordRanking: msg(
    (cluster: string, year: string) => `Record the ranking: tdkt evidence cluster rank ${cluster} <leading unit> --year ${year} --leading`,
    (cluster, year) => `Ghi kết quả xếp hạng: tdkt evidence cluster rank ${cluster} <đơn vị dẫn đầu> --year ${year} --leading`,
  ),
  notLeading: msg(
    (name: string, year: string, rank: string) => `member of ${name} in ${year}${rank ? `, ranked ${rank}` : ''}, not its leading unit`,
    (name, year, rank) => `thành viên của ${name} năm ${year}${rank ? `, xếp thứ ${rank}` : ''}, không phải đơn vị dẫn đầu`,
  ),
  seeCluster: msg((cluster: string, year: string) => `See the ranking: tdkt evidence cluster show ${cluster} --year ${year}`, (cluster, year) => `Xem kết quả xếp hạng: tdkt evidence cluster show ${cluster} --year ${year}`),
};

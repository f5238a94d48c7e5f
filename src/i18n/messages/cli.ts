/** The command line's own texts: the program's help, global options, error framing. */
import { msg } from '../index.js';

export const CLI = {
  description: msg(
    'Registry of emulation titles and commendations (thi đua, khen thưởng): records, rosters, counts.',
    'Sổ thi đua, khen thưởng: hồ sơ, danh sách khen thưởng, thống kê.',
  ),
  optVersion: msg('output the version number', 'in số phiên bản'),
  optHelp: msg('display help for command', 'hiển thị trợ giúp của lệnh'),
  optDb: msg(
    "registry file (default: $TDKT_DB, else tdkt.sqlite in the system's data folder; tdkt info shows which)",
    'tệp sổ đăng ký (mặc định: $TDKT_DB, nếu không có thì tdkt.sqlite trong thư mục dữ liệu của hệ thống; tdkt info cho biết tệp nào)',
  ),
  optReadOnly: msg(
    'open the registry read-only: every write is refused (also TDKT_READ_ONLY=1)',
    'mở sổ chỉ để đọc: mọi thay đổi bị từ chối (hoặc TDKT_READ_ONLY=1)',
  ),
  optActor: msg(
    'who is recorded in the audit trail (default: $TDKT_ACTOR, else the OS user)',
    'người được ghi vào nhật ký kiểm tra (mặc định: $TDKT_ACTOR, nếu không có thì người dùng của hệ điều hành)',
  ),
  optNoInput: msg('never prompt; a missing value is a usage error', 'không bao giờ hỏi; thiếu giá trị là lỗi cách dùng'),
  optNoColor: msg('no colour in tables (also NO_COLOR)', 'bảng không có màu (hoặc NO_COLOR)'),
  optNoPager: msg(
    'never page long tables on a terminal (the pager: $TDKT_PAGER, else $PAGER, else less)',
    'không chia trang bảng dài trên màn hình (trình chia trang: $TDKT_PAGER, nếu không có thì $PAGER, rồi less)',
  ),
  optDebug: msg('show stack traces of unexpected errors', 'hiện vết ngăn xếp của lỗi bất ngờ'),
  optLang: msg(
    'language of messages and tables: vi (default) or en (also TDKT_LANG, or an English locale)',
    'ngôn ngữ của thông báo và bảng: vi (mặc định) hoặc en (hoặc TDKT_LANG, hoặc locale tiếng Anh)',
  ),
  afterError: msg('(run with --help for usage)', '(chạy với --help để xem cách dùng)'),
  examples: msg('Examples:', 'Ví dụ:'),
  exitCodes: msg(
    'Exit codes: 0 success, 1 failure (not found, conflict, invalid data), 2 usage error,\n3 a check found problems, 130 cancelled at a prompt.',
    'Mã thoát: 0 thành công, 1 thất bại (không tìm thấy, xung đột, dữ liệu sai), 2 dùng sai lệnh,\n3 kiểm tra phát hiện vấn đề, 130 đã hủy khi đang hỏi.',
  ),
  argTooLong: msg(
    (length: string, start: string, max: string) =>
      `an argument of ${length} characters ("${start}…") is longer than tdkt takes (${max}): a name, a note or a search word is never that long`,
    (length, start, max) =>
      `một tham số dài ${length} ký tự ("${start}…") vượt quá giới hạn của tdkt (${max}): tên, ghi chú hay từ tìm kiếm không bao giờ dài như vậy`,
  ),
  argNul: msg(
    'an argument holds a NUL character, which no name, reference or value can hold',
    'một tham số chứa ký tự NUL, mà không tên, mã tham chiếu hay giá trị nào có thể chứa',
  ),
  badLang: msg(
    (value: string) => `unknown language "${value}": use vi or en`,
    (value) => `không có ngôn ngữ "${value}": dùng vi hoặc en`,
  ),
  // How errors are framed on stderr (src/cli/errors.ts).
  runHelp: msg('Run with --help for usage.', 'Chạy với --help để xem cách dùng.'),
  hint: msg('hint', 'gợi ý'),
  unexpected: msg((message: string) => `unexpected error: ${message}`, (message) => `lỗi bất ngờ: ${message}`),
  runDebug: msg('Run again with --debug for details.', 'Chạy lại với --debug để xem chi tiết.'),
  cancelled: msg('cancelled; nothing was changed', 'đã hủy; không có gì thay đổi'),
  // Commander's own texts: its help titles and its parse errors, said in the run's language.
  helpUsage: msg('Usage:', 'Cách dùng:'),
  helpArguments: msg('Arguments:', 'Tham số:'),
  helpOptions: msg('Options:', 'Tùy chọn:'),
  helpGlobalOptions: msg('Global Options:', 'Tùy chọn chung:'),
  helpCommands: msg('Commands:', 'Lệnh:'),
  helpCommandHelp: msg('display help for command', 'hiển thị trợ giúp của lệnh'),
  errUnknownOption: msg((o: string) => `unknown option '${o}'`, (o) => `không có tùy chọn '${o}'`),
  errUnknownCommand: msg((c: string) => `unknown command '${c}'`, (c) => `không có lệnh '${c}'`),
  errMissingArgument: msg((a: string) => `missing required argument '${a}'`, (a) => `thiếu tham số bắt buộc '${a}'`),
  errOptionArgumentMissing: msg((o: string) => `option '${o}' argument missing`, (o) => `tùy chọn '${o}' thiếu giá trị`),
  errTooManyArguments: msg(
    (command: string | undefined, expected: string, got: string) =>
      `too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === '1' ? '' : 's'} but got ${got}.`,
    (command, expected, got) => `thừa tham số${command ? ` của lệnh '${command}'` : ''}: cần ${expected}, nhận ${got}.`,
  ),
  errInvalidChoice: msg(
    (o: string, v: string, choices: string) => `option '${o}' argument '${v}' is invalid. Allowed choices are ${choices}.`,
    (o, v, choices) => `giá trị '${v}' của tùy chọn '${o}' không hợp lệ. Chỉ được chọn: ${choices}.`,
  ),
  errDidYouMean: msg((s: string) => `(Did you mean ${s}?)`, (s) => `(Có phải ý bạn là ${s}?)`),
  errorWord: msg('error', 'lỗi'),
  // The context, shared options and prompts (src/cli/context.ts, options.ts, prompt.ts).
  createdRegistry: msg((path: string) => `Created a new registry at ${path}`, (path) => `Đã tạo sổ mới tại ${path}`),
  unknownFormat: msg(
    (format: string, formats: string) => `unknown format "${format}": use one of ${formats}`,
    (format, formats) => `không có định dạng "${format}": dùng một trong các định dạng ${formats}`,
  ),
  optFormat: msg(
    'output format (default: table on a terminal, tsv when piped)',
    'định dạng đầu ra (mặc định: bảng khi in ra màn hình, tsv khi chuyển qua ống dẫn)',
  ),
  optJson: msg('shorthand for --format json', 'viết tắt của --format json'),
  notYear: msg(
    (value: string) => `"${value}" is not a year: expected four digits, e.g. 2021`,
    (value) => `"${value}" không phải là năm: cần bốn chữ số, ví dụ 2021`,
  ),
  notCount: msg(
    (option: string, value: string) => `${option} "${value}" is not a count: expected a whole number from 1 on, e.g. 20`,
    (option, value) => `${option} "${value}" không phải là số lượng: cần một số nguyên từ 1 trở lên, ví dụ 20`,
  ),
  notAwardId: msg(
    (value: string) => `"${value}" is not an award line id: expected a number, e.g. 12`,
    (value) => `"${value}" không phải là ID của dòng khen thưởng: cần một số, ví dụ 12`,
  ),
  missingValue: msg(
    (flag: string, example: string) => `missing ${flag}: pass it, e.g. ${flag} ${example}`,
    (flag, example) => `thiếu ${flag}: hãy ghi rõ, ví dụ ${flag} ${example}`,
  ),
  needsYes: msg(
    (what: string) => `${what} needs --yes when not run on a terminal`,
    (what) => `${what} cần --yes khi không chạy trực tiếp trong cửa sổ dòng lệnh`,
  ),
  // The prompts' own words (@inquirer/prompts), in the run's language.
  promptNavigate: msg('navigate', 'di chuyển'),
  promptSelect: msg('select', 'chọn'),
  promptNoResults: msg('No results found', 'Không tìm thấy kết quả'),
  promptYes: msg('Yes', 'Có'),
  promptNo: msg('No', 'Không'),
  promptYesOrNo: msg(
    (yes: string, no: string) => `You must answer with "${yes}" or "${no}"`,
    (yes, no) => `Hãy trả lời "${yes}" hoặc "${no}"`,
  ),
};

/**
 * What a clerk sees in a real terminal (tmux) at 80 and 120 columns, in Vietnamese and in English: every
 * table line as the renderer made it, none wrapped by the terminal into a second line, headers whole and
 * in the clerk's language; long tables through the pager; a correction previewed and confirmed, a search
 * prompt's own words, Ctrl-C.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyRegistry, demoRegistryFile, runCli } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';
import { displayWidth } from '../../src/render/table.js';
import { Terminal } from './tmux.js';

let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true });
});

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});
/** A terminal speaking the test's language (the tables it shows are compared with in-process runs). */
function terminal(width: number, height = 40, env: Record<string, string> = {}): Terminal {
  const t = new Terminal(width, height, { TDKT_DB: registryTarget(db), TDKT_LANG: process.env.TDKT_LANG ?? 'en', ...env });
  open.push(t);
  return t;
}

type Lang = 'vi' | 'en';
const WIDTHS = [80, 120] as const;
type Width = (typeof WIDTHS)[number];

/** A table as the clerk reads it: its header cells, and the cells of the rows that a check looks at. */
interface Screen {
  argv: string[];
  /** The header row's cells, by language and width (optional columns leave at 80). */
  header: Record<Lang, Record<Width, string[]>>;
  /** Cells of a row the clerk looks for (its first cell identifies it), by language. */
  row?: Record<Lang, string[]>;
}

const screens: Record<string, Screen> = {
  roster: {
    argv: ['roster', 'le-chan-2022'],
    header: {
      vi: { 80: ['STT', 'STT QĐ', 'Đối tượng', 'Chức vụ, đơn vị', 'Giai đoạn', 'Trạng thái'], 120: ['STT', 'STT QĐ', 'Đối tượng', 'Loại', 'Chức vụ, đơn vị', 'Giai đoạn', 'Trạng thái'] },
      en: { 80: ['No', 'STT', 'Recipient', 'Position, unit', 'Period', 'Status'], 120: ['No', 'STT', 'Recipient', 'Kind', 'Position, unit', 'Period', 'Status'] },
    },
  },
  counts: {
    argv: ['counts', 'le-chan-2022'],
    header: {
      vi: { 80: ['Hình thức', 'Tên', 'Cấp', 'TT', 'CN', 'Hộ GĐ', 'Tổng'], 120: ['Hình thức', 'Tên', 'Cấp', 'Tập thể', 'Cá nhân', 'Hộ gia đình', 'Tổng'] },
      en: { 80: ['Award', 'Name', 'Level', 'Coll.', 'Indiv.', 'Househ.', 'Total'], 120: ['Award', 'Name', 'Level', 'Collectives', 'Individuals', 'Households', 'Total'] },
    },
    row: { vi: ['Tổng cộng', '', '', '38', '24', '0', '62'], en: ['Total', '', '', '38', '24', '0', '62'] },
  },
  history: {
    argv: ['history', 'truong-thcs-tran-phu'],
    header: {
      vi: { 80: ['Ngày', 'Hình thức', 'Giai đoạn', 'Quyết định', 'Ngày trao', 'Trạng thái'], 120: ['Ngày', 'Hình thức', 'Tên hình thức', 'Giai đoạn', 'Quyết định', 'Ngày trao', 'Trạng thái'] },
      en: { 80: ['Date', 'Award', 'Period', 'Decision', 'Presented', 'Status'], 120: ['Date', 'Award', 'Award name', 'Period', 'Decision', 'Issued by', 'Presented', 'Status'] },
    },
    row: { vi: ['22/06/2021', 'CTDCP'], en: ['22/06/2021', 'CTDCP'] },
  },
  'recipient list': {
    argv: ['recipient', 'list'],
    header: {
      vi: { 80: ['Mã', 'Tên', 'Đơn vị'], 120: ['Mã', 'Loại', 'Tên', 'Đơn vị', 'Chức vụ'] },
      en: { 80: ['Ref', 'Name', 'Unit'], 120: ['Ref', 'Kind', 'Name', 'Unit', 'Position'] },
    },
  },
  'decision list': {
    argv: ['decision', 'list'],
    header: {
      vi: { 80: ['Mã', 'Số, ký hiệu', 'Ngày', 'Cơ quan', 'Số dòng'], 120: ['Mã', 'Số, ký hiệu', 'Ngày', 'Cơ quan ban hành', 'Cấp', 'Số dòng'] },
      en: { 80: ['Ref', 'Number', 'Date', 'Signed by', 'Lines'], 120: ['Ref', 'Number', 'Date', 'Signed by', 'Level', 'Lines'] },
    },
  },
  'award list': {
    argv: ['award', 'list', '--year', '2021'],
    header: {
      vi: { 80: ['ID', 'Quyết định', 'STT', 'Hình thức', 'Đối tượng', 'Giai đoạn', 'Trạng thái'], 120: ['ID', 'Quyết định', 'Ngày', 'STT', 'Hình thức', 'Đối tượng', 'Giai đoạn', 'Buổi lễ', 'Trạng thái'] },
      en: { 80: ['Id', 'Decision', 'STT', 'Award', 'Recipient', 'Period', 'Status'], 120: ['Id', 'Decision', 'Date', 'STT', 'Award', 'Recipient', 'Period', 'Ceremony', 'Status'] },
    },
  },
};

/** The cells of a table line: `│ a │ b │` → ['a', 'b']. */
const cells = (line: string) => line.split('│').slice(1, -1).map((c) => c.trim());

describe.each(['vi', 'en'] as const)('tables in a real terminal, in %s', (lang) => {
  describe.each(WIDTHS)('at %i columns', (width) => {
    it.each(Object.entries(screens))('%s: the clerk sees the table the renderer made, one terminal line per table line', async (_, screen) => {
      const t = terminal(width, 40, { TDKT_LANG: lang });
      const shown = await t.run(`tdkt --no-pager ${screen.argv.join(' ')}`);
      expect(shown.code).toBe(0);
      const made = await runCli(screen.argv, { db, tty: true, columns: width, env: { NO_COLOR: '1', TDKT_LANG: lang } });
      const expected = made.stdout.replace(/\n$/, '').split('\n').map((l) => l.trimEnd());
      expect(Math.max(...expected.map(displayWidth))).toBeLessThanOrEqual(width);
      expect(shown.lines).toEqual(expected);
      // The header: one line of whole headers, in the clerk's language.
      const top = shown.lines.findIndex((l) => l.startsWith('┌'));
      expect(cells(shown.lines[top + 1])).toEqual(screen.header[lang][width]);
      expect(shown.lines[top + 2]).toMatch(/^├/);
      if (screen.row) {
        const want = screen.row[lang];
        const row = shown.lines.map(cells).find((c) => c[0] === want[0]);
        expect(row?.slice(0, want.length)).toEqual(want);
      }
    });
  });
});

describe('tables in a real terminal', () => {
  it('the language a clerk gets without choosing one is Vietnamese', async () => {
    const t = terminal(80, 40, { TDKT_LANG: '' });
    const shown = await t.run('tdkt counts le-chan-2022');
    expect(cells(shown.lines.find((l) => l.startsWith('│ Tổng cộng'))!)).toEqual(['Tổng cộng', '', '', '38', '24', '0', '62']);
  });

  it('a roster longer than the screen goes through the pager; q gives the prompt back', async () => {
    const t = terminal(80, 24, { PAGER: 'less', TDKT_LANG: 'vi' });
    t.type('tdkt roster le-chan-2022; echo "[exit $?]"');
    const first = await t.waitFor((s) => s.includes('│   1 │      1 │ Nhân dân và cán'));
    expect(first).not.toContain('[exit');
    expect(first.split('\n')[0]).toBe('Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm');
    t.keys('q');
    await t.waitFor((s) => s.includes('[exit 0]'));
  });

  it('--no-pager and a short table write straight to the terminal', async () => {
    const t = terminal(80, 24, { PAGER: 'less' });
    const counts = await t.run('tdkt counts le-chan-2022');
    expect(counts.code).toBe(0);
    expect(counts.lines.at(-1)).toMatch(/^└─+┴/);
    const roster = await t.run('tdkt --no-pager roster le-chan-2022');
    expect(roster.code).toBe(0);
    expect(roster.lines.at(-1)).toMatch(/^└─+┴/);
  });
});

describe('prompts in a real terminal', () => {
  for (const width of [80, 120]) {
    it(`award add at ${width} columns: a bad period is refused as typed, the defaults are offered, nothing else is lost`, async () => {
      const t = terminal(width, 40, { TDKT_DB: '' });
      const db = `${t.dir}/registry.sqlite`;
      copyRegistry(await demoRegistryFile(), db);
      t.type(`export TDKT_DB='${registryTarget(db)}'; clear`);
      t.type('tdkt award add; echo "[exit $?]"');
      await t.waitFor((s) => s.includes('Decision — type to search'));
      t.type('05/qd-ubnd', false);
      await t.waitFor((s) => s.includes('❯ 05/QĐ-UBND (10/01/2022)'));
      t.keys('Enter');
      await t.waitFor((s) => s.includes('? Recipient'));
      t.type('dong hai', false);
      await t.waitFor((s) => s.includes('❯ UBND phường Đông Hải'));
      t.keys('Enter');
      // The choices arrive a moment after the question: wait for both.
      const types = await t.waitFor((s) => s.includes('? Award type') && s.includes('GK — Giấy khen'));
      expect(types).toContain('❯ TTLDTT — Tập thể lao động tiên tiến\n  DVTT — Đơn vị tiên tiến\n  TDPVH — Thôn, tổ dân phố văn hóa\n  GK — Giấy khen');
      t.type('giay', false);
      await t.waitFor((s) => s.includes('? Award type — type to search giay'));
      await t.waitFor((s) => s.includes('❯ GK — Giấy khen'));
      t.keys('Enter');
      await t.waitFor((s) => s.includes('? Achievement period (2021 or 2020-2021) (2021)'));
      t.type('2020/21');
      const refused = await t.waitFor((s) => s.includes('is not an achievement period'));
      expect(refused).toContain('✔ Award type — type to search GK — Giấy khen');
      t.keys(...Array(7).fill('BSpace'));
      t.type('2020');
      await t.waitFor((s) => s.includes('? Line number (STT) in the annex (19)'));
      t.keys('Enter');
      const done = await t.waitFor((s) => /\[exit \d+\]/.test(s));
      expect(done).toContain('✔ Line number (STT) in the annex 19\nAdded award #134: GK to UBND phường Đông Hải (2020) in 05/QĐ-UBND\n134\n[exit 0]');
    }, 60_000);
  }
});

/** What a clerk reads and types in a confirmed correction and a search prompt, by language. */
const SESSION: Record<Lang, { preview: string[]; question: string; keys: string; no: [string, string]; yes: [string, string]; hint: string; noResults: string; cancelled: string }> = {
  vi: {
    preview: [
      'Thao tác này thu hồi dòng khen thưởng #3: BK_TTG cho Phòng Giáo dục và Đào tạo quận Lê Chân (2016–2020), 1625/QĐ-TTg ngày 05/10/2021, đã trao tại le-chan-2022',
      '  theo 30/QĐ-TTg ngày 10/05/2023, lý do b. Dòng vẫn được giữ trong lịch sử, đánh dấu đã thu hồi.',
    ],
    question: 'Thu hồi dòng khen thưởng #3?',
    keys: '(c/K)',
    no: ['k', 'Không'],
    yes: ['c', 'Có'],
    hint: '↑↓ di chuyển • ⏎ chọn',
    noResults: '> Không tìm thấy kết quả',
    cancelled: 'tdkt: đã hủy; không có gì thay đổi',
  },
  en: {
    preview: [
      'This revokes award #3: BK_TTG to Phòng Giáo dục và Đào tạo quận Lê Chân (2016–2020), 1625/QĐ-TTg of 05/10/2021, presented at le-chan-2022',
      '  by 30/QĐ-TTg of 10/05/2023, ground b. The line stays in history, marked revoked.',
    ],
    question: 'Revoke award #3?',
    keys: '(y/N)',
    no: ['n', 'No'],
    yes: ['y', 'Yes'],
    hint: '↑↓ navigate • ⏎ select',
    noResults: '> No results found',
    cancelled: 'tdkt: cancelled; nothing was changed',
  },
};

describe.each(['vi', 'en'] as const)('a prompt session in a real terminal, in %s', (lang) => {
  const S = SESSION[lang];
  it.each(WIDTHS)('at %i columns: a revocation previewed and asked, no then yes; a search prompt cancelled', async (width) => {
    const t = terminal(width, 40, { TDKT_DB: '', TDKT_LANG: lang });
    const own = `${t.dir}/registry.sqlite`;
    copyRegistry(db, own);
    t.type(`export TDKT_DB='${registryTarget(own)}'; clear`);
    const revoke = 'tdkt award revoke 3 --by 30/QĐ-TTg --date 2023-05-10 --ground b; echo "[exit $?]"';
    const asked = `? ${S.question} ${S.keys}`;
    const ended = (s: string) => /^\[exit \d+\]$/m.test(s);

    t.type(revoke);
    const preview = await t.waitFor((s) => s.includes(asked), { joined: true });
    expect(preview).toContain(`${S.preview.join('\n')}\n${asked}`);
    t.type(S.no[0]);
    const no = await t.waitFor(ended, { joined: true });
    expect(no).toContain(`✔ ${S.question} ${S.no[1]}\n${S.cancelled}\n[exit 130]`);
    expect(JSON.parse((await runCli(['history', 'phong-gd-dt', '--json'], { db: own })).stdout)[0]).toMatchObject({ id: 3, status: 'active' });

    t.type('clear');
    await t.waitFor((s) => !ended(s));
    t.type(revoke);
    await t.waitFor((s) => s.includes(asked), { joined: true });
    t.type(S.yes[0]);
    const yes = await t.waitFor(ended, { joined: true });
    expect(yes).toContain(`✔ ${S.question} ${S.yes[1]}\n`);
    expect(yes).toContain('[exit 0]');
    expect(JSON.parse((await runCli(['history', 'phong-gd-dt', '--json'], { db: own })).stdout)[0]).toMatchObject({ id: 3, status: 'revoked' });

    t.type('clear');
    await t.waitFor((s) => !ended(s));
    t.type('tdkt award add; echo "[exit $?]"');
    await t.waitFor((s) => s.includes(S.hint));
    t.type('zzzz', false);
    await t.waitFor((s) => s.includes(S.noResults));
    t.keys('C-c');
    const cancelled = await t.waitFor(ended);
    expect(cancelled).toContain(`${S.cancelled}\n[exit 130]`);
  }, 60_000);
});

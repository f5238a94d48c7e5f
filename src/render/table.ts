/**
 * Human tables for a terminal, laid out to fit its width in one pass over the cells (linear in the number
 * of rows: 30,000 rows take tens of milliseconds).
 *
 * When the natural widths do not fit, in this order: columns shrink toward a floor (text columns wrap
 * inside their cell, columns with a `maxWidth` are cut with an ellipsis, headers fall back to their short
 * form, a header of up to ten columns is kept whole and a longer one wraps between words); empty and then `optional` columns are left out when a text column would otherwise be cramped;
 * and when even the floors do not fit, each row is shown as a record ("Header  value" lines). A row is
 * never wider than the terminal, so the terminal never wraps it into a second physical line.
 *
 * Registry text goes through escapeControl: a control character in a name is shown, never obeyed.
 */
import { cellValue, type Column, type TableModel } from './model.js';
import { escapeControl } from './escape.js';
import { humanColumns, type RenderOptions } from './render.js';

/** Text columns are not narrowed below this (or their natural width, when smaller). */
const FLOOR = 10;
/** A word (a reference, a decision's number) is kept whole up to this width. */
const WORD = 30;
/** Below this a shrunk text column is cramped: empty, then optional columns are left out first. */
const COMFORT = 20;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns of one code point on a terminal: combining marks take none, East Asian wide characters two. */
function charWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Columns `s` takes on a terminal (text without control characters). */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) {
      w++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

/** The longest prefix of `s` that fits in `width` columns, as a string index. */
function fitIndex(s: string, width: number): number {
  let w = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const cw = charWidth(cp);
    if (w + cw > width) break;
    w += cw;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** `s` cut to `width` columns, an ellipsis marking the cut. */
export function cut(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return width === 1 ? '…' : '';
  return `${s.slice(0, fitIndex(s, width - 1)).trimEnd()}…`;
}

/** `s` in lines of at most `width` columns, broken between words (a longer word is broken where it must be). */
export function wrap(s: string, width: number): string[] {
  if (displayWidth(s) <= width) return [s];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (let word of s.split(' ')) {
    let ww = displayWidth(word);
    if (lineWidth > 0 && lineWidth + 1 + ww <= width) {
      line += ` ${word}`;
      lineWidth += 1 + ww;
      continue;
    }
    if (lineWidth > 0) lines.push(line);
    while (ww > width) {
      const at = Math.max(1, fitIndex(word, width));
      lines.push(word.slice(0, at));
      word = word.slice(at);
      ww = displayWidth(word);
    }
    line = word;
    lineWidth = ww;
  }
  lines.push(line);
  return lines;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** What scan() found: the text's width, its longest word's, and whether it holds a control character. */
let scannedWidth = 0;
let scannedWord = 0;
let scannedControl = false;

/**
 * Width and longest word of a cell in one pass over its characters, noticing control characters and
 * bidirectional overrides (escapeControl then makes them visible). The pass every cell goes through.
 */
function scan(s: string): void {
  let w = 0;
  let run = 0;
  let word = 0;
  let control = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (run > word) word = run;
      run = 0;
      w++;
      continue;
    }
    let cw: number;
    if (c < 0x300) {
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) control = true;
      cw = 1;
    } else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) control = true;
      cw = charWidth(cp);
    }
    w += cw;
    run += cw;
  }
  if (run > word) word = run;
  scannedWidth = w;
  scannedWord = word;
  scannedControl = control;
}

const pad = (s: string, width: number, align: 'left' | 'right' | undefined) => {
  const gap = width - displayWidth(s);
  if (gap <= 0) return s;
  return align === 'right' ? ' '.repeat(gap) + s : s + ' '.repeat(gap);
};

interface Measured {
  col: Pick<Column, 'header' | 'short' | 'optional' | 'align' | 'maxWidth'>;
  /** Widest cell (a `maxWidth` column: at most that). */
  cells: number;
  header: number;
  /** Narrowest its header can be: its short form, else its longest word. */
  headerMin: number;
  /** Longest word of its cells (at most WORD): a column is not narrowed below it. */
  word: number;
  shrinks: boolean;
  empty: boolean;
}

/** A header this wide or narrower is never broken: a Vietnamese word is two syllables ("Trạng thái"). */
const WHOLE_HEADER = 10;

/** Narrowest a header without a short form can be: whole when short, else its longest word. */
function headerFloor(header: string): number {
  const w = displayWidth(header);
  return w <= WHOLE_HEADER ? w : longestWord(header);
}

function longestWord(s: string): number {
  let m = 0;
  for (const w of s.split(' ')) m = Math.max(m, displayWidth(w));
  return m;
}

const natural = (m: Measured) => Math.max(m.cells, m.header);
const floor = (m: Measured) => Math.max(m.shrinks ? Math.max(Math.min(m.cells, FLOOR), m.word) : m.cells, m.headerMin);
/** What the cells need, with the header at its narrowest. */
const cellsNeed = (m: Measured) => Math.max(m.cells, m.headerMin);

/**
 * Widths that fill `room` columns: every column from its floor toward `target`, the narrowest first
 * (a water level), so that no column grows while a narrower one could still use the space.
 */
function fill(ms: Measured[], from: number[], target: (m: Measured) => number, room: number): number[] {
  const widths = from.slice();
  let spare = room - widths.reduce((a, b) => a + b, 0);
  if (spare <= 0) return widths;
  const growing = ms.map((m, i) => i).filter((i) => target(ms[i]) > widths[i]);
  growing.sort((a, b) => target(ms[a]) - target(ms[b]));
  // Raise the level column by column: those whose target is reached drop out.
  let left = growing.slice();
  while (left.length && spare > 0) {
    const level = Math.min(...left.map((i) => widths[i]));
    const lowest = left.filter((i) => widths[i] === level);
    const nextLevel = Math.min(...left.map((i) => (widths[i] > level ? widths[i] : Infinity)), ...lowest.map((i) => target(ms[i])));
    const step = Math.min(nextLevel - level, Math.floor(spare / lowest.length));
    if (step <= 0) {
      // Not enough for all of the lowest: one more column each, left to right.
      for (const i of lowest) if (spare > 0) (widths[i]++, spare--);
      break;
    }
    for (const i of lowest) widths[i] += step;
    spare -= step * lowest.length;
    left = left.filter((i) => widths[i] < target(ms[i]));
  }
  return widths;
}

interface Layout {
  ms: Measured[];
  widths: number[];
}

/** Columns and widths that fit `width`, or undefined when only a record view fits. */
function layout(all: Measured[], width: number): Layout | undefined {
  const overhead = (n: number) => 3 * n + 1;
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  let ms = all;
  const fits = (cols: Measured[]) => sum(cols.map(floor)) + overhead(cols.length) <= width;
  const widthsOf = (cols: Measured[]) => {
    const room = width - overhead(cols.length);
    const widths = fill(cols, cols.map(floor), cellsNeed, room);
    // Full headers where the room allows a whole one (a header is not widened halfway), smallest first.
    let spare = room - sum(widths);
    const byGap = cols.map((m, i) => i).sort((a, b) => natural(cols[a]) - widths[a] - (natural(cols[b]) - widths[b]));
    for (const i of byGap) {
      const gap = natural(cols[i]) - widths[i];
      if (gap > 0 && gap <= spare) {
        widths[i] += gap;
        spare -= gap;
      }
    }
    return widths;
  };
  if (sum(ms.map(natural)) + overhead(ms.length) <= width) return { ms, widths: ms.map(natural) };
  const cramped = (cols: Measured[], widths: number[]) => cols.some((m, i) => m.shrinks && widths[i] < Math.min(cellsNeed(m), COMFORT));
  // Leave out empty columns, then optional ones from the right, while the rest would be cramped.
  const droppable = [...all.filter((m) => m.empty), ...all.filter((m) => m.col.optional && !m.empty).reverse()];
  for (;;) {
    if (fits(ms)) {
      const widths = widthsOf(ms);
      if (!cramped(ms, widths) || droppable.length === 0) return { ms, widths };
    } else if (droppable.length === 0) return undefined;
    const drop = droppable.shift()!;
    ms = ms.filter((m) => m !== drop);
  }
}

export async function humanTable<R>(model: TableModel<R>, opts: RenderOptions): Promise<string> {
  // Colour is decided by the caller (TTY, NO_COLOR, --no-color); chalk's own detection is not consulted.
  const bold = opts.color ? new (await import('chalk')).Chalk({ level: 1 }).bold : (s: string) => s;
  return renderTable(model, opts.width ?? Infinity, bold);
}

/** The table as text, `width` columns at most (Infinity: natural widths). */
export function renderTable<R>(model: TableModel<R>, width: number, bold: (s: string) => string = (s) => s): string {
  const cols = humanColumns(model);
  const out: string[] = [];
  if (model.title) for (const l of wrap(escapeControl(model.title), width)) out.push(bold(l));
  if (model.rows.length === 0 && model.empty) {
    out.push(...wrap(model.empty, width));
    return out.join('\n') + '\n';
  }
  // Every cell's text, once.
  const n = cols.length;
  const cells: string[][] = new Array(model.rows.length);
  // Display widths of the cells, row after row (measured once: the layout and the padding both need them).
  const cw = new Uint32Array(model.rows.length * n);
  const groups: (string | undefined)[] = new Array(model.rows.length);
  const widest = new Array<number>(n).fill(0);
  const words = new Array<number>(n).fill(0);
  const cuts = cols.map((c) => Boolean(c.maxWidth));
  const filled = new Array<boolean>(n).fill(false);
  let current: string | undefined;
  for (let r = 0; r < model.rows.length; r++) {
    const row = model.rows[r];
    const g = model.groupTitle?.(row);
    if (g !== undefined && g !== current) {
      groups[r] = escapeControl(g);
      current = g;
    }
    const line = new Array<string>(n);
    for (let c = 0; c < n; c++) {
      const col = cols[c];
      let s = text(cellValue(col, row));
      if (s) {
        filled[c] = true;
        scan(s);
        if (scannedControl) {
          s = escapeControl(s);
          scan(s);
        }
        let w = scannedWidth;
        if (col.maxWidth && w > col.maxWidth) {
          s = cut(s, col.maxWidth);
          w = displayWidth(s);
        } else if (scannedWord > words[c] && !cuts[c]) words[c] = Math.min(WORD, scannedWord);
        cw[r * n + c] = w;
        if (w > widest[c]) widest[c] = w;
      }
      line[c] = s;
    }
    cells[r] = line;
  }
  const footer = model.footer ? cols.map((c) => text(model.footer![c.key])) : undefined;
  if (footer) footer.forEach((s, c) => (widest[c] = Math.max(widest[c], displayWidth(s))));
  const measured: Measured[] = cols.map((col, c) => ({
    col,
    cells: widest[c],
    header: displayWidth(col.header),
    headerMin: col.short ? Math.min(displayWidth(col.short), displayWidth(col.header)) : headerFloor(col.header),
    word: words[c],
    shrinks: col.align !== 'right',
    empty: !filled[c],
  }));
  const laid = layout(measured, width);
  if (!laid) return out.concat(recordView(cols, cells, groups, footer, width, bold)).join('\n') + '\n';

  const { ms, widths } = laid;
  const idx = ms.map((m) => (cols as Measured["col"][]).indexOf(m.col));
  const aligns = ms.map((m) => m.col.align);
  const cutCol = ms.map((m) => Boolean(m.col.maxWidth));
  const inner = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1);
  const SPACES = ' '.repeat(inner);
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const emit = (texts: string[], style: (s: string) => string = (s) => s, wrapAll = false) => {
    // One physical line per line of the tallest cell.
    const parts = texts.map((t, i) => (displayWidth(t) <= widths[i] ? [t] : cutCol[i] && !wrapAll ? [cut(t, widths[i])] : wrap(t, widths[i])));
    let height = 1;
    for (const p of parts) if (p.length > height) height = p.length;
    for (let k = 0; k < height; k++) {
      let line = '│';
      for (let i = 0; i < parts.length; i++) {
        const t = parts[i][k] ?? '';
        const gap = SPACES.slice(0, widths[i] - displayWidth(t));
        line += aligns[i] === 'right' ? ` ${gap}${t && style(t)} │` : ` ${t && style(t)}${gap} │`;
      }
      out.push(line);
    }
  };
  out.push(rule('┌', '┬', '┐'));
  emit(
    ms.map((m, i) => (m.header <= widths[i] ? m.col.header : (m.col.short ?? m.col.header))),
    bold,
    true,
  );
  let afterHeader = true;
  for (let r = 0; r < cells.length; r++) {
    const g = groups[r];
    if (g !== undefined) {
      out.push(afterHeader ? rule('├', '┴', '┤') : `│${' '.repeat(inner + 2)}│`);
      for (const l of wrap(g, inner)) out.push(`│ ${bold(l)}${SPACES.slice(0, inner - displayWidth(l))} │`);
    } else if (afterHeader) out.push(rule('├', '┼', '┤'));
    afterHeader = false;
    const row = cells[r];
    // Most rows fit their columns: one line, padded from the measured widths.
    let line = '│';
    let fits = true;
    for (let i = 0; i < idx.length; i++) {
      const c = idx[i];
      let w = cw[r * n + c];
      let cell = row[c];
      if (w > widths[i]) {
        if (!cutCol[i]) {
          fits = false;
          break;
        }
        cell = cut(cell, widths[i]);
        w = displayWidth(cell);
      }
      const gap = SPACES.slice(0, widths[i] - w);
      line += aligns[i] === 'right' ? ` ${gap}${cell} │` : ` ${cell}${gap} │`;
    }
    if (fits) out.push(line);
    else emit(idx.map((c) => row[c]));
  }
  if (footer) {
    out.push(rule('├', '┼', '┤'));
    emit(idx.map((c) => footer[c]), bold);
  }
  if (afterHeader) out.push(rule('├', '┼', '┤'));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n') + '\n';
}

/** Each row as "Header  value" lines, values wrapped to the width; rows apart by a blank line. */
function recordView<R>(
  cols: Column<R>[],
  cells: string[][],
  groups: (string | undefined)[],
  footer: string[] | undefined,
  width: number,
  bold: (s: string) => string,
): string[] {
  const out: string[] = [];
  const label = Math.min(Math.max(...cols.map((c) => displayWidth(c.header))), Math.max(8, Math.floor(width / 3)));
  const room = Math.max(1, width - label - 2);
  const record = (row: string[]) => {
    for (let c = 0; c < cols.length; c++) {
      if (!row[c]) continue;
      const lines = wrap(row[c], room);
      const head = cut(cols[c].header, label);
      out.push(`${bold(pad(head, label, 'left'))}  ${lines[0]}`);
      for (let k = 1; k < lines.length; k++) out.push(`${' '.repeat(label)}  ${lines[k]}`);
    }
  };
  for (let r = 0; r < cells.length; r++) {
    if (groups[r] !== undefined) {
      if (out.length) out.push('');
      for (const l of wrap(groups[r]!, width)) out.push(bold(l));
    }
    if (out.length) out.push('');
    record(cells[r]);
  }
  if (footer) {
    out.push('');
    record(footer);
  }
  return out;
}

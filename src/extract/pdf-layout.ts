import { isLabelCell, joinCells } from './cells.js';

// Reading order for two-column pages. pdf.js returns text in content-stream order, which follows the
// reading order for most generators but not all: some draw two-column pages row by row, so the left
// and right columns interleave line by line. Here we look at item positions, find a clear vertical
// gutter, and emit the left column before the right one. Pure: items in, text (or "not columns") out.

/** One pdf.js text item in page coordinates: origin top-left, y is the baseline, units are points. */
export interface PlacedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix' vertical scale). */
  size: number;
}

/** Items on one baseline that sit close together: a line of one column, or a full-width line. */
interface Run {
  items: PlacedItem[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A gutter is at least this wide (pt); column gaps are usually 12–36 pt, word gaps a few. */
const MIN_GUTTER = 8;
/** Each column must hold at least this many runs before we call a page two-column. */
const MIN_RUNS_PER_COLUMN = 5;

function toRuns(items: PlacedItem[]): Run[] {
  return runLines(items).flat();
}

/** The runs of each line, lines top to bottom and runs left to right. */
function runLines(items: PlacedItem[]): Run[][] {
  const sorted = items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y)).sort((a, b) => a.y - b.y || a.x - b.x);
  // Lines: items whose baselines are within 40% of the font size.
  const lines: PlacedItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(item.y - first.y) <= 0.4 * Math.max(first.size, item.size, 1)) line.push(item);
    else lines.push([item]);
  }
  // Runs: split a line where the horizontal gap is wider than ~1.2 em (a gutter, not a word gap).
  return lines.map((line) => {
    const runs: Run[] = [];
    line.sort((a, b) => a.x - b.x);
    let run: Run | undefined;
    for (const item of line) {
      const gap = run ? item.x - run.x1 : Infinity;
      if (run && gap <= Math.max(1.2 * Math.max(item.size, run.size), 6)) {
        run.items.push(item);
        run.x1 = Math.max(run.x1, item.x + item.width);
        run.size = Math.max(run.size, item.size);
      } else {
        run = { items: [item], x0: item.x, x1: item.x + item.width, y: item.y, size: item.size };
        runs.push(run);
      }
    }
    return runs;
  });
}

/** Find the widest vertical band in the middle half of the page crossed by the fewest runs. */
function findGutter(runs: Run[], pageWidth: number): { start: number; end: number; crossing: number } | undefined {
  const lo = Math.floor(pageWidth * 0.25);
  const hi = Math.ceil(pageWidth * 0.75);
  const counts: number[] = [];
  for (let x = lo; x <= hi; x++) counts.push(runs.filter((r) => r.x0 < x - 0.5 && r.x1 > x + 0.5).length);
  const min = Math.min(...counts);
  let best: { start: number; end: number } | undefined;
  let start = -1;
  for (let i = 0; i <= counts.length; i++) {
    if (i < counts.length && counts[i] === min) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (!best || i - start > best.end - best.start) best = { start, end: i };
      start = -1;
    }
  }
  if (!best || best.end - best.start < MIN_GUTTER) return undefined;
  return { start: lo + best.start, end: lo + best.end - 1, crossing: min };
}

function joinRun(run: Run): string {
  let out = '';
  let prevEnd: number | undefined;
  for (const item of run.items) {
    const gap = prevEnd === undefined ? 0 : item.x - prevEnd;
    // Insert a space for a visible gap unless one of the neighbours already carries it.
    if (prevEnd !== undefined && gap > 0.15 * item.size && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    out += item.str;
    prevEnd = item.x + item.width;
  }
  return out.replace(/\s+$/, '');
}

/** Runs of one column (or the full width) in reading order, joined into lines. */
function linesOf(runs: Run[]): string[] {
  const out: string[] = [];
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  let prevY: number | undefined;
  for (const run of sorted) {
    const text = joinRun(run);
    if (prevY !== undefined && Math.abs(run.y - prevY) <= 0.4 * run.size && out.length > 0) out[out.length - 1] += ` ${text}`;
    else out.push(text);
    prevY = run.y;
  }
  return out;
}

const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

/**
 * Text of a page in column order when the page is laid out in two columns; undefined when it is not
 * (then the caller keeps the stream-order text). Full-width runs (headers, titles, footers) split the
 * page into bands; within each band the left column comes first.
 */
export function twoColumnText(items: PlacedItem[], pageWidth: number): string | undefined {
  const runs = toRuns(items);
  if (runs.length < 2 * MIN_RUNS_PER_COLUMN) return undefined;
  const gutter = findGutter(runs, pageWidth);
  if (!gutter) return undefined;
  const left = runs.filter((r) => r.x1 <= gutter.start + 1);
  const right = runs.filter((r) => r.x0 >= gutter.end - 1);
  const spanning = runs.filter((r) => !left.includes(r) && !right.includes(r));
  if (left.length < MIN_RUNS_PER_COLUMN || right.length < MIN_RUNS_PER_COLUMN) return undefined;
  if (spanning.length > Math.max(3, 0.2 * (left.length + right.length))) return undefined;

  // Prose columns fill their width; a two-column table of short labels and values does not.
  const leftMin = Math.min(...left.map((r) => r.x0));
  const rightMax = Math.max(...right.map((r) => r.x1));
  const leftFull = left.filter((r) => r.x1 >= gutter.start - 0.3 * (gutter.start - leftMin)).length;
  const rightFull = right.filter((r) => r.x1 - r.x0 >= 0.6 * (rightMax - gutter.end)).length;
  if (share(leftFull, left.length) < 0.5 || share(rightFull, right.length) < 0.5) return undefined;

  // The columns must stand side by side, not one above the other.
  const span = (rs: Run[]): [number, number] => [Math.min(...rs.map((r) => r.y)), Math.max(...rs.map((r) => r.y))];
  const [l0, l1] = span(left);
  const [r0, r1] = span(right);
  const overlap = Math.min(l1, r1) - Math.max(l0, r0);
  if (overlap < 0.3 * Math.min(l1 - l0, r1 - r0)) return undefined;

  const lines: string[] = [];
  const breaks = [...spanning].sort((a, b) => a.y - b.y);
  let top = -Infinity;
  for (const cut of [...breaks, undefined]) {
    const bottom = cut ? cut.y : Infinity;
    const inBand = (r: Run): boolean => r.y >= top && r.y < bottom;
    lines.push(...linesOf(left.filter(inBand)), ...linesOf(right.filter(inBand)));
    if (cut) lines.push(joinRun(cut));
    top = bottom + 0.001;
  }
  return lines.join('\n');
}

/** Runs at least on a line of justified text whose word gaps are wide. */
const JUSTIFIED_RUNS = 4;

/**
 * A line of justified text whose word gaps came out wider than a gutter ("zorg   voor   een   passend   beschermingsniveau"):
 * many runs, evenly spaced, so no table's columns (a table's gaps differ with the length of each cell's text).
 */
function justified(line: Run[]): boolean {
  if (line.length < JUSTIFIED_RUNS) return false;
  const gaps = line.slice(1).map((r, k) => r.x0 - line[k]!.x1);
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  return Math.max(...gaps) - Math.min(...gaps) <= Math.max(2, 0.2 * mean);
}

/** Points a cell's left edge may stray from its column's. */
const ALIGN = 3;
/** Lines at most a wrapped table row runs on to under its first. */
const ROW_LINES = 8;

/**
 * The physical lines of a page grouped into table rows: a line whose runs stand a gutter apart opens a row, and the
 * lines under it whose runs all start at that row's later columns (the first column empty), each no wider than the
 * column's text above it, are its cells wrapping ("Q-12  Contracting Authority may terminate on …   Not Met" over
 * "Tenderer."). Every other line is a row of its own, and so are the lines under a clause's number set apart from its
 * text ("13.1      The Supplier …"): they are prose with a hanging indent, their list items on lines of their own.
 */
function tableRows(lines: Run[][]): Run[][][] {
  const rows: Run[][][] = [];
  let columns: number[] = [];
  let right: number[] = [];
  let row: Run[][] | undefined;
  const columnOf = (run: Run): number => columns.findIndex((x) => Math.abs(x - run.x0) <= ALIGN);
  for (const line of lines) {
    const last = row?.[row.length - 1];
    const wraps =
      row !== undefined &&
      last !== undefined &&
      row.length <= ROW_LINES &&
      line[0]!.y - last[0]!.y <= 2 * Math.max(line[0]!.size, last[0]!.size) &&
      line.every((run) => {
        const c = columnOf(run);
        return c > 0 && run.x1 <= right[c]! + ALIGN;
      });
    if (wraps) {
      row!.push(line);
      continue;
    }
    row = [line];
    rows.push(row);
    if (line.length >= 2 && !justified(line) && !isLabelCell(joinRun(line[0]!))) {
      columns = line.map((r) => r.x0);
      right = line.map((r) => r.x1);
    } else {
      columns = [];
      right = [];
      row = undefined;
    }
  }
  return rows;
}

/** A row's cells: the runs of each column top to bottom, in the order of the columns of its first line. */
function rowCells(row: Run[][]): string[] {
  const first = row[0]!;
  const cells = first.map((run) => [joinRun(run)]);
  for (const line of row.slice(1)) {
    for (const run of line) cells[first.findIndex((r) => Math.abs(r.x0 - run.x0) <= ALIGN)]?.push(joinRun(run));
  }
  return cells.map((parts) => parts.map((p) => p.trim()).filter(Boolean).join(' ')).filter(Boolean);
}

/** The letters and digits of a stretch of text, sorted: the same for the same words in any order of lines. */
const letters = (text: string): string => [...text.replace(/[^\p{L}\p{N}]/gu, '')].sort().join('');

/**
 * The cells of table rows marked in a page's text: a line whose items stand apart by a gutter (a key and its value,
 * the columns of a table: "Escrow      Not included") reads "Escrow | Not included", as the page shows it, and a row
 * whose cells wrap onto more lines reads as one line. Lines are found in the text as pdf.js joined them (the runs with
 * one space between; a wrapped row's lines in any order, next to each other); a row not found is left as it is.
 */
export function markCells(text: string, items: PlacedItem[]): string {
  let out = text;
  let from = 0;
  for (const row of tableRows(runLines(items))) {
    const first = row[0]!;
    if (first.length < 2 || justified(first)) continue;
    const cells = rowCells(row);
    if (cells.length < 2) continue;
    const marked = joinCells(cells);
    if (row.length > 1) {
      const found = wrappedRow(out, from, row);
      if (!found) continue;
      out = out.slice(0, found.start) + marked + out.slice(found.end);
      from = found.start + marked.length;
      continue;
    }
    const plain = cells.join(' ');
    if (marked === plain) continue;
    const at = out.indexOf(plain, from);
    if (at < 0) continue;
    // Only a whole line: not a phrase that happens to recur inside a sentence.
    const end = at + plain.length;
    if ((at > 0 && out[at - 1] !== '\n') || (end < out.length && out[end] !== '\n')) continue;
    out = out.slice(0, at) + marked + out.slice(end);
    from = at + marked.length;
  }
  return out;
}

/** Where the lines of a wrapped row stand in the text: whole lines next to each other holding its words and no more. */
function wrappedRow(text: string, from: number, row: Run[][]): { start: number; end: number } | undefined {
  const want = letters(row.flat().map(joinRun).join(''));
  const starts: number[] = [];
  for (let at = text.lastIndexOf('\n', from - 1) + 1; at < text.length; at = text.indexOf('\n', at) + 1) {
    starts.push(at);
    if (text.indexOf('\n', at) < 0) break;
  }
  const lineEnd = (at: number): number => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  for (const start of starts) {
    let end = start;
    for (let k = 0; k < row.length + 2 && end < text.length; k++) {
      end = lineEnd(k === 0 ? start : end + 1);
      const got = letters(text.slice(start, end));
      if (got === want) return { start, end };
      if (got.length >= want.length) break;
    }
  }
  return undefined;
}

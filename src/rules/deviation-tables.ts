// Tables of deviations from standard terms: "Artikel | Standaard (ARBIT-2022) | Afwijking", "ARBIT subject | Standard |
// Deviation". Each row names a provision of the standard and says how the contract deviates: "Geen" / "No deviation"
// keeps it (switches.ts: the row switches nothing off), "Vervalt." / "Deleted." / "Not applicable." / "Replaced: …" sets
// it aside (standards.ts: a carve-out of the row's subject). A row may run over several lines in a grid table. The packs
// name the column (`columnDeviation`) and the words (`noDeviation`, `deviationStrikes`).
import type { MatchContext } from './match.js';
import { fileLines, opensWith, rowCells, type Region } from './regions.js';
import { isRow } from './switches.js';

/** One row of a deviation table: its lines, and the deviation cell's first stretch of text. */
export interface DeviationRow {
  /** From the row's first line to its last. */
  start: number;
  end: number;
  /** Where each of its lines starts. */
  lines: number[];
  /** The deviation cell on the row's first line that has text in that column. */
  deviation: Region;
}

/** A grid table's rule line: "+-----+------+", "+=====+". */
const GRID_RULE = /^[ \t]*\+[-=+:]+\+[ \t]*$/;

/** Per file read: switches.ts and standards.ts (once per standard) ask for the same rows. */
const rowsOf = new WeakMap<MatchContext, DeviationRow[]>();

/** The rows of the file's deviation tables (tables whose head names a deviation column). */
export function deviationRows(ctx: MatchContext): DeviationRow[] {
  let rows = rowsOf.get(ctx);
  if (!rows) rowsOf.set(ctx, (rows = readRows(ctx)));
  return rows;
}

function readRows(ctx: MatchContext): DeviationRow[] {
  const { columnDeviation } = ctx.rules.layout;
  const text = ctx.doc.text;
  if (!columnDeviation.length || !text.includes('|')) return [];
  const out: DeviationRow[] = [];
  let column = -1;
  let head = true;
  let row: DeviationRow | undefined;
  const close = () => {
    if (row) out.push(row);
    row = undefined;
  };
  for (const line of fileLines(text)) {
    const raw = text.slice(line.start, line.end);
    if (GRID_RULE.test(raw) || /^[ \t]*\|?[ \t:|-]+\|?[ \t]*$/.test(raw) && raw.includes('-')) {
      // A rule line ends a grid row; under the head it ends the head.
      close();
      continue;
    }
    // (A line of cells, though one of them be blank: the standard's text beside a deviation may be blanked.)
    if (!isRow(raw) && (raw.match(/\|/g) ?? []).length < 2) {
      close();
      [head, column] = [true, -1];
      continue;
    }
    const cells = rowCells(raw, line.start);
    if (head) {
      head = false;
      column = cells.findIndex((c) => opensWith(ctx, columnDeviation, c.start, c.end));
      continue;
    }
    if (column < 0) continue;
    const cell = cells[column];
    const filled = !!cell && text.slice(cell.start, cell.end).trim() !== '';
    // A pipe table has one line per row; a grid table's row runs to its rule line.
    const grid = /^[ \t]*\|/.test(raw) && !!row && !GRID_RULE.test(raw) && gridTable(text, row.start);
    if (row && grid) {
      row.end = line.end;
      row.lines.push(line.start);
      if (row.deviation.start === row.deviation.end && filled) row.deviation = cell!;
      continue;
    }
    close();
    row = { start: line.start, end: line.end, lines: [line.start], deviation: filled ? cell! : { start: line.start, end: line.start } };
  }
  close();
  return out;
}

/** Whether the table around `at` is a grid table: a rule line of "+---+" above it. */
function gridTable(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at).split('\n');
  return before.some((l) => GRID_RULE.test(l));
}

/** The rows whose deviation cell says there is none ("Geen", "No deviation; 6 months' notice"). */
export function keptRows(ctx: MatchContext, rows: readonly DeviationRow[]): DeviationRow[] {
  const { noDeviation } = ctx.rules.layout;
  return rows.filter((r) => r.deviation.end > r.deviation.start && opensWith(ctx, noDeviation, r.deviation.start, r.deviation.end));
}

/** The rows whose deviation cell sets the provision aside ("Vervalt.", "Deleted.", "Not applicable.", "Replaced: …"). */
export function struckRows(ctx: MatchContext, rows: readonly DeviationRow[]): DeviationRow[] {
  const { deviationStrikes } = ctx.rules.layout;
  return rows.filter((r) => r.deviation.end > r.deviation.start && opensWith(ctx, deviationStrikes, r.deviation.start, r.deviation.end));
}

// Tables as plain text reaches them: rows drawn with bars whose cells wrap, particulars set with dot leaders, cells
// separated by tabs. Each becomes "key | value" or "key: value" on one line, the shapes the rules read rows in. Runs in
// normalisePage, before tabs and runs of spaces are folded.

import { sentenceLanguage } from './language.js';

/** A grid table's rule between its rows: runs of "-" or "=" joined by "+" or "|" ("+-----+-----+", "|---|:--|"). */
export const GRID_RULE_LINE = /^[ \t]*[+|][-=:+| \t]*[-=]{3,}[-=:+| \t]*$/;

/** A line of a table drawn with bars: two or more cells. */
const BAR_LINE = /\|.*\S.*\|?|\S.*\|/;
/** A table's rule line: "----+--------", "|---|---|", "+====+". */
const RULE_LINE = /^[ \t]*[|+]?[ \t]*[-=:]{3,}[-=:+| \t]*$/;

/**
 * A plain-text table drawn with bars whose cells wrap onto continuation lines, the first cell left empty:
 *
 *     B1  | Vervangende uitvoering | In aanvulling op de GIBIT: indien Leverancier tekortschiet in de
 *         |                        | nakoming van zijn verplichtingen …
 *
 * Each row becomes one line, its cells' wrapped text joined ("B1 | Vervangende uitvoering | In aanvulling … in de
 * nakoming …"), so a sentence in a cell reads as one. Outer bars on both sides ("| a | b |") are dropped. Other lines
 * stay as they are.
 */
export function reflowBarTables(t: string): string {
  if (!t.includes('|')) return t;
  const lines = t.split('\n');
  const out: string[] = [];
  let row: string[] | undefined;
  // The row opened right under a grid's rule ("+-----+-----+"): there a key cell may wrap too ("| Toepasselijke | ARVODI
  // … |" over "| inkoopvoorwaarden | verlenen van … |"), its next line opening in lower case.
  let gridRow = false;
  let afterGridRule = false;
  const flush = () => {
    if (row) out.push(row.map((c) => c.trim()).join(' | '));
    row = undefined;
  };
  for (const line of lines) {
    if (RULE_LINE.test(line) || !line.includes('|') || !BAR_LINE.test(line)) {
      flush();
      out.push(line);
      afterGridRule = RULE_LINE.test(line) && line.includes('+');
      continue;
    }
    const bare = line.trim();
    const inner = bare.length > 1 && bare.startsWith('|') && bare.endsWith('|') ? bare.slice(1, -1) : bare;
    const cells = inner.split('|');
    if (cells.length < 2) {
      flush();
      out.push(line);
      continue;
    }
    const keyWraps = gridRow && /^\p{Ll}/u.test(cells[0]!.trim()) && !/[.:;]$/.test(row?.[0] ?? '');
    if (row && (cells[0]!.trim() === '' || keyWraps) && cells.length === row.length && cells.some((c) => c.trim() !== '')) {
      cells.forEach((c, k) => {
        const add = c.trim();
        if (!add) return;
        const have = row![k]!.trimEnd();
        // "ver-" + "plichtingen": a word broken at the cell's edge.
        row![k] = /\p{L}-$/u.test(have) && /^\p{Ll}/u.test(add) ? have.slice(0, -1) + add : have ? `${have} ${add}` : add;
      });
      continue;
    }
    flush();
    gridRow = afterGridRule;
    afterGridRule = false;
    if (cells[0]!.trim() === '') {
      out.push(line);
      continue;
    }
    row = cells.map((c) => c.trim());
  }
  flush();
  return out.join('\n');
}

// A particulars table set with dot leaders: "Escrow ............ n.v.t.", "Toepasselijk recht ..... Nederlands recht". The
// leader joins a key to its value as a colon would; a table of contents ("1. Begrippen ........ 3") ends in a page number
// and keeps its leader. (The leader is taken whole: a dot it leaves over would hide the page number, "… Convenience: . 1".)
const LEADER_ROW = /^([ \t]*\S[^\n]*?\S)[ \t]*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)[ \t]*(?=[^\s.…])(?![\divxlc]{1,4}[ \t]*$)/gim;

/** "Escrow ............ n.v.t." -> "Escrow: n.v.t.". */
export const leaderRows = (t: string): string => t.replace(LEADER_ROW, '$1: ');

// A plain-text table set in fixed-width columns under a rule of dashes, its cells wrapping onto lines whose first column
// is blank:
//
//     Nr      Onderwerp             Keuze          Toelichting / invulling
//     ------  --------------------  -------------  ---------------------------
//     C.5     In de plaats treden   niet van       De bepalingen van ARBIT-2022 op grond waarvan
//             door Opdrachtgever    toepassing     Opdrachtgever werkzaamheden zelf of door een
//
// Read line by line, "niet van" and "toepassing" fall apart and each cell's sentence runs into the next column. Each row
// (a line with text in the first column, then its continuation lines) becomes one bar row of its cells' joined text
// ("C.5 | In de plaats treden door Opdrachtgever | niet van toepassing | De bepalingen … door een …"), the heading row too.
// The table ends at a line whose text does not keep to the columns, or that fills only the first column.
/** The rule of dashes under a fixed-width table's heading: two or more runs of dashes, two spaces or more apart. */
const COLUMN_RULE = /^([ \t]*)-{2,}(?: {2,}-{2,})+[ \t]*$/;
/** Lines at most a fixed-width table's heading row wraps over. */
const HEAD_LINES = 3;

export function fixedWidthTables(t: string): string {
  if (!t.includes('--')) return t;
  const lines = t.split('\n');
  if (!lines.some((l) => COLUMN_RULE.test(l))) return t;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rule = COLUMN_RULE.exec(lines[i]!);
    if (!rule) {
      out.push(lines[i]!);
      continue;
    }
    const starts = [...lines[i]!.matchAll(/-{2,}/g)].map((m) => m.index!);
    const cellsOf = (line: string): string[] | undefined => {
      // A line keeps to the columns where no word runs across a column's start.
      for (const at of starts.slice(1)) if (/\S/.test(line[at - 1] ?? ' ') && /\S/.test(line[at] ?? ' ')) return undefined;
      return starts.map((at, k) => line.slice(at, starts[k + 1] ?? line.length).trim());
    };
    // The heading row above the rule, its cells maybe wrapped over a few lines ("Standaard (ARVODI-2018," over "zakelijke
    // weergave)").
    let top = out.length;
    while (top > 0 && out.length - top < HEAD_LINES && out[top - 1]!.trim() && cellsOf(out[top - 1]!)) top--;
    const heads = out.slice(top).map((l) => cellsOf(l)!);
    if (heads.length && heads[0]!.filter(Boolean).length >= 2) out.splice(top, heads.length, starts.map((_, n) => heads.map((h) => h[n]).filter(Boolean).join(' ')).join(' | '));
    let row: string[] | undefined;
    const flush = () => {
      if (row) out.push(row.map((c) => c.trim()).join(' | '));
      row = undefined;
    };
    let k = i + 1;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (!line.trim()) {
        flush();
        out.push('');
        continue;
      }
      const cells = cellsOf(line);
      if (!cells) break;
      if (cells[0]) {
        // A new row: its first line fills at least two columns.
        if (cells.filter(Boolean).length < 2) break;
        flush();
        row = cells;
      } else if (row) row = row.map((c, n) => (cells[n] ? `${c} ${cells[n]}` : c));
      else break;
    }
    flush();
    i = k - 1;
  }
  return out.join('\n');
}

// A table exported with tabs between its cells ("Escrow\tn.v.t.", "Onderdeel\tPrijs\tWanneer"): the tabs inside a line
// separate cells, read as a bar table's. Not a list item's marker ("\t-\tWij plaatsen …", "1.\tBegrippen") or a heading's
// number ("Artikel 5\tLooptijd").
// (A key opens in a capital and is short: a stray tab in running text, "overeenkomst en\tde partijen", is a space.)
const TAB_CELL_LINE = /^[ \t]*(?![-•*–]|\(?[0-9a-z]{1,3}[.)]|\d+(?:\.\d+)*[ \t]|(?:artikel|article|section|clause|art\.)[ \t]+\S+[ \t]*\t)[^\t\n]{1,60}\t+\S/i;
/** Cells at least on a tab-separated line that is a row whatever opens it ("2\tAuthority may terminate …\tDoes not comply\t…"):
 * a heading's number has one title after it. */
const TAB_ROW_CELLS = 3;
function tabCell(line: string): string {
  const row = line.trim().split(/[ \t]*\t[ \t]*/).length >= TAB_ROW_CELLS;
  if (!row && (!TAB_CELL_LINE.test(line) || !/^[ \t]*\p{Lu}/u.test(line))) return line;
  return line.replace(/(\S)[ \t]*\t[ \t]*(?=\S)/g, '$1 | ');
}

/** Every line whose tabs separate cells, read as a bar table's row. */
export const tabCells = (t: string): string => (t.includes('\t') ? t.split('\n').map(tabCell).join('\n') : t);

// A plain-text table aligned with spaces ("E-12     Leverancier deponeert de broncode …          Voldoet niet", "9   Termination
// for convenience      Not applicable"): a gap of three or more spaces inside a line separates cells, read as a bar
// table's row. Two gaps make a row; one gap only after a short key that opens in a capital. Not a heading's number or
// an article word before its title ("5.1     Term.", "Section 5.1    Term", "ARTICLE V      TERMINATION"), nor a list
// item's marker ("(a)     The Company shall …").
const SPACE_GAP = /(?<=\S) {3,}(?=\S)/g;
/** Characters at most in a cell of such a row. */
const SPACE_CELL_MAX = 90;
const NOT_SPACE_ROW = /^[ \t]*(?:[-•*–]|\(?[0-9a-z]{1,3}[.)][ \t]|(?:artikel|article|section|clause|art\.|hoofdstuk|chapter|schedule|bijlage|annex|exhibit)\b)/i;
function spaceCell(line: string): string {
  const gaps = line.match(SPACE_GAP)?.length ?? 0;
  // (A paragraph on one line is no row: "Confidential Treatment Requested by Achaogen, Inc.   Party shall be obligated …",
  // a running header run into the text.)
  // (A bar table's padding is no gap: "| Escrow        | n.v.t.  |".)
  if (!gaps || line.includes('|') || NOT_SPACE_ROW.test(line) || line.split(/ {3,}/).some((cell) => cell.trim().length > SPACE_CELL_MAX)) return line;
  if (gaps === 1) {
    const key = line.trimStart().split(/ {3,}/)[0]!;
    if (key.length > 60 || !/^\p{Lu}/u.test(key) || /^\d/.test(key)) return line;
  }
  return line.replace(SPACE_GAP, ' | ');
}

/** Every line whose wide gaps of spaces separate cells, read as a bar table's row. */
export const spaceCells = (t: string): string => (t.includes('   ') ? t.split('\n').map(spaceCell).join('\n') : t);

// Two language versions set side by side in a plain-text export, a bar between the columns at one fixed place:
//
//     1.1 Op deze Overeenkomst zijn de Algemene      | 1.1 The General Government Terms and
//     Rijksvoorwaarden bij IT-overeenkomsten 2022    | Conditions for IT Contracts 2022 (ARBIT-2022)
//
// Read line by line, each sentence would run from one language into the other. Each block of rows (up to a blank row or
// a line that is no row) becomes its left column's lines, a blank line, then its right column's lines: the paragraphs
// alternate by language, as a bilingual contract written that way does. A table of keys and values has short keys and
// stays as it is; so does a table of three or more cells.
/** Rows at least, and their share of the page's lines, that make a page two columns. */
const COLUMN_ROWS_MIN = 8;
const COLUMN_ROWS_SHARE = 0.6;
/** Where the bar stands at least: a column of prose, not a key. */
const COLUMN_AT_MIN = 25;

export function unfoldTextColumns(t: string): string {
  if (!t.includes('|')) return t;
  const lines = t.split('\n');
  const at = new Map<number, number>();
  let nonBlank = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    nonBlank++;
    const p = line.indexOf('|');
    if (p >= COLUMN_AT_MIN && line.indexOf('|', p + 1) < 0 && line[p - 1] === ' ') at.set(p, (at.get(p) ?? 0) + 1);
  }
  const [bar, rows] = [...at].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (rows < COLUMN_ROWS_MIN || rows < nonBlank * COLUMN_ROWS_SHARE) return t;
  const isRow = (line: string) => line.length > bar && line[bar] === '|' && line.indexOf('|', bar + 1) < 0 && line.lastIndexOf('|', bar - 1) < 0;
  const cells = lines.filter(isRow).map((l) => [l.slice(0, bar).trim(), l.slice(bar + 1).trim()] as const);
  // Both columns are prose: most rows fill their left column, and the right one holds text as long.
  const full = cells.filter(([l, r]) => l.length >= bar * 0.6 && r.length >= bar * 0.5).length;
  if (full < cells.length * 0.5) return t;
  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    if (left.length || right.length) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(...left, '', ...right, '');
    }
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (!isRow(line)) {
      flush();
      // (The rule drawn between articles only decorates.)
      if (!/^[ \t]*[-=_]{3,}[ \t]*$/.test(line)) out.push(line);
      continue;
    }
    const l = line.slice(0, bar).trim();
    const r = line.slice(bar + 1).trim();
    if (!l && !r) {
      flush();
      continue;
    }
    if (l) left.push(l);
    if (r) right.push(r);
  }
  flush();
  return out.join('\n');
}

// The two versions set side by side in a table, a row per paragraph ("2.1 Leverancier verleent … | 2.1 The Supplier shall
// provide …"), as a Word table reaches the text: each row becomes its two paragraphs, one after the
// other, as above. Only where the table is plainly bilingual: enough rows whose two cells are prose in one language each.
// A bilingual order form's rows ("Toepasselijk recht | Nederlands recht") stay rows.
/** Rows at least whose cells are prose in the two languages. */
const BILINGUAL_ROWS_MIN = 5;
/** Characters at least in each cell of such a row. */
const BILINGUAL_CELL_MIN = 40;

export function unfoldBilingualRows(t: string): string {
  if (!t.includes(' | ')) return t;
  const lines = t.split('\n');
  const pair = (line: string): readonly [string, string] | undefined => {
    const cells = line.split(' | ');
    if (cells.length !== 2) return undefined;
    const [a, b] = [cells[0]!.trim(), cells[1]!.trim()];
    return a && b ? [a, b] : undefined;
  };
  const bilingual = (line: string) => {
    const p = pair(line);
    if (!p || p[0].length < BILINGUAL_CELL_MIN || p[1].length < BILINGUAL_CELL_MIN) return false;
    const [x, y] = [sentenceLanguage(p[0], true), sentenceLanguage(p[1], true)];
    return x !== undefined && y !== undefined && x !== y;
  };
  if (lines.filter(bilingual).length < BILINGUAL_ROWS_MIN) return t;
  // Every two-cell row whose cells differ in language, or whose cells are a heading in each ("1. DEFINITIES | 1.
  // DEFINITIONS"), unfolds; a row of a key and its value stays.
  const unfolded = (line: string): string[] | undefined => {
    const p = pair(line);
    if (!p) return undefined;
    const [x, y] = [sentenceLanguage(p[0], true), sentenceLanguage(p[1], true)];
    const both = x !== undefined && y !== undefined ? x !== y : HEADING_CELL.test(p[0]) && HEADING_CELL.test(p[1]);
    return both ? [p[0], '', p[1], ''] : undefined;
  };
  return lines.flatMap((line) => unfolded(line) ?? [line]).join('\n');
}

/** A cell that opens with an article's number or word: a heading's. */
const HEADING_CELL = /^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|artikel|article)\s/i;

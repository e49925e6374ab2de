// An order form's rows that switch a clause off for the whole file: "Source code escrow | No", "Exit assistance: Not
// included", "Termination for convenience | Niet van toepassing". The packs say which row keys name their clause
// (`switches`) and which values say no (`noValue`); the terms further on may hold the clause the row switches off.
import type { Evidence } from './evidence.js';
import { sentenceEvidence } from './evidence.js';
import type { MatchContext } from './match.js';
import type { Term } from './terms.js';
import { escapeRe, fileLines, isWhole, opensAsArticle, rowCells, termHits } from './regions.js';
import { deviationRows, keptRows } from './deviation-tables.js';

export interface SwitchOff {
  clause: string;
  evidence: Evidence;
}

/** A row: a key of a few words (after a table's opening "|"), then " | " or ":", then the value cell (up to the next
 * cell or the line's end). */
// (A key asks nothing and quotes nothing: 'bereid af te zien van het ontbindingsrecht?" Antwoord: "Nee.' is a question answered.)
const ROW = /^[ \t]*\|?[ \t]*(?:[-•*][ \t]+)?([^|:\n?"“”]{2,80}?)[ \t]*(?:[ \t]\|[ \t]|:[ \t])[ \t]*([^|\n]*)/;
/** A key and a value on one line: "Governing law | Netherlands", "Rechtskeuze: Nederlands recht". */
export const isRow = (text: string): boolean => !!ROW.exec(text)?.[2]!.trim();

/** What may follow a one-word no in its cell: nothing, or a remark ("No – clause 17 struck", "Nee (zie artikel 9)"). */
const REMARK = /^[ \t]*(?:$|[(;,.–—-])/;

/** A box left empty at the start of a line: "☐ Exit assistance", "[ ] Source code escrow". */
/** An empty box and a ticked one, as regular-expression sources (also read by struck.ts for a question answered no). */
export const EMPTY_BOX = String.raw`(?:☐|□|❏|\[[ \t]?\])`;
export const TICKED_BOX = String.raw`(?:☒|☑|✅|\[[xX✓✔][ \t]?\])`;
// (after a list's marker too: "(c) [ ] Module C – Exit: …")
const UNCHECKED = new RegExp(String.raw`^[ \t]*\|?[ \t]*(?:(?:\(?[a-z]{1,2}\)|\(?\d{1,2}[.)]|[-•*–])[ \t]+)?${EMPTY_BOX}[ \t]*`);
/** Whether the text from `at` opens with an empty box: an option not taken states nothing. */
export const opensUnchecked = (text: string, at: number, end = text.length): boolean =>
  UNCHECKED.test(text.slice(at, Math.min(end, at + 16)));
/** Whether a row's key names the supplier's side only, by a role word or name of the supplier in brackets or after "by"
 * ("Termination without cause (Supplier)", "Beëindiging door Leverancier", "by Qlix"). */
function supplierKey(ctx: MatchContext, start: number, end: number): boolean {
  const { text } = ctx.doc;
  const unit = ctx.index.unit(start, end);
  return ctx.role('supplier').some((t) =>
    ctx.termHitsIn(t, '', unit, 0).some((h) => {
      const before = text.slice(start, ctx.index.tokens[h.t0]!.start);
      const after = text.slice(ctx.index.tokens[h.t1 - 1]!.end, end + 1);
      return (/\([ \t]*(?:the[ \t]+|de[ \t]+)?$/i.test(before) && /^[ \t]*\)/.test(after)) || /(?<![\p{L}\d])(?:by|door)[ \t]+(?:the[ \t]+|de[ \t]+)?$/iu.test(before);
    }),
  );
}

/** A numbered heading after a box: "B.2 Broncodedepot", "4. Escrow", "12.3 Step-in" (its number, then a capital). */
const NUMBERED_HEAD = /^((?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+\p{Lu}[^.;:!?]*$/u;
/** A line that opens with a paragraph's number: "B.2.1 …", "3.1 …", "4. …". */
const LINE_NUMBER = /^[ \t]*(?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2})*\.?[ \t]/;
/** The label an option opens with, a word and a letter or number before a dash, colon or stop: "Module C", "Optie 3". */
const OPTION_LABEL = /^(\p{L}{3,})[ \t]+([A-Z]|\d{1,2})(?=[ \t]*[–—:.-])/u;
/** Lines at most that an option's own text, set out under its label elsewhere, runs on. */
const OPTION_TEXT_LINES = 20;

/**
 * The lines that open with an empty box ("☐ | Overdracht … alleen met toestemming van Opdrachtgever | Optie E"): options
 * not taken, read as saying nothing also by rules that read a whole article at once. With them the text such an option
 * has under its label further on ("(e) [ ] Module E – Wijziging van zeggenschap" … "Module E. Zeggenschap. Bij een
 * wijziging … mag de Gemeente de overeenkomst ontbinden."), up to a blank line, the next label of its kind or an article.
 */
export function uncheckedLines(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!/[☐□❏]|\[[ \t]?\]/.test(text)) return out;
  const lines: Array<{ start: number; end: number }> = [];
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const labels = new Map<string, string>();
  const boxed = new Set<number>();
  for (const [k, { start, end }] of lines.entries()) {
    const box = UNCHECKED.exec(text.slice(start, Math.min(end, start + 16)));
    if (!box) continue;
    boxed.add(k);
    // A numbered heading not chosen takes its numbered paragraphs with it: "[ ] B.2 Broncodedepot" over "B.2.1 Leverancier
    // deponeert de broncode …" and the lines it wraps onto, up to the next heading or box.
    const head = NUMBERED_HEAD.exec(text.slice(start + box[0].length, end));
    let last = k;
    if (head) {
      const own = new RegExp(String.raw`^[ \t]*${escapeRe(head[1]!)}\.\d`);
      while (last + 1 < lines.length && last + 1 - k < OPTION_TEXT_LINES) {
        const next = text.slice(lines[last + 1]!.start, lines[last + 1]!.end);
        if (!next.trim() || UNCHECKED.test(next) || TICKED_LINE.test(next) || (!own.test(next) && LINE_NUMBER.test(next))) break;
        last++;
      }
    }
    out.push({ start, end: lines[last]!.end });
    const label = OPTION_LABEL.exec(text.slice(start + box[0].length, end));
    if (label) labels.set(`${label[1]!.toLowerCase()} ${label[2]}`, label[1]!.toLowerCase());
  }
  if (!labels.size) return out;
  const kinds = new Set(labels.values());
  const labelOf = (k: number) => OPTION_LABEL.exec(text.slice(lines[k]!.start, lines[k]!.end).trimStart());
  for (let k = 0; k < lines.length; k++) {
    const m = boxed.has(k) ? null : labelOf(k);
    if (!m || !labels.has(`${m[1]!.toLowerCase()} ${m[2]}`)) continue;
    let last = k;
    while (last + 1 < lines.length && last + 1 - k < OPTION_TEXT_LINES && !boxed.has(last + 1)) {
      const next = text.slice(lines[last + 1]!.start, lines[last + 1]!.end).trim();
      const other = labelOf(last + 1);
      if (!next || opensAsArticle(next) || (other && kinds.has(other[1]!.toLowerCase()))) break;
      last++;
    }
    out.push({ start: lines[k]!.start, end: lines[last]!.end });
    k = last;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A ticked box and the option after it: "[ ] Ja [X] Nee", "☒ Nee / No". */
const CHECKED_OPTION = new RegExp(String.raw`${TICKED_BOX}[ \t]*([^\[☐☒☑□❏✅\n]*)`);
/** A choice made in a list: "Bronze / Silver / Gold – selected: none". */
const SELECTED = /\b(?:selected|chosen|gekozen|geselecteerd)[ \t]*:[ \t]*/i;
/** A key that asks yes or no: "Escrow (ja/nee)", "Exit assistance (Y/N)". */
const YES_NO_KEY = /\b(?:ja\s*\/\s*nee|yes\s*\/\s*no|y\s*\/\s*n|j\s*\/\s*n)\b/i;
/** Words at most in the key of a box ("☐ Exit assistance (Annex F)"); longer is a sentence with a box before it. */
const BOX_KEY_WORDS = 12;

type Span = { t0: number; t1: number };
/** A line of `text` from `start`, read as one form of row: the token ranges of the keys it says no to. */
type RowReader = (ctx: MatchContext, start: number, text: string, noValue: readonly Term[]) => Span[];
const keyOf = (ctx: MatchContext, at: number, end: number): Span[] => {
  const key = ctx.index.unit(at, end);
  return key.t1 > key.t0 ? [key] : [];
};

/** An empty box before a short name: "☐ Source code escrow". */
const boxRow: RowReader = (ctx, start, text) => {
  const box = UNCHECKED.exec(text)!;
  const rest = text.slice(box[0].length);
  const at = start + box[0].length;
  return keyOf(ctx, at, at + rest.search(/[ \t]+(?:[–—(]|-[ \t])|[:;.]|$/)).filter((key) => key.t1 - key.t0 <= BOX_KEY_WORDS);
};

/** A table row: the first cell after the key that says no; the key is every cell before it ("PW-10 | Escrow add-on |
 * EUR 0 | niet besteld"). A cell of boxes says what its ticked option says ("Escrow broncode | [ ] ja [X] neen",
 * "Step-in | ☐ Applicable ☒ Not applicable | 16"). */
const cellRow: RowReader = (ctx, start, text, noValue) => {
  const cells = rowCells(text, start).map((c) => {
    const picked = CHECKED_OPTION.exec(ctx.doc.text.slice(c.start, c.end));
    if (!picked) return { at: c.start, end: c.end };
    const from = c.start + picked.index + picked[0].length - picked[1]!.length;
    return { at: from, end: from + picked[1]!.length };
  });
  // A row of several columns answered yes in one and no in another ("8 Escrow | ja | nee | ja", one column per lot)
  // switches nothing off for the whole file.
  if (cells.slice(1).some((c) => saysOnlyYes(ctx, c.at, c.end))) return [];
  for (let k = 1; k < cells.length; k++)
    if (saysNo(ctx, cells[k]!.at, cells[k]!.end, noValue)) return keyOf(ctx, cells[0]!.at, cells[k - 1]!.end);
  // An order form's box left empty where other rows are ticked ("GMV-ESC | Escrow (optioneel) | EUR 1.450 | [ ]" under
  // "GMV-LIC | Licentie … | [X]"): that line was not ordered. (A table of empty boxes only is a checklist to fill in.)
  // (Nor one of several options for a subject, another of them ticked: "Escrow | A – geen escrow | [ ]" beside "Escrow | B
  // – broncode … in depot | [X]" says nothing of escrow as a whole.)
  const box = cells.findIndex((c, k) => k > 0 && ONLY_EMPTY_BOX.test(ctx.doc.text.slice(c.at, c.end)));
  if (box <= 0) return [];
  const ticked = tickedRows(ctx.doc.text, start);
  const subject = (row: string) => row.replace(/^[ \t]*\|?/, '').split('|')[0]!.trim().toLowerCase();
  const own = subject(text);
  if (!ticked.length || ticked.some((row) => subject(row) === own)) return [];
  return keyOf(ctx, cells[0]!.at, cells[box - 1]!.end);
};
const ONLY_EMPTY_BOX = new RegExp(String.raw`^[ \t]*${EMPTY_BOX}[ \t]*$`);
const ONLY_TICKED_BOX = new RegExp(String.raw`(?:^|\|)[ \t]*${TICKED_BOX}[ \t]*(?:\||$)`, 'm');
/** Lines at most searched each way for the rest of a table. */
const TABLE_REACH = 200;
/** A line of a table: one with bars, or a rule under its header ("--------+--------"). */
const inTable = (line: string): boolean => line.includes('|') || /^[ \t]*[-=+:]{3,}[-=+: \t]*$/.test(line);
/** The rows of the table around the row at `at` (the lines with bars next to it) that have a cell that is only a ticked
 * box. */
function tickedRows(text: string, at: number): string[] {
  const nl = text.indexOf('\n', at);
  const own = text.slice(at, nl < 0 ? text.length : nl);
  const rows = inTable(own) ? [own, ...linesAround(text, at, at + own.length, inTable, TABLE_REACH)] : [];
  return rows.filter((l) => ONLY_TICKED_BOX.test(l));
}
/** The lines next to the line from `at` to `end`, each way up to the first line that `within` refuses (or `reach`
 * lines): a table's rows, a block's lines up to a blank one. */
function linesAround(text: string, at: number, end: number, within: (line: string) => boolean, reach: number): string[] {
  const out: string[] = [];
  for (let s = end + 1, n = 0; s <= text.length && n < reach; n++) {
    const nl = text.indexOf('\n', s);
    const line = text.slice(s, nl < 0 ? text.length : nl);
    if (!within(line)) break;
    out.push(line);
    if (nl < 0) break;
    s = nl + 1;
  }
  for (let e = at - 1, n = 0; e > 0 && n < reach; n++) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    const line = text.slice(s, e);
    if (!within(line)) break;
    out.push(line);
    e = s - 1;
  }
  return out;
}
/** A cell that says only yes: one of the packs' `yesValue` words and nothing more ("ja", "Included"). */
function saysOnlyYes(ctx: MatchContext, at: number, end: number): boolean {
  const value = ctx.index.unit(at, end);
  if (value.t1 <= value.t0) return false;
  const { tokens } = ctx.index;
  if (!/^[ \t]*$/.test(ctx.doc.text.slice(at, tokens[value.t0]!.start)) || !/^[ \t]*$/.test(ctx.doc.text.slice(tokens[value.t1 - 1]!.end, end))) return false;
  return isWhole(ctx, ctx.rules.layout.yesValue, at, end);
}

/** A key, a dash and its value: "Source code escrow – NOT SELECTED", also as the value of a row and several to a line
 * ("Optional modules: Source code escrow – NOT SELECTED. Extended exit assistance – NOT SELECTED. Premium support –
 * SELECTED."). */
const DASH = /[ \t][–—-][ \t]/;
const DASHED = /^[ \t]*(?:[-•*][ \t]+)?([^–—\n]{2,80}?)[ \t]+[–—-][ \t]+([^–—\n]+)$/;
const dashRow: RowReader = (ctx, start, text, noValue) =>
  [...text.matchAll(/[^.;]+[.;]?/g)].flatMap((entry) => {
    const m = DASHED.exec(entry[0]);
    if (!m) return [];
    const at = start + entry.index!;
    const keyAt = at + m[0].indexOf(m[1]!);
    const valueAt = at + m[0].length - m[2]!.length;
    return saysNo(ctx, valueAt, valueAt + m[2]!.length, noValue) ? keyOf(ctx, keyAt, keyAt + m[1]!.length) : [];
  });

/** A key and its value after a colon, the value being the ticked option ("Broncodedepot: [ ] Ja [X] Nee") or what
 * follows "selected:" ("Escrow level: Bronze / Silver / Gold – selected: none"), or a key and a value of its own. */
/** Characters at most in a list of options not taken. */
const LIST_REACH = 600;
/** A list that wraps over at most four more lines up to its full stop or a blank line. */
const WRAPPED_LIST = /^[^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,4}?(?:\.[ \t]*(?=\n|$)|(?=\n[ \t]*\n)|$)/;
const keyValueRow: RowReader = (ctx, start, text, noValue) => {
  const m = ROW.exec(text);
  if (!m) return [];
  const keyAt = start + m.index + m[0].indexOf(m[1]!);
  let valueAt = start + m.index + m[0].length - m[2]!.length;
  // A key that says the items after it were not taken: "Niet in deze bestelling opgenomen: B4 Escrow (optioneel), B5
  // Exitbegeleiding per uur, B6 Overname-clausule", "Not ordered: Source code escrow; Transition assistance". Each item
  // is a key said no to.
  // (The list may wrap onto the lines after, up to its full stop or a blank line.)
  if (termHits(ctx, ctx.rules.layout.notTakenLabel, keyAt, keyAt + m[1]!.length).length) {
    // (Its own line alone where no full stop or blank line ends it within a few lines.)
    const list = WRAPPED_LIST.exec(ctx.doc.text.slice(valueAt, valueAt + LIST_REACH))?.[0] ?? m[2]!;
    return [...list.matchAll(/[^,;]+/g)].flatMap((item) => keyOf(ctx, valueAt + item.index!, valueAt + item.index! + item[0].length));
  }
  const boxed = emptyBoxRow(ctx, start, text, keyAt, keyAt + m[1]!.length, m[2]!);
  if (boxed) return boxed;
  let valueEnd = valueAt + m[2]!.length;
  const picked = CHECKED_OPTION.exec(m[2]!) ?? SELECTED.exec(m[2]!);
  if (picked) {
    const at = m[2]!.indexOf(picked[0]) + picked[0].length - (picked[1]?.length ?? 0);
    valueAt += at;
    valueEnd = valueAt + (picked[1] !== undefined ? picked[1].length : m[2]!.length - at);
  }
  if (saysNo(ctx, valueAt, valueEnd, noValue, YES_NO_KEY.test(m[1]!))) return keyOf(ctx, keyAt, keyAt + m[1]!.length);
  // "Exit Plan: Not applicable – Annex E left blank" says no above; "Optional modules: Source code escrow – NOT
  // SELECTED" names its keys in the value.
  return picked || !DASH.test(m[2]!) ? [] : dashRow(ctx, start + m.index + m[0].length - m[2]!.length, m[2]!, noValue);
};

/** A value that is an empty box and at most a few words or a remark ("[ ] (zie toelichting art. 9)", "[ ] van
 * toepassing"), with no other box and no no ("[ ] niet van toepassing" may mean yes). */
const EMPTY_BOX_VALUE = new RegExp(String.raw`^[ \t]*${EMPTY_BOX}(?![^\n]*(?:${EMPTY_BOX}|${TICKED_BOX}))[ \t]*([^\n]{0,40})$`);
/** A row of a form whose value is a ticked box and at most a few words: "Inzet derde bij tekortkoming (art. 7): [X]",
 * "Boeteregeling servicelevels ......... [X] van toepassing". */
const TICKED_ROW = new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]+)?([^|:\n]{2,80}?)[ \t]*(?::|\.{3,}|…+)[ \t.…]*${TICKED_BOX}(?![^\n]*${EMPTY_BOX})[^\n]{0,40}$`);
/** A key, a dotted leader and its value: "Exitregeling (Module X) ..... [ ] van toepassing". */
const LEADER = /^[ \t]*(?:[-•*][ \t]+)?([^|:\n?"“”]{2,80}?)[ \t]*(?:\.{3,}|…+)[ \t.…]*([^\n]*)$/;
/** Lines at most searched each way for the rest of a block of rows. */
const BLOCK_REACH = 40;
/** A form's box left empty where the rows around it are ticked ("Exitregeling van toepassing: [ ] (zie toelichting
 * art. 9)" under "Inzet derde bij tekortkoming (art. 7): [X]"): that option was not taken; the key's span. (Empty
 * boxes only are a form to fill in; a ticked row on the same subject is another option for it.) */
function emptyBoxRow(ctx: MatchContext, start: number, line: string, keyAt: number, keyEnd: number, value: string): Span[] | undefined {
  const box = EMPTY_BOX_VALUE.exec(value);
  if (!box || /\b(?:niet|not|geen|no|nee|none)\b/i.test(box[1]!)) return undefined;
  const first = (key: string) => key.trim().toLowerCase().split(/\s+/)[0];
  const own = first(ctx.doc.text.slice(keyAt, keyEnd));
  const ticked = linesAround(ctx.doc.text, start, start + line.length, (l) => l.trim() !== '', BLOCK_REACH).flatMap((row) => {
    const m = TICKED_ROW.exec(row);
    return m ? [first(m[1]!)] : [];
  });
  return ticked.length && !ticked.includes(own) ? keyOf(ctx, keyAt, keyEnd) : undefined;
}
/** A key and its value after a dotted leader, read as an empty box where the rows around it are ticked. */
const leaderRow: RowReader = (ctx, start, text) => {
  const m = LEADER.exec(text);
  if (!m) return [];
  const keyAt = start + m.index + m[0].indexOf(m[1]!);
  return emptyBoxRow(ctx, start, text, keyAt, keyAt + m[1]!.length, m[2]!) ?? [];
};

/** A line that opens with a ticked box ("[X] Not applicable", "☒ Niet van toepassing"). */
const TICKED_LINE = new RegExp(String.raw`^[ \t]*(?:(?:\(?[a-z]{1,2}\)|\(?\d{1,2}[.)]|[-•*–])[ \t]+)?${TICKED_BOX}[ \t]*`);
/** Any box on a line. */
const ANY_BOX = new RegExp(`${EMPTY_BOX}|${TICKED_BOX}`);
/** Lines at most between a ticked option and the label line it answers. */
const LABEL_LINES = 4;
/** A ticked option that says no under a label line of its own ("Source code escrow:" | "[ ] Applicable – the Supplier
 * shall deposit …" | "[X] Not applicable"): the label's span. */
const tickedNoRow: RowReader = (ctx, start, text, noValue) => {
  const m = TICKED_LINE.exec(text);
  if (!m || !saysNo(ctx, start + m[0].length, start + text.length, noValue)) return [];
  const doc = ctx.doc.text;
  let at = start;
  for (let n = 0; n < LABEL_LINES && at > 0; n++) {
    const from = doc.lastIndexOf('\n', at - 2) + 1;
    const line = doc.slice(from, at - 1);
    if (/:[ \t]*$/.test(line) && !ANY_BOX.test(line)) return keyOf(ctx, from, from + line.lastIndexOf(':'));
    at = from;
  }
  return [];
};

/** The forms of row, each read by the first reader whose form the line has. */
const READERS: readonly { has: (line: string) => boolean; read: RowReader }[] = [
  { has: (line) => UNCHECKED.test(line), read: boxRow },
  { has: (line) => TICKED_LINE.test(line), read: tickedNoRow },
  { has: (line) => line.includes('|'), read: cellRow },
  { has: (line) => line.includes(':'), read: keyValueRow },
  { has: (line) => DASH.test(line), read: dashRow },
  // (Every line of every file comes here: the cheap test for a leader first.)
  { has: (line) => (line.includes('...') || line.includes('…')) && LEADER.test(line), read: leaderRow },
];

/** A line that says no to what it names: the token ranges of its keys (none where it says no to nothing). */
export function noRow(ctx: MatchContext, start: number, end: number, noValue: readonly Term[]): Span[] {
  if (!noValue.length) return [];
  const text = ctx.doc.text.slice(start, end);
  return READERS.find((r) => r.has(text))?.read(ctx, start, text, noValue) ?? [];
}

/** Whether a value says no: it opens with a no ("Not included in this Call-off", "Nee / No", "No – struck"; a lone
 * "No" must stand alone: "No charge" says yes), or it is a blank left empty where the key asks yes or no ("Escrow
 * (ja/nee): ___"; a blank notice period "___ days" leaves the terms' own). */
function saysNo(ctx: MatchContext, valueAt: number, valueEnd: number, noValue: readonly Term[], blankSaysNo = false): boolean {
  const raw = ctx.doc.text.slice(valueAt, valueEnd);
  if (/^[ \t]*_{2,}[ \t.]*$/.test(raw)) return blankSaysNo;
  const value = ctx.index.unit(valueAt, valueEnd);
  if (value.t1 <= value.t0) return false;
  for (const term of noValue)
    for (const h of ctx.termHitsIn(term, '', value, 0)) {
      if (h.t0 !== value.t0) continue;
      const after = ctx.doc.text.slice(ctx.index.tokens[h.t1 - 1]!.end, valueEnd);
      if (h.t1 - h.t0 >= 2 || REMARK.test(after) || /^[ \t]*\//.test(after)) return true;
    }
  return false;
}

/** The clauses a row of the file switches off, each with the first row that does; rows where `skip` holds say nothing. */
export function findSwitchesOff(ctx: MatchContext, skip: (at: number) => boolean = () => false): SwitchOff[] {
  const { switches } = ctx.rules;
  const { noValue } = ctx.rules.layout;
  if (!switches.length || !noValue.length) return [];
  const out = new Map<string, SwitchOff>();
  // (Not a row of a table of deviations from standard terms whose deviation cell says there is none: "Wijziging
  // zeggenschap | Opdrachtgever kan ontbinden … | Geen" keeps the standard's provision.)
  const keeps = new Set(keptRows(ctx, deviationRows(ctx)).flatMap((r) => r.lines));
  // Line by line: rows without a full stop run together into one sentence.
  for (const { start, end } of fileLines(ctx.doc.text))
    for (const key of skip(start) || keeps.has(start) ? [] : noRow(ctx, start, end, noValue))
      // (Not a key that names the supplier's own right: "Termination without cause (Supplier) | No" leaves the buyer's.)
      for (const sw of supplierKey(ctx, start, ctx.index.tokens[key.t1 - 1]!.end) ? [] : switches)
        if (!out.has(sw.clause) && sw.keys.some((t) => ctx.termHitsIn(t, sw.pack, key, 0).length > 0))
          out.set(sw.clause, { clause: sw.clause, evidence: sentenceEvidence(ctx.doc, `${sw.pack}/switched-off`, -1, { start, end }) });
  return [...out.values()].sort((a, b) => a.clause.localeCompare(b.clause));
}


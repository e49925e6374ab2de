// Text the file keeps but the contract does not say, read as blank before any rule runs:
// - what a redline export shows as taken out: "[verwijderd: De Provincie kan … opzeggen.]", "(deleted: The Supplier may
//   assign …)", "~~The Authority may terminate … for any reason~~" (Word's compare, a negotiation export, Markdown);
//   inserted text ("[toegevoegd: …]") stays;
// - in a table of negotiated changes ("Artikel | Oorspronkelijk | Gewijzigd"), the cell of the old text where the row
//   changes it (a row whose new text says "Ongewijzigd" / "No change" keeps the old text);
// - an old text set out above its new one ("Oude tekst: … / Nieuwe tekst: …"), unless the new one keeps it, or one its
//   label says has lapsed ('Oorspronkelijke tekst (vervallen per 1 december 2023): "…"'), and a paragraph labelled as
//   struck ("13.1 doorgehaald: …", "Deleted wording: …"), as consolidated versions print them;
// - a comments column ("Section | Text | Comments") and a table said not to be part of the contract ("De tabel maakt
//   geen deel uit van de contractuele afspraken").
// The packs name the words (`redlineDeleted`, `columnOld`, `columnNew`, `supersededMark`, `columnComment`, `cellUnchanged`,
// `tableNoun`, with `partRejected` and `summaryYields` for a table that disowns itself). Blanking keeps every offset.
import type { Document } from '../document/types.js';
import { fileLines, labels, norm, type Region } from './regions.js';
import type { RuleSet } from './compile.js';

/** Characters at most inside one deletion: a struck article, not the rest of the file after a lost bracket. */
const MAX_DELETED = 4000;
/** "[verwijderd:", "(Deleted :", "[ Struck out:", "<<struck through:": a bracket, a label of at most four words, a colon. */
const OPENING = /(?:[[(]|<<|«)\s*(\p{L}+(?:[ -]\p{L}+){0,3})\s*:/gu;
/** A deletion's label with who and when after the word: "[Deleted by the contracting authority before signature:",
 * "[Geschrapt door partijen op 3 maart:". */
const OPENING_BY = /[[(]\s*(\p{L}+)\s+(?:by|door|on|op|at|bij|before|voor)\b[^:\]\n]{1,80}:/gu;
/** A comment's label and its reviewer's mark ("Opmerking [DV3]", "Comment [RM1]"), maybe in a bracket of its own. */
const COMMENT_MARK = /([[(][ \t]*)?(\p{L}+)[ \t]*\[[A-Za-z]{1,4}\d{1,3}\]/gu;
/** Characters at most of a comment without a bracket of its own. */
const MAX_COMMENT = 600;
/** Markdown's strike-through: "~~…~~" within one paragraph. */
const STRUCK = /~~(?=\S)(?:[^~]|~(?!~))+?~~/g;
/** Lines at most between a sentence that disowns "the table below" and the table's first row. */
const TABLE_AFTER = 4;

type Layout = RuleSet['layout'];


/** `text` opens with one of the labels, as whole words ("no change – see 9.2" opens with "no change"). */
const opensWith = (text: string, names: readonly string[]): boolean => {
  const t = norm(text);
  return names.some((n) => t === n || t.startsWith(n + ' '));
};

/** The bracket that closes the one opened at `open`, or -1 (brackets of the same kind nest; a blank line ends it).
 * "<<…>>" and "«…»" close at their first closing mark (its last character). */
function closing(text: string, open: number): number {
  if (text.startsWith('<<', open) || text[open] === '«') {
    const close = text[open] === '«' ? '»' : '>>';
    const at = text.indexOf(close, open + 1);
    const blank = text.indexOf('\n\n', open);
    return at < 0 || at - open > MAX_DELETED || (blank >= 0 && blank < at) ? -1 : at + close.length - 1;
  }
  const [o, c] = text[open] === '[' ? ['[', ']'] : ['(', ')'];
  let depth = 0;
  const stop = Math.min(text.length, open + MAX_DELETED);
  for (let i = open; i < stop; i++) {
    const ch = text[i];
    if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
    else if (ch === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

/** Redline deletions: bracketed text opened by a deletion label and a colon, and Markdown strike-through. */
function deletions(text: string, layout: Layout): Region[] {
  const names = new Set(labels(layout.redlineDeleted));
  const out: Region[] = [];
  if (names.size) {
    for (const m of text.matchAll(OPENING)) {
      if (!names.has(norm(m[1]!))) continue;
      const end = closing(text, m.index!);
      if (end > 0) out.push({ start: m.index!, end: end + 1 });
    }
    // … or the label says who struck it and when: '[Deleted by the contracting authority before signature: "…"]'.
    for (const m of text.matchAll(OPENING_BY)) {
      if (!names.has(norm(m[1]!)) || out.some((r) => r.start === m.index!)) continue;
      const end = closing(text, m.index!);
      if (end > 0) out.push({ start: m.index!, end: end + 1 });
    }
  }
  for (const m of text.matchAll(STRUCK)) if (!m[0].includes('\n\n')) out.push({ start: m.index!, end: m.index! + m[0].length });
  return [...out, ...comments(text, layout)];
}

/** A reviewer's comment by its label and mark: "[Opmerking [DV3] D. Veenstra: …]" to its closing bracket; "Comment [RM1]
 * (R. MacLeod): …" unbracketed to the paragraph's end or the next clause's number. */
function comments(text: string, layout: Layout): Region[] {
  const names = new Set(labels(layout.redlineComment));
  const out: Region[] = [];
  if (!names.size) return out;
  for (const m of text.matchAll(COMMENT_MARK)) {
    if (!names.has(norm(m[2]!))) continue;
    if (m[1]) {
      const end = closing(text, m.index! + m[0].indexOf(m[1].trim()));
      if (end > 0) out.push({ start: m.index!, end: end + 1 });
      continue;
    }
    const from = m.index! + m[0].length;
    const next = text.slice(from, from + MAX_COMMENT).search(/\n[ \t]*\n|\n[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]|(?:article|artikel|art\.|section|clause)\b)/i);
    out.push({ start: m.index!, end: from + (next < 0 ? Math.min(MAX_COMMENT, text.length - from) : next) });
  }
  return out;
}

interface Line extends Region {
  text: string;
}

/** The file's lines, each with its text. */
const lines = (text: string): Line[] => fileLines(text).map((l) => ({ ...l, text: text.slice(l.start, l.end) }));

/** A row of a table written with bars: at least two. */
const isRow = (l: Line): boolean => (l.text.match(/\|/g) ?? []).length >= 2;

/** The cells of a row split at its bars, each with its place in the file. Unlike regions.ts's rowCells, an empty cell
 * stays (a leading bar gives an empty first cell): a cell is found by its column's place under the header. */
function cells(l: Line): Region[] {
  const out: Region[] = [];
  let at = l.start;
  for (const c of l.text.split('|')) {
    out.push({ start: at, end: at + c.length });
    at += c.length + 1;
  }
  return out;
}

/** Words at most between the table's noun and what it says of itself ("De tabel maakt geen deel uit", "The table below is
 * for information only"). */
const SAID_OF_TABLE = 3;

/** The sentence says of the table itself that it is no part of the contract, not of what the table marks ("Een bepaling
 * die in onderstaande tabel als "niet van toepassing" is aangemerkt, maakt geen deel uit van de Overeenkomst"). */
function disowns(sentence: string, nouns: readonly string[], disowning: readonly string[]): boolean {
  const words = norm(sentence).split(' ');
  return words.some((w, k) => {
    if (!nouns.includes(w)) return false;
    for (let d = 1; d <= SAID_OF_TABLE + 1 && k + d < words.length; d++) {
      if (['als', 'as'].includes(words[k + d - 1]!) && d > 1) return false;
      if (opensWith(words.slice(k + d).join(' '), disowning)) return true;
    }
    return false;
  });
}

/** Cells of old text and of comments in the tables of negotiated changes, the questions of a Q&A's table, and the rows
 * of tables that disown themselves. */
function tableParts(text: string, layout: Layout): Region[] {
  const oldNames = labels(layout.columnOld);
  const newNames = labels(layout.columnNew);
  const commentNames = labels(layout.columnComment);
  const unchanged = labels(layout.cellUnchanged);
  const tableNouns = labels(layout.tableNoun);
  const disowning = [...labels(layout.partRejected), ...labels(layout.summaryYields)];
  const questionNames = labels(layout.questionLabel);
  const answerNames = labels(layout.answerLabel);
  const all = lines(text);
  const out: Region[] = [];
  for (let i = 0; i < all.length; i++) {
    const head = all[i]!;
    if (!isRow(head) || (i > 0 && isRow(all[i - 1]!))) continue;
    // The table's rows: this line and the bar lines straight after it (a ruled line of dashes between them is no row).
    let j = i + 1;
    // (A blank line between two rows is no end of the table: "17 | … |\n\n22 | … |".)
    // (A grid table's rule, "+=====+=====+", has no bar.)
    while (j < all.length && (isRow(all[j]!) || /^[\s|:+=-]+$/.test(all[j]!.text) && /\||[-=]{3}/.test(all[j]!.text) || (all[j]!.text.trim() === '' && j + 1 < all.length && isRow(all[j + 1]!)))) j++;
    const rows = all.slice(i + 1, j).filter(isRow);
    // A sentence just before the table says the table is no part of the contract.
    const before = all.slice(Math.max(0, i - TABLE_AFTER), i).map((l) => l.text).join(' ');
    const sentences = before.split(/(?<=[.;!?])\s+/);
    if (tableNouns.length && sentences.some((s) => disowns(s, tableNouns, disowning))) {
      out.push({ start: head.start, end: all[j - 1]!.end });
      i = j - 1;
      continue;
    }
    const titles = cells(head).map((c) => text.slice(c.start, c.end));
    const oldCol = titles.findIndex((t) => opensWith(t, oldNames));
    const newCol = titles.findIndex((t) => opensWith(t, newNames));
    const commentCols = titles.flatMap((t, k) => (opensWith(t, commentNames) ? [k] : []));
    // A Q&A's table ("Nr. | Ref. | Vraag | Antwoord"): the question describes or quotes the draft and asks; the answer is read.
    const questionCol = titles.findIndex((t) => norm(t) !== '' && questionNames.includes(norm(t)));
    const asked = questionCol >= 0 && titles.some((t) => norm(t) !== '' && answerNames.includes(norm(t)));
    for (const row of rows) {
      const cs = cells(row);
      if (asked && cs[questionCol]) out.push(cs[questionCol]!);
      // Comments are blanked in a table of changes only: on an order form "Opmerkingen" may hold what is agreed.
      if (oldCol >= 0 || newCol >= 0) for (const k of commentCols) if (cs[k]) out.push(cs[k]!);
      if (oldCol < 0 || newCol < 0 || oldCol === newCol || !cs[oldCol] || !cs[newCol]) continue;
      // "No change" in the new column keeps the old text as it was.
      if (!opensWith(text.slice(cs[newCol]!.start, cs[newCol]!.end), unchanged)) out.push(cs[oldCol]!);
    }
    i = j - 1;
  }
  return out;
}

/** A line that opens with a label and a colon: "Oude tekst: …", "Bepaling na onderhandeling: …", "New text: …"; after
 * the clause's number, with a note in brackets: "16.3  Previous wording (superseded by Amendment No. 2): …". */
const LABEL = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+)?([\p{L}][\p{L}\p{N} \t-]{0,50}?)[ \t]*(\([^()\n]{0,80}\))?[ \t]*:[ \t]*/u;
/** Words at most in such a label; lines at most from an old text's label to its new text's. */
const LABEL_WORDS = 8;
/** A line that opens a clause: its number, a list item's letter, or the word for an article. */
const CLAUSE_LINE = /^[ \t]*(?:\d|\(?[a-z]\)|[a-z]\.[ \t]|(?:artikel|article|clause|section|bijlage|annex|schedule)\b)/i;
const PAIR_LINES = 12;

/** Old texts set out above their new ones, paragraph by paragraph ("Oude tekst: 9.1 Leverancier zal … / Nieuwe tekst: 9.1
 * Leverancier deponeert …", "Original provision: … / Provision after negotiation: …"): the old paragraph, unless its new
 * text keeps it ("Nieuwe tekst: ongewijzigd"). */
function labelledPairs(text: string, layout: Layout): Region[] {
  const oldNames = labels(layout.columnOld);
  const newNames = labels(layout.columnNew);
  const unchanged = labels(layout.cellUnchanged);
  if (!oldNames.length || !newNames.length) return [];
  const all = lines(text);
  const label = (l: Line) => {
    const m = LABEL.exec(l.text);
    return m && m[1]!.trim().split(/\s+/).length <= LABEL_WORDS ? { name: m[1]!, note: m[2], rest: l.start + m[0].length } : undefined;
  };
  const deleted = labels(layout.redlineDeleted);
  const superseded = labels(layout.supersededMark);
  const out: Region[] = [];
  for (let i = 0; i < all.length; i++) {
    const old = label(all[i]!);
    if (!old) continue;
    // The old paragraph: its lines up to a blank line or the next label.
    let j = i + 1;
    while (j < all.length && all[j]!.text.trim() && !label(all[j]!)) j++;
    // (Read alone, such a paragraph ends where a line opens a clause: a Word file has no blank lines between them.)
    let p = i + 1;
    while (p < j && !CLAUSE_LINE.test(all[p]!.text)) p++;
    // A paragraph labelled as struck out: "13.1  doorgehaald: Indien de zeggenschap …", "Deleted wording: …".
    if (opensWith(old.name, deleted)) {
      out.push({ start: old.rest, end: all[p - 1]!.end });
      continue;
    }
    if (!opensWith(old.name, oldNames)) continue;
    // An old text its own label says no longer holds: 'Oorspronkelijke tekst (vervallen per 1 december 2023): "…"'.
    if (old.note && superseded.some((w) => ` ${norm(old.note!)} `.includes(` ${w} `))) {
      out.push({ start: old.rest, end: all[p - 1]!.end });
      continue;
    }
    const k = all.slice(j, j + PAIR_LINES).findIndex((l) => {
      const n = label(l);
      return !!n && opensWith(n.name, newNames);
    });
    if (k < 0) continue;
    const next = all[j + k]!;
    if (opensWith(text.slice(label(next)!.rest, next.end), unchanged)) continue;
    out.push({ start: old.rest, end: all[j - 1]!.end });
  }
  return out;
}

/** A quotation of some length, in straight or curly quotes: opened after a space, a bracket or a colon, so the closing
 * quote of one quotation is not read as the opening of the next. */
const QUOTED = /(?<=^|[\s(\[:])["“]([^"“”]{20,1500})["”](?!\p{L})/gu;
/** Words before a quotation that make it a paragraph's opening words, not its text (also read by amendments.ts). */
export const OPENING_LEAD = String.raw`\b(?:beginning|starting|commencing|that\s+begins|which\s+begins|beginnend|aanvangend|dat\s+begint|die\s+begint)(?:\s+(?:with|met))?\s*`;
const OPENING_WORDS = new RegExp(`${OPENING_LEAD}$`, 'i');

/** Characters at most between a quotation's end and the words that strike it (a closing bracket, a space). */
const QUOTE_TO_STRUCK = 6;

/** Characters at most of the sentence after a quotation that may strike it by pointing back. */
const STRIKE_BACK_REACH = 300;

/** Old text quoted where a change strikes it: 'Article 6 ("The Supplier shall notify … may terminate …") is deleted in its
 * entirety', 'Artikel 7.2 ("…") wordt vervangen door: …'; or the sentence after it points back and strikes it: 'Versie 1
 * had een artikel "Overname": "…". Op verzoek van LeerLease is dat artikel geschrapt.' The packs name the words
 * (`quoteStruck`; `quoteStruckBack`, a pointer to the text quoted and the word that strikes it). */
function struckQuotes(text: string, layout: Layout): Region[] {
  const names = labels(layout.quoteStruck);
  const back = labels(layout.quoteStruckBack);
  const notApplied = labels(layout.quoteNotApplied);
  if (!names.length && !back.length && !notApplied.length) return [];
  const out: Region[] = [];
  for (const m of text.matchAll(QUOTED)) {
    // (Not the opening words that point at a paragraph: 'The last paragraph of Article IX, beginning "If Arcline is
    // acquired by", is hereby deleted' names the paragraph, which the amendment strikes where it stands.)
    if (OPENING_WORDS.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const end = m.index! + m[0].length;
    // A text quoted after words that say it does not apply here: "Ter informatie, zonder dat het op deze nadere
    // overeenkomst van toepassing is, luidt artikel 14 van de Raamovereenkomst: "…"".
    if (notApplied.length && quotedNotApplied(text.slice(Math.max(0, m.index! - LEAD_REACH), m.index!), notApplied)) {
      out.push({ start: m.index! + 1, end: end - 1 });
      continue;
    }
    const after = text.slice(end, end + QUOTE_TO_STRUCK + 60);
    const gap = /^[\s)\],]*/.exec(after)![0].length;
    if (gap <= QUOTE_TO_STRUCK && opensWith(after.slice(gap), names)) out.push({ start: m.index! + 1, end: end - 1 });
    else if (back.length && strikesBack(text.slice(end, end + STRIKE_BACK_REACH), /[.!?]\s*$/.test(m[1]!), back)) out.push({ start: m.index! + 1, end: end - 1 });
  }
  return out;
}

/** Characters at most of the words that introduce a quotation. */
const LEAD_REACH = 250;

/** Whether the words that introduce a quotation (from the last sentence's end, up to a colon right before it) say it
 * does not apply (`quoteNotApplied`). */
function quotedNotApplied(before: string, phrases: readonly string[]): boolean {
  if (!/:\s*$/.test(before)) return false;
  const lead = ` ${norm(before.trimEnd().split(/[.!?]\s+|\n\s*\n/).pop()!)} `;
  return phrases.some((p) => lead.includes(` ${p} `));
}

/** Whether the sentence right after a quotation (the quotation's own sentence ending first, unless the quotation ends
 * it) strikes it: one of the `quoteStruckBack` phrases, not denied right after ("is dat artikel geschrapt", not "dat
 * artikel vervalt niet"). */
function strikesBack(after: string, endsSentence: boolean, phrases: readonly string[]): boolean {
  const stop = (endsSentence ? /^\s+([^.!?]*)/ : /^[^.!?]*[.!?]\s+([^.!?]*)/).exec(after);
  if (!stop) return false;
  const next = ` ${norm(stop[1]!)} `;
  return phrases.some((p) => {
    const at = next.indexOf(` ${p} `);
    return at >= 0 && !/ (?:niet|not|geen|no) /.test(next.slice(at + p.length + 1, at + p.length + 12));
  });
}

/** Pure: the spans of `text` the contract does not say, in order. */
export function findBlanked(text: string, layout: Layout): Region[] {
  return [...deletions(text, layout), ...tableParts(text, layout), ...labelledPairs(text, layout), ...struckQuotes(text, layout), ...partlyMet(text, layout)].sort((a, b) => a.start - b.start);
}

/** Words at least in a requirement's cell (fewer make an order form's key; also struck.ts). */
export const REQUIREMENT_WORDS = 7;
/** A legend's pair of a mark and what it stands for: "V = Voldoet, VN = Voldoet niet, D = Deels", "P: Partially
 * complies" (also struck.ts). */
export const LEGEND = /(?<![\p{L}\d])(\p{Lu}{1,3})[ \t]*[=:][ \t]*([^,;.\n=]{2,40})/gu;

/**
 * A requirement a table row answers as met in part ("R-09 | Return of all incident data in an open format after the end |
 * Partially | An export API is available during the term", "E-20 | De broncode … wordt gedeponeerd … | D | Broncode van
 * het maatwerk wordt … gedeponeerd", where the legend says "D = Deels"): the requirement does not hold as written, the
 * comment after the answer does. The requirement's cells are blank; the row's key, its answer and its comment stay.
 */
function partlyMet(text: string, layout: Layout): Region[] {
  const words = labels(layout.rowPartial).map(norm);
  if (!words.length || !text.includes('|')) return [];
  const marks = new Set<string>();
  for (const m of text.matchAll(LEGEND)) if (words.includes(norm(m[2]!))) marks.add(m[1]!);
  const out: Region[] = [];
  for (const line of lines(text)) {
    if (!isRow(line)) continue;
    const cs = cells(line);
    const k = cs.findIndex((c, i) => i >= 2 && (words.includes(norm(text.slice(c.start, c.end))) || marks.has(text.slice(c.start, c.end).trim())));
    if (k < 0 || norm(text.slice(cs[k - 1]!.start, cs[k - 1]!.end)).split(' ').length < REQUIREMENT_WORDS) continue;
    out.push({ start: cs[1]!.start, end: cs[k - 1]!.end });
  }
  return out;
}

/** Pure: the document with those spans blanked (spaces, line breaks kept), so offsets, pages, sections and sentences
 * still hold and no rule reads them. The same document when there are none. */
export function withoutBlanked(doc: Document, layout: Layout): Document {
  return blankOut(doc, findBlanked(doc.text, layout));
}

/** The document with these stretches blank (spaces; line breaks and offsets kept). */
export function blankOut(doc: Document, spans: readonly { start: number; end: number }[]): Document {
  if (!spans.length) return doc;
  const chars = doc.text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  const text = chars.join('');
  return { ...doc, text, pages: doc.pages.map((p) => ({ ...p, text: text.slice(p.start, p.end) })) };
}

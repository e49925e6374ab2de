// Sentence segmentation tuned for contracts: clause numbers, legal abbreviations and list items
// must not cut a sentence, while blank lines, section starts and end punctuation must.

import type { Page, Section, Sentence } from './types.js';
import { pageAt } from './pages.js';
import { GRID_RULE_LINE } from './tables.js';

/** Longest sentence we hand to the rules; longer runs are cut at a ; , or line break. */
export const MAX_SENTENCE = 1500;

// Companies' legal forms (they end a sentence only where a new one opens after them, see isAbbreviation), and the words
// that can only open a new sentence after one.
const LEGAL_FORM_ABBREVIATIONS = new Set(['inc.', 'ltd.', 'corp.', 'co.', 'plc.', 'llc.', 'l.l.c.', 'b.v.', 'n.v.', 'gmbh.', 's.a.']);
const SENTENCE_OPENER = /^[ \t]+(?:The|A|An|If|Any|Each|This|That|Such|In|Where|De|Het|Een|Indien|Als|Bij|Deze|Dit)[ \t]/;

// Lowercased tokens (with their final period) after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    ...LEGAL_FORM_ABBREVIATIONS,
    'e.g.', 'i.e.', 'no.', 'nos.', 'art.', 'artt.', 'jo.', 'o.a.', 'm.b.t.', 't.a.v.',
    'd.d.', 'nr.', 'nrs.', 'resp.', 'bijv.', 'i.v.m.', 'c.q.', 'incl.', 'excl.', 'u.s.', 'u.k.',
    'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'sec.', 'secs.', 'vs.', 'v.', 'etc.', 'approx.', 'para.', 'paras.', 'cf.',
    'ca.', 'z.g.', 'z.s.m.', 'o.b.v.', 'i.o.m.', 'm.i.v.', 'm.u.v.', 'a.g.v.', 't.b.v.', 'p.', 'pp.', 'par.', 'jr.',
    'sr.', 'ing.', 'ir.', 'drs.', 'prof.', 'mevr.', 'dhr.', 'fig.', 'ref.', 'vol.', 'e.a.', 'a.s.', 'n.b.', 'ex.',
    'sub.', 'lett.', 'o.g.v.', 'i.c.', 'd.w.z.', 'z.o.z.', 'min.', 'max.', 'tel.', 'blz.', 'pag.', 'hfdst.', 'jan.',
    'feb.', 'mrt.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'oct.', 'nov.', 'dec.', 'n.a.',
    'a.m.', 'p.m.',
    // Dutch official publications and references: "(Stcrt. 2011, nr. 3051)", "Stb. 2012, 462", "vgl.", "zgn.".
    'stcrt.', 'stb.', 'vgl.', 'zgn.', 'evt.', 'afd.',
  ],
);

// Candidate end: . ? ! ; then whitespace, then what can open a sentence.
// "eDiets shall ..." also opens a sentence: a lowercase brand name with an inner capital.
const END_RE = /[.?!;]["'”’)\]]?(?=\s+(?:[\p{Lu}\d"'“‘(\[]|\p{Ll}+\p{Lu}))/gu;

/**
 * Split the text into sentences. Hard boundaries: blank lines and section starts. Soft ones: end
 * punctuation (not after abbreviations or initials) and line ends of lines that end a paragraph.
 */
export function splitSentences(text: string, pages: Page[], sections: Section[]): Sentence[] {
  const cuts = new Set<number>();
  for (const s of sections) cuts.add(s.start);
  for (const m of text.matchAll(/\n[ \t]*\n/g)) {
    const at = m.index ?? 0;
    // A page break: the blank line holds the start of a page.
    const pageBreak = pages.some((p) => p.start > at && p.start <= at + m[0].length);
    if (!continuesAcrossBreak(text, at, at + m[0].length, pageBreak)) cuts.add(at + 1);
  }

  // A ruled line ("-----", "=====") between a heading and its text is a boundary on both sides.
  for (const m of text.matchAll(RULE_LINE)) {
    cuts.add(m.index ?? 0);
    cuts.add((m.index ?? 0) + m[0].length);
  }
  // So is a grid table's rule between its rows ("+------+------+", "|---|---|"): each row says its own thing
  // ("Toepasselijke inkoopvoorwaarden | ARVODI-2018" is not read with "Voorwaarden Opdrachtnemer | Niet van toepassing").
  for (const m of text.matchAll(GRID_RULE)) {
    cuts.add(m.index ?? 0);
    cuts.add((m.index ?? 0) + m[0].length);
  }

  const lineBreakCuts = paragraphLineEnds(text);
  for (const c of lineBreakCuts) cuts.add(c);

  // "…; or (c) …": an inline list item starts a sentence of its own.
  // (… or "…; b. de Zeggenschap … wijzigt": a lettered item after a semicolon, on the same line.)
  for (const m of text.matchAll(/;[ \t]*(?:(?:or|and|of|en)[ \t]+)?(?=(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|[ivx]{1,5})\.)[ \t])/giu)) cuts.add((m.index ?? 0) + m[0].length);
  // A paragraph of an article opened by its Dutch name on a line of its own ("lid 2 Waterdata meldt …", "Lid 3."), after a
  // sentence that ended: a sentence of its own (the lowercase word does not read as a sentence's start).
  for (const m of text.matchAll(/[.;:][ \t]*\n[ \t]*(?=[Ll]id[ \t]+\d{1,2}[.:]?[ \t])/g)) cuts.add((m.index ?? 0) + m[0].length);
  for (const m of text.matchAll(END_RE)) {
    const dot = m.index ?? 0;
    if (text[dot] === '.' && isAbbreviation(text, dot)) continue;
    cuts.add(dot + m[0].length);
  }

  const bounds = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [s, e] = trimSpan(text, bounds[i] as number, bounds[i + 1] as number);
    // A grid's rule between two rows is no sentence.
    if (e > s && GRID_RULE_LINE.test(text.slice(s, e))) continue;
    if (e > s) for (const piece of capLength(text, s, e)) spans.push(piece);
  }

  const out: Sentence[] = [];
  let si = 0; // sections are sorted by start; walk along
  for (const [start, end] of spans) {
    while (si < sections.length && (sections[si] as Section).start <= start) si++;
    out.push({ start, end, page: pageAt(pages, start), section: innermostSection(sections, si - 1, start) });
  }
  return out;
}

const GRID_RULE = new RegExp(GRID_RULE_LINE.source, 'gm');

/** A line drawn with one character repeated: a rule under or between headings. */
const RULE_LINE = /^[ \t]*([-=_*~─━═])\1{4,}[ \t]*$/gmu;

// A line that is only a page number or page mark ("5", "- 5 -", "Page 5 of 9", "5   6"): layout noise.
const PAGE_NOISE = /^[ \t]*(?:-?[ \t]*\d{1,4}[ \t]*-?(?:[ \t]+\d{1,4})?|(?:page|pagina)[ \t]+\d+(?:[ \t]+(?:of|van)[ \t]+\d+)?)[ \t]*$/i;

/** A line that stops on a word no sentence ends with: an article, a preposition, a conjunction. */
const DANGLING = /\b(?:the|a|an|of|to|for|in|on|with|by|and|or|de|het|een|van|voor|naar|met|door|en|of|op|aan|bij)[ \t]*$/iu;

/** Characters at least in a line that runs up to a page break mid-sentence (a wrapped body line, not a heading). */
const FULL_LINE = 60;

/**
 * A blank line (a page break, often with a page number between) inside a sentence does not end it:
 * the text before ends in a lower-case letter, a comma or a hyphen, and the text after starts in lower case, or, at a page
 * break after a full line, with a capitalised word ("… Mergers and Acquisitions Security | Screening Act (Wet Vifo),
 * the Municipality may terminate …").
 */
function continuesAcrossBreak(text: string, breakStart: number, after: number, pageBreak = false): boolean {
  const before = text.slice(Math.max(0, breakStart - 2), breakStart);
  // (… or in a word broken by a hyphen: "… estimating workbooks and basis-of- | estimate files in their native formats".)
  if (!/(?:[\p{Ll},]|\p{L}-)$/u.test(before)) return false;
  const lastLine = text.slice(text.lastIndexOf('\n', breakStart - 1) + 1, breakStart);
  const runsOn = pageBreak && lastLine.trim().length >= FULL_LINE;
  let pos = after;
  for (let hops = 0; hops < 3; hops++) {
    const eol = text.indexOf('\n', pos);
    const line = text.slice(pos, eol < 0 ? text.length : eol);
    // (… or an acronym after a line that stops on an article or a preposition: "… continue to maintain the | LIMS for a
    // transition period …".)
    if (!PAGE_NOISE.test(line) && line.trim() !== '') return /^[ \t]*\p{Ll}/u.test(line) || (runsOn && (/^[ \t]*\p{Lu}\p{Ll}/u.test(line) || (DANGLING.test(lastLine) && /^[ \t]*\p{Lu}{2,}\b/u.test(line))));
    if (eol < 0) return false;
    pos = eol + 1;
  }
  return false;
}

/** Index of the innermost section containing `pos` (the latest-starting one), or -1. */
export function sectionAt(sections: Section[], pos: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sections[mid] as Section).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return innermostSection(sections, lo - 1, pos);
}

/** Index of the innermost section containing `pos`, searching back from the last section starting at or before it. */
function innermostSection(sections: Section[], from: number, pos: number): number {
  for (let k = from; k >= 0; k--) {
    const s = sections[k] as Section;
    if (s.start <= pos && pos < s.end) return k;
    if (s.level === 1 && s.end <= pos) {
      // Nothing earlier than a closed top-level section can contain pos.
      return -1;
    }
  }
  return -1;
}

/** Is the period at `dot` the end of an abbreviation, an initial or part of a number? Shared with the definitions' reading
 * of where a definition's sentence ends. */
export function isAbbreviation(text: string, dot: number): boolean {
  let b = dot;
  while (b > 0 && !/[\s(\[“"']/.test(text[b - 1] as string)) b--;
  // (a prefix joined by a hyphen keeps the abbreviation: "the ex-U.S. Territory", "non-U.S. persons")
  const token = text.slice(b, dot + 1).toLowerCase().replace(/^\p{L}+-(?=\p{L}\.)/u, '');
  // A company's legal form that ends the sentence, a new one opening after it: "… is owned by Harbour Holdings plc. A
  // change of control …" (not "Acme Inc. (the "Supplier")" or "Acme Inc. and Beta Ltd.").
  if (LEGAL_FORM_ABBREVIATIONS.has(token) && SENTENCE_OPENER.test(text.slice(dot + 1, dot + 16))) return false;
  if (ABBREVIATIONS.has(token)) return true;
  // "fifty per cent. (50%) of the voting rights": the figure in brackets goes on with the sentence.
  if (token === 'cent.' && /\bper\s+$/i.test(text.slice(Math.max(0, b - 5), b)) && /^\s*\(/.test(text.slice(dot + 1, dot + 4))) return true;
  // "J." initial; "B.V." style dotted acronyms
  if (/^\p{Lu}\.$/u.test(text.slice(b, dot + 1))) return true;
  if (/^(?:\p{L}\.){2,}$/u.test(token)) return true;
  // "30.3." / "7." opening a line is a clause number, not a sentence.
  if (/^\d{1,3}(?:\.\d{1,3})*\.$/.test(token) && (b === 0 || text[b - 1] === '\n')) return true;
  // "a." / "iv." opening a line is a list marker: its item follows in the same sentence.
  if (/^(?:[a-z]|[ivx]{1,5})\.$/.test(token) && (b === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, b - 8), b)))) return true;
  // … or after a colon or semicolon on the same line: "… ontbinden indien: a. Qlix in staat van faillissement …".
  if (/^(?:[a-z]|[ivx]{1,5})\.$/.test(token) && /[:;][ \t]*(?:(?:or|and|of|en)[ \t]+)?$/i.test(text.slice(Math.max(0, b - 8), b))) return true;
  return false;
}

/** A line that ends in a number written out ("… within sixty", "… binnen dertig"). */
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|hundred|thousand|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|zestig|negentig|honderd|duizend)$/i;

/** A list item's marker: one letter, a roman numeral or a number, in brackets or before a dot ("(c)", "iv.", "2)"); so
 * "law. The courts …" opening a PDF line is no item "law.". Shared with the definitions' list reading. */
export const LIST_MARKER = String.raw`\(?(?:[a-z]|[ivx]{1,5}|\d{1,4})[.)]`;
// A form's boxes open a line of their own too: "☐ Exit assistance", "[X] Source code escrow".
const NEXT_ITEM = new RegExp(String.raw`^(?:[-•▪◦*–☐☒☑□❏]\s|\[[ xX✓✔]?\]\s|${LIST_MARKER}\s|\d+(?:\.\d+)+\s)`, 'i');

/** A word that names a numbered provision, at a line's end: the number on the next line belongs to it. */
const REFERENCE_WORD = /\b(?:sections?|articles?|clauses?|paragraphs?|schedules?|annex|exhibits?|artikel(?:en)?|art\.|lid|leden|bijlagen?)$/i;

/** A line of a table written with bars: at least two cell borders ("C-1 | Invoicing | Accepted"), not opening in lower
 * case (a justified PDF line whose gaps came out as bars, "daaruit | over | te | dragen | zonder", runs on a sentence). */
const TABLE_ROW = /^(?![ \t]*\p{Ll}).*\S[ \t]*\|[^|\n]*\S[^|\n]*\|/u;
/** A key and its value ("Change of Control | Deemed to be an assignment …"): a row where rows of two cells follow each other. */
const KEY_ROW = /^(?![ \t]*\p{Ll})[^|\n]{0,90}\S[ \t]\|[ \t]\S/u;

/**
 * Line ends that close a paragraph. Text with short lines (PDF layout, wrapped at a fixed width) only
 * breaks where a line stops clearly short of that width or the next line opens a list item; text with
 * one paragraph per line (DOCX, TXT) breaks at every line end.
 */
function paragraphLineEnds(text: string): number[] {
  const lines = text.split('\n');
  const lengths = lines.map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  // The wrap width: most long lines end near it. A few far longer lines (a table row, a header joined to its page number)
  // say nothing of it and would move the 90th percentile with every line added or removed, so lines beyond 1.2 times the
  // median of the longer half are left out.
  const upper = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const usual = lengths.filter((n) => n <= 1.2 * upper);
  const width = usual[Math.floor(usual.length * 0.9)] ?? 0;
  const wrapped = width > 0 && width < 150;
  const cuts: number[] = [];
  let pos = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    pos += line.length + 1;
    if (next === undefined || line === '' || next === '') continue;
    // "within six\n(6) months": the figure that repeats a number word is no list item.
    const figure = /^\(\d{1,4}\)/.test(next) && NUMBER_WORD.test(line);
    // "… is amended as follows: Section\n9.3 of the Agreement is hereby deleted": the number a reference word names.
    const cited = /^\d/.test(next) && REFERENCE_WORD.test(line);
    const nextIsItem = !figure && !cited && NEXT_ITEM.test(next);
    // A table's rows are units of their own, however long ("C-3 | Change of control | … | Rejected"), apart from the
    // text around the table too.
    if (nextIsItem || /[:;]$/.test(line) || TABLE_ROW.test(line) || TABLE_ROW.test(next) || (KEY_ROW.test(line) && KEY_ROW.test(next))) {
      cuts.push(pos);
      continue;
    }
    // A line that ends mid-phrase or is followed by a lowercase word runs on.
    const continues =
      cited ||
      /[-,(/&]$|\b(?:en|of|and|or|the|a|an|de|het|een|van|in|to|for|met|by|door|op|aan|voor)$/i.test(line) ||
      /^\p{Ll}/u.test(next);
    if (continues) continue;
    if (!wrapped || line.length < 0.7 * width) cuts.push(pos);
  }
  return cuts;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return [s, e];
}

/** Cut an over-long span at the last ; , or line break (else space) before the limit. */
function capLength(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  while (e - s > MAX_SENTENCE) {
    const window = text.slice(s, s + MAX_SENTENCE);
    let cut = -1;
    for (const ch of [';', ',', '\n', ' ']) {
      const k = window.lastIndexOf(ch);
      if (k > MAX_SENTENCE / 3) {
        cut = k + 1;
        break;
      }
    }
    if (cut === -1) cut = MAX_SENTENCE;
    const [a, b] = trimSpan(text, s, s + cut);
    if (b > a) out.push([a, b]);
    s = s + cut;
  }
  const [a, b] = trimSpan(text, s, e);
  if (b > a) out.push([a, b]);
  return out;
}

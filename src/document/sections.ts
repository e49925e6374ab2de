// Sections (articles, clauses, sub-clauses) found at line starts of the normalised text.
// Findings cite "artikel 30.3, pagina 12", so a wrong number is worse than a missing one: every
// candidate must look like a clause and fit the numbering sequence around it.

import { romanToInt } from './roman.js';
import type { Page, Section, TextSpan } from './types.js';
import { pageAt } from './pages.js';

interface Line {
  text: string;
  start: number;
}

type ParenStyle = 'lower' | 'roman' | 'upper' | 'digit';

interface Candidate {
  line: number;
  start: number;
  number: string;
  heading: string;
  level: number;
  /** 'keyword' = Artikel/Article/Section/Clause line; 'bare' = "12." / "12.3" line; 'paren' = "(a)". */
  kind: 'keyword' | 'bare' | 'paren';
  parts: number[];
  paren?: { style: ParenStyle; label: string };
  /** Numbering style of a bare top-level number: "7." / "7.0" / "7". */
  style?: string;
  /** A Belgian paragraph "§ 2." of the current article ("artikel 8, § 2"): numbered under that article. */
  paragraph?: boolean;
  /** An inserted article ("Artikel 6A", "8bis", "9.2A", "8a.1"): the part that carries the letter. */
  inserted?: number;
  /** A schedule's heading over clauses numbered with its number ("SCHEDULE 5" over "5.1"). */
  schedule?: true;
  /** The part letter of an article numbered within its part ("Artikel B.16" in Deel B): its sub-clauses carry it too. */
  prefix?: string;
  /** The last number of a range of articles under one heading ("4-13. Standard Terms"): the run goes on after it. */
  upTo?: number;
}

// A number part, with the letter or Latin count of an article inserted later ("6A", "8a", "8bis", "9.2A").
const PART = String.raw`\d{1,3}(?:(?:[A-Za-z]|bis|ter|quater)(?![A-Za-z]))?`;
const KEYWORD_RE = new RegExp(
  String.raw`^(artikel|article|art\.|section|sectie|clause|paragraph|paragraaf|§)(?:\s*[-–—:]?\s+|(?<=§))(?:([A-Z])\.?(?=\d))?(${PART}(?:\.${PART})*|[IVXLC]{1,7})\b(\.?)(.*)$`,
  'i',
);
// "12." / "12.3" / "12.3.1" / "1.Development" / "12.3 (a)" / "8a.1": number, optional trailing dot, rest. A letter
// after the digits must end the number ("8a." / "8a.1" / "8a Title"), so "3D-printing" stays a wrapped line.
const BARE_RE = new RegExp(String.raw`^(${PART}(?:\.${PART})*)(\.?)(?:\s+|(?=[A-Z"'“‘(]))(.*)$`);
/** "Artikelen 4 tot en met 14", "Articles 4 to 14 [not reproduced]": a range of articles under one keyword line. */
const KEYWORD_RANGE_RE = /^(?:artikelen|articles|clauses|sections)\s+(\d{1,2})\s*(?:-|–|tot\s+en\s+met|t\/m|to|through)\s*(\d{1,2})\b\.?\s*(.*)$/i;
/** "4-13. Standard Terms": a range of articles under one title. */
const RANGE_RE = /^(\d{1,2})\s*[-–]\s*(\d{1,2})\.\s+(\p{Lu}.*)$/u;
const PAREN_RE = /^\(([a-z]{1,4}|[A-Z]|\d{1,2})\)\s*(.*)$|^([a-z])\)\s+(.*)$/;
// A schedule's articles numbered with its letter: "A3. Change in the control of Supplier", "A3.1 Supplier shall …",
// "B.2 Exit". Letter, optional dot, number, then the text in capitals.
// The European Commission's model numbers its parts in roman numerals: "I.7 Step-in", "II.18.1 Grounds for termination"
// (numbered "I7", "II.18.1": a single letter joins its number, a longer numeral keeps its dot).
// (Any numeral of two letters or more up to XX: a Dutch framework's "VII.1 Opdrachtnemer deelt … mee" under "VII. ZEGGENSCHAP".)
const LETTERED_RE = /^((?:XX|X?(?:IX|IV|VI{0,3}|I{2,3})|X{1,2}I{1,3}|X{1,2}V)(?=\.)|[A-Z])\.?(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(?=[\p{Lu}"'“‘(\d])(.*)$/u;
// A part headed by its letter: "C. Wijziging in zeggenschap" over "C.1 …" or over prose, as a letter answering an offer or
// a rider numbers its points ("A. Status and precedence", "B. Governing law").
const LETTER_HEAD_RE = /^([A-Z])\.\s+(?=\p{Lu})(.+)$/u;
// A schedule that numbers its clauses with its own number: "SCHEDULE 5 – CONTINUÏTEIT" over "5.1 …", "5.2 …".
const SCHEDULE_HEAD_RE = /^(schedule|bijlage|annex|appendix|exhibit|attachment)\s+(\d{1,2})(?:\s*[-–—:.]\s*(.*))?$/i;
/** Clauses (half of them titled) a later document numbering anew needs before they count as its articles. */
const RESTART_RUN_MIN = 3;
/** Lettered numbers of one letter needed before they count as a schedule's articles, not a stray "E1 Scale". */
const LETTERED_MIN = 2;
// A table-of-contents line: dot leaders, or a short heading line ending in a page number.
const DOT_LEADER_RE = /(?:\.{3,}|…|(?:\. ){3,}|_{3,})\s*\d{1,4}$/;
// Words after which a line break splits a reference ("zie artikel\n30.3"), not a clause start.
const REFERENCE_TAIL_RE =
  /(?:\b(?:artikel|artikelen|article|articles|section|sections|sectie|clause|clauses|lid|leden|paragraph|paragraaf|bijlage|annex|schedule|exhibit)|\bart\.|§)$/i;

export { romanToInt };

/** A clause number as a reference writes it ("9.", "B.6", "b6", "8a", "9.01"), as sections are numbered ("9", "B6", "8A",
 * "9.1"). */
export const clauseNumber = (raw: string): string =>
  raw
    .replace(/\.$/, '')
    .replace(/^([a-z])\.?(?=\d)/i, (l) => l[0]!.toUpperCase())
    .replace(/(\d)([a-z])(?![a-z])/gi, (_, d: string, l: string) => d + l.toUpperCase())
    .replace(/(^|[.A-Z])0+(?=\d)/g, '$1');

/**
 * Whether section `section` is clause `n` or part of it: "8.2" and "8.2(a)" are in 8, "8A" is not; "9.2(a)" is the
 * "9.2a" a reference may write.
 */
export function withinClause(section: string, n: string): boolean {
  if (section === n || section.startsWith(`${n}.`) || section.startsWith(`${n}(`)) return true;
  const lettered = /^(.*\d)([A-Z])$/.exec(n);
  return !!lettered && section.startsWith(`${lettered[1]}(${lettered[2]!.toLowerCase()})`);
}

/** "8a.1" -> parts [8, 1], inserted at part 0, number "8A.1". One inserted part at most ("6A.2B" is no clause). */
function splitNumber(token: string): { parts: number[]; number: string; inserted?: number } | undefined {
  const segs = token.split('.');
  const parts: number[] = [];
  let inserted: number | undefined;
  const labels = segs.map((seg, k) => {
    const m = /^(\d+)(.*)$/.exec(seg)!;
    parts.push(Number(m[1]));
    // "14.04" is section 14.4 (clauseNumber reads a reference to it alike).
    const digits = String(Number(m[1]));
    if (m[2] === '') return digits;
    if (inserted !== undefined) return undefined;
    inserted = k;
    return digits + (m[2]!.length === 1 ? m[2]!.toUpperCase() : m[2]!.toLowerCase());
  });
  if (labels.includes(undefined)) return undefined;
  return { parts, number: labels.join('.'), inserted };
}

/** Depth of a dotted number; "1.0 Scope" heads article 1, like "1." does. */
function levelOf(parts: number[]): number {
  return parts.length === 2 && parts[1] === 0 ? 1 : parts.length;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const wordCount = (s: string): number => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length);
const cleanHeading = (s: string): string => s.replace(/^[\s\-–—:.]+|[\s\-–—:.]+$/g, '').trim();

/** A short line that reads as a title: few words, no final sentence punctuation. */
function isTitleLine(s: string, maxWords = 8): boolean {
  const t = s.trim();
  return t !== '' && wordCount(t) <= maxWords && !/[.;,:]$/.test(t) && /^[\p{Lu}\d"“(]/u.test(t);
}

/** A table-of-contents entry with dot leaders ("1. Definitions ....... 3"). */
function looksLikeTocRest(rest: string): boolean {
  return DOT_LEADER_RE.test(rest);
}

/** A short heading ending in a page number ("ARTICLE 2 Licenses 13"): a TOC entry if its neighbours are too. */
function endsInPageNumber(rest: string): boolean {
  return wordCount(rest) <= 10 && /\p{L}[\p{L})]*\s+\d{1,4}$/u.test(rest);
}

/**
 * "Content License. eDiets hereby grants ..." -> "Content License": a short title-cased lead phrase
 * closed by a period, as CUAD-style clauses put it. Sentence-case Dutch body text is not a heading.
 */
function leadTitle(rest: string): string {
  const m = /^((?:[^.:!?]|\.(?=\S))+?)\.(?:\s+(?=[\p{L}"“(])|$)/u.exec(rest);
  if (!m) return '';
  const phrase = (m[1] ?? '').trim();
  return isTitleCase(phrase) ? phrase : '';
}

/** "Content License", "eDiets Marks", "Section Headings; Counterparts", "PUBLICITY": every longer word capitalised. */
function isTitleCase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (phrase === '' || words.length > 8) return false;
  const capital = (w: string): boolean => /^[\p{Lu}\d"“(]|^\p{Ll}+\p{Lu}/u.test(w);
  if (!capital(words[0] as string)) return false;
  return words.filter((w) => w.length > 3).every(capital);
}

/** Heading of a keyword line: the rest of the line, a title lead phrase of a body line, or the next title line. */
function keywordHeading(rest: string, nextNonEmpty: string | undefined): string {
  const r = rest.trim();
  if (r === '') return nextTitle(nextNonEmpty);
  if (wordCount(r) <= 12 && !/[.;,]$/.test(r)) return cleanHeading(r);
  return cleanHeading(leadTitle(r));
}

/** "Artikel 1" followed by a line "Begrippen": the next line is the heading when it reads as a title. */
function nextTitle(next: string | undefined): string {
  return next !== undefined && isTitleLine(next, 12) && !startsSection(next) ? cleanHeading(next) : '';
}

function startsSection(line: string): boolean {
  return KEYWORD_RE.test(line) || BARE_RE.test(line) || PAREN_RE.test(line);
}

/**
 * The title of a line that is only an article's number and title ("Artikel 5 - Broncode en depot.", "Section 12:
 * Escrow"), or undefined when the line is no such line.
 */
export function articleLineTitle(line: string): string | undefined {
  const kw = parseKeyword(line);
  if (kw) return !/[;:!?]/.test(kw.rest) && !/\.\s*\S/.test(kw.rest) ? kw.rest : undefined;
  // A bare number with a run-in title: "5. Source Code Escrow.", "12.3 Exit".
  const flat = line.replace(/\s+/g, ' ');
  const rest = BARE_RE.exec(flat)?.[3];
  return rest !== undefined && /^\d[\d.]*\s/.test(flat) && /^\p{Lu}[^.;:!?]*\.?$/u.test(rest) ? rest : undefined;
}

/** Parse a keyword line ("Artikel 12 - Heading", "ARTICLE V", "Section 2.1 Licence."). */
function parseKeyword(
  line: string,
): { parts: number[]; number: string; inserted?: number; rest: string; separator: boolean; paragraph: boolean; prefix?: string } | undefined {
  const m = KEYWORD_RE.exec(line);
  if (!m) return undefined;
  // "Artikel B.16" in a contract of parts ("Deel A – Bijzondere voorwaarden", "Deel B – AIV"): article 16 of part B.
  const prefix = m[2]?.toUpperCase();
  const num = m[3] ?? '';
  if (prefix && !/^\d/.test(num)) return undefined;
  let parts: number[];
  let number: string;
  let inserted: number | undefined;
  if (/^\d/.test(num)) {
    const split = splitNumber(num);
    if (!split) return undefined;
    ({ parts, number, inserted } = split);
  } else {
    const r = romanToInt(num);
    if (r === undefined || num !== num.toUpperCase()) return undefined;
    parts = [r];
    number = String(r);
  }
  const restRaw = m[5] ?? '';
  // "§ 3. In de gevallen …": a paragraph number with its full stop opens the paragraph, whatever word follows.
  const numbered = m[1] === '§' && m[4] === '.';
  // "Artikel 5 van de Overeenkomst ..." / "Section 2.1 of this Agreement": a reference, not a heading.
  const separator = /^\s*[-–—:.]/.test(restRaw);
  const rest = restRaw.replace(/^\s*[-–—:.]\s*/, '').trim();
  if (!separator && /^\p{Ll}/u.test(rest)) return undefined;
  // "Clause 15 ("Liability"), with ..." / "CLAUSE 14 OF THE AGREEMENT": a reference in running text.
  // (In lower case or capitals only: "Artikel 7 In de plaats treden" is a heading.)
  if (!separator && !numbered && /^(?:\(["“]|(?:of|van|to|in|hereof|above|below|hierna|hiervoor|OF|VAN|TO|IN|HEREOF|ABOVE|BELOW|HIERNA|HIERVOOR)\b)/.test(rest)) return undefined;
  if (/^[,;)%]/.test(rest)) return undefined;
  // "§ 2a" is no Belgian paragraph numbering.
  if (m[1] === '§' && inserted !== undefined) return undefined;
  if (prefix && (m[1] === '§' || inserted !== undefined)) return undefined;
  return { parts, number: prefix ? `${prefix}${number}` : number, inserted, rest, separator, paragraph: m[1] === '§', prefix };
}

function parseBare(
  line: string,
  opensParagraph: boolean,
  next?: string,
): { parts: number[]; number: string; inserted?: number; dot: boolean; rest: string } | undefined {
  const m = BARE_RE.exec(line);
  if (!m) return undefined;
  const split = splitNumber(m[1] ?? '');
  if (!split) return undefined;
  const { parts, number, inserted } = split;
  const dot = m[2] === '.';
  const rest = (m[3] ?? '').trim();
  if ((parts[0] ?? 0) === 0 || (parts[0] ?? 0) > 300) return undefined; // years ("2019."), zero
  // "1.000" thousands, "3.500 euro": three-digit groups after a dot are amounts, not clauses.
  if ((m[1] ?? '').split('.').slice(1).some((g) => g.length === 3)) return undefined;
  if (rest === '') return parts.length > 1 || dot ? { parts, number, inserted, dot, rest } : undefined;
  // Clause text starts with a capital, a digit, a quote, a bracket or "a)"; lowercase is a wrapped sentence.
  // After a blank line a wrap is impossible, so "9.2 eDiets Marks." may start in lowercase there.
  if (!/^(?:[\p{Lu}\d"'“‘(\[]|[a-z]\)\s)/u.test(rest) && !(opensParagraph && parts.length > 1)) {
    return undefined;
  }
  if (parts.length === 1 && !dot) {
    // "12 DEFINITIONS" without a dot: only an all-caps title line, never "3 Werkdagen na ..."; or a title line that
    // opens a paragraph over its own first clause ("1 Begrippen" over "1.1 Omgeving: …").
    const caps = isTitleLine(rest) && rest === rest.toUpperCase() && /\p{Lu}{3}/u.test(rest);
    const overFirst = opensParagraph && isTitleLine(rest) && next !== undefined && next.trimStart().startsWith(`${parts[0]}.1 `);
    if (!caps && !overFirst) return undefined;
  }
  return { parts, number, inserted, dot, rest };
}

function parenStyleOf(label: string, previous: { style: ParenStyle; label: string }[]): ParenStyle {
  if (/^\d+$/.test(label)) return 'digit';
  if (/^[A-Z]$/.test(label)) return 'upper';
  if (romanToInt(label) !== undefined) {
    // "(i)" after "(h)", "(v)" after "(u)", "(x)" after "(w)": letters, not roman numerals.
    const letterPrev = previous.find((p) => p.style === 'lower');
    if (label.length === 1 && letterPrev && letterPrev.label.charCodeAt(0) + 1 === label.charCodeAt(0)) return 'lower';
    if (label === 'i' || previous.some((p) => p.style === 'roman')) return 'roman';
    if (label.length > 1) return 'roman';
  }
  return 'lower';
}

/** Largest step between consecutive article numbers in a chain: EDGAR text often runs clauses into one line. */
const MAX_GAP = 4;
/** A number with a title ("14. TERMINATION") may follow further on: register copies leave articles out. */
const MAX_GAP_HEADED = 10;

/** Whether enumeration label `next` comes right after `prev` in the same style: "a" → "b", "1" → "2", "iv" → "v", "h" → "i". */
export function labelFollows(prev: string, next: string): boolean {
  if (!prev || !next) return false;
  const style = parenStyleOf(prev, []);
  const nextStyle = parenStyleOf(next, [{ style, label: prev }]);
  return style === nextStyle && ordinal(next, nextStyle) === ordinal(prev, style) + 1;
}

/** Position of an enumeration label in its style: (c) -> 3, (iv) -> 4, (2) -> 2. */
function ordinal(label: string, style: ParenStyle): number {
  if (style === 'digit') return Number(label);
  if (style === 'roman') return romanToInt(label) ?? 0;
  return label.length === 1 ? label.toLowerCase().charCodeAt(0) - 96 : 0;
}

/**
 * Bare top-level numbers ("7.") are accepted only on the longest run that counts up (small gaps
 * tolerated), so party lists and numbered lists inside clauses do not become articles.
 */
function longestChain(items: { value: number; upTo?: number; weight: number }[]): { chain: Set<number>; score: number } {
  const n = items.length;
  const best = items.map((it) => it.weight);
  const prev: number[] = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const it = items[i] as { value: number; weight: number };
    for (let j = i - 1; j >= 0; j--) {
      const d = it.value - (items[j]?.upTo ?? items[j]?.value ?? 0);
      // Each skipped number costs a little, so "6. 7. 8." beats "6. 8." of the same length.
      const score = (best[j] ?? 0) + it.weight - 0.1 * (d - 1);
      if (d >= 1 && d <= (it.weight > 1 ? MAX_GAP_HEADED : MAX_GAP) && score > (best[i] ?? 0)) {
        best[i] = score;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end === -1 || (best[i] ?? 0) >= (best[end] ?? 0)) end = i;
  const chain = new Set<number>();
  for (let i = end; i !== -1; i = prev[i] ?? -1) chain.add(i);
  // A single stray "3." is not a numbering scheme unless it is "1." (a one-article document).
  if (chain.size === 1 && items[end]?.value !== 1) chain.clear();
  return { chain, score: chain.size === 0 ? 0 : (best[end] ?? 0) };
}

/**
 * Pick the article chain: per numbering style ("7.", "7.0", "7 TITLE") the best counting-up run; the
 * style with the best run wins, so a "1. / 2." list cannot splice into "1.0 / 2.0" articles.
 */
function chooseBareTops(tops: Candidate[]): { tops: Set<Candidate>; score: number } {
  const styles = new Map<string, Candidate[]>();
  for (const c of tops) styles.set(c.style ?? '', [...(styles.get(c.style ?? '') ?? []), c]);
  let winner = new Set<Candidate>();
  let winnerScore = 0;
  for (const group of styles.values()) {
    const { chain, score } = longestChain(group.map((c) => ({ value: c.parts[0] ?? 0, upTo: c.upTo, weight: c.heading ? 1.25 : 1 })));
    if (score > winnerScore) {
      winnerScore = score;
      winner = new Set(group.filter((_, i) => chain.has(i)));
    }
  }
  return { tops: winner, score: winnerScore };
}

/** Numbered lines ending in a page number, each within three lines of another such line: a table of contents' entries. */
function pageNumberedRun(lines: readonly Line[]): Set<number> {
  const pageNumbered: number[] = [];
  lines.forEach((ln, i) => {
    const rest = parseKeyword(ln.text)?.rest ?? BARE_RE.exec(ln.text)?.[3];
    if (rest !== undefined && endsInPageNumber(rest)) pageNumbered.push(i);
  });
  return new Set(pageNumbered.filter((i, k) => i - (pageNumbered[k - 1] ?? -99) <= 3 || (pageNumbered[k + 1] ?? 1e9) - i <= 3));
}

/** Heading lines at least under a contents title without page numbers. */
const TITLED_ENTRIES = 3;
/** Words at most in such a line. */
const CONTENTS_ENTRY_WORDS = 10;
/** Such a line: a heading that does not end like a sentence or a lead-in. */
const CONTENTS_ENTRY = /^[^\n]{2,90}(?<![.;:,])$/;
/** A table of contents' title line. */
const CONTENTS_TITLE = /^(?:inhoud(?:sopgave)?|inhoudstafel|table\s+of\s+contents|contents|index)\s*:?$/i;

/**
 * Pure. The tables of contents in the normalised text: runs of entry lines (a dot leader before a page number, or a
 * numbered heading ending in a page number beside others), with their title and the blank lines between. Each span runs
 * from its first line's start to its last line's end. A table of contents names articles; it grants nothing.
 */
export function findContents(text: string): TextSpan[] {
  const lines = splitLines(text);
  const numbered = pageNumberedRun(lines);
  const spans: TextSpan[] = [];
  let open: TextSpan | undefined;
  let entries = 0;
  // Under a title of its own, a table of contents may give no page numbers: a run of short heading lines ("INHOUDSOPGAVE"
  // over "Artikel 1 Begrippen", …, "Addendum 1 - d.d. 30 juni 2026"), at least TITLED_ENTRIES of them.
  let titled = false;
  let headings = 0;
  const close = (): void => {
    if (open && (entries > 0 || headings >= TITLED_ENTRIES)) spans.push(open);
    open = undefined;
    entries = 0;
    titled = false;
    headings = 0;
  };
  // (Such a run ends at a blank line, or where a heading comes again: the body's first article under the list.)
  let seen = new Set<string>();
  lines.forEach((ln, i) => {
    const t = ln.text.trim();
    if (t === '') {
      if (titled && !entries && headings) close();
      return;
    }
    const entry = numbered.has(i) || DOT_LEADER_RE.test(t);
    const heading = !entry && titled && !entries && !seen.has(t) && CONTENTS_ENTRY.test(t) && t.split(/\s+/).length <= CONTENTS_ENTRY_WORDS;
    if (heading) seen.add(t);
    else if (!entry) seen = new Set();
    if (!entry && !heading && !CONTENTS_TITLE.test(t)) return close();
    if (entry) entries++;
    if (heading) headings++;
    if (CONTENTS_TITLE.test(t)) titled = true;
    const end = ln.start + ln.text.length;
    open = open ? { start: open.start, end } : { start: ln.start, end };
  });
  close();
  return spans;
}

/** Find sections in the normalised document text. Sorted by start; ends nest by level. */
export function findSections(text: string, pages: Page[]): Section[] {
  const lines = splitLines(text);
  const nextNonEmpty = (i: number): string | undefined => {
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const t = lines[j]?.text ?? '';
      if (t.trim() !== '') return t;
    }
    return undefined;
  };
  const prevLine = (i: number): string => (i > 0 ? (lines[i - 1]?.text ?? '') : '');

  const tocRun = pageNumberedRun(lines);

  // Pass 1: keyword, bare-number and lettered candidates.
  const keyword: Candidate[] = [];
  const bare: Candidate[] = [];
  const lettered: Candidate[] = [];
  // Inserted articles ("6A") count in no numbering run: each stands under the article of its number, in pass 2.
  const inserted: Candidate[] = [];
  const letterHeads: Candidate[] = [];
  const scheduleHeads: Candidate[] = [];
  const letterHead = (i: number): string | undefined => {
    const m = LETTER_HEAD_RE.exec(lines[i]?.text ?? '');
    return m && isTitleLine(m[2]!.trim()) ? m[2]!.trim() : undefined;
  };
  lines.forEach((ln, i) => {
    const t = ln.text;
    if (t === '' || !/^[\dA-Za-z(§]/.test(t)) return;
    // A number after "zie artikel" at the end of the previous line is a wrapped reference.
    const wrappedReference = REFERENCE_TAIL_RE.test(prevLine(i).trim());
    // A range of articles named on a line of its own ("Artikelen 4 tot en met 14" over "De artikelen over … zijn ongewijzigd
    // overgenomen"): the articles' run goes on after it.
    const kwRange = KEYWORD_RANGE_RE.exec(t.trim());
    if (kwRange && Number(kwRange[2]) > Number(kwRange[1]) && !tocRun.has(i)) {
      keyword.push({ line: i, start: ln.start, kind: 'keyword', parts: [Number(kwRange[1])], number: `${Number(kwRange[1])}-${Number(kwRange[2])}`, upTo: Number(kwRange[2]), level: 1, heading: cleanHeading(kwRange[3] ?? '') });
      return;
    }
    const kw = parseKeyword(t);
    if (kw) {
      if (looksLikeTocRest(kw.rest) || tocRun.has(i)) return;
      (kw.inserted === undefined ? keyword : inserted).push({
        line: i, start: ln.start, kind: 'keyword', parts: kw.parts, number: kw.number, inserted: kw.inserted,
        level: levelOf(kw.parts), heading: keywordHeading(kw.rest, nextNonEmpty(i)), paragraph: kw.paragraph && kw.parts.length === 1,
        ...(kw.prefix ? { prefix: kw.prefix } : {}),
      });
      return;
    }
    if (wrappedReference) return;
    const sched = SCHEDULE_HEAD_RE.exec(t.trim());
    if (sched && (sched[3] === undefined || isTitleLine(sched[3].trim())) && !tocRun.has(i)) {
      // Only over its own numbering: the next line opens "5.1" (not a list of annexes, "Bijlage 1 Programma van Eisen").
      const n = Number(sched[2]);
      if ((nextNonEmpty(i) ?? '').trimStart().startsWith(`${n}.1`)) {
        scheduleHeads.push({ line: i, start: ln.start, kind: 'keyword', parts: [n], number: `${sched[1]} ${n}`, level: 1, heading: cleanHeading(sched[3] ?? ''), schedule: true });
        return;
      }
    }
    const head = letterHead(i);
    if (head !== undefined) {
      // A head over text, not a list of annexes ("A. Programma van Eisen" / "B. Tarieven" on the next line).
      let j = i + 1;
      while (j < lines.length && (lines[j]?.text.trim() ?? '') === '') j++;
      if (j < lines.length && letterHead(j) === undefined && !tocRun.has(i))
        letterHeads.push({ line: i, start: ln.start, kind: 'bare', parts: [], number: t[0]!, level: 1, heading: cleanHeading(head) });
      return;
    }
    const l = LETTERED_RE.exec(t);
    if (l) {
      const parts = l[2]!.split('.').map(Number);
      if (parts[0]! > 0 && !looksLikeTocRest(l[4]!) && !tocRun.has(i))
        lettered.push({ line: i, start: ln.start, kind: 'bare', parts, number: `${l[1]}${l[1]!.length > 1 ? '.' : ''}${l[2]}`, level: parts.length, heading: bareHeading(l[4]!, nextNonEmpty(i)), style: l[1] });
      return;
    }
    // A range of articles under one title, as a filed extract gives them: "4-13. Standard Terms" over a sentence that
    // says where they are.
    const range = RANGE_RE.exec(t);
    if (range && Number(range[2]) > Number(range[1]) && isTitleLine(range[3]!.trim()) && !tocRun.has(i)) {
      bare.push({ line: i, start: ln.start, kind: 'bare', parts: [Number(range[1])], number: `${Number(range[1])}-${Number(range[2])}`, upTo: Number(range[2]), level: 1, heading: bareHeading(range[3]!, nextNonEmpty(i)), style: 'N.' });
      return;
    }
    const b = parseBare(t, i === 0 || prevLine(i).trim() === '', nextNonEmpty(i));
    if (b) {
      if (looksLikeTocRest(b.rest) || tocRun.has(i)) return;
      (b.inserted === undefined ? bare : inserted).push({
        line: i, start: ln.start, kind: 'bare', parts: b.parts, number: b.number, inserted: b.inserted,
        level: levelOf(b.parts), heading: bareHeading(b.rest, nextNonEmpty(i)),
        style: b.parts.length > 1 ? 'N.0' : b.dot ? 'N.' : 'N',
      });
    }
  });

  // Keyword articles ("Artikel 7") and bare ones ("7.") compete: the better counting-up run wins, ties
  // go to the keywords. A few wrapped "Clause 15 (...)" references cannot outvote 24 numbered articles.
  // "§ 2." stands under the article before it when the articles are called "Artikel 8" or "ARTICLE 8" (Belgian
  // drafting); where "§ 1 Licentie" is the only numbering, § numbers the articles themselves.
  const articles = keyword.some((c) => !c.paragraph && c.level === 1);
  for (const c of keyword)
    if (c.paragraph && articles) Object.assign(c, { parts: [-1, c.parts[0]!], number: '', level: 2 });
    else c.paragraph = false;
  // Paragraphs repeat under every article: they are numbered in pass 2, not deduplicated here.
  const keywordAll = [...dedupeKeywordTops(keyword.filter((c) => !c.paragraph), lines.length), ...keyword.filter((c) => c.paragraph)].sort((a, b) => a.line - b.line);
  const keywordTops = keywordAll.filter((c) => c.level === 1);
  const kwScore = longestChain(keywordTops.map((c) => ({ value: c.parts[0] ?? 0, upTo: c.upTo, weight: 1.25 }))).score;
  const bareChoice = chooseBareTops(bare.filter((c) => c.level === 1));
  const useBare = bareChoice.score > kwScore;
  // A contract numbered "1." … "6." with its general terms attached as "Artikel 11" … "Artikel 20", or an agreement of
  // "ARTICLE 1" … "ARTICLE 15" with an amendment numbered "1." … "6." after it: the other document's articles, counting
  // up wholly before or after the chosen run, are articles too.
  const bareLines = [...bareChoice.tops].map((c) => c.line);
  const chainOf = (cs: Candidate[]) => {
    const chain = longestChain(cs.map((c) => ({ value: c.parts[0] ?? 0, upTo: c.upTo, weight: 1.25 }))).chain;
    return chain.size >= 2 ? cs.filter((_, i) => chain.has(i)) : [];
  };
  const attachedTops = [
    ...chainOf(keywordTops.filter((c) => c.line > Math.max(-1, ...bareLines))),
    ...chainOf(keywordTops.filter((c) => c.line < Math.min(lines.length, ...bareLines))),
  ];
  const keywordTop = useBare ? keywordAll.filter((c) => c.level > 1 || attachedTops.includes(c)) : keywordAll;
  const acceptedBareTops = useBare ? new Set(bareChoice.tops) : new Set<Candidate>();
  // A later document in the file that numbers its clauses anew, each with a title ("PART B - PUBLIC SECTOR RIDER … 1.
  // Governing law. … 2. Language. … 4. Change of control. …"), after (or before) the chosen articles: its clauses are
  // articles too, so an amendment can strike "Clause 4 of the Public Sector Rider".
  const chosenLines = useBare ? bareLines : keywordTops.map((c) => c.line);
  if (chosenLines.length) {
    const others = bare.filter((c) => c.level === 1 && !acceptedBareTops.has(c));
    for (const side of [others.filter((c) => c.line > Math.max(...chosenLines)), others.filter((c) => c.line < Math.min(...chosenLines))]) {
      const run = chainOf(side);
      const titled = run.filter((c) => c.heading !== '').length;
      if (run.length >= RESTART_RUN_MIN && (run[0]!.parts[0] ?? 0) <= 2 && 2 * titled >= run.length) run.forEach((c) => acceptedBareTops.add(c));
    }
  }

  const paragraphs = useBare ? [] : bareParagraphs(keywordTop, bare.filter((c) => !acceptedBareTops.has(c)));
  const ordered = [...keywordTop, ...bare.filter((c) => c.level > 1 || acceptedBareTops.has(c)), ...paragraphs, ...inserted, ...scheduleHeads].sort(
    (a, b) => a.line - b.line,
  );

  // Pass 2: walk in order, check sub-numbers against the current article, attach "(a)" children.
  const out: Candidate[] = [];
  let top: number | undefined;
  // The part letter of the current article ("Artikel B.16"): its "16.1" is "B16.1", apart from part A's own "16.1".
  let topPrefix: string | undefined;
  let sawTop = false;
  const seenTops = new Set<number>();
  let numbered: Candidate | undefined; // innermost dotted section, parent of "(a)" items
  let parenStack: { style: ParenStyle; label: string; cand: Candidate }[] = [];
  let oi = 0;
  const parenLines = new Map<number, RegExpExecArray>();
  lines.forEach((ln, i) => {
    const m = PAREN_RE.exec(ln.text);
    if (m) parenLines.set(i, m);
  });

  for (let i = 0; i < lines.length; i++) {
    let c = ordered[oi];
    if (c && c.line === i) {
      oi++;
      if (c.inserted !== undefined) {
        // "Artikel 8a" / "8a.1" / "9.2A" within or right after article 8 / 9; the article stays the current one. An
        // addendum after the contract may insert one too ("Partijen komen overeen dat na artikel 5 een nieuw artikel 5a
        // wordt opgenomen: Artikel 5a - Zeggenschap. …"): a keyword article whose article 5 came before.
        if ((top === undefined || c.parts[0] !== top) && !(c.kind === 'keyword' && c.parts.length === 1 && seenTops.has(c.parts[0]!))) continue;
      } else if (c.paragraph) {
        if (top === undefined) continue;
        c = { ...c, parts: [top, c.parts[1]!], number: `${topPrefix ?? ''}${top}.${c.parts[1]}` };
      } else if (c.schedule) {
        // A schedule's own numbering starts: its "5.1" is in sequence whatever the contract's articles were.
        top = c.parts[0];
        topPrefix = undefined;
      } else if (c.level === 1) {
        top = c.parts[0];
        topPrefix = c.prefix;
        sawTop = true;
        if (!c.prefix) seenTops.add(top!);
      } else {
        const first = c.parts[0] ?? 0;
        if (top !== undefined && first !== top) {
          // "7.1" right after article 6 opens article 7 implicitly; so does a titled clause further on where the articles
          // themselves are not numbered (an extract: "§ 5.3 Customer Data …", "§ 12.4 Assignment. …"); anything else is
          // out of sequence. (A clause named by its keyword needs no title there: "Clause 18.4: …", "Clause 21.1: The law of
          // England and Wales governs …" reproduced in an order form.)
          if (!(first === top + 1 && c.parts[1] === 1) && !(first > top && (c.heading !== '' || c.kind === 'keyword') && c.level === 2 && !sawTop)) continue;
        }
        top = first;
        if (c.level > 2) {
          let parent: Candidate | undefined;
          for (let k = out.length - 1; k >= 0 && !parent; k--) {
            const o = out[k] as Candidate;
            if (o.level === c.level - 1 && o.kind !== 'paren') parent = o;
          }
          if (parent && parent.number !== `${topPrefix ?? ''}${c.parts.slice(0, -1).join('.')}` && c.parts[c.parts.length - 1] !== 1) continue;
        }
        if (topPrefix && c.kind === 'bare') c = { ...c, number: `${topPrefix}${c.number}` };
      }
      out.push(c);
      numbered = c;
      parenStack = [];
      continue;
    }
    const pm = parenLines.get(i);
    if (!pm || !numbered) continue;
    if (REFERENCE_TAIL_RE.test(prevLine(i).trim())) continue;
    const label = pm[1] ?? pm[3] ?? '';
    const rest = (pm[2] ?? pm[4] ?? '').trim();
    if (rest === '' || looksLikeTocRest(rest)) continue;
    const style = parenStyleOf(label, parenStack);
    const at = parenStack.findIndex((p) => p.style === style);
    // Enumerations count: a new level opens at (a)/(i)/(1)/(A), a sibling follows its predecessor.
    const expected = at === -1 ? 1 : ordinal(parenStack[at]?.label ?? '', style) + 1;
    if (ordinal(label, style) !== expected) continue;
    if (at !== -1) parenStack = parenStack.slice(0, at);
    const parent = parenStack[parenStack.length - 1]?.cand ?? numbered;
    const cand: Candidate = {
      line: i, start: (lines[i] as Line).start, kind: 'paren', parts: numbered.parts,
      number: `${parent.number}(${label})`, level: parent.level + 1,
      heading: bareHeading(rest, nextNonEmpty(i)), paren: { style, label },
    };
    parenStack.push({ style, label, cand });
    out.push(cand);
  }

  // Letter heads that count up from A head parts of their own; "C.1" under "C. …" is a point of part C.
  const heads = acceptLetterHeads(letterHeads);
  const headAt = (line: number): Candidate | undefined => heads.filter((h) => h.line < line).pop();
  const underHead = lettered.filter((c) => headAt(c.line)?.number === c.style);
  for (const c of underHead) c.level += 1;
  // A schedule's lettered articles ("A1." … "A4.2") stand beside the contract's own: each letter's numbers must count up.
  const schedules = [...heads, ...underHead, ...acceptLettered(lettered.filter((c) => !underHead.includes(c)))];
  if (schedules.length) {
    out.push(...schedules);
    out.sort((a, b) => a.start - b.start || a.level - b.level);
  }

  // Without numbered articles, plain-language contracts head their parts with short lines of their own ("Wat als het
  // bedrijf wordt verkocht?", "Geheimhouding"): those are the articles, unnumbered. A numbered list of annexes at the
  // end ("Bijlagen: 1. … 2. …") or of steps in one part ("1. Binnen twee weken na het einde …") does not make the text
  // a numbered one: the heading lines must outnumber such numbers twofold.
  const numberedTops = out.filter((c) => c.level === 1).length;
  const plain = plainHeadings(lines).filter((p) => !out.some((c) => c.line === p.line));
  if (plain.length >= PLAIN_HEADINGS_MIN && plain.length >= 2 * numberedTops) {
    out.push(...plain);
    out.sort((a, b) => a.start - b.start || a.level - b.level);
  }

  return out.map((c, idx) => {
    let end = text.length;
    for (let j = idx + 1; j < out.length; j++) {
      const o = out[j] as Candidate;
      if (o.level <= c.level) {
        end = o.start;
        break;
      }
    }
    return { number: c.number, heading: c.heading, page: pageAt(pages, c.start), start: c.start, end, level: c.level };
  });
}

/**
 * Paragraphs numbered anew under each keyword article ("Artikel 4 – Uitvoering door derden" over "1. Bij uitval …" and
 * "2. Indien Opdrachtnemer …", as Word's automatic numbering restarts them): a run "1.", "2.", … in an article that has
 * no sub-numbers of its own numbers its paragraphs, 4.1 and 4.2, as "§ 2" does in Belgian drafting, so that "artikel
 * 4.2" names the second. Anything else ("3." alone, a run not from 1, a "1." after the run) stays as it was read.
 */
function bareParagraphs(tops: Candidate[], bare: Candidate[]): Candidate[] {
  const articles = tops.filter((c) => c.level === 1 && !c.paragraph);
  const out: Candidate[] = [];
  articles.forEach((art, k) => {
    const end = articles[k + 1]?.line ?? Infinity;
    const inside = (c: Candidate) => c.line > art.line && c.line < end;
    if (tops.some((c) => inside(c) && c.level > 1) || bare.some((c) => inside(c) && c.level > 1)) return;
    const numbers = bare.filter((c) => inside(c) && c.level === 1 && c.style === 'N.');
    // (The run from "1." on: a later "1." opens something else, a document after the last article.)
    const run = numbers.filter((c, n) => numbers.slice(0, n + 1).every((d, m) => d.parts[0] === m + 1));
    if (run.length < 2) return;
    for (const c of run) out.push({ ...c, parts: [-1, c.parts[0]!], number: '', level: 2, paragraph: true, heading: '' });
  });
  return out;
}

/**
 * Lettered candidates kept: per letter, at least LETTERED_MIN of them whose first numbers never go down and step up by at
 * most MAX_GAP, or MAX_GAP_HEADED to a titled one ("A1. A2. A2.1 A3."); a sub-number stands under its own article.
 */
function acceptLettered(cands: Candidate[]): Candidate[] {
  const byLetter = new Map<string, Candidate[]>();
  for (const c of cands) byLetter.set(c.style!, [...(byLetter.get(c.style!) ?? []), c]);
  const out: Candidate[] = [];
  for (const group of byLetter.values()) {
    if (group.length < LETTERED_MIN) continue;
    // A titled article may skip further ("II.13 …", "II.18 TERMINATION"): a model's unused articles are left out.
    const counts = group.every((c, k) => k === 0 || (c.parts[0]! >= group[k - 1]!.parts[0]! && c.parts[0]! - group[k - 1]!.parts[0]! <= (c.heading ? MAX_GAP_HEADED : MAX_GAP)));
    if (counts) out.push(...group);
  }
  return out;
}

/** Letter heads in runs that start at A and step one letter (or skip one): "A. … B. … D. …". */
function acceptLetterHeads(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let run: Candidate[] = [];
  const close = (): void => {
    if (run.length >= 2) out.push(...run);
    run = [];
  };
  for (const c of cands) {
    const code = c.number.charCodeAt(0);
    const prev = run.length ? run[run.length - 1]!.number.charCodeAt(0) : undefined;
    if (prev !== undefined && code > prev && code - prev <= 2) run.push(c);
    else {
      close();
      if (c.number === 'A') run.push(c);
    }
  }
  close();
  return out;
}

/** Headings a text needs before its unnumbered heading lines count as its articles. */
const PLAIN_HEADINGS_MIN = 3;
const PLAIN_HEADING_WORDS = 12;

/**
 * Unnumbered heading lines: a question ("Wat als de overeenkomst eindigt?") or a title ("Geheimhouding") on a line of
 * its own, after a blank line or a sentence's end, before a line of running text. Not the document's first line (its
 * title), nor a signature or address line ("Voor de gemeente:", "Kompasdata B.V.").
 */
function plainHeadings(lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  let seenText = false;
  lines.forEach((ln, i) => {
    const t = ln.text.trim();
    if (t === '') return;
    const first = !seenText;
    seenText = true;
    if (first || wordCount(t) > PLAIN_HEADING_WORDS || !/^[\p{Lu}"“]/u.test(t)) return;
    const question = /\?$/.test(t);
    if (!question && !isTitleLine(t, PLAIN_HEADING_WORDS)) return;
    const prev = (lines[i - 1]?.text ?? '').trim();
    if (prev !== '' && !/[.!?;:]$/.test(prev)) return;
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j++;
    const next = (lines[j]?.text ?? '').trim();
    // Running text follows: a line longer than the heading that is a sentence or the start of one.
    if (next === '' || wordCount(next) <= wordCount(t) || isTitleLine(next, PLAIN_HEADING_WORDS)) return;
    out.push({ line: i, start: ln.start + ln.text.indexOf(t), kind: 'keyword', parts: [], number: '', heading: t, level: 1 });
  });
  return out;
}

/** Heading of a "12.3 ..." line: the line itself when short and title-like, a title lead phrase, else "". */
function bareHeading(rest: string, nextNonEmpty: string | undefined): string {
  const r = rest.trim();
  if (r === '') return nextTitle(nextNonEmpty);
  if (isTitleLine(r) && nextNonEmpty !== undefined) return cleanHeading(r);
  // "THE DIET CENTER." / "Limitation of Liability and Indemnification." alone on the line
  if (/\.$/.test(r) && isTitleCase(r.slice(0, -1)) && nextNonEmpty !== undefined) return cleanHeading(r);
  return cleanHeading(leadTitle(r));
}

/**
 * A table of contents without page numbers repeats the article headings: when an article number
 * occurs more than once, keep the occurrence followed by the most text before the next candidate.
 */
function dedupeKeywordTops(cands: Candidate[], lineCount: number): Candidate[] {
  const byNumber = new Map<string, Candidate[]>();
  for (const c of cands) byNumber.set(c.number, [...(byNumber.get(c.number) ?? []), c]);
  const drop = new Set<Candidate>();
  for (const group of byNumber.values()) {
    if (group.length < 2) continue;
    const span = (c: Candidate): number => {
      const next = cands.find((o) => o.line > c.line);
      return (next ? next.line : lineCount) - c.line;
    };
    const keep = group.reduce((a, b) => (span(b) >= span(a) ? b : a));
    for (const c of group) if (c !== keep) drop.add(c);
  }
  return cands.filter((c) => !drop.has(c));
}

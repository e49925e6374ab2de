// Per-page text normalisation. Runs before pages are joined, so page offsets are computed on
// the final text and never need remapping. Line breaks are kept: sections are found at line starts.
import { fixedWidthTables, leaderRows, reflowBarTables, spaceCells, tabCells, unfoldBilingualRows, unfoldTextColumns } from './tables.js';
import { stripMarginNumbers } from './margin.js';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st', // ſt
  '\uFB06': 'st',
};
const LIGATURE_RE = /[\uFB00-\uFB06]/g;

// Unicode spaces other than the ASCII space and line breaks (NBSP, en/em spaces, thin, narrow NBSP,
// ideographic, zero-width no-break) plus tabs and vertical tab.
const ODD_SPACE_RE = /[\t\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]/g;
// Zero-width characters that only break words apart in extracted text.
const ZERO_WIDTH_RE = /[\u00AD\u200B-\u200D\u2060]/g;

// OCR's digit for a letter inside a word: "Neder1ands", "sp1itsing", "c0ntract". Only between lower-case letters, where
// no figure stands (a code like "ho216-002" or "A1B2" keeps its digits; each replacement is one character, so offsets hold).
const OCR_DIGIT_IN_WORD = /(?<=\p{Ll})[10](?=\p{Ll})/gu;



// Words after a line-end hyphen that mark Dutch/English elision ("sub-\nen", "hosting- of"): keep the hyphen.
const ELISION_WORDS = new Set(['en', 'of', 'and', 'or', 'tot', 'en/of', 'and/or']);

/**
 * Normalise the text of one page: NFC, ligatures, soft hyphens, margin line numbers (margin.ts), odd spaces, plain-text
 * tables as rows (tables.ts),
 * OCR's digit inside a word, words hyphenated across a line end, folded spaces, trimmed lines, at most one blank line in
 * a row, no blank lines at either end.
 */
/** Superscript digits right after a letter: a footnote's mark. */
const FOOTNOTE_MARK_RE = /(?<=\p{L})[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/gu;

export function normalisePage(raw: string): string {
  let t = raw.normalize('NFC');
  t = t.replace(/\r\n?/g, '\n').replace(/[\f\u2028\u2029\u0085]/g, '\n');
  t = t.replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
  t = t.replace(ZERO_WIDTH_RE, '');
  // A footnote's mark on a word is no part of it: "de GIBIT¹ van toepassing".
  t = t.replace(FOOTNOTE_MARK_RE, '');
  // (First, while the columns still stand where they were set.)
  t = fixedWidthTables(t);
  t = unfoldTextColumns(t);
  // (Before the cells: the spaces after a margin's number are no column.)
  t = stripMarginNumbers(t);
  t = tabCells(t);
  t = t.replace(ODD_SPACE_RE, ' ');
  t = spaceCells(t);
  t = leaderRows(t);
  t = reflowBarTables(t);
  t = unfoldBilingualRows(t);
  t = t.replace(OCR_DIGIT_IN_WORD, (d) => (d === '1' ? 'l' : 'o'));
  // Fold runs of spaces and trim every line (leading indentation carries no meaning after extraction).
  t = t
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
  t = joinHyphenatedLines(t);
  t = t.replace(/\n{3,}/g, '\n\n');
  return t.replace(/^\n+|\n+$/g, '');
}

/**
 * "overeen-\nkomst" -> "overeenkomst": only when a letter precedes the hyphen and the next line starts
 * with a lowercase letter; "Noord-\nHolland" and "sub-\nen" keep their hyphen and line break, and so does a
 * compound the same text writes with its hyphen elsewhere ("Wind-Down" … "a wind-\ndown period").
 */
export function joinHyphenatedLines(t: string): string {
  // The page's hyphenated compounds, gathered only for a page that breaks a word at a line end.
  let compounds: Set<string> | undefined;
  const written = (c: string) => (compounds ??= new Set([...t.matchAll(/(?<!\p{L})\p{L}+-\p{L}+/gu)].map((m) => m[0].toLowerCase()))).has(c);
  return t.replace(/(?<!\p{L})(\p{L}+)-\n(?=(\p{Ll}[\p{L}/]*))/gu, (whole: string, word: string, next: string) =>
    ELISION_WORDS.has(next.toLowerCase()) || written(`${word}-${next}`.toLowerCase()) ? whole : word,
  );
}

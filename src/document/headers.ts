// Running headers and footers: lines that repeat at the top or bottom of most pages ("Pagina 3 van 12",
// "Vertrouwelijk - Overeenkomst X") would otherwise land in the middle of sentences and clauses.

import { joinHyphenatedLines } from './normalise.js';

/** How many non-empty lines at the top and at the bottom of a page are header/footer candidates. */
const EDGE_LINES = 3;
/** Share of pages on which a line must recur to count as running text. */
const MIN_SHARE = 0.6;
const MIN_PAGES = 3;

/** A lone page number: "3", "- 3 -", "Pagina 3", "Page 3 of 12", "3/12", "blz. 3". */
const PAGE_NUMBER_RE =
  /^(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** Article headings recur at page tops by nature ("Artikel 12" ~ "Artikel 13"): never running text. */
const HEADING_RE = /^(?:artikel|article|art\.|section|sectie|clause|hoofdstuk|chapter|bijlage|annex|schedule|exhibit)\s*[-–—:]?\s*(?:\d|[IVXLC]+\b)/i;

/** Headers and footers are short and never open a numbered clause ("2.1. ...", "3. ..."). */
function mayRun(line: string): boolean {
  return line.length <= 120 && !HEADING_RE.test(line) && !/^\d{1,3}(?:\.\d{1,3})*\.\s|^\d{1,3}\.\d{1,3}\s/.test(line);
}

/** Compare lines with their digits replaced, so "Pagina 3 van 12" equals "Pagina 4 van 12". */
export function lineKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Indices of the first and last EDGE_LINES non-empty lines. */
function edgeIndices(lines: string[]): number[] {
  const nonEmpty: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() !== '') nonEmpty.push(i);
  });
  if (nonEmpty.length <= 2 * EDGE_LINES) return nonEmpty;
  return [...nonEmpty.slice(0, EDGE_LINES), ...nonEmpty.slice(-EDGE_LINES)];
}

/**
 * Remove running headers/footers and lone page numbers from normalised page texts.
 * A line counts as running when (digits aside) it is among the edge lines of >= 60% of pages and of at
 * least 3 pages; for a 2-page document, of both. Single-page documents are returned unchanged.
 */
export function stripRunningLines(pages: string[]): string[] {
  const n = pages.length;
  if (n < 2) return pages.slice();
  const split = pages.map((p) => p.split('\n'));
  const edges = split.map(edgeIndices);

  const pageCount = new Map<string, number>();
  split.forEach((lines, p) => {
    const seen = new Set<string>();
    for (const i of edges[p] ?? []) {
      const line = lines[i] ?? '';
      if (mayRun(line)) seen.add(lineKey(line));
    }
    for (const k of seen) pageCount.set(k, (pageCount.get(k) ?? 0) + 1);
  });
  const needed = n === 2 ? 2 : Math.max(MIN_PAGES, Math.ceil(MIN_SHARE * n));
  const running = new Set([...pageCount].filter(([, c]) => c >= needed).map(([k]) => k));

  return split.map((lines, p) => {
    const drop = new Set<number>();
    for (const i of edges[p] ?? []) {
      const line = lines[i] ?? '';
      if ((mayRun(line) && running.has(lineKey(line))) || PAGE_NUMBER_RE.test(line)) drop.add(i);
    }
    if (drop.size === 0) return pages[p] ?? '';
    return lines
      .filter((_, i) => !drop.has(i))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  });
}

/** A page number left inside the text by copying from a PDF: "-1-", "- 2 -", "Pagina 1 van 2", "Page 3 of 4", "p. 2/3"
 * (not a bare figure, which may be a list's number). */
const INNER_PAGE_NUMBER_RE = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:van|of)\s*\d{1,4})$/i;
/** … or at the end of a short footer line: "Stad Merelbeek p. 2/3". */
const PAGE_NUMBER_AT_END_RE = /^.{1,80}?\s(?:pagina|page|blz\.?|p\.)\s*\d{1,4}\s*(?:van|of|\/)\s*\d{1,4}$/i;
/** Edit distance at most, as a share of a line's length, for a header copied with OCR errors to be the same line. */
const SIMILAR_SHARE = 0.15;

/**
 * Page furniture inside a page's text: text copied from a PDF or OCR'd keeps each page's number, often with its
 * running header, mid-sentence ("… juridische fusie of splitsing\n\n-1-\nOmgevingsdienst … – Overeenkomst\n\nals
 * bedoeld in …"). Such a page number goes, with the line next to it that repeats a line at a page's edge or next to
 * another page number (digits aside, or with a few OCR errors); a sentence cut by them is joined again.
 * `reference` are the pages before running lines were stripped.
 */
export function stripPageRemnants(pages: string[], reference: string[]): string[] {
  const isNumber = (l: string) => INNER_PAGE_NUMBER_RE.test(l) || PAGE_NUMBER_AT_END_RE.test(l);
  if (!pages.some((p) => p.split('\n').some(isNumber))) return pages.slice();
  // Lines a running header can be copied from: each page's edges and the lines next to a page number (each line once,
  // by its place, so that a line is never its own copy).
  const refs = new Map<string, string>();
  reference.forEach((page, p) => {
    const lines = page.split('\n');
    for (const i of edgeIndices(lines)) refs.set(`${p}:${i}`, lineKey(lines[i]!));
    lines.forEach((l, i) => {
      if (!isNumber(l)) return;
      for (const j of [i - 2, i - 1, i + 1, i + 2]) if (lines[j]?.trim()) refs.set(`${p}:${j}`, lineKey(lines[j]!));
    });
  });
  // Whether a line repeats another one of those, digits aside or with a few OCR errors (itself is one of them). Asked
  // once per distinct line, and only until a second copy is found: a long export has a page number on every page.
  const seen = new Map<string, boolean>();
  const repeated = (line: string) => {
    const key = lineKey(line);
    const known = seen.get(key);
    if (known !== undefined) return known;
    let same = 0;
    for (const r of refs.values()) {
      if (r === key || (Math.abs(r.length - key.length) <= key.length * SIMILAR_SHARE && editDistance(r, key) <= key.length * SIMILAR_SHARE)) same++;
      if (same >= 2) break;
    }
    seen.set(key, same >= 2);
    return same >= 2;
  };
  return pages.map((page) => {
    const lines = page.split('\n');
    const drop = new Set<number>();
    lines.forEach((l, i) => {
      if (!isNumber(l)) return;
      drop.add(i);
      // The header or footer beside it, across at most one blank line: a line that repeats one at a page's edge, or
      // that sits with the page number inside a sentence ("… fusie of splitsing\n-1-\nOmgevingsdienst …\nals bedoeld").
      for (const step of [-1, 1]) {
        let j = i + step;
        if (lines[j] === '') j += step;
        const next = lines[j];
        if (!next || !mayRun(next) || isNumber(next) || /[.!?:;]$/.test(next)) continue;
        if (repeated(next) || midSentence(lines, Math.min(i, j), Math.max(i, j))) drop.add(j);
      }
    });
    if (!drop.size) return page;
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!drop.has(i)) {
        out.push(lines[i]!);
        continue;
      }
      while (drop.has(i + 1) || (lines[i + 1] === '' && drop.has(i + 2))) i++;
      // A sentence cut by the furniture runs on: no blank line between its parts.
      let k = out.length;
      while (k > 0 && out[k - 1] === '') k--;
      const before = out[k - 1];
      let n = i + 1;
      while (lines[n] === '') n++;
      const after = lines[n];
      if (before !== undefined && after !== undefined && runsOn(before, after)) {
        out.length = k;
        i = n - 1;
      }
    }
    return joinHyphenatedLines(out.join('\n'));
  });
}

/** Whether lines [from, to] stand inside a sentence: the line before them runs on, the one after opens in lower case. */
function midSentence(lines: string[], from: number, to: number): boolean {
  let b = from - 1;
  while (b >= 0 && lines[b] === '') b--;
  let a = to + 1;
  while (a < lines.length && lines[a] === '') a++;
  return b >= 0 && a < lines.length && runsOn(lines[b]!, lines[a]!);
}

/** Whether a sentence runs on from one line to the next: the first does not end it, the second opens in lower case. */
const runsOn = (before: string, after: string): boolean => !/[.!?:;]$/.test(before) && /^\p{Ll}/u.test(after);

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

// Running headers and footers: lines that repeat at the top or bottom of most pages ("Pagina 3 van 12",
// "Vertrouwelijk - Overeenkomst X") would otherwise land in the middle of sentences and clauses.

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

// A file read line by line, for the parts that state nothing (a summary box that yields, a draft that never took
// effect) and the order form's rows: its lines, a title line without its frame, the pooled vocabularies' hits in a span.
import type { MatchContext } from './match.js';
import type { Term } from './terms.js';

/** A stretch of the text [start, end). */
export interface Region {
  start: number;
  end: number;
}

/** The words that name an annex ("Bijlage 3", "Schedule C", "Exhibit D"). */
export const ANNEX_WORD = String.raw`(?:bijlage|annex|schedule|appendix|exhibit|attachment)`;

/** A point of a list at a line's start: "(1)", "b)", "(iii)", "2.", "- ", "• " (read by precedence.ts and standards.ts). */
export const LIST_POINT = /^\s*(?:\(?(?:[a-z]{1,2}|\d{1,2}|[ivx]{1,4})\)|(?:[a-z]|\d{1,2})\.\s|[-•·*]\s+\S)/i;

/** Whether a title line opens as an article's heading ("Artikel 3 – …", "12. Exit", "Art. A.8 Na het einde van de
 * overeenkomst"), not a document's title. */
export const opensAsArticle = (text: string): boolean => /^(?:artikel|article|clause|section|art\.|\d)/i.test(text);

/** The index of the line (of `fileLines`) that holds offset `at`, or -1. */
export const lineIndexAt = (lines: readonly Region[], at: number): number => lines.findIndex((l) => l.start <= at && at <= l.end);

/** The text's lines, without their line breaks. */
export function fileLines(text: string): Region[] {
  const lines: Region[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** A table row's cells between its bars ("C-1 | Invoicing | Accepted"), each with where it starts in the file. */
export function rowCells(text: string, start: number): Region[] {
  return [...text.matchAll(/[^|]+/g)].map((c) => ({ start: start + c.index!, end: start + c.index! + c[0].length }));
}

/** Frame characters around a title in plain text ("| KEY FACTS |", "=== AT A GLANCE ===", "--- Samenvatting ---"). */
const FRAME = /^[\s|=*#_–—-]+|[\s|=*#_–—-]+$/g;

/** A line's words without the frame around them, with their token range; undefined for a line of frame only. */
export function framedTitle(ctx: MatchContext, line: Region): (Region & { t0: number; t1: number }) | undefined {
  const raw = ctx.doc.text.slice(line.start, line.end);
  const bare = raw.replace(FRAME, '');
  if (!bare) return undefined;
  const at = line.start + raw.indexOf(bare);
  const u = ctx.index.unit(at, at + bare.length);
  return { start: at, end: at + bare.length, t0: u.t0, t1: u.t1 };
}

/** Where pooled vocabulary terms (no pack's own lists) occur in [start, end). */
export const termHits = (ctx: MatchContext, terms: readonly Term[], start: number, end: number): { t0: number; t1: number }[] =>
  terms.flatMap((t) => ctx.termHitsIn(t, '', ctx.index.unit(start, end), 0));

/** What the two tests below need: the index's units and the term search (a MatchContext, or parties.ts's Searcher). */
interface TermSearch {
  termHitsIn(term: Term, pack: string, u: { t0: number; t1: number }, depth: number): ReadonlyArray<{ t0: number; t1: number }>;
  readonly index: { unit(start: number, end: number): { t0: number; t1: number } };
}

/** Whether one of the terms opens the text from start to end, at its first word ("[deleted by Amendment 1]", not
 * "[Escrow – amended by …]"). */
export function opensWith(ctx: TermSearch, terms: readonly Term[], start: number, end: number): boolean {
  const u = ctx.index.unit(start, end);
  return terms.some((t) => ctx.termHitsIn(t, '', u, 0).some((h) => h.t0 === u.t0));
}

/** Whether one of the terms is the whole of the text from start to end, word for word ("ja", "(BV)" but not "(EU-LISA)"). */
export function isWhole(ctx: TermSearch, terms: readonly Term[], start: number, end: number): boolean {
  const u = ctx.index.unit(start, end);
  return terms.some((t) => ctx.termHitsIn(t, '', u, 0).some((h) => h.t0 === u.t0 && h.t1 === u.t1));
}

export const inRegion = (regions: readonly Region[], at: number): boolean => regions.some((r) => at >= r.start && at < r.end);

/** A text as a regular expression that matches it literally ("B.V." matches only "B.V."). */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lowercase words joined by single spaces: how labels and cells are compared. */
export const norm = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** The plain-word phrases among a list's terms, normalised (a term with gaps, placeholders or a regex is left out). */
export function labels(terms: readonly Term[]): string[] {
  return terms.filter((t) => t.kind === 'phrase' && t.pieces.every((p) => p.kind === 'word')).map((t) => norm(t.source));
}

/** Where the lines that open with a salutation start ("Beste Mert,", "> Dear James," in a forwarded reply), by the words
 * of the packs' `salutation`: one pass over the text. */
export function salutationLines(text: string, salutation: readonly Term[]): number[] {
  const words = labels(salutation).map(escapeRe);
  if (!words.length) return [];
  return [...text.matchAll(new RegExp(`(?<=^|\\n)[ \\t>]*(?:${words.join('|')})(?![\\p{L}\\d])`, 'giu'))].map((m) => m.index!);
}

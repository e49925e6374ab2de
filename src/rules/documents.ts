// The documents a file holds one after another (an offer, the supplier's terms, a service-level annex, a data-processing
// agreement), each from its title line to the next: what an order of precedence ranks (precedence.ts). The packs name
// the words a document's title calls it by (`documentKind`).
import type { MatchContext } from './match.js';
import { ANNEX_WORD, fileLines, framedTitle, opensAsArticle, termHits, type Region } from './regions.js';

export interface FilePart extends Region {
  /** The title line ('' for an untitled opening part). */
  title: string;
  /** The title's words, lowercased. */
  words: string[];
  /** The number or letter of an annex's title ("Bijlage 3 – …", "SCHEDULE C"), lowercased. */
  annex?: string;
}

/** Words at most on a document's title line. */
const TITLE_WORDS = 14;
/** Characters a document holds at least: shorter stretches under a title line are a list of the annexes or a contents
 * page, not a document. */
const MIN_BODY = 60;
/** Characters at most under a cover title before the title of the document it covers. */
const COVER_BODY = 250;
/** Characters of text before the first title that make a document of their own (an agreement before its annexes). */
const OPENING_BODY = 400;

/** A company's form that ends a title with a full stop ("… BITWERF SOFTWARE B.V.", "Acme Ltd."). */
const COMPANY_FORM = /(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C)\.$/;
const ANNEX_ID = new RegExp(String.raw`^${ANNEX_WORD}\s+([A-Z]{1,2}|\d{1,2}|[IVX]{1,5})\b`, 'i');

/** Lowercase words of a text. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The file's documents in order; one part (the whole file) when no title line names a document. */
export function findParts(ctx: MatchContext): FilePart[] {
  const { doc } = ctx;
  const kinds = ctx.rules.layout.documentKind;
  const whole: FilePart = { start: 0, end: doc.text.length, title: '', words: [] };
  if (!kinds.length) return [whole];
  const titles: Array<Region & { text: string }> = [];
  for (const line of fileLines(doc.text)) {
    const t = framedTitle(ctx, line);
    if (!t || t.t1 === t.t0 || t.t1 - t.t0 > TITLE_WORDS) continue;
    const text = doc.text.slice(t.start, t.end);
    // A title opens with a capital and does not end like a sentence; an article's heading is no document's title.
    // (A company's form may end it: "BIJLAGE 3 – ALGEMENE VOORWAARDEN BITWERF SOFTWARE B.V.")
    if (!/^\p{Lu}/u.test(text) || /[;:,]$/.test(text) || (/\.$/.test(text) && !COMPANY_FORM.test(text)) || opensAsArticle(text)) continue;
    // Nor a clause numbered with a letter ("C.5 Alarmis mag …"), nor a line of particulars ("Call-Off Reference: HDC/12").
    if (/^[A-Z]{1,2}\.?\d/.test(text) || (/^[^:]{1,40}:\s+\S/.test(text) && !ANNEX_ID.test(text))) continue;
    // A line of a sentence that wraps onto the next is no title ("Bij strijdigheid prevaleren de Algemene Voorwaarden boven
    // dit | contract."), unless it is in capitals ("OFFERTE KLANTVIZIER CRM" over its first line).
    const s = doc.sentences[ctx.index.sentenceAt(t.start)];
    if (s && (s.start < line.start - 1 || s.end > line.end + 1) && text !== text.toUpperCase()) continue;
    // (Nor a line that holds the end of one sentence and the start of the next, or runs on in lower case below.)
    const caps = text === text.toUpperCase();
    if (/[.;]\s+\p{Lu}\p{Ll}/u.test(text) || (!caps && /^[ \t]*\p{Ll}{2,}/u.test(doc.text.slice(line.end + 1, line.end + 80)))) continue;
    // (Nor a line that describes the document under its title: "Geconsolideerde versie, inclusief Wijzigingsovereenkomst
    // nr. 1 …".)
    const head = text.replace(/\([^)]*\)?/g, '').split(',')[0]!;
    if (text.includes(',') && /(?:^|\s)\p{Ll}{4,}/u.test(head)) continue;
    if (!termHits(ctx, kinds, t.start, t.end).length) continue;
    // (Nor a line of a table of contents: "Addendum 1 - d.d. 30 juni 2026" under "INHOUDSOPGAVE".)
    if (doc.contents.some((c) => c.start <= line.start && line.start < c.end)) continue;
    titles.push({ start: line.start, end: line.end, text });
  }
  // A title with next to nothing under it lists the annexes or the contents: it joins the part before.
  const kept = titles.filter((t, i) => (titles[i + 1]?.start ?? doc.text.length) - t.end >= MIN_BODY);
  if (!kept.length) return [whole];
  const parts: FilePart[] = [];
  const first = kept[0]!;
  // (Text before the first title is a document of its own only when it is more than a header or a reference line.)
  if (doc.text.slice(0, first.start).trim().length >= OPENING_BODY) parts.push({ start: 0, end: first.start, title: '', words: [] });
  // A cover title with next to nothing under it before the next title ("SOFTWARE LICENSE AGREEMENT" over "This Software
  // License Agreement is made on …", "Overeenkomst …" over "DEEL 1 – OVEREENKOMST") is the same document's.
  if (!parts.length && kept.length > 1 && kept[1]!.start - kept[0]!.end < COVER_BODY) kept.splice(1, 1);
  kept.forEach((t, i) => {
    const annex = ANNEX_ID.exec(t.text)?.[1]?.toLowerCase();
    parts.push({ start: i === 0 && !parts.length ? 0 : t.start, end: kept[i + 1]?.start ?? doc.text.length, title: t.text, words: wordsOf(t.text), ...(annex ? { annex } : {}) });
  });
  return parts;
}

/** The index of the part that holds offset `at`. */
export const partAt = (parts: readonly FilePart[], at: number): number => {
  const i = parts.findIndex((p) => at >= p.start && at < p.end);
  return i < 0 ? parts.length - 1 : i;
};

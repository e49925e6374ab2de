// Evidence: the sentence a finding rests on, with its page and article number, quoted on one line.
import type { Document } from '../document/types.js';
import { pageAt } from '../document/pages.js';

export interface Evidence {
  rule: string;
  page: number;
  /** Innermost article/clause number around the quote, or null. */
  section: string | null;
  quote: string;
  start: number;
  end: number;
}

/** Text between two offsets on one line, as a report quotes it. */
export function quoteOf(doc: Document, start: number, end: number): string {
  return doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Evidence for sentence `si` (to `end` when given), or for the raw range when there is no such sentence. */
export function sentenceEvidence(doc: Document, rule: string, si: number, fallback: { start: number; end: number }, end?: number): Evidence {
  const s = doc.sentences[si];
  const start = s ? s.start : fallback.start;
  end = s ? Math.max(s.end, end ?? 0) : fallback.end;
  return {
    rule,
    page: s ? s.page : pageAt(doc.pages, start),
    // An unnumbered heading ("Wat als het bedrijf wordt verkocht?") is no article number.
    section: s && s.section >= 0 && doc.sections[s.section]!.number ? doc.sections[s.section]!.number : null,
    quote: quoteOf(doc, start, end),
    start,
    end,
  };
}

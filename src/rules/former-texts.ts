// Sentences that tell what a former text said, in the past tense: "(De oorspronkelijke tekst bepaalde dat de broncode …
// bij een notaris in depot werd gegeven.)", "The original clause 13.3 provided that Aranya would give transition
// assistance." They report what no longer holds and grant nothing. A sentence that brings the new text ("… was replaced
// by: "…"") is read as usual. The packs name the words (`formerText`, `formerVerb`, `recitalQuotes`).
import type { MatchContext } from './match.js';
import { opensWith, termHits, type Region } from './regions.js';

/** What may stand before the former text's name at the sentence's start: a bracket, a list item's marker. */
const LEAD = /^[ \t]*(?:\(?[a-z\d]{1,3}[.)][ \t]+)?[([]?[ \t]*/i;
/** What may open the sentence before the former text's name: a phrase set off by a comma ("For the avoidance of doubt, the
 * former Section 15.2, which read "…", …"). */
const INTRO = /^[^,;:"“(]{3,40},[ \t]*/;
/** An article named at the sentence's start, told of in the past: "Clause 8 previously required the Supplier to deposit …",
 * "(a) dat artikel 8 bepaalde dat …". The past verb must follow the number (maybe after "previously"). */
const ARTICLE_TOLD = /^(?:(?:dat|that)[ \t]+)?(?:het[ \t]+|the[ \t]+)?(?:artikel|article|clause|section|paragraph|lid)[ \t]+\d{1,3}(?:\.\d{1,3})*[a-z]?(?:[ \t]+\([^)]{1,60}\))?[ \t]+(?:(?:previously|formerly|originally|voorheen|oorspronkelijk|vroeger)[ \t]+)?/i;
/** A sentence that reports former clauses taken out, describing them in brackets: "Amendment No. 2 deleted former clauses
 * 5.2 and 5.3 (Customer's right to operate the Platform itself …)", "It replaced former clause 8.3 (Customer's right to
 * terminate on a Change of Control) with the text shown above", "Wijziging 2 schrapte het vroegere artikel 9 (exit)". */
const FORMER_REMOVED = /\b(?:deleted|removed|struck(?:\s+out)?|replaced|cancelled|canceled|schrapte|schrapten|verving|vervingen)\s+(?:the\s+|het\s+|de\s+)?(?:former|previous|original|earlier|vroegere|oorspronkelijke|voormalige|eerdere)\s+(?:clauses?|sections?|articles?|paragraphs?|artikel(?:en)?|artikelleden|leden|lid)\s+\d/i;
/** The new text given in the same sentence, after a colon or in quotes ("replaced former clause 8.3 with: "…""). */
const NEW_TEXT_HERE = /(?:with|by|door|met)\s*:|["“]/i;
/** A sentence that gives a text in its place: "vervangen door", "replaced by", "komt te luiden", "as follows". */
const GIVES_NEW = /\b(?:vervangen|vervangt|replaced|substituted|komt\s+te\s+luiden|komen\s+te\s+luiden|shall\s+read|als\s+volgt|as\s+follows)\b/i;

export function findFormerTexts(ctx: MatchContext): Region[] {
  const { formerText, formerVerb } = ctx.rules.layout;
  if (!formerText.length || !formerVerb.length) return [];
  const { doc } = ctx;
  const out: Region[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const lead = LEAD.exec(text)![0].length;
    const intro = lead + (INTRO.exec(text.slice(lead))?.[0].length ?? 0);
    const told = ARTICLE_TOLD.exec(text.slice(lead));
    const former = opensWith(ctx, formerText, s.start + lead, s.end) || (intro > lead && opensWith(ctx, formerText, s.start + intro, s.end));
    const article = !!told && opensWith(ctx, formerVerb, s.start + lead + told[0].length, s.end);
    if (FORMER_REMOVED.test(text) && !NEW_TEXT_HERE.test(text)) {
      out.push({ start: s.start, end: s.end });
      continue;
    }
    if (!former && !article) continue;
    if (GIVES_NEW.test(text) || termHits(ctx, ctx.rules.layout.recitalQuotes, s.start, s.end).length) continue;
    if (article || termHits(ctx, formerVerb, s.start, s.end).length) out.push({ start: s.start, end: s.end });
  }
  return out;
}

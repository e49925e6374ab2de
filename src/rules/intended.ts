// Terms a later agreement is to hold, set out in a letter of intent or a pilot agreement: "The parties intend that the
// Definitive Agreement will, among other things: (a) provide for the deposit of the source code …", "Partijen beogen dat
// in de Realisatieovereenkomst … een ontbindingsrecht van de Provincie bij wijziging van de zeggenschap …". They state no
// right of this contract. The pack names the words (`laterTerms`).
import type { MatchContext } from './match.js';
import { termHits, type Region } from './regions.js';

/** The sentences that describe a later agreement's terms, each with the list it opens. */
export function findLaterTerms(ctx: MatchContext): Region[] {
  const { laterTerms } = ctx.rules.layout;
  if (!laterTerms.length) return [];
  const { doc, index } = ctx;
  const out: Region[] = [];
  doc.sentences.forEach((s, si) => {
    if (!termHits(ctx, laterTerms, s.start, s.end).length) return;
    const whole = index.withList(si);
    out.push({ start: s.start, end: Math.max(s.end, index.tokens[whole.t1 - 1]?.end ?? s.end) });
  });
  return out;
}

/** What may stand before a reported request's verb: an item's marker, an article, a subject of one to three capitalised
 * words ("De Gemeente", "The Authority", "ParkPoint", "Wij"), and a word of time or tense ("had", "has", "heeft", "ook",
 * "initially"): "The Supplier has requested the Council's consent to the assignment". Case counts.
 * A determiner is no subject: "The proposed transferee …", "Any proposed Change of Control …", "Een voorgestelde …".
 * (After a phrase of when: "During negotiations Licensee also proposed a right to terminate …", "Tijdens de
 * onderhandelingen heeft de Gemeente gevraagd om …".) */
const ASK_SUBJECT =
  /^[ \t>]*(?:(?:\(?[a-z\d]{1,2}[.)]|[-–•])[ \t]+)?(?:(?:During|In the course of|Tijdens|In de loop van)\s+(?:the\s+|de\s+|het\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3},?\s+)?(?:(?:the|de|het|The|De|Het)\s+)?(?:(?!(?:The|De|Het|A|An|Een|Any|Each|Every|Such|This|That|These|Those|Its|Their|All|No|Elke|Ieder|Iedere|Deze|Die|Dit|Dat|Alle|Geen|Zijn|Haar|Hun)\s)\p{Lu}[\p{L}\p{N}'’&-]*\s+){1,3}(?:(?:had|hadden|has|have|heeft|hebben|also|initially|originally|first|then|again|ook|daarom|aanvankelijk|eerst|nog|opnieuw|zelf)\s+)*$/u;

/**
 * Requests told of in minutes or a letter ("De Gemeente vroeg om de broncode in depot te geven.", "The Authority requested
 * the right to terminate without cause after year two."), each with the list its sentence opens: a request is no term
 * until the other side grants it, and what was granted stands elsewhere. Not when the sentence itself says it was granted
 * ("… requested, and the Supplier agreed, that …"). Nor a request to strike a right ("Opdrachtnemer verzoekt het
 * ontbindingsrecht … te schrappen"), accepted or not. The packs name the verbs (`reportedAsk`, `askGranted`, `askStrike`).
 */
export function findReportedAsks(ctx: MatchContext): Region[] {
  const { reportedAsk, askGranted, askStrike, rowRejected } = ctx.rules.layout;
  const { doc, index } = ctx;
  const out: Region[] = [];
  doc.sentences.forEach((s, si) => {
    // A request to strike a right; not a sentence that turns it down and goes on after a semicolon to say what holds
    // instead ("Het voorbehoud … om de overdrachtsperiode te beperken … is niet geaccepteerd; de overdrachtsperiode
    // bedraagt …"). ("…; retain notification only" goes on with the request.)
    const strike = termHits(ctx, askStrike, s.start, s.end)[0];
    if (strike) {
      const after = index.tokens[strike.t1 - 1]!.end;
      const semi = doc.text.slice(after, s.end).indexOf(';');
      if (semi < 0 || !termHits(ctx, rowRejected, s.start, after + semi).length) out.push({ start: s.start, end: s.end });
      return;
    }
    const ask = termHits(ctx, reportedAsk, s.start, s.end)[0];
    if (!ask || !ASK_SUBJECT.test(doc.text.slice(s.start, index.tokens[ask.t0]!.start))) return;
    if (termHits(ctx, askGranted, index.tokens[ask.t1 - 1]!.end, s.end).length) return;
    const whole = index.withList(si);
    out.push({ start: s.start, end: Math.max(s.end, index.tokens[whole.t1 - 1]?.end ?? s.end) });
  });
  return out;
}

/** The opening of a sentence that points at the arrangement before it: "That right …", "Deze onderlinge afspraak …",
 * "This arrangement …", "Die regeling …" (after its paragraph's number). */
const POINTS_AT_BEFORE = /^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:that|this|these|those|such|deze|die|dit|dat|zo'n|een\s+dergelijke)\b/i;

/**
 * An arrangement the sentence after says gives the customer nothing ("… under which Veldhuis may terminate its
 * cooperation with NorthBridge if NorthBridge undergoes a change of control. That right exists only between the members;
 * the Agency derives no rights from it.", "De Vennoten hebben onderling afgesproken dat … Deze onderlinge afspraak geeft
 * het Hoogheemraadschap geen zelfstandig recht"): the rights of others, told of, are no clause of this contract. Both
 * sentences. The packs name the words (`noRightsDerived`); the sentence after must point back at the one before.
 */
export function findOthersRights(ctx: MatchContext): Region[] {
  const { noRightsDerived } = ctx.rules.layout;
  if (!noRightsDerived.length) return [];
  const { doc } = ctx;
  const out: Region[] = [];
  doc.sentences.forEach((s, si) => {
    if (si === 0 || !termHits(ctx, noRightsDerived, s.start, s.end).length) return;
    const prev = doc.sentences[si - 1]!;
    if (prev.section !== s.section) return;
    // (Or one sentence joined to the one before it: "… overneemt. Deze onderlinge afspraak geeft …".)
    const own = doc.text.slice(s.start, s.end);
    if (!POINTS_AT_BEFORE.test(own) && !/[.;]\s+(?:that|this|these|deze|die|dit|dat)\b/i.test(own)) return;
    out.push({ start: prev.start, end: s.end });
  });
  return out;
}

// A party's general terms named in the file and then rejected: "Quotation subject to Corvanta Standard Terms, governed by
// the laws of Ireland." … "Corvanta's Standard Terms are rejected."; "It refers to the Quorra Global Customer Terms,
// governed by the laws of the State of California." … "The Quorra Global Customer Terms are expressly rejected and shall
// not apply in any respect." What the file says those terms hold is no part of the contract: the sentences that tell it
// (with a next sentence that goes on about them: "Daarin is onder meer bepaald dat …"), and an extract printed under a
// title that names them. The last word on a set of terms decides: a later sentence that accepts them keeps them. The
// packs name the words (`termsRejected`, `termsAccepted`); the standards (ARBIT, ARVODI, GIBIT) are read in standards.ts.
import type { MatchContext } from './match.js';
import { fileLines, framedTitle, labels, norm, termHits, type Region } from './regions.js';
import { nextTitle } from './drafts.js';

/** A set of terms by its name: a few capitalised words (the owner's name among them) before "Terms", "Conditions",
 * "Voorwaarden"; Dutch names may put the owner after ("Algemene Leveringsvoorwaarden Kernlogic"). */
const EN_NAME =
  /((?:[\p{Lu}][\p{L}\d&-]*(?:['’]s)?\s+){1,6})(?:Terms(?:\s+(?:of\s+(?:Service|Sale|Use|Business|Supply)|and\s+Conditions))?|Conditions(?:\s+of\s+(?:Sale|Supply|Purchase|Business))?)\b/gu;
const NL_NAME = /((?:[\p{Lu}][\p{L}\d&-]*\s+){0,3})(?:[\p{L}]*[Vv]oorwaarden)\b((?:\s+[\p{Lu}][\p{L}\d&-]*){0,4})/gu;
/** Words of a name that say what kind of terms, not whose. */
const GENERIC = new Set(
  'general standard global master customer client customers terms conditions service services sale supply use business purchase purchasing and of the a algemene voorwaarden inkoopvoorwaarden leveringsvoorwaarden verkoopvoorwaarden dienstverleningsvoorwaarden version versie our your their its onze uw hun de het these those this that any all other online subscription software licence license end user eula gemeente provincie waterschap municipality city council province state'.split(' '),
);
/** The government's own standards, which standards.ts reads. */
const STANDARD = /\b(?:ARBIT|ARVODI|GIBIT|ARIV|Rijks)/;
/** A sentence that goes on about the terms the sentence before named: "Daarin is onder meer bepaald dat …". */
const GOES_ON = /^\W*(?:daarin|therein|(?:these|those|such)\s+(?:terms|conditions)|they\s+(?:provide|allow|state|contain)|(?:deze|die)\s+voorwaarden)\b/i;

/** The owner word that terms buyers issue share, whoever calls them "ours" (the packs' `buyerTerms`: "Inkoopvoorwaarden",
 * "Purchasing Conditions"). */
const BUYER = '#buyer';
/** A name with an owner of its own, not only its kind ("Algemene Inkoopvoorwaarden Stichting Primo", not the heading "A.
 * Algemene inkoopvoorwaarden" of a letter's part): a title names an extract of rejected terms only so. */
const owned = (name: readonly string[]): boolean => name.some((w) => w !== BUYER);

/** An article or provision of the terms named before them: "Clause 12.3 of the Call-Off Terms … shall not apply" sets
 * that article aside, not the terms. */
const PART_OF = /\b(?:clauses?|articles?|sections?|paragraphs?|provisions?|artikel(?:en)?|bepaling(?:en)?|lid)\s+(?:\d+(?:\.\d+)*[a-z]?(?:\s*\([^)]{0,60}\))?\s+)?(?:of|van|uit|in|under)\s+(?:the\s+|de\s+|het\s+)?$/i;

/** The owner words of each set of terms a stretch of text names ("corvanta", "quorra", "kernlogic"); with `whole`, only
 * the sets named as a whole, not by one of their articles. */
function owners(text: string, buyer: readonly string[], whole = false): string[][] {
  return namesIn(text, buyer, whole).map((n) => n.words);
}

/** The same with where each name starts and ends in the text. */
function namesIn(text: string, buyer: readonly string[], whole = false): { words: string[]; start: number; end: number }[] {
  const out: { words: string[]; start: number; end: number }[] = [];
  for (const re of [EN_NAME, NL_NAME]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (STANDARD.test(m[0])) continue;
      if (whole && PART_OF.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      const words = `${m[1] ?? ''} ${m[2] ?? ''}`
        .split(/\s+/)
        .map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]$/, ''))
        .filter((w) => w && !GENERIC.has(w) && !/^\d+$/.test(w));
      // Purchasing terms are the buyer's, whoever calls them "ours": "onze inkoopvoorwaarden (inclusief de artikelen 14 en
      // 17) zijn op dit abonnement niet van toepassing" rejects the "Algemene Inkoopvoorwaarden Stichting Primo" the order
      // declared.
      const kind = ` ${norm(m[0])} `;
      if (buyer.some((b) => kind.includes(` ${b} `))) words.push(BUYER);
      if (words.length) out.push({ words, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out;
}

/** Characters after a name within which the words that reject it stand ("… Terms are expressly rejected", "… van
 * Kernpunt wordt uitdrukkelijk van de hand gewezen"). */
const REJECTED_AFTER = 90;
/** Characters before a name within which the words that pass it over stand ("governed by Stonegate's Customer Terms, not
 * by the FMRO General Purchasing Conditions", "in plaats van de Inkoopvoorwaarden Waterschap Aa"). */
const PASSED_OVER_BEFORE = 24;

/** Words at most in the title over a printed extract of the terms. */
const TITLE_WORDS = 16;
/** Words at most on the line a wrapped title runs on to. */
const WRAPPED_WORDS = 4;
/** A part's title by its number or kind: "V. Uittreksel …", "Annex 3 – …", "Extract from …". */
/** A part's number or letter before its title: "V. ", "B) ", "3. ". */
const PART_NUMBER = String.raw`(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)][ \t]+`;
const PART_TITLE = new RegExp(String.raw`^[ \t]*(?:${PART_NUMBER}|(?:uittreksel|extract|excerpt|bijlage|annex|appendix|schedule|deel|part|onderdeel)\b)`, 'i');
const PART_NUMBER_OPENING = new RegExp(`^${PART_NUMBER}`);

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((w) => b.includes(w));

/** A company's name with its legal form on one line: the owner words of a set of terms must name a company or a party. */
const LEGAL_FORM = /\b(?:Inc|Ltd|Limited|LLC|L\.L\.C|B\.V|BV|N\.V|NV|GmbH|AG|S\.A|SA|S\.à\s?r\.l|plc|PLC|Corp|Corporation|Co|Pty|Pte|Oy|AB|A\/S|ApS|SE)\b/;

/** Initials in brackets after a name of capitalised words: "Federal Maritime Records Office (FMRO)". */
const INITIALS = /(?:\p{Lu}[\p{L}-]*\s+){1,6}\(\s*(\p{Lu}{2,8})\s*\)/gu;

/** The stretches of the file that tell what rejected terms hold. */
export function findRejectedTerms(ctx: MatchContext): Region[] {
  const { termsRejected, termsAccepted, termsPassedOver, termsReported } = ctx.rules.layout;
  const buyer = labels(ctx.rules.layout.buyerTerms);
  if (!termsRejected.length) return [];
  const { doc } = ctx;
  // The words that name a party or a company of the file ("corvanta", "quorra"): an owner must be one of them, so "Part A –
  // Key Terms" or "Gemeentelijke Inkoopvoorwaarden" name no one's terms.
  const named = new Set<string>();
  for (const p of ctx.parties.all) for (const w of p.toLowerCase().split(/\s+/)) named.add(w);
  for (const line of doc.text.split('\n')) {
    const m = LEGAL_FORM.exec(line);
    if (!m) continue;
    for (const w of line.slice(Math.max(0, m.index - 80), m.index).split(/[^\p{L}\d&-]+/u)) if (/^\p{Lu}/u.test(w)) named.add(w.toLowerCase());
  }
  // An organisation the file names and then calls by its initials: "Federal Maritime Records Office (FMRO)".
  for (const m of doc.text.matchAll(INITIALS)) named.add(m[1]!.toLowerCase());
  named.add(BUYER);
  const own = (names: string[][]) => names.map((n) => n.filter((w) => named.has(w))).filter((n) => n.length > 0);
  type Said = { at: number; names: string[][]; verdict: 'rejected' | 'accepted' | 'named' };
  const said: Said[] = doc.sentences.map((s, at) => {
    const text = doc.text.slice(s.start, s.end);
    const names = own(owners(text, buyer));
    if (!names.length) return { at, names, verdict: 'named' };
    // Rejected: the words that reject a set stand after its name ("heeft onze verwijzing geen werking en gelden de Algemene
    // Leveringsvoorwaarden Kernlogic" rejects nothing of Kernlogic's); only sets named as a whole are rejected, one of
    // their articles set aside leaves them standing.
    // Or the words that pass a set over stand right before its name ("…, not by the FMRO General Purchasing Conditions").
    const whole = namesIn(text, buyer, true).filter(
      (n) =>
        termHits(ctx, termsRejected, s.start + n.end, Math.min(s.end, s.start + n.end + REJECTED_AFTER)).length ||
        termHits(ctx, termsPassedOver, Math.max(s.start, s.start + n.start - PASSED_OVER_BEFORE), s.start + n.start).length,
    );
    const rejectedNames = own(whole.map((n) => n.words));
    if (rejectedNames.length) return { at, names: rejectedNames, verdict: 'rejected' };
    // What a document is reported to have said accepts nothing ("The order letter stated that the FMRO General Purchasing
    // Conditions apply").
    // Nor does a sentence that sets one of their provisions aside ("Any provision in the Contractor Terms on governing law …
    // does not apply": "apply" is no acceptance there).
    const accepts = termHits(ctx, termsAccepted, s.start, s.end).length > 0 && !termHits(ctx, termsReported, s.start, s.end).length && !termHits(ctx, termsRejected, s.start, s.end).length;
    return { at, names, verdict: accepts ? 'accepted' : 'named' };
  });
  // The sets whose last word is a rejection.
  const rejected: string[][] = [];
  for (const s of said)
    for (const name of s.names) {
      if (s.verdict !== 'rejected' || rejected.some((r) => shares(r, name))) continue;
      const later = said.some((t) => t.at > s.at && t.verdict === 'accepted' && t.names.some((n) => shares(n, name)));
      if (!later) rejected.push(name);
    }
  if (!rejected.length) return [];
  const out: Region[] = [];
  for (const s of said) {
    if (s.verdict === 'rejected' || !s.names.some((n) => rejected.some((r) => shares(r, n)))) continue;
    const sentence = doc.sentences[s.at]!;
    const next = doc.sentences[s.at + 1];
    const goesOn = next && GOES_ON.test(doc.text.slice(next.start, next.end)) && said[s.at + 1]!.verdict !== 'rejected';
    out.push({ start: sentence.start, end: goesOn ? next.end : sentence.end });
  }
  // An extract printed under a title that names the terms: to the next document's title.
  const lines = fileLines(doc.text);
  lines.forEach((l, k) => {
    const t = framedTitle(ctx, l);
    // (Not a table's row, nor the line that rejects them: "| Voorwaarden Opdrachtnemer | Niet van toepassing |".)
    // (… unless a part's title says so of the extract under it: "V. Uittreksel Algemene Voorwaarden Geoloket (versie 2022) -
    // niet van toepassing (zie II en III)".)
    const line = doc.text.slice(l.start, l.end);
    if (!t || line.includes('|') || (termHits(ctx, termsRejected, l.start, l.end).length && !PART_TITLE.test(line))) return;
    // A line of its own, a few words, not the first line of a sentence that runs on ("1.3 Paragraph 7.3 of the Supplier's
    // tender states that "the Ardmore Standard Terms of Service apply …"); a PDF may wrap its last words onto a short line.
    const title = doc.text.slice(t.start, t.end);
    const s = doc.sentences[ctx.index.sentenceAt(t.start)];
    const next = lines[k + 1];
    const lastLine = next && PART_TITLE.test(line) && doc.text.slice(next.start, next.end).trim().split(/\s+/).length <= WRAPPED_WORDS ? next.end : l.end;
    if (title.split(/\s+/).length > TITLE_WORDS || /[.;:,]$/.test(title) || /[.;]\s+\p{Lu}/u.test(title.replace(PART_NUMBER_OPENING, '')) || (s && (s.start < l.start || s.end > lastLine + 1))) return;
    if (!own(owners(doc.text.slice(t.start, t.end), buyer)).some((n) => owned(n) && rejected.some((r) => shares(r, n)))) return;
    let j = k + 1;
    while (j < lines.length && !nextTitle(ctx, lines[j]!)) j++;
    out.push({ start: l.start, end: j < lines.length ? lines[j]!.start : doc.text.length });
  });
  return out;
}

// One document through every rule: findings (clauses), facts (governing law), inherited standard terms.
import type { Document, Section } from '../document/types.js';
import { sentenceEvidence, type Evidence } from './evidence.js';
import type { CompiledRule, CompiledStandard, RuleSet } from './compile.js';
import { MatchContext, evaluate, quoteHits, ruleApplies, ruleHolds, ruleReads, ruleUnits, type Span, type TraceEntry } from './match.js';
import type { Beneficiary, Grant, Strength } from './types.js';
import type { Parties } from './parties.js';
import { standardRuleId, standardUse } from './standards.js';
import { findAmendments, onlyStrikes, quotedArticle, struckOut, type Amendment } from './amendments.js';
import { findSwitchesOff, uncheckedLines, type SwitchOff } from './switches.js';
import { findYieldingBoxes } from './summary.js';
import { findDrafts } from './drafts.js';
import { findFormerTexts } from './former-texts.js';
import { findStruckRequirements } from './struck-requirements.js';
import { findDisappliedCitations, findRejectedLists, findRejectedParts, findRejectedRows, findRejectedStatuses, findReservedAnnexes, findStruckAnnexes, findStruckSections, POINT_LABEL } from './struck.js';
import { findLaterTerms, findOthersRights, findReportedAsks } from './intended.js';
import { findNonBinding } from './binding.js';
import { findOtherClasses } from './conditions.js';
import { findOptionsNotTaken } from './options-taken.js';
import { findOtherVersion } from './versions.js';
import { findTemplateRemnants } from './template.js';
import { blankOut, withoutBlanked } from './blanked.js';
import { ANNEX_WORD, inRegion, termHits } from './regions.js';
import { withinClause } from '../document/sections.js';
import type { Unit } from './doc-index.js';
import { findParts, partAt, type FilePart } from './documents.js';
import { findPrecedence, type Precedence, type Ranked } from './precedence.js';
import { findRecitals } from './recitals.js';
import { findStruckSentences } from './struck-sentences.js';
import { findRejectedTerms } from './rejected-terms.js';
import { findUnusedDefinitions } from './unused-definitions.js';
import { findMessages, quoteDepth, writtenBefore } from './correspondence.js';

export type { Evidence };


export interface Finding extends Evidence {
  clause: string;
  grants: Grant;
  to: Beneficiary;
  strength: Strength;
  tags: string[];
  message: string;
  /** Set when the protection comes from standard terms the contract declares applicable. */
  inherited?: { standard: string; article: string; note?: string };
}

export interface FactFinding extends Evidence {
  fact: string;
  value: string;
  attributes: Record<string, unknown>;
  priority: number;
  /** The text says this choice replaces another (rule's `prevails`); it outranks those that do not. */
  prevails?: true;
}

export interface StandardUse {
  standard: string;
  title: string;
  declared: Evidence;
  /** Articles the contract carves out; a carved-out article gives no protection. */
  excluded: string[];
  /** Why the standard gives nothing at all ("declared not applicable"), or null when it applies. */
  disapplied: string | null;
}

export interface Analysis {
  findings: Finding[];
  /** Articles struck out by an amendment in the document; findings quoting them before it are dropped. */
  amendments: Amendment[];
  /** Clauses an order form's row switches off ("Escrow | Nee"), with that row; their findings are dropped. */
  switchedOff: SwitchOff[];
  /** Findings a document that ranks higher takes back by saying the clause does not hold, with that sentence. */
  overridden: Overridden[];
  facts: FactFinding[];
  standards: StandardUse[];
  parties: Parties;
  definitions: Array<{ term: string; lists: string[] }>;
}

export interface Overridden {
  clause: string;
  rule: string;
  finding: Evidence;
  by: Evidence;
}

/** Characters a finding may run on past a definition it quotes (a closing bracket, a full stop). */
const DEFINITION_SLACK = 5;

/** A finding's evidence alone: where it stands and what it quotes. */
const withoutMeta = (f: Finding): Evidence => ({ rule: f.rule, page: f.page, section: f.section, quote: f.quote, start: f.start, end: f.end });

export interface RuleTrace {
  rule: string;
  clause: string;
  sentence: Evidence;
  fired: boolean;
  trace: TraceEntry[];
  /** Where it fired: the words its terms matched, quoted. */
  hits: string[];
}

/** What a finding was read from beyond its own quote. */
interface ReadFrom {
  /** Where the lead-in it was read with starts (a list's lead, a clause it cites), when it has one. */
  lead?: number;
  /** Where the parts an article-wide finding was matched from stand. */
  parts: number[];
  /** The article whose heading alone it stands on. */
  heading?: Section;
}

/** Words at most between a word that ranks a document and the document's name ("gaan de Algemene Voorwaarden van
 * Leverancier voor"). */
const RANK_NEAR = 8;
/** Characters at most read back from a finding, within its clause, for words that make it hold whatever an order form
 * says. */
const HOLDS_BACK = 400;
/** A line that is an annex's number and title: "Bijlage 4 – Escrowovereenkomst", "SCHEDULE 6 – STEP-IN RIGHTS", "Exhibit D
 * (Source Code Escrow)", "4. Escrowovereenkomst" in a list of annexes is not (a numbered line may be a clause). */
const ANNEX_TITLE = new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]+)?${ANNEX_WORD}[ \t]+(?:[A-Z]{1,2}|\d{1,2}|[IVX]{1,5})[ \t]*(?:[-–—:.][ \t]*|\([ \t]*)[\p{L}][^\n.;:!?]{0,80}\)?[ \t]*$`, 'iu');

/** A point of minutes or a round of negotiation named by its topic, run in before its text: "Item 1 – Change of control.",
 * "Round 2 – Termination for convenience.", "Punt 3: Exit." */
const POINT_TITLE = new RegExp(String.raw`^[ \t]*${POINT_LABEL}[ \t]*[-–—:.][ \t]*[\p{L}][^\n.;:!?]{0,60}[.:]?[ \t]*$`, 'iu');

/** Characters after a finding read with a lead-in within which a denial of its clause takes it back (leadDenied). */
const LEAD_DENIED_REACH = 600;
/** Words at most in a heading read as a lead-in (leadDenied). */
const HEADING_WORDS = 12;

/** Pure: the document and the compiled rules in, everything found out. Deterministic order. */
/** A clause named as the ground of a right: "op grond van artikel 14.3", "krachtens artikel 9", "under Section 12.2",
 * "pursuant to Clause 7". */
const GROUND_CITED = /\b(?:op grond van|krachtens|ingevolge|uit hoofde van|under|pursuant to)\s+(?:het\s+|de\s+)?(?:artikel|article|clause|section)\s+(\d+(?:\.\d+)*)\b/giu;

export function analyse(file: Document, rules: RuleSet, traces?: RuleTrace[]): Analysis {
  // What the file keeps but the contract does not say (a redline's deletions, a table's old text and comments) is blank.
  const read = withoutBlanked(file, rules.layout);
  // In a bilingual contract the version that does not prevail says nothing where the prevailing one says it too: it is
  // blank, so no reading of an article or of a case it cites takes a word from it ("Article 4 – Change of control" over
  // an English notice duty and a Dutch "Opdrachtgever is in dat geval bevoegd … te ontbinden" the English lacks).
  // (Read once more only where there is such a version.)
  const first = new MatchContext(read, rules);
  const otherVersion = findOtherVersion(first);
  const doc = blankOut(read, otherVersion);
  const ctx = otherVersion.length ? new MatchContext(doc, rules) : first;
  const findings: Finding[] = [];
  /** What each finding was read from beyond its own quote, for taking it back when that part is struck. */
  const readFrom = new Map<Finding, ReadFrom>();
  const facts: FactFinding[] = [];
  const denials: Finding[] = [];
  for (const rule of rules.rules) {
    const applies = ruleApplies(rule, doc);
    // An item-scoped rule may hold for a sentence and for items inside it: one finding per sentence.
    const quoted = new Set<number>();
    for (const u of ruleUnits(ctx, rule)) {
      if (!applies && !ruleReads(rule, doc, u)) continue;
      const trace: TraceEntry[] | undefined = traces ? [] : undefined;
      const spans = ruleHolds(ctx, rule, u, trace);
      // Quoting is the costly part of evidence: only for findings, and for explain's traces.
      if (!spans && !traces) continue;
      const ev = evidence(ctx, rule, spans ?? [], u);
      if (traces && trace) traces.push({ rule: rule.id, clause: rule.clause ?? rule.fact ?? '', sentence: ev, fired: !!spans, trace, hits: spans ? quoteHits(ctx, spans, u) : [] });
      if (!spans || quoted.has(ev.start)) continue;
      quoted.add(ev.start);
      if (rule.fact) {
        // An article-wide fact is read where it matched, not in the article's other sentences (an export-control
        // law in 10.2, an entire-agreement clause in 10.5); its value may run on past a page break.
        const at = rule.scope === 'section' ? matchedStretch(ctx, spans, u) : u;
        const v = factValue(ctx, rule, at, u);
        if (v) {
          const prevails = !!rule.prevails && !!evaluate(ctx, rule.prevails, rule.pack, at);
          facts.push({ ...ev, fact: rule.fact, value: v.name, attributes: v.attributes, priority: rule.priority, ...(prevails ? { prevails } : {}) });
        }
      } else {
        const f: Finding = { ...ev, clause: rule.clause!, grants: rule.grants, to: rule.to, strength: rule.strength, tags: rule.tags, message: rule.message };
        // A denial grants nothing; it only outranks what a lower document grants (see below).
        if (rule.grants === 'denial') {
          denials.push(f);
          continue;
        }
        findings.push(f);
        readFrom.set(f, {
          lead: u.lead ? (ctx.index.tokens[u.lead.t0]?.start ?? f.start) : undefined,
          parts: rule.scope === 'section' ? [...new Set(spans.map((sp) => ctx.index.tokens[sp.t0]?.start ?? f.start))] : [],
          heading: rule.scope !== 'section' ? headingOf(ctx.doc, u) : undefined,
        });
      }
    }
  }
  // An addendum that strikes out an article takes back what that article granted; a sentence that carves out a
  // standard's provisions, or only strikes out an article, describes them and is no clause of the contract.
  // Parts that state nothing: a summary box that yields to the articles ("IN HET KORT … Het is geen afspraak"), a later
  // document that never took effect ("CONCEPT – TWEEDE WIJZIGINGSOVEREENKOMST … niet ondertekend"), an annex a later
  // document takes out ("Bijlage 3 … maakt geen deel meer uit van de Overeenkomst"), a table row of a request turned down
  // ("C-3 | Change of control | … | Rejected").
  // An article kept only as a marker of its deletion ("11.2 [Deleted by agreement.]") grants nothing, but a note under it
  // that strikes another article ("… clause 11.1 is deleted in its entirety") still does. The items of a list whose lead
  // says they do not apply ("de volgende teksten uit de concepten … hebben geen werking:") state nothing. Nor does a
  // question in a Nota van Inlichtingen ("Vraag: Artikel 9.3 verplicht Leverancier … Kan deze eis worden geschrapt?"). Nor
  // what a letter of intent says a later agreement will hold ("The Definitive Agreement will: (a) provide for escrow …").
  const asked = ctx.asked;
  // Nor what a contract built from a template still shows of the template: its drafting notes and the options not chosen.
  const template = findTemplateRemnants(ctx);
  // Nor a letter of intent or a part that says it binds no one ("Deze intentieverklaring is niet bindend, met uitzondering
  // van de artikelen 6 tot en met 9").
  const later = [...findLaterTerms(ctx), ...findReportedAsks(ctx), ...findOthersRights(ctx), ...findNonBinding(ctx)];
  // Nor a clause library's variant for a risk class the contract did not choose ("4.3 Variant hoog (alleen van toepassing
  // bij risicoklasse hoog)" where "Risicoklasse: laag").
  const otherClass = findOtherClasses(ctx);
  // These four also keep a standard's name from being read as declared there.
  const notContract = [...later, ...otherClass, ...asked, ...template];
  const reservedAnnexes = findReservedAnnexes(ctx);
  // (Options left unticked say nothing, but the order form's switches read them: "☐ Exit assistance" switches exit off.)
  const unchecked = uncheckedLines(ctx.doc.text);
  const unsaid = [...findYieldingBoxes(ctx), ...unchecked, ...findDrafts(ctx), ...findStruckAnnexes(ctx), ...reservedAnnexes, ...findRejectedParts(ctx), ...findRejectedRows(ctx), ...findRejectedStatuses(ctx), ...findRejectedLists(ctx), ...findRejectedTerms(ctx), ...findStruckRequirements(ctx), ...findOptionsNotTaken(ctx), ...notContract];
  // The version of a bilingual contract that does not prevail is blank (see above), but an article-wide finding starts at
  // its article's heading, which may be a line of that version ("Artikel 5 – Broncodedepot / Article 5 – …").
  // Nor a recital: it tells what happened ("overwegende dat Contactum is overgenomen, hetgeen Contactum heeft gemeld").
  const recitals = findRecitals(ctx);
  // Nor a sentence that tells what a former text said: "(De oorspronkelijke tekst bepaalde dat …)".
  const formerTexts = findFormerTexts(ctx);
  // (… and a sentence struck by its place in an article: "De tweede zin van artikel 5 … vervalt".)
  const struckSections = [...findStruckSections(ctx), ...findStruckSentences(ctx)];
  // Nor a definition whose term the contract never uses ("Depotovereenkomst: …" where the deposit's article is "[Vervallen.]").
  const quiet = [...unsaid, ...struckSections, ...otherVersion, ...recitals, ...formerTexts, ...findUnusedDefinitions(ctx)];
  // The file's documents (an offer, the supplier's terms, annexes), read once where an amendment or a denial needs them.
  let fileParts: FilePart[] | undefined;
  const partsOf = () => (fileParts ??= findParts(ctx));
  const amendments = findAmendments(ctx, rules, partsOf).filter((a) => !inRegion(unsaid, a.evidence.start));
  const uses = rules.standards.map((std) => ({ std, ...standardUse(ctx, std, (e) => struckOut(e, amendments, ctx.doc.text)?.evidence, (at) => inRegion(notContract, at) || inRegion(struckSections, at)) }));
  // A standard's name without its year ("ARBIT", read as ARBIT-2014) points at the dated version the file declares, if
  // any ("… zijn de ARBIT-2018 van toepassing" and then "… in de zin van ARBIT"): it declares no version of its own.
  for (const u of uses) {
    const year = /\d{4}$/.exec(u.std.spec.id)?.[0];
    if (!u.use || !year || u.use.declared.quote.includes(year)) continue;
    if (uses.some((o) => o !== u && o.use && !o.use.disapplied && o.std.spec.family === u.std.spec.family)) u.use = null;
  }
  // … nor one whose term is used only in the articles an amendment struck ('"Deposit Materials" means the source code …'
  // with "clause 12 (Source Code Escrow) of the Contract is deleted").
  // (Any article around the use counts: "12. Source Code Escrow" over its own "Clause 1. The Supplier shall deposit the
  // Deposit Materials …", Word's numbering restarted.)
  const deletedAt = (at: number) =>
    !amendments.some((a) => at >= a.evidence.start && at < a.evidence.end) &&
    ctx.doc.sections.some((x) => x.start <= at && at < x.end && !!x.number && amendments.some((a) => a.deletes.some((n) => withinClause(x.number, n))));
  // (A finding is the definition's sentence: it may open before the term, with the definition's number "Clause 2.".)
  const deadDefinitions = amendments.some((a) => a.deletes.length) ? findUnusedDefinitions(ctx, deletedAt) : [];
  const carved = new Set([...uses.flatMap((u) => u.carveOuts), ...amendments.filter(onlyStrikes).map((a) => a.evidence.start)]);
  // An order form's row that says no to a clause ("Source code escrow | No") switches it off in the whole file, except
  // where the clause says it holds whatever the order form says.
  // (An option marked as not chosen is itself such a row: "Exit assistance – not selected".)
  // (The name of an annex left out may say so as a switch: "Bijlage 4 (Exitplan – niet van toepassing)".)
  const switchedOff = findSwitchesOff(ctx, (at) => inRegion(quiet, at) && !inRegion(template, at) && !inRegion(reservedAnnexes, at) && !inRegion(unchecked, at));
  const off = new Set(switchedOff.map((x) => x.clause));
  // Read from the start of the clause the finding stands in (a PDF line break may split "13.5 Notwithstanding anything
  // in an Order Form, upon expiry … | for any reason Ridgeway shall provide the exit assistance").
  const holdsAnyway = (f: Finding) => {
    const sec = ctx.doc.sentences[ctx.index.sentenceAt(f.start)]?.section ?? -1;
    const from = sec >= 0 ? Math.max(ctx.doc.sections[sec]!.start, f.start - HOLDS_BACK) : f.start;
    return rules.layout.overridesForm.some((t) => ctx.termHitsIn(t, '', ctx.index.unit(from, f.end), 0).length > 0);
  };
  // A right read with the case of a clause it cites ("… of in de gevallen bedoeld in artikel 11") loses that case where the
  // clause is struck ("Artikel 11 … [vervallen bij addendum 2]").
  // So does an article-wide finding one of whose parts stands in a clause struck out ("12.3 … assign to a successor …" with
  // "12.4 If Vantor is acquired …, Greenmarsh may terminate", 12.4 deleted by Amendment No. 1).
  // (A part in the other language's version of a bilingual contract is blank: see above.)
  const struckAt = (f: Finding, at: number) => {
    const sec = ctx.doc.sentences[ctx.index.sentenceAt(at)]?.section ?? -1;
    const section = sec >= 0 ? ctx.doc.sections[sec]!.number : undefined;
    return section !== undefined && section !== f.section && !!struckOut({ ...f, start: at, section, quote: '' }, amendments, ctx.doc.text);
  };
  const caseGone = (f: Finding) => {
    const { lead, parts } = readFrom.get(f)!;
    // (A recital's lead-in may open the quotation of an article as it now reads: "overwegende dat: … b. artikel 13.4 …
    // thans luidt: "…"".)
    return (lead !== undefined && ((inRegion(quiet, lead) && !inRegion(recitals, lead)) || struckAt(f, lead))) || parts.some((p) => struckAt(f, p));
  };
  // A right the sentence says a clause gives ("… dat deze wijziging van zeggenschap op grond van artikel 14.3 van de
  // Overeenkomst aan het Ministerie het recht geeft de Overeenkomst op te zeggen") is gone where the file strikes that
  // clause out ("Partijen komen overeen dat artikel 14.3 … vervalt"). (Only a strike that brings no new text.)
  const groundStruck = (f: Finding) => {
    const gone = amendments.filter((a) => a.deletionOnly && a.deletes.length && (f.start < a.evidence.start || f.start >= a.evidence.end));
    if (!gone.length) return false;
    for (const m of ctx.doc.text.slice(f.start, f.end).matchAll(GROUND_CITED)) if (gone.some((a) => a.deletes.some((d) => withinClause(m[1]!, d)))) return true;
    return false;
  };
  // A sentence that takes its case from a lead-in (the heading "VIII. ASSIGNMENT; CHANGE OF CONTROL" over "A. Provider may
  // not assign … without Hospital's consent") says nothing of a takeover where the next words of its article deny the
  // clause ("B. … a sale of the equity of Provider … shall not require Hospital's consent").
  const sectionAt = (at: number) => ctx.doc.sentences[ctx.index.sentenceAt(at)]?.section;
  // (Only a heading as the lead: one short line that ends in no full stop or colon.)
  const headingLead = (f: Finding, lead: number) => {
    const lines = ctx.doc.text.slice(lead, f.start).split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.length === 1 && lines[0]!.split(/\s+/).length <= HEADING_WORDS && !/[.:;]$/.test(lines[0]!);
  };
  // … nor where an amendment struck a paragraph under that heading ("SECTION 17 - ASSIGNMENT; CHANGE IN CONTROL" over
  // "(a) Vendor may not assign …" and "(b) In the event of a change in control …", "Section 17(b) … is hereby deleted"):
  // the heading's takeover went with it. (Only where the struck paragraph held the same clause.)
  const leadStruck = (f: Finding) => {
    const { lead } = readFrom.get(f)!;
    if (lead === undefined || lead >= f.start || !amendments.length || !headingLead(f, lead)) return false;
    const top = ctx.doc.sections.filter((x) => x.start <= lead && lead < x.end).pop();
    if (!top) return false;
    const struck = ctx.doc.sections.filter((x) => x.start > lead && x.start < top.end && (x.start >= f.end || x.end <= f.start) && amendments.some((a) => a.deletes.includes(x.number)));
    return findings.some((g) => g !== f && g.clause === f.clause && struck.some((x) => g.start >= x.start && g.start < x.end));
  };
  const leadDenied = (f: Finding) => {
    const { lead } = readFrom.get(f)!;
    // (A notice duty is no right a denial takes back.)
    if (lead === undefined || lead >= f.start || f.grants === 'notice') return false;
    if (!headingLead(f, lead)) return false;
    // (Not a denial an amendment strikes: "Section 7.3 …, which provided that a Change of Control … would not give rise to
    // any right of termination, is deleted".)
    const standing = (d: Finding) => !carved.has(d.start) && !inRegion(quiet, d.start) && !amendments.some((a) => d.start >= a.evidence.start && d.start < a.evidence.end) && !struckOut(d, amendments, ctx.doc.text);
    return denials.some((d) => d.clause === f.clause && d.start >= f.end && d.start - f.end <= LEAD_DENIED_REACH && sectionAt(d.start) === sectionAt(f.start) && standing(d));
  };
  // A heading alone names the topics of what stands under it; where one of them is struck ("16. TERMINATION FOR
  // CONVENIENCE AND CHANGE OF CONTROL" over "16.2 [Deleted]"), the heading grants nothing.
  const headingOfStruck = (f: Finding) => {
    const sec = readFrom.get(f)!.heading;
    if (!sec) return false;
    const inside = (at: number) => at > f.end && at < sec.end;
    return quiet.some((r) => inside(r.start)) || ctx.doc.sections.some((x) => inside(x.start) && amendments.some((a) => a.deletes.includes(x.number)));
  };
  // An annex's title alone ("SCHEDULE 6 – STEP-IN RIGHTS" over "Not used.", or a list of the annexes) names a subject and
  // grants nothing: what the annex grants stands in its body. (Nor with a placeholder under it: "[To be agreed by the
  // parties.]".)
  const titleOnly = (f: Finding) => {
    const s = ctx.doc.sentences[ctx.index.sentenceAt(f.start)];
    const lines = s ? ctx.doc.text.slice(s.start, s.end).split('\n').filter((line) => line.trim()) : [];
    // (Nor a point's topic: "Item 1 – Change of control." says what was discussed, not what was agreed.)
    if (lines.length === 1 && POINT_TITLE.test(lines[0]!)) return true;
    return lines.some((line) => ANNEX_TITLE.test(line)) && lines.every((line) => ANNEX_TITLE.test(line) || /^[ \t]*\[[^\]\n]*\][ \t]*$/.test(line));
  };
  // An article's old text quoted elsewhere ('In het concept … luidde artikel 8.1: "…". Partijen zijn overeengekomen dat
  // deze bepaling vervalt.') where the article itself stands only as a marker of its deletion ("8.1 [vervallen]").
  const quotesStruck = (f: Finding) => {
    if (!struckSections.length) return false;
    const q = quotedArticle(ctx.doc.text, f);
    return q !== undefined && ctx.doc.sections.some((s) => s.number === q && (f.start < s.start || f.start >= s.end) && inRegion(struckSections, s.start));
  };
  // A table of contents names each article and its page ("4. Termination for Convenience ........ 1"); it grants
  // nothing: what an article grants stands in its body, which may say "[Intentionally omitted.]".
  const inContents = (f: Finding) => ctx.doc.contents.some((c) => c.start <= f.start && f.end - 1 <= c.end);
  // (An answer read with its question is carved out with it: "4. Welke voorwaarden gelden? Op deze opdracht zijn de
  // ARBIT-2022 van toepassing, met uitzondering van de bepaling over ontbinding bij een wijziging in de zeggenschap".)
  const carvedAnswer = (f: Finding) => {
    const si = ctx.index.sentenceAt(f.start);
    const q = ctx.doc.sentences[si];
    const next = ctx.doc.sentences[si + 1];
    return !!q && !!next && q.start === f.start && next.start < f.end && carved.has(next.start) && /\?\s*$/.test(ctx.doc.text.slice(q.start, q.end));
  };
  // A sentence that ranks documents on a subject ("In afwijking van artikel 2.1 gaan de Algemene Voorwaarden van
  // Leverancier voor ten aanzien van … de ondersteuning bij de overgang naar een andere leverancier") names the subject;
  // it grants nothing.
  const L = rules.layout;
  const ranksOnSubject = (f: Finding) => {
    const s = ctx.doc.sentences[ctx.index.sentenceAt(f.start)];
    if (!s) return false;
    const u = ctx.index.unit(s.start, s.end);
    const hits = (terms: typeof L.documentKind) => terms.flatMap((t) => ctx.termHitsIn(t, '', u, 0));
    const wins = hits(L.precedenceWins);
    if (!wins.length) return false;
    const kinds = hits(L.documentKind);
    const limits = hits(L.subjectLimit);
    // The document next to the word that ranks it, and the subject after.
    return wins.some((w) => kinds.some((k) => Math.abs(k.t0 - w.t0) <= RANK_NEAR) && limits.some((l) => l.t0 > w.t0));
  };
  // A sentence that disapplies the articles it cites by number and title grants nothing.
  const citedOff = findDisappliedCitations(ctx);
  findings.splice(0, findings.length, ...findings.filter((f) => !carved.has(f.start) && !carvedAnswer(f) && !ranksOnSubject(f) && !inRegion(citedOff, f.start) && !deadDefinitions.some((r) => f.start < r.end && f.end > r.start && f.end <= r.end + DEFINITION_SLACK) && !struckOut(f, amendments, ctx.doc.text) && !inRegion(quiet, f.start) && !caseGone(f) && !leadDenied(f) && !leadStruck(f) && !headingOfStruck(f) && !titleOnly(f) && !inContents(f) && !quotesStruck(f) && !groundStruck(f) && (!off.has(f.clause) || holdsAnyway(f))));
  facts.splice(0, facts.length, ...facts.filter((f) => !struckOut(f, amendments, ctx.doc.text) && !inRegion(quiet, f.start)));
  const standards: StandardUse[] = [];
  for (const { std, use } of uses) {
    if (!use) continue;
    standards.push(use);
    if (use.disapplied) continue;
    for (const p of std.spec.provides) {
      if (off.has(p.clause)) continue;
      const article = String(p.article);
      if (use.excluded.some((a) => withinClause(article, a))) continue;
      const note = [p.note, std.spec.note].filter(Boolean).join('; ') || undefined;
      findings.push({
        ...use.declared,
        rule: standardRuleId(std),
        clause: p.clause,
        grants: p.grants ?? 'right',
        to: p.to ?? 'customer',
        strength: p.strength,
        tags: [...(p.tags ?? []), 'inherited'],
        message: `inherited from ${std.spec.id} art. ${article}${note ? `: ${note}` : ''}`,
        inherited: { standard: std.spec.id, article, note },
      });
    }
    for (const [fact, value] of Object.entries(std.spec.facts ?? {}))
      facts.push({ ...use.declared, rule: standardRuleId(std), fact, value, attributes: { inherited: std.spec.id }, priority: -100 });
  }
  // An order of precedence between the file's documents: where a document that ranks higher says a clause does not hold
  // ("7.3 Een wijziging in de zeggenschap … geeft Opdrachtgever geen recht op opzegging" in supplier terms said to prevail
  // over the offer), what a lower one grants of that clause gives way (a notice duty is no right a denial takes back).
  const overridden: Overridden[] = [];
  const denied = denials.filter((d) => !carved.has(d.start) && !struckOut(d, amendments, ctx.doc.text) && !inRegion(quiet, d.start));
  let precedence: Precedence | null | undefined;
  const orderOf = () => (precedence !== undefined ? precedence : (precedence = findPrecedence(ctx, partsOf(), uses.filter((u) => u.use && !u.use.disapplied).map((u) => u.std))));
  // A grant that says it holds whatever another provision says ("Notwithstanding Section 3.2, Customer may terminate …").
  const holdsAgainst = (f: Finding) => rules.layout.overridesOthers.some((t) => ctx.termHitsIn(t, '', ctx.index.unit(f.start, f.end), 0).length > 0);
  if (denied.length) {
    const parts = partsOf();
    const order = orderOf();
    const rankOf = (f: Finding): Ranked => f.inherited?.standard ?? partAt(parts, f.start);
    // A grant that says it holds whatever another provision says holds (holdsAgainst). Nor does a denial in the document
    // that declares standard terms take back what they give: how the contract sets aside a standard's provision is its
    // carve-out (standards.ts), not a conflict between documents.
    const declaredIn = (f: Finding) => (f.inherited ? partAt(parts, f.start) : -1);
    if (order) {
      const kept = findings.filter((f) => {
        const by =
          f.grants === 'notice' || holdsAgainst(f)
            ? undefined
            : denied.find((d) => d.clause === f.clause && partAt(parts, d.start) !== declaredIn(f) && order.beats(partAt(parts, d.start), rankOf(f), f.clause));
        if (by) overridden.push({ clause: f.clause, rule: f.rule, finding: withoutMeta(f), by: withoutMeta(by) });
        return !by;
      });
      findings.splice(0, findings.length, ...kept);
    }
  }
  // A refusal in a negotiation answers what was proposed before it ("We are willing to accept your offer, subject to: 1. A
  // right for the Agency to terminate … if control of Stratocirrus is acquired" answered by "1. We are unable to agree to
  // a change of control termination right"): what the file granted of that clause up to the refusal gives way, whatever
  // the documents' order. In correspondence every denial answers what an earlier message granted ("Puntenlijst … 4 |
  // Een wijziging in de zeggenschap … geeft de Gemeente geen recht op beëindiging" after the body's e-mail that asked
  // for it). Not a grant that holds whatever else is said, nor a notice duty (no right a denial takes back).
  if (denied.length) {
    // (Each denial's sentence is searched once.)
    const refusing = new Set(
      denied.filter((d) => {
        const s = ctx.doc.sentences[ctx.index.sentenceAt(d.start)];
        return !!s && termHits(ctx, L.refused, s.start, s.end).length > 0;
      }),
    );
    const refusal = (d: Finding) => refusing.has(d);
    // (A forwarded reply quotes the older messages below it: deeper in the quotes is earlier.)
    const messages = findMessages(ctx);
    const text = ctx.doc.text;
    const laterMessage = (f: Finding, d: Finding) => quoteDepth(text, f.start) !== quoteDepth(text, d.start) || messages.some((m) => m > f.start && m <= d.start);
    const answers = denied.filter((d) => messages.length || refusal(d));
    const kept = findings.filter((f) => {
      const by =
        f.grants === 'notice' || f.inherited || holdsAgainst(f)
          ? undefined
          : answers.find((d) => d.clause === f.clause && writtenBefore(text, f.start, d.start) && ((messages.length && laterMessage(f, d)) || refusal(d)));
      if (by) overridden.push({ clause: f.clause, rule: f.rule, finding: withoutMeta(f), by: withoutMeta(by) });
      return !by;
    });
    findings.splice(0, findings.length, ...kept);
  }
  findings.sort((a, b) => a.clause.localeCompare(b.clause) || rank(a) - rank(b) || a.start - b.start || a.rule.localeCompare(b.rule));
  // Facts that disagree (New York law in the supplier's terms, Dutch law in the call-off that ranks above them): the one
  // in the document that ranks higher goes first.
  const outranked = new Set<FactFinding>();
  const disagree = (f: FactFinding) => facts.some((g) => g.fact === f.fact && g.value !== f.value);
  if (facts.some(disagree) && orderOf()) {
    const order = orderOf()!;
    const parts = partsOf();
    const rankOfFact = (f: FactFinding): Ranked => (typeof f.attributes?.inherited === 'string' ? f.attributes.inherited : partAt(parts, f.start));
    for (const f of facts) if (facts.some((g) => g.fact === f.fact && g.value !== f.value && order.beats(rankOfFact(g), rankOfFact(f)))) outranked.add(f);
  }
  facts.sort((a, b) => a.fact.localeCompare(b.fact) || Number(!!b.prevails) - Number(!!a.prevails) || Number(outranked.has(a)) - Number(outranked.has(b)) || b.priority - a.priority || a.start - b.start || a.rule.localeCompare(b.rule));
  overridden.sort((a, b) => a.clause.localeCompare(b.clause) || a.finding.start - b.finding.start || a.rule.localeCompare(b.rule));
  return { findings, amendments, switchedOff, overridden, facts, standards, parties: ctx.parties, definitions: ctx.definitions };
}

const rank = (f: Finding) => (f.strength === 'strong' ? 0 : 1) + (f.inherited ? 2 : 0);

function evidence(ctx: MatchContext, rule: CompiledRule, spans: Span[], u: { start: number; end: number; t0: number; t1: number }): Evidence {
  const doc = ctx.doc;
  let si: number;
  if (rule.scope !== 'section') si = ctx.index.sentenceOf[u.t0]!;
  else {
    // The sentence with the most matched words is the one a lawyer should read.
    const count = new Map<number, number>();
    for (const s of spans) {
      const k = ctx.index.sentenceOf[s.t0]!;
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    si = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? ctx.index.sentenceOf[u.t0]!;
  }
  // A sentence read with the one it follows up (or an answer with its question) is quoted whole.
  const joined = rule.scope !== 'section' && ctx.index.sentenceOf[u.t1 - 1]! > si ? u.end : undefined;
  return sentenceEvidence(doc, rule.id, si, u, joined);
}

/** From the first to the last sentence the spans lie in. */
function matchedStretch(ctx: MatchContext, spans: Span[], u: Unit): Unit {
  if (!spans.length) return u;
  const { sentenceOf, sentences } = ctx.index;
  const first = sentences[sentenceOf[Math.min(...spans.map((s) => s.t0))]!];
  const last = sentences[sentenceOf[Math.max(...spans.map((s) => s.t1)) - 1]!];
  if (!first || !last) return u;
  return { t0: first.t0, t1: last.t1, start: first.start, end: last.end };
}

/** The value of a fact rule: the first table entry named from `at` (after the `after` term there) to the end of `u`, not
 * one right before a `notBefore` term. */
function factValue(ctx: MatchContext, rule: CompiledRule, at: Unit, u: Unit) {
  if (!rule.value) return null;
  let from = at.t0;
  if (rule.value.after) {
    const a = ctx.termHitsIn(rule.value.after, rule.pack, at, 0);
    if (!a.length) return null;
    from = a[0]!.t0;
  }
  let best: { t0: number; len: number; name: string; attributes: Record<string, unknown>; aside: number } | null = null;
  const notBefore = new Set(rule.value.notBefore ? ctx.termHitsIn(rule.value.notBefore, rule.pack, { t0: from, t1: u.t1 }, 0).map((h) => h.t0) : []);
  for (const row of rule.value.table.rows)
    for (const alias of row.aliases)
      for (const h of ctx.termHitsIn(alias, rule.pack, { t0: from, t1: u.t1 }, 0)) {
        if (notBefore.has(h.t1) || ruledOut(ctx, u, h.t1)) continue;
        // A name in brackets is an aside ("Notwithstanding Section 18 of the MSA (which provides for the laws of the
        // State of Colorado), this Agreement is governed by the laws of the Netherlands"): a name outside goes first. A
        // phrase set aside may run on without a comma to the name chosen ("Niettegenstaande … de End User License Terms
        // (die Engels recht … voorschrijven) is op deze overeenkomst Nederlands recht van toepassing"): brackets weigh more.
        const aside = (inBrackets(ctx, u, h.t0) ? 2 : 0) + (inSetAside(ctx, u, h.t0) ? 1 : 0);
        const better = !best || aside < best.aside || (best.aside === aside && (h.t0 < best.t0 || (h.t0 === best.t0 && h.t1 - h.t0 > best.len)));
        if (better) {
          const { name, aliases: _a, ...attributes } = row.entry;
          best = { t0: h.t0, len: h.t1 - h.t0, name, attributes, aside };
        }
      }
  if (!best) return null;
  const { aside: _aside, ...value } = best;
  return value;
}

// "Notwithstanding the choice of the laws of the State of California in Section 14 of the MSA, this Addendum … shall be
// governed by the laws of the Netherlands": the choice the sentence sets aside, up to the comma that closes that phrase.
// (Also a fact conceded first: "Het feit dat de Leverancier naar Australisch recht is opgericht, laat onverlet dat op deze
// Overeenkomst Nederlands recht van toepassing is", "Although the Supplier is a Delaware company, …".)
const SET_ASIDE = /\b(?:notwithstanding|despite|instead of|in lieu of|in afwijking van|in plaats van|niettegenstaande|het feit dat|the fact that|although|even though|hoewel|ofschoon)\b[^,;:]*$/i;

// 'Section 21.7 of the Agreement is amended by deleting "State of Nevada" and inserting "State of Colorado"': the words an
// amendment strikes, up to what it puts in their place.
const STRUCK_WORDS = /\b(?:deleting|deletes?|deleted|striking|strikes?|replacing|replaces?|schrappen|schrapt|geschrapt|vervanging\s+van)\s+(?:(?:the\s+)?(?:words?|reference\s+to)\s+|(?:de\s+)?woorden\s+)?["“'‘]?(?:(?!\b(?:and|with|by|en|door|inserting|inserts?|invoegen|ingevoegd)\b)[^,;:"”’])*$/i;

/** Whether token t stands in a phrase that names what the sentence sets aside, before the comma that ends it, or in the
 * words an amendment strikes. */
function inSetAside(ctx: MatchContext, u: Unit, t: number): boolean {
  const at = ctx.index.tokens[t]!.start;
  const before = ctx.doc.text.slice(Math.max(u.start, at - 300), at);
  return SET_ASIDE.test(before) || STRUCK_WORDS.test(before.slice(-80));
}

// "The law of Ontario shall not apply, notwithstanding the nationality of the Supplier's parent company": a law ruled out.
// (Said of the name itself: not "Dutch law applies and the CISG does not apply".)
const RULED_OUT = /^(?:(?!\b(?:and|en|or|of|but|maar|applies|apply|governs?|geldt|gelden)\b)[^.;,]){0,40}?\b(?:(?:shall|does|do|will)\s+not\s+apply|(?:is|are)\s+(?:hereby\s+)?excluded|(?:is|zijn|is\s+uitdrukkelijk)\s+niet\s+van\s+toepassing|niet\s+van\s+toepassing\s+(?:is|zijn))\b/i;

/** Whether the name ending before token t is said not to apply. */
function ruledOut(ctx: MatchContext, u: Unit, t: number): boolean {
  const at = ctx.index.tokens[t - 1]!.end;
  return RULED_OUT.test(ctx.doc.text.slice(at, Math.min(u.end, at + 80)));
}

/** Whether token t stands between an opening bracket and its closing one inside unit u (searched in place: u may be a
 * whole article, and this runs for every name the table finds). */
function inBrackets(ctx: MatchContext, u: Unit, t: number): boolean {
  const text = ctx.doc.text;
  const at = ctx.index.tokens[t]!.start;
  const open = text.lastIndexOf('(', at - 1);
  if (open < u.start || text.lastIndexOf(')', at - 1) > open) return false;
  const close = text.indexOf(')', at);
  return close >= 0 && close < u.end;
}

/** The article whose heading line is all of the unit ("16. TERMINATION FOR CONVENIENCE AND CHANGE OF CONTROL"). */
function headingOf(doc: Document, u: { start: number; end: number }): Section | undefined {
  return doc.sections.find((sec) => {
    if (!sec.heading || u.start < sec.start || u.start >= sec.end) return false;
    const at = doc.text.indexOf(sec.heading, sec.start);
    return at >= 0 && u.end <= at + sec.heading.length + 1;
  });
}

// Amendments that strike out articles of the contract ("Artikel 12.3 van de Overeenkomst vervalt", "Clause 14.2 is
// deleted and replaced by …"): what those articles said before the amendment no longer counts.
import type { RuleSet } from './compile.js';
import type { Document } from '../document/types.js';
import { sentenceEvidence, type Evidence } from './evidence.js';
import { MatchContext, evaluate, sentencesWith } from './match.js';
import { articleList, articleListStarts, opensWithArticleWord } from './article-refs.js';
import { withinClause } from '../document/sections.js';
import { laterDocuments } from './drafts.js';
import { deletionMarker } from './struck.js';
import { findParts, partAt, type FilePart } from './documents.js';
import { ANNEX_WORD, labels, norm, termHits } from './regions.js';
import { documentNamer, type DocumentNamer } from './precedence.js';
import { DEFINITION_OF } from './definitions.js';
import { OPENING_LEAD } from './blanked.js';

export interface Amendment {
  /** Article numbers struck out or replaced. */
  deletes: string[];
  /** The sentence only strikes out ("Artikel 9 (Overname) vervalt"): it names the article's subject but grants
   * nothing, so it is no clause itself. A sentence that brings replacement text is read as usual. */
  deletionOnly: boolean;
  evidence: Evidence;
}

/**
 * A file of several documents (vendor terms, then the addendum; an order form, then the terms) numbers each anew: a
 * run ends where the numbering starts again at 1 or 2 after reaching 3 or more, or where an article "1" or "2" comes
 * a second time (an order form of points "1.1" … "2.1" over terms of articles "1" … "9"). Offsets [start, end) of each run.
 */
export function numberingRuns(doc: Document): Array<{ start: number; end: number }> {
  const starts = [0];
  let prev = 0;
  let seen = new Set<number>();
  for (const sec of [...doc.sections].sort((a, b) => a.start - b.start)) {
    const top = Number.parseInt(sec.number, 10);
    if (!Number.isFinite(top)) continue;
    if (top <= 2 && (prev >= 3 || (sec.level === 1 && seen.has(top)))) {
      starts.push(sec.start);
      seen = new Set();
    }
    seen.add(top);
    prev = top;
  }
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? doc.text.length }));
}

/** `partsOf`: the file's documents (documents.ts), asked for only where an amendment stands. */
export function findAmendments(ctx: MatchContext, rules: RuleSet, partsOf: () => readonly FilePart[] = () => findParts(ctx)): Amendment[] {
  const out: Amendment[] = [];
  const runs = numberingRuns(ctx.doc);
  let titles: number[] | undefined;
  let namer: { parts: readonly FilePart[]; name: DocumentNamer } | undefined;
  const documents = () => {
    if (!namer) {
      const parts = partsOf();
      namer = { parts, name: documentNamer(ctx, parts, []) };
    }
    return namer;
  };
  /** Where a stretch names a document other than the contract as a whole, after "of"/"van" ("Paragraph 5 (Step-In) of
   * Schedule 2", "artikel 14 van de Algemene Voorwaarden"), by a word that names a document; else undefined. */
  // The contract's own names ("Overeenkomst", "Agreement") and a title's noise words, read once per file.
  let plainWords: { main: Set<string>; plain: Set<string> } | undefined;
  const plainOf = () => {
    if (!plainWords) {
      const main = labels(ctx.rules.layout.mainDocument);
      plainWords = { main: new Set(main), plain: new Set([...main, ...labels(ctx.rules.layout.titleNoise)].flatMap((l) => l.split(' '))) };
    }
    return plainWords;
  };
  const otherDocumentFrom = (start: number, end: number): number | undefined => {
    const of = [...ctx.doc.text.slice(start, end).matchAll(/\b(?:of|van|in|under|uit)\s+/gi)].pop();
    if (!of) return undefined;
    const from = start + of.index! + of[0].length;
    if (!termHits(ctx, ctx.rules.layout.documentKind, from, end).length) return undefined;
    // ("of the Agreement", "van de Overeenkomst" name the contract as a whole: no narrower document.)
    const { plain } = plainOf();
    if (norm(ctx.doc.text.slice(from, end)).split(' ').every((w) => !w || plain.has(w) || AMENDMENT_VERB.test(w))) return undefined;
    return from;
  };
  /** Whether a stretch names another document, by a kind's word or by a capitalised name that is not the contract's own
   * ("Section 8.2 van de EULA komt te vervallen"). */
  const namesOther = (start: number, end: number): boolean => {
    if (otherDocumentFrom(start, end) !== undefined) return true;
    const m = /\b(?:van|of|uit|under)\s+(?:(?:de|het|the)\s+)?(\p{Lu}[\p{L}-]*)/u.exec(ctx.doc.text.slice(start, end));
    return !!m && !plainOf().main.has(m[1]!.toLowerCase());
  };
  /** The one document of the file a stretch names, other than the one it stands in. */
  const namedDocument = (start: number, end: number): { start: number; end: number } | undefined => {
    documents();
    if (namer!.parts.length < 2) return undefined;
    const from = otherDocumentFrom(start, end);
    if (from === undefined) return undefined;
    const own = partAt(namer!.parts, start);
    const docs = namer!.name({ start: from, end }, own);
    const only = docs.length === 1 && typeof docs[0] === 'number' ? namer!.parts[docs[0]] : undefined;
    return only && docs[0] !== own ? { start: only.start, end: only.end } : undefined;
  };
  /** The part of the file that holds `at`, where that part is titled as a later document (an addendum, an amendment). */
  const laterPart = (at: number): { start: number; end: number } | undefined => {
    const { parts } = documents();
    const k = partAt(parts, at);
    const part = parts[k]!;
    // (A later document by its title's name: "PUBLIC SECTOR ADDENDUM", "Wijzigingsovereenkomst nr. 1"; also the file's
    // first, where the file is the amendment itself: "TWEEDE WIJZIGINGSOVEREENKOMST … 1.1 Artikel 3 van de Overeenkomst
    // wordt vervangen door: "…"" leaves the amendment's own article 3.)
    // (The first by a title that opens with that name, after at most an ordinal: "AMENDMENT NO. 2", "TWEEDE
    // WIJZIGINGSOVEREENKOMST"; not "HOSTING SERVICES AGREEMENT AND AMENDMENT NO. 1", a file that holds both.)
    const titleEnd = Math.min(part.end, part.start + (part.title?.length ?? 0) + 1);
    const hits = part.title ? termHits(ctx, ctx.rules.layout.documentName, part.start, titleEnd) : [];
    const first = ctx.index.unit(part.start, titleEnd).t0;
    const later = k > 0 ? hits.length > 0 : hits.some((h) => h.t0 <= first + 1);
    return later ? { start: part.start, end: part.end } : undefined;
  };
  for (const a of rules.amendments) {
    for (const si of sentencesWith(ctx, a.deletes, a.pack)) {
      const spans = evaluate(ctx, a.deletes, a.pack, ctx.index.sentences[si]!);
      if (!spans) continue;
      const s = ctx.doc.sentences[si]!;
      // Read the articles the deletion is said of: the last list of articles before its verb ("In consideration of the fee
      // reduction in Section 4 below, Section 9.3 of the Agreement is hereby deleted" strikes 9.3, not 4; "clause 17 (Change
      // of Control) and clause 19 (Exit management) … are deleted" both), or the first after it ("vervallen artikel 9 en
      // artikel 10"). The matched pieces that are no article word are the verbs.
      const text = ctx.doc.text.slice(s.start, s.end);
      const offsets = spans.map((x) => (ctx.index.tokens[x.t0]?.start ?? s.start) - s.start).filter((o) => o >= 0);
      const verb = Math.min(text.length, ...offsets.filter((o) => !opensWithArticleWord(text.slice(o))));
      // (Not the amending document's own articles: "[Dit artikel is vervallen bij Addendum 1; zie artikel 3 van het
      // addendum.]", "as set out in Section 2 of this Amendment".)
      const lists = articleListStarts(text).filter((o) => !OF_AMENDMENT.test(text.slice(o, o + 60)));
      // (Not the heading's own number before it: "Artikel I - Vervallen van artikel 17" strikes 17.)
      const ownNumber = ctx.doc.sections[s.section]?.number;
      // (… nor where the sentence names what it strikes by its heading: 'Artikel I. Het artikel "Wijziging in zeggenschap"
      // van de overeenkomst vervalt'.)
      const heading = (o: number) =>
        o <= 3 && articleList(text.slice(o), true).every((n) => n === ownNumber) && (lists.some((x) => x > verb) || headedClauses(ctx.doc, text, s.start).length > 0);
      // (Nor a clause a phrase before the verb refers to: "In ruil voor de korting bedoeld in artikel 8.1 vervalt artikel
      // 2.2" strikes 2.2.)
      const referred = (o: number) => REFERRED_TO.test(text.slice(Math.max(0, o - 24), o)) && lists.some((x) => x > verb);
      // (Nor a law's article: "die de Dienst heeft onderzocht in het licht van artikel 38/3 AUR, wordt artikel 6 …
      // geschrapt".)
      const before = lists.filter((o) => o < verb && !heading(o) && !referred(o) && !LAW_ARTICLE.test(text.slice(o)));
      // The verb first, its subject right after it: "Gezien de exitregeling in artikel 10 vervalt artikel 9" strikes 9.
      const verbEnd = verb + (/^\S+/u.exec(text.slice(verb))?.[0].length ?? 0);
      const right = lists.find((o) => o >= verbEnd && text.slice(verbEnd, o).trim() === '');
      const at = right !== undefined ? right : before.length ? before[before.length - 1]! : lists.find((o) => o >= verb);
      const said = at === undefined ? '' : text.slice(at);
      // "Section 14.3 of the Agreement and the definition of "Ridgeback Transaction" in Section 1.3 are hereby deleted": a
      // list joined to the last by "and", with no comma or verb between, is said of too.
      const joined: string[] = [];
      for (let k = right !== undefined ? -1 : before.length - 2; k >= 0; k--) {
        const between = text.slice(before[k]!, before[k + 1]!);
        if (between.length > 160 || /[,;:]/.test(between.replace(/["“][^"”]*["”]/g, '')) || !/\b(?:and|en)\b/i.test(between)) break;
        joined.push(...articleList(text.slice(before[k]!, before[k + 1]!), true));
      }
      // Not the articles of a law ("… and articles 7:408 and 7:411 of the Dutch Civil Code shall not apply"): a law's
      // article is numbered book:article.
      // Nor the whole article a definition stands in ("The definition of "Change of Control" in clause 1 is deleted and
      // replaced …" leaves clause 1's other definitions): an amendment of a definition takes back that definition only
      // (definitions.ts), and a number that is the definition's own paragraph ("artikel 1.5") alone.
      const ofDefinition = at !== undefined && DEFINITION_IN.test(text.slice(Math.max(0, at - 100), at));
      const leaf = (n: string) => !ctx.doc.sections.some((x) => x.number !== n && withinClause(x.number, n));
      // (A paragraph the text does not number as a clause of its own, "Section 5(a)" of an article whose items run inline,
      // is read as its article.)
      const asNumbered = (n: string) => (ctx.doc.sections.some((x) => withinClause(x.number, n)) ? n : n.replace(/\(.*$/, ''));
      const listed = BOOK_ARTICLE.test(said) ? [] : [...new Set([...joined, ...articleList(said, true).map(asNumbered).filter((n) => !ofDefinition || leaf(n))])];
      // A clause named by its heading where the numbers are Word's own and not in the text: 'the clause headed "Source
      // Code Escrow" is deleted in its entirety' strikes the clause with that heading before it.
      const headed = listed.length ? [] : headedClauses(ctx.doc, text, s.start);
      const closed = listed.length || headed.length ? undefined : closedQuotationArticle(ctx.doc.text, s.start, verb);
      // … or the articles the sentence before names, where this one points back to them: "… op de onderwerpen overdracht
      // (artikel 9 AIV) en beëindiging (artikelen 15, 16 en 17 AIV). Op die onderwerpen … zijn de genoemde artikelen van de
      // AIV niet van toepassing".
      // (Not where the sentence before is itself the amendment of those articles: "De artikelen 9 tot en met 12 … worden
      // vervangen door de hierna volgende tekst. De oorspronkelijke tekst van die artikelen vervalt.")
      const prevStart = ctx.doc.sentences[si - 1]?.start;
      const back = listed.length || headed.length || closed || out.some((x) => x.evidence.start === prevStart) ? [] : articlesBefore(ctx, si);
      // (A clause cited with its title that the clause of that number here does not bear is another version's numbering:
      // "Clause 15 (Change of Control) … is deleted" in a consolidated text where clause 15 is now "Assignment".)
      const cited = (listed.length ? listed : headed.length ? headed : closed ? [closed] : back).filter((n) => !titledOtherwise(ctx.doc, n, said));
      // A paragraph of the article named by its opening words ('The last paragraph of Article IX …, beginning "If Arcline
      // is acquired by", is hereby deleted'): only the clause of that article that opens with them.
      const openingWords = OPENING_QUOTE.exec(text)?.[1];
      const deletes = openingWords ? (openedClause(ctx.doc, cited, openingWords) ?? cited) : cited;
      if (!deletes.length) continue;
      // A consolidated text shows the article as it now reads: "Artikel 6 … wordt vervangen door de hierboven weergegeven
      // tekst" strikes only an older text of it shown before that one ("6.1 (vervallen) …" above "6.1 …").
      // (The last article or paragraph of that very number: its paragraphs go with it.)
      const shown = IN_PLACE.test(text) ? ctx.doc.sections.filter((x) => x.start < s.start && deletes.includes(x.number)).pop()?.start : undefined;
      // A sentence that states a clause of its own beside the deletion ("Neither party may assign … without consent;
      // section 16 of the EULA does not apply") is no deletion only: its other part is read as usual.
      const parts = [...text.matchAll(/[^;]+/g)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length })).filter((p) => /\p{L}{3}/u.test(ctx.doc.text.slice(p.start, p.end)));
      const more = parts.length > 1 && parts.some((p) => !evaluate(ctx, a.deletes, a.pack, ctx.index.unit(p.start, p.end)));
      // A replacement that is only a marker of the deletion ('replaced with the following: "12.4 [Reserved]."') strikes.
      const deletionOnly = !(a.replaces && evaluate(ctx, a.replaces, a.pack, ctx.index.sentences[si]!)) || markerReplacement(ctx, s.start, text);
      const amendment = { deletes, deletionOnly, evidence: sentenceEvidence(ctx.doc, `${a.pack}/amendment`, si, s) };
      if (more) statesMore.add(amendment);
      // In a file of several documents an amendment speaks of another one ("Artikel 8.2 van de MSA vervalt" in the
      // addendum's own article 4): its own document's articles stay. An article of that number earlier in the file is
      // the one meant; only an amendment with nothing to strike before it reaches forward.
      const run = runs.length > 1 ? runs.find((r) => s.start >= r.start && s.start < r.end) : undefined;
      // An unnumbered document on top of its run (an order schedule above the terms it varies: "(a) Clause 11 of the
      // Terms does not apply to this Order Schedule") is a document of its own: the run's articles are the terms'.
      const first = ctx.doc.sections.find((x) => run && x.start >= run.start && x.start < run.end)?.start;
      const inRun = run && first !== undefined && s.start < first && s.section < 0 ? { start: run.start, end: first } : run;
      // A document of its own within the run: a titled amendment ("Wijzigingsovereenkomst" with clauses "I.", "II.")
      // after the contract it amends, whose articles are no longer its own.
      const title = inRun && (titles ??= laterDocuments(ctx)).filter((t) => t > inRun.start && t <= s.start).pop();
      // (Not the first run, where the sentence names no other document: "Partijen zijn bij Addendum 1 overeengekomen dat §
      // 13 (Broncodedepot) … vervalt" in the contract itself, whose annexes number anew, strikes the contract's own article.)
      const firstRun = !!inRun && inRun.start === runs[0]!.start && title === undefined;
      const ownsArticles = !firstRun || (at !== undefined && at < verb && namesOther(s.start + at, s.start + verb));
      const own = !ownsArticles ? undefined : inRun && title !== undefined ? { start: title, end: inRun.end } : inRun;
      const earlier = ctx.doc.sections.some(
        (x) => x.start < s.start && !(own && x.start >= own.start && x.start < own.end) && deletes.some((n) => withinClause(x.number, n)),
      );
      // A replacement quoted in the amendment itself ("Artikel 17.2 AIV … wordt vervangen door: "…"") leaves no new text
      // under that number further on: the article of that number in the terms attached below is the old one.
      // (The quotation may open on the line after: "A.3 Artikel 15.2 van de Overeenkomst komt te luiden: | "15.2 …"; that
      // quotation is the new text, and the reach forward begins after it.)
      const opening = /^\s*["“„]/.exec(ctx.doc.text.slice(s.end, s.end + 8));
      const quotedNew = !deletionOnly && QUOTED_REPLACEMENT.test(text + (opening?.[0] ?? ''));
      const after = opening && quotedNew ? closingQuote(ctx.doc.text, s.end + opening[0].length) : undefined;
      // Where the amendment's own document opens (its title), whether or not the numbering starts again there.
      const opens = (titles ??= laterDocuments(ctx)).filter((t) => t <= s.start).pop();
      // An article of a document the sentence names ("Paragraph 5 (Step-In) of Schedule 2 is deleted", "Clause 11 of the
      // Supplier Terms shall not apply"): only that document's article of that number goes.
      const named = at !== undefined && at < verb ? namedDocument(s.start + at, s.start + verb) : undefined;
      // (Its own document, where the numbering does not tell it: a titled addendum after the terms, "PUBLIC SECTOR
      // ADDENDUM … A3. … A6. Section 10 is replaced as follows".)
      const ownPart = own ?? laterPart(s.start);
      reach.set(amendment, { own: ownPart, forward: (deletionOnly || quotedNew) && !earlier, opens, newTextEnd: after, ...(named ? { within: named } : {}), ...(shown !== undefined ? { spare: shown } : {}) });
      out.push(amendment);
    }
  }
  return withoutRestored(ctx, rules, out);
}

/** A quotation of a paragraph's opening words ('beginning "If Arcline is acquired by"', 'beginnend met "Indien …"'). */
const OPENING_QUOTE = new RegExp(`${OPENING_LEAD}["“]([^"”]{5,200})["”]`, 'i');

/** The number of the clause within `articles` whose text opens with `words`, as a list, or undefined. */
function openedClause(doc: Document, articles: readonly string[], words: string): string[] | undefined {
  const want = norm(words);
  const hit = doc.sections.find((x) => articles.some((n) => x.number !== n && withinClause(x.number, n)) && norm(doc.text.slice(x.start, x.start + 80 + words.length)).includes(want));
  return hit ? [hit.number] : undefined;
}

/**
 * The articles the sentence before `si` names (in the same article), where sentence `si` points back to them by the
 * packs' `articlesBack` ("de genoemde artikelen", "the said clauses"). Not an article it deviates from or refers to ("In
 * afwijking van artikel 2 lid 2 AIV", "bedoeld in artikel 4"), nor a law's.
 */
function articlesBefore(ctx: MatchContext, si: number): string[] {
  const s = ctx.doc.sentences[si]!;
  const prev = ctx.doc.sentences[si - 1];
  if (!prev || prev.section !== s.section || !termHits(ctx, ctx.rules.layout.articlesBack, s.start, s.end).length) return [];
  const text = ctx.doc.text.slice(prev.start, prev.end);
  const aside = (o: number) =>
    REFERRED_TO.test(text.slice(Math.max(0, o - 24), o)) ||
    LAW_ARTICLE.test(text.slice(o)) ||
    termHits(ctx, ctx.rules.layout.overridesOthers, prev.start + Math.max(0, o - 30), prev.start + o).length > 0;
  return [...new Set(articleListStarts(text).filter((o) => !aside(o)).flatMap((o) => articleList(text.slice(o), true)))];
}

/**
 * A later amendment that puts struck articles back ("Artikel 6 wordt … opnieuw opgenomen in de Overeenkomst, in de
 * redactie zoals die luidde vóór de Eerste Wijzigingsovereenkomst"): deletions before it no longer strike those articles.
 */
function withoutRestored(ctx: MatchContext, rules: RuleSet, amendments: Amendment[]): Amendment[] {
  if (!amendments.length) return amendments;
  const restorations: Array<{ at: number; articles: string[] }> = [];
  for (const a of rules.amendments) {
    if (!a.restores) continue;
    for (const si of sentencesWith(ctx, a.restores, a.pack)) {
      if (!evaluate(ctx, a.restores, a.pack, ctx.index.sentences[si]!)) continue;
      const s = ctx.doc.sentences[si]!;
      const text = ctx.doc.text.slice(s.start, s.end);
      const at = articleListStarts(text)[0];
      const articles = at === undefined ? [] : articleList(text.slice(at), true);
      if (articles.length) restorations.push({ at: s.start, articles });
    }
  }
  if (!restorations.length) return amendments;
  return amendments.flatMap((a) => {
    const back = restorations.filter((r) => r.at > a.evidence.start).flatMap((r) => r.articles);
    // "Section 7.1, as amended by the First Amendment, is deleted and the text of Section 7.1 as it read on the date of
    // the original Agreement is restored": the sentence strikes the amended text only, from the earlier amendment on.
    const here = restorations.filter((r) => r.at === a.evidence.start).flatMap((r) => r.articles);
    const deletes = a.deletes.filter((n) => !back.some((b) => withinClause(n, b)));
    if (!deletes.length) return [];
    const r = reach.get(a);
    let from: number | undefined;
    if (here.length) {
      const earlier = amendments.filter((x) => x.evidence.start < a.evidence.start && x.deletes.some((n) => here.some((b) => withinClause(n, b))));
      if (!earlier.length) return [];
      from = earlier[0]!.evidence.start;
    }
    if (deletes.length === a.deletes.length && from === undefined) return [a];
    const kept = { ...a, deletes };
    if (r) reach.set(kept, { ...r, ...(from !== undefined ? { after: from } : {}) });
    if (statesMore.has(a)) statesMore.add(kept);
    return [kept];
  });
}

/** Words between a document's name and the verb that strikes ("of the Agreement is hereby deleted"). */
const AMENDMENT_VERB = /^(?:is|are|shall|will|be|hereby|wordt|worden|zijn|is|komt|komen|vervalt|vervallen|met|ingang|van)$/i;

/** The article a definition stands in, named after it: 'the definition of "Change of Control" in ', 'de definitie van
 * "Overname" in '. */
const DEFINITION_IN = new RegExp(`${DEFINITION_OF}["“'‘][^"”'’\n]{1,60}["”'’]\\s*,?\\s*(?:(?:as\\s+)?(?:set\\s+out|contained|opgenomen|vermeld)\\s+)?(?:in|uit|van|under)\\s+$`, 'iu');

/** Words that say a text's clauses were renumbered. */
const RENUMBERED = /\b(?:renumber\w*|re-number\w*|hernummer\w*|vernummer\w*)\b/i;

/** The first `k` letters of a title's words of four letters or more, lower case ("Escrowregeling" and "Escrow" share
 * "escr"). */
const titleWords = (text: string, k = 4): Set<string> => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, k)));

/** Whether a file says its clauses were renumbered, once per document. */
const renumberedDocs = new WeakMap<Document, boolean>();
const saysRenumbered = (doc: Document): boolean => {
  let v = renumberedDocs.get(doc);
  if (v === undefined) renumberedDocs.set(doc, (v = RENUMBERED.test(doc.text)));
  return v;
};

/** Whether the amendment's text cites clause `n` with a title in brackets ("Clause 15 (Change of Control)") that shares no
 * word with the heading the clause of that number has in this document, where the file says its clauses were renumbered. */
function titledOtherwise(doc: Document, n: string, said: string): boolean {
  // (Only where the file says its clauses were renumbered: a title is often a synonym of the heading, "Clause 11 (Deposit
  // of Source Code)" of "11. Escrow".)
  if (!saysRenumbered(doc)) return false;
  const m = new RegExp(`\\b${n.replace(/\./g, '\\.')}\\s*\\(([^)]{3,60})\\)`).exec(said);
  if (!m) return false;
  const heads = doc.sections.filter((x) => x.number === n && x.heading.trim()).map((x) => titleWords(x.heading));
  if (!heads.length) return false;
  const cited = titleWords(m[1]!);
  return cited.size > 0 && heads.every((h) => ![...cited].some((w) => h.has(w)));
}

/** A replacement said to be the text shown above, in a consolidated version. */
// (… or "is replaced by the text now shown as clause 6.1 and 6.2", "door de tekst die thans als artikel 6 is opgenomen", or a
// pointer in brackets: "Artikel 9 komt te luiden als volgt: [zie de tekst van artikel 9 hierboven]".)
const IN_PLACE = /\b(?:door|by|with)\s+(?:de|the)\s+(?:tekst\s+)?(?:hierboven|above|hereinabove)\s+(?:weergegeven|opgenomen|afgedrukt|set\s+out|shown|reproduced)\b|\b(?:zoals|as)\s+(?:hierboven|above|hereinabove)\s+(?:weergegeven|opgenomen|set\s+out|shown|reproduced)\b|\b(?:text|wording)\s+now\s+(?:shown|set\s+out|printed|reproduced)\s+(?:as|in)\b|\btekst\s+die\s+(?:thans|nu)\s+(?:als|in)\b|\b(?:zie|see)\s+(?:de\s+|the\s+)?(?:tekst|text|wording)\s+(?:van|of)\s+(?:artikel|article|clause|section)\s+\d[\d.]*\s+(?:hierboven|above)\b/i;

/** An article of a law numbered book:article ("articles 7:408 and 7:411 of the Dutch Civil Code shall not apply"): where
 * it is the list said to go, the sentence strikes nothing of the contract's own (not even a clause it cited before). */
const BOOK_ARTICLE = /^\S+\s+\d+:\d/;
/** An article of a law a number's slash or the law's short name marks ("artikel 38/3 AUR", "article 28 GDPR"): cited before
 * the verb, it is passed over for the contract's article the sentence goes on to strike. */
const LAW_ARTICLE = /^\S+\s+\d+(?:[./]\d+)*\s*(?:\/\s*\d+|(?:AUR|BW|KB|WVV|AVG|GDPR|Awb|Aw|UAV)\b)/u;

/** Words that make the clause after them one a phrase refers to: "bedoeld in", "referred to in". */
const REFERRED_TO = /\b(?:bedoeld|genoemd|vermeld|opgenomen|referred to|described|set out|mentioned)\s+in\s+$/i;

/** A replacement given in quotes after its verb: "vervangen door: "…"", "replaced by the following: "…"". */
// (… also "replaced with the words "[Intentionally Omitted]"", "vervangen door de woorden "[Vervallen]"".)
const QUOTED_REPLACEMENT = /\b(?:door|by|with|als volgt|as follows|the following|luiden|read)(?:\s+(?:the|de|het)\s+(?:(?:volgende|following|nieuwe|new)\s+)?(?:words?|woorden|tekst|text|bepaling|provision|wording|clause|lid|artikel|paragraph))?\s*:?\s*["“„]/i;

/** Whether the replacement quoted in a sentence is only a marker of its deletion ('"12.4 [Reserved]."', '"Vervallen."'). */
function markerReplacement(ctx: MatchContext, start: number, text: string): boolean {
  const m = QUOTED_REPLACEMENT.exec(text);
  if (!m) return false;
  const open = m.index + m[0].length;
  const close = closingQuote(text, open);
  return close !== undefined && close - 1 > open && deletionMarker(ctx, start + open, start + close - 1);
}

/** An article cited as the amending document's own: "artikel 3 van het addendum", "Section 2 of this Amendment". */
const OF_AMENDMENT = /^\S+\s+[\p{L}\d.()]+\s+(?:of|van|in)\s+(?:the|this|het|dit|de|deze)\s+(?:amendment|addendum|wijzigingsovereenkomst|wijzigingsakkoord|allonge)\b/iu;

/** "the clause headed "Source Code Escrow"", "het artikel met als kop "Escrow"": a clause named by its heading. */
// (The quoted heading may follow the word itself: 'Het artikel "Broncodedepot" van de Overeenkomst vervalt'.)
const HEADED = /\b(?:clause|section|article|provision|artikel|bepaling)\s+(?:(?:of|van|in)\s+(?:the|this|that|de|het|deze|dit)\s+[\p{L}-]+\s+)?(?:(?:headed|entitled|titled|named|captioned|met\s+(?:de\s+|als\s+)?(?:titel|kop|opschrift)|getiteld)\s+)?["“„']([^"”'\n]{2,60})["”']/giu;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const ORDINAL_PART = new RegExp(String.raw`\b(${ORDINALS.join('|')})\s+(?:paragraph|sub-?clause|sub-?section|lid|alinea)\s+(?:of|van)\s+(?:the|this|het|dit|de)?\s*$`, 'i');

/** The numbers of the clauses before `before` whose heading a sentence names that way. */
function headedClauses(doc: Document, text: string, before: number): string[] {
  const norm = (h: string) => h.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // (A consolidated text may mark the heading with its fate: "16. Exit (gewijzigd)", "10. Change of Control (deleted)".)
  const titled = (title: string) =>
    doc.sections.filter((sec) => sec.start < before && (norm(sec.heading) === title || norm(sec.heading.replace(FATE_MARK, '')) === title)).map((sec) => sec.number);
  const out: string[] = [];
  for (const m of text.matchAll(HEADED)) {
    const title = norm(m[1]!);
    // (A heading the text has blanked, a defined term's quotation, names no clause: an empty title would name every clause
    // without a heading.)
    if (!title) continue;
    // (Not the clause a definition stands in: 'The definition of "Change of Control" in the clause headed "Definitions" is
    // deleted' takes back that definition only, as a numbered one does.)
    if (DEFINITION_IN.test(text.slice(Math.max(0, m.index! - 100), m.index!).replace(/\b(?:the|this|het|dit|de)\s+$/iu, ''))) continue;
    // "the third paragraph of the clause … headed "Termination"": that paragraph, where the text numbers it.
    const nth = ORDINAL_PART.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    const k = nth ? (ORDINALS.indexOf(nth[1]!.toLowerCase()) % 10) + 1 : 0;
    const clauses = titled(title);
    const paragraphs = k ? clauses.map((n) => `${n}.${k}`).filter((n) => doc.sections.some((x) => x.number === n && x.start < before)) : [];
    for (const n of paragraphs.length ? paragraphs : clauses) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A bracketed note at the end of a heading: "(gewijzigd)", "(deleted)", "[vervallen]". */
const FATE_MARK = /\s*[([][^()[\]\n]{1,30}[)\]]\s*$/u;

/** Amendments whose sentence states more than the deletion (read as usual). */
const statesMore = new WeakSet<Amendment>();

/** Whether the amendment's own sentence says nothing but the deletion, so it is no clause itself. */
export const onlyStrikes = (a: Amendment): boolean => a.deletionOnly && !statesMore.has(a);

/** Per amendment: its own document in a file of several (whose articles it leaves), and whether it reaches forward. */
const reach = new WeakMap<Amendment, { own?: { start: number; end: number }; forward: boolean; opens?: number; after?: number; newTextEnd?: number; within?: { start: number; end: number }; spare?: number }>();

/** Characters at most in a replacement quoted after its amendment. */
const NEW_TEXT_CHARS = 4000;

/** Where a quotation that opened at `from` closes (after its closing mark), or undefined. */
function closingQuote(text: string, from: number): number | undefined {
  const m = /["”]/.exec(text.slice(from, from + NEW_TEXT_CHARS));
  return m ? from + m.index + 1 : undefined;
}

/**
 * Whether evidence lies in an article an amendment struck out: earlier in the document than the amendment, or after it
 * when the amendment only strikes out and names no earlier article (an order form's "Clause 10.5 of the Terms shall not
 * apply" stands before the terms it switches off; a replacement text may follow under the same number).
 */
export function struckOut(e: Evidence, amendments: readonly Amendment[], text: string): Amendment | undefined {
  // Called for every finding: most documents have no amendment, and then nothing is read.
  if (!amendments.length) return undefined;
  // A quotation of an article is that article, wherever it is quoted.
  const quoted = quotedArticle(text, e);
  // "B. Artikel 17, derde lid, vervalt. Dit lid luidde: "…"": the old text quoted right after the amendment that strikes it.
  if (POINTED_OLD_TEXT.test(e.quote)) {
    const before = amendments.find((a) => a.evidence.end <= e.start && e.start - a.evidence.end <= POINTED_GAP);
    if (before) return before;
  }
  const section = quoted ?? e.section;
  if (!section) return undefined;
  const newText = quoted !== undefined && inNewText(text, e.start);
  return amendments.find(
    (a) =>
      !(newText && OLD_TEXT_STRUCK.test(a.evidence.quote)) &&
      (e.start < a.evidence.start || (quoted !== undefined && e.start === a.evidence.start) || (!!reach.get(a)?.forward && e.start >= (reach.get(a)?.newTextEnd ?? a.evidence.end))) &&
      e.start >= (reach.get(a)?.after ?? 0) &&
      // (Not the text a consolidated version shows as current: the last one of that number before the amendment.)
      !(reach.get(a)?.spare !== undefined && e.start >= reach.get(a)!.spare! && e.start < a.evidence.start) &&
      // (The amendment's own article is not struck, unless the amendment stands in a later document than the evidence:
      // an article an addendum inserted runs on into the next addendum that strikes it.)
      (quoted !== undefined || (!inside(e.start, reach.get(a)?.own) && (e.section !== a.evidence.section || e.start < (reach.get(a)?.opens ?? -1)))) &&
      (quoted !== undefined || !reach.get(a)?.within || inside(e.start, reach.get(a)?.within)) &&
      a.deletes.some((n) => withinClause(section, n) && !otherTitle(text, e.start, n, a.evidence)),
  );
}

/** An article the amendment cites with its title ("artikel 12 (Overdracht van rechten en verplichtingen) … vervallen")
 * whose heading before the evidence shares no word with that title ("Artikel 12 – Gegevens na beëindiging" of the
 * supplier's terms in an annex after the amendment): another document's article of that number. Also later in the
 * amendment's own document, where the sentence cites another document's articles by number and title ("De artikelen 7
 * (Escrow) en 18 (Tussentijdse opzegging) van de Raamovereenkomst zijn niet van toepassing" before this contract's
 * "Artikel 7 – Wijziging in zeggenschap"); there the titles must share not even a word's first letters. */
function otherTitle(text: string, at: number, n: string, by: Evidence): boolean {
  const num = n.replace(/\./g, '\\.');
  const cited =
    new RegExp(String.raw`\b(?:artikel|article|clause|section)\s+${num}\s*\(([^)]{3,60})\)`, 'i').exec(by.quote)?.[1] ??
    new RegExp(String.raw`\b(?:artikelen|articles|clauses|sections)\b[^.;]{0,120}?[\s,]${num}\s*\(([^)]{3,60})\)`, 'i').exec(by.quote)?.[1];
  if (!cited || at < by.end) return false;
  const annex = ANNEX_LINE.test(text.slice(by.end, at));
  const heads = [...text.slice(Math.max(0, at - HEADING_BACK), at).matchAll(new RegExp(String.raw`(?:^|\n)[ \t]*(?:artikel|article|clause|section)?[ \t]*${n.replace(/\./g, '\\.')}[ \t]*[.:–—-]?[ \t]+([^\n]{3,80})`, 'gi'))];
  const head = heads.pop()?.[1];
  if (!head) return false;
  const k = annex ? 6 : 4;
  const mine = titleWords(head, k);
  return ![...titleWords(cited, k)].some((w) => mine.has(w));
}

/** An annex's title line between the amendment and the evidence. */
const ANNEX_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*${ANNEX_WORD}\b`, 'i');

/** Characters before a finding within which its article's heading is looked for. */
const HEADING_BACK = 4000;

/** "artikel 13.4 … thans luidt: "…"", "Clause 9, which read: "…"", "een artikel 8 bevatte met de volgende tekst: "…"": the
 * number of the article whose text is quoted. */
// (A title in quotes may stand between: 'Artikel 17 van de Overeenkomst ("Wijziging van zeggenschap"), dat luidde:'; the
// quotation may open in the next sentence.)
const QUOTED_ARTICLE = /\b(?:artikel|article|clause|section)\s+(\d+(?:\.\d+)*)\b((?:[^"“”]|["“][^"“”\n]{1,60}["”]){0,80}?)\b(?:luidt|luidde|luidden|reads|read|provides|provided|met\s+de\s+volgende\s+tekst|with\s+the\s+following\s+(?:text|wording))\s*:?\s*(?:that\s+|dat\s+)?(?:["“]|$)/i;
/** The old text in brackets right after the article's name: 'artikel 17 van de concept-Raamovereenkomst ("Wijziging in
 * zeggenschap: Afnemer is bevoegd …") … is geschrapt'. */
const QUOTED_IN_BRACKETS = /\b(?:artikel|article|clause|section)\s+(\d+(?:\.\d+)*)\b([^"“”()\n]{0,60}?)\s*\(\s*["“]/i;
/** The verb first, as Dutch puts it after an opening phrase: 'In het concept van deze overeenkomst luidde artikel 8.1: "…"'. */
const QUOTED_ARTICLE_AFTER = /\b(?:luidde|luidden|luidt)\s+(?:het\s+)?artikel\s+(\d+(?:\.\d+)*)\b([^"“”\n]{0,40}?)\s*:?\s*["“]/i;
/** What an article said, told in the past tense by a recital: "WHEREAS, Section 15.3 of the Agreement provided that GSPD
 * could terminate …", "Overwegende dat artikel 9 van de Overeenkomst bepaalde dat …"; or says, before a later paragraph
 * deletes it: "Section 15.2 of the Agreement currently permits Customer to terminate …". */
const REPORTED_ARTICLE = /^\W*(?:whereas,?\s+|overwegende(?:\s+dat)?\s+)?(?:\(?[a-z\d]{1,3}[.)]\s+)?(?:the\s+|het\s+)?(?:artikel|article|clause|section)\s+(\d+(?:\.\d+)*)\b[^.;"“]{0,60}?\b(?:provided|permitted|allowed|entitled|required|obliged|obligated|gave|granted|bepaalde|gaf|regelde|verplichtte|(?:currently\s+|thans\s+)?(?:provides|permits|allows|entitles|gives|grants|requires|bepaalt|geeft|regelt))\b/i;
/** … or what a party had to do under it: "A. Under Section 11 of the License Agreement, Sablewood agreed to maintain a
 * deposit of the source code …", "Op grond van artikel 9 was Leverancier verplicht …". */
const REPORTED_UNDER = /^\W*(?:\(?[a-z\d]{1,3}[.)]\s+)?(?:under|pursuant\s+to|in|op\s+grond\s+van|krachtens|volgens|ingevolge)\s+(?:the\s+|het\s+)?(?:artikel|article|clause|section)\s+(\d+(?:\.\d+)*)\b[^.;"“]{0,80}?\b(?:agreed|undertook|was\s+(?:required|obliged|obligated|entitled)|had\s+to|could|verplichtte|moest|kon|was\s+(?:verplicht|gehouden|gerechtigd|bevoegd))\b/i;
/** The same at the end of the text before a quotation opens. */
const QUOTE_LEAD = new RegExp(QUOTED_ARTICLE.source.replace('(?:["“]|$)', '$'), 'i');
/** "Dit lid luidde: "…"", "This clause read: "…"": the text an amendment just struck, pointed back to. */
// (… or "De oorspronkelijke tekst luidde: "…"", "The original wording read: "…"".)
const POINTED_OLD_TEXT = /^\s*(?:dit|deze|dat|die|de|this|that|the|such)\s+(?:(?:oorspronkelijke|oude|vorige|original|former|previous)\s+)?(?:artikel|artikellid|lid|bepaling|tekst|redactie|clause|section|article|provision|paragraph|sub-clause|text|wording)\s+(?:luidde|luidden|read|provided|stated)\s*:?\s*["“]/i;
/** An amendment that strikes an article's old text ("De oorspronkelijke tekst van artikel 12, die luidde: "…", vervalt"):
 * the new text an amendment before it gave the article ("komt te luiden als volgt: "Artikel 12 …"") stands. */
const OLD_TEXT_STRUCK = /\b(?:oorspronkelijke|oude|vorige|original|former|previous)\s+(?:tekst|redactie|text|wording)\b/i;
/** Characters at most between the amendment's sentence and the quotation that follows it. */
const POINTED_GAP = 4;
/** A new text, not the one in force: "luidt voortaan als volgt", "shall read as follows". */
const NEW_TEXT = /\b(?:voortaan|als volgt|as follows|henceforth|shall|will|te|to)\s*$/i;

/** A quotation that opens with an article's number: an article an amendment inserts ('… een nieuw artikel wordt
 * ingevoegd, luidende: "Artikel 6a Escrow. 1. Opdrachtnemer geeft …"'). */
const INSERTED_ARTICLE = /\b(?:clause|article|section|artikel|art\.?)\s+(\d{1,3}[a-z]?(?:\.\d{1,3})*)\s+(?:is|shall\s+be|wordt|worden)\s+(?:hereby\s+)?(?:added|inserted|ingevoegd|toegevoegd)\s*:?\s*["“]/i;
const QUOTE_OPENS_ARTICLE = /^\s*(?:artikel|article|art\.?|clause|section)\s+(\d{1,3}[a-z]?(?:\.\d{1,3})*)\b/i;
/** How far back the opening quote of a quoted article may stand. */
const QUOTE_REACH = 1500;

/** The article whose text the evidence stands in as a quotation: named before the quote in the evidence's own sentence
 * ("overwegende dat artikel 14.3 van de Raamovereenkomst luidt: "…"", unless it is the new text: "luidt voortaan als
 * volgt"), or the article number the quotation opens with ('luidende: "Artikel 6a Escrow. 1. …"'). */
export function quotedArticle(text: string, e: Evidence): string | undefined {
  const named = QUOTED_ARTICLE.exec(e.quote) ?? QUOTED_ARTICLE_AFTER.exec(e.quote) ?? QUOTED_IN_BRACKETS.exec(e.quote);
  if (named && !NEW_TEXT.test(named[2]!)) return named[1];
  const reported = REPORTED_ARTICLE.exec(e.quote) ?? REPORTED_UNDER.exec(e.quote);
  if (reported) return reported[1];
  // An article an amendment inserts, quoted in its own sentence ('A new clause 2.3 is added: "2.3 The Supplier shall
  // deposit …"'): a later amendment that strikes 2.3 strikes it.
  const inserted = INSERTED_ARTICLE.exec(e.quote);
  if (inserted) return inserted[1];
  // (The evidence may open with the quotation mark itself: '"17.1 Indien …'.)
  const open = openQuote(text, /["“]/.test(text.charAt(e.start)) ? e.start + 1 : e.start);
  if (open === undefined) return undefined;
  const m = QUOTE_OPENS_ARTICLE.exec(text.slice(open + 1, e.start));
  if (m) return m[1]!.replace(/^(\d+)([a-z])/, (_, d: string, l: string) => d + l.toUpperCase());
  // A quotation of several sentences: its lead names the article ('Artikel 17 …, dat luidde: "17.1 … 17.2 …"').
  return leadArticle(text, open);
}

/** Whether `at` stands in a quotation its lead gives as an article's new text ("komt te luiden als volgt: "…""). */
function inNewText(text: string, at: number): boolean {
  const open = openQuote(text, /["“]/.test(text.charAt(at)) ? at + 1 : at);
  return open !== undefined && NEW_TEXT.test(text.slice(Math.max(0, open - 60), open).replace(/[\s:]+$/, ''));
}

/** The article the text right before a quotation's opening mark names as the one quoted ("artikel 17 …, dat luidde:"),
 * unless the quotation is its new text ("luidt voortaan als volgt:"). */
function leadArticle(text: string, open: number): string | undefined {
  const lead = QUOTE_LEAD.exec(text.slice(Math.max(0, open - 200), open));
  return lead && !NEW_TEXT.test(lead[2]!) ? lead[1] : undefined;
}

/** The article whose old text a quotation closing before the sentence's verb (at `verb` from `start`) held ('… op te
 * zeggen.", komt … te vervallen'): the verb that strikes it comes after a quotation of several sentences. */
function closedQuotationArticle(text: string, start: number, verb: number): string | undefined {
  const close = Math.max(text.lastIndexOf('"', start + verb), text.lastIndexOf('”', start + verb));
  if (close < start) return undefined;
  const from = Math.max(0, close - QUOTE_REACH);
  const open = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('“', close - 1));
  return open >= from ? leadArticle(text, open) : undefined;
}

/** Where the quotation still open at `at` opens (within QUOTE_REACH and its paragraph), if `at` stands in one. */
function openQuote(text: string, at: number): number | undefined {
  const from = Math.max(0, at - QUOTE_REACH);
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0) return undefined;
  // Still open at `at`: no closing mark after the opening one, and an even count of straight quotes before it in the
  // paragraph.
  if (before.slice(open + 1).includes('”')) return undefined;
  const paragraph = before.lastIndexOf('\n\n');
  if (paragraph > open) return undefined;
  if (before.charAt(open) === '"' && (before.slice(Math.max(0, paragraph), open).split('"').length - 1) % 2 === 1) return undefined;
  return from + open;
}

const inside = (at: number, r?: { start: number; end: number }) => !!r && at >= r.start && at < r.end;

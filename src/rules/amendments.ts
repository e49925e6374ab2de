// Amendments that strike out articles of the contract ("Artikel 12.3 van de Overeenkomst vervalt", "Clause 14.2 is
// deleted and replaced by …"): what those articles said before the amendment no longer counts.
import type { RuleSet } from './compile.js';
import type { Document } from '../document/types.js';
import { sentenceEvidence, type Evidence } from './evidence.js';
import { MatchContext, evaluate, sentencesWith } from './match.js';
import { articleList, articleListStarts, opensWithArticleWord } from './standards.js';
import { withinClause } from '../document/sections.js';
import { laterDocuments } from './drafts.js';

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
 * run ends where the numbering starts again at 1 or 2 after reaching 3 or more. Offsets [start, end) of each run.
 */
export function numberingRuns(doc: Document): Array<{ start: number; end: number }> {
  const starts = [0];
  let prev = 0;
  for (const sec of [...doc.sections].sort((a, b) => a.start - b.start)) {
    const top = Number.parseInt(sec.number, 10);
    if (!Number.isFinite(top)) continue;
    if (top <= 2 && prev >= 3) starts.push(sec.start);
    prev = top;
  }
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? doc.text.length }));
}

export function findAmendments(ctx: MatchContext, rules: RuleSet): Amendment[] {
  const out: Amendment[] = [];
  const runs = numberingRuns(ctx.doc);
  let titles: number[] | undefined;
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
      const lists = articleListStarts(text);
      const before = lists.filter((o) => o < verb);
      const at = before.length ? before[before.length - 1]! : lists.find((o) => o >= verb);
      const said = at === undefined ? '' : text.slice(at);
      // Not the articles of a law ("… and articles 7:408 and 7:411 of the Dutch Civil Code shall not apply"): a law's
      // article is numbered book:article.
      const listed = /^\S+\s+\d+:\d/.test(said) ? [] : articleList(said, true);
      // A clause named by its heading where the numbers are Word's own and not in the text: 'the clause headed "Source
      // Code Escrow" is deleted in its entirety' strikes the clause with that heading before it.
      const deletes = listed.length ? listed : headedClauses(ctx.doc, text, s.start);
      if (!deletes.length) continue;
      // A sentence that states a clause of its own beside the deletion ("Neither party may assign … without consent;
      // section 16 of the EULA does not apply") is no deletion only: its other part is read as usual.
      const parts = [...text.matchAll(/[^;]+/g)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length })).filter((p) => /\p{L}{3}/u.test(ctx.doc.text.slice(p.start, p.end)));
      const more = parts.length > 1 && parts.some((p) => !evaluate(ctx, a.deletes, a.pack, ctx.index.unit(p.start, p.end)));
      const deletionOnly = !(a.replaces && evaluate(ctx, a.replaces, a.pack, ctx.index.sentences[si]!));
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
      const own = inRun && title !== undefined ? { start: title, end: inRun.end } : inRun;
      const earlier = ctx.doc.sections.some(
        (x) => x.start < s.start && !(own && x.start >= own.start && x.start < own.end) && deletes.some((n) => withinClause(x.number, n)),
      );
      reach.set(amendment, { own, forward: deletionOnly && !earlier });
      out.push(amendment);
    }
  }
  return out;
}

/** "the clause headed "Source Code Escrow"", "het artikel met als kop "Escrow"": a clause named by its heading. */
const HEADED = /\b(?:clause|section|article|provision|artikel|bepaling)\s+(?:headed|entitled|titled|named|captioned|met\s+(?:de\s+|als\s+)?(?:titel|kop|opschrift)|getiteld)\s+["“„']([^"”'\n]{2,60})["”']/gi;

/** The numbers of the clauses before `before` whose heading a sentence names that way. */
function headedClauses(doc: Document, text: string, before: number): string[] {
  const norm = (h: string) => h.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const out: string[] = [];
  for (const m of text.matchAll(HEADED)) {
    const title = norm(m[1]!);
    for (const sec of doc.sections) if (sec.start < before && norm(sec.heading) === title && !out.includes(sec.number)) out.push(sec.number);
  }
  return out;
}

/** Amendments whose sentence states more than the deletion (read as usual). */
const statesMore = new WeakSet<Amendment>();

/** Whether the amendment's own sentence says nothing but the deletion, so it is no clause itself. */
export const onlyStrikes = (a: Amendment): boolean => a.deletionOnly && !statesMore.has(a);

/** Per amendment: its own document in a file of several (whose articles it leaves), and whether it reaches forward. */
const reach = new WeakMap<Amendment, { own?: { start: number; end: number }; forward: boolean }>();

/**
 * Whether evidence lies in an article an amendment struck out: earlier in the document than the amendment, or after it
 * when the amendment only strikes out and names no earlier article (an order form's "Clause 10.5 of the Terms shall not
 * apply" stands before the terms it switches off; a replacement text may follow under the same number).
 */
export function struckOut(e: Evidence, amendments: readonly Amendment[]): Amendment | undefined {
  // Called for every finding: most documents have no amendment, and then nothing is read.
  if (!amendments.length) return undefined;
  // A quotation of an article ("overwegende dat artikel 14.3 van de Raamovereenkomst luidt: "…"") is that article,
  // wherever it is quoted.
  const quoted = quotedArticle(e.quote);
  // "B. Artikel 17, derde lid, vervalt. Dit lid luidde: "…"": the old text quoted right after the amendment that strikes it.
  if (POINTED_OLD_TEXT.test(e.quote)) {
    const before = amendments.find((a) => a.evidence.end <= e.start && e.start - a.evidence.end <= POINTED_GAP);
    if (before) return before;
  }
  const section = quoted ?? e.section;
  if (!section) return undefined;
  return amendments.find(
    (a) =>
      (e.start < a.evidence.start || !!reach.get(a)?.forward) &&
      (quoted !== undefined || (!inside(e.start, reach.get(a)?.own) && e.section !== a.evidence.section)) &&
      a.deletes.some((n) => withinClause(section, n)),
  );
}

/** "artikel 13.4 … thans luidt: "…"", "Clause 9, which read: "…"": the number of the article whose text is quoted. */
const QUOTED_ARTICLE = /\b(?:artikel|article|clause|section)\s+(\d+(?:\.\d+)*)\b([^"“”]{0,80}?)\b(?:luidt|luidde|luidden|reads|read|provides|provided)\s*:?\s*["“]/i;
/** "Dit lid luidde: "…"", "This clause read: "…"": the text an amendment just struck, pointed back to. */
const POINTED_OLD_TEXT = /^\s*(?:dit|deze|dat|die|this|that|the|such)\s+(?:artikel|artikellid|lid|bepaling|clause|section|article|provision|paragraph|sub-clause)\s+(?:luidde|luidden|read|provided|stated)\s*:?\s*["“]/i;
/** Characters at most between the amendment's sentence and the quotation that follows it. */
const POINTED_GAP = 4;
/** A new text, not the one in force: "luidt voortaan als volgt", "shall read as follows". */
const NEW_TEXT = /\b(?:voortaan|als volgt|as follows|henceforth|shall|will|te)\s*$/i;

function quotedArticle(quote: string): string | undefined {
  const m = QUOTED_ARTICLE.exec(quote);
  return m && !NEW_TEXT.test(m[2]!) ? m[1] : undefined;
}

const inside = (at: number, r?: { start: number; end: number }) => !!r && at >= r.start && at < r.end;

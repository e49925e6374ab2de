// Amendments that strike out articles of the contract ("Artikel 12.3 van de Overeenkomst vervalt", "Clause 14.2 is
// deleted and replaced by …"): what those articles said before the amendment no longer counts.
import type { RuleSet } from './compile.js';
import { sentenceEvidence, type Evidence } from './evidence.js';
import { MatchContext, evaluate, sentencesWith } from './match.js';
import { articleList } from './standards.js';

export interface Amendment {
  /** Article numbers struck out or replaced. */
  deletes: string[];
  /** The sentence only strikes out ("Artikel 9 (Overname) vervalt"): it names the article's subject but grants
   * nothing, so it is no clause itself. A sentence that brings replacement text is read as usual. */
  deletionOnly: boolean;
  evidence: Evidence;
}

export function findAmendments(ctx: MatchContext, rules: RuleSet): Amendment[] {
  const out: Amendment[] = [];
  for (const a of rules.amendments) {
    for (const si of sentencesWith(ctx, a.deletes, a.pack)) {
      if (!evaluate(ctx, a.deletes, a.pack, ctx.index.sentences[si]!)) continue;
      const s = ctx.doc.sentences[si]!;
      const deletes = articleList(ctx.doc.text.slice(s.start, s.end), true);
      if (!deletes.length) continue;
      const deletionOnly = !(a.replaces && evaluate(ctx, a.replaces, a.pack, ctx.index.sentences[si]!));
      out.push({ deletes, deletionOnly, evidence: sentenceEvidence(ctx.doc, `${a.pack}/amendment`, si, s) });
    }
  }
  return out;
}

/**
 * Whether evidence lies in an article an amendment struck out: earlier in the document than an amendment that brings
 * new text (the replacement may follow under the same number), anywhere for one that only strikes out (an order form's
 * "Clause 10.5 of the Terms shall not apply" stands before the terms it switches off).
 */
export function struckOut(e: Evidence, amendments: readonly Amendment[]): Amendment | undefined {
  if (!e.section) return undefined;
  return amendments.find(
    (a) => (a.deletionOnly || e.start < a.evidence.start) && e.section !== a.evidence.section && a.deletes.some((n) => e.section === n || e.section!.startsWith(`${n}.`)),
  );
}

// Amendments that strike out articles of the contract ("Artikel 12.3 van de Overeenkomst vervalt", "Clause 14.2 is
// deleted and replaced by …"): what those articles said before the amendment no longer counts.
import type { RuleSet } from './compile.js';
import { sentenceEvidence, type Evidence } from './evidence.js';
import { MatchContext, evaluate, positiveTerms } from './match.js';
import { articleList } from './standards.js';

export interface Amendment {
  /** Article numbers struck out or replaced. */
  deletes: string[];
  evidence: Evidence;
}

export function findAmendments(ctx: MatchContext, rules: RuleSet): Amendment[] {
  const out: Amendment[] = [];
  for (const a of rules.amendments) {
    const seen = new Set<number>();
    for (const term of positiveTerms(a.deletes)) for (const h of ctx.termHits(term, a.pack)) seen.add(ctx.index.sentenceOf[h.t0]!);
    for (const si of [...seen].filter((i) => i >= 0).sort((x, y) => x - y)) {
      if (!evaluate(ctx, a.deletes, a.pack, ctx.index.sentences[si]!)) continue;
      const s = ctx.doc.sentences[si]!;
      const deletes = articleList(ctx.doc.text.slice(s.start, s.end), true);
      if (deletes.length) out.push({ deletes, evidence: sentenceEvidence(ctx.doc, `${a.pack}/amendment`, si, s) });
    }
  }
  return out;
}

/** Whether evidence lies in an article an amendment struck out, earlier in the document than the amendment. */
export function struckOut(e: Evidence, amendments: readonly Amendment[]): Amendment | undefined {
  if (!e.section) return undefined;
  return amendments.find(
    (a) => e.start < a.evidence.start && e.section !== a.evidence.section && a.deletes.some((n) => e.section === n || e.section!.startsWith(`${n}.`)),
  );
}

// From findings to what a contract manager reads: per clause present/strength/evidence, the facts, a verdict.
import type { Analysis, Evidence, Finding } from '../rules/analyse.js';
import type { Beneficiary, Strength } from '../rules/types.js';
import type { Condition, Policy } from './policy.js';

export type Verdict = 'protected' | 'partial' | 'unprotected' | 'unknown';

export interface ClauseResult {
  present: boolean;
  strength: Strength | null;
  /** Who holds the strongest right found. */
  to: Beneficiary | null;
  tags: string[];
  evidence: Array<Evidence & { strength: Strength; to: Beneficiary; message: string; inherited?: Finding['inherited'] }>;
}

export interface Facts {
  governingLaw: string | null;
  governingLawInEU: boolean | null;
  governingLawEvidence: Evidence | null;
}

export interface Assessment {
  verdict: Verdict;
  clauses: Record<string, ClauseResult>;
  facts: Facts;
  flags: string[];
}

const MAX_EVIDENCE = 5;
export const CORE_RIGHT = 'core-right';

export function assess(a: Analysis, policy: Policy): Assessment {
  const clauses: Record<string, ClauseResult> = {};
  const ids = [...new Set([...policy.clauses, ...a.findings.map((f) => f.clause)])];
  for (const id of ids) {
    const fs = a.findings.filter((f) => f.clause === id); // already strongest first
    const top = fs[0];
    clauses[id] = {
      present: fs.length > 0,
      strength: top ? top.strength : null,
      to: top ? top.to : null,
      tags: [...new Set(fs.flatMap((f) => f.tags))].sort(),
      evidence: dedupe(fs).slice(0, MAX_EVIDENCE).map((f) => ({
        rule: f.rule, page: f.page, section: f.section, quote: f.quote, start: f.start, end: f.end,
        strength: f.strength, to: f.to, message: f.message, ...(f.inherited ? { inherited: f.inherited } : {}),
      })),
    };
  }
  // "7.2 … may dissolve on a change of control. This applies in particular to an acquirer outside the EEA.":
  // two findings in one article make one right that covers the other's case.
  const article = (section: string | null) => (section ? section.split(/[.(]/)[0]! : null);
  for (const link of policy.links) {
    const target = clauses[link.clause];
    if (!target?.present) continue;
    const here = new Set(a.findings.filter((f) => f.clause === link.clause && !f.inherited).map((f) => article(f.section)));
    if (a.findings.some((f) => f.clause === link.when && here.has(article(f.section))) && !target.tags.includes(link.tag))
      target.tags = [...target.tags, link.tag].sort();
  }
  const law = a.facts.find((f) => f.fact === 'governingLaw') ?? null;
  const eu = law ? law.attributes[policy.euAttribute] : undefined;
  const facts: Facts = {
    governingLaw: law ? law.value : null,
    governingLawInEU: typeof eu === 'boolean' ? eu : null,
    governingLawEvidence: law ? { rule: law.rule, page: law.page, section: law.section, quote: law.quote, start: law.start, end: law.end } : null,
  };
  const holds = (c: Condition) => a.findings.some((f) => f.clause === c.clause && (!c.strength || f.strength === c.strength || c.strength === 'weak') && (!c.to || c.to.includes(f.to)));
  const core = policy.protected.require.length > 0 && policy.protected.require.every(holds);
  let verdict: Verdict = 'unprotected';
  if (core && (policy.protected.anyOf.length === 0 || policy.protected.anyOf.some(holds))) verdict = 'protected';
  else if (policy.partial.anyOf.some(holds)) verdict = 'partial';
  const flags: string[] = [];
  // The rights the policy requires for "protected" (by default: the customer may end on a change of control).
  if (core) flags.push(CORE_RIGHT);
  if (facts.governingLawInEU === false) flags.push('governing-law-outside-eu');
  for (const s of a.standards) if (!s.disapplied) flags.push(`incorporates:${s.standard}`);
  return { verdict, clauses, facts, flags };
}

/** One quote per sentence: several rules often agree on the same words. */
function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.start}:${f.end}:${f.inherited?.article ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// `weerbaar rules test`: every rule's own examples, run like a test suite. A rule that does not fire on its
// match sentences, or fires on its nomatch sentences, fails with file:line:col.
import { buildDocument } from '../document/build.js';
import type { Document } from '../document/types.js';
import type { CompiledRule, RuleSet } from './compile.js';
import { MatchContext, ruleHolds, ruleUnits } from './match.js';
import type { LoadedPack, RuleLanguage } from './types.js';

export interface ExampleFailure {
  rule: string;
  where: string;
  language: RuleLanguage;
  expected: 'match' | 'nomatch';
  text: string;
}

export interface ExampleRun {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/** Pure: one example sentence as a one-page document in the rule's language. */
export function exampleDocument(text: string, language: RuleLanguage): Document {
  const doc = buildDocument({ kind: 'txt', pages: [{ number: 1, text }] }, { file: '<example>', sha256: '' });
  return { ...doc, language };
}

export function ruleFires(doc: Document, rules: RuleSet, rule: CompiledRule): boolean {
  const ctx = new MatchContext(doc, rules);
  return ruleUnits(ctx, rule).some((u) => ruleHolds(ctx, rule, u) !== null);
}

/** Run the examples of every rule, or of the rules of the packs named in `only`. */
export function runExamples(rules: RuleSet, packs: readonly LoadedPack[], only?: ReadonlySet<string>): ExampleRun {
  const refs = new Map(packs.flatMap((p) => [...p.ruleRefs.entries()]));
  const failures: ExampleFailure[] = [];
  let examples = 0;
  const selected = rules.rules.filter((r) => !only || only.has(r.pack));
  for (const rule of selected) {
    const ref = refs.get(rule.id);
    const where = ref ? `${ref.file}:${ref.line}:${ref.col}` : rule.id;
    for (const language of rule.languages) {
      const ex = rule.spec.examples[language];
      if (!ex) continue;
      for (const [expected, list] of [['match', ex.match], ['nomatch', ex.nomatch]] as const)
        for (const text of list) {
          examples++;
          const fired = ruleFires(exampleDocument(text, language), rules, rule);
          if (fired !== (expected === 'match')) failures.push({ rule: rule.id, where, language, expected, text });
        }
    }
  }
  return { rules: selected.length, examples, failures };
}

// Loading packs and the policy for a command, printing problems as file:line:col.
import { loadRulePacks, formatProblem } from '../rules/load.js';
import { compilePacks, type RuleSet } from '../rules/compile.js';
import { BUILTIN_POLICY, BUILTIN_RULES_DIR } from '../rules/builtin.js';
import { loadPolicy, type Policy } from '../assess/policy.js';
import type { LoadedPack } from '../rules/types.js';
import { runExamples } from '../rules/examples.js';

export interface Loaded {
  packs: LoadedPack[];
  rules: RuleSet;
}

export function loadRuleSet(extra: string[] | undefined, builtin: boolean, checkExamples = true): Loaded | null {
  const { packs, problems } = loadRulePacks(extra ?? [], builtin, BUILTIN_RULES_DIR);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`weerbaar: ${problems.length} problem(s) in rule packs; nothing was scanned.\n`);
    return null;
  }
  if (!packs.some((p) => p.spec.rules?.length || p.spec.standards?.length)) {
    process.stderr.write('weerbaar: no rules loaded (use --rules, or drop --no-builtin).\n');
    return null;
  }
  const rules = compilePacks(packs);
  // A pack the user brings must pass its own examples before it judges a contract; the built-in packs
  // are held to that by the test suite.
  const own = new Set(packs.filter((p) => !p.builtin).map((p) => p.spec.id));
  if (own.size && checkExamples) {
    const run = runExamples(rules, packs, own);
    if (run.failures.length) {
      for (const f of run.failures)
        process.stderr.write(`${f.where}: example of ${f.rule} [${f.language}] should ${f.expected === 'match' ? '' : 'not '}match: ${f.text}\n`);
      process.stderr.write(`weerbaar: ${run.failures.length} failing example(s) in rule packs; nothing was scanned.\n`);
      return null;
    }
  }
  return { packs, rules };
}

export function loadPolicyOrReport(file: string | undefined): Policy | null {
  const r = loadPolicy(file ?? BUILTIN_POLICY);
  if (!r.ok) {
    for (const p of r.problems) process.stderr.write(`${formatProblem(p)}\n`);
    return null;
  }
  return r.policy;
}

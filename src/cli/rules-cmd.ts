import { runExamples } from '../rules/examples.js';
import { loadRuleSet } from './packs.js';

export function rulesTestCommand(paths: string[]): number {
  const loaded = paths.length ? loadRuleSet(paths, false, false) : loadRuleSet([], true);
  if (!loaded) return 2;
  const run = runExamples(loaded.rules, loaded.packs);
  for (const f of run.failures)
    process.stdout.write(`FAIL ${f.where} ${f.rule} [${f.language}] expected ${f.expected === 'match' ? 'a match' : 'no match'}:\n     ${f.text}\n`);
  const passed = run.examples - run.failures.length;
  process.stdout.write(`rules test: ${loaded.packs.length} packs, ${run.rules} rules, ${run.examples} examples\n`);
  process.stdout.write(`${passed} passed, ${run.failures.length} failed\n`);
  return run.failures.length ? 1 : 0;
}

export function rulesListCommand(paths: string[]): number {
  const loaded = paths.length ? loadRuleSet(paths, false, false) : loadRuleSet([], true);
  if (!loaded) return 2;
  for (const p of loaded.packs) {
    process.stdout.write(`${p.spec.id}@${p.spec.version}  ${p.spec.title}  (${p.file})\n`);
    for (const r of p.spec.rules ?? [])
      process.stdout.write(`  ${r.id}  ${r.clause ?? `fact:${r.fact}`}  ${r.grants ?? ''} ${r.to ?? ''} ${r.strength ?? ''} [${r.languages.join(',')}]\n`);
    for (const s of p.spec.standards ?? []) process.stdout.write(`  standard ${s.id}: ${s.provides.map((x) => `${x.clause}@${x.article}`).join(', ')}\n`);
  }
  return 0;
}

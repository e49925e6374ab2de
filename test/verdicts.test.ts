// The whole pipeline on the shipped contracts: what a procurement officer would read in the report.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanFile, type ContractReport } from '../src/scan.js';
import { loadPacks } from '../src/rules/load.js';
import { compilePacks, type RuleSet } from '../src/rules/compile.js';
import { BUILTIN_POLICY, BUILTIN_RULES_DIR } from '../src/rules/builtin.js';
import { loadPolicy, type Policy } from '../src/assess/policy.js';

const FIX = join(__dirname, '..', 'fixtures');
let rules: RuleSet;
let policy: Policy;
const scan = (name: string): Promise<ContractReport> => scanFile({ path: join(FIX, name), display: name }, rules, policy);

beforeAll(() => {
  const { packs, problems } = loadPacks([BUILTIN_RULES_DIR], true);
  expect(problems).toEqual([]);
  rules = compilePacks(packs);
  const p = loadPolicy(BUILTIN_POLICY);
  if (!p.ok) throw new Error('policy');
  policy = p.policy;
});

describe('verdicts on the fixtures', () => {
  it('Dutch hosting contract (PDF): dissolution on a change of control, non-EU named, escrow and exit: protected', async () => {
    const r = await scan('hostingovereenkomst-nl.pdf');
    expect(r.verdict).toBe('protected');
    const coc = r.clauses['change-of-control']!;
    expect(coc).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(coc.evidence[0]!.quote).toMatch(/zeggenschap/);
    expect(coc.evidence[0]).toMatchObject({ page: 2, section: '7.2' });
    expect(r.clauses['non-eu-control']!.present).toBe(true);
    expect(coc.tags).toContain('non-eu');
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    expect(r.facts).toMatchObject({ governingLaw: 'Netherlands', governingLawInEU: true });
  });

  it('US cloud terms (two-column PDF): a change of control expressly gives no right; Californian law: not protected', async () => {
    const r = await scan('cloud-terms-en.pdf');
    expect(r.verdict).not.toBe('protected');
    expect(r.clauses['change-of-control']!.strength).not.toBe('strong');
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.facts).toMatchObject({ governingLaw: 'California', governingLawInEU: false });
    expect(r.flags).toContain('governing-law-outside-eu');
  });

  it('Dutch maintenance contract (DOCX, typed numbers): only a duty to notify a change of control: partial', async () => {
    const r = await scan('onderhoudsovereenkomst-nl.docx');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.verdict).toBe('partial');
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('SaaS agreement (DOCX, Word numbering): termination on a non-EEA takeover, escrow, step-in: protected', async () => {
    const r = await scan('saas-subscription-en.docx');
    expect(r.verdict).toBe('protected');
    expect(r.clauses['change-of-control']).toMatchObject({ strength: 'strong', tags: ['non-eu'] });
    expect(r.clauses['non-eu-control']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('a contract that only declares ARBIT-2014 applicable inherits its protections, citing the articles', async () => {
    const r = await scan('verwerkersovereenkomst-nl.txt');
    expect(r.verdict).toBe('protected');
    const coc = r.clauses['change-of-control']!;
    expect(coc.strength).toBe('strong');
    expect(coc.evidence[0]!.inherited).toMatchObject({ standard: 'ARBIT-2014', article: '30.3' });
    expect(coc.evidence[0]!.quote).toMatch(/ARBIT-2014/);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it("a vendor's terms with the customer's addendum (DOCX): the addendum's law, struck section and added rights count", async () => {
    const r = await scan('order-form-addendum-en.docx');
    // "Notwithstanding Section 12.1 … governed by the laws of the Netherlands" outranks the vendor's Washington.
    expect(r.facts).toMatchObject({ governingLaw: 'Netherlands', governingLawInEU: true });
    expect(r.facts.governingLawEvidence!.quote).toMatch(/^Notwithstanding Section 12\.1/);
    // "Section 9.3 of the Agreement is deleted": the vendor's termination for convenience is gone, and the deleting
    // sentence itself is no clause.
    expect(r.amendments).toMatchObject([{ deletes: ['9.3'], deletionOnly: true }]);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    // 9.2 denies a right on a change of control; the addendum's A3 grants one to the customer.
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['change-of-control']!.evidence[0]!.quote).toMatch(/^If Vendor undergoes a Change of Control, Customer may terminate/);
    expect(r.clauses['post-termination-services']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.verdict).toBe('protected');
  });

  it('English licence in Windows-1252: assignment needs consent, English law: unprotected', async () => {
    const r = await scan('licence-en-cp1252.txt');
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    expect(r.facts).toMatchObject({ governingLaw: 'England and Wales', governingLawInEU: false });
    expect(r.verdict).toBe('unprotected');
  });
});

// The one JSON report (schemaVersion 1) every other format is rendered from.
import type { ContractReport } from '../scan.js';
import type { RuleSet } from '../rules/compile.js';
import type { ClauseLabel, Policy } from '../assess/policy.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { CORE_RIGHT } from '../assess/assess.js';

export const SCHEMA_VERSION = 1;

export interface Summary {
  contracts: number;
  byStatus: Record<string, number>;
  byVerdict: Record<string, number>;
  /** Per clause: contracts where it is present, and where it is strong. */
  clauses: Record<string, { present: number; strong: number }>;
  /** Contracts with the rights the policy requires for protected (by default: the customer may end or must consent on a change of control). */
  customerChangeOfControlRight: number;
  governingLawOutsideEU: number;
  governingLawUnknown: number;
}

export interface Report {
  schemaVersion: number;
  tool: { name: string; version: string };
  packs: Array<{ id: string; version: string }>;
  policy: string;
  /** The policy's clauses in report order, with the names renderers show for them. */
  clauses: ClauseLabel[];
  contracts: ContractReport[];
  summary: Summary;
}

export function buildReport(contracts: ContractReport[], rules: RuleSet, policy: Policy, policyLabel: string): Report {
  const sorted = [...contracts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const count = (xs: string[]) => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});
  const ok = sorted.filter((c) => c.status === 'ok');
  const clauses: Summary['clauses'] = {};
  for (const id of policy.clauses)
    clauses[id] = {
      present: ok.filter((c) => c.clauses[id]?.present).length,
      strong: ok.filter((c) => c.clauses[id]?.strength === 'strong').length,
    };
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    packs: rules.packs.map((p) => ({ id: p.id, version: p.version })),
    policy: policyLabel,
    clauses: policy.labels,
    contracts: sorted,
    summary: {
      contracts: sorted.length,
      byStatus: count(sorted.map((c) => c.status)),
      byVerdict: count(sorted.map((c) => c.verdict)),
      clauses,
      customerChangeOfControlRight: ok.filter((c) => c.flags.includes(CORE_RIGHT)).length,
      governingLawOutsideEU: ok.filter((c) => c.facts.governingLawInEU === false).length,
      governingLawUnknown: ok.filter((c) => !c.facts.governingLaw).length,
    },
  };
}

export function renderJson(r: Report): string {
  return JSON.stringify(r, null, 2) + '\n';
}

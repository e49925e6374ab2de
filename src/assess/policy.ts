// The verdict policy: which clauses make a contract protected or partial. Data (rules/policy.yml),
// replaceable with --policy, so an organisation can set its own bar without touching code.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { Beneficiary, PackProblem, Strength } from '../rules/types.js';

export interface Condition {
  clause: string;
  strength?: Strength;
  to?: Beneficiary[];
}

/** How reports name a clause: a short table column and the phrase of the portfolio sentence ("12 have escrow"). */
export interface ClauseLabel {
  id: string;
  column: string;
  portfolio?: string;
}

export interface Policy {
  file: string;
  /** The clause ids every contract reports, in report order. */
  clauses: string[];
  /** One label per clause id, same order; the id itself when the policy gives none. */
  labels: ClauseLabel[];
  protected: { require: Condition[]; anyOf: Condition[] };
  partial: { anyOf: Condition[] };
  /** Jurisdictions (table names) counted as inside the EU/EEA come from the facts' attributes; this names the attribute. */
  euAttribute: string;
  /** Marks one clause's result when another clause is found in the same article ("this change-of-control right covers non-EU takeovers"). */
  links: Array<{ clause: string; tag: string; when: string }>;
}

export type PolicyLoad = { ok: true; policy: Policy } | { ok: false; problems: PackProblem[] };

export function parsePolicy(text: string, file: string): PolicyLoad {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const problems: PackProblem[] = [];
  const pos = (o?: number) => lc.linePos(o ?? 0);
  for (const e of doc.errors) problems.push({ file, ...pos(e.pos[0]), message: e.message.split('\n')[0]! });
  if (problems.length) return { ok: false, problems };
  const v = doc.toJS() as Record<string, any>;
  const bad = (message: string, key?: string) => {
    const node = key ? (doc.get(key, true) as { range?: number[] } | undefined) : undefined;
    problems.push({ file, ...pos(node?.range?.[0]), message });
  };
  if (typeof v !== 'object' || v === null) return { ok: false, problems: [{ file, line: 1, col: 1, message: 'a policy must be a mapping' }] };
  for (const k of Object.keys(v)) if (!['schemaVersion', 'clauses', 'protected', 'partial', 'euAttribute', 'links'].includes(k)) bad(`unknown key '${k}'`, k);
  const links = Array.isArray(v.links) ? v.links : [];
  if (v.links !== undefined && !(Array.isArray(v.links) && v.links.every((l: any) => l && typeof l.clause === 'string' && typeof l.tag === 'string' && typeof l.when === 'string')))
    bad("'links' must be a list of { clause, tag, when }", 'links');
  if (v.schemaVersion !== 1) bad("'schemaVersion' must be 1", 'schemaVersion');
  // An entry is a clause id, or { id, column?, portfolio? } naming it in tables and portfolio sentences.
  const entries: unknown[] = Array.isArray(v.clauses) ? v.clauses : [];
  const labelOf = (e: unknown): ClauseLabel | undefined => {
    if (typeof e === 'string') return { id: e, column: e };
    const o = e as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || typeof o.id !== 'string') return undefined;
    if (Object.keys(o).some((k) => !['id', 'column', 'portfolio'].includes(k))) return undefined;
    if ((o.column !== undefined && typeof o.column !== 'string') || (o.portfolio !== undefined && typeof o.portfolio !== 'string')) return undefined;
    return { id: o.id, column: (o.column as string | undefined) ?? o.id, ...(o.portfolio ? { portfolio: o.portfolio as string } : {}) };
  };
  const labels = entries.map(labelOf);
  if (!Array.isArray(v.clauses) || labels.some((l) => !l))
    bad("'clauses' must be a list of clause ids or { id, column, portfolio } entries", 'clauses');
  const conds = (x: unknown, key: string): Condition[] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) { bad(`'${key}' must be a list`, key.split('.')[0]); return []; }
    return x.map((c) => {
      const o = typeof c === 'string' ? { clause: c } : (c as Condition & { to?: Beneficiary[] | Beneficiary });
      if (!o || typeof o.clause !== 'string') bad(`each entry of '${key}' needs a clause`, key.split('.')[0]);
      return { clause: o.clause, strength: o.strength, to: o.to === undefined ? undefined : ([] as Beneficiary[]).concat(o.to) };
    });
  };
  const policy: Policy = {
    file,
    clauses: labels.flatMap((l) => (l ? [l.id] : [])),
    labels: labels.flatMap((l) => (l ? [l] : [])),
    protected: { require: conds(v.protected?.require, 'protected.require'), anyOf: conds(v.protected?.anyOf, 'protected.anyOf') },
    partial: { anyOf: conds(v.partial?.anyOf, 'partial.anyOf') },
    euAttribute: typeof v.euAttribute === 'string' ? v.euAttribute : 'eu',
    links,
  };
  return problems.length ? { ok: false, problems } : { ok: true, policy };
}

export function loadPolicy(file: string): PolicyLoad {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ file, line: 1, col: 1, message: `cannot read policy: ${(e as Error).message}` }] };
  }
  return parsePolicy(text, file);
}

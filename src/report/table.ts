// The terminal table: a row per contract and the portfolio lines. chalk turns colour off for NO_COLOR and non-TTY.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from './model.js';
import type { ClauseLabel } from '../assess/policy.js';

export function renderTable(r: Report, labels: ClauseLabel[], color: boolean): string {
  const clauses = labels.map((l) => l.id);
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const heads = ['contract', 'verdict', ...labels.map((l) => l.column), 'law'];
  const rows = r.contracts.map((k) => [
    k.file,
    k.status === 'ok' ? k.verdict : `${k.verdict} (${k.error?.code ?? k.status})`,
    ...clauses.map((id) => {
      const cl = k.clauses[id];
      if (k.status !== 'ok') return '?';
      return !cl?.present ? '✘' : cl.strength === 'strong' ? '✔' : '~';
    }),
    k.facts.governingLaw ? `${k.facts.governingLaw}${k.facts.governingLawInEU === false ? ' (non-EU)' : ''}` : '',
  ]);
  const width = heads.map((h, i) => Math.max(h.length, ...rows.map((row) => [...row[i]!].length)));
  const pad = (s: string, i: number) => s + ' '.repeat(Math.max(0, width[i]! - [...s].length));
  const paint = (s: string, i: number, row: string[]) => {
    const p = pad(s, i);
    if (i === 1) return row[1]!.startsWith('protected') ? c.green(p) : row[1]!.startsWith('partial') ? c.yellow(p) : c.red(p);
    if (s === '✔') return c.green(p);
    if (s === '~') return c.yellow(p);
    if (s === '✘') return c.red(p);
    return p;
  };
  const lines = [c.bold(heads.map(pad).join('  ')), ...rows.map((row) => row.map((s, i) => paint(s, i, row)).join('  '))];
  lines.push('', ...portfolio(r, labels).map((l) => c.bold(l)));
  lines.push(c.dim('✔ strong right for the customer   ~ weak (notice only, other party, narrow trigger)   ✘ not found   ? file not read'));
  return lines.join('\n') + '\n';
}

/** The sentences a procurement officer copies into a memo. */
export function portfolio(r: Report, labels: ClauseLabel[]): string[] {
  const s = r.summary;
  const ok = s.byStatus.ok ?? 0;
  const n = (id: string) => s.clauses[id]?.present ?? 0;
  const read = s.contracts === ok ? '' : ` (${ok} read)`;
  const out = [
    `${s.customerChangeOfControlRight} of ${s.contracts} contracts${read} let you terminate or require your consent on a change of control of the supplier.`,
  ];
  const parts = labels.flatMap((l) => (l.portfolio ? [`${n(l.id)} ${l.portfolio}`] : []));
  if (parts.length) out.push(`Of the ${ok} read: ${parts.join('; ')}.`);
  const v = s.byVerdict;
  out.push(`Verdicts: ${v.protected ?? 0} protected, ${v.partial ?? 0} partial, ${v.unprotected ?? 0} unprotected, ${v.unknown ?? 0} unknown.`);
  if (s.governingLawOutsideEU) out.push(`${s.governingLawOutsideEU} contracts are governed by law outside the EU/EEA.`);
  const unread = s.contracts - ok;
  if (unread) out.push(`${unread} files could not be read; see the status column.`);
  return out;
}

// CSV for spreadsheets: a row per contract. UTF-8 with BOM so Excel reads accents; ';' for Dutch Excel.
import type { Report } from './model.js';

export function renderCsv(r: Report, clauses: string[], delimiter = ','): string {
  const header = ['file', 'status', 'verdict', ...clauses, 'governing_law', 'governing_law_in_eu', 'first_evidence', 'evidence_article', 'evidence_page', 'error'];
  const rows = [header];
  for (const c of r.contracts) {
    const first = clauses.map((id) => c.clauses[id]?.evidence[0]).find((e) => e);
    rows.push([
      c.file,
      c.status,
      c.verdict,
      ...clauses.map((id) => {
        const cl = c.clauses[id];
        return !cl || !cl.present ? 'no' : cl.strength === 'strong' ? 'yes' : 'weak';
      }),
      c.facts.governingLaw ?? '',
      c.facts.governingLawInEU === null ? '' : c.facts.governingLawInEU ? 'yes' : 'no',
      first?.quote ?? '',
      first?.section ?? '',
      first ? String(first.page) : '',
      c.error ? `${c.error.code}: ${c.error.message}` : '',
    ]);
  }
  return '\uFEFF' + rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** Quote when needed, and defuse cells a spreadsheet would run as a formula (= + - @ tab CR). */
export function csvCell(value: string, delimiter: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  if (v.includes(delimiter) || /["\r\n]/.test(v) || v !== value) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

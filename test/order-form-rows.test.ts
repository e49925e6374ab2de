// An order form's table on top of the terms it varies: its rows reach the text as "key | value" (DOCX by the docx
// writer, PDF by pdfkit), a row that says no switches the clause off in the whole file, and a row naming the law
// overrides the terms' choice.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocument, scanFile, type ContractReport } from '../src/scan.js';
import { buildDocument } from '../src/document/build.js';
import { extractDocx } from '../src/extract/docx.js';
import { extractPdf } from '../src/extract/pdf.js';
import { loadPacks } from '../src/rules/load.js';
import { compilePacks, type RuleSet } from '../src/rules/compile.js';
import { BUILTIN_POLICY, BUILTIN_RULES_DIR } from '../src/rules/builtin.js';
import { loadPolicy, type Policy } from '../src/assess/policy.js';
import { pdfkitFile } from './support.js';

let rules: RuleSet;
let policy: Policy;
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-rows-'));

beforeAll(() => {
  rules = compilePacks(loadPacks([BUILTIN_RULES_DIR], true).packs);
  const p = loadPolicy(BUILTIN_POLICY);
  if (!p.ok) throw new Error('policy');
  policy = p.policy;
});

const PREAMBLE = 'This Order Form is made between the City of Leiden ("Customer") and Northwind Software Inc. ("Supplier").';
const TERMS = [
  'MASTER TERMS',
  '1. Licence',
  '1.1 Supplier grants Customer a licence to use the Software for the term of the Order Form.',
  '2. Fees',
  '2.1 Customer pays the fees set out in the Order Form within 30 days of invoice.',
  '3. Escrow',
  '3.1 Supplier shall deposit the source code of the Software with an independent escrow agent, who shall release it to Customer if Supplier becomes insolvent.',
  '4. Exit',
  '4.1 Upon termination, Supplier shall provide exit assistance to Customer and shall transfer the Customer Data to a successor supplier in an open format.',
  '5. Governing law',
  '5.1 This Agreement is governed by the laws of the State of California.',
];
const rows = (escrow: string): Array<[string, string]> => [
  ['Customer', 'City of Leiden'],
  ['Source code escrow', escrow],
  ['Exit assistance', 'Not included'],
  ['Governing law', 'Netherlands (overrides clause 5 of the Terms)'],
];

async function docx(escrow: string): Promise<string> {
  const p = (text: string) => new Paragraph({ text });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows(escrow).map(([k, v]) => new TableRow({ children: [new TableCell({ children: [p(k)] }), new TableCell({ children: [p(v)] })] })),
  });
  const doc = new Document({ sections: [{ children: [p('ORDER FORM'), p(PREAMBLE), table, ...TERMS.map(p)] }] });
  const file = join(dir, `order-${escrow.replace(/\W+/g, '-')}.docx`);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

function pdf(escrow: string): Promise<string> {
  return pdfkitFile(join(dir, `order-${escrow.replace(/\W+/g, '-')}.pdf`), (doc) => {
    doc.fontSize(11).text('ORDER FORM', 72, 72).text(PREAMBLE, 72, 100, { width: 450 });
    let y = 150;
    // Key and value in two columns, as an order form's table draws them.
    for (const [k, v] of rows(escrow)) {
      doc.text(k, 72, y, { width: 180, lineBreak: false }).text(v, 270, y, { width: 280, lineBreak: false });
      y += 20;
    }
    doc.text(TERMS.join('\n'), 72, y + 20, { width: 450 });
  }, 72);
}

const scan = (file: string): Promise<ContractReport> => scanFile({ path: file, display: file }, rules, policy);

describe("an order form's rows", () => {
  it('reach the text as "key | value", from a DOCX table and from a PDF drawn in two columns', async () => {
    const d = await extractDocx(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Source code escrow')] }), new TableCell({ children: [new Paragraph('No')] })] }), new TableRow({ children: [new TableCell({ children: [new Paragraph('13.1')] }), new TableCell({ children: [new Paragraph('Supplier shall keep the Software up to date.')] })] })] })] }] }))), 'x.docx');
    if (!d.ok) throw new Error(d.error.message);
    expect(d.value.pages[0]!.text.split('\n')).toEqual(expect.arrayContaining(['Source code escrow | No', '13.1 Supplier shall keep the Software up to date.']));
    const file = await pdf('No');
    const { readFileSync } = await import('node:fs');
    const p = await extractPdf(new Uint8Array(readFileSync(file)), file);
    if (!p.ok) throw new Error(p.error.message);
    expect(p.value.pages[0]!.text.split('\n')).toEqual(expect.arrayContaining(['Source code escrow | No', 'Exit assistance | Not included']));
  });

  it('switch off the clause the terms below hold ("Source code escrow | No", "Exit assistance | Not included"), and name the law', async () => {
    for (const file of [await docx('No'), await pdf('No')]) {
      const r = await scan(file);
      expect(r.clauses['source-code-escrow']!.present, file).toBe(false);
      expect(r.clauses['post-termination-services']!.present, file).toBe(false);
      expect(r.facts.governingLaw, file).toBe('Netherlands');
    }
  });

  it('switch off the clause where the row says it was struck ("Deleted (proposed …; withdrawn …)", "[Clause struck]")', async () => {
    for (const value of ['Deleted (proposed by the Customer in the draft of 12 June; withdrawn at the negotiation meeting)', '[Clause struck]']) {
      const file = await docx(value);
      const r = await scan(file);
      expect(r.clauses['source-code-escrow']!.present, value).toBe(false);
    }
  });

  it('leave the clause on where the row says yes', async () => {
    for (const file of [await docx('Yes – Tier 2'), await pdf('Yes – Tier 2')]) {
      const r = await scan(file);
      expect(r.clauses['source-code-escrow']!.present, file).toBe(true);
      expect(r.clauses['post-termination-services']!.present, file).toBe(false);
    }
  });
});

describe('choices made in a form', () => {
  const form = (choices: string, terms = TERMS.join('\n')) =>
    reportDocument(buildDocument({ kind: 'txt', pages: [{ number: 1, text: `ORDER FORM\n${PREAMBLE}\n\n${choices}\n\n${terms}\n` }] }, { file: 'form.txt', sha256: '' }), rules, policy);

  it('an empty box, a ticked "No", a later cell "niet besteld" or a blank switch the clause off; a ticked box leaves it on', () => {
    const boxes = form('☐ Source code escrow (Annex E)\n☒ Exit assistance (Annex F)');
    expect(boxes.clauses['source-code-escrow']!.present).toBe(false);
    expect(boxes.clauses['post-termination-services']!.present).toBe(true);
    expect(form('Broncodedepot (escrow):   [ ] Ja   [X] Nee').clauses['source-code-escrow']!.present).toBe(false);
    expect(form('Broncodedepot (escrow):   [X] Ja   [ ] Nee').clauses['source-code-escrow']!.present).toBe(true);
    expect(form('PW-10 | Escrow add-on | EUR 0 | niet besteld').clauses['source-code-escrow']!.present).toBe(false);
    expect(form('Escrow (yes/no): ___').clauses['source-code-escrow']!.present).toBe(false);
    expect(form('Exit assistance | No charge').clauses['post-termination-services']!.present).toBe(true);
    // A label line of its own, its options ticked under it: "[X] Not applicable" switches the label's clause off.
    const options = (ticked: 'yes' | 'no') =>
      form(`Source code escrow:\n[${ticked === 'yes' ? 'X' : ' '}] Applicable - the Supplier shall deposit the source code with an escrow agent approved by the Customer.\n[${ticked === 'no' ? 'X' : ' '}] Not applicable`);
    expect(options('no').clauses['source-code-escrow']!.present).toBe(false);
    expect(options('yes').clauses['source-code-escrow']!.present).toBe(true);
    // A cell of boxes says what its ticked option says.
    expect(form('Source code escrow | ☐ Applicable ☒ Not applicable | 15').clauses['source-code-escrow']!.present).toBe(false);
    expect(form('Escrow broncode | [ ] ja [X] neen').clauses['source-code-escrow']!.present).toBe(false);
    expect(form('Source code escrow | ☒ Applicable ☐ Not applicable | 15').clauses['source-code-escrow']!.present).toBe(true);
  });

  it('a key, a dash and a no switch the clause off, several to a line ("Source code escrow – NOT SELECTED. Exit assistance – NOT SELECTED.")', () => {
    const both = form('Optional modules: Source code escrow – NOT SELECTED. Extended exit assistance – NOT SELECTED. Premium support – SELECTED.');
    expect(both.clauses['source-code-escrow']!.present).toBe(false);
    expect(both.clauses['post-termination-services']!.present).toBe(false);
    const one = form('Source code escrow – SELECTED\nExit assistance – not selected');
    expect(one.clauses['source-code-escrow']!.present).toBe(true);
    expect(one.clauses['post-termination-services']!.present).toBe(false);
    // A value that says no before its dash is read whole.
    expect(form('Exit assistance: Not included – Annex F intentionally left blank').clauses['post-termination-services']!.present).toBe(false);
  });

  it('a table row of a request turned down ("… | Rejected") grants nothing and switches nothing off; an accepted row grants', () => {
    const table = (decision: string) =>
      form(`Deviations requested by Customer\nNo. | Subject | Requested by Customer | Decision\nC-1 | Invoicing | E-invoice via Peppol | Accepted\nC-3 | Change of control | Customer may terminate this Agreement if control of Supplier is acquired by a third party | ${decision}\nC-7 | Accessibility | Yearly WCAG audit report | Accepted`);
    expect(table('Rejected').clauses['change-of-control']!.present).toBe(false);
    expect(table('Afgewezen').clauses['change-of-control']!.present).toBe(false);
    const accepted = table('Accepted');
    expect(accepted.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // The row is read on its own, not run together with the rows around it.
    expect(accepted.clauses['change-of-control']!.evidence[0]!.quote).toMatch(/^C-3 \| Change of control/);
    // The terms below still hold their escrow: a turned-down row says nothing about them.
    expect(form('No. | Subject | Decision\nD-2 | Source code escrow | Rejected\nD-3 | Invoicing | Accepted').clauses['source-code-escrow']!.present).toBe(true);
  });

  it('standard terms left unticked are not declared', () => {
    const choice = (arbit: string, gibit: string) => form(`Op deze overeenkomst zijn van toepassing (aankruisen):\n${arbit} ARBIT-2022 (Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022)\n${gibit} GIBIT-2023`, '1. Fees\n1.1 Customer pays the fees.');
    expect(choice('☒', '☐').standards.map((x) => x.standard)).toEqual(['ARBIT-2022']);
    expect(choice('☐', '☐').standards).toEqual([]);
  });

  it('a clause that holds "notwithstanding anything in an Order Form" stays on when a row says no', () => {
    const terms = TERMS.join('\n').replace('4.1 Upon termination,', '4.1 Notwithstanding anything in an Order Form, upon termination');
    expect(form('Exit assistance | Not included', terms).clauses['post-termination-services']!.present).toBe(true);
    expect(form('Exit assistance | Not included').clauses['post-termination-services']!.present).toBe(false);
  });

  it('a choices table that names the article between key and choice switches it off ("Depot van de broncode | 12 | niet van toepassing")', () => {
    const choices = (escrow: string, stepIn: string) =>
      form(`Onderwerp | Artikel | Keuze\nDepot van de broncode | 3 | ${escrow}\nIndeplaatstreding bij calamiteiten | 6 | ${stepIn}`, [...TERMS, '6. Step-in', '6.1 If Supplier fails to restore the Service within 24 hours, Customer may itself or through a third party take over the operation of the Service at Supplier\'s cost.'].join('\n'));
    const off = choices('niet van toepassing', 'niet van toepassing');
    expect(off.clauses['source-code-escrow']!.present).toBe(false);
    expect(off.clauses['step-in']!.present).toBe(false);
    const on = choices('van toepassing', 'van toepassing');
    expect(on.clauses['source-code-escrow']!.present).toBe(true);
    expect(on.clauses['step-in']!.present).toBe(true);
  });
});

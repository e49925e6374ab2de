// Tables whose rows carry the contract: a plain-text table set in fixed-width columns under a rule of dashes, and a
// requirements list answered per row, met ("V", "Complies"), not met ("VN" where the legend says "VN = Voldoet niet") or
// met in part ("Partially", "D" for "Deels"), where only the supplier's comment holds. Text and a real Word table.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { builtinReaders, docxFile, pdfLinesFile, present } from './support.js';

const { contract, scan } = builtinReaders();

const parties = 'Overeenkomst tussen de gemeente Haverveen (hierna: Opdrachtgever) en Parkwise Nederland B.V. (hierna: Leverancier).\n\n';

describe('a plain-text table set in fixed-width columns', () => {
  const table = [
    'Nr      Onderwerp             Keuze          Toelichting / invulling',
    '------  --------------------  -------------  -----------------------------------------------',
    'C.4     Escrow (depot         nee            Partijen zien af van een escrowregeling.',
    '        broncode)',
    '',
    'C.5     In de plaats treden   niet van       De bepalingen van ARBIT-2022 op grond waarvan',
    '        door Opdrachtgever    toepassing     Opdrachtgever werkzaamheden zelf of door een',
    '        of derde                             derde kan laten uitvoeren, gelden niet.',
    '',
    'D. PRIJZEN',
  ].join('\n');

  it('reads each row as one line of its cells, wrapped text joined, up to a line that leaves the columns', () => {
    const d = buildDocument({ kind: 'txt', pages: [{ number: 1, text: table }] }, { file: 'form.txt', sha256: '' });
    expect(d.text).toContain('Nr | Onderwerp | Keuze | Toelichting / invulling');
    expect(d.text).toContain('C.4 | Escrow (depot broncode) | nee | Partijen zien af van een escrowregeling.');
    expect(d.text).toContain('C.5 | In de plaats treden door Opdrachtgever of derde | niet van toepassing | De bepalingen van ARBIT-2022 op grond waarvan Opdrachtgever werkzaamheden zelf of door een derde kan laten uitvoeren, gelden niet.');
    expect(d.text).toMatch(/\nD\. PRIJZEN$/);
  });

  it('switches off the standard terms\' step-in by a row answered "niet van toepassing" over two lines', () => {
    const r = contract(`${parties}1.1 Op deze Overeenkomst is ARBIT-2022 van toepassing, met inachtneming van de keuzes in dit formulier.\n\n${table}\n`);
    expect(present(r, 'step-in')).toBe(false);
    expect(present(r, 'source-code-escrow')).toBe(false);
  });
});

describe('a requirements list answered per row', () => {
  const rows = [
    'Beantwoording: V = Voldoet, VN = Voldoet niet, D = Deels.',
    'ID | Eis | Antw. | Toelichting Leverancier',
    'E-12 | Leverancier deponeert de broncode van de Applicatie bij een onafhankelijke escrow-agent ten behoeve van Opdrachtgever. | VN | Standaardproduct; wij bieden geen escrow aan.',
    'E-18 | Opdrachtgever heeft het recht de Overeenkomst te ontbinden indien de zeggenschap over Leverancier overgaat. | D | Leverancier meldt een voorgenomen wijziging van zeggenschap vooraf schriftelijk aan Opdrachtgever. Een ontbindingsrecht wordt niet geaccepteerd.',
  ].join('\n');

  it('reads a mark the legend defines ("VN = Voldoet niet") as not met, and of a row met in part ("D") only the comment', () => {
    const r = contract(`${parties}Bijlage 2 – Programma van Eisen\n${rows}\n`);
    expect(present(r, 'source-code-escrow')).toBe(false);
    // The comment's notice holds; the requirement's right to end the contract does not.
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('reads of a requirement answered "Partially" in a Word table only the supplier\'s comment', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const table = new Table({
      rows: [
        ['No.', 'Requirement', 'Answer', 'Supplier comment'],
        ['R-09', 'After the end of the agreement the Supplier returns all incident data to the Customer in an open format.', 'Partially', 'An export API is available to the Customer during the term.'],
        ['R-10', 'The Supplier hosts all data within the European Economic Area.', 'Complies', ''],
      ].map((r) => new TableRow({ children: r.map(cell) })),
    });
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-pve-')), 'requirements.docx');
    const head = ['SERVICES AGREEMENT', 'This Agreement is made between the City of Northbrook ("Customer") and Ledgerline Systems Ltd ("Supplier").', 'Schedule 2 – Requirements as answered by the Supplier'];
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [...head.map((l) => new Paragraph(l)), table] }] })));
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'post-termination-services')).toBe(false);
    // (The same row answered "Complies" holds.)
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [...head.map((l) => new Paragraph(l)), new Table({ rows: [['R-09', 'After the end of the agreement the Supplier returns all incident data to the Customer in an open format.', 'Complies', ''].map(cell)].map((c) => new TableRow({ children: c })) })] }] })));
    expect(present(await scan(file), 'post-termination-services')).toBe(true);
  });
});

describe('a schedule of agreed changes to the supplier\'s terms', () => {
  it('reads the agreed position over the standard text: an exit replaced by deletion goes, an assignment clause "Retained" stays, in a Word table', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const rows = [
      ['MSA clause', 'Standard MSA text', 'Agreed position'],
      ['19 Exit', 'On termination or expiry, the Supplier will make Customer Data available for export for 30 days and provide reasonable transition assistance to the Customer or its nominated replacement supplier.', 'Replaced: Within 14 days after termination or expiry, the Supplier shall delete all Customer Data and certify the deletion in writing.'],
      ['22 Assignment', 'Neither party may assign or transfer any of its rights or obligations under this Agreement without the prior written consent of the other party.', 'Retained.'],
    ];
    const table = new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-agreed-')), 'order.docx');
    const head = ['ORDER FORM AND SCHEDULE OF AMENDMENTS', 'Customer: Severn Valley Combined Authority. Supplier: Brightwater Analytics Ltd.', 'The Master Services Agreement applies as amended below.'];
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [...head.map((l) => new Paragraph(l)), table] }] })));
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'post-termination-services')).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(true);
  });
});

describe('a table of options ticked or left unticked', () => {
  const form = (box: string) => [
    'NADERE OVEREENKOMST BURGERZAKEN',
    'Partijen: de gemeente Oosterlinde (hierna: Opdrachtgever) en Burgerzaken Online B.V. (hierna: Opdrachtnemer).',
    'Artikel 2 Gekozen opties',
    'Alleen de aangekruiste bepalingen zijn overeengekomen.',
    '☒ | Exitplan binnen zes maanden na de ingangsdatum | Gegevens in open formaat naar de opvolgende leverancier bij het einde van de overeenkomst.',
    `${box} | Overdracht van rechten en verplichtingen alleen met toestemming van Opdrachtgever | Optie E van de raamovereenkomst.`,
  ];

  it('reads an option left unticked as not agreed, also by a rule that reads the whole article, in a DOCX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-boxes-'));
    const open = await scan(await docxFile(join(dir, 'unticked.docx'), form('☐')));
    expect(present(open, 'anti-assignment')).toBe(false);
    const ticked = await scan(await docxFile(join(dir, 'ticked.docx'), form('☒')));
    expect(present(ticked, 'anti-assignment')).toBe(true);
  });
});

describe('an order form\'s key terms, one row per party', () => {
  it('keeps the buyer\'s termination without cause where the supplier\'s own row says No', () => {
    const r = contract(
      [
        'CALL-OFF ORDER FORM',
        'Buyer: Westmere Borough Council. Supplier: Halcyon Cloud Services Ltd.',
        'Ref | Item | Selection | Detail',
        "B3 | Termination without cause (Buyer) | Yes | The Buyer may terminate this Call-Off Contract at any time by giving the Supplier at least 30 days' written notice.",
        'B4 | Termination without cause (Supplier) | No | -',
        "B8 | Change of Control | Notification only | The Supplier shall notify the Buyer in writing within 10 Working Days after any change of Control of the Supplier. The Buyer's right in the Call-Off Terms to terminate on a change of Control is disapplied.",
      ].join('\n'),
    );
    expect(present(r, 'termination-for-convenience')).toBe(true);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('… also where that row names the supplier by its name', () => {
    const r = contract(
      [
        'CALL-OFF ORDER FORM',
        'Buyer: Westmere Borough Council ("Westmere").',
        'Supplier: Halcyon Cloud Services Ltd ("Halcyon").',
        'Ref | Item | Selection | Detail',
        "B3 | Termination without cause (Westmere) | Yes | Westmere may terminate this Call-Off Contract at any time by giving Halcyon at least 30 days' written notice.",
        'B4 | Termination without cause (Halcyon) | No | -',
      ].join('\n'),
    );
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });
});

describe('a table of deviations from standard terms in fixed-width columns', () => {
  it('reads a heading wrapped over two lines, and a deviation that ends the right to terminate at will but not the standard\'s takeover article', () => {
    const table = [
      'Nr      Onderwerp         Standaard (ARVODI-2018,           Afwijking',
      '                          zakelijke weergave)',
      '------  ----------------  --------------------------------  ------------------------------------',
      '1       Tussentijdse      Opdrachtgever kan de              Vervalt. Partijen zijn gebonden aan',
      '        opzegging door    overeenkomst tussentijds          de vaste looptijd van 36 maanden.',
      '        Opdrachtgever     opzeggen met inachtneming van     Tussentijdse opzegging is',
      '                          een redelijke termijn.            uitgesloten, behoudens ontbinding',
      '                                                            wegens tekortkoming.',
    ].join('\n');
    const r = contract(`${parties}Artikel 2\n2.1 Op deze overeenkomst zijn de ARVODI-2018 van toepassing, met de afwijkingen in de afwijkingentabel.\n\nArtikel 3 Afwijkingentabel\n\n${table}\n`);
    expect(present(r, 'termination-for-convenience')).toBe(false);
    // (ARVODI's takeover article, merger or demerger only, stays.)
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });
});

describe('a requirements table in a PDF whose cells came out one under another', () => {
  const page = (answer: string) => [
    'Overeenkomst tussen de Provincie Zeeveld (hierna: Opdrachtgever) en Subsidia Online B.V. (hierna: Opdrachtnemer).',
    'Bijlage 1 – Programma van Eisen',
    'Eis | Omschrijving | Antwoord | Toelichting',
    '2.5 Bij tekortkoming kan Opdrachtgever het beheer',
    '(tijdelijk) door een derde laten uitvoeren op',
    'kosten van Opdrachtnemer.',
    `${answer} Alleen na overleg en tegen meerprijs.`,
  ];

  it('reads an answer that opens a line below the requirement as that requirement\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-pve-pdf-'));
    expect(present(await scan(await pdfLinesFile(join(dir, 'niet.pdf'), [page('Voldoet niet')])), 'step-in')).toBe(false);
    expect(present(await scan(await pdfLinesFile(join(dir, 'wel.pdf'), [page('Voldoet')])), 'step-in')).toBe(true);
  });
});

describe('an options row that answers no to standard terms', () => {
  it('reads "Dutch government procurement terms (ARBIT / GIBIT) apply | No" as declaring none of them', () => {
    const r = contract(
      [
        'ORDER FORM',
        'This Order Form is made between Lindenhoven University ("Customer") and Quillstack Inc. ("Supplier") under the Supplier\'s Terms.',
        'Ref | Option | Choice | Note',
        '2.1 | Dutch government procurement terms (ARBIT / GIBIT) apply | No | The Terms, as amended by this Order Form, apply exclusively.',
        '2.2 | Governing law | - | The laws of the Netherlands.',
      ].join('\n'),
    );
    expect(r.standards.map((x) => x.standard)).toEqual([]);
    expect(present(r, 'step-in')).toBe(false);
  });
});


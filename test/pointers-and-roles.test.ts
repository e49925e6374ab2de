// Readings that depend on what a sentence points back to, or on which party a name is: a carve-out of "de genoemde
// artikelen" named in the sentence before, a company's address that names a district, a subcontract whose supplier is
// called "Subcontractor". Text and real DOCX/PDF files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, pdfkitFile, present } from './support.js';

const { contract, scan } = builtinReaders();

// A municipality's own purchasing terms attached in full, with the articles that a later sentence carves out.
const attachedTerms = [
  'Bijlage 6 – Algemene Inkoopvoorwaarden gemeente Oudebrug 2019',
  'Artikel 9 Overdracht van rechten en verplichtingen',
  'a. Opdrachtnemer draagt de Overeenkomst niet geheel of gedeeltelijk over aan een derde zonder voorafgaande schriftelijke toestemming van Opdrachtgever.',
  'Artikel 15 Ontbinding',
  'a. Opdrachtgever is bevoegd de Overeenkomst te ontbinden indien de zeggenschap over Opdrachtnemer direct of indirect wijzigt.',
  'Artikel 16 Opzegging',
  'a. Opdrachtgever is bevoegd de Overeenkomst op ieder moment tussentijds op te zeggen met inachtneming van een opzegtermijn van twee maanden.',
  'Artikel 18 Nakoming door een derde',
  'a. Indien Opdrachtnemer tekortschiet, is Opdrachtgever bevoegd de nakoming zelf ter hand te nemen of door een derde te laten uitvoeren op kosten van Opdrachtnemer.',
];
const head = [
  'Overeenkomst tussen de gemeente Oudebrug (hierna: Opdrachtgever) en Nexaro Managed Services B.V. (hierna: Opdrachtnemer).',
  'Artikel 2 Voorwaarden',
  '2.1 Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden gemeente Oudebrug 2019 (hierna: AIV) van toepassing; zij zijn bijgevoegd als Bijlage 6.',
];

describe('a carve-out that points back to the articles named before', () => {
  it('strikes "de genoemde artikelen van de AIV" named in the sentence before, in a DOCX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-back-'));
    const file = await docxFile(join(dir, 'aiv.docx'), [
      ...head,
      '2.2 In afwijking van artikel 2 lid 2 AIV zijn de Leveringsvoorwaarden van Opdrachtnemer van toepassing op de onderwerpen overdracht (artikel 9 AIV) en beëindiging (artikelen 15 en 16 AIV). Op die onderwerpen zijn de genoemde artikelen van de AIV niet van toepassing.',
      ...attachedTerms,
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'anti-assignment')).toBe(false);
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(false);
    // (Article 18, not named, stays.)
    expect(present(r, 'step-in')).toBe(true);
  });

  it('keeps the articles where the pointer is missing, or where the sentence before only deviates from an article', () => {
    const r = (second: string) =>
      contract(`${head.join('\n')}\n2.2 De Leveringsvoorwaarden van Opdrachtnemer gelden aanvullend (artikel 9 AIV). ${second}\n\n${attachedTerms.join('\n')}\n`);
    // No pointer back: nothing is struck.
    const none = r('De AIV blijven onverkort van toepassing.');
    expect(present(none, 'anti-assignment')).toBe(true);
    // The pointer strikes only what the sentence before names (article 9), not article 16.
    const back = r('De genoemde artikelen van de AIV zijn niet van toepassing.');
    expect(present(back, 'anti-assignment')).toBe(false);
    expect(present(back, 'termination-for-convenience')).toBe(true);
    // An article cited as the one deviated from is not among those named: "In afwijking van artikel 16 AIV …".
    const deviated = contract(
      `${head.join('\n')}\n2.2 In afwijking van artikel 16 AIV geldt een opzegtermijn van drie maanden voor de onderwerpen van artikel 9 AIV. Die artikelen zijn niet van toepassing.\n\n${attachedTerms.join('\n')}\n`,
    );
    expect(present(deviated, 'termination-for-convenience')).toBe(true);
  });
});

describe('which party a name is', () => {
  it('reads an address that runs on after the street ("Jingke Road, Nantun District") as no public body, in a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-district-'));
    const file = await pdfkitFile(join(dir, 'odm.pdf'), (doc) => {
      doc.fontSize(10);
      doc.text('MASTER ODM AGREEMENT');
      doc.moveDown();
      doc.text('This Agreement is made between:');
      doc.text('(1) HARBORLIGHT DEVICES, INC., a California corporation, 1 Market Street, San Francisco, California 94105 ("Harborlight"); and');
      doc.text('(2) KAOHSIANG PRECISION ELECTRONICS CORP., a company incorporated in Taiwan, No. 18 Zhongshan Road, Qianzhen District, Kaohsiung 806, Taiwan ("Maker").');
      doc.moveDown();
      doc.text('1. Maker shall design, manufacture and deliver the Products, and shall provide the services described in Exhibit A.');
      doc.text('2. Harborlight shall pay the prices set out in Exhibit B and shall place purchase orders at least sixty days before delivery.');
      doc.text('3. Harborlight may terminate this Agreement immediately by written notice if a change of control of Maker occurs.');
      doc.text('4. Maker shall not assign this Agreement without the prior written consent of Harborlight.');
    });
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(r.parties).toMatchObject({ customer: ['Harborlight'], supplier: ['Maker'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true });
    expect(r.verdict).not.toBe('unprotected');
  });

  it('keeps a district that names the public body itself', () => {
    const r = contract(
      'This Agreement is made between Riverside Unified School District, 3380 Fourteenth Street, Riverside, California ("District") and Chalkline Systems, Inc., a Delaware corporation ("Vendor").\n\n1. District may terminate this Agreement at any time for convenience on thirty days\' notice.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['District'], supplier: ['Vendor'] });
  });
});

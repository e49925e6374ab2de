// Texts that keep what the negotiation took out: a redline export's "[verwijderd: …]" and "~~…~~", a table of old and new
// text, a comments column, a table or list said not to count, an old text set above its new one, a clause deleted by its
// heading. What was taken out grants nothing; what was put in does. Built-in packs; a DOCX made by the docx writer.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBlanked } from '../src/rules/blanked.js';
import { builtinReaders, docxFile, present } from './support.js';

const readers = builtinReaders();
const { contract, scan } = readers;
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-negotiated-'));

const nl = 'Tussen de Provincie Zuidwaarde, hierna: "de Provincie", en Wegsoft B.V., hierna: "de Leverancier", is overeengekomen:\n\n';
const en = 'This Agreement is made between Northgate Borough Council ("the Customer") and Cloudmere Ltd ("the Supplier").\n\n';

describe('negotiated texts', () => {
  it('reads a redline\'s "[verwijderd: …]", "(deleted: …)" and "~~…~~" as blank, and its "[toegevoegd: …]" as text', () => {
    const r = contract(
      `${nl}3.3 [verwijderd: Indien de Leverancier een storing niet binnen 24 uur heeft verholpen, is de Provincie gerechtigd de storing door een derde te laten verhelpen op kosten van de Leverancier.]\n` +
        '4.1 [verwijderd: De Leverancier deponeert de broncode bij een onafhankelijke escrow-agent.]\n' +
        '6.3 ~~De Provincie kan de overeenkomst te allen tijde opzeggen met een opzegtermijn van drie maanden.~~\n' +
        '6.4 [toegevoegd: Bij beëindiging van de overeenkomst, om welke reden ook, verleent de Leverancier gedurende zes maanden medewerking aan de overdracht van het beheer aan een opvolgende leverancier.]\n',
    );
    expect(present(r, 'step-in')).toBe(false);
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(true);
    // Offsets hold: the inserted text's evidence is quoted where it stands.
    expect(r.clauses['post-termination-services']!.evidence[0]!.quote).toMatch(/^6\.4 \[toegevoegd: Bij beëindiging/);
    const en2 = contract(`${en}5.1 (deleted: The Supplier shall deposit the Source Code with an escrow agent.)\n`);
    expect(present(en2, 'source-code-escrow')).toBe(false);
  });

  it('reads a DOCX made by the docx writer with "[verwijderd: …]" the same way', async () => {
    const file = await docxFile(join(dir, 'redline.docx'), [
      nl.trim(),
      'Artikel 4 Broncode',
      // Longer than an article's marker of its own deletion ("4.1 [verwijderd]"), which was read before.
      '4.1 [verwijderd: De Leverancier deponeert de broncode van de programmatuur en de documentatie bij een onafhankelijke escrow-agent, die de broncode bij faillissement aan de Provincie afgeeft.]',
      'Artikel 5 Einde',
      '5.1 De Leverancier verleent na het einde van de overeenkomst zes maanden medewerking aan de overdracht aan een opvolgende leverancier.',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(true);
  });

  it('in a table of old and new text reads the old cell only where the row keeps it ("Ongewijzigd"); comments say nothing', () => {
    const table = (change: string) =>
      contract(
        `${nl}6. Onderhandelingstabel\nArtikel | Oorspronkelijk | Gewijzigd | Opmerking\n` +
          `6.1 Zeggenschap | De Provincie kan de overeenkomst ontbinden indien de zeggenschap over de Leverancier direct of indirect wijzigt. | ${change} | Leverancier wilde escrow bij een escrow-agent; de broncode wordt gedeponeerd bij de notaris\n`,
      );
    expect(present(table('Vervalt.'), 'change-of-control')).toBe(false);
    expect(present(table('Ongewijzigd.'), 'change-of-control')).toBe(true);
    // The comment describes an escrow nobody agreed to.
    expect(present(table('Ongewijzigd.'), 'source-code-escrow')).toBe(false);
  });

  it('reads a table the text before says is no part of the contract as stating nothing', () => {
    const log = (note: string) =>
      contract(
        `${nl}Toelichting: onderstaande tabel geeft de opmerkingen van de Leverancier weer. ${note}\n\n` +
          'Nr | Artikel | Opmerking | Status\n1 | 9.2 | De Provincie kan de overeenkomst ontbinden bij een wijziging van zeggenschap over de Leverancier | Geschrapt\n\n' +
          '1. Voorwerp\n1.1 De Leverancier levert de dienst.\n',
      );
    expect(present(log('De tabel maakt geen deel uit van de contractuele afspraken.'), 'change-of-control')).toBe(false);
    expect(present(log('De tabel is door beide partijen geparafeerd.'), 'change-of-control')).toBe(true);
  });

  it('reads an old text set above its new one ("Oude tekst: … / Nieuwe tekst: …") as the new one', () => {
    const pair = (next: string) =>
      contract(
        `${nl}2.1 Artikel 9 wordt gewijzigd als volgt.\nOude tekst: 9.1 De Leverancier deponeert de broncode van het systeem bij een escrow-agent.\nNieuwe tekst: ${next}\n`,
      );
    expect(present(pair('9.1 De Leverancier publiceert de broncode onder een open licentie.'), 'source-code-escrow')).toBe(false);
    expect(present(pair('ongewijzigd.'), 'source-code-escrow')).toBe(true);
  });

  it('reads the items of a list whose lead says they do not apply as stating nothing', () => {
    const list = (lead: string) =>
      contract(`${nl}Verklaring\n${lead}\n  - concept 0.7, artikel 9.4 ("De Provincie is bevoegd bij een ernstige tekortkoming de werkzaamheden zelf over te nemen of door een derde te laten uitvoeren op kosten van de Leverancier");\n\n1. Voorwerp\n1.1 De Leverancier levert de dienst.\n`);
    expect(present(list('Partijen verklaren dat de volgende teksten uit de concepten niet zijn overgenomen en geen werking hebben:'), 'step-in')).toBe(false);
    expect(present(list('Partijen verklaren dat de volgende teksten uit de concepten zijn overgenomen:'), 'step-in')).toBe(true);
  });

  it('strikes a clause a change note names by its heading ("the clause headed "Source Code Escrow" is deleted")', () => {
    const note = (verb: string) =>
      contract(
        `${en}Clause 5. Source Code Escrow\nThe Supplier shall deposit the source code of the Software with an escrow agent within 60 days.\nClause 6. Charges\nThe Customer pays the charges.\nCONTRACT CHANGE NOTE No. 1\nThe parties agree that the clause headed "Source Code Escrow" ${verb}.\n`,
      );
    expect(present(note('is deleted in its entirety'), 'source-code-escrow')).toBe(false);
    expect(present(note('is to be read with Schedule 4'), 'source-code-escrow')).toBe(true);
  });
  it('reads a grid table of old and new text whose rows are ruled "+=====+" and whose cells wrap: the old column grants nothing', () => {
    const r = contract(
      `${nl}1.1 De hieronder genoemde artikelen worden gewijzigd zoals in de kolom "Nieuwe tekst" staat.\n\n` +
        '+------+------------------------------------+------------------------------------+\n' +
        '| Art. | Oorspronkelijke tekst              | Nieuwe tekst                       |\n' +
        '+======+====================================+====================================+\n' +
        '| 11.3 | Bij een wijziging van zeggenschap over de Leverancier kan de Provincie de overeenkomst ontbinden. | De Leverancier meldt een wijziging van zeggenschap. |\n' +
        '+------+------------------------------------+------------------------------------+\n' +
        '| 14.1 | De Leverancier deponeert de broncode bij een escrow-agent. | Vervalt. |\n' +
        '|      | Partijen zien af van het depot.    |                                    |\n' +
        '+------+------------------------------------+------------------------------------+\n',
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });
});

describe('findBlanked', () => {
  it('leaves a bracket that is no deletion label, and one that never closes, as text', () => {
    const layout = readers.rules.layout;
    expect(findBlanked('4.1 (zie artikel 9: escrow) De Leverancier deponeert.', layout)).toEqual([]);
    expect(findBlanked('4.1 [verwijderd: De Leverancier deponeert.\n\n5. Einde', layout)).toEqual([]);
    expect(findBlanked('4.1 [verwijderd: De Leverancier [zie 9] deponeert.] 4.2', layout)).toEqual([{ start: 4, end: 51 }]);
  });
});

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

  it('reads a consolidated version: a paragraph labelled "doorgehaald:", an old text its label says has lapsed, and an old text with "Tekst na Addendum 1: [vervallen]" grant nothing', () => {
    const struck = contract(
      `${nl}Artikel 13 Zeggenschap [vervangen bij Addendum 2]\n\n` +
        '13.1  doorgehaald: Indien de zeggenschap over de Leverancier op een derde overgaat, is de Provincie gerechtigd de\novereenkomst met onmiddellijke ingang te ontbinden.\n\n' +
        '13.2  Een wijziging in de zeggenschap over de Leverancier laat deze overeenkomst onverlet. [nieuw per Addendum 2]\n',
    );
    expect(present(struck, 'change-of-control')).toBe(false);
    const lapsed = contract(
      `${nl}Artikel 10 Broncode [gewijzigd bij Addendum 1]\n\nOorspronkelijke tekst (vervallen per 1 maart 2024): "10.1 De Leverancier deponeert de broncode bij een\nonafhankelijke escrow-agent."\n\nArtikel 11 Einde\n11.1 Bij beëindiging van de overeenkomst, om welke reden ook, verleent de Leverancier gedurende zes maanden medewerking aan de overdracht van het beheer aan een opvolgende leverancier.\n`,
    );
    expect(present(lapsed, 'source-code-escrow')).toBe(false);
    expect(present(lapsed, 'post-termination-services')).toBe(true);
    const emptied = contract(
      `${nl}Artikel 11 Zeggenschap [gewijzigd bij Addendum 1]\nOorspronkelijke tekst: "De Leverancier meldt de Provincie binnen dertig dagen iedere wijziging in de\nzeggenschap over de Leverancier."\nTekst na Addendum 1: [vervallen]\n`,
    );
    expect(present(emptied, 'change-of-control')).toBe(false);
    // An old text set above a current wording whose label gives its date: the law in force is the new one.
    const law = contract(
      `${en}14 Governing Law [amended by Amendment 2]\n\n14.1  Superseded wording: "This Agreement shall be governed by the laws of the State of New\nYork."\n\n14.2  Wording in force from 1 March 2023: This Agreement shall be governed by the laws of the Netherlands.\n`,
    );
    expect(law.facts.governingLaw).toBe('Netherlands');
  });

  it('in a consolidated version reads a change list\'s "Clause 21.1 (…) deleted;" as an amendment, and a clause whose line ends "[Vervallen, zie Wijzigingsovereenkomst nr. 1]" as struck', () => {
    const list = contract(
      `${en}Clause 21 – Assignment\n\n21.1  The Supplier may not assign this Agreement without the prior written consent of the Customer.\n\n21.2  Either party may transfer this Agreement by giving written notice to the other.\n\nSchedule of Amendments\n\n- Amendment No. 1 (signed 9 May 2023): Clause 21.1 (assignment only with prior written\nconsent) deleted; Clause 21.2 replaced.\n`,
    );
    expect(present(list, 'anti-assignment')).toBe(false);
    const declared = (marker: string) =>
      contract(`${nl}Artikel 1. Toepasselijke voorwaarden\n1.1 Op deze overeenkomst is ARBIT-2018 van toepassing.${marker}\nArtikel 2. Voorwerp\n2.1 De Leverancier levert het platform.\n`);
    expect(present(declared(''), 'step-in')).toBe(true);
    expect(present(declared(' [Vervallen, zie Wijzigingsovereenkomst nr. 1]'), 'step-in')).toBe(false);
    // The amendment itself, its sentence going on after a comma: "niet langer van toepassing op de Overeenkomst, noch …".
    const later = contract(
      `${nl}1.1 Op deze overeenkomst is ARBIT-2018 van toepassing.\n\nWijzigingsovereenkomst nr. 1\nW2.2 ARBIT-2018 is met ingang van de datum van deze Wijzigingsovereenkomst niet langer van toepassing op de Overeenkomst, noch op reeds verstrekte opdrachten.\n`,
    );
    expect(later.standards[0]!.disapplied).toMatch(/declared not applicable/);
  });

  it('reads an unsigned concept addendum described in a change list as no change, though a wrapped line of it looks like a title', () => {
    const r = contract(
      `${nl}Wijzigingen in deze versie:\n- Addendum 2 (ondertekend 1 september 2023): artikel 9.3 gewijzigd.\n- Concept-Addendum 3 (versie 0.4) – NIET ondertekend. Dit concept voorziet in het buiten toepassing verklaren van de\nARBIT-bepalingen over wijziging van zeggenschap. Het concept is niet in deze tekst verwerkt\nen heeft geen rechtskracht.\n\n` +
        'Artikel 3. Toepasselijke voorwaarden\n3.1 Op deze overeenkomst is de ARBIT-2018 van toepassing.\n\nArtikel 17. Zeggenschap\n17.1 Indien de zeggenschap over de Leverancier overgaat op een derde buiten de Europese Unie, is de Provincie bevoegd de overeenkomst te ontbinden.\n',
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(present(r, 'non-eu-control')).toBe(true);
    expect(r.standards[0]!.excluded).toEqual([]);
  });

  it('reads "Section 10.4 of the Agreement is hereby amended and restated in its entirety as follows" as striking the old 10.4', () => {
    const r = contract(
      `${en}10.4 Change of Control. Either Party may terminate this Agreement upon sixty (60) days' written notice if the other Party undergoes a change of control.\n\nAMENDMENT NO. 1\n\n1. Change of Control. Section 10.4 of the Agreement is hereby amended and restated in its entirety as follows: "Change of Control. Neither Party shall have any right to terminate this Agreement by reason of any change of control of the other Party."\n`,
    );
    expect(present(r, 'change-of-control')).toBe(false);
  });

  it('reads an unsigned concept addendum that is one item of a list of changes as no change, and the items around it as read', () => {
    const r = contract(
      `${nl}Artikel 1. Wijzigingen\n1.1 Deze tekst verwerkt de volgende wijzigingen:\n- Addendum 1 (ondertekend 3 maart 2022): artikel 4 gewijzigd.\n- Concept-Addendum 2 (niet ondertekend)\n  Artikel 9 (Broncodedepot) vervalt.\n- Addendum 3 (ondertekend 1 mei 2024): artikel 10 vervalt.\n\n` +
        'Artikel 9. Broncodedepot\n9.1 De Leverancier deponeert de broncode bij een onafhankelijke escrow-agent.\n\nArtikel 10. Tussentijdse opzegging\n10.1 De Provincie kan de overeenkomst te allen tijde opzeggen met een opzegtermijn van drie maanden.\n',
    );
    expect(present(r, 'source-code-escrow')).toBe(true);
    expect(present(r, 'termination-for-convenience')).toBe(false);
  });
});

describe('amendments described at length', () => {
  it('strikes an article an amendment describes in a relative clause before "komt te vervallen", and reads "[Vervallen – zie artikel 2 …]" as no deletion of article 2', () => {
    const r = contract(
      `${nl}Artikel 2. Looptijd\n2.1 De overeenkomst loopt vier jaar.\nArtikel 11. Wijziging zeggenschap\n[Vervallen – zie artikel 2 van de Eerste Wijzigingsovereenkomst in Bijlage 3.]\n\nBijlage 3 – Eerste Wijzigingsovereenkomst\n` +
        'Artikel 2. Artikel 11 van de overeenkomst (Wijziging zeggenschap Leverancier), dat de Provincie het recht gaf de overeenkomst te ontbinden indien de aandelen in de Leverancier in andere handen overgaan, komt te vervallen.\n',
    );
    expect(r.amendments.map((a) => a.deletes)).toEqual([['11']]);
    expect(present(r, 'change-of-control')).toBe(false);
  });

  it('reads "… is hereby deleted in its entirety and replaced with the words "[Intentionally Omitted]"" as a deletion only: its description grants nothing', () => {
    const r = contract(
      `${en}5.4 The Customer may terminate this Agreement if the Supplier is acquired by a third party.\n\nAMENDMENT NO. 1\n` +
        '1. Deletion. Section 5.4 of the Agreement (Customer\'s right to terminate upon an acquisition of the Supplier) is hereby deleted in its entirety and replaced with the words "[Intentionally Omitted]".\n',
    );
    expect(present(r, 'change-of-control')).toBe(false);
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

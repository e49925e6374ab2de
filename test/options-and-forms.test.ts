// Protections a contract names without agreeing them: an order form's line left unticked, an option marked "niet gegund",
// an annex left as a blank form or "to follow", an agreement the parties only intend to conclude, a duty the general
// terms hold "where the contract so provides", clauses of a framework cited by title and disapplied, and the rights of
// others told of ("the Agency derives no rights from it"). Beside them the readings that must keep a clause: a nested
// list inside an item, a participant of a framework as the buyer, an amendment naming a clause by its heading or
// replacing an annex's article with a quoted provision. Built-in packs; a PDF made by pdfkit and a DOCX made by the docx
// library.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, pdfkitFile, pdfLinesFile, present } from './support.js';

const { contract, scan } = builtinReaders();

const partiesNl = 'De gemeente Lindewaard (hierna: de Gemeente) en GeoMatrix B.V. (hierna: Leverancier).\n\n';
const partiesEn = 'The Netherlands Records Authority ("the Authority") and Larchfield Data Ltd ("the Supplier").\n\n';

describe('options and forms', () => {
  it('reads an order-form line whose box is left empty, under lines that are ticked, as not ordered', () => {
    const form = (escrowBox: string, exitBox: string) =>
      contract(
        `${partiesNl}5.1 Het orderformulier bevat een aantal optionele diensten, waaronder escrow en exitbegeleiding.\n\n` +
          'BIJLAGE 1 – ORDERFORMULIER\n\n' +
          'Artikel | Omschrijving | Aantal | Prijs | Bestellen?\n' +
          '--------+------------------------------+--------+-----------+-----------\n' +
          'GMV-LIC | Licentie (named user) | 35 | EUR 890 | [X]\n' +
          `GMV-ESC | Escrow van de broncode bij een escrow-agent, per jaar | 1 | EUR 1.450 | ${escrowBox}\n` +
          `GMV-EXT | Exitbegeleiding na het einde van de overeenkomst, per uur | — | op verzoek | ${exitBox}\n` +
          'GMV-TRN | Gebruikerstraining | 2 | EUR 725 | [X]\n',
      );
    const none = form('[ ]', '[ ]');
    expect(present(none, 'source-code-escrow')).toBe(false);
    expect(present(none, 'post-termination-services')).toBe(false);
    const both = form('[X]', '[X]');
    expect(present(both, 'source-code-escrow')).toBe(true);
  });

  it('reads a form\'s key with an empty box, beside keys ticked, as not chosen ("Exitregeling: [ ] (zie art. 9)", "Escrow ..... [ ] van toepassing")', () => {
    const form = (exitRow: string, escrowRow: string, tick: string) =>
      contract(
        `${partiesNl}2. Keuzeblad\n` +
          `${exitRow}\n` +
          `Inzet derde bij tekortkoming (art. 7): ${tick}\n` +
          `${escrowRow}\n` +
          `Boeteregeling servicelevels ......................... ${tick} van toepassing\n\n` +
          '7. Na het einde van de Overeenkomst verleent Leverancier exitbegeleiding en draagt hij alle gegevens in een open formaat over aan de Gemeente of een opvolgende leverancier.\n\n' +
          '8. Leverancier deponeert de broncode van de programmatuur bij een onafhankelijke escrow-agent.\n',
      );
    const notChosen = form('Exitregeling van toepassing: [ ] (zie toelichting art. 7)', 'Escrow broncode (art. 8) ..... [ ] van toepassing', '[X]');
    expect(present(notChosen, 'post-termination-services')).toBe(false);
    expect(present(notChosen, 'source-code-escrow')).toBe(false);
    // Ticked, the articles stand; a form of empty boxes only is still to be filled in and switches nothing off.
    const chosen = form('Exitregeling van toepassing: [X] (zie toelichting art. 7)', 'Escrow broncode (art. 8) ..... [X] van toepassing', '[X]');
    expect(present(chosen, 'post-termination-services')).toBe(true);
    expect(present(chosen, 'source-code-escrow')).toBe(true);
    const blankForm = form('Exitregeling van toepassing: [ ] (zie toelichting art. 7)', 'Escrow broncode (art. 8) ..... [ ] van toepassing', '[ ]');
    expect(present(blankForm, 'post-termination-services')).toBe(true);
    expect(present(blankForm, 'source-code-escrow')).toBe(true);
  });

  it('reads an order confirmation\'s list of options not taken ("Niet in deze bestelling opgenomen: …") as switching them off', () => {
    const r = (line: string) =>
      contract(
        `${partiesNl}BIJLAGE C – BEPALINGEN OPTIONELE VOORZIENINGEN\n\n` +
          'C.1 Escrow. Leverancier deponeert de broncode van de programmatuur bij een onafhankelijke escrow-agent.\n\n' +
          'C.2 Exitbegeleiding. Leverancier verleent na het einde van de overeenkomst medewerking aan de migratie naar een opvolgende leverancier.\n\n' +
          `BIJLAGE D – ORDERBEVESTIGING\n\nAfgenomen: B1 (platformlicentie), B2 (inrichting).\n\n${line}\n`,
      );
    const declined = r('Niet in deze bestelling opgenomen: B4 Escrow (optioneel), B5\nExitbegeleiding per uur, B7 Data-export.');
    expect(present(declined, 'source-code-escrow')).toBe(false);
    expect(present(declined, 'post-termination-services')).toBe(false);
    const ordered = r('Ook afgenomen: B4 Escrow (optioneel), B5 Exitbegeleiding per uur.');
    expect(present(ordered, 'source-code-escrow')).toBe(true);
    expect(present(ordered, 'post-termination-services')).toBe(true);
  });

  it('reads an article that holds only if an option was taken as saying nothing where the order confirmation says the option was not taken', () => {
    const nlText = (status: string) =>
      contract(
        `${partiesNl}Artikel 11 – Overname\n11.1 Dit artikel is uitsluitend van toepassing indien de optie "Overname-clausule: meerprijs" in de Orderbevestiging is afgenomen.\n` +
          '11.2 Leverancier meldt iedere voorgenomen overdracht van een meerderheidsbelang in Leverancier aan de Gemeente. De Gemeente kan in dat geval de Overeenkomst binnen zestig dagen na de melding opzeggen.\n\n' +
          `Artikel 12 – Exit\n12.1 Leverancier verleent na het einde van de Overeenkomst medewerking aan de overgang naar een opvolgende leverancier, voor zover de optie Nazorgpakket is afgenomen.\n\n` +
          `Bijlage 2 – Orderbevestiging\nRegel | Status\n1 Platformabonnement | afgenomen\n5 Overname-clausule: meerprijs | ${status}\n6 Nazorgpakket | ${status}\n`,
      );
    expect(present(nlText('niet afgenomen'), 'change-of-control')).toBe(false);
    expect(present(nlText('niet afgenomen'), 'post-termination-services')).toBe(false);
    expect(present(nlText('afgenomen'), 'change-of-control')).toBe(true);
    expect(present(nlText('afgenomen'), 'post-termination-services')).toBe(true);
    const enText = (status: string) =>
      contract(
        `${partiesEn}14. Ownership\n14.1 This Clause applies only if the option "Ownership Protection" is selected in the Order Form.\n` +
          '14.2 If the Supplier comes under the control of another person, the Authority may terminate this Agreement by written notice within three months.\n\n' +
          `ORDER FORM\nOption | Selected\nOwnership Protection | ${status}\n`,
      );
    expect(present(enText('not selected'), 'change-of-control')).toBe(false);
    expect(present(enText('yes'), 'change-of-control')).toBe(true);
  });

  it('reads an option marked "niet gegund" as not agreed, with the annex article it heads', () => {
    const r = (mark: string) =>
      contract(
        `${partiesNl}Artikel 1 – Looptijd\n1.1 De overeenkomst loopt vier jaar.\n\nBIJLAGE 3 – OPTIES\n` +
          'Artikel 3 – Optie A – Gegarandeerde uitwijk (gegund)\nLeverancier reserveert capaciteit in een tweede datacenter.\n' +
          `Artikel 4 – Optie B – Broncode-escrow${mark}\n` +
          'Bij afname van deze optie deponeert Leverancier de broncode bij een onafhankelijke escrow-agent op basis van een driepartijenovereenkomst, met afgifte bij faillissement.\n' +
          'BIJLAGE 4 – VERWERKERSOVEREENKOMST\nVerwerker verwerkt persoonsgegevens uitsluitend in opdracht.\n',
      );
    expect(present(r(' (niet gegund)'), 'source-code-escrow')).toBe(false);
    expect(present(r(' (gegund)'), 'source-code-escrow')).toBe(true);
  });

  it('reads an annex left as a blank form, and the line that lists it, as granting nothing', () => {
    const r = (body: string) =>
      contract(
        `${partiesNl}Artikel 16 – Continuïteit\n16.1 Exit: zie Bijlage 4.\n\nArtikel 19 – Bijlagen\n19.1 De volgende bijlagen maken deel uit van de Overeenkomst:\n` +
          '      a. Bijlage 1 – Dienstbeschrijving;\n      f. Bijlage 7 – Escrowovereenkomst.\n\n' +
          '======================================================================\nBIJLAGE 7 – ESCROWOVEREENKOMST\n' +
          `======================================================================\n\nModel driepartijen-escrowovereenkomst\n\n${body}`,
      );
    const blank = r(
      'Partijen: (1) [naam Licentiegever], (2) [naam Licentienemer], (3) [naam Escrow-agent].\n\n' +
        'Artikel 1. Depot. Licentiegever deponeert binnen [..] dagen na ondertekening de broncode van [naam programmatuur] bij de Escrow-agent.\n\n' +
        'Artikel 2. Afgifte. De Escrow-agent geeft het depot af indien [afgiftegronden invullen].\n\nOndertekening: [plaats], [datum]\n',
    );
    expect(present(blank, 'source-code-escrow')).toBe(false);
    const filled = r(
      'Partijen: (1) GeoMatrix B.V., (2) de gemeente Lindewaard, (3) Stichting Broncodedepot.\n\n' +
        'Artikel 1. Depot. Licentiegever deponeert binnen dertig dagen na ondertekening de broncode van GeoMatrix Vergunningen bij de Escrow-agent.\n\n' +
        'Artikel 2. Afgifte. De Escrow-agent geeft het depot af indien Licentiegever failliet wordt verklaard.\n',
    );
    expect(present(filled, 'source-code-escrow')).toBe(true);
  });

  it('reads an annex "which is to follow", in a PDF, as granting nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-forms-'));
    const pdf = (tail: string) =>
      pdfkitFile(join(dir, `follow-${tail ? 'pending' : 'attached'}.pdf`), (doc) => {
        doc.fontSize(10).text('Agreement between the GGD Brabant-Zuidwest ("the Customer") and Medisyn Health Ltd ("the Supplier").', { width: 470 });
        doc.moveDown().text('Article 10 – Source code', { width: 470 });
        doc.text(`10.1 The Supplier shall deposit the source code of the software with an escrow agent under Schedule 7 (Escrow Agreement)${tail}.`, { width: 470 });
      });
    const pending = await scan(await pdf(', which is to follow'));
    expect(pending.status).toBe('ok');
    expect(present(pending, 'source-code-escrow')).toBe(false);
    expect(present(await scan(await pdf('')), 'source-code-escrow')).toBe(true);
  });

  it('reads an agreement the parties only intend to conclude, or a duty "where the contract so provides", as no term', () => {
    expect(present(contract(`${partiesEn}6.1 The parties intend to conclude, in due course and on terms to be agreed, (a) a source code escrow agreement and (b) an exit plan.\n`), 'source-code-escrow')).toBe(false);
    expect(present(contract(`${partiesEn}6.1 The parties shall conclude a source code escrow agreement with an escrow agent within thirty days.\n`), 'source-code-escrow')).toBe(true);
    expect(present(contract(`${partiesEn}F8.1 Where the contract so provides, the Supplier shall deposit the source code with an escrow agent.\n`), 'source-code-escrow')).toBe(false);
    expect(present(contract(`${partiesNl}5.1 Partijen streven ernaar te zijner tijd een escrowregeling voor de broncode te treffen.\n`), 'source-code-escrow')).toBe(false);
  });

  it('reads clauses of a framework cited by number and title and disapplied as granting nothing, and keeps the standard terms they point to', () => {
    const off = contract(
      `${partiesEn}1.2 Clauses 14 (Change of Control), 15 (Source Code Escrow), 16 (Step-in), 17 (Exit) and 19 (Termination for Convenience) of the Framework are disapplied for this Call-Off Order.\n`,
    );
    for (const clause of ['change-of-control', 'termination-for-convenience', 'source-code-escrow']) expect(present(off, clause)).toBe(false);
    const arbit = contract(
      'The University ("the Customer") and Notebook Labs GmbH ("the Supplier").\n\n1.1 This Call-Off is governed by this form, the Framework and ARBIT-2018.\n' +
        '1.2 The provisions of ARBIT-2018 concerning the deposit of source code (escrow) shall not apply.\n' +
        '1.3 Clause 14 of the Framework (Change of Control) does not apply; change of control of the Supplier is governed exclusively by ARBIT-2018.\n',
    );
    expect(present(arbit, 'change-of-control')).toBe(true);
    expect(present(arbit, 'source-code-escrow')).toBe(false);
  });

  it('reads the rights of others told of ("the Agency derives no rights from it") as no clause', () => {
    const r = (after: string) =>
      contract(
        `${partiesEn}2.3 The Authority has taken note of the consortium agreement between the members, under which Veldhuis B.V. may terminate its cooperation with NorthBridge Inc. if NorthBridge Inc. undergoes a change of control.${after}\n`,
      );
    expect(present(r(' That right exists only between the members; the Authority derives no rights from it.'), 'change-of-control')).toBe(false);
    // A denial of the customer's own right is no report of others' rights: the sentence before stays a clause.
    const notice = contract(`${partiesEn}7.1 The Supplier shall notify the Authority of any change of control of the Supplier. 7.2 Such a change gives the Authority no right to terminate.\n`);
    expect(present(notice, 'change-of-control')).toBe(true);
  });

  it('reads an item that opens a list of its own ("(b) … may terminate … (i) if …; or (ii) … after a Change of Control") with its lead', () => {
    const r = contract(
      'Tamsin Robotics Inc. (the "Licensor") and Northgate Automation JV LLC (the "Licensee").\n\n14.2 Termination.\n' +
        '(a) Either Party may terminate this Agreement if the other Party becomes insolvent.\n' +
        '(b) The Licensee may terminate this Agreement upon written notice to the Licensor (i) if the Licensor materially breaches this Agreement and fails to cure within sixty (60) days after notice; or\n' +
        '(ii) at any time within one hundred and eighty (180) days after a Change of Control of the Licensor.\n',
    );
    expect(r.clauses['change-of-control']!.evidence.some((e) => e.rule === 'change-of-control/customer-may-end')).toBe(true);
  });

  it('reads a framework participant as the buyer ("is de Deelnemer gerechtigd … door een derde te laten uitvoeren")', () => {
    const r = contract(
      'Stichting ROC Eemvallei en EduSIS Nederland B.V.\n\n4.1 Indien Leverancier tekortschiet in de nakoming van haar verplichtingen en dit de continuïteit van het onderwijs van de Deelnemer in gevaar brengt, is de Deelnemer gerechtigd, na Leverancier schriftelijk te hebben gesommeerd, de betreffende werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren.\n',
    );
    expect(present(r, 'step-in')).toBe(true);
  });

  it('reads a failure within "the agreed restore time" as a failure, not as a right not agreed', () => {
    const lot = contract(
      `${partiesEn}18.1 If a Critical Incident is not resolved within the agreed restore time, the Authority may, after notifying the Supplier, remedy the failure itself or engage a third party to do so at the Supplier's cost.\n`,
    );
    expect(present(lot, 'step-in')).toBe(true);
  });

  it('reads a right to end "the Work or any part thereof, or this Agreement" for any reason, and a notice given in the same sentence', () => {
    const tfc = contract(
      'Redrock Operating LLC ("Company") and Basin Pressure Services Inc. ("Contractor").\n\n14.3 Company may, at any time and for any reason whatsoever, suspend or terminate the Work or any part thereof, or this Agreement, by notice to Contractor effective upon receipt.\n',
    );
    expect(present(tfc, 'termination-for-convenience')).toBe(true);
    const coc = contract(
      'Redrock Operating LLC ("Operator") and Basin Pressure Services Inc. ("Contractor").\n\n15.3 Any suspension or termination under this Section shall not constitute a breach by Operator.\n' +
        '15.4 If Contractor undergoes a Change of Control, Contractor shall notify Operator in writing within ten (10) business days, and Operator may, at any time within one hundred twenty (120) days after receipt of such notice, terminate this Agreement by written notice to Contractor.\n',
    );
    expect(coc.clauses['change-of-control']!.evidence.some((e) => e.rule === 'change-of-control/customer-may-end')).toBe(true);
  });

  it('strikes a clause an amendment names by its heading, and an annex article replaced by a quoted provision, in a DOCX', async () => {
    const headed = contract(
      'Aldgate Acoustics Ltd (the "Supplier") and Solent Hearing Ltd (the "Buyer").\n\n10. DSP FIRMWARE ESCROW\n\n' +
        '10.1 The Supplier shall deposit the source code of the DSP Firmware with NCC Group Escrow Limited within sixty (60) days.\n\n11. LAW\n\n11.1 This Agreement is governed by English law.\n\n' +
        'AMENDMENT NO. 1 TO COMPONENT PURCHASE AGREEMENT\n\n1. The clause of the Agreement headed "DSP Firmware Escrow" is deleted in its entirety.\n',
    );
    expect(present(headed, 'source-code-escrow')).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-forms-'));
    const file = await docxFile(join(dir, 'addendum-forward.docx'), [
      'Overeenkomst tussen de gemeente Twentevallei (hierna: de Gemeente) en Omnivox Telefonie B.V. (hierna: de Leverancier).',
      'Artikel 1 – Voorwaarden',
      '1.1 Op deze overeenkomst zijn de Voorwaarden in Bijlage 3 van toepassing.',
      'Artikel 2 – Looptijd',
      '2.1 De overeenkomst loopt vier jaar.',
      'Artikel 3 – Prijzen',
      '3.1 De prijzen staan in Bijlage 2.',
      'Addendum 1',
      '1. Met ingang van de datum van ondertekening van dit addendum vervalt artikel 12.2 van de Voorwaarden, zoals opgenomen in Bijlage 3, en wordt het vervangen door de volgende bepaling: "12.2 De Leverancier informeert de Gemeente schriftelijk over een voorgenomen wijziging van de zeggenschap over de Leverancier."',
      '2. Alle overige bepalingen blijven ongewijzigd van kracht.',
      'Bijlage 3 – Voorwaarden',
      'Artikel 8 – Overdracht',
      '8.1 De Leverancier draagt de Overeenkomst niet over zonder toestemming van de Gemeente.',
      'Artikel 12 – Ontbinding',
      '12.1 Elk der partijen kan de Overeenkomst ontbinden indien de andere partij tekortschiet.',
      '12.2 De Gemeente kan de Overeenkomst met onmiddellijke ingang ontbinden indien de zeggenschap over de Leverancier wijzigt.',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['change-of-control']!.evidence.some((e) => e.rule === 'change-of-control/customer-may-end')).toBe(false);
  });
});

describe('modules offered in a list with boxes, their text set out further on', () => {
  const pack = (box: string) => [
    [
      'Overeenkomst clouddiensten Burgerzaken',
      'Partijen: de gemeente Oosterzijl ("de Gemeente") en Polderlicentie B.V., Zwolle ("Leverancier").',
      'Artikel 1. Documenten',
      '1.1 Op deze overeenkomst zijn de Aanvullende Voorwaarden (Bijlage 1, ingevuld keuzeformulier) van toepassing.',
      'Artikel 2. Overdracht',
      '2.1 Leverancier kan de overeenkomst slechts met voorafgaande schriftelijke toestemming van de Gemeente overdragen.',
    ],
    [
      'Bijlage 1 – Aanvullende Voorwaarden – keuzeformulier',
      'Alleen de bepalingen die hieronder met [X] zijn aangekruist, zijn van toepassing.',
      '(a) [X] Module A – Gegevenslocatie binnen de EU;',
      `(b) ${box} Module B – Exit: verlengde toegang en migratieondersteuning na het einde van de overeenkomst;`,
      `(c) ${box} Module C – Wijziging van zeggenschap: ontbindingsrecht van de Gemeente;`,
      'Module A. Gegevenslocatie. De gegevens worden binnen de EU opgeslagen.',
      'Module B. Exit. Na het einde van de overeenkomst blijft de dienst zes maanden beschikbaar en',
      'verleent de leverancier migratieondersteuning.',
      'Module C. Zeggenschap. Bij een wijziging van zeggenschap over de leverancier mag de Gemeente de',
      'overeenkomst ontbinden.',
    ],
  ];

  it('reads a module left unticked after its list marker as not agreed, also where its text stands under its label, in a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-modules-'));
    const open = await scan(await pdfLinesFile(join(dir, 'open.pdf'), pack('[ ]')));
    expect(present(open, 'post-termination-services')).toBe(false);
    expect(present(open, 'change-of-control')).toBe(false);
    const ticked = await scan(await pdfLinesFile(join(dir, 'ticked.pdf'), pack('[X]')));
    expect(present(ticked, 'post-termination-services')).toBe(true);
    expect(present(ticked, 'change-of-control')).toBe(true);
  });
});

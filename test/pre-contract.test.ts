// Letters of intent, heads of terms and memoranda: what such a document says binds no one where it declares so of itself
// or a part's title does, except the articles and parts it names as binding; an agreement signed after it in the same
// file binds; a wish or an expectation of what the contract will hold grants nothing. Built-in packs; a DOCX made by the
// docx writer.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, present } from './support.js';

const { contract, scan } = builtinReaders();
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-precontract-'));

const loiNl =
  'INTENTIEVERKLARING VERVANGING ZAAKSYSTEEM\n\nDe Gemeente Oostwold, hierna: "de Gemeente", en Zaakwijs B.V., hierna: "de Leverancier", verklaren:\n\n' +
  '1. Status\n1.1 Deze intentieverklaring is niet bindend, met uitzondering van de artikelen 4 en 5.\n\n' +
  '2. Uitgangspunten\n2.1 De Gemeente kan de Definitieve Overeenkomst ontbinden indien de zeggenschap over de Leverancier overgaat op een derde.\n' +
  '2.2 De Leverancier deponeert de broncode bij een onafhankelijke escrow-agent.\n\n' +
  '3. Planning\n3.1 De Definitieve Overeenkomst wordt uiterlijk 1 maart ondertekend.\n\n' +
  '4. Geheimhouding en overdracht\n4.1 Geen van partijen mag haar rechten uit deze intentieverklaring zonder voorafgaande schriftelijke toestemming van de andere partij aan een derde overdragen.\n\n' +
  '5. Recht\n5.1 Op deze intentieverklaring is Nederlands recht van toepassing.\n';

describe('documents before the contract', () => {
  it('a letter of intent that declares itself not binding grants nothing, except in the articles it names as binding', () => {
    const r = contract(loiNl);
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(r.facts.governingLaw).toBe('Netherlands');
    // The same letter without its declaration is read as it stands.
    const plain = contract(loiNl.replace('1.1 Deze intentieverklaring is niet bindend, met uitzondering van de artikelen 4 en 5.', '1.1 Partijen leggen hierin hun afspraken vast.'));
    expect(present(plain, 'change-of-control')).toBe(true);
    expect(present(plain, 'source-code-escrow')).toBe(true);
  });

  it('a declaration by a pronoun pointing back ("Dit hoofdlijnenakkoord is een gespreksverslag. Het bindt partijen niet.") is the document\'s own', () => {
    const r = contract(
      'HOOFDLIJNENAKKOORD\n\nOmgevingsdienst Noordrand (hierna: "de Opdrachtgever") en Geoplan B.V. (hierna: "de Leverancier").\n\n' +
        '1. Karakter\nDit hoofdlijnenakkoord is een gespreksverslag dat beide partijen voor gezien tekenen. Het bindt partijen niet.\n\n' +
        '2. Hoofdlijnen\nDe Leverancier stelt na het einde van de overeenkomst alle gegevens van de Opdrachtgever in een open formaat ter beschikking.\n',
    );
    expect(present(r, 'post-termination-services')).toBe(false);
  });

  it('a part titled not binding grants nothing; a part titled binding does', () => {
    const r = contract(
      `Tussen de Provincie Zuidwaarde, hierna: "de Provincie", en Wegsoft B.V., hierna: "de Leverancier", is overeengekomen:\n\n` +
        'Deel 1 – Intenties (niet bindend)\n1. De Provincie is gerechtigd de werkzaamheden bij een ernstige storing door een derde te laten uitvoeren op kosten van de Leverancier.\n\n' +
        'Deel 2 – Pilot (bindend)\n2. De Provincie kan de pilot te allen tijde zonder opgave van redenen opzeggen.\n',
    );
    expect(present(r, 'step-in')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });

  it('reads a DOCX of heads of terms followed by the agreement signed later: only the agreement binds', async () => {
    const file = await docxFile(join(dir, 'heads-and-agreement.docx'), [
      'PART A – HEADS OF TERMS (SUBJECT TO CONTRACT)',
      '1. Parties: Harrowfield Borough Council (the "Council") and Stellwood Systems Limited (the "Supplier").',
      '2. Escrow: the Supplier will deposit the source code of the platform with an independent escrow agent.',
      '3. Status: these Heads of Terms are not legally binding.',
      'PART B – SERVICES AGREEMENT',
      'THIS AGREEMENT is made between Harrowfield Borough Council (the "Council") and Stellwood Systems Limited (the "Supplier").',
      '1. The Council may terminate this Agreement by written notice if the Supplier undergoes a change of control.',
      '2. This Agreement is governed by the laws of England and Wales.',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.facts.governingLaw).toMatch(/^England/);
  });

  it('a contract that calls another document not binding keeps its own clauses', () => {
    const r = contract(
      'This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\n' +
        '1.1 The letter of intent dated 1 May 2024 is not legally binding and is superseded by this Agreement.\n' +
        '1.2 The Customer may terminate this Agreement by written notice if the Supplier undergoes a change of control.\n',
    );
    expect(present(r, 'change-of-control')).toBe(true);
  });

  it('what a party wishes or expects the contract to hold grants nothing ("wil … kunnen beëindigen", "expects the contract to include")', () => {
    const nl = 'Tussen de Omgevingsdienst Regio Dinkel, hierna: "de Opdrachtgever", en Geoplan B.V., hierna: "de Leverancier", is overeengekomen:\n\n';
    expect(present(contract(`${nl}3. De Opdrachtgever wil de overeenkomst kunnen beëindigen als de Leverancier wordt overgenomen.\n`), 'change-of-control')).toBe(false);
    expect(present(contract(`${nl}3. De Opdrachtgever kan de overeenkomst beëindigen als de Leverancier wordt overgenomen.\n`), 'change-of-control')).toBe(true);
    const en = 'This Agreement is made between the Pinewood Health Board ("the Board") and Cloudco Ltd ("the Supplier").\n\n';
    const r = contract(`${en}1.2 Subject to contract: the Board expects the Contract to allow it to terminate if the Supplier undergoes a change of control.\n`);
    expect(present(r, 'change-of-control')).toBe(false);
  });

  it("a document of the bid the contract calls not binding grants nothing where the file prints it, the contract's own clause on it still does", () => {
    const pack = (declared: string, own = '') =>
      'OVEREENKOMST VOOR POSTVERZENDING\n\nDe Dienst Uitvoering Studiefinanciering, hierna: "Opdrachtgever", en Noordkaap Print & Mail B.V., hierna: "Opdrachtnemer", komen overeen:\n\n' +
      `Artikel 2 – Documenten\n2.1 Van de Inschrijving maakt uitsluitend het prijzenblad deel uit van de Overeenkomst.${declared}\n${own}\n` +
      'Artikel 3 – Recht\n3.1 Nederlands recht is van toepassing.\n\nOndertekend te Groningen op 14 december 2023.\n\n' +
      'DEEL B – UIT DE INSCHRIJVING\n----------------------------\nB.1 Prijzenblad: enkelvoudige zending EUR 0,214.\n\n' +
      'B.2 Plan van Aanpak, paragraaf 6 (Exitplan): Bij beëindiging van de overeenkomst zal\nOpdrachtnemer gedurende drie maanden na afloop de verzending voortzetten tot een nieuwe\nleverancier operationeel is en de archiefbestanden overdragen in PDF/A-formaat.\n\n' +
      'B.3 Inschrijver neemt een voorbehoud op de vernietigingstermijn.\n';
    const declared = ' Het Plan van Aanpak, met inbegrip van het daarin opgenomen exitplan, is ter informatie bijgevoegd en is voor partijen niet bindend.';
    expect(present(contract(pack(declared)), 'post-termination-services')).toBe(false);
    // Without the declaration the plan printed with the bid is read.
    expect(present(contract(pack('')), 'post-termination-services')).toBe(true);
    // The contract's own clause that opens with the plan's name binds.
    const own = '2.3 Plan van Aanpak: Opdrachtnemer ondersteunt Opdrachtgever na het einde van de Overeenkomst drie maanden bij de overgang naar een nieuwe leverancier.\n';
    expect(present(contract(pack(declared, own)), 'post-termination-services')).toBe(true);
  });
});

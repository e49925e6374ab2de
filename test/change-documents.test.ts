// A contract as it stands after years of changes, kept as one pack: the agreement, then change requests and change
// notes that were never agreed. A change document whose own status field says it is a proposal, still under review or
// turned down grants nothing. Real DOCX (a Word table for the request's fields) and PDF files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { builtinReaders, pdfLinesFile, present } from './support.js';

const { contract, scan } = builtinReaders();

const agreement = [
  'A. Overeenkomst',
  'Overeenkomst tussen de Vervoerregio Amstelland (hierna: Opdrachtgever) en Lianhe Smart Mobility Netherlands B.V. (hierna: Opdrachtnemer).',
  'Artikel 1 — Opdracht',
  '1.1 Opdrachtnemer levert en beheert de dashboardomgeving voor deelmobiliteit.',
  'Artikel 2 — Einde',
  '2.1 Na het einde van de overeenkomst levert Opdrachtnemer alle gegevens van Opdrachtgever in een open formaat terug en verleent zij medewerking aan de overgang naar een opvolgende leverancier.',
  'Artikel 3 — Recht',
  '3.1 Op deze overeenkomst is Nederlands recht van toepassing.',
  'Amstelveen, 11 mei 2020.',
];
const proposals = [
  'Voorgestelde wijziging:',
  'a) Toevoeging artikel 8: "Opdrachtnemer deponeert de broncode van de dashboardomgeving bij een onafhankelijke depothouder; afgifte aan Opdrachtgever vindt plaats bij faillissement van Opdrachtnemer."',
  'b) Toevoeging artikel 9: "Indien Opdrachtnemer de dienstverlening ernstig verzuimt, kan Opdrachtgever de werkzaamheden door een derde laten uitvoeren op kosten van Opdrachtnemer."',
];

async function requestDocx(status: string): Promise<string> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const rows = [['Rubriek', 'Inhoud'], ['Nummer', 'WV-03'], ['Datum', '2 oktober 2023'], ['Status', status]];
  const table = new Table({ rows: rows.map(([a, b]) => new TableRow({ children: [cell(a!), cell(b!)] })) });
  const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-request-')), 'dossier.docx');
  const children = [...agreement.map((l) => new Paragraph(l)), new Paragraph('B. Wijzigingsverzoek WV-03'), table, ...proposals.map((l) => new Paragraph(l))];
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

describe('change requests and change notes that were never agreed', () => {
  it('reads nothing from a request whose status is "Ter bespreking — niet geaccordeerd", in a DOCX table under a lettered title', async () => {
    const r = await scan(await requestDocx('Ter bespreking — niet geaccordeerd'));
    expect(r.status).toBe('ok');
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'step-in')).toBe(false);
    // (The agreement itself still stands.)
    expect(present(r, 'post-termination-services')).toBe(true);
  });

  it('reads an agreed request as written', async () => {
    const r = await scan(await requestDocx('Akkoord, getekend door beide partijen'));
    expect(present(r, 'source-code-escrow')).toBe(true);
    expect(present(r, 'step-in')).toBe(true);
  });

  it('reads nothing from a change request whose status, after the proposed text, says it is open and not signed, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-cr-')), 'msa-pack.pdf'), [
      [
        'MASTER SERVICES AGREEMENT',
        'This Agreement is made between the Municipality of Westervoort ("Customer") and Aranya Digital B.V. ("Aranya").',
        '1. Services',
        '1.1 Aranya shall provide application management services.',
        '2. Exit',
        '2.1 For six months after termination Aranya shall provide the Customer or its replacement supplier with transition assistance.',
        '3. Law',
        '3.1 This Agreement is governed by the laws of the Netherlands.',
      ],
      [
        'CHANGE REQUEST CR-22',
        'Item | Detail',
        'Raised by | Customer, Contract Management',
        'Subject | Change of control protection',
        'Proposed text | New clause 12.3: "The Customer may terminate this Agreement with immediate effect if control of Aranya is acquired by any person."',
        'Status | OPEN — not agreed, not signed',
      ],
    ]);
    const r = await scan(file);
    expect(present(r, 'change-of-control')).toBe(false);
    expect(r.verdict).toBe('partial');
  });

});

describe('a later document under a banner that says it is a draft', () => {
  it('reads nothing from a deed of variation under "DRAFT - FOR DISCUSSION ONLY - NOT SIGNED" between ruled lines; a signed one counts', () => {
    const pack = (banner: string) =>
      contract(
        `This Contract is made between the Borough Council ("the Council") and Northgate Field Services Ltd ("the Contractor").\n\n1. Services\n1.1 The Contractor provides field support to the Council.\n2. Term\n2.1 The Contract runs for four years.\n\n${'-'.repeat(60)}\n${banner}\nDEED OF VARIATION (version 0.3, 19 March 2025)\n${'-'.repeat(60)}\n1. The following clause 2.2 is inserted:\n"2.2 The Contractor shall deposit the source code of its integration modules with an escrow agent approved by the Council, to be released if the Contractor ceases to trade."\n`,
      );
    expect(present(pack('DRAFT - FOR DISCUSSION ONLY - NOT SIGNED'), 'source-code-escrow')).toBe(false);
    expect(present(pack('SIGNED AND DATED 2 APRIL 2025'), 'source-code-escrow')).toBe(true);
  });
});

describe('what a former text said, told in the past tense', () => {
  const head = 'Overeenkomst tussen het Belastingsamenwerkingsverband Zuid-Oost (hierna: Opdrachtgever) en Maasdata B.V. (hierna: Opdrachtnemer).\n';
  it('reads no escrow from "(De oorspronkelijke tekst bepaalde dat de broncode … in depot werd gegeven.)" after the new text', () => {
    const r = contract(
      head +
        'Wijzigingsovereenkomst nr. 2\n4. Artikel 13 komt te luiden: "13.1 De programmatuur blijft eigendom van Opdrachtnemer. Opdrachtnemer is niet verplicht de broncode daarvan te deponeren." (De oorspronkelijke tekst bepaalde dat de broncode van de conversiemodule bij een notaris in depot werd gegeven.)\n',
    );
    expect(present(r, 'source-code-escrow')).toBe(false);
  });

  it('reads no exit clause from a former arrangement described in a recital of the amendment, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-former-')), 'website.pdf'), [
      [
        'Overeenkomst tussen de gemeente Bergkamp (hierna: Opdrachtgever) en Klaverblad Webdiensten B.V. (hierna: Opdrachtnemer).',
        'Artikel 1 Opdracht',
        '1.1 Opdrachtnemer host en onderhoudt de gemeentelijke website.',
        'Addendum 1',
        'Aanleiding: Opdrachtnemer host sinds 2021 uitsluitend via een standaard cloudomgeving. De oorspronkelijke exitregeling in artikel 7 (waarin Opdrachtnemer na het einde van de overeenkomst een volledige export van de website in XML-formaat leverde en de domeinnaam overdroeg) was daarop niet meer afgestemd.',
        'Partijen komen overeen:',
        '1. Artikel 7 vervalt.',
      ],
    ]);
    const r = await scan(file);
    expect(present(r, 'post-termination-services')).toBe(false);
  });

  it('reads nothing from an article told of in the past ("Clause 8 previously required …", "dat artikel 8 bepaalde dat …"), nor from a former text after an opening phrase', () => {
    const en = contract(
      'This Agreement is made between the Borough Council ("the Authority") and Quillon Systems Ltd ("the Supplier").\n1. Services\n1.1 The Supplier provides the revenue system.\nDeed of Variation No. 1\nRecitals\n(A) Clause 8 previously required the Supplier to deposit the source code of the Software with an escrow agent, with release to the Authority on the Supplier\'s insolvency.\n(B) For the avoidance of doubt, the former Clause 12.4, under which the Authority could terminate this Agreement upon a change of control of the Supplier, is of no further effect.\nThe parties agree that Clause 8 and Clause 12.4 are deleted.\n',
    );
    expect(present(en, 'source-code-escrow')).toBe(false);
    expect(present(en, 'change-of-control')).toBe(false);
    const nl = contract(head + 'Artikel 1 Opdracht\n1.1 Opdrachtnemer levert het kassasysteem.\nAddendum 2\nPartijen nemen in aanmerking:\n(a) dat artikel 8 bepaalde dat Opdrachtnemer de broncode van het kassasysteem bij een notaris in depot zou houden en dat deze aan Opdrachtgever zou worden afgegeven bij faillissement van Opdrachtnemer;\n(b) dat Opdrachtgever daaraan geen behoefte meer heeft.\nPartijen komen overeen dat artikel 8 vervalt.\n');
    expect(present(nl, 'source-code-escrow')).toBe(false);
  });

  it('"Artikel B.2 (Broncode) van Bijlage B vervalt" strikes that article of the annex, not the annex; "Bijlage B vervalt" strikes the annex', () => {
    const text = (struck: string) =>
      'OVEREENKOMST HOSTING\n\nTussen Waterschap Lingemond, hierna: "Lingemond", en Hostwerk B.V., hierna: "Hostwerk".\n\nArtikel 1 - Diensten\n1.1 Hostwerk host het zaaksysteem van Lingemond.\n\nBIJLAGE B - CONTINUITEIT\n\nB.1 Zeggenschap. Indien de zeggenschap over Hostwerk overgaat op een derde, meldt Hostwerk dit aan Lingemond. Lingemond kan de overeenkomst in dat geval binnen drie maanden na de melding opzeggen.\nB.2 Broncode. Hostwerk deponeert de broncode van de maatwerkmodules bij een onafhankelijke escrow-agent.\n\nWIJZIGINGSOVEREENKOMST NR. 1\n\nPartijen komen overeen:\n1. ' +
      struck +
      ' met ingang van 1 april 2026.\n2. Overigens blijft de overeenkomst ongewijzigd.\n';
    const article = contract(text('Artikel B.2 (Broncode) van Bijlage B vervalt'));
    expect(present(article, 'source-code-escrow')).toBe(false);
    expect(present(article, 'change-of-control')).toBe(true);
    const annex = contract(text('Bijlage B vervalt'));
    expect(present(annex, 'source-code-escrow')).toBe(false);
    expect(present(annex, 'change-of-control')).toBe(false);
  });

  it('"the liquidated damages in Section 4(b) shall not apply" or "Section 4(b)\'s early termination fee …" strikes that sum, not Section 4(b); "Section 4(b) shall not apply" strikes the section', () => {
    const text = (off: string) =>
      'This Subscription Agreement is made between Corran Foods, Inc. ("Licensee") and Rotaplan Software, Inc. ("Provider").\nSection 4. Term and Termination.\n(a) The Term is three years.\n(b) Licensee may terminate this Agreement for any reason on ninety (90) days\' written notice, provided that Licensee shall pay, as liquidated damages and not as a penalty, half of the fees that would have been payable for the rest of the Term.\nSection 5. Assignment.\n(a) Licensee shall not assign this Agreement without the prior written consent of Provider. If Provider withholds its consent to an assignment on a merger of Licensee, Provider may terminate this Agreement on sixty (60) days\' notice, and ' +
      off +
      ' shall not apply.\n';
    expect(present(contract(text('the liquidated damages in Section 4(b)')), 'termination-for-convenience')).toBe(true);
    expect(present(contract(text("Section 4(b)'s early termination fee")), 'termination-for-convenience')).toBe(true);
    expect(present(contract(text('Section 4(b)')), 'termination-for-convenience')).toBe(false);
  });

  it('reads the new text a sentence about the former one brings', () => {
    const r = contract(head + 'Amendment No. 1\n2. The original clause 9 was replaced by: "9.1 The Supplier shall deposit the source code of the Software with an independent escrow agent for the benefit of the Customer."\n');
    expect(present(r, 'source-code-escrow')).toBe(true);
  });
});

describe('a consolidated text whose table of contents lists the addendum at its end', () => {
  // (Margin headings before the paragraphs, "Escrow | 6.1 …", as a PDF with headings in the margin comes out.)
  const text = [
    "Licentieovereenkomst ParkeerRegie (samengestelde tekst)",
    "Deze samengestelde tekst bevat de oorspronkelijke overeenkomst van 4 februari 2026 en",
    "het Addendum van 30 juni 2026. Het Addendum is achter de oorspronkelijke tekst",
    "opgenomen; de oorspronkelijke artikelen zijn niet aangepast.[1]",
    "INHOUDSOPGAVE",
    "Artikel 1 Begrippen",
    "Artikel 2 Licentie",
    "Artikel 3 Onderhoud",
    "Artikel 4 Vergoeding",
    "Artikel 5 Duur en opzegging",
    "Artikel 6 Broncode",
    "Artikel 7 Wijziging zeggenschap",
    "Artikel 8 Overdracht",
    "Artikel 9 Einde",
    "Artikel 10 Recht",
    "Addendum 1 - d.d. 30 juni 2026",
    "Partijen:",
    "1. De gemeente Westerbroek, gevestigd te Westerbroek, vertegenwoordigd door de",
    "burgemeester, hierna \"de Gemeente\";",
    "2. Parkeerdata B.V., gevestigd te Nieuwegein, KvK 67223019, vertegenwoordigd door de",
    "heer W. Jansma, hierna \"Licentiegever\".",
    "Artikel 1 Begrippen",
    "Begrippen | 1.1 Programmatuur: de applicatie ParkeerRegie voor vergunningbeheer en naheffing,",
    "versie 5.x, met de module Bezoekersparkeren. Handhavingsdata: de scans, kentekens en",
    "naheffingsgegevens die de Gemeente met de Programmatuur verwerkt.",
    "Artikel 2 Licentie",
    "Gebruiksrecht | 2.1 Licentiegever verleent de Gemeente een niet-exclusief en niet-overdraagbaar recht om de Programmatuur te gebruiken voor de uitvoering van het parkeerbeleid van de Gemeente.",
    "Artikel 3 Onderhoud",
    "Onderhoud | 3.1 Licentiegever verhelpt fouten in de Programmatuur binnen redelijke termijn en brengt ten minste tweemaal per jaar een nieuwe release uit waarin wijzigingen in de RDW-koppeling zijn verwerkt.",
    "Artikel 4 Vergoeding",
    "Vergoeding | 4.1 De Gemeente betaalt een jaarlijkse licentie- en onderhoudsvergoeding van EUR 22.600, vooraf te factureren.",
    "Artikel 5 Duur en opzegging",
    "Looptijd | 5.1 De overeenkomst gaat in op 1 maart 2026 en geldt voor onbepaalde tijd.",
    "Opzegging | 5.2 De Gemeente kan de overeenkomst op ieder moment zonder opgave van redenen",
    "opzeggen met een opzegtermijn van zes maanden. Licentiegever kan de overeenkomst",
    "opzeggen tegen het einde van een kalenderjaar met een opzegtermijn van twaalf maanden.",
    "Artikel 6 Broncode",
    "Escrow | 6.1 Licentiegever deponeert de broncode van de Programmatuur bij een onafhankelijke",
    "escrow-agent. De broncode wordt aan de Gemeente afgegeven indien Licentiegever failliet",
    "gaat of het onderhoud staakt.",
    "Artikel 7 Wijziging zeggenschap",
    "[Gereserveerd]",
    "Artikel 8 Overdracht",
    "Overdracht | 8.1 Licentiegever draagt de overeenkomst niet over aan een derde zonder voorafgaande schriftelijke toestemming van de Gemeente. De Gemeente kan aan haar toestemming voorwaarden verbinden.",
    "Artikel 9 Einde",
    "Na einde | 9.1 Na het einde van de overeenkomst verwijdert Licentiegever de Handhavingsdata uit de door haar beheerde back-upomgeving binnen dertig dagen. Licentiegever verleent geen ondersteuning meer na het einde van de overeenkomst.",
    "Artikel 10 Recht",
    "Recht | 10.1 Op deze overeenkomst is Nederlands recht van toepassing.",
    "Westerbroek / Nieuwegein, 4 februari 2026",
    "De gemeente Westerbroek, de burgemeester Parkeerdata B.V., W. Jansma",
    "Addendum 1 - d.d. 30 juni 2026",
    "Partijen, te weten de gemeente Westerbroek en Parkeerdata B.V., overwegende dat de",
    "door Licentiegever beoogde escrow-agent zijn dienstverlening heeft beëindigd en partijen",
    "geen nieuwe escrow-agent hebben kunnen aanwijzen, komen het volgende overeen:",
    "1. Artikel 6 (Broncode) van de overeenkomst komt met ingang van de datum van dit",
    "Addendum te vervallen. Licentiegever is niet langer verplicht de broncode te deponeren en",
    "de Gemeente kan geen aanspraak maken op afgifte van de broncode.[2]",
    "2. Als compensatie wordt de jaarlijkse vergoeding bedoeld in artikel 4.1 met ingang van 1",
    "januari 2027 verlaagd naar EUR 21.400.",
    "3. Overigens blijft de overeenkomst ongewijzigd van kracht.",
    "Aldus overeengekomen op 30 juni 2026 - de gemeente Westerbroek / Parkeerdata B.V.",
    "Eindnoten",
    "[1] Bij tegenstrijdigheid gaat het Addendum voor de oorspronkelijke tekst.",
    "[2] Een eerder gedeponeerde versie (release 5.1) is door de escrow-agent bij de beëindiging van zijn",
    "dienstverlening aan Licentiegever teruggegeven.",
  ].join('\n');

  it('reads the contents without page numbers as a list, not as the addendum\'s title, so the addendum after the signatures strikes the escrow article', () => {
    const r = contract(text);
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });
});

describe('an amendment that strikes a sentence of an article by its place', () => {
  const text = (amendment: string) =>
    [
      'ONDERHOUDSOVEREENKOMST',
      'Stichting Dijklander Ziekenhuis ("Klant") en PathoSys Nederland B.V. ("PathoSys") komen het volgende overeen.',
      'Artikel 5 – Overige bepalingen',
      '5.1 Klant en PathoSys dragen deze overeenkomst niet over aan een derde zonder elkaars schriftelijke toestemming.',
      '5.2 PathoSys deponeert de broncode van het systeem bij een onafhankelijke depothouder.',
      'Artikel 6 – Recht',
      '6.1 Op deze overeenkomst is Nederlands recht van toepassing.',
      '',
      'WIJZIGINGSADDENDUM NR. 1',
      'Partijen komen het volgende overeen:',
      amendment,
      '2. De overige bepalingen blijven ongewijzigd.',
    ].join('\n');

  it('takes out that sentence only: "De tweede zin van artikel 5 vervalt" strikes the escrow, not the consent to transfer', () => {
    const r = contract(text('1. De tweede zin van artikel 5 (Overige bepalingen) vervalt.'));
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(true);
    const first = contract(text('1. De eerste zin van artikel 5 (Overige bepalingen) vervalt.'));
    expect(present(first, 'source-code-escrow')).toBe(true);
    expect(present(first, 'anti-assignment')).toBe(false);
  });
});

describe('a note in brackets under a paragraph that strikes one of its sentences by its place', () => {
  const text = (note: string) =>
    [
      'Stichting Dijklander Ziekenhuis ("Klant") en PathoSys Nederland B.V. ("PathoSys") komen het volgende overeen.',
      'Artikel 5 – Overige bepalingen',
      '5.1 PathoSys draagt deze overeenkomst niet over aan een derde zonder schriftelijke toestemming van Klant. PathoSys deponeert de broncode van het systeem bij een onafhankelijke depothouder.',
      `    [Gewijzigd bij besluit van het contractoverleg van 14 november 2024. ${note}]`,
      'Artikel 6 – Recht',
      '6.1 Op deze overeenkomst is Nederlands recht van toepassing.',
    ].join('\n');

  it('takes out that sentence of the paragraph ("[… De eerste zin is geschrapt; de tweede zin blijft staan.]"), and only that one', () => {
    const first = contract(text('De eerste zin is geschrapt; de tweede zin blijft staan.'));
    expect(present(first, 'anti-assignment')).toBe(false);
    expect(present(first, 'source-code-escrow')).toBe(true);
    const second = contract(text('De tweede zin is geschrapt; de eerste zin blijft staan.'));
    expect(present(second, 'anti-assignment')).toBe(true);
    expect(present(second, 'source-code-escrow')).toBe(false);
  });
});

describe('a right a letter says a clause gives, where the letter strikes that clause', () => {
  const letter = (point: string) =>
    [
      'BRIEF MET AFSPRAKEN',
      'Tussen het Ministerie van Buitenlandse Zaken (hierna: "het Ministerie") en Linguo Vertaaltechniek B.V. (hierna: "Linguo").',
      '',
      'Alle aandelen in Linguo zijn verworven door Northbridge Language Group, LLC. Wij begrijpen dat deze wijziging van zeggenschap op grond van artikel 14.3 van de Overeenkomst aan het Ministerie het recht geeft de Overeenkomst op te zeggen. Partijen komen het volgende overeen:',
      '',
      point,
      '2. Linguo meldt iedere volgende wijziging in de zeggenschap zes weken vooraf aan het Ministerie.',
    ].join('\n');

  it('reads no right "op grond van artikel 14.3" where the letter strikes artikel 14.3; the right stands where it does not', () => {
    const struck = contract(letter('1. Vervallen van artikel 14.3. Artikel 14.3 van de Overeenkomst vervalt.'));
    expect(struck.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    const kept = contract(letter('1. Het Ministerie stemt in met de overname.'));
    expect(kept.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
});

describe('what one side asked for during the negotiations, told in an amendment\'s background', () => {
  const amendment = (background: string) =>
    [
      'This AMENDMENT NO. 1 amends the Software License Agreement between Harbourline Software LLC, a Delaware limited liability company ("Licensor"), and Gulfport Terminals, Inc., a Florida corporation ("Licensee").',
      '',
      `Background. Licensee requested escrow protection. ${background} The parties have agreed the escrow terms below only.`,
      '',
      '1. NEW SECTION 12A - SOURCE CODE ESCROW. Licensor shall deposit the source code of the Software with an independent escrow agent and keep the deposit current.',
    ].join('\n');

  it('grants nothing ("During negotiations Licensee also proposed a right to terminate on a change of ownership"); what the parties agreed does', () => {
    const asked = contract(amendment('During negotiations Licensee also proposed a right to terminate on a change of ownership of Licensor.'));
    expect(present(asked, 'change-of-control')).toBe(false);
    expect(present(asked, 'source-code-escrow')).toBe(true);
    const agreed = contract(amendment('During negotiations the parties agreed that Licensee may terminate this Agreement on a change of ownership of Licensor.'));
    expect(present(agreed, 'change-of-control')).toBe(true);
  });
});

describe('a definition whose term is used only in an article an amendment struck', () => {
  it('grants nothing: "Deposit Materials" means the source code …, where the novation deletes clause 12 (Source Code Escrow) (a DOCX of set 744)', async () => {
    const r = await scan(new URL('../eval/corpus/heldout744/ho744-015.docx', import.meta.url).pathname);
    expect(r.amendments.some((a) => a.deletes.includes('12'))).toBe(true);
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'change-of-control')).toBe(true);
  });
});

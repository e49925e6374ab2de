// Short forms and tender dossiers: letters and e-mails that form the contract, order forms that reproduce a few clauses
// of a framework by number, and a contract signed with its Nota van Inlichtingen, the supplier's reservations and a
// later amendment. Built-in packs; text files, a DOCX made by the docx writer and a PDF made by pdfkit.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, docxFile, pdfLinesFile, present } from './support.js';

const { scan } = builtinReaders();
const dir = mkdtempSync(join(tmpdir(), 'weerbaar-letters-'));
const txt = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('a dossier of contract, answers, reservations and amendment', () => {
  it('reads no declaration in an answer that puts a standard under a condition ("zolang de ARBIT van toepassing zijn"), and no exit or escrow in a reservation that the supplier cannot bear them, in a text file', async () => {
    const r = await scan(
      txt(
        'dossier.txt',
        'Tussen de Gemeente Dinkelveen, hierna: "Opdrachtgever", en Sportlink Digitaal B.V., hierna: "Opdrachtnemer", is overeengekomen:\n\n' +
          'Artikel 2 – Voorwaarden\n2.1 Op deze Overeenkomst zijn de ARBIT-2022 van toepassing.\n\n' +
          'Artikel 3 – Overdracht\n3.1 Opdrachtnemer kan zijn rechten en verplichtingen uit deze Overeenkomst slechts met voorafgaande schriftelijke toestemming van Opdrachtgever aan een derde overdragen.\n\n' +
          'Nota van Inlichtingen\nVraag 4: Is de exitregeling van de ARBIT van toepassing?\nAntwoord: Ja, zolang de ARBIT van toepassing zijn.\n\n' +
          'Inschrijving (uittreksel)\nVoorbehoud: Sportlink Digitaal kan als kleine onderneming de verplichtingen uit de ARBIT (broncodedepot, exitbegeleiding, herstel door derden) niet dragen tegen de geoffreerde prijs.\n\n' +
          'Wijzigingsovereenkomst nr. 1\nPartijen komen, gelet op het voorbehoud van Opdrachtnemer, het volgende overeen:\n' +
          '(a) Artikel 2 (Voorwaarden) wordt vervangen door: "Op deze Overeenkomst zijn de Algemene Voorwaarden Sportlink Digitaal 2023 van toepassing. De ARBIT-2022 zijn niet van toepassing."\n' +
          '(b) Bij het einde van de Overeenkomst verwijdert Opdrachtnemer alle gegevens van Opdrachtgever binnen dertig dagen; een verdergaande verplichting tot medewerking aan de overgang naar een volgende leverancier bestaat niet.\n',
      ),
    );
    expect(r.standards.map((s) => s.standard)).not.toContain('ARBIT-2014');
    for (const clause of ['change-of-control', 'post-termination-services', 'source-code-escrow', 'step-in', 'termination-for-convenience']) expect(present(r, clause)).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(r.verdict).toBe('unprotected');
  });

  it('reads an answer line "A: …" as an answer, not as the definition of a term "A" that every article then uses, in a text file', async () => {
    const r = await scan(
      txt(
        'answers.txt',
        'This Agreement is made between the Regional Health Service ("Customer") and Meridian Clinical Systems Ltd ("Supplier").\n\n' +
          '1. Licence. The Supplier grants the Customer a licence to use the software for a term of four years.\n\n' +
          '2. Support. The Supplier shall provide a monthly report and a service desk.\n\n' +
          'Annex B – Clarifications\nQ: Are exit services required?\nA: No exit services are requested under this contract.\n',
      ),
    );
    expect(present(r, 'post-termination-services')).toBe(false);
  });

  it('keeps the rest of GIBIT where an answer sets aside "the exit and transfer provisions of the GIBIT", in a DOCX', async () => {
    const file = await docxFile(join(dir, 'gibit.docx'), [
      'This Agreement is made between the Agency for Agricultural Certification ("AAC") and Graphene Labware GmbH ("Supplier").',
      '2. Terms. The GIBIT 2020 apply to this Agreement.',
      'Memorandum of Information',
      'Question 4: The GIBIT exit plan and transfer obligations are disproportionate for a standard laboratory system. Can they be dropped?',
      'Answer: Yes. The exit and transfer provisions of the GIBIT will not apply.',
    ]);
    const r = await scan(file);
    expect(present(r, 'post-termination-services')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(true);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });
});

describe('letters and order forms', () => {
  it('reads no term in a takeover letter that says the contract holds no right on a change of control ("Deze bevat geen bepaling die de gemeente bij een wijziging van zeggenschap … een recht op opzegging … geeft") and that nothing is transferred', async () => {
    const r = await scan(
      txt(
        'overnamebrief.txt',
        'Warmtedata B.V.\nPostbus 12, 3500 AA Utrecht\n\nAan: Gemeente Lisdonk, t.a.v. de contractmanager ICT\n\nBetreft: overname van Warmtedata B.V. door Cobalt Energy Inc.\n\nGeachte heer, mevrouw,\n\nMet genoegen informeren wij u dat alle aandelen in Warmtedata B.V. zijn verworven door Cobalt Energy Inc., gevestigd te Houston (Verenigde Staten).\n\n1. Wat betekent dit voor uw overeenkomst?\n\nDe overeenkomst wordt ongewijzigd voortgezet door Warmtedata B.V. Er worden geen rechten of verplichtingen overgedragen.\n\nWij hebben de overeenkomst nagelopen. Deze bevat geen bepaling die de gemeente bij een wijziging van zeggenschap of aandeelhouderschap een recht op opzegging, ontbinding of toestemming geeft, en ook geen meldingsplicht.\n\nMet vriendelijke groet,\n\nWarmtedata B.V.\n',
      ),
    );
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(false);
    expect(r.verdict).toBe('unprotected');
  });

  it('reads a letter headed by a foundation that then calls itself "de Stichting" as the customer, in a PDF', async () => {
    const file = await pdfLinesFile(join(dir, 'letter.pdf'), [
      [
        'Stichting Kindcentra De Wielen',
        'Bestuursbureau, Dorpsstraat 7, 8701 JA Bolsward',
        'Aan: Leerzicht B.V.',
        'Onderwerp: aanvulling op de overeenkomst leerlingvolgsysteem',
        'Beste mevrouw Postma,',
        'Wij zijn met u de volgende aanvulling op de overeenkomst overeengekomen.',
        'A. Nieuw artikel 8a – Continuïteit',
        '1. Indien Leverancier een storing met prioriteit 1 niet binnen de oplostijd verhelpt, is de Stichting gerechtigd',
        'de noodzakelijke werkzaamheden zelf te verrichten of door een derde te laten uitvoeren.',
        '2. De kosten die de Stichting daarvoor redelijkerwijs maakt, worden door Leverancier vergoed.',
      ],
    ]);
    const r = await scan(file);
    expect(present(r, 'step-in')).toBe(true);
  });

  it('reads the body a consent letter comes from as the customer, not the company the letter says will buy the supplier ("X, L.P. ("Ardent") has agreed to acquire … the outstanding capital stock of …"), in a text file', async () => {
    const file = txt(
      'consent-letter.txt',
      'CONSENT TO CHANGE OF CONTROL\n\nWESTERN PLAINS GAMING COMMISSION\n400 Capitol Avenue\nPierre, South Dakota 57501\n\nMarch 3, 2026\n\nHollin Draw Systems, Inc.\nAttn: Legal Department\n\nRe: Contract No. WPG-2022-11 (the "Contract") – proposed acquisition of Hollin Draw Systems, Inc. by Brightwater Capital Partners, L.P.\n\nDear Counsel:\n\n' +
        'The Commission has received your notice that Brightwater Capital Partners, L.P. ("Brightwater") has agreed to acquire all of the outstanding shares of Hollin Draw Systems, Inc. ("Contractor") (the "Transaction").\n\n' +
        'Section 19.4 of the Contract provides that "any change in control of Contractor shall be deemed an assignment requiring the prior written consent of the Commission, and the Commission may terminate this Contract if such a change occurs without its consent."\n\n' +
        'The Commission consents to the Transaction on the following conditions:\n\n    (a) Contractor confirming in writing, within thirty (30) days after closing, that the source code escrow maintained under Section 12 of the Contract remains in force with the Commission as beneficiary, and making a fresh deposit of the current release of the draw software within the same period;\n\n    (b) Brightwater delivering a parent guaranty in the form of Exhibit D to the Contract.\n\n' +
        'This letter shall be governed by the laws of the State of South Dakota.\n\nSincerely,\n\nExecutive Director\n',
    );
    const r = await scan(file);
    expect(r.parties?.customer).toEqual(['commission']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(present(r, 'source-code-escrow')).toBe(true);
  });

  it('reads the public body a takeover letter is addressed to ("Aan: Ministerie van …", then "het Ministerie") as the customer, not the companies the letter names, in a text file', async () => {
    const file = txt(
      'takeover-commitments.txt',
      [
        'Datastroom Nederland B.V.',
        'Herengracht 12, 1017 BX Amsterdam',
        '',
        'Aan: Ministerie van Infrastructuur en Waterstaat',
        't.a.v. de directeur Informatievoorziening',
        '',
        'Betreft: overname Datastroom Nederland B.V. en contractoverneming',
        '',
        'Geachte heer De Wit,',
        '',
        'Alle aandelen in Datastroom Nederland B.V. ("Datastroom") worden verworven door Halvard Data Holdings, Inc., gevestigd te Wilmington, Delaware ("Halvard"). De overeenkomst gaat over op Halvard Public Sector B.V., gevestigd te Utrecht ("Verkrijger"). Wij verzoeken het Ministerie daarmee in te stemmen.',
        '',
        'TOEZEGGINGEN VAN VERKRIJGER',
        '1. Het Ministerie heeft het recht de overeenkomst met onmiddellijke ingang op te zeggen indien na de overdrachtsdatum de zeggenschap over Verkrijger overgaat op een andere partij.',
        '2. Bij beëindiging van de overeenkomst verleent Verkrijger het Ministerie gedurende zes maanden ondersteuning bij de overdracht aan een opvolgende dienstverlener.',
        '',
        'VOOR AKKOORD',
        'Het Ministerie stemt in met de contractoverneming onder de voorwaarden van deze brief.',
      ].join('\n'),
    );
    const r = await scan(file);
    expect(r.parties.customer).toEqual(['Ministerie']);
    expect(r.parties.supplier).toContain('Verkrijger');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.verdict).toBe('protected');
  });

  it('reads the body an English side letter is addressed to ("To: Province of …") as the customer where the writer defines itself as "we"', async () => {
    const file = txt(
      'side-letter.txt',
      [
        'GRANITE RIDGE CIVIC INC.',
        '',
        'To: Province of Noordwaard (Provincie Noordwaard)',
        'Attn. Head of Procurement',
        '',
        'We refer to the acquisition by Granite Ridge Civic Inc., a Delaware corporation ("Granite Ridge", "we"), of all issued shares in Agenda Systems B.V. ("Agenda"), the supplier under the Agreement. We, together with Agenda, confirm and agree as follows.',
        '1. If control of Agenda is acquired by any person other than Granite Ridge, Agenda shall notify the Province within ten business days.',
        '2. Following any such acquisition, the Province may terminate the Agreement by written notice, without any termination fee.',
        '3. Upon expiry or termination of the Agreement, Agenda shall for up to six months continue to provide the services and assist the Province to migrate to a successor system.',
      ].join('\n'),
    );
    const r = await scan(file);
    expect(r.parties.customer).toEqual(['Province']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads the two parties a consent letter says the agreement is "between" as its parties, beside the buyer and its assignee it also names', async () => {
    const file = txt(
      'consent-letter.txt',
      [
        'LAKESIDE TEACHERS CREDIT UNION',
        '',
        'Re: Consent to Assignment - Core Processing Agreement dated March 1, 2020',
        '',
        'Reference is made to the Core Processing Agreement dated as of March 1, 2020 (the "Agreement"), between Lakeside Teachers Credit Union ("Credit Union") and Ferrum Banking Technologies, Inc. ("Ferrum").',
        '',
        'Ferrum has advised Credit Union that it will become a subsidiary of Oakmont Holdings, Inc. ("Oakmont") and that it intends to assign the Agreement to Oakmont Core Services, LLC ("Assignee"). Credit Union hereby consents to the assignment, subject to the following conditions:',
        '',
        '1. If any person other than Oakmont acquires control of Assignee, Assignee shall give Credit Union written notice within thirty (30) days, and Credit Union may terminate the Agreement by written notice within twelve (12) months following such notice.',
        '2. If Credit Union terminates the Agreement, Assignee shall continue to provide the Services for up to nine (9) months after the termination date and deliver all Credit Union data in a standard format.',
      ].join('\n'),
    );
    const r = await scan(file);
    expect(r.parties.customer).toEqual(['Credit Union']);
    expect(r.parties.supplier).toContain('Ferrum');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads the body that opens a consent letter under its salutation as the customer, and its supplier as the one that engages the subcontractor', async () => {
    const file = txt(
      'subcontract-consent.txt',
      [
        'CONDITIONAL CONSENT TO SUBCONTRACTING',
        'Lakeshore Savings Bank',
        'June 2, 2025',
        'Re: Request to subcontract backup hosting under the Core Services Agreement dated March 1, 2021',
        'Dear Sir or Madam:',
        'Lakeshore Savings Bank ("Bank") has received the letter of Corbel Banking Systems, Inc. ("Corbel") requesting Bank\'s consent to the engagement of Norland Cloud Ltd. ("Subcontractor") to host Corbel\'s backup environment, in which Bank\'s data will be replicated. Bank consents to the engagement, subject to the following conditions:',
        '1. Corbel shall notify Bank in writing within ten (10) Business Days after any person acquires control of Corbel or of the Subcontractor.',
        '2. No Bank data shall be stored outside the United States without Bank\'s further written consent.',
      ].join('\n'),
    );
    const r = await scan(file);
    expect(r.parties.customer).toEqual(['Bank']);
    expect(r.parties.supplier).toEqual(expect.arrayContaining(['Corbel', 'Subcontractor']));
  });

  it('ends an unsigned draft annexed to one letter of a bundle at the next letter\'s title ("Brief 2 – Gemeente … aan …"), so that letter\'s quoted article is read', async () => {
    const file = txt(
      'letter-bundle.txt',
      [
        'Brief 1 – TalentBrug B.V. aan Gemeente Veldhoven-Noord',
        '',
        'Geacht college,',
        'Met genoegen informeren wij u dat de aandeelhouders van TalentBrug B.V. een overeenkomst hebben gesloten met Summit Peak Holdings, Inc., gevestigd te Denver, op grond waarvan Summit Peak alle aandelen in TalentBrug B.V. zal verwerven. De transactie wordt naar verwachting op 1 december 2025 afgerond.',
        'Voor u als klant verandert er niets: TalentBrug B.V. blijft uw contractpartij, uw contactpersonen blijven dezelfde en de dienst blijft gehost in Nederland. Ook de prijzen en de serviceniveaus blijven ongewijzigd.',
        'Wij begrijpen dat artikel 14.3 van onze overeenkomst u in deze situatie een mogelijkheid tot opzegging biedt. In het belang van een goede samenwerking stellen wij voor dat u afziet van dat recht. Wij sturen daartoe een addendum mee.',
        'Met vriendelijke groet, TalentBrug B.V.',
        '',
        'Bijlage: concept Addendum 1 (niet ondertekend)',
        '',
        'Brief 2 – Gemeente Veldhoven-Noord aan TalentBrug B.V.',
        '',
        'Gemeente Veldhoven-Noord',
        'Postbus 1100, 5500 AC Veldhoven-Noord',
        '',
        'Geachte heer Hermans,',
        'Het college ondertekent het addendum niet. Wij wijzen u op artikel 14.3 van de overeenkomst, dat luidt:',
        '"Opdrachtgever is gerechtigd de Overeenkomst met onmiddellijke ingang schriftelijk op te zeggen indien de zeggenschap over Opdrachtnemer, direct of indirect, overgaat op een of meer derden."',
        'Hoogachtend, het college van burgemeester en wethouders',
      ].join('\n'),
    );
    const r = await scan(file);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads a buyer\'s e-mail that answers "your quote" as written by the customer: "we" may end it at any time', async () => {
    const r = await scan(
      txt(
        'email.txt',
        'From: Marieke de Wit\nTo: Jordan Pike\nSubject: RE: Quote Q-20471\n\nHi Jordan,\n\n' +
          'Thanks for your revised quote. Our board approved it. Below is what we understand the deal to be; if you confirm by reply, we will treat this e-mail thread as our agreement.\n\n' +
          '1. Service: device management for 2,400 student laptops, as your quote describes.\n' +
          '2. Price: USD 4.10 per device per year, invoiced annually in advance. We pay within 30 days of your invoice.\n' +
          '3. We may terminate this agreement at any time by giving you 30 days\' written notice; you refund the unused part of any prepaid fees.\n' +
          '4. You will keep our pupils\' data in the EU region, and you tell us before you change the region.\n\nWe look forward to working with you.\n\nKind regards,\nMarieke\n',
      ),
    );
    expect(r.parties.customer).toContain('we');
    expect(r.parties.supplier).toContain('you');
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });

  it('reads clauses an order form reproduces by number ("Clause 18.4: …", "Clause 21.1: …") each as its own, so a special term that deletes 18.4 leaves the choice of law in 21.1, in a text file', async () => {
    const r = await scan(
      txt(
        'order-form.txt',
        'G-CLOUD 13 CALL-OFF CONTRACT – ORDER FORM\nBuyer: London Borough of Harrowfield ("Buyer")\nSupplier: Stratalytix Inc., a Delaware corporation ("Supplier")\n\n' +
          'PART 1 – CALL-OFF TERMS (EXTRACT)\n' +
          'Clause 18.4: The Buyer may terminate this Call-Off Contract with immediate effect by written notice if there is a change of control of the Supplier which is not pre-approved by the Buyer in writing.\n' +
          'Clause 19.5: On expiry or termination the Supplier will return all Buyer Data to the Buyer in an agreed open format.\n' +
          'Clause 21.1: The law of England and Wales governs this Call-Off Contract.\n' +
          'PART 3 – SPECIAL TERMS\nST1. Clause 18.4 is deleted in its entirety and does not form part of this Call-Off Contract.\n',
      ),
    );
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(true);
    expect(r.facts.governingLaw).toBe('England and Wales');
  });
});

describe('letters about a takeover that already took place', () => {
  it("reads no clause in the supplier's letter that tells the takeover, nor in the reply that only proposes an addendum (a DOCX)", async () => {
    const letters = [
      'Ravelin Meeting Solutions B.V.',
      'Aan: Gemeente Westerhoek, t.a.v. mevrouw Van Dam',
      'Onderwerp: Ravelin wordt onderdeel van Boardvault Corporation',
      'Geachte mevrouw Van Dam,',
      'Wij melden u graag dat Ravelin Meeting Solutions B.V. op 28 november 2025 is overgenomen door Boardvault Corporation, een beursgenoteerde onderneming uit Minneapolis. Voor u verandert er niets.',
      'Met vriendelijke groet, J. de Wit, directeur',
      'Gemeente Westerhoek',
      'Geachte heer De Wit,',
      'Wij nemen kennis van de overname. Wij stellen wel voor om in een addendum bij de overeenkomst op te nemen dat de gemeente de overeenkomst kan ontbinden als de zeggenschap over Ravelin in de toekomst opnieuw wijzigt, en dat Ravelin een escrowregeling voor de broncode treft. Tot het addendum ondertekend is blijft de overeenkomst ongewijzigd.',
      'Met vriendelijke groet, het college van burgemeester en wethouders',
      'OVEREENKOMST VERGADERSOFTWARE',
      'De Gemeente Westerhoek ("Opdrachtgever") en Ravelin Meeting Solutions B.V. ("Opdrachtnemer") komen overeen:',
      '1. Opdrachtnemer levert de vergadersoftware als dienst.',
      '2. Op deze overeenkomst is Nederlands recht van toepassing.',
    ];
    const r = await scan(await docxFile(join(dir, 'takeover-letters.docx'), letters));
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'source-code-escrow')).toBe(false);
  });
});

// Readings that depend on what a sentence points back to, or on which party a name is: a carve-out of "de genoemde
// artikelen" named in the sentence before, a company's address that names a district, a subcontract whose supplier is
// called "Subcontractor". Text and real DOCX/PDF files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { builtinReaders, docxFile, pdfLinesFile, present } from './support.js';

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
    const file = await pdfLinesFile(join(dir, 'odm.pdf'), [
      [
        'MASTER ODM AGREEMENT',
        '',
        'This Agreement is made between:',
        '(1) HARBORLIGHT DEVICES, INC., a California corporation, 1 Market Street, San Francisco, California 94105 ("Harborlight"); and',
        '(2) KAOHSIANG PRECISION ELECTRONICS CORP., a company incorporated in Taiwan, No. 18 Zhongshan Road, Qianzhen District, Kaohsiung 806, Taiwan ("Maker").',
        '',
        '1. Maker shall design, manufacture and deliver the Products, and shall provide the services described in Exhibit A.',
        '2. Harborlight shall pay the prices set out in Exhibit B and shall place purchase orders at least sixty days before delivery.',
        '3. Harborlight may terminate this Agreement immediately by written notice if a change of control of Maker occurs.',
        '4. Maker shall not assign this Agreement without the prior written consent of Harborlight.',
      ],
    ]);
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

  it('reads a short name in quotes that closes a party\'s entry with no word before it (\', …,\\n "de Rechtspraak";\')', () => {
    const r = contract(
      'Partijen:\n\n(1) de Raad voor de rechtspraak, zelfstandig bestuursorgaan, gevestigd te Den Haag, vertegenwoordigd door de directeur Bedrijfsvoering,\n    "de Rechtspraak";\n\n(2) Polyglot Systems Nederland B.V., gevestigd te Zwolle, vertegenwoordigd door de heer M.F. Westerveld, statutair bestuurder, "Leverancier".\n\n' +
        'Art. 6 – Uitvoering door een derde\n6.1 Indien Leverancier een storing niet binnen de termijn verhelpt, mag de Rechtspraak de betreffende werkzaamheden zelf uitvoeren of laten uitvoeren door een derde, op kosten van Leverancier.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['de Rechtspraak'], supplier: ['Leverancier'] });
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('reads a plain bracket that closes a company\'s entry line as its party name ("1. Dawson Range Coal Pty Ltd ACN … (Operator)"), not a place in brackets', () => {
    const deed = (second: string) =>
      contract(
        `Parties\n\n1. Dawson Range Coal Pty Ltd ACN 160 552 318 of 100 Eagle Street, Brisbane QLD 4000 (Operator)\n\n2. ${second}\n\n9.1 If a Critical Failure occurs, the Operator may by notice to the Vendor step in and itself operate or repair the system, or appoint a third party to do so.\n`,
      );
    const r = deed('Autonomy Mining Technologies Pty Ltd ACN 605 771 290 of 7 Sunshine Court, Mackay QLD 4740 (Vendor)');
    expect(r.parties).toMatchObject({ customer: ['Operator'], supplier: ['Vendor'] });
    expect(r.clauses['step-in']!.present).toBe(true);
    const place = contract('This Agreement is made between the Port of Harwich Authority (England) and Northwake Maritime Ltd ("the Supplier").\n\n1. The Supplier shall provide the services.\n');
    expect(place.parties!.all).not.toContain('England');
  });

  it('reads the trade in the capitalised name right before its bracket in a letter (\'As you know, Hearthstone Hotel Software Corporation ("Hearthstone") was acquired …\'), not in the sentence before the other name', () => {
    const r = contract(
      'Dear Mr. Whitaker:\nAs you know, Hearthstone Hotel Software Corporation ("Hearthstone") was acquired by Altamira Software Partners in June 2025, and Hearthstone will retire its on-premise system on June 30, 2026. Blue Ridge Lodging Group, Inc. ("Blue Ridge") has informed us that it will move its hotels to another provider.\n\n1. Termination Date. The PMS Agreement will terminate by mutual agreement on March 31, 2026.\n2. Assignment. Neither party may assign this Letter Agreement without the other party\'s prior written consent.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['Blue Ridge'], supplier: ['Hearthstone'] });
  });

  it('reads no party in a name given to a kind of thing (\'(each a "Northwake Change of Control")\')', () => {
    const r = contract(
      'We refer to the Agreement between Northwake Maritime Ltd ("Northwake") and the Port of Harwich Authority ("the Authority").\n\n3.1 Northwake shall notify the Authority within five days after any person acquires control of Northwake (each a "Northwake Change of Control").\n3.2 The Authority may terminate the Agreement within six months after a Northwake Change of Control.\n',
    );
    expect(r.parties!.all).not.toContain('Northwake Change of Control');
    expect(r.parties).toMatchObject({ customer: ['the Authority'], supplier: ['Northwake'] });
  });

  it('reads a role the supplier\'s terms define by what it stands for (\'The customer named in the Customer Order is the "Customer"\'), not a thing so defined', () => {
    const terms = (role: string) =>
      contract(
        `GENERAL TERMS OF SUBSCRIPTION\nThese General Terms ("Terms") apply to every Customer Order placed with Harwick Payroll Limited, registered in England and Wales ("Harwick"). The customer named in the Customer Order is the "${role}".\n1. Term and termination\n1.1 The ${role} may terminate a Customer Order at any time by giving Harwick not less than 30 days' written notice.\n`,
      );
    const named = terms('Customer');
    expect(named.parties).toMatchObject({ customer: ['Customer'], supplier: ['Harwick'] });
    expect(named.clauses['termination-for-convenience']).toMatchObject({ present: true });
    expect(terms('Product').parties.customer).toEqual([]);
  });
});

describe('amendments that speak of another document, or of their own', () => {
  it('strikes a consolidated article kept behind "[Oorspronkelijke tekst, vervallen per … – zie Bijlage W]" and reads Bijlage W, which the mark points to, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-consolidated-')), 'tunnels.pdf'), [
      [
        'RAAMOVEREENKOMST ONDERHOUD TUNNELTECHNISCHE INSTALLATIES, inclusief Eerste Wijzigingsovereenkomst',
        '1. Provincie Walcheren, gevestigd te Middelburg, hierna: Opdrachtgever;',
        '2. Delta Tunneltechniek B.V., gevestigd te Vlissingen, hierna: Opdrachtnemer;',
        'ARTIKEL 1. BEGRIPPEN',
        '1.1 Zeggenschapswijziging: de overdracht van meer dan 50% van de aandelen in Opdrachtnemer.',
        'ARTIKEL 12. LOOPTIJD EN OPZEGGING',
        '12.1 De raamovereenkomst geldt voor vier jaar.',
        '12.2 Opdrachtgever kan de raamovereenkomst te allen tijde opzeggen met een termijn van drie maanden.',
        'ARTIKEL 16. ZEGGENSCHAPSWIJZIGING',
        '[Oorspronkelijke tekst, vervallen per 1 maart 2024 – zie Bijlage W] Bij een Zeggenschapswijziging kan Opdrachtgever de raamovereenkomst met onmiddellijke ingang ontbinden.',
        'ARTIKEL 17. DEPOT',
        '17.1 Opdrachtnemer deponeert de broncode van de tunnelbesturing bij een escrow-agent ten behoeve van Opdrachtgever.',
        'ARTIKEL 20. TOEPASSELIJK RECHT',
        '20.1 Op de raamovereenkomst is Nederlands recht van toepassing.',
      ],
      [
        'Bijlage W – Eerste Wijzigingsovereenkomst (1 maart 2024)',
        'Partijen komen overeen dat de raamovereenkomst als volgt wordt gewijzigd:',
        '1. Het artikel "Zeggenschapswijziging" vervalt en wordt vervangen door: "Opdrachtnemer informeert Opdrachtgever binnen dertig dagen schriftelijk over een Zeggenschapswijziging. Een Zeggenschapswijziging geeft Opdrachtgever geen recht op ontbinding."',
        '2. De looptijd wordt niet gewijzigd.',
      ],
    ]);
    const r = await scan(file);
    // The notice of Bijlage W stands; the old right to end the contract does not.
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    // (No article is struck by the blanked quotation of a heading: 12.2 stays.)
    expect(present(r, 'termination-for-convenience')).toBe(true);
    expect(r.verdict).toBe('partial');
  });

  it('keeps the articles of a file that is itself the amendment ("Artikel 3 van de Overeenkomst wordt vervangen door")', () => {
    const r = contract(
      'TWEEDE WIJZIGINGSOVEREENKOMST\n\nDe Dienst Informatievoorziening Oost, een gemeenschappelijke uitvoeringsorganisatie van de provincies Noord en Zuid, gevestigd te Assen ("de Dienst"), en LogWacht B.V., gevestigd te Groningen ("LogWacht"),\nverklaren te zijn overeengekomen als volgt:\n\n' +
        'Artikel 1 – Looptijd\n1.1 Artikel 3 van de Overeenkomst wordt vervangen door: "De Overeenkomst eindigt op 31 augustus 2026."\n' +
        'Artikel 2 – Prijs\n2.1 De vergoeding bedraagt EUR 14.900 per maand.\n' +
        'Artikel 3 – Melding wijziging zeggenschap\n3.1 LogWacht meldt de Dienst binnen tien werkdagen iedere wijziging in de zeggenschap over LogWacht.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['de Dienst'], supplier: ['LogWacht'] });
    expect(present(r, 'change-of-control')).toBe(true);
  });

  it('strikes another document\'s article cited by number and title, not this contract\'s article of that number under another title', () => {
    const r = (heading: string, body: string) =>
      contract(
        'Overeenkomst tussen de gemeente Oudebrug (hierna: Opdrachtgever) en Cortexa B.V. (hierna: Opdrachtnemer).\n\n' +
          'Artikel 1 – Onderwerp\n1.1 Opdrachtnemer zet de dienstverlening onder de Raamovereenkomst voort.\n1.2 De artikelen 7 (Escrow) en 18 (Tussentijdse opzegging) van de Raamovereenkomst zijn niet van toepassing.\n' +
          `Artikel 7 – ${heading}\n7.1 ${body}\n`,
      );
    const other = r('Wijziging in zeggenschap', 'Opdrachtnemer behoeft de voorafgaande schriftelijke toestemming van Opdrachtgever voor iedere overdracht van aandelen die ertoe leidt dat een ander zeggenschap verkrijgt over Opdrachtnemer.');
    expect(present(other, 'change-of-control')).toBe(true);
    // (The same title: the article meant.)
    const same = r('Escrow', 'Opdrachtnemer deponeert de broncode van de programmatuur bij een escrow-agent.');
    expect(present(same, 'source-code-escrow')).toBe(false);
  });

  it('reads "Deleted and Amended Provisions" as a heading over new text, "Vervallen bepalingen" as a list of deletions', () => {
    const en = contract(
      'AMENDMENT NO. 2\n\nThis Amendment is made between Zorgregio Noord ("Customer") and MedLedger Inc. ("Supplier").\n\n' +
        'Section 1. Extension\nThe Term is extended to 31 December 2026.\n' +
        'Section 2. Deleted and Amended Provisions\n(a) Section 18 (Source Code Escrow) of the Original Agreement is deleted in its entirety.\n(b) Section 22 (Governing Law) of the Original Agreement is replaced by: "This Agreement shall be governed by the laws of the Netherlands."\n',
    );
    expect(en.facts.governingLaw).toBe('Netherlands');
    expect(present(en, 'source-code-escrow')).toBe(false);
    const nl = contract(
      'ADDENDUM 2\n\nTussen de gemeente Vlietstede (hierna: de Gemeente) en Publiq Cloud B.V. (hierna: Publiq) wordt overeengekomen:\n\n' +
        '1. VERLENGING\n1.1 De looptijd wordt verlengd tot en met 31 december 2025.\n' +
        '2. VERVALLEN BEPALINGEN\n2.1 Met ingang van de datum van ondertekening vervallen de volgende bepalingen van de Overeenkomst:\n• artikel 17 (In de plaats treden), op grond waarvan de Gemeente bij ernstige tekortkomingen de werkzaamheden door een derde kon laten uitvoeren;\n• artikel 21 (Exit-ondersteuning).\n',
    );
    expect(present(nl, 'step-in')).toBe(false);
  });

  it('reads "§ 13 (Broncodedepot) … vervalt" as striking article 13, in a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-paragraph-'));
    const file = await pdfLinesFile(join(dir, 'raad.pdf'), [
      [
        'OVEREENKOMST REGISTRATIEMODULE',
        '',
        'De Raad voor de Jeugdbescherming, gevestigd te Utrecht (hierna: "de Raad") en Dossierwerk B.V., gevestigd te Zwolle (hierna: "Leverancier").',
        '',
        '§ 12 Overmacht',
        'Geen van partijen is gehouden tot nakoming bij overmacht.',
        '§ 13 Broncodedepot',
        'Leverancier deponeert de broncode van de Registratiemodule bij een notaris te Groningen.',
        '§ 14 Overdracht',
        'Leverancier mag de overeenkomst niet zonder voorafgaande schriftelijke toestemming van de Raad aan een derde overdragen.',
        '§ 15 Addendum 1',
        'Partijen zijn bij Addendum 1 overeengekomen dat § 13 (Broncodedepot) met ingang van 1 maart 2024 vervalt.',
      ],
      [
        'Bijlage 1 Prijzen',
        '1. De vergoeding bedraagt EUR 2.000 per maand.',
        '2. De vergoeding wordt jaarlijks geïndexeerd.',
      ],
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(present(r, 'source-code-escrow')).toBe(false);
  });
});

describe('parts named by their words, versions that prevail', () => {
  it('strikes only the paragraph an amendment names by its opening words ("beginning "If Arcline is acquired by""), in a DOCX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-opening-'));
    const file = await docxFile(join(dir, 'pos.docx'), [
      'POINT-OF-SALE MAINTENANCE AGREEMENT',
      'Agreement between Midvale Supermarkets, Inc. (a Michigan corporation; "Midvale") and Arcline POS Services, Inc. (a Michigan corporation; "Arcline").',
      'ARTICLE IX — TERM AND TERMINATION',
      'Section 9.04 Midvale may terminate this Agreement for its convenience upon one hundred twenty days\' written notice to Arcline.',
      'Section 9.05 If Arcline is acquired by, or a controlling interest in Arcline is transferred to, any person, Midvale may terminate this Agreement upon thirty days\' written notice.',
      'ARTICLE X — ASSIGNMENT',
      'Section 10.01 Arcline shall not assign this Agreement without the prior written consent of Midvale.',
      'Section 10.02 Arcline shall provide the maintenance services and shall deliver the software updates; Midvale shall pay the fees set out in Schedule A.',
      'AMENDMENT NO. 1',
      '1. The last paragraph of Article IX (Term and Termination) of the Agreement, beginning "If Arcline is acquired by", is hereby deleted in its entirety. Midvale agrees that no such transaction shall give Midvale any right to terminate the Agreement.',
    ]);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    expect(r.parties).toMatchObject({ customer: ['Midvale'], supplier: ['Arcline'] });
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });

  it('reads a short Dutch clause of a bilingual contract as Dutch, and blanks a provision missing from the prevailing version where the language clause says so', () => {
    const head = 'Overeenkomst tussen de gemeente Zaanstad (hierna: Opdrachtgever) en Tamarack Records Corp. (hierna: Leverancier).\n\n';
    const short = contract(
      `${head}Artikel 7 – Geheimhouding\n7.1 Partijen houden alle informatie die zij van elkaar ontvangen geheim.\n\nArticle 7 – Confidentiality\n7.1 The Parties shall keep confidential all information received from each other.\n\n` +
        `Artikel 8 – Eigendomsstructuur\n8.1 Leverancier meldt Opdrachtgever onverwijld iedere wijziging in de zeggenschap over haar onderneming.\n\nArticle 8 – Ownership\n8.1 The Supplier need not notify the Customer of any change in its ownership or control, which shall not affect this Agreement.\n\n` +
        'Artikel 13 – Taal\n13.1 Bij verschil tussen beide versies is de Engelse tekst doorslaggevend.\n\nArticle 13 – Language\n13.1 In the event of any discrepancy between the two versions the English text shall prevail.\n',
    );
    expect(present(short, 'change-of-control')).toBe(false);
    const whole = (clause: string) =>
      contract(
        `${head}Artikel 9 – Taal\n9.1 Bij enige strijdigheid tussen beide versies gaat de Nederlandse versie voor${clause}.\n\nENGLISH VERSION\n\nArticle 7 – Remedies\n7.1 If the Contractor fails to restore the platform within the recovery time, the Customer may engage a third party to restore and operate the platform in the Contractor's place, at the Contractor's cost.\n`,
      );
    expect(present(whole(', ook indien de strijdigheid bestaat uit het ontbreken van een bepaling in een van beide versies'), 'step-in')).toBe(false);
    // (Without it, what one version alone says still binds.)
    expect(present(whole(''), 'step-in')).toBe(true);
  });
  it('reads a plain-text export that sets the two versions side by side, a bar between the columns, paragraph by paragraph', async () => {
    // Each paragraph wrapped to its column, the Dutch left and the English right, as an editor exports a two-column table.
    const wrap = (text: string, width = 44): string[] =>
      text.split(' ').reduce<string[]>((lines, w) => {
        const last = lines[lines.length - 1];
        if (last !== undefined && last.length + w.length + 1 <= width) lines[lines.length - 1] = `${last} ${w}`;
        else lines.push(w);
        return lines;
      }, []);
    const side = (nl: string, en: string): string[] => {
      const [l, r] = [wrap(nl), wrap(en)];
      return Array.from({ length: Math.max(l.length, r.length) }, (_, i) => `${(l[i] ?? '').padEnd(47)}| ${r[i] ?? ''}`.trimEnd());
    };
    const rows = [
      ['Overeenkomst tussen de gemeente Leeuwarden, hierna: Opdrachtgever, en Polaris Apps Oy, hierna: Leverancier.', 'Agreement between the municipality of Leeuwarden, hereinafter: the Customer, and Polaris Apps Oy, hereinafter: the Supplier.'],
      ['Artikel 6 – Zeggenschap', 'Article 6 – Control'],
      ['6.1 Indien de zeggenschap over Leverancier wijzigt, kan Opdrachtgever de Overeenkomst met onmiddellijke ingang ontbinden.', '6.1 A change in the control over the Supplier gives the Customer no right to terminate the Agreement.'],
      ['Artikel 7 – Broncode', 'Article 7 – Source code'],
      ['7.1 Leverancier geeft de broncode van de programmatuur binnen dertig dagen in depot bij een escrow-agent.', '7.1 The Supplier is not obliged to deposit the source code of the software with anyone.'],
      ['Artikel 12 – Taal', 'Article 12 – Language'],
      ['12.1 Bij verschil tussen beide versies is de Nederlandse tekst doorslaggevend; de Engelse tekst dient slechts ter informatie.', '12.1 In the event of any discrepancy the Dutch text prevails; the English text is for information only.'],
    ];
    const text = rows.map(([nl, en]) => side(nl!, en!).join('\n')).join('\n\n');
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-columns-')), 'twee-kolommen.txt');
    writeFileSync(file, `${text}\n`);
    const r = await scan(file);
    expect(r.status).toBe('ok');
    // Read line by line, the English denials would have run into the Dutch sentences; unfolded, the English text yields.
    expect(present(r, 'change-of-control')).toBe(true);
    expect(present(r, 'source-code-escrow')).toBe(true);
    expect(r.clauses['change-of-control']!.evidence[0]!.quote).toMatch(/^6\.1 Indien de zeggenschap over Leverancier wijzigt, kan Opdrachtgever de Overeenkomst met onmiddellijke ingang ontbinden\.$/);
  });
  it('reads a Word table that sets the two versions side by side, a row per paragraph, as the two paragraphs one after the other', async () => {
    const rows: Array<[string, string]> = [
      ['Overeenkomst tussen de gemeente Haarlem, hierna: Opdrachtgever, en Vantage Networks LLC, hierna: Leverancier.', 'Agreement between the municipality of Haarlem, hereinafter the Customer, and Vantage Networks LLC, hereinafter the Supplier.'],
      ['1. ONDERWERP', '1. SUBJECT MATTER'],
      ['1.1 Leverancier levert aan Opdrachtgever het beheer van het openbare wifi-netwerk in de binnenstad.', '1.1 The Supplier shall provide the Customer with the management of the public wifi network in the city centre.'],
      ['1.2 Leverancier rapporteert maandelijks over de beschikbaarheid van het netwerk en de afgehandelde storingen.', '1.2 The Supplier shall report monthly on the availability of the network and the incidents resolved.'],
      ['9. OVERDRACHT', '9. ASSIGNMENT'],
      ['9.1 Leverancier kan de Overeenkomst niet aan een derde overdragen zonder voorafgaande schriftelijke toestemming van Opdrachtgever.', '9.1 The Supplier may assign this Agreement to any affiliate or to a purchaser of its business by giving written notice to the Customer.'],
      ['12. TAAL', '12. LANGUAGE'],
      ['12.1 Bij verschil tussen de Nederlandse en de Engelse tekst is de Engelse tekst doorslaggevend.', '12.1 In the event of any discrepancy between the Dutch and the English text, the English text prevails.'],
      ['12.2 Op deze Overeenkomst is Nederlands recht van toepassing.', '12.2 This Agreement is governed by the laws of the Netherlands.'],
    ];
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const table = new Table({ rows: rows.map(([nl, en]) => new TableRow({ children: [cell(nl), cell(en)] })) });
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-columns-')), 'tweetalig.docx');
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Overeenkomst Beheerd Openbaar Wifi'), table] }] })));
    const r = await scan(file);
    expect(r.status).toBe('ok');
    // Read as one row, the Dutch consent would have stood beside the English free assignment; the English text prevails.
    expect(present(r, 'anti-assignment')).toBe(false);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });
  it('names two companies the head lists without short names by the first words the text calls them by ("Verilux shall …"), in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-names-')), 'core-licence.pdf'), [
      [
        'SEMICONDUCTOR IP CORE LICENSE AGREEMENT',
        'This Semiconductor IP Core License Agreement is entered into as of March 14, 2011 by and between:',
        '(1) Verilux Silicon IP, Inc., a Delaware corporation with its principal place of business in Santa Clara, California; and',
        '(2) Northgate Microsystems Corporation, a California corporation having its principal office in Sunnyvale, California.',
        '',
        'RECITALS',
        '(A) Verilux has developed a USB physical layer and controller core. (B) Northgate wishes to obtain a licence to use the core in its products.',
        '',
        '1. Licence. Verilux grants to Northgate a non-exclusive licence to use the core. Northgate shall pay Verilux the licence fees set out in Schedule 1.',
        '2. Support. Verilux shall provide maintenance and support for the core for five years and shall deliver updates to Northgate.',
        '3. Change of Control. Verilux shall notify Northgate within ten days after any person acquires more than fifty percent of the voting stock of Verilux. If the acquirer is a competitor of Northgate, Northgate may terminate this Agreement by written notice.',
        '4. Confidentiality. The Recipient shall keep confidential all information received from the other party.',
        '5. Escrow. Verilux shall deposit the source code of the core with an independent escrow agent, to be released to Northgate if Verilux becomes insolvent.',
      ],
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Northgate'], supplier: ['Verilux'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
    expect(r.verdict).toBe('protected');
  });
});

describe('an article replaced by a new text that itself switches something off', () => {
  it('reads \'Het artikel "Toepasselijke voorwaarden" wordt vervangen door: "ARBIT-2022 is niet van toepassing …"\' in an addendum as a new text, not as the rejection of the contract up to it, in a text file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-replaced-')), 'stembureaus.txt');
    writeFileSync(
      file,
      [
        // (A page break opens the extract, as pdftotext writes one.)
        '\f',
        '7.2 De Gemeente kan de overeenkomst tussentijds opzeggen met een opzegtermijn van drie',
        '• Het artikel "Toepasselijke voorwaarden" wordt vervangen door: "ARBIT-2022 is niet van',
        // (The new text runs on past the end of this extract, as where a page is cut off.)
        'toepassing. Op deze overeenkomst zijn uitsluitend de bepalingen van deze overeenkomst en de',
      ].join('\n'),
    );
    const r = await scan(file);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });
});

describe('which party a name is, where its words mislead', () => {
  it('gives a purchasing body the side of the participants named in its own entry ("… (de "Deelnemers"), …, hierna: "LIH"")', () => {
    const r = contract(
      [
        'RAAMOVEREENKOMST MOBIELE DATA TERMINALS 2024–2028',
        'Landelijke raamovereenkomst LIH/2024/MDT – Perceel 1 (Brandweer en Ambulancezorg)',
        'PARTIJEN',
        '1. Stichting Landelijke Inkoopcentrale Hulpdiensten, gevestigd te Den Haag, handelend voor zichzelf en ten behoeve van de in Bijlage 7 genoemde veiligheidsregio\'s en regionale ambulancevoorzieningen (de "Deelnemers"), vertegenwoordigd door ing. K.A. Mulder MBA, directeur, hierna: "LIH";',
        '2. Velocom Terminals B.V., gevestigd te Eindhoven, KvK 52204871, vertegenwoordigd door mw. drs. I. Verhoeven, algemeen directeur, hierna: "Leverancier";',
        'OVERWEGINGEN',
        'LIH heeft een Europese openbare aanbesteding gehouden voor een raamovereenkomst met één leverancier per perceel voor de levering en het beheer van mobiele data terminals;',
        'Deelnemers sluiten op basis van deze Raamovereenkomst nadere overeenkomsten met Leverancier ("Nadere Overeenkomsten"), waarop de bepalingen van deze Raamovereenkomst van toepassing zijn;',
        'KOMEN OVEREEN ALS VOLGT:',
        'Artikel 1 Overname van Leverancier',
        '1.1 Indien de zeggenschap over Leverancier overgaat zonder toestemming van LIH, kunnen LIH de Raamovereenkomst met onmiddellijke ingang opzeggen.',
        'Artikel 2 Depot',
        '2.1 Leverancier deponeert de broncode van de applicatie bij een escrow-agent ten behoeve van LIH en de Deelnemers.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Deelnemers', 'LIH'], supplier: ['Leverancier'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer' });
    expect(r.verdict).toBe('protected');
  });

  it('reads a "Distributor" that is paid its fees and carries the duties as the provider', () => {
    const r = contract(
      [
        'CONNECTIVITY AND DISTRIBUTION SERVICES AGREEMENT',
        'This Agreement is entered into by and between SILVERSTATE TRAVEL EXCHANGE, INC., a Nevada corporation ("Distributor"), and DESERT CROWN RESORTS, INC., a Nevada corporation (the "Resort Company").',
        '',
        '1. Services',
        '1.1 Distributor shall connect each Property to the Channels. Distributor shall provide the switch twenty-four hours a day. Distributor shall maintain the interfaces. Distributor shall deliver each Reservation within five seconds.',
        '2. Fees',
        '2.1 Resort Company shall pay Distributor the fees set out in Schedule B.',
        '3. Change of Control',
        '3.1 If any person acquires a controlling interest in Distributor, Resort Company may terminate this Agreement by written notice.',
        '4. Wind-down',
        '4.1 Upon termination Distributor shall continue to provide the connectivity services for up to nine months at Resort Company\'s request.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Resort Company'], supplier: ['Distributor'] });
    expect(r.verdict).toBe('protected');
  });

  it('reads a short name made of the last words of the party\'s own name ("Health System") as that party, in a DOCX', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-own-')), 'ai-services.docx'), [
      'MASTER AI SERVICES AGREEMENT',
      'This Agreement is entered into by and between Brightline Cognitive Systems Corp., a Delaware corporation ("Vendor"), and Cobalt Ridge Health System, a California nonprofit public benefit corporation ("Health System").',
      '1. Change of Control',
      '1.1 Vendor shall not undergo a Change of Control without giving Health System at least thirty days\' prior written notice. Health System may, within ninety days after such notice, terminate this Agreement without penalty.',
      '2. Transition',
      '2.1 Upon expiry or termination, Vendor shall provide transition services for up to twelve months at Health System\'s request, including return of all Health System Data.',
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Health System'], supplier: ['Vendor'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });

  it('reads a term defined on the line after the two parties\' entries ("… (the \\"Voice Engine\\")") as no third party, so the duties decide the sides, in a DOCX', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-term-')), 'oem-licence.docx'), [
      'OEM LICENSE AGREEMENT',
      'This OEM License Agreement is made by and between Kestrel Acoustics, Inc., a Delaware corporation ("Kestrel"), and Harrowfield Marine Systems, Inc., an Ohio corporation ("Harrowfield").',
      'Kestrel has developed an embedded voice-control engine (the "Voice Engine"). Harrowfield builds navigation consoles for boat yards and wishes to embed the Voice Engine in them.',
      '1. Support',
      '1.1 Kestrel shall provide second-line support. Kestrel shall correct reported errors. Kestrel shall deliver all updates. Kestrel shall keep the Voice Engine compatible with the consoles.',
      '1.2 Harrowfield shall pay the fees in Exhibit A.',
      '2. Change of Control',
      '2.1 Kestrel shall notify Harrowfield of any Change of Control of Kestrel. Harrowfield may terminate this Agreement by written notice given within six months after the Change of Control closes.',
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Harrowfield'], supplier: ['Kestrel'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });

  it('reads a foundation whose short name is not in its full name ("Stichting Elisabethgasthuis West, …, hierna: \\"het Gasthuis\\"") as the customer beside a B.V., in a DOCX', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-kind-')), 'lims.docx'), [
      'LICENTIE- EN ONDERHOUDSOVEREENKOMST LABORATORIUMSYSTEEM',
      'Stichting Elisabethgasthuis West – Quarry LabWorks B.V.',
      'Partijen:',
      'Stichting Elisabethgasthuis West, gevestigd te Heerenveen, rechtsgeldig vertegenwoordigd door de raad van bestuur, hierna: "het Gasthuis";',
      'Quarry LabWorks B.V., gevestigd te Arnhem, rechtsgeldig vertegenwoordigd door haar directie, hierna: "Quarry";',
      'verklaren te zijn overeengekomen:',
      'Artikel 6 Zeggenschap',
      '6.1 Van iedere wijziging in de zeggenschap over Quarry wordt het Gasthuis onverwijld schriftelijk in kennis gesteld.',
      '6.2 Het Gasthuis kan de Overeenkomst in de gevallen bedoeld in artikel 6.1 binnen zes maanden na de kennisgeving met onmiddellijke ingang opzeggen.',
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['het Gasthuis'], supplier: ['Quarry'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });

  it('reads a one-word name given after a party\'s kind and seat ("Service") as that party, in a PDF, but not the services of a sentence', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-alias-')), 'catalogue-licence.pdf'), [
      [
        'CATALOGUE STREAMING LICENSE AGREEMENT',
        'This Agreement is made by and between:',
        '(1) Marrowgate Music Holdings, LLC, a Delaware limited liability company, having its principal place of business at 12 Harbor Street, Boston ("Label"); and',
        '(2) Tessellate Listening Corp., a New York corporation, having its principal place of business at 40 Hudson Avenue, New York ("Service").',
        '1. Licence',
        '1.1 Label hereby grants Service a licence to stream the Recordings. Service shall pay the royalties in Schedule A.',
        '2. Term and Termination',
        '2.1 If any person acquires a controlling interest in Label, Service may, within sixty days after written notice of that transaction, terminate this Agreement by written notice.',
        '3. Wind-down',
        '3.1 Upon termination Label shall continue to deliver the Recordings for a wind-down period of ninety days so as to allow Service an orderly transition to another supplier.',
      ],
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Service'], supplier: ['Label'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
    expect(r.verdict).toBe('protected');
    const s = contract(
      [
        'HOSTING AGREEMENT',
        'This Agreement is made between Quillon Data B.V., a Dutch private limited company, which provides hosting to the Customer under the terms below ("Service"), and the Municipality of Ederveen (the "Customer").',
        '1.1 The Customer shall pay the fees.',
      ].join('\n'),
    );
    expect(s.parties.all).not.toContain('Service');
  });

  it('reads a definition past a person\'s initial ("means (i) Bradley K. Nakamura … ceasing …, or (ii) any person acquiring … more than forty-nine percent … of the votes"), in a text file', async () => {
    const lines = (who: string) => [
      'RESORT OPERATING AGREEMENT',
      'This Agreement is made between Makani Shores Owner LP (the "Owner") and Coral Crest Resort Management, Inc. (the "Operator").',
      '',
      '1. Definitions',
      `(a) "Key Principal Event" means (i) ${who} ceasing to be actively involved in the senior management of Operator, or (ii) any person or group acquiring, directly or indirectly, beneficial ownership of equity interests carrying more than forty-nine percent (49%) of the votes in Operator.`,
      '',
      '2. Services',
      '2.1 Operator shall operate the resort for the Owner. The Owner shall pay the fees.',
      '',
      '3. Termination',
      '3.1 The Owner may terminate this Agreement upon ninety (90) days\' notice given within twelve (12) months following the occurrence of a Key Principal Event.',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-initial-'));
    const withInitial = join(dir, 'resort.txt');
    writeFileSync(withInitial, lines('Mele K. Akana').join('\n'));
    expect((await scan(withInitial)).clauses['change-of-control']).toMatchObject({ present: true, to: 'customer' });
    // The same definition with no takeover in it stays no change of control.
    const noTakeover = join(dir, 'resort-no-takeover.txt');
    writeFileSync(noTakeover, lines('Mele K. Akana').join('\n').replace(/, or \(ii\) any person[^.]*votes in Operator/, ''));
    expect((await scan(noTakeover)).clauses['change-of-control'].present).toBe(false);
  });

  it('reads a date defined as the contract\'s end ("Handover Date" means the date on which this Agreement terminates or expires) as the end: a handover on it is a service after the end, in a DOCX', async () => {
    const lines = (definition: string) => [
      'HOTEL MANAGEMENT AGREEMENT',
      'This Agreement is made between Harbourside Property Limited (the "Owner") and Kestrel Hotel Operations Limited (the "Operator").',
      '1. Definitions',
      `1.1 "Handover Date" means ${definition}.`,
      '2. Management',
      '2.1 The Operator shall manage the Hotel on behalf of the Owner. The Owner shall pay the management fee.',
      '3. Handover',
      '3.1 On the Handover Date and for up to three (3) months afterwards the Operator shall co-operate in an orderly handover of the Hotel to the Owner or a new operator nominated by the Owner, and shall deliver all guest and customer databases relating to the Hotel in electronic form capable of being imported into a standard property management system.',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-handover-'));
    const atEnd = await docxFile(join(dir, 'at-end.docx'), lines('the date on which this Agreement terminates or expires'));
    expect((await scan(atEnd)).clauses['post-termination-services']).toMatchObject({ present: true, to: 'customer' });
    // A handover date that is no end (the hotel opening) gives no service after the end.
    const atOpening = await docxFile(join(dir, 'at-opening.docx'), lines('the date on which the Hotel first opens to the public'));
    expect((await scan(atOpening)).clauses['post-termination-services'].present).toBe(false);
  });

  it('ends each entry of a lettered definitions list at its semicolon: a third country in a later entry is not the first entry\'s', () => {
    const r = contract(
      [
        'VIDEO MANAGEMENT SERVICES AGREEMENT',
        'between the Municipality of Oosterwolde (the "Authority") and Optiview Security Benelux B.V. (the "Contractor").',
        '1. Definitions',
        '(a) "Affiliate" means any entity controlling, controlled by or under common control with a party;',
        '(b) "Business Day" means a day other than a Saturday or Sunday;',
        '(c) "Platform Owner" includes Shenhua Optiview Technology Co., Ltd., Wuhan, People\'s Republic of China;',
        '2. Assignment',
        '2.1 Either party may, without the consent of the other, assign this Agreement to an Affiliate or to a successor in connection with a merger. Save as aforesaid, neither party may assign this Agreement without the prior written consent of the other party.',
      ].join('\n'),
    );
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(present(r, 'non-eu-control')).toBe(false);
  });
  it('names two companies listed in one sentence without short names ("by and between Harborview\\nDrug Stores, Inc., …, and Meridian …") by their first words, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-inline-')), 'pharmacy-system.pdf'), [
      [
        'PHARMACY MANAGEMENT SYSTEM LICENSE AND HOSTED SERVICES AGREEMENT',
        'This Pharmacy Management System License and Hosted Services Agreement (this "Agreement")',
        'is entered into as of March 14, 2011 (the "Effective Date") by and between Harborview',
        'Drug Stores, Inc., an Ohio corporation with its principal offices at 4100 Lakeside',
        'Avenue, Cleveland, Ohio, and Meridian RxSystems, LLC, a Delaware limited liability',
        'company with offices at 200 Park Center Drive, Nashville, Tennessee.',
        '',
        'RECITALS',
        'WHEREAS, Harborview wishes to license, and Meridian wishes to provide, the System and related hosting services.',
        '',
        '1. Services. Meridian shall host the System and shall provide support. Harborview shall pay Meridian the fees set out in Exhibit C.',
        '2. Change of Control. If Meridian undergoes a Change of Control, Meridian shall notify Harborview in writing within ten days thereafter, and Harborview may terminate this Agreement by written notice given within one hundred twenty days.',
        '3. Transition. Upon expiration or any termination of this Agreement, Meridian shall, at Harborview\'s request, continue to provide the System and the Services for a transition period of up to twelve months.',
      ],
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Harborview'], supplier: ['Meridian'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
    expect(r.verdict).toBe('protected');
  });

  it('reads a parent named right after a party\'s entry ("…, a wholly-owned subsidiary of SeatSmart Holdings, Inc., … (the "Parent")") as no party, so the consortium is the customer, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-parent-')), 'ticketing-framework.pdf'), [
      [
        'FRAMEWORK AGREEMENT – TICKETING AND VISITOR',
        'MANAGEMENT SERVICES',
        'Stichting Podiumconsortium Randstad Noord / SeatSmart Europe B.V. – Reference PRN-2025-TICK',
        'THIS FRAMEWORK AGREEMENT is made on 3 March 2025',
        'BETWEEN:',
        '(1) STICHTING PODIUMCONSORTIUM RANDSTAD NOORD, a foundation under Dutch law, having its',
        'seat in Haarlem-Noord, Chamber of Commerce no. 93012276, acting on its own behalf and on behalf of the',
        'Member Theatres listed in Annex 1 (the "Consortium"); and',
        '(2) SEATSMART EUROPE B.V., a private limited company under Dutch law, having its seat in Amsterdam,',
        'Chamber of Commerce no. 81177345 (the "Supplier"), a wholly-owned subsidiary of SeatSmart Holdings,',
        'Inc., a corporation incorporated in the State of Delaware, USA (the "Parent").',
        'RECITALS:',
        '(A) The Member Theatres are seven municipal theatres and concert halls in the provinces of Noord-Holland',
        'and Flevoland, each operated by a foundation funded by its municipality. They have established the',
        'Consortium to procure shared ticketing and visitor-management services.',
        '(B) Following a European restricted procedure, the Consortium awarded this Framework Agreement to the',
        'Supplier on 10 January 2025.',
        'IT IS AGREED as follows:',
        '',
        '1. STEP-IN',
        '1.1 If the Supplier fails to restore the box office within eight hours, the Consortium may, by written notice, step in and itself take over, or appoint a third party to take over, the operation of the affected Services.',
      ],
    ]);
    const r = await scan(file);
    // (The parent may stand on its subsidiary's side; it is never the customer.)
    expect(r.parties.customer).toEqual(['Consortium']);
    expect(r.parties.supplier).toContain('Supplier');
    expect(present(r, 'step-in')).toBe(true);
  });

  it('reads two parties both named by supplier words ("Franchisor", "Developer") by who pays whom: the developer pays the fees and buys', () => {
    const r = contract(
      [
        'AREA DEVELOPMENT AND FRANCHISE AGREEMENT',
        'This Agreement is entered into as of November 4, 2021 by and between Copperpot Noodle Bar Franchising Corp., a Delaware corporation ("Franchisor"), and Chesapeake Noodle Ventures, LLC, a Maryland limited liability company ("Developer").',
        '',
        '3.1 Developer shall pay Franchisor an initial franchise fee of $40,000 per Restaurant.',
        '13.2 Developer may terminate this Agreement upon one hundred eighty (180) days\' written notice if Franchisor undergoes a change of control.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Developer'], supplier: ['Franchisor'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });

  it('reads two supplier-worded parties ("Franchisor", "Licensor") by who pays the fees when neither pays the other by name', () => {
    const r = contract(
      [
        'POINT-OF-SALE SOFTWARE LICENSE AGREEMENT',
        'This Agreement is entered into by and between Bayside Bagel Franchising LLC, a Washington limited liability company ("Franchisor"), and Ledgerline Systems, Inc., a Delaware corporation ("Licensor").',
        '',
        '2.1 Licensor grants Franchisor and its franchisees a licence to use the Ledgerline point-of-sale application.',
        '6.1 Franchisor shall pay the fees set out in the Fee Schedule.',
        '12.2 Licensor shall notify Franchisor of any change of control of Licensor. Franchisor may terminate this Agreement within one hundred twenty days after such notice.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Franchisor'], supplier: ['Licensor'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });

  it('reads a prime "Contractor" that pays the party it engages as the buyer, where its acts and payments both say so (a subcontract)', () => {
    const r = contract(
      [
        'AERIAL SURVEY SERVICES AGREEMENT',
        'THIS AGREEMENT is made as of June 1, 2016 by and between BRENNAN CIVIL CONTRACTORS, LTD., a Texas limited partnership ("Contractor"), and SKYTRACE AERIAL SURVEYS LLC, a Texas limited liability company ("Surveyor").',
        '',
        '2. Surveyor shall perform all flights in compliance with FAA regulations. Surveyor shall deliver the processed data within three days.',
        '3. Contractor shall pay the unit rates in Schedule 1. Surveyor shall invoice monthly; Contractor shall pay undisputed amounts within forty-five days.',
        '5. If Surveyor fails to perform a scheduled flight within forty-eight hours after the scheduled date, Contractor may, without prejudice to its other rights, engage another qualified surveyor to perform the flight, and Surveyor shall reimburse Contractor for the excess cost.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Contractor'], supplier: ['Surveyor'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads no public body in a regulator a company is registered with ("registered as a transfer agent with the Securities and Exchange Commission")', () => {
    const r = contract(
      [
        'This TRANSFER AGENCY AGREEMENT is made as of January 1, 2002 by and between ALDINE MUTUAL HOLDINGS, INC., a New Jersey corporation (the "Corporation"), and KEYSTONE REGISTRAR & TRANSFER CO., a New Jersey corporation registered as a transfer agent with the Securities and Exchange Commission (the "Transfer Agent").',
        '',
        '1.01 The Corporation appoints the Transfer Agent to act as transfer agent for its common stock.',
        '4.01 The Corporation shall pay the Transfer Agent the fees set forth in Exhibit B.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Corporation'], supplier: ['Transfer Agent'] });
  });

  it('reads a party named "(together with its subsidiaries, "Evergreen")" as that party, not the product named later', () => {
    const r = contract(
      [
        'This Development and Hosting Agreement is made by and between Evergreen Home Services Holdings, Inc., a Washington corporation (together with its subsidiaries, "Evergreen"), and Cascadia App Studio, LLC, an Oregon limited liability company ("Vendor").',
        'Vendor will build, host and support a field-service application for Evergreen ("FieldOne").',
        '9.2 Any merger of Vendor, or any transfer of a majority of the membership interests in Vendor, shall be deemed an assignment of this Agreement by Vendor requiring Evergreen\'s prior written consent. If Vendor completes any such transaction without Evergreen\'s consent, Evergreen may terminate this Agreement on written notice.',
      ].join('\n'),
    );
    expect(r.parties.customer).toContain('Evergreen');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('keeps a "Contractor" that is paid as the supplier, though it also pays its own costs', () => {
    const r = contract(
      [
        'This Agreement is made between Northfield Housing Trust, a Texas nonprofit corporation ("Owner"), and Brennan Civil Contractors, Ltd., a Texas limited partnership ("Contractor").',
        '',
        '2. Contractor shall perform the Work and shall pay all taxes on materials. Owner shall pay Contractor the Contract Sum.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Owner'], supplier: ['Contractor'] });
  });

  it('reads the licensee giving back the licensor\'s technology at the end as no service to the licensee', () => {
    const r = contract(
      [
        'TECHNOLOGY LICENSE AGREEMENT',
        'This Agreement is made between Galway Signal Technologies Ltd., an Israeli company ("Galway"), and Amberton Communications Corp., a Delaware corporation ("Amberton").',
        '2.1 Galway grants Amberton a license to the Galway Technology. Amberton shall pay Galway the royalties in Exhibit B.',
        '11.4 Upon termination of this Agreement, all licenses granted to Amberton shall terminate and Amberton shall cease the manufacture and distribution of Products incorporating the Galway Technology and shall return to Galway all copies of the Galway Technology.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Amberton'], supplier: ['Galway'] });
    expect(present(r, 'post-termination-services')).toBe(false);
  });

  it('reads a warehouse\'s "Depositor" as the one that pays the "Warehouseman" its rates, not as an escrow\'s depositor', () => {
    const r = contract(
      [
        'WAREHOUSING AGREEMENT',
        'This Agreement is made between Harrow Outdoor Goods Limited ("Depositor") and Carrick Logistics Limited ("Warehouseman").',
        '2.1 Warehouseman shall receive, store and despatch the Goods.',
        '3.1 Depositor shall pay Warehouseman the rates set forth in Schedule A.',
        '12.2 If control of Warehouseman is acquired by any person, Depositor may terminate this Agreement by written notice.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Depositor'], supplier: ['Warehouseman'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });

  it('reads two supplier-worded parties ("Manufacturer", "Contractor") with no fees named by whose acts are a buyer\'s, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-gsa-')), 'gsa-supply.pdf'), [
      [
        'GSA SCHEDULE SUPPLY AGREEMENT',
        'This Agreement is between Fenmoor Instruments Corporation, a New Hampshire corporation ("Manufacturer"), and Tidewater Public Sector Supply, Inc., a Maryland corporation ("Contractor").',
        '2.1 Contractor shall purchase Products from Manufacturer at the prices in Schedule A. Contractor shall place orders by purchase order. Contractor will purchase spare parts from Manufacturer as needed.',
        '2.2 Manufacturer shall ship each order within ten days.',
        '5.1 If any person acquires a majority of the voting securities of Manufacturer, Contractor may terminate this Agreement by written notice given within one hundred twenty days after the closing.',
      ],
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Contractor'], supplier: ['Manufacturer'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
    // (A right to end the contract after the closing of a takeover is no termination for convenience.)
    expect(present(r, 'termination-for-convenience')).toBe(false);
  });

  it('reads "the Prime" of a government subcontract as the buyer, and a takeover of the party called "the Subcontractor" as the supplier\'s, in a DOCX', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-prime-')), 'subcontract.docx'), [
      'SOFTWARE DEVELOPMENT SUBCONTRACT',
      'This Subcontract is entered into between Harrowgate Federal Systems, Inc., a Virginia corporation (the "Prime"), and Lintel Bay Software, LLC, a Maryland limited liability company (the "Subcontractor").',
      'The Prime holds a contract with a federal agency and wishes the Subcontractor to extend its case-management engine.',
      '3. Ownership',
      '3.1 If any person acquires, directly or indirectly, control of the Subcontractor (whether by merger, by acquisition of voting securities or by purchase of substantially all of its assets), the Prime may terminate this Subcontract by written notice effective immediately.',
      '4. Source Code',
      '4.1 The Subcontractor shall deposit the source code of the engine with an escrow agent for the benefit of the Prime.',
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Prime'], supplier: ['Subcontractor'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
    expect(r.verdict).toBe('protected');
  });

  it('reads a company whose capitalised name holds a body word ("TRUSTMARK ROOT AUTHORITY, INC.") as no public body, in a PDF', async () => {
    const file = await pdfLinesFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-caps-')), 'managed-pki.pdf'), [
      [
        'MANAGED PKI SERVICES AGREEMENT',
        'THIS AGREEMENT is made as of August 20, 2012 by and between TRUSTMARK ROOT AUTHORITY, INC., a Delaware corporation ("Trustmark"), and FENWICK GRID UTILITIES CORPORATION, a California corporation ("Fenwick").',
        '1. Services',
        '1.1 Trustmark shall operate a dedicated issuing certification authority for Fenwick. Trustmark shall issue the Certificates. Trustmark shall maintain the revocation lists. Trustmark shall provide support twenty-four hours a day.',
        '1.2 Fenwick shall pay Trustmark the fees set out in Schedule 2.',
        '2. Change of Control',
        '2.1 Trustmark shall give Fenwick thirty days\' prior written notice of any Change of Control of Trustmark. Fenwick may terminate this Agreement by written notice given within one hundred eighty days after such notice.',
      ],
    ]);
    const r = await scan(file);
    expect(r.parties).toMatchObject({ customer: ['Fenwick'], supplier: ['Trustmark'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer', strength: 'strong' });
  });
});

describe('a public body beside a reseller and the vendor it resells', () => {
  it('puts two companies, each in an entry of its own beside the body, on the supplier\'s side, so the vendor\'s right to end is a right to end', () => {
    const r = contract(
      [
        'Overeenkomst clouddiensten',
        'Partijen: de gemeente Oosterzijl, vertegenwoordigd door de burgemeester ("de Gemeente");',
        'Polderlicentie B.V., Zwolle ("Polderlicentie"); en Pacific Arc Cloud Pte. Ltd., Singapore ("Pacific Arc").',
        'Artikel 1. Beëindiging',
        '1.1 Pacific Arc kan de levering van de dienst aan de Gemeente op ieder moment zonder opgave van redenen beëindigen met een opzegtermijn van zes maanden.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['de Gemeente'], supplier: ['Pacific Arc', 'Polderlicentie'] });
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });

  it('does not make a company the customer for the public body whose entry follows its own on one line', () => {
    const r = contract(
      [
        'ENTERPRISE ENROLMENT',
        'This Enrolment is entered into between Stratocore Ireland Operations Limited, 70 Harbour Quay, Dublin 2, Ireland ("Stratocore"), the Municipality of Lauwersland, Martinikerkhof 12, Groningen ("Customer"), and Polderlicentie B.V., Zwolle ("Partner").',
        '1. Partner failure',
        '1.1 If the Partner fails to perform and does not remedy the failure within ten days, the Customer may have those obligations performed by a third party at the Partner\'s expense.',
      ].join('\n'),
    );
    expect(r.parties.customer).toEqual(['Customer']);
    expect(r.parties.supplier).toContain('Stratocore');
  });

  it('reads a purchasing cooperative that joins a call-off as a buyer, so its step-in is the buyers\'', () => {
    const r = contract(
      [
        'Deelovereenkomst Research Cloud',
        'Partijen: (1) Stichting Hogeschool Delta, gevestigd te Vlissingen ("Deelnemer"); (2) Stratocumulus Cloud Services B.V., gevestigd te Groningen ("Leverancier"); en, voor de bepalingen die haar rechten toekennen, (3) Inkoopcoöperatie Hoger Onderwijs U.A., gevestigd te Utrecht ("ICHO").',
        'Artikel 5. Continuïteit',
        '5.1 Indien Leverancier ernstig tekortschiet en de tekortkoming niet binnen tien Werkdagen na ingebrekestelling is hersteld, is ICHO bevoegd de exploitatie van de diensten tijdelijk zelf over te nemen of te laten uitvoeren door een derde, op kosten van Leverancier.',
      ].join('\n'),
    );
    expect(r.parties.customer).toContain('ICHO');
    expect(present(r, 'step-in')).toBe(true);
  });
});

describe('two parties named by company name alone', () => {
  it('makes the one whose data or content the other holds the customer, where nothing else tells them apart', () => {
    const r = contract(
      [
        'AMENDMENT NO. 2',
        'This Amendment is entered into as of March 3, 2024 by and between NORTHGATE LEDGER, LLC, a Delaware limited liability company ("Northgate"), and QUAYLINE MARITIME, INC., a Washington corporation ("Quayline").',
        '1. Change of Control',
        '1.1 Northgate shall give Quayline written notice of any change of control of Northgate within fifteen days. Quayline may terminate the Agreement by written notice within six months after such notice.',
        '2. Records',
        '2.1 Northgate shall keep Quayline Data confidential and shall return all Quayline Data within thirty days after termination.',
      ].join('\n') + '\n',
    );
    expect(r.parties).toMatchObject({ customer: ['Quayline'], supplier: ['Northgate'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
});

describe('two companies named by their names alone, both of them acting', () => {
  it('makes the one that pays a fee (a compound Dutch fee word, no payee named) the customer, and its step-in the customer\'s', () => {
    const r = contract(
      [
        'Onderhoudsovereenkomst meetsystemen',
        '',
        'Oostvaart Holding N.V., gevestigd te Zwolle, hierna: "Oostvaart";',
        'en',
        'Meridion Groep B.V., gevestigd te Deventer, hierna: "Meridion";',
        'komen als volgt overeen.',
        '',
        '1. Werkzaamheden',
        '1.1 Oostvaart beheert het leidingnet en de meetstations. Meridion verricht het onderhoud van de meetstations en verhelpt storingen.',
        '2. Vergoeding',
        '2.1 Oostvaart betaalt een vaste onderhoudsvergoeding van EUR 120.000 per jaar.',
        '3. Vervangende uitvoering',
        '3.1 Indien Meridion een storing niet binnen de hersteltijd verhelpt, is Oostvaart bevoegd de werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren, voor rekening van Meridion.',
      ].join('\n') + '\n',
    );
    expect(r.parties).toMatchObject({ customer: ['Oostvaart'], supplier: ['Meridion'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });
});

describe('a term the recitals define beside the two parties', () => {
  it('is no third party: the counterparty of the provider is the customer, and its step-in is the customer\'s', () => {
    const r = contract(
      [
        'MANAGED SECURITY SERVICES AGREEMENT',
        '',
        'This Managed Security Services Agreement (this "Agreement") is made effective',
        'as of August 8, 2022 by and between Tidewater Defense Electronics Corporation,',
        'a Virginia corporation ("Tidewater"), and Ironbark Secure Operations, LLC, a',
        'Maryland limited liability company ("Provider").',
        '',
        'Tidewater is a cleared defense contractor that handles Controlled Unclassified',
        'Information ("CUI") and is subject to DFARS 252.204-7012. Provider will perform security',
        'monitoring of Tidewater\'s unclassified networks.',
        '',
        '5. SERVICE FAILURE',
        '',
        '5.2 If Provider fails to perform the monitoring Services for more than twelve (12) consecutive hours, Tidewater may',
        '    engage a third-party incident response firm to perform them, and Provider shall reimburse Tidewater\'s reasonable costs.',
      ].join('\n'),
    );
    expect(r.parties).toMatchObject({ customer: ['Tidewater'], supplier: ['Provider'] });
    expect(present(r, 'step-in')).toBe(true);
  });

  it('is no party where the recitals open with "NEMEN IN AANMERKING DAT:" (without "het volgende")', () => {
    const r = contract(
      [
        'UITBESTEDINGSOVEREENKOMST',
        'DE PARTIJEN:',
        'Stichting Pensioenfonds Waddenkring, statutair gevestigd te Leeuwarden, vertegenwoordigd door haar bestuur, hierna: "SPW";',
        'Rekentaal Pensioendiensten B.V., statutair gevestigd te Zwolle, vertegenwoordigd door de heer K. Smit, hierna: "Rekentaal";',
        'NEMEN IN AANMERKING DAT:',
        '• Rekentaal beschikt over een administratieplatform ("Rekentaal Core") en de dienstverlening uitvoert voor meerdere pensioenfondsen;',
        'EN KOMEN OVEREEN ALS VOLGT:',
        'Artikel 7 Ingrijpen',
        '7.1 Indien Rekentaal een wezenlijke verplichting niet nakomt, mag SPW in de plaats van Rekentaal treden en de betrokken werkzaamheden zelf uitvoeren of door een derde laten uitvoeren.',
      ].join('\n') + '\n',
    );
    expect(r.parties).toMatchObject({ customer: ['SPW'], supplier: ['Rekentaal'] });
    expect(present(r, 'step-in')).toBe(true);
  });
});

// Files of several documents with an order of precedence (an offer and the supplier's terms, an agreement and its
// schedules, an agreement and ARBIT): what a document that ranks higher denies, a lower one does not grant. Also the
// parts that grant nothing whatever the order (recitals), and standard terms declared by a defined term.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReaders, pdfkitFile, present } from './support.js';

const { contract, scan } = builtinReaders();

const offer = (precedence: string) => `OFFERTE KLANTVIZIER CRM

Aan: Woningstichting Rijnstreek, Alphen aan den Rijn. Van: Klantvizier B.V., Nieuwegein.

1. Wat wij u aanbieden
Klantvizier CRM voor 85 gebruikers, inclusief het huurdersportaal en de koppeling met uw ERP-pakket.

3. Continuïteit
3.1 Mocht Klantvizier worden overgenomen, dan kan Opdrachtgever de overeenkomst beëindigen.
3.2 Na afloop van de overeenkomst verleent Klantvizier Opdrachtgever exitondersteuning bij de migratie van alle gegevens naar een opvolgend pakket.

4. Voorwaarden
4.1 Op deze offerte zijn de Leveringsvoorwaarden Klantvizier 2023 van toepassing.${precedence}

LEVERINGSVOORWAARDEN KLANTVIZIER 2023

Artikel 7 – Overdracht en zeggenschap
7.1 Opdrachtgever mag de overeenkomst niet zonder voorafgaande schriftelijke toestemming van Klantvizier aan een derde overdragen.
7.3 Een wijziging in de zeggenschap over Klantvizier geeft Opdrachtgever geen recht op opzegging, beëindiging of ontbinding van de overeenkomst.

Artikel 9 – Einde overeenkomst
9.1 Binnen dertig dagen na het einde van de overeenkomst verwijdert Klantvizier alle gegevens van Opdrachtgever. Klantvizier is niet gehouden tot het verlenen van migratie- of overdrachtsondersteuning.

Artikel 14 – Recht
14.1 Op deze voorwaarden is Nederlands recht van toepassing.
`;

describe('an order of precedence between the documents of a file', () => {
  it("drops what the offer grants where the supplier's terms, said to prevail, deny it", () => {
    const r = contract(offer(' Bij strijdigheid tussen deze offerte en de Leveringsvoorwaarden prevaleren de Leveringsvoorwaarden.'));
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(false);
    // What the terms do not deny stands.
    expect(present(r, 'anti-assignment')).toBe(true);
    expect(r.verdict).toBe('unprotected');
    expect([...new Set(r.overridden.map((o) => o.clause))]).toEqual(['change-of-control', 'post-termination-services']);
    expect(r.overridden[0]!.by.quote).toContain('geen recht op opzegging');
  });

  it('keeps them where no sentence ranks the documents, or where the offer prevails', () => {
    for (const text of [offer(''), offer(' Bij strijdigheid tussen deze offerte en de Leveringsvoorwaarden gaat deze offerte voor.')]) {
      const r = contract(text);
      expect(present(r, 'change-of-control')).toBe(true);
      expect(present(r, 'post-termination-services')).toBe(true);
      expect(r.overridden).toEqual([]);
    }
  });

  it('reads a list in order of precedence: the agreement above its schedules, the supplier terms last', () => {
    const text = `MASTER SERVICES AGREEMENT

This Agreement is made between the Borough of Harrowgate ("the Customer") and Northstar Systems Ltd ("the Supplier").

1. Precedence
1.1 In the event of any conflict or inconsistency the following order of precedence applies: (a) the Clauses of this Agreement; (b) Schedule 2 (Exit); (c) Schedule 3 (Supplier Terms).

2. Step-in
2.1 If the Supplier fails to remedy a material failure within ten days, the Customer may itself or through a third party perform the affected Services at the Supplier's cost.

SCHEDULE 2 – EXIT MANAGEMENT

For nine months after termination the Supplier shall continue to provide the Services and shall deliver all Customer Data in an open format to the Customer or a replacement supplier.

SCHEDULE 3 – SUPPLIER TERMS

S.7 The Customer shall not engage any third party to remedy defects in the Services.
S.9 The Supplier shall have no obligation to provide transition services after termination.
`;
    const r = contract(text);
    expect(present(r, 'step-in')).toBe(true);
    expect(present(r, 'post-termination-services')).toBe(true);
    expect(r.overridden).toEqual([]);
    // Turned round, the supplier terms take both back.
    const turned = contract(text.replace('(a) the Clauses of this Agreement; (b) Schedule 2 (Exit); (c) Schedule 3 (Supplier Terms)', '(a) Schedule 3 (Supplier Terms); (b) the Clauses of this Agreement; (c) Schedule 2 (Exit)'));
    expect(present(turned, 'step-in')).toBe(false);
    expect(present(turned, 'post-termination-services')).toBe(false);
  });

  it('ranks standard terms too: supplier terms said to prevail over ARBIT take back what ARBIT gives on the same subject', () => {
    const text = `OVEREENKOMST HOSTING ZAAKSYSTEEM

Tussen de Gemeente Hoorneveld, hierna: 'Opdrachtgever', en Vexa Hosting B.V., hierna: 'Opdrachtnemer'.

Artikel 2 – Voorwaarden
2.1 Op deze overeenkomst zijn de ARBIT-2014 en de Algemene Voorwaarden Vexa van toepassing.
2.2 Bij strijdigheid gaan de Algemene Voorwaarden Vexa voor op de ARBIT-2014.

Artikel 3 – Looptijd
De overeenkomst geldt voor vier jaar.

BIJLAGE 1 – ALGEMENE VOORWAARDEN VEXA

Artikel 5 – Duur
5.1 Tussentijdse opzegging door een partij is uitgesloten.
`;
    const r = contract(text);
    expect(r.standards.map((s) => s.standard)).toEqual(['ARBIT-2014']);
    expect(present(r, 'termination-for-convenience')).toBe(false);
    expect(r.overridden).toMatchObject([{ clause: 'termination-for-convenience', by: { quote: expect.stringContaining('Tussentijdse opzegging') } }]);
    // Other inherited protections stand.
    expect(present(r, 'change-of-control')).toBe(true);
  });

  it('reads a document that applies only insofar as it does not conflict with others as ranking below them', () => {
    const r = contract(`OVEREENKOMST ONTWIKKELING ZAAKSYSTEEM

Tussen de Provincie Drenthe-Zuid, hierna: 'Opdrachtgever', en Vectrion B.V., hierna: 'Leverancier'.

1.1 Op deze Overeenkomst zijn de ARBIT-2018 van toepassing.
1.2 De Algemene Voorwaarden van Leverancier (Bijlage 2) zijn slechts van toepassing voor zover zij niet in strijd zijn met de ARBIT-2018 of deze Overeenkomst.

BIJLAGE 2 – ALGEMENE VOORWAARDEN VECTRION

7.2 Vectrion is niet verplicht de broncode in depot te geven of aan de klant af te geven.
10.3 Wijzigingen in de zeggenschap over Vectrion geven de klant geen recht tot ontbinding of opzegging.
`);
    // ARBIT ranks above the supplier's terms: its protections stand.
    expect(present(r, 'change-of-control')).toBe(true);
    expect(present(r, 'source-code-escrow')).toBe(true);
    expect(r.overridden).toEqual([]);
  });

  it('reads "in de volgorde waarin zij in lid 1 zijn genoemd" as the order of the list in the paragraph before', () => {
    const text = (order: string) => `LEVERINGSOVEREENKOMST ONLINE DIENSTEN

Partijen: de gemeente Brakeloo ("de Gemeente") en Dijkgraaf ICT Solutions B.V. ("Dijkgraaf ICT").

Artikel 1. Samenstelling van de overeenkomst
1.1 Deze overeenkomst bestaat uit: (a) deze leveringsovereenkomst; (b) de Tessellate Online Subscription Agreement (Bijlage 1); (c) de Aanvullende Voorwaarden ICT Gemeente Brakeloo (Bijlage 2).
1.2 Bij tegenstrijdigheid gaan de documenten voor in de volgorde waarin zij in lid 1 zijn genoemd.${order}

Bijlage 1 – Tessellate Online Subscription Agreement (uittreksel)
10.2 Subscriptions may not be cancelled by Customer before the end of the subscription period, and fees are non-refundable.

Bijlage 2 – Aanvullende Voorwaarden ICT Gemeente Brakeloo (uittreksel)
AV-11 Tussentijdse opzegging. De Gemeente kan de overeenkomst te allen tijde geheel of gedeeltelijk opzeggen met een opzegtermijn van drie maanden.
`;
    expect(present(contract(text('')), 'termination-for-convenience')).toBe(false);
    // (The list's order turned round by a later sentence keeps the Gemeente's right.)
    expect(present(contract(text(' De Aanvullende Voorwaarden gaan echter steeds voor op de Tessellate Online Subscription Agreement.')), 'termination-for-convenience')).toBe(true);
  });

  it("ranks a document listed 'as regards' named subjects above those after it on the clauses those subjects name only", () => {
    const text = `RESELLER AGREEMENT FOR CLOUD SERVICES

BETWEEN Waterschap Lingeveld ("the Water Board") and Bastion Licensing Nederland B.V. ("Bastion").

1. Structure
1.1 The Water Board purchases subscriptions from Bastion under the Vendor Terms, supplemented by the Government Addendum.
1.2 In the event of conflict the documents rank as follows:

(a) the Vendor Terms, as regards suspension, termination and the consequences of termination (including the retention, return and deletion of Customer Data after termination);
(b) the Government Addendum, as regards all other matters;
(c) this Agreement.

SCHEDULE 1 – GOVERNMENT ADDENDUM

GA-4. Change of Control. If the supplier comes under the control of a third party, the Water Board may terminate the Agreement with immediate effect by written notice.
GA-5. Exit. Upon termination or expiry the supplier shall keep the Services available for six months and shall provide reasonable assistance to the Water Board and any successor supplier.
GA-6. Escrow. The supplier shall deposit the source code of the platform with an escrow agent.
GA-7. Termination at will. The Water Board may terminate any subscription at any time on three months' notice.

SCHEDULE 2 – VENDOR TERMS

K-8.1 Each subscription continues for the subscription term and cannot be cancelled before the end of that term.
K-8.3 A change in the ownership or control of the Vendor does not entitle the Customer to terminate any subscription.
K-8.4 Upon termination, the Vendor will delete all Customer Data within thirty (30) days. Customer is responsible for exporting Customer Data before the end of the subscription term.
K-9 The Vendor does not deposit source code with any escrow agent.
`;
    const r = contract(text);
    // Termination and its consequences are the Vendor Terms' subjects: their denials take back the addendum's grants.
    expect(present(r, 'termination-for-convenience')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(false);
    // (The addendum's right to end on a takeover gives way; what stays of it is at most the notice it is given by.)
    expect(r.clauses['change-of-control']!.strength).not.toBe('strong');
    // Escrow is not among them: the addendum's deposit stands.
    expect(present(r, 'source-code-escrow')).toBe(true);
  });

  it("strikes an article only in the document the amendment names ('Paragraph 5 of Schedule 2 is deleted')", () => {
    const text = `SERVICES AGREEMENT

This Agreement is made between the Borough of Harrowgate ("the Council") and Northstar Systems Ltd ("the Supplier").

1. Services. The Supplier shall provide the Services described in Schedule 1.
2. Charges. The Council shall pay the charges in Schedule 3.
3. Variation. Paragraph 5 (Step-In) of Schedule 2 is deleted in its entirety and shall have no effect.

SCHEDULE 2 – SERVICE LEVELS

1. Availability. The Services shall be available 99.8% of each month.
2. Reports. The Supplier shall report monthly.
3. Credits. Service credits apply as set out below.
4. Failures. A Critical Failure is a failure to meet the availability level in two consecutive months.
5. Step-In. If the Supplier fails to remedy a Critical Failure within ten days, the Council may itself or through a third party perform the affected Services at the Supplier's cost.

SCHEDULE 4 – EXIT MANAGEMENT

1. Exit Plan. The Supplier shall maintain an Exit Plan.
2. Updates. The Exit Plan is updated each year.
3. Approval. The Council approves the Exit Plan.
4. Staff. The Supplier names an exit manager.
5. Exit Period. For nine months following termination the Supplier shall continue to provide the Services to the extent requested by the Council and shall deliver all Council Data in an open format.
`;
    const r = contract(text);
    expect(present(r, 'step-in')).toBe(false);
    // Schedule 4's paragraph 5 stays.
    expect(r.clauses['post-termination-services']!.evidence.map((e) => e.quote)).toContainEqual(expect.stringContaining('For nine months following termination'));
  });

  it('finds the documents of a PDF by their title lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-prec-'));
    const path = await pdfkitFile(join(dir, 'bundle.pdf'), (doc) => {
      doc.fontSize(10);
      for (const line of offer(' Bij strijdigheid tussen deze offerte en de Leveringsvoorwaarden prevaleren de Leveringsvoorwaarden.').split('\n')) doc.text(line || ' ');
    });
    const r = await scan(path);
    expect(r.status).toBe('ok');
    expect(present(r, 'change-of-control')).toBe(false);
    expect(r.overridden.map((o) => o.clause)).toContain('change-of-control');
  });
});

describe('parts that grant nothing whatever the order', () => {
  it('reads no clause in recitals that tell what happened', () => {
    const r = contract(`ALLONGE NR. 1

De ondergetekenden, Stichting WoonGoed, hierna 'de Corporatie', en Contactum Software B.V., hierna 'Contactum',

overwegende dat:
(a) Contactum per 1 januari 2024 is overgenomen door Nordvik Software Group AB, hetgeen Contactum overeenkomstig artikel 15.1 heeft gemeld;
(b) de Corporatie met die overname heeft ingestemd;

komen overeen:

1. De vergoeding wordt verlaagd tot EUR 3.150 per maand.
`);
    expect(present(r, 'change-of-control')).toBe(false);
    // The same words as an agreed duty are a clause.
    const duty = contract("Tussen Stichting WoonGoed, hierna 'de Corporatie', en Contactum Software B.V., hierna 'Contactum'.\n\n15.1 Contactum meldt een overname van Contactum onverwijld schriftelijk aan de Corporatie.\n");
    expect(present(duty, 'change-of-control')).toBe(true);
  });

  it('reads standard terms declared by a defined term whose definition names them', () => {
    const r = contract(`OVEREENKOMST ONDERHOUDSPLANNING

Artikel 1 – Begripsbepalingen
1. Algemene Voorwaarden: de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2014 (ARBIT-2014);
2. Opdrachtgever: Stichting Campuswonen Delft;
3. Opdrachtnemer: Werkorder Online B.V.

Artikel 13 – Voorwaarden
Op deze overeenkomst zijn de Algemene Voorwaarden van toepassing.
`);
    expect(r.standards.map((s) => s.standard)).toEqual(['ARBIT-2014']);
    expect(present(r, 'change-of-control')).toBe(true);
    expect(r.facts.governingLaw).toBe('Netherlands');
    // A definition alone declares nothing.
    const defined = contract('OVEREENKOMST\n\nArtikel 1 – Begripsbepalingen\n1. Algemene Voorwaarden: de ARBIT-2014;\n2. Opdrachtgever: de Gemeente.\n');
    expect(defined.standards).toEqual([]);
  });

  it('takes the governing law from the document that ranks highest where the file names two', () => {
    const file = (order: string) =>
      contract(
        `CALL-OFF AGREEMENT\nbetween the State of the Netherlands (the "Authority") and Castellan Cyber Defence B.V. (the "Contractor")\n\n2. APPLICABLE TERMS AND PRECEDENCE\n2.1 ${order}\n\n17. GOVERNING LAW\n17.1 This Call-Off is governed by Dutch law.\n\nANNEX 4 - CONTRACTOR MANAGED SERVICES TERMS\n8. These terms and any agreement incorporating them are governed by the laws of the State of New York.\n`,
      );
    expect(file('In case of conflict the following order of precedence applies: (1) this Call-Off; (2) Annex 4, the Contractor Managed Services Terms.').facts.governingLaw).toBe('Netherlands');
    expect(file('In case of conflict the following order of precedence applies: (1) Annex 4, the Contractor Managed Services Terms; (2) this Call-Off.').facts.governingLaw).toBe('New York');
  });

  it('in a table of deviations from a standard, "Geen" in the deviation column keeps the standard\'s provision', () => {
    const file = (column: string) =>
      contract(
        `OVEREENKOMST\nTussen de Gemeente Dijkmeer ("Opdrachtgever") en Tessaro Zaakdiensten B.V. ("Leverancier").\n\nArtikel 3 - Voorwaarden\n3.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing, met de afwijkingen in artikel 4.\n\nArtikel 4 - Afwijkingen van de ARBIT-2022\n\n| Artikel | Standaard (ARBIT-2022) | ${column} |\n|---|---|---|\n| Aansprakelijkheid | Beperkt | Maximaal EUR 1.500.000 |\n| Wijziging zeggenschap | Opdrachtgever kan ontbinden bij wijziging in de zeggenschap over Leverancier | Geen |\n| Opzegging | Opdrachtgever kan de Overeenkomst tussentijds opzeggen | Geen; opzegtermijn 6 maanden |\n`,
      );
    const kept = file('Afwijking');
    expect(present(kept, 'change-of-control')).toBe(true);
    expect(present(kept, 'termination-for-convenience')).toBe(true);
    // Under a column that states the arrangement, "Geen" says there is none.
    const none = file('Regeling in deze overeenkomst');
    expect(present(none, 'change-of-control')).toBe(false);
  });

  it('in a table of deviations from a standard, a row that says "Vervalt" or "Not applicable" carves the row\'s subject out of the standard', () => {
    const r = contract(
      `OVEREENKOMST\nTussen de Provincie Oostmarke ("Opdrachtgever") en Datalanx B.V. ("Leverancier").\n\nArtikel 3 - Voorwaarden\n3.1 Op deze Overeenkomst zijn de ARBIT-2018 van toepassing. Partijen wijken daarvan uitsluitend af zoals in de onderstaande tabel staat.\n\n| Artikel | Standaard | Afwijking |\n|---|---|---|\n| Wijziging zeggenschap | Opdrachtgever kan de Overeenkomst ontbinden indien de zeggenschap over Leverancier wijzigt | Vervalt. In plaats daarvan meldt Leverancier een voorgenomen wijziging in de zeggenschap ten minste 30 dagen vooraf schriftelijk aan Opdrachtgever. |\n| Broncode | Depot op verzoek van Opdrachtgever | Niet van toepassing. |\n| Opzegging | Opdrachtgever kan opzeggen | Geen afwijking |\n`,
    );
    expect(r.standards[0]!.excluded).toEqual(expect.arrayContaining(['30.3', '47']));
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(present(r, 'source-code-escrow')).toBe(false);
    expect(present(r, 'termination-for-convenience')).toBe(true);
  });
});

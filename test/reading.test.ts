// How the engine reads structure around a clause: an answer with its question, a sentence that points back to the
// one before, a name in brackets, a party's aliases, a quoted article, an article's title. Built-in packs throughout.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractReport } from '../src/scan.js';
import type { RuleSet } from '../src/rules/compile.js';
import type { Policy } from '../src/assess/policy.js';
import { builtin, present, scanPath, textReport } from './support.js';
import { stripMarginNumbers } from '../src/document/margin.js';

let rules: RuleSet;
let policy: Policy;

beforeAll(() => {
  ({ rules, policy } = builtin());
});

const contract = (text: string): ContractReport => textReport(text, rules, policy);

const nl = "Tussen de Gemeente Ede, hierna: 'Opdrachtgever', en Wolk B.V., hierna: 'Opdrachtnemer', is overeengekomen:\n\n";
const en = 'This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\n';
/** Whether a one-clause text (after the parties' intro) is found to hold a clause. */
const finds = (clause: string, text: string, intro = en): boolean => contract(`${intro}${text}\n`).clauses[clause]!.present;

describe('reading structure', () => {
  it('reads an answer with its question ("Mag … overdragen? Nee, niet zonder dat … instemt.")', () => {
    const r = contract(`${nl}7. Mag Opdrachtnemer de overeenkomst aan een ander overdragen?\nNee, niet zonder dat Opdrachtgever daar vooraf schriftelijk mee instemt.\n`);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('reads a sentence that opens by pointing back ("Upon receipt of such notice, …") with the sentence before it', () => {
    const r = contract(`${en}The Supplier shall notify the Customer in writing of any change in the ownership or control of the Supplier.\nUpon receipt of such notice, the Customer may terminate this Agreement by written notice with effect from any date within twelve months.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads a list item that opens by pointing back ("b) … after receipt of that notice, terminate") with the item before, not the lead-in', () => {
    const text = 'Clause 2 – Ownership of the Supplier\nThe following applies in addition to the Agreement:\na) The Supplier shall notify the Customer in writing within fifteen days after any change of control of the Supplier.\nb) The Customer may, within six months after receipt of that notice, terminate the Agreement with effect from any date it specifies.\nc) This Clause is without prejudice to the Customer\'s other rights.';
    expect(contract(`${en}${text}\n`).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // (The item that points back to nothing that states a case stays unread.)
    const none = text.replace('within fifteen days after any change of control of the Supplier', 'within fifteen days after any change in its prices');
    expect(finds('change-of-control', none)).toBe(false);
    // (Not the items of a lead-in they complete: the case stands in the item itself.)
    const completes = 'The Customer may terminate this Agreement upon written notice if:\n(a) the Supplier becomes insolvent;\n(b) the Supplier\'s certification is revoked;\n(c) the Supplier undergoes a change of control, in which case the Customer shall give notice within 180 days after receiving the Supplier\'s notice under clause 17.5; or\n(d) the Supplier is debarred.';
    expect(contract(`${en}${completes}\n`).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // (Nor an item whose "such notice" is the notice its lead-in gives, items split off a sentence that holds "(a)".)
    const inline = '8.2 Either party may terminate the Agreement with immediate effect by written notice if the other party (a) commits a material breach which is not remedied within 30 days of notice; (b) becomes insolvent; or (c) undergoes a Change of Control, provided that such notice is given within six months of the terminating party becoming aware of the Change of Control.';
    expect(contract(`${en}${inline}\n`).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'either' });
  });

  it('takes the governing law from outside brackets when a name in brackets describes another document', () => {
    const r = contract(`${en}11.1 Notwithstanding Section 18 of the MSA (which provides for the laws of the State of Colorado), this Agreement is governed by the laws of the Netherlands.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('takes the governing law an amendment inserts, not the one it deletes ("by deleting "State of Nevada" and inserting "State of Colorado"")', () => {
    const r = contract(`${en}3. Section 21.7 of the Agreement is amended by deleting "State of Nevada" and inserting "State of Colorado", so that the Agreement and this Amendment are governed by the laws of the State of Colorado.\n`);
    expect(r.facts.governingLaw).toBe('Colorado');
  });

  it("ends a party's entry after its aliases, so the next party's role is its own", () => {
    const r = contract('OVEREENKOMST\ntussen Veiligheidsregio Kempen ("jullie", "de Veiligheidsregio") en Alarmkaart B.V. ("wij", "Alarmkaart")\n\n1. Wat leveren wij?\n1.1 Het platform.\n');
    expect(r.parties!.customer).toEqual(expect.arrayContaining(['jullie', 'de Veiligheidsregio']));
    expect(r.parties!.customer).not.toContain('wij');
    expect(r.parties!.supplier).toEqual(expect.arrayContaining(['wij', 'Alarmkaart']));
  });

  it('strikes an article quoted in a recital together with the article an amendment replaces', () => {
    const r = contract(`${nl}Overwegende:\n(i) dat artikel 14.3 van de Raamovereenkomst luidt: "Opdrachtgever kan de Raamovereenkomst opzeggen indien de zeggenschap over Opdrachtnemer wijzigt.";\n\nArtikel 5 Wijziging\n5.1 Artikel 14.3 van de Raamovereenkomst komt te luiden: "Een wijziging in de zeggenschap over Opdrachtnemer vormt geen grond voor opzegging."\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('an amendment strikes the article it names where it says so, not another it cites before ("… in Section 4 below, Section\\n9.3 … is hereby deleted")', () => {
    const r = contract(`${en}9. Term and termination\n9.3 If control of the Supplier passes to a third party, the Customer may terminate this Agreement on thirty days' notice.\n\nAMENDMENT NO. 1\n2. Deletion. In consideration of the fee reduction in Section 4 below, Section\n9.3 of the Agreement (Change of Control) is hereby deleted in its entirety.\n4. Fees. The annual fee is reduced by ten percent.\n`);
    expect(r.amendments.map((a) => a.deletes)).toEqual([['9.3']]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    // A law's articles set aside strike none of the contract's own.
    const law = contract(`${en}7. Change of control\n7.3 The Customer may terminate this Agreement on thirty days' notice after a change of control of the Supplier.\n7.5 The Customer's rights under clauses 7.3 and 7.4 may be exercised without liability, and articles 7:408 and 7:411 of the Dutch Civil Code shall not apply.\n`);
    expect(law.amendments).toEqual([]);
    expect(law.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads an event named so (\'"Supplier Termination Event" means (a) …; (c) a Change of Control …\') as a takeover where a right names it', () => {
    const r = contract(`${en}1. Definitions\n"Supplier Termination Event" means (a) a material Default which is not remedied within 20 Working Days; (b) an Insolvency Event; or (c) a change of control of the Supplier.\n9. Termination\n9.2 The Customer may terminate this Contract with immediate effect by notice in writing if a Supplier Termination Event occurs.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('a right read with the case of a clause it cites loses that case where the clause is struck', () => {
    const base = `${nl}Artikel 11 Wijziging in de zeggenschap over Opdrachtnemer\n11.1 Opdrachtnemer meldt Opdrachtgever iedere wijziging in de zeggenschap over Opdrachtnemer.\nArtikel 15 Ontbinding\n15.1 Opdrachtgever kan de overeenkomst ontbinden indien Opdrachtnemer failliet wordt verklaard, of in de gevallen bedoeld in artikel 11.\n`;
    expect(contract(base).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const struck = contract(`${base}\nADDENDUM\nArtikel I\nArtikel 11 van de Overeenkomst vervalt.\n`);
    expect(struck.clauses['change-of-control']!.present).toBe(false);
  });

  it('an amendment that changes words inside an article leaves the rest of the article standing', () => {
    const r = contract(`${nl}Artikel 2 Looptijd\n2.3 Opdrachtgever is bevoegd de Overeenkomst op ieder moment zonder opgave van redenen op te zeggen met een opzegtermijn van vier maanden.\n\nADDENDUM\nArtikel I\n1. In artikel 2.3 wordt "vier maanden" vervangen door "zes maanden".\n`);
    expect(r.amendments).toEqual([]);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a term defined in brackets is defined by its own sentence, not by the definition on the line before', () => {
    const r = contract(`${en}1. Definitions\n1.1 "Change of Control" means the acquisition of more than half of the shares of the Supplier.\n1.2 "Services" means the services in each work order signed by both parties (a "Work Order").\n\n8. Term\n8.2 The Customer may terminate this Agreement or any Work Order at any time and for any reason upon 15 days' written notice.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('reads "Artikel 5 - Broncode en depot." as a title that states nothing', () => {
    const r = contract(`${nl}Bijlage - Algemene Voorwaarden\nArtikel 5 - Broncode en depot.\n5.1 Leverancier levert geen broncode.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('tells two parties named only by company name apart by what each does: the one that pays is the customer', () => {
    const body = 'This Warehousing Agreement is made between Anchor Point Logistics, Inc. ("Anchor Point") and Solace Retail LLC ("Solace").\n\n1. Services\n1.1 Anchor Point shall perform the Services at the Warehouse.\n2. Fees\n2.1 Solace shall pay Anchor Point the fees set out in Exhibit A.\n3. Change of Control\n3.1 If Anchor Point undergoes a change of control, Solace may terminate this Agreement by written notice.\n';
    const r = contract(body);
    expect(r.parties).toMatchObject({ customer: ['Solace'], supplier: ['Anchor Point'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // Without the acts, neither name has a role: "Solace may terminate" is no known party's right, only a notice.
    const bare = contract(body.replace('Anchor Point shall perform', 'The Services are performed by Anchor Point').replace('Solace shall pay Anchor Point', 'The fees are due to Anchor Point'));
    expect(bare.parties.customer).toEqual([]);
    expect(bare.clauses['change-of-control']!.strength).not.toBe('strong');
  });

  it('reads the parties from an article "2. Partijen" after the definitions, where the title line only says "tussen X en Y"', () => {
    const r = contract('OVEREENKOMST PLANNINGSSYSTEEM\ntussen Stichting De Linde Zorg en Roosterwerk B.V.\n1. Begrippen\n1.1 Systeem: het planningssysteem.\n2. Partijen\nStichting De Linde Zorg, Zwolle, vertegenwoordigd door de bestuurder ("De Linde"), en Roosterwerk B.V., Deventer, vertegenwoordigd door de directeur ("Roosterwerk").\n3. Opdracht\n3.1 Roosterwerk ontwikkelt het Systeem en onderhoudt het.\n3.2 De Linde betaalt Roosterwerk de vergoeding uit bijlage 1.\n4. Zeggenschap\n4.1 Gaat de zeggenschap over Roosterwerk over op een ander, dan kan De Linde de overeenkomst met onmiddellijke ingang opzeggen.\n');
    expect(r.parties).toMatchObject({ customer: ['De Linde'], supplier: ['Roosterwerk'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads the parties listed after "The undersigned:", and not a law\'s abbreviation in a body\'s entry as a party ("… Research Act (WHW)")', () => {
    const r = contract('SERVICES AGREEMENT\nThe undersigned:\n1. Hogeschool Oostrand, a public-law legal entity within the meaning of the Higher Education and Research Act (WHW), with its seat in Deventer ("Oostrand");\n2. Kaveri Systems Limited, a public limited company incorporated and listed in India, with its registered office at 7 Anna Salai, Chennai, India, and its place of business in the Netherlands at Kingsfordweg 151, Amsterdam ("Kaveri");\nagree as follows:\nArticle 1 Services\n1.1 Kaveri shall provide application management for Oostrand.\n1.2 Oostrand pays Kaveri the monthly charge in Annex D.\nArticle 2 Step-in\n2.1 Upon a Critical Failure, Oostrand may take over the direction of the services itself or have them performed by a third party of its choice.\n');
    expect(r.parties).toMatchObject({ customer: ['Oostrand'], supplier: ['Kaveri'] });
    expect(r.parties.all).not.toContain('WHW');
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads a letter\'s own request to its reader ("Wij verzoeken u daarom: … 3. een voorstel te doen voor een exitregeling") as no term', () => {
    const letter = (ask: string) => contract(`Gemeente Zuidermeer\nPostbus 40\n\nLeerwerk B.V.\nt.a.v. de directie\n\nGeachte directie,\n\nWij hebben begrepen dat Leerwerk B.V. is overgenomen door een Amerikaans investeringsfonds.\n\n${ask}\n\n1. ons binnen vier weken te informeren over de zeggenschapsstructuur na de overname;\n2. ons te bevestigen dat de gegevens niet buiten de Europese Economische Ruimte worden verwerkt;\n3. een voorstel te doen voor een exitregeling, waaronder de aanlevering van alle dossiers in een gangbaar formaat bij het einde van de overeenkomst.\n\nMet vriendelijke groet,\nde burgemeester\n`);
    const asked = letter('Wij verzoeken u daarom:');
    expect(asked.clauses['post-termination-services']!.present).toBe(false);
    expect(asked.clauses['change-of-control']!.present).toBe(false);
    // The same list as what the supplier undertakes is read.
    const agreed = letter('Leerwerk verplicht zich daarom:');
    expect(agreed.clauses['post-termination-services']!.present).toBe(true);
  });

  it('reads a deposit given "in ruil voor het vervallen van artikel 15.3" as agreed: the lapse named as a noun strikes nothing there', () => {
    const r = contract(`${nl}1. Vervallen van artikel 15.3\nArtikel 15.3 van de Overeenkomst (beëindiging bij wijziging van zeggenschap) komt te vervallen.\n\n2. Broncodedepot\n2.1 In ruil voor het vervallen van artikel 15.3 deponeert Opdrachtnemer binnen dertig dagen de broncode van de applicatie bij een onafhankelijke depothouder, en sluiten partijen met de depothouder een depotovereenkomst waarin Opdrachtgever als begunstigde wordt aangemerkt.\n`);
    expect(r.clauses['source-code-escrow']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads an arrangement the parties will only look into ("will discuss … whether step-in arrangements … should be added", "onderzoeken … of het wenselijk is een escrowregeling te treffen") as not agreed', () => {
    const stepIn = contract(`${en}4. Continuity\n4.1 The parties will discuss in good faith, at the first annual contract review, whether step-in arrangements enabling the Customer to have the services performed by a third party should be added to the Agreement.\n`);
    expect(stepIn.clauses['step-in']!.present).toBe(false);
    const escrow = contract(`${nl}11. Broncode\n11.1 Partijen onderzoeken binnen zes maanden na de inwerkingtreding of het wenselijk is een escrowregeling voor de broncode van de Applicatie te treffen.\n`);
    expect(escrow.clauses['source-code-escrow']!.present).toBe(false);
    const appropriate = contract(`${en}5. Escrow\n5.1 The parties acknowledge that a source code escrow arrangement may be appropriate.\n`);
    expect(appropriate.clauses['source-code-escrow']!.present).toBe(false);
    // Agreed, the same words are read.
    const agreed = contract(`${en}4. Continuity\n4.1 Upon a Critical Failure the Customer may have the services performed by a third party of its choice.\n`);
    expect(agreed.clauses['step-in']!.present).toBe(true);
  });

  it('ranks the supplier\'s terms above the GIBIT on the subject a sentence opens with ("Ten aanzien van … de gevolgen van beëindiging gaan … voor boven de GIBIT"), and reads "Art. A.8 Na het einde van de overeenkomst" as their article', () => {
    const body = (subject: string) =>
      `OVEREENKOMST LEERPLICHTADMINISTRATIE\n\nPartijen:\n(a) Gemeente Dalfsenhoek, hierna: "Klant";\n(b) Leerplein B.V., hierna: "Leverancier".\n\nArtikel 1. Onderwerp\n1.1 Leverancier stelt de applicatie ter beschikking als online dienst.\n\nArtikel 2. Voorwaarden\n2.1 Op deze overeenkomst zijn van toepassing:\na. de Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT), versie 2019; en\nb. de Algemene Voorwaarden Leerplein 2025, die als Bijlage A zijn bijgevoegd.\n2.2 Ten aanzien van ${subject} gaan de Algemene Voorwaarden Leerplein 2025 voor boven de GIBIT. Voor het overige gaat de GIBIT voor.\n\nArtikel 3. Recht\n3.1 Op deze overeenkomst is Nederlands recht van toepassing.\n\nBIJLAGE A – ALGEMENE VOORWAARDEN LEERPLEIN 2025\n\nArt. A.7 Duur en beëindiging\nA.7.1 Tussentijdse opzegging door de klant is uitgesloten.\n\nArt. A.8 Na het einde van de overeenkomst\nA.8.1 Met het einde van de overeenkomst eindigt het recht van de klant om de dienst te gebruiken.\nA.8.2 Leverancier is niet gehouden gegevens te exporteren of over te dragen aan de klant of aan een opvolgende leverancier.\n`;
    const ranked = contract(body('de looptijd, opzegging, beëindiging en de gevolgen van beëindiging'));
    expect(ranked.clauses['termination-for-convenience']!.present).toBe(false);
    expect(ranked.clauses['post-termination-services']!.present).toBe(false);
    // On another subject the GIBIT\'s own right to terminate and its exit article stand.
    const other = contract(body('de aansprakelijkheid'));
    expect(other.clauses['termination-for-convenience']!.present).toBe(true);
    expect(other.clauses['post-termination-services']!.present).toBe(true);
  });

  it('reads a numbered heading left unticked ("[ ] B.2 Broncodedepot") with its numbered paragraphs as an option not taken', () => {
    const r = contract(`${nl}Deel B – Bijzondere Bepalingen\n[ ] B.2 Broncodedepot\nB.2.1 Opdrachtnemer deponeert de broncode binnen zestig dagen bij een door partijen aan te wijzen\ndepothouder; Opdrachtgever is begunstigde.\n[X] B.3 Overname van werkzaamheden\nB.3.1 Indien Opdrachtnemer een storing niet binnen 48 uur verhelpt, mag Opdrachtgever de werkzaamheden door een derde laten uitvoeren.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('reads a sentence with an exception ("…, unless termination resulted from …") under the heading "Consequences of termination" as said of the end', () => {
    const body = (unless: string) => contract(`${en}8. CONSEQUENCES OF TERMINATION\n\n8.1 All rights revert to the Supplier. The Customer may, however, continue to make available the recordings delivered before that date for a sell-off period of thirty (30) days${unless}.\n\n9. ASSIGNMENT\n\n9.1 Neither party may transfer its rights without consent.\n`);
    expect(body(', unless termination resulted from the Customer\'s payment default').clauses['post-termination-services']!.present).toBe(true);
    expect(body('').clauses['post-termination-services']!.present).toBe(true);
  });

  it('reads a standard named among the documents after "zijn van toepassing, in deze volgorde:" in the same sentence as declared', () => {
    const body = (lead: string) => contract(`${nl}2. Voorwaarden\n2.1 Op deze nadere overeenkomst zijn ${lead}: (a) deze nadere overeenkomst, (b) de Raamovereenkomst, (c) de Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT), versie 2023.\n\n3. Looptijd\n3.1 Deze nadere overeenkomst heeft een looptijd van vier jaar.\n`);
    expect(body('van toepassing, in deze volgorde').clauses['termination-for-convenience']!.present).toBe(true);
    expect(body('niet van toepassing').clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('does not read "flight control" in a subject a document prevails on as the standard\'s change-of-control article', () => {
    const body = (software: string) => contract(`${en}1. Terms\n1.1 ARVODI-2018 applies to this Call-off.\n1.2 The Manufacturer's end-user licence agreement for the ${software} software prevails over ARVODI-2018 solely as regards the scope of the software licence.\n\n2. Scope\n2.1 The Supplier shall deliver 24 drones.\n`);
    expect(body('flight control and mission').clauses['change-of-control']!.present).toBe(true);
    expect(body('mission').clauses['change-of-control']!.present).toBe(true);
  });

  it('knows "the Procuring Entity" of EU utilities contracts as the customer', () => {
    const r = contract('The State Portal Centre, represented by its director (hereinafter the Procuring Entity), and Northgate Cloud Inc. (hereinafter the Contractor) conclude this contract.\n\n6. Replacement Performance\n6.1. If the Contractor fails to restore the Portal following a critical incident within the time limit set in Annex 3, the Procuring Entity may, after giving notice, perform the relevant work itself or commission it from a third party.\n');
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('ranks the supplier\'s terms above the GIBIT on the subject named after them ("… prevaleren boven de GIBIT ten aanzien van exit …")', () => {
    const body = (subject: string) =>
      contract(`${nl}1. Voorwaarden\n1.1 Op deze nadere overeenkomst zijn de GIBIT 2023 van toepassing.\n1.2 De Leveringsvoorwaarden Koppelwerk 2025 (Bijlage 3) prevaleren boven de GIBIT ten aanzien van ${subject}. Op alle andere onderwerpen gaat de GIBIT voor.\n\n2. Opdracht\n2.1 Opdrachtnemer levert de Hub.\n\nBIJLAGE 3 – LEVERINGSVOORWAARDEN KOPPELWERK 2025\n\nArtikel 14 – Einde van de overeenkomst\n14.1 Bij het einde van de overeenkomst worden de gegevens van de klant binnen 30 dagen verwijderd.\n14.2 Koppelwerk is niet gehouden na het einde van de overeenkomst gegevens terug te leveren, te converteren of medewerking te verlenen aan een overgang naar een andere leverancier.\n`);
    expect(body('exit, het exitplan en de teruglevering van gegevens na het einde van de overeenkomst').clauses['post-termination-services']!.present).toBe(false);
    expect(body('de aansprakelijkheid').clauses['post-termination-services']!.present).toBe(true);
  });

  it('reads an extension letter that keeps a standard in force ("waaronder de toepasselijkheid van de ARVODI-2018, blijven ongewijzigd van kracht") as declaring it', () => {
    const letter = (rest: string) => contract(`Geachte heer Peeters,\n\nHierbij maakt Opdrachtgever gebruik van de eerste verlengingsoptie van de Overeenkomst.\n\nVoor de Verlengingsperiode geldt het volgende:\n1. De tarieven worden per 1 juli 2026 geïndexeerd.\n2. ${rest}\n\nMet vriendelijke groet,\nOpdrachtgever\n`);
    expect(letter('De overige bepalingen van de Overeenkomst, waaronder de toepasselijkheid van de ARVODI-2018, blijven ongewijzigd van kracht.').clauses['termination-for-convenience']!.present).toBe(true);
    expect(letter('De Provincie heeft uitdrukkelijk niet ingestemd met de toepasselijkheid van de ARVODI-2018.').clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('does not read standards named as not applying ("the framework\'s own general terms, not ARBIT, ARVODI or GIBIT, apply") as declared', () => {
    const body = (terms: string) => contract(`${en}1. Terms\n1.1 ${terms} apply, except as modified in this Call-Off Agreement, which prevails.\n\n2. Scope\n2.1 The Supplier shall provide the network services.\n`);
    expect(body("The Framework terms (the framework's own general terms, not ARBIT, ARVODI or GIBIT)").clauses['source-code-escrow']!.present).toBe(false);
    expect(body('The Framework terms and ARBIT-2014').clauses['source-code-escrow']!.present).toBe(true);
  });

  it('reads a request told in the perfect tense ("The Supplier has requested the Council\'s consent to the assignment … following the acquisition") as no term', () => {
    const letter = (verb: string) => contract(`Dear Ms Hale,\n\n1. This letter concerns the Contract between the Council and the Supplier.\n2. The Supplier ${verb} the Council's consent to the assignment of the Contract to the Assignee following the acquisition of the Supplier's group by Arcturus Holdings Inc.\n3. The Council consents to that assignment.\n\nYours sincerely,\nThe Council\n`);
    expect(letter('has requested').clauses['change-of-control']!.present).toBe(false);
  });

  it('reads the party under a "Subcontractor:" label as the supplier and the one under "Contractor:" as the buyer', () => {
    const r = contract('SUBCONTRACT HDIS-SC-1998-022\nContractor: Harborline Defense Information Services, Inc., Colorado Springs, Colorado ("Harborline")\nSubcontractor: Quintessa Networks, Inc., Greenwood Village, Colorado ("Quintessa")\n\nSECTION A - SCOPE\nA.1 Quintessa shall furnish network engineering and installation services.\n\nSECTION D - REMEDIES\nD.2 If Quintessa fails to perform any installation task and does not correct the failure within seven (7) days after written notice, Harborline may take over the task and complete it with its own personnel or through another subcontractor.\n');
    expect(r.parties).toMatchObject({ customer: ['Harborline'], supplier: ['Quintessa'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads a definition past a company\'s "Inc." ("… of Northgate Holdings, Inc. (the Supplier\'s parent) representing …") and an owner "directly or indirectly" of the votes', () => {
    const def = (body: string) => contract(en + `1. Definitions\n1.1 "Supplier Change Event" means that ${body}\n2. Termination\n2.1 The Customer may terminate this Agreement within one year after any Supplier Change Event.\n`);
    expect(present(def('Northgate Holdings, Inc. (the Supplier\'s parent) sells all or substantially all of its assets.'), 'change-of-control')).toBe(true);
    expect(present(def('any person becomes the beneficial owner, directly or indirectly, of securities of the Supplier or of its parent representing forty percent or more of the combined voting power of their outstanding securities.'), 'change-of-control')).toBe(true);
    expect(present(def('Northgate Holdings, Inc. (the Supplier\'s parent) changes its name.'), 'change-of-control')).toBe(false);
  });

  it('takes the contract\'s own law over the law of a parent\'s guarantee written into an earlier clause ("This guarantee is governed by the laws of the State of New York")', () => {
    const r = contract(en + '13. Parent guarantee\n13.1 Cloudco Holdings Inc. guarantees the performance of the Supplier under this Agreement. This guarantee is governed by the laws of the State of New York.\n14. Law\n14.1 Except as provided in clause 13.1, this Agreement is governed by Dutch law.\n');
    expect(r.facts.governingLaw).toBe('Netherlands');
    // (… and over it where the contract's law comes only from the standard it declares.)
    const inherited = contract(nl + '1. Voorwaarden\n1.1 Op deze Overeenkomst zijn de ARBIT-2018 van toepassing.\n2. Garantie\n2.1 De moedermaatschappij van Opdrachtnemer stelt een concerngarantie (Bijlage 5).\n\nBIJLAGE 5 CONCERNGARANTIE\nWolk Holdings Ltd. staat in voor de nakoming door Opdrachtnemer. This guarantee is governed by the laws of the Province of Ontario.\n');
    expect(inherited.facts.governingLaw).toBe('Netherlands');
    const alone = contract('PARENT GUARANTEE\nCloudco Holdings Inc. guarantees the performance of Cloudco Ltd under its agreement with the City of Leiden. This guarantee is governed by the laws of the State of New York.\n');
    expect(alone.facts.governingLaw).toBe('New York');
  });

  it('reads a defined ground that opens a list ("Beëindigingsgrond": … omstandigheden: (a) … (b) een wijziging in de zeggenschap) where the right names it', () => {
    const r = contract(`${nl}Artikel 1 Definities\n"Beëindigingsgrond": ieder van de volgende omstandigheden aan de zijde van Opdrachtnemer:\n\n(a) faillissement of surseance van betaling van Opdrachtnemer;\n(b) een wijziging in de zeggenschap over Opdrachtnemer;\n\n"Werkzaamheden": de diensten van Opdrachtnemer.\n\nArtikel 15 Ontbinding\n15.1 Opdrachtgever is bevoegd de Overeenkomst met onmiddellijke ingang te ontbinden indien zich een Beëindigingsgrond voordoet.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('runs a sentence on when the next line opens with a short word and a full stop ("English\\nlaw. The courts …"), not a list item', () => {
    const r = contract(`${en}13. Governing law and jurisdiction\n13.1 This Agreement and any non-contractual obligations arising from it are governed by English\nlaw. The courts of England have exclusive jurisdiction.\n`);
    expect(r.facts.governingLaw).toBe('England and Wales');
  });

  it('reads pronoun names by their entry: a public body writing plainly is "wij", its supplier "u"', () => {
    const r = contract('Wie sluiten dit contract?\n\n- Waterschap Lingedelta, Dijkweg 4, Tiel. In dit contract noemen we het waterschap "wij" of "het waterschap".\n- Appwerk Noord B.V., Groningen. In dit contract noemen we Appwerk Noord "u" of "de leverancier".\n\nMag het contract eerder stoppen?\nJa. Wij mogen het contract op elk moment opzeggen, zonder opgave van redenen.\n');
    expect(r.parties).toMatchObject({ customer: ['ons', 'onze', 'we', 'wij'], supplier: ['u', 'uw', 'you', 'your'] });
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
    // Vendor terms: "you" is the customer, "we" the vendor.
    const vendor = contract('These terms are between Cloudco Ltd ("we", "us") and the customer ("you").\n\nYou may terminate these terms at any time for any reason.\n');
    expect(vendor.parties).toMatchObject({ customer: ['you', 'your'], supplier: ['our', 'us', 'we'] });
  });

  it('reads two names in one pair of brackets joined by Dutch "of" (\'("ODVIJ" of "Opdrachtgever")\') as one party', () => {
    const r = contract('PARTIJEN\nOmgevingsdienst Veluwe-IJsselvallei, openbaar lichaam, gevestigd te Apeldoorn ("ODVIJ" of "Opdrachtgever")\n\nVergunt Software B.V., gevestigd te Amersfoort ("Leverancier")\n\n4. Zeggenschap\n4.1 ODVIJ is bevoegd de overeenkomst op te zeggen na een wijziging van de zeggenschap over Leverancier.\n');
    expect(r.parties.customer).toEqual(['ODVIJ', 'Opdrachtgever']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads members named together (\'de "Deelnemers"\') one at a time ("is de betrokken Deelnemer gerechtigd")', () => {
    const r = contract('Partijen:\n(1) de gemeenschappelijke regeling Inkoopsamenwerking Zuid-Limburg, die namens de gemeenten Heerlen en Kerkrade (de "Deelnemers") raamovereenkomsten sluit ("ISZL");\n(2) Datacirkel B.V., gevestigd te Maastricht ("Opdrachtnemer").\n\n5. Herstel door derden\n5.1 Indien Opdrachtnemer na schriftelijke ingebrekestelling in gebreke blijft met de nakoming van een Afroep, is de betrokken Deelnemer gerechtigd de nakoming door een derde te laten uitvoeren.\n');
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('gives a name the side of the pronoun it is given with (\'("the School", "you") and … ("EduSuite", "we")\')', () => {
    const r = contract('Parties: Stichting Internationaal Onderwijs Twente, Hengelo ("the School", "you") and EduSuite Global Pte. Ltd., Singapore ("EduSuite", "we").\n\nSection 4. If EduSuite is acquired\nIf EduSuite is acquired by, or merges with, another company, EduSuite may end this subscription by giving you 90 days\' notice.\n');
    expect(r.parties).toMatchObject({ customer: ['the School', 'you', 'your'], supplier: ['EduSuite', 'our', 'us', 'we'] });
    // EduSuite's own right on its takeover: a change-of-control clause, not the customer's.
    expect(r.clauses['change-of-control']).toMatchObject({ present: true });
    expect(r.clauses['change-of-control']!.to).not.toBe('customer');
  });

  it('an unquoted event defined by a list ("A Default Event occurs … if: … (c) a Change of Control") is a takeover where a right names it; a name that says nothing takes its alias\'s role', () => {
    const text = 'THIS AGREEMENT is made between the City of Leiden (hereinafter referred to as "the party of the first part" or "the Municipality") and Cloudco Ltd (hereinafter referred to as "the party of the second part" or "the Supplier").\n\n12. Default Events\n12.1 A Default Event occurs in relation to the party of the second part if:\n\n(a) it commits a material breach of this Agreement and does not remedy the breach within 30 days after\nreceiving notice requiring it to do so;\n\n(b) a change of control of the party of the second part occurs.\n\n13. Termination\n13.1 If a Default Event occurs, the party of the first part may terminate this Agreement by notice in writing.\n';
    const r = contract(text);
    expect(r.parties.customer).toContain('the party of the first part');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads unquoted pronoun lines ("Wij zijn Vergaderwijs B.V. …", "U bent de gemeente …") as the parties\' names', () => {
    const r = contract('Over deze overeenkomst\n\nWij zijn Vergaderwijs B.V., Gorredijk. Wij maken RaadDigitaal.\n\nU bent de gemeente Ooststellingwerf, Oosterwolde.\n\nKunt u opzeggen?\nJa. U mag de overeenkomst op elk moment opzeggen, zonder opgave van redenen.\n');
    expect(r.parties).toMatchObject({ customer: ['u', 'uw', 'you', 'your'], supplier: ['ons', 'onze', 'we', 'wij'] });
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads a sentence that opens by speaking of the one before ("Zij hoeft daarvoor …") together with it', () => {
    const r = contract(`${nl}3. Looptijd\nDe gemeente mag de overeenkomst ook eerder stoppen. Zij hoeft daarvoor geen reden te geven.\n`);
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
    expect(r.clauses['termination-for-convenience']!.evidence[0]!.quote).toContain('geen reden te geven');
  });

  it('takes back a clause that the next sentence denies ("We hebben een escrowregeling. Die geldt niet voor …")', () => {
    const denied = contract(`${nl}8. Escrow\nOpdrachtnemer heeft een escrowregeling getroffen. Die geldt niet voor deze dienst.\n`);
    expect(denied.clauses['source-code-escrow']!.present).toBe(false);
    const kept = contract(`${nl}8. Escrow\nOpdrachtnemer heeft een escrowregeling getroffen. Die geldt voor alle versies van de programmatuur.\n`);
    expect(kept.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('reads a denial that names with "such a …" what the sentence before spoke of ("… may decline such a request")', () => {
    const asked = `${en}3. Source code\n3.1 The Customer may request that the Supplier deposit the source code of the Software with an escrow agent.`;
    expect(contract(`${asked}\n`).clauses['source-code-escrow']!.present).toBe(true);
    expect(contract(`${asked} The Supplier may accept or decline such a request in its sole discretion.\n`).clauses['source-code-escrow']!.present).toBe(false);
  });

  it('reads a term defined as source code as the material deposited (\'"Platform Code" means the source code …\')', () => {
    const kept = `${en}1. Definitions\n1.1 "Platform Code" means the source code of the platform components, with the build scripts.\n6. Continuity\n6.1 The Supplier shall keep the Platform Code and all build tools in escrow with Escrowhouse B.V. under the escrow agreement in Schedule 3.\n`;
    expect(contract(kept).clauses['source-code-escrow']).toMatchObject({ present: true, strength: 'strong' });
    // A term defined as the deposit itself is no material: '"Escrow" means the deposit of the source code …'.
    const deposit = `${en}1. Definitions\n1.1 "Escrow" means the deposit of the source code of the Software with an independent agent.\n6. Continuity\n6.1 The Customer may join Escrow at any time.\n`;
    expect(contract(deposit).clauses['source-code-escrow']!.evidence.map((e) => e.section)).not.toContain('6.1');
  });
  it('reads a term whose definition lists source code among what it holds (\'"Technology Package" means all information …, including … the source code of the test software\') as the material deposited', () => {
    const pack = (including: string) =>
      `${en}1. Definitions\n1.2 "Technology Package" means all information, documentation and materials necessary to enable a reasonably skilled manufacturer to manufacture and test the Products, ${including}.\n5. Escrow of Technology Package\n5.1 The Supplier shall deposit a complete and current copy of the Technology Package with Keyholder Escrow Services Limited under a tripartite escrow agreement.\n`;
    expect(present(contract(pack('including process flows, equipment lists and the source code of the final test software')), 'source-code-escrow')).toBe(true);
    expect(present(contract(pack('including process flows and equipment lists')), 'source-code-escrow')).toBe(false);
  });

  it('does not read "This Agreement …" as speaking of the sentence before', () => {
    const r = contract(`${en}9. The Supplier shall deposit the source code of the Software with an escrow agent. This Agreement does not apply to hardware.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('reads a governing law in its own sentence, not in a sentence that follows up another document', () => {
    const r = contract(`${nl}8. Garantie\nDe moedermaatschappij van Opdrachtnemer staat in voor de nakoming. Die garantie wordt beheerst door het recht van de staat Washington.\n9. Recht\nOp deze overeenkomst is Nederlands recht van toepassing.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it("reads a quoted pronoun's entry in its own sentence ('Waar \"wij\" staat, bedoelen we Klantwijs.')", () => {
    const r = contract('Wie maken deze afspraken?\n\nKlantwijs levert aan de gemeente Oosterbroek een planner. Waar "wij" staat, bedoelen we Klantwijs. Waar "u" staat, bedoelen we de gemeente.\n\nMag u opzeggen?\nJa. U mag de overeenkomst op elk moment opzeggen, zonder opgave van redenen.\n');
    expect(r.parties).toMatchObject({ customer: ['u', 'uw', 'you', 'your'], supplier: ['ons', 'onze', 'we', 'wij'] });
  });

  it('takes a party\'s name from a plain "Wij noemen haar: …" line', () => {
    const r = contract('1. Wie doen mee?\nGemeente Zuidermeer, Stadhuisplein 2, Zuidermeer. Wij noemen haar: de gemeente.\nParkeerdata B.V., Nijverheidsweg 88, Eindhoven. Wij noemen haar: Parkeerdata.\n2. Overdracht\nParkeerdata mag deze overeenkomst niet aan een ander overdragen zonder schriftelijke toestemming van de gemeente.\n');
    expect(r.parties).toMatchObject({ customer: ['de gemeente'], supplier: ['Parkeerdata'] });
  });

  it('does not read a sentence set against the one before ("shall, however, inform … of any such change") with it', () => {
    const r = contract(`${en}5.1 A change of control of the Supplier shall not constitute a ground for termination of this Agreement.\n5.2 The Supplier shall, however, inform the Customer in writing of any such change of control within fifteen days of its completion.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });
  it('reads a right that names its case by a clause number ("na ontvangst van de mededeling als bedoeld in artikel 8.1") with that clause', () => {
    const notice = '8.1 Opdrachtnemer meldt Opdrachtgever iedere voorgenomen wijziging in de zeggenschap over Opdrachtnemer.\n8.2 Opdrachtnemer levert maandelijks een rapportage.\n';
    const cites = contract(`${nl}${notice}8.3 Opdrachtgever is bevoegd de Overeenkomst met onmiddellijke ingang op te zeggen binnen zes maanden na ontvangst van de mededeling als bedoeld in artikel 8.1.\n`);
    expect(cites.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // Citing another clause (the report in 8.2) is no takeover.
    const other = contract(`${nl}${notice}8.3 Opdrachtgever is bevoegd de Overeenkomst met onmiddellijke ingang op te zeggen binnen zes maanden na ontvangst van de rapportage als bedoeld in artikel 8.2.\n`);
    expect(other.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('reads "als bedoeld in het vorige lid" with the clause before', () => {
    const r = contract(`${nl}8.1 Opdrachtnemer meldt Opdrachtgever iedere voorgenomen wijziging in de zeggenschap over Opdrachtnemer.\n8.2 Opdrachtgever is bevoegd de Overeenkomst te ontbinden indien een wijziging als bedoeld in het vorige lid heeft plaatsgevonden.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads the notice of the sentence before further into a sentence ("within 90 days after receipt of Provider\'s notice")', () => {
    const r = contract(`${en}5.3 The Supplier shall notify the Customer in writing at least thirty days before any change of control. The Customer may, by written notice delivered within ninety days after receipt of the Supplier's notice, terminate this Agreement.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // A notice that names its own subject ("the notice of non-payment") does not point back.
    const own = contract(`${en}5.3 The Supplier shall notify the Customer in writing at least thirty days before any change of control. The Supplier may terminate this Agreement within sixty days after the notice of non-payment.\n`);
    expect(own.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('takes unnumbered question lines as the articles of a plain-language contract and reads "dan" with its article', () => {
    const plain = (right: string) => contract('AFSPRAKEN OVER HET GEBRUIK VAN ZORGDOSSIER\n\nTussen de Gemeente Ede ("de gemeente") en Dossierwerk B.V. ("Dossierwerk").\n\nWat levert Dossierwerk?\n\nDossierwerk levert het programma Zorgdossier en zorgt dat het werkt.\n\nWat kost het?\n\nDe gemeente betaalt per jaar een vast bedrag. Wij sturen ieder kwartaal een factuur.\n\nWat als het bedrijf wordt verkocht?\n\nMisschien krijgt Dossierwerk een nieuwe eigenaar. Dan laat Dossierwerk dat binnen tien werkdagen weten.\n\n' + right + '\n\nWelk recht geldt?\n\nOp deze afspraken is Nederlands recht van toepassing.\n');
    const r = plain('De gemeente mag de overeenkomst dan stoppen. Zij betaalt daarvoor geen schadevergoeding.');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['change-of-control']!.evidence[0]!.section).toBeNull();
    // "meer dan" is no "then": the sentence keeps to itself.
    const more = plain('De gemeente mag de overeenkomst stoppen als de prijs met meer dan vijf procent stijgt.');
    expect(more.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });
  it('does not take the short name of a law or regulation for a party (\'het koninklijk besluit … (hierna "AUR")\')', () => {
    const r = contract('Opdrachtgevend bestuur: het Vlaams Agentschap voor Digitale Dienstverlening (VADD), Havenlaan 88, Brussel.\nOpdrachtnemer: Wolk BV, Antwerpen.\n\n1. Toepasselijke reglementering\nDe opdracht is onderworpen aan het koninklijk besluit van 14 januari 2013 tot bepaling van de algemene uitvoeringsregels (hierna "AUR").\n');
    expect(r.parties!.all).not.toContain('AUR');
    expect(r.parties!.supplier).not.toContain('AUR');
    // A party's entry may name a decision it acts under; its seat and representation make it a party.
    const body = contract('HET OPENBAAR LICHAAM VEILIGHEIDSREGIO KEMPEN, gevestigd te Eindhoven, te dezen krachtens besluit van het algemeen bestuur vertegenwoordigd door de voorzitter, hierna te noemen: "de Veiligheidsregio",\n\nen\n\nWolk B.V., gevestigd te Breda, hierna te noemen: "Opdrachtnemer",\n\nKOMEN OVEREEN:\n\n1. Wolk levert het platform.\n');
    expect(body.parties!.customer).toContain('de Veiligheidsregio');
  });
  it('reads a bulleted definition ("- Derde Staat: iedere staat buiten de EER") as a place outside the EU where the term is used', () => {
    const text = (def: string) => contract(`${nl}Artikel 1 Definities\n${def}\n- Melding: een schriftelijke kennisgeving.\n\nArtikel 9 Zeggenschap\n9.1 Opdrachtgever kan de Overeenkomst ontbinden bij een wijziging in de zeggenschap over Opdrachtnemer, in het bijzonder indien de verkrijger is gevestigd in een Derde Staat.\n`);
    expect(text('- Derde Staat: iedere staat buiten de Europese Economische Ruimte.').clauses['non-eu-control']!.present).toBe(true);
    expect(text('- Derde Staat: iedere staat die partij is bij het verdrag van Lissabon.').clauses['non-eu-control']!.present).toBe(false);
  });
  it('sorts a party whose entry names a public body after its short name (\'de Uitvoeringsdienst … ("UIR"), zelfstandig bestuursorgaan\') as the customer', () => {
    const r = contract('OVEREENKOMST\n\ntussen\n\nde Uitvoeringsdienst Inkomen ("UDI"), zelfstandig bestuursorgaan, gevestigd te Zwolle,\n\nen\n\nRackwerk Datacenters B.V. ("Rackwerk"), gevestigd te Almere,\n\nKOMEN OVEREEN:\n\n1. Rackwerk levert colocatie.\n');
    expect(r.parties!.customer).toContain('UDI');
    expect(r.parties!.supplier).toContain('Rackwerk');
    // The hint belongs to the next party's entry, not to the name before it.
    const two = contract('OVEREENKOMST tussen Rackwerk Datacenters B.V. ("Rackwerk") en de gemeente Zwolle ("Zwolle").\n\n1. Rackwerk levert colocatie.\n');
    expect(two.parties!.customer).not.toContain('Rackwerk');
  });
  it("takes the parties' names from a later document in the file: an addendum's list, a side letter's pair of short names", () => {
    // Long terms first, as in a real file: the later document stands far past the first preamble.
    const filler = Array.from({ length: 60 }, (_, k) => `${k + 2}. Licensee shall use the Software in accordance with the Documentation and the order, and shall keep its copies secure.\n`).join('');
    const terms = `END USER LICENSE AGREEMENT\nThis EULA is a legal agreement between the licensee identified in the order ("Licensee") and Meridian Analytics, Inc. ("Meridian").\n\n1. Licence\nMeridian grants Licensee a licence to use the Software.\n${filler}`;
    const addendum = contract(`${terms}\nADDENDUM\nThis Addendum is made on 3 April 2024 between:\n\n(1) Uitvoeringsorgaan Leningen, an independent administrative body ("UOL" or "Licensee"); and\n\n(2) Meridian Analytics, Inc. ("Meridian" or "Licensor").\n\n3. UOL may terminate this EULA upon a change of control of Meridian.\n`);
    expect(addendum.parties!.customer).toContain('UOL');
    expect(addendum.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    const letter = contract(`${terms}\nSIDE LETTER\nWith reference to the EULA, Meridian Analytics, Inc. ("Meridian") and Stichting Zorgdata ("Zorgdata") have agreed the following.\n1. Zorgdata may terminate the EULA upon a change of control of Meridian.\n`);
    expect(letter.parties!.customer).toContain('Zorgdata');
  });
  it('an unnumbered order schedule on top that switches off a clause of the terms below strikes it, also where a later document numbers anew', () => {
    const bundle = (variation: string) => contract(`Order Schedule No. 1\nLicensee: the City of Leiden ("Customer"). Licensor: Northern Soft Inc. ("Supplier").\nVariations to the Terms:\n${variation}\n\nLicence and Support Terms\nClause 1 Definitions\n1.1 "Agreement" means these Terms and all Order Schedules.\nClause 2 Licence\n2.1 Supplier grants Customer a licence.\nClause 3 Fees\n3.1 Customer pays the fees.\nClause 4 Source Code Escrow\n4.1 Supplier shall deposit the source code of the Software with an escrow agent and name Customer as a beneficiary.\n\nService Level Agreement\nClause 1 Response Times\n1.1 Priority 1 incidents are answered within one hour.\nClause 2 Reports\n2.1 Supplier reports monthly.\nClause 3 Credits\n3.1 Credits are set off against fees.\n`);
    expect(bundle('(a) Clause 4 (Source Code Escrow) of the Terms does not apply to this Order Schedule.').clauses['source-code-escrow']!.present).toBe(false);
    expect(bundle('(a) Clause 3.1 of the Terms is varied so that fees are paid quarterly.').clauses['source-code-escrow']!.present).toBe(true);
  });
  it('reads an English letter that defines no one as the vendor ("we") writing to its customer ("you")', () => {
    const letter = 'Dear Ms Hale,\n\nThank you for choosing our reading platform. We set out below what we agreed with you.\n1. We will give you access for 200 pupils, and we will train your teachers.\n2. You pay the pilot fee within 30 days; we invoice you in September.\n3. You may end the Pilot at any time, for any reason, by giving us 14 days\' written notice.\n4. We keep your data in the EU and we will not sell it.\n';
    const r = contract(letter);
    expect(r.parties).toMatchObject({ customer: ['you', 'your'], supplier: ['our', 'us', 'we'] });
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
  });
  it("ends a party's entry at ', en' before the next party, so the first one's description does not name the second", () => {
    const r = contract('AFSPRAKEN\n\nTussen Stichting Openbaar Onderwijs Westerkwartier (hierna: "jullie" of "de stichting"), het bevoegd gezag van elf openbare basisscholen, en EduSpoor B.V. uit Zwolle (hierna: "wij").\n\n1. Wat leveren wij?\nWij leveren LeerLijn.\n');
    expect(r.parties!.customer).toEqual(expect.arrayContaining(['jullie', 'de stichting']));
    expect(r.parties!.supplier).toContain('wij');
    expect(r.parties!.customer).not.toContain('wij');
    // The first party's own entry may say ", and" too: it still names it.
    const en = contract('This Agreement is made between\n(1) Oostnet Netbeheer N.V., whose shares are held exclusively by provinces and municipalities, and which is designated as a distribution system operator under the Energy Act (the "Company"); and\n(2) Vantor Networks B.V., having its registered office in Rotterdam (the "Service Provider").\n\n1. Services\n1.1 The Service Provider operates the network.\n');
    expect(en.parties!.customer).toContain('Company');
  });
  it('reads "X noemen we hieronder \'het waterschap\'" and "Y noemt zichzelf \'wij\'" as names, and "wij" keeps the role its name has', () => {
    const r = contract('AFSPRAKEN\n\nWie zijn wij?\n\nHet Waterschap Veluwerand, Kanaalweg 10 in Harderwijk, noemen we hieronder "het waterschap". HydroMeet B.V., Stationsstraat 33 in Wageningen, noemt zichzelf in deze tekst "wij".\n\n1. Wat doen wij?\nWij beheren de meetpunten.\n');
    expect(r.parties!.customer).toContain('het waterschap');
    expect(r.parties!.supplier).toEqual(expect.arrayContaining(['wij', 'we', 'ons']));
    expect(r.parties!.customer).not.toContain('we');
  });
  it('reads "in dat geval" with the two sentences before it in the same clause, where the case is stated before the notice', () => {
    const text = (between: string) => `${nl}10. Fusie\nHet kan zijn dat de zeggenschap over Opdrachtnemer wijzigt.${between} Opdrachtgever mag de overeenkomst in dat geval opzeggen met een termijn van zes maanden.\n`;
    expect(contract(text(' Opdrachtnemer meldt dat dan vooraf aan Opdrachtgever.')).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // Not from another clause: the case must stand in the same one.
    const apart = contract(`${nl}10. Fusie\n10.1 Het kan zijn dat de zeggenschap over Opdrachtnemer wijzigt.\n10.2 Opdrachtnemer meldt storingen direct aan Opdrachtgever. Opdrachtgever mag de overeenkomst in dat geval opzeggen met een termijn van zes maanden.\n`);
    expect(apart.clauses['change-of-control']!.strength).not.toBe('strong');
  });
  it('reads pronouns defined by what follows them (\'"we", "us" and "our" mean the water board …\') and "after we receive your message" as pointing back', () => {
    const r = contract('Sensor Platform Agreement\nWho is who\nIn this agreement "we", "us" and "our" mean Waterschap Vechtstreek, the water board responsible for the dikes. "You" and "your" mean Aquasense Limited, a company incorporated in Ireland.\n\nArticle 8 If someone takes control of you\n8.1 You must tell us in writing before any person acquires control of you.\n8.2 Within 4 months after we receive your message, we may end this agreement by written notice.\n');
    expect(r.parties).toMatchObject({ customer: ['our', 'us', 'we'], supplier: ['you', 'your'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
  it('reads \'In deze overeenkomst is "wij" het Waterschap …\' as the customer, and a "Preamble" heading ends the parties\' list', () => {
    const r = contract('OVEREENKOMST\nOver deze tekst\nIn deze overeenkomst is "wij" het Waterschap De Lage Beemden, gevestigd in Zaltbommel. "U" is Hydrologic B.V., gevestigd in Delft.\n\n1. Wat doet u?\nU levert telemetrie.\n');
    expect(r.parties).toMatchObject({ customer: ['ons', 'onze', 'we', 'wij'], supplier: ['u', 'uw', 'you', 'your'] });
    const en = contract('AGREEMENT\nBetween:\nStichting Kempen GGZ, a foundation under Dutch law, hereinafter "the Institution";\nand\nPsyCloud NV, a company under Belgian law, hereinafter "the Contractor";\n\nPreamble\nThe Institution tendered a cloud-based electronic client record ("ECD").\n\n1. Services\n1.1 The Contractor provides the ECD.\n');
    expect(en.parties).toMatchObject({ customer: ['the Institution'], supplier: ['the Contractor'] });
  });
  it('reads old Dutch "alsdan" as "then": the right takes its case from the paragraph before, and is no termination for convenience', () => {
    const r = contract(`${nl}Artikel 5. Onderhoud\n1. Opdrachtnemer verbindt zich de programmatuur te onderhouden.\n2. Opdrachtnemer verhelpt storingen binnen een werkdag.\nArtikel 6. Overgang der onderneming\n1. Ingeval de meerderheid der aandelen in Opdrachtnemer of de zeggenschap over diens onderneming in andere handen overgaat, is Opdrachtnemer gehouden Opdrachtgever daarvan onverwijld in kennis te stellen.\n2. Opdrachtgever is alsdan bevoegd deze overeenkomst met onmiddellijke ingang op te zeggen.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
  });
  it('reads a housing corporation as the customer, so "we" is the customer and the step-in right is its own', () => {
    const r = contract('PLATFORM AGREEMENT\nThis agreement is between Woonstichting Noorderveld, a housing corporation under the Dutch Housing Act, Markt 3, Assen ("the Corporation", "we", "us"), and Quayside Cloud Ltd, a company registered in England ("Quayside", "you").\n\n7. Step-in\n7.1 If you fail to provide the Services and do not remedy that within 5 working days after our notice, we may ourselves, or through a third party we appoint, take over the performance of the affected Services.\n7.2 You will reimburse the additional costs we incur.\n');
    expect(r.parties).toMatchObject({ customer: ['our', 'the Corporation', 'us', 'we'], supplier: ['Quayside', 'you', 'your'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    // A public body called a service ("the Library Service"), its name wrapped over a line end; not "the Cloud Services".
    const lib = contract('SUPPORT CONTRACT\nParties\nKilmore County Council, for its County Library Service, Main Street, Kilmore ("the\nLibrary Service", "you")\nLeselogik GmbH, Bremen, Germany ("Leselogik", "we")\n\n1. What we provide\n1.1 Support for the kiosks.\n');
    expect(lib.parties).toMatchObject({ customer: ['the Library Service', 'you', 'your'], supplier: ['Leselogik', 'our', 'us', 'we'] });
    // A company whose name holds a public word ("Digitaal Archief B.V."), its entry ending in ", en" at the line's end.
    const dda = contract('OVEREENKOMST e-DEPOT\n\n1. PARTIJEN\nDuurzaam Digitaal Archief B.V., gevestigd te Zwolle ("DDA"), en\nRegionaal Historisch Archief Kempen, openbaar lichaam ingesteld bij gemeenschappelijke regeling, gevestigd te Eersel ("Klant").\n\n2. DE DIENST\n2.1 DDA levert de dienst.\n');
    expect(dda.parties).toMatchObject({ customer: ['Klant'], supplier: ['DDA'] });
    // A postcode ("3771 AB") is no legal form: the municipality's entry still names a public body.
    const dpa = contract('DATA PROCESSING AGREEMENT\n\nbetween\n\nthe Municipality of Lindehoven, Markt 1, 3771 AB Lindehoven, the Netherlands, represented by its CISO (the "Controller")\n\nand\n\nCiviqo Ireland Limited, Dublin (the "Processor")\n\n1. Definitions\n');
    expect(dpa.parties!.customer).toContain('Controller');
    // Names defined by what is meant by them, the entry after the name: 'Waar staat "X", bedoelen we …'.
    const meant = contract('Overeenkomst meetnet\nWaar staat "wij" of "het waterschap", bedoelen we Waterschap Lingemonde, gevestigd in Tiel. Waar staat "HydroNexa", bedoelen we HydroNexa B.V., gevestigd in Wageningen.\nArtikel 1. Wat spreken we af?\nHydroNexa levert het waterschap een platform.\n');
    expect(meant.parties).toMatchObject({ customer: ['het waterschap', 'ons', 'onze', 'we', 'wij'], supplier: ['HydroNexa'] });
    // "Hierna: de GGD." opening a sentence; a language level "(B1)" is no party.
    const hierna = contract('Overeenkomst cliëntdossier\nIn begrijpelijke taal (B1)\nWie maken deze afspraken?\nDe Gemeenschappelijke Regeling GGD Kempenrand, Wal 12, Eindhoven. Hierna: de GGD.\nMedRegister Europe B.V., Hoofdstraat 210, Eindhoven. Hierna: MedRegister.\nArtikel 1. Welke regels gelden?\n1. Deze overeenkomst.\n');
    expect(hierna.parties).toMatchObject({ customer: ['de GGD'], supplier: ['MedRegister'] });
    // Unquoted and in lower case after its article: "hierna: het museum."
    const museum = contract('AFSPRAKEN WEBSITE\n\nWie zijn we?\n- Stichting Streekmuseum De Groote Schuur, Winterswijk, hierna: het museum.\n- Pixelwerf V.O.F., webbureau, Aalten, hierna: Pixelwerf.\n\n1. Wat doet Pixelwerf?\n- Pixelwerf bouwt de website.\n');
    expect(museum.parties).toMatchObject({ customer: ['het museum'], supplier: ['Pixelwerf'] });
    // A care body named in one compound word ("Jeugdzorgcoöperatie") is the customer.
    const care = contract('Services Agreement\nParties\n• Jeugdzorgcoöperatie Kompas Zuid U.A., a cooperative with its seat in Eindhoven, acting for its member organisations ("the Cooperative").\n• Brightwave IT Services Limited, a company registered in Ireland ("Brightwave").\n\nWhat does Brightwave do?\nBrightwave manages the workplaces.\n');
    expect(care.parties).toMatchObject({ customer: ['the Cooperative'], supplier: ['Brightwave'] });
    // A second name in one entry is the same party, however long the entry; two names joined by "and" are two parties.
    const io = contract('CONTRACT\n\nThis Contract is made between:\n\nThe Intergovernmental Organisation for Hydrographic Data (IOHD), an intergovernmental organisation having its headquarters at Mekelweg 130, 2628 CD Delft, the Netherlands, in accordance with the Headquarters Agreement concluded with the Kingdom of the Netherlands on 4 June 2011, represented by its Secretary-General (the "Organisation");\n\nand\n\nAldercrest Data Operations Ltd, a company registered in Ireland (the "Contractor").\n\nI.1 Purpose\nThe Contractor shall operate the platform.\n');
    expect(io.parties).toMatchObject({ customer: ['IOHD', 'Organisation'], supplier: ['Contractor'] });
    const pair = contract('AGREEMENT between the Municipality of Ede ("Ede") and Beta Systems B.V. ("Beta").\n\n1. Scope\nBeta shall host the platform and Ede shall pay the fees.\n');
    expect(pair.parties.customer).not.toContain('Beta');
  });
  it('reads parties a file names without a list of parties: a role label, a public body\'s abbreviation over a model, a noun used throughout, a company\'s legal form', () => {
    // "Customer: Regionaal Historisch Centrum Vechtstreek (RHC Vechtstreek), Maarssen – a joint arrangement"
    const label = contract('Quotation – Collections System\nQuillmark Ltd, Cambridge\nCustomer: Regionaal Historisch Centrum Vechtstreek (RHC Vechtstreek), Maarssen – a joint arrangement of four municipalities\n\nLetter of acceptance\nClause 2. Change of Control\n2.1 Quillmark shall notify RHC Vechtstreek of any change of control of Quillmark.\n2.2 Following a change of control, RHC Vechtstreek may terminate the Agreement by written notice.\n');
    expect(label.parties.customer).toEqual(['RHC Vechtstreek']);
    expect(label.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // A registration number in brackets on the supplier's line is no name.
    const kvk = contract('MODEL ICT-RAAMOVEREENKOMST LUSZ\nLANDELIJK UITVOERINGSINSTITUUT SOCIALE ZEKERHEID (LUSZ)\nOpdrachtnemer: Calculon Public Software B.V., Eindhoven (KvK 17246610)\n\nArtikel 1. Zeggenschap\n1.1 LUSZ kan de Raamovereenkomst na een wijziging in de zeggenschap over Opdrachtnemer met onmiddellijke ingang ontbinden.\n');
    expect(kvk.parties).toMatchObject({ customer: ['LUSZ'], all: ['LUSZ'] });
    expect(kvk.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    // No one defined; the public body called by what it is, capitalised or not.
    const agency = contract('QUOTATION\nPrepared for: Dienst Registratie Binnenvaartschepen (an agency of the Ministry)\n\nThe Agency accepts the Quotation on the following terms.\nB. Step-in\nB.1 If the Supplier fails to meet the service level for five Working Days, the Agency may itself perform the affected Services or have them performed by a third party.\nB.2 The Agency may set off the costs.\n');
    expect(agency.parties.customer).toEqual(['agency']);
    expect(agency.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    const hospital = contract('Opdrachtbrief\n2.1 Indien Medilink een storing niet tijdig verhelpt, is het ziekenhuis bevoegd de werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren.\n2.2 De kosten komen voor rekening van Medilink; het ziekenhuis mag ze verrekenen.\n2.3 Medilink geeft het ziekenhuis toegang.\n');
    expect(hospital.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    // "wij" a public body the hints do not name; "u" a company by its legal form.
    const plain = contract('Afspraken e-depot\nPartijen:\n• Het openbaar lichaam Gelders Streekarchief, Winterswijk ("het Streekarchief", "wij", "ons");\n• DigiDepot Nederland B.V., Utrecht ("DigiDepot", "u").\nArtikel 1. Wat doet u?\nU levert het e-depot.\n');
    expect(plain.parties).toMatchObject({ customer: ['het Streekarchief', 'ons', 'onze', 'we', 'wij'], supplier: ['DigiDepot', 'u', 'uw', 'you', 'your'] });
    const unquoted = contract('Afspraken boekingssysteem\nWie zijn wij?\nWij zijn de Stichting Natuurkampeerterreinen Drechtse Oevers, Zwijndrecht.\nJullie zijn Kampeerplek Online B.V., Dordrecht, KvK 80044556.\nWat doen jullie?\nJullie leveren de boekingsmodule.\n');
    expect(unquoted.parties).toMatchObject({ customer: ['ons', 'onze', 'we', 'wij'], supplier: ['jullie'] });
    // A role said to be a body of a kind: "De aanbestedende overheid is de politiezone Kempen-Heide", then "dan kan de
    // politiezone … in regie uitvoeren"; not "De opdrachtnemer is de partij die …".
    const zone = contract('POLITIEZONE KEMPEN-HEIDE\nBestek PZKH/2024/ANPR\nHoofdstuk 1 - Algemeen\n1.1 De aanbestedende overheid is de politiezone Kempen-Heide, vertegenwoordigd door het politiecollege.\n1.2 De opdrachtnemer is de partij aan wie de opdracht is gegund.\nHoofdstuk 6 - Tekortkomingen\n6.1 De opdrachtnemer verhelpt storingen binnen vier uur.\n6.2 Blijft de tekortkoming bestaan, dan kan de politiezone het beheer van het platform in regie uitvoeren of één of meer opdrachten voor rekening van de opdrachtnemer sluiten met een derde.\n');
    expect(zone.parties.customer).toContain('politiezone');
    expect(zone.parties.supplier).not.toContain('partij');
    expect(zone.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    // The noun of the customer's own entry line: "VLAAMS AGENTSCHAP … (VADI)", then "Het Agentschap kan …".
    const vadi = contract('VLAAMS AGENTSCHAP VOOR DIGITALE INFRASTRUCTUUR (VADI)\nBijzonder bestek VADI-2024-IAAS\nA.3 Looptijd\nA.3.1 De opdracht loopt vier jaar.\nA.3.2 Het Agentschap kan de opdracht op elk ogenblik zonder opgave van redenen opzeggen.\nA.4 Gegevens\nA.4.1 Het Agentschap blijft eigenaar van de gegevens.\nA.4.2 De opdrachtnemer meldt incidenten aan het Agentschap.\n');
    expect(vadi.parties.customer).toEqual(['VADI', 'agentschap']);
    expect(vadi.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
  });
  it('reads a bilingual contract in the version that prevails where an article says its thing in both; one language alone still binds', () => {
    const head = 'RAAMOVEREENKOMST / FRAMEWORK AGREEMENT\nPartijen / Parties:\n- Stichting Universitair Medisch Centrum Westerdelta, gevestigd te Vlaardingen ("UMC" / the "UMC");\n- Krämer Rechenzentrum GmbH, Darmstadt ("Leverancier" / the "Supplier").\n\n';
    const body = (lang: string) =>
      `${head}7. Zeggenschap / Control\n\n7.1 Bij een wijziging van de zeggenschap over Leverancier is het UMC gerechtigd de overeenkomst met onmiddellijke ingang op te zeggen.\n7.1 A change of control of the Supplier shall not entitle the UMC to terminate this Agreement and requires no consent of the UMC.\n\n8. Vervangende uitvoering\n\n8.1 Indien de Leverancier een storing niet binnen de hersteltijd heeft verholpen, is het UMC bevoegd het onderhoud zelf uit te voeren of door een derde te laten uitvoeren.\n\n12. Taal / Language\n\n12.1 De ${lang === 'en' ? 'Engelse' : 'Nederlandse'} tekst is leidend; de andere tekst is uitsluitend ter informatie bijgevoegd.\n12.1 The ${lang === 'en' ? 'English' : 'Dutch'} text shall prevail; the other text is included for information purposes only.\n`;
    const en = contract(body('en'));
    expect(en.parties.customer).toEqual(['UMC']);
    expect(en.clauses['change-of-control']!.present).toBe(false);
    expect(en.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    const nl = contract(body('nl'));
    expect(nl.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
  it('reads an inverted condition ("Weigert het college dat akkoord, …, dan kan de gemeente … beëindigen") with the takeover the paragraph names', () => {
    const r = contract(`${nl}Artikel 6. Overdracht\n3. Indien een derde meer dan 50% van de aandelen in de opdrachtnemer verwerft, meldt de opdrachtnemer dit binnen tien dagen aan de gemeente. De verdere uitvoering van de opdracht na een dergelijke overname is onderworpen aan het voorafgaand akkoord van het college. Weigert het college dat akkoord, omdat de verkrijger geen waarborgen biedt, dan kan de gemeente de opdracht zonder schadevergoeding beëindigen.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
  it('reads items split off a sentence whose lead ends in a bare "(a)" ("… if Agency (a) materially breaches …; (b) undergoes a Change of Control; or …") with that lead', () => {
    const r = contract('This Agreement is made between Bellhaven Pharmacies, Inc. (the "Client") and Crestline Digital LLC (the "Agency").\n\n4.3 Client may terminate this Agreement immediately upon written notice if Agency (a) materially breaches this Agreement; (b) undergoes a Change of Control; or (c) breaches Section 3.\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
  it('reads nothing under a heading of the offer that the acceptance letter rejects by its name in quotes', () => {
    const offer = (letter: string) => `OFFERTE ONDERHOUD\nVerkeerslogic B.V., Tilburg\nAan: Provincie Westerkwartier-Zuid\nPrijs\n€ 312.000,- per jaar.\nContractuele bepalingen\nNaast onze Algemene Voorwaarden stellen wij de volgende bepalingen voor:\n1. Overname. Indien meer dan 50% van de aandelen in Verkeerslogic B.V. wordt overgedragen, kan de Provincie de overeenkomst binnen zes maanden opzeggen.\n2. Continuïteit. Verkeerslogic deponeert de broncode bij Escrow Europe B.V.; afgifte vindt plaats bij faillissement.\nMet vriendelijke groet,\nir. B. Staal\n\nOPDRACHTBEVESTIGING\nProvincie Westerkwartier-Zuid\nGeachte heer Staal,\nWij verlenen u de opdracht tegen de prijs uit uw offerte. ${letter}\nHoogachtend,\nGedeputeerde Staten\n`;
    const rejected = contract(offer('Uw Algemene Voorwaarden en de in de offerte onder "Contractuele bepalingen" voorgestelde bepalingen worden uitdrukkelijk van de hand gewezen en maken geen deel uit van de overeenkomst.'));
    expect(rejected.clauses['change-of-control']!.present).toBe(false);
    expect(rejected.clauses['source-code-escrow']!.present).toBe(false);
    const accepted = contract(offer('De in de offerte onder "Contractuele bepalingen" voorgestelde bepalingen maken deel uit van de overeenkomst.'));
    expect(accepted.clauses['source-code-escrow']!.present).toBe(true);
  });
  it('reads "our" as the party "we" are: "you must ask for our written approval" is the customer\'s consent', () => {
    const r = contract('Analytics agreement\nParties\nGGD Grensland, a public health service, Venlo ("we", "the GGD");\nCareRoute Analytics Inc., a California corporation ("you", "CareRoute").\n\n8. Change of Control\nBefore anyone acquires control of CareRoute, you must ask for our written approval.\n10. What happens at the end\nFor six months after the end you keep running the platform and help our new supplier with the transfer.\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.verdict).toBe('protected');
  });
  it('reads "We do this for …" with the sentence before it: escrow kept for the supplier\'s own continuity is none', () => {
    const head = 'Terms of service\nIn these terms "we" means Tilewise Inc. and "you" means the Regional Museum, our customer.\n\n6. Our source code\n6.1 We keep a copy of our source code with an independent escrow agent. ';
    expect(contract(`${head}We do this for our own business continuity.\n`).clauses['source-code-escrow']!.present).toBe(false);
    expect(contract(`${head}We do this so that you can keep using the software if we stop trading.\n`).clauses['source-code-escrow']!.present).toBe(true);
  });
  it('reads "U mag dan … laten doen" with the clause before it, however far the verb stands from "dan"', () => {
    const head = 'OVEREENKOMST\nIn deze overeenkomst is "u" de Gemeente Westervoort en "wij" Appvorm B.V.\n\n6 Storingen\n6.1 Wij lossen storingen binnen een werkdag op.\n';
    const r = contract(`${head}6.2 Dat geldt ook als wij een storing drie keer in een jaar niet op tijd oplossen. U mag dan het beheer tijdelijk door een ander bedrijf laten doen.\n`);
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    // "kan niet later dan" is a comparison, not "then": no case is read from the clause.
    const r2 = contract(`${head}6.2 Wij melden een storing uiterlijk na een uur. U kan niet later dan een week na de melding het beheer door een ander bedrijf laten doen.\n`);
    expect(r2.clauses['step-in']!.present).toBe(false);
  });
  it('reads a defined party as the one who does the work instead ("Vervangende Partij: een door het Waterschap aangewezen derde"), and a right as a consequence', () => {
    const defs = (def: string, clause: string) =>
      contract(`OVEREENKOMST\n\nPartijen\n1. Waterschap Rijnvliet, gevestigd te Gouda, hierna: "het Waterschap";\n2. Hydrodata B.V., gevestigd te Delft, hierna: "Opdrachtnemer".\n\nArtikel 1 Begrippen\n${def}\n- Wezenlijke Tekortkoming: een storing die langer dan een werkdag duurt.\n\nArtikel 6 Continuïteit\n6.1 Opdrachtnemer verhelpt storingen binnen een werkdag.\n6.2 ${clause}\n`).clauses['step-in']!.present;
    expect(defs('- Vervangende Partij: een door het Waterschap aangewezen derde, dan wel het Waterschap zelf.', 'Een Wezenlijke Tekortkoming heeft tot gevolg dat het Waterschap gerechtigd is de beheerwerkzaamheden door een Vervangende Partij te laten uitvoeren.')).toBe(true);
    // A defined thing whose definition names a third party further on is no one who does the work.
    expect(defs('- Depotmateriaal: de broncode en documentatie die bij een derde in bewaring is gegeven.', 'Een Wezenlijke Tekortkoming heeft tot gevolg dat het Waterschap gerechtigd is het Depotmateriaal te laten uitvoeren.')).toBe(false);
    const en = contract('This Agreement is made between the Port Authority (the "Authority") and Quay Systems Ltd (the "Contractor").\n\n1. Definitions\n1.1 "Third-Party Operator": a person designated by the Authority in accordance with clause 9.\n\n9. Critical Failures\n9.1 The Contractor reports any Critical Failure immediately.\n9.2 Any Critical Failure shall entitle the Authority to perform the operation of the Applications itself or to appoint a Third-Party Operator to perform it.\n');
    expect(en.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });
  it('reads a list whose lead-in points up ("Dan mag je:") with the heading that states the case', () => {
    const head = 'AFSPRAKEN\nIn deze afspraken is "je" de GGD Brabant-Oost en "we" Planfix B.V.\n\nWat doen we voor je?\nWe leveren een planner voor afspraken.\n\n';
    const text = (heading: string) => contract(`${head}${heading}\nSoms lukt het ons niet. Bijvoorbeeld als een grote storing na 24 uur nog niet is opgelost. Dan mag je:\n• het werk zelf doen, of een ander bedrijf vragen om het werk van ons over te nemen, zolang het probleem duurt;\n• ons vragen om alle hulp die daarvoor nodig is.\n\nWat kost het?\nHonderd euro per maand.\n`);
    expect(text('Wat als wij een storing niet oplossen?').clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });
  it('reads a "Let op:" bullet with the bullet above it: a share sale taken out leaves the right for a merger only (weak)', () => {
    const head = 'OVEREENKOMST\n\nPartijen\n1. Stichting Openbaar Onderwijs De Linge, gevestigd te Geldermalsen, bestuur van 14 basisscholen, hierna: "de Stichting";\n2. Schoolnet B.V., gevestigd te Zwolle, hierna: "Schoolnet".\n\n1. Wat doet Schoolnet?\n- Schoolnet beheert het netwerk.\n\n7. Wat als Schoolnet fuseert of wordt overgenomen?\n- Als Schoolnet fuseert met een ander bedrijf of wordt gesplitst, mag de Stichting de overeenkomst opzeggen met een opzegtermijn van drie maanden.\n';
    expect(contract(head).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const noted = contract(`${head}- Let op: een verkoop van aandelen van Schoolnet valt hier niet onder. Als alleen de aandeelhouders wisselen, loopt de overeenkomst gewoon door.\n`);
    expect(noted.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });
  it('reads "mag … daarna opzeggen" with the bullet before it; "No. The source code is not deposited" is no escrow', () => {
    const head = 'OVEREENKOMST\n\nPartijen\n1. Stichting Openbaar Onderwijs De Linge, gevestigd te Geldermalsen, bestuur van 14 basisscholen, hierna: "de Stichting";\n2. Klasloket B.V., gevestigd te Zwolle, hierna: "Klasloket".\n\n';
    const plain = `${head}1. Wat levert Klasloket?\n- Een leerlingvolgsysteem.\n\n6. Wat als het bedrijf wordt verkocht?\n- Klasloket laat de Stichting schriftelijk weten als een ander bedrijf meer dan de helft van de aandelen koopt.\n`;
    const after = contract(`${plain}- De Stichting mag de overeenkomst daarna binnen drie maanden opzeggen.\n`);
    expect(after.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const qa = 'SERVICE TERMS\nIn these terms "we" means Parentline Ltd and "you" means the Foundation.\n\n';
    const no = contract(`${qa}1. What do we provide?\n• The app.\n\n2. Is the app's source code deposited somewhere?\n• No. The source code of the app is not deposited with an escrow agent or anyone else.\n`);
    expect(no.clauses['source-code-escrow']!.present).toBe(false);
  });
  it('reads a summary box that yields to the articles as stating nothing, and one said to prevail as part of the contract', () => {
    const box = (yields: string) =>
      `ABONNEMENT\nTussen de Gemeente Oosterwolde, hierna: "u", en Raadwerk B.V., hierna: "wij".\n\nIN HET KORT\n- U betaalt per jaar.\n- U kunt op elk moment opzeggen.\n${yields}\n\n1. Wat leveren wij?\n1.1 Wij leveren de app.\n\n2. Hoe lang duurt het contract?\n2.1 Het contract loopt drie jaar. U kunt alleen tegen het einde van een contractjaar opzeggen.\n`;
    expect(contract(box('Dit overzicht helpt u bij het lezen. Het is geen afspraak; bij verschil gelden de artikelen.')).clauses['termination-for-convenience']!.present).toBe(false);
    expect(contract(box('Dit overzicht is onderdeel van de overeenkomst.')).clauses['termination-for-convenience']!.present).toBe(true);
  });
  it('reads a schedule titled as a summary at the front ("SCHEDULE 1 - KEY COMMERCIAL TERMS (SUMMARY ONLY)") as stating nothing, up to the next schedule\'s title', () => {
    const doc = (title: string) =>
      `CONTRACT FOR A REVENUES SYSTEM\n\n${title}\n\n  - Parties: Eastmere District Council (the Council) and Calloway Civic Software Ltd (the Contractor).\n  - Change of control of Contractor: Council may terminate (Clause 21).\n\nSchedule 2 - Escrow Details\n\nTHIS CONTRACT is made BETWEEN (1) EASTMERE DISTRICT COUNCIL (the "Council") and (2) CALLOWAY CIVIC SOFTWARE LTD (the "Contractor").\n\n21. Change of Control\n[Intentionally omitted]\n\n22. Law\nThis Contract is governed by the law of England and Wales.\n`;
    expect(contract(doc('SCHEDULE 1 - KEY COMMERCIAL TERMS (SUMMARY ONLY)')).clauses['change-of-control']!.present).toBe(false);
    expect(contract(doc('SCHEDULE 1 - KEY COMMERCIAL TERMS')).clauses['change-of-control']!.present).toBe(true);
  });
  it("ends an annex titled as a summary at the next annex's title, however long that title is", () => {
    const doc =
      `${nl}Artikel 9 – Toepasselijk recht\n9.1 Op deze overeenkomst is Nederlands recht van toepassing.\n\nBijlage 1 – Implementatieplan (samenvatting)\n\nFase 1: inrichting omgeving en koppelingen.\n\n` +
      'Bijlage 2 – Verwerkersovereenkomst (model 4.0, Convenant Digitale Onderwijsmiddelen en Privacy)\n\nArtikel 9 – Duur en beëindiging. 9.2 Bij beëindiging van de overeenkomst stelt Opdrachtnemer binnen vier weken alle gegevens aan Opdrachtgever ter beschikking in een gangbaar, gestructureerd en machineleesbaar formaat.\n\n' +
      'Bijlage 3 – Tekst artikelen 10 tot en met 12 Raamovereenkomst (ter informatie)\n\nArtikel 12 – Opzegging. De Coöperatie kan de Raamovereenkomst te allen tijde opzeggen.\n';
    expect(contract(doc).clauses['post-termination-services']!.present).toBe(true);
  });

  it('reads plain words for handing data over after the end ("we will hand over all your records", "in the three months after the end")', () => {
    const r = contract(`${en}10. When the agreement ends\n10.1 However the agreement ends, the Supplier will hand over all the Customer's records in a standard format.\n`);
    expect(r.clauses['post-termination-services']).toMatchObject({ present: true, to: 'customer' });
    const help = contract(`${en}10. Help\n10.1 The Supplier will also give up to ten hours of help to the Customer's new provider in the three months after the end.\n`);
    expect(help.clauses['post-termination-services']!.present).toBe(true);
  });
  it('reads "X meldt dat dan …" with the sentence before it, where the takeover is described', () => {
    const r = contract(`${nl}Wie doet wat?\n1. Opdrachtnemer levert de planner.\n2. Opdrachtnemer schakelt alleen een onderaannemer in als Opdrachtgever dat goed vindt.\n\nAls er een nieuwe eigenaar komt\nHet kan gebeuren dat een ander bedrijf de baas wordt van Opdrachtnemer. Opdrachtnemer meldt dat dan schriftelijk aan Opdrachtgever, binnen 4 weken nadat het is gebeurd.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });
  it('reads "U kunt deze Overeenkomst om welke reden dan ook beëindigen" as the customer\'s termination for convenience', () => {
    const r = contract('KLANTOVEREENKOMST\nDeze Overeenkomst wordt gesloten tussen Nimbus Cloud, Inc. ("Nimbus", "wij") en de Gemeente Hoorn ("Klant", "u").\n\n3. Looptijd\n3.1 U kunt deze Overeenkomst om welke reden dan ook beëindigen door ons daarvan in kennis te stellen.\n');
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
  });
  it('reads "bevestigen dat deze overname, noch enige toekomstige wijziging …, een grond vormt" as a takeover that gives no right', () => {
    const r = contract(`${nl}3. Looptijd\nDe Overeenkomst wordt verlengd tot en met 31 december 2025.\n\n4. Overname van Opdrachtnemer\nU heeft ons meegedeeld dat alle aandelen in Opdrachtnemer zijn verworven door Aquaflux Holding B.V. Opdrachtgever neemt daarvan kennis. Partijen bevestigen dat deze overname, noch enige toekomstige wijziging in de aandelenverhouding binnen Opdrachtnemer, voor Opdrachtgever een grond vormt de Overeenkomst te beëindigen of de nakoming op te schorten.\n\n5. Einde\nOpdrachtnemer retourneert de werkstations.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('reads a letter that names the body by its abbreviation in the running text ("het Vlaams Fonds voor Erfgoedbeheer (VFE)") as the customer', () => {
    const r = contract('Beslissing tot verlenging van de opdracht\nArchivum Software NV\nt.a.v. de heer P. Claes\nGeachte heer Claes,\nOp 1 februari 2022 heeft het Vlaams Fonds voor Erfgoedbeheer (VFE) de opdracht aan uw onderneming gegund.\nWij vestigen uw aandacht op de volgende bepaling van het bestek:\n• Artikel 20 (controlewijziging): het VFE kan de opdracht zonder schadevergoeding beëindigen indien de controle over de opdrachtnemer rechtstreeks of onrechtstreeks overgaat op een of meer andere personen.\n');
    expect(r.parties.customer).toEqual(['VFE']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it("reads the parties after a table of contents that lists the articles before them", () => {
    const r = contract('MASTER SERVICES AGREEMENT\nbetween\nGREYSTONE MUTUAL HOLDINGS, INC.\nand\nKOVALENT TECHNOLOGY SERVICES, INC.\n\nTABLE OF CONTENTS\nARTICLE 1   DEFINITIONS\nARTICLE 2   SERVICES\nARTICLE 3   TERMINATION\n\nThis MASTER SERVICES AGREEMENT is entered into by and between Greystone Mutual Holdings, Inc., a New York corporation ("Greystone"), and Kovalent Technology Services, Inc., a Delaware corporation ("Supplier").\n\nARTICLE 1\nDEFINITIONS\n1.1 "Services" means the services in the Statements of Work.\n\nARTICLE 3\nTERMINATION\n3.1 In the event of a Change of Control of Supplier, Greystone may terminate this Agreement by written notice.\n');
    expect(r.parties.customer).toEqual(['Greystone']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads "4.1.3. withdraw … or cancel the Contract at any time … without having to state a reason" with its lead "has the right to:"', () => {
    const r = contract(`${en}4.1. The Customer has the right to:\n\n4.1.1. demand proper performance of the Contract;\n\n4.1.2. if the Supplier fails to eliminate a deficiency within the term specified in the notice, have the deficiency eliminated by a third person or eliminate it itself, and demand that the Supplier compensate the reasonable costs thereof;\n\n4.1.3. withdraw from an individual work assignment or cancel the Contract at any time by notifying the Supplier thereof at least 30 days in advance, without having to state a reason.\n`);
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads a short point headed "Law." whose text names the law ("8. Law. English law, courts of England and Wales, as in the CTS.")', () => {
    expect(contract(`${en}8. Law. English law, courts of England and Wales, as in the CTS.\n`).facts.governingLaw).toBe('England and Wales');
    expect(contract(`${en}8. Law. Each party shall comply with all applicable laws.\n`).facts.governingLaw).toBeNull();
  });

  it("reads a vendor's own terms that name only the vendor, with its legal form, and call the buyer \"the Customer\": the vendor is the supplier", () => {
    const r = contract('LUMENFIELD GLOBAL CLOUD TERMS\nThese Global Cloud Terms govern all Lumenfield cloud services ordered by public sector customers.\nLumenfield Cloud Ireland Limited, 2 Grand Canal Square, Dublin 2, Ireland ("Lumenfield").\n1. Term\n1.1 Lumenfield may discontinue any Service, or terminate these Terms and all orders for any reason, on ninety days\' prior notice to the Customer, and will refund any prepaid fees for the period after termination.\n');
    expect(r.parties.supplier).toEqual(['Lumenfield']);
    expect(r.parties.customer).toEqual([]);
  });

  it('a party that is the customer only by a word of its short name, beside one with a customer\'s role, is the supplier when its entry is a company\'s ("the Agency")', () => {
    const r = contract('THIS AGREEMENT is made BETWEEN:\n(1) STELLAN SPIRITS PLC, a company incorporated in England and Wales whose registered office is at 21 Wharf Road, London (the "Client"); and\n(2) CARROW & FINCH PROMOTIONS LIMITED, a company incorporated in Scotland whose registered office is at 8 Melville Crescent, Edinburgh (the "Agency").\n\n5. If the Agency fails to deliver any campaign activity and does not remedy the failure within 48 hours, the Client may engage another agency to deliver the affected activity, and the Agency shall reimburse the Client for any costs so incurred.\n');
    expect(r.parties).toMatchObject({ customer: ['Client'], supplier: ['Agency'] });
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('a public body\'s word in a street\'s name ("Mission College Boulevard") makes no party a public body', () => {
    const r = contract('This Agreement is entered into between CALLOWAY MICROSYSTEMS CORPORATION, a California corporation with its principal offices at 2250 Mission College Boulevard, Santa Clara ("Calloway"), and BRIGHTWATER PERIPHERALS, INC., a Washington corporation with its principal offices at 15800 N.E. 36th Street, Redmond ("OEM").\n\n1. Calloway grants OEM a licence to distribute the Product.\n');
    expect(r.parties.customer).not.toContain('Calloway');
  });

  it('two parties named by company name only: a name after a preposition is no subject of what follows ("the supplier to Alderbrook to manufacture")', () => {
    const r = contract('This Agreement is entered into by and between:\n  ALDERBROOK THERAPEUTICS, INC., a Delaware corporation ("Alderbrook"); and\n  TESSARO CONTRACT MANUFACTURING, INC., a New Jersey corporation ("Tessaro").\n\n2.1 Tessaro is appointed as the exclusive supplier to Alderbrook to manufacture the Product.\n2.2 Tessaro shall manufacture the Product in accordance with the Specifications.\n3.1 Alderbrook shall issue purchase orders at least ninety days before delivery.\n3.2 Alderbrook shall pay each invoice within thirty days.\n3.3 Alderbrook shall deliver a rolling forecast each quarter.\n');
    expect(r.parties).toMatchObject({ customer: ['Alderbrook'], supplier: ['Tessaro'] });
  });

  it('a term defined by "hereinafter" after the preamble is no party, so the other party of two is still the counterparty', () => {
    const r = contract('THIS AGREEMENT is made BETWEEN (1) WESTBURY BUILDING SOCIETY, a building society whose principal office is at Westbury House, Trowbridge (the "Society"); and (2) HALCYON GLOBAL SERVICES LIMITED, a company incorporated in England and Wales (the "Supplier").\nIT IS AGREED:\n5. STEP-IN\n5.1 If the Supplier commits a material breach of this Agreement, the Society may (itself or by a third party nominated by it) take over the performance of the affected Services, and the Supplier shall bear the additional costs.\n8. CONFIDENTIALITY\n8.1 Each party may obtain information of the other which is confidential (hereinafter "Confidential Information").\n');
    expect(r.parties.customer).toEqual(['Society']);
    expect(r.clauses['step-in']!.present).toBe(true);
  });
});

describe('list items with a bullet before their marker', () => {
  it('reads "   * (c) the Supplier merges …" with its lead-in "The Customer may terminate … if:" (a weak change of control, a merger only)', () => {
    const r = contract(`${en}7 TERMINATION\n\n7.1 The Customer may terminate this Agreement by written notice with immediate effect if:\n   * (a) the Supplier commits a material breach which it does not remedy within 20 days of notice;\n   * (b) the Supplier becomes insolvent or has a receiver appointed; or\n   * (c) the Supplier merges with another organisation or undergoes a demerger.\n\n8 LAW\n8.1 This Agreement is governed by the law of England and Wales.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(r.clauses['change-of-control']!.evidence[0]!.quote).toContain('merges with another organisation');
    // (The same items under a lead-in that gives no right stay nothing.)
    const none = contract(`${en}7 DEFINITIONS\n\n7.1 For the purposes of the insurance schedule, a relevant event occurs if:\n   * (a) the Supplier commits a material breach;\n   * (b) the Supplier merges with another organisation or undergoes a demerger.\n`);
    expect(none.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('a condition that points back to the acquisition the sentence before names', () => {
  it('reads "Indien de verwerving … plaatsvindt, kan de aanbestedende overheid … verbreken" with the acquisition of control before it', () => {
    const r = contract(`${nl}8.1 De opdrachtnemer meldt vooraf iedere voorgenomen verwerving van controle over de opdrachtnemer door een derde.\n8.2 Indien de verwerving zonder voorafgaande instemming van Opdrachtgever plaatsvindt, kan Opdrachtgever de overeenkomst bij aangetekende brief verbreken.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // ("Indien de verwerving van nieuwe hardware …" names its own object: no takeover.)
    const own = contract(`${nl}8.1 De opdrachtnemer meldt vooraf iedere voorgenomen verwerving van controle over de opdrachtnemer door een derde.\n8.2 Indien de verwerving van nieuwe servers vertraging oploopt, kan Opdrachtgever de overeenkomst bij aangetekende brief verbreken.\n`);
    expect(own.clauses['change-of-control']?.strength).not.toBe('strong');
  });
});

describe('parties, laws and struck text in other shapes', () => {
  it('reads who pays whom between two parties named without a role ("Collaborator shall pay Company the development fees"): the payer buys, though each licenses the other', () => {
    const r = contract(
      'This Agreement is entered into by and between Aventine Bioinformatics, Inc., a Delaware corporation, having its principal place of business at 3 Davol Square, Providence ("Company"), and Seabright Biologics, Inc., a Delaware corporation, having its principal place of business at 400 Technology Square, Cambridge ("Collaborator").\n\n' +
        '2.1 Company hereby grants to Collaborator a license to use the Aventine LIMS Platform.\n2.2 In consideration of the license granted in Section 2.1, Collaborator hereby grants to Company a license to the Collaborator Process Models.\n' +
        '4.1 Collaborator shall pay Company the development fees set out in Exhibit C.\n4.2 Collaborator shall deliver a report stating the number of units sold.\n',
    );
    // (Not the address's "Technology Square": a trade word counts in the company's name only.)
    expect(r.parties).toMatchObject({ customer: ['Collaborator'], supplier: ['Company'] });
  });

  it("does not read a party's entry back past a letter's salutation: the body named in the letter's head is no entry of the name the letter defines", () => {
    const r = contract(
      'OPDRACHTBEVESTIGING SBIR\nAan: HeatMap Collective B.V., Deventer\nVan: Gemeente Deventerveld, afdeling Klimaatadaptatie\nDatum: 9 september 2025\nGeachte heer Linders,\n' +
        'Met genoegen bevestigen wij dat HeatMap Collective ("de deelnemer") is geselecteerd voor fase 1. De deelnemer onderzoekt of een hittekaart kan worden gemaakt.\n',
    );
    expect(r.parties.customer).not.toContain('de deelnemer');
  });

  it('ends a party\'s entry at the next item of a list of parties, so a public body in the next item is not the entry of the name before', () => {
    const r = contract('Wie\n- ParkPuls B.V., Stationsweg 18, 7411 HK Deventer, KvK 71234455 ("ParkPuls", "wij")\n- Gemeente Zuidhorst, Raadhuisplein 1, Zuidhorst ("de gemeente", "jullie")\n\nWat\n- Wij leveren de app.\n');
    expect(r.parties.supplier).toContain('ParkPuls');
    expect(r.parties.customer).toEqual(expect.arrayContaining(['de gemeente', 'jullie']));
    expect(r.parties.customer).not.toContain('ParkPuls');
  });

  it('reads a role word in plain brackets at the end of a party\'s entry ("… Brisbane QLD 4000 (Company)")', () => {
    const r = contract('MAINTENANCE CONTRACT\nParties\nIsaac Coal Pty Ltd ACN 151 330 287 of 300 Queen Street, Brisbane QLD 4000 (Company)\nTennant Services Pty Ltd ACN 602 771 954 of 18 Enterprise Street, Paget QLD 4740 (Contractor)\nBackground\nA. The Contractor has agreed to maintain the fleet.\n');
    expect(r.parties).toMatchObject({ customer: ['Company'], supplier: ['Contractor'] });
  });

  it('reads a public body set up by a law as a party, though its entry names the law ("openbaar lichaam op grond van de Wet …")', () => {
    const r = contract("Partijen\nVeiligheidsregio Maasland, openbaar lichaam op grond van de Wet veiligheidsregio's, Markt 1, Venlo (\"de Veiligheidsregio\"), en Alerta SARL, 12 rue de la Paix, Toulouse (\"Alerta\").\n\nArtikel 1\nAlerta levert de software.\n");
    expect(r.parties).toMatchObject({ customer: ['de Veiligheidsregio'], supplier: ['Alerta'] });
  });

  it('names the laws of the Kingdom\'s other countries (Aruba, Curaçao, Sint Maarten) as their own, outside the EU', () => {
    for (const [text, law] of [['This Agreement is governed by the laws of Aruba.', 'Aruba'], ['Op deze overeenkomst is het recht van Curaçao van toepassing.', 'Curaçao'], ['This Agreement shall be governed by the laws of Sint Maarten.', 'Sint Maarten']] as const) {
      const r = contract(`${en}12. ${text}\n`);
      expect(r.facts.governingLaw, text).toBe(law);
      expect(r.facts.governingLawInEU, text).toBe(false);
    }
  });

  it('does not take a company\'s home for the law ("Although we\'re a Delaware company, this letter is governed by Dutch law")', () => {
    const r = contract(`${en}9. Although we're a Delaware company, this letter is governed by Dutch law, and the court in Arnhem has jurisdiction.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('reads a quoted old article as blank when the next sentence points back and strikes it ("… is dat artikel geschrapt")', () => {
    const r = contract(`${nl}Wijzigingen ten opzichte van versie 1\nDe gemeente had in versie 1 een artikel "Overname" opgenomen: "Wanneer de zeggenschap over Opdrachtnemer wijzigt, kan Opdrachtgever de overeenkomst kosteloos beëindigen." Op verzoek van Opdrachtnemer is dat artikel geschrapt en vervalt het. Er komt geen vervangende bepaling.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('reads the new text of a provision "deleted and replaced as follows:" in the same sentence, not the deletion', () => {
    const r = contract(`${en}III.6.1 Part II § 10 is deleted and replaced as follows: on termination or expiry for any reason the Supplier shall, at the Customer's request, continue to provide the services for a transition period of up to twelve months.\n`);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });

  it("does not read the customer's own takeover as a change of control that protects it", () => {
    const r = contract(`${en}7.4 If the Customer enters into a definitive agreement to be acquired by another company, or if a person acquires control of the Customer, the Customer may terminate this Agreement upon payment of the early termination fee.\n`);
    expect(r.clauses['change-of-control']!.to).not.toBe('customer');
  });
});

describe('where the preamble ends', () => {
  it('ends it at a first article heading followed by its 1.1, so terms defined after it are no parties ("1. Services … 1.1 …")', () => {
    const r = contract('CARD PROCESSING SERVICES AGREEMENT\n\nThis Agreement is between HARBOUR BANK, an Ohio banking corporation ("Bank"), and TALLY PAYMENTS, INC., a Georgia corporation ("Processor").\n\n1. Services\n\n1.1 Processor shall provide the processing services described in Schedule A.\n\n2. Fees\n\n2.1 Bank shall pay the fees set out in Schedule C. Fees may not be increased during the initial term ("Initial Term").\n2.2 Bank shall pay each invoice within thirty days.\n');
    expect(r.parties).toMatchObject({ customer: ['Bank'], supplier: ['Processor'] });
  });
});

describe('copied text, amendments and deviation lists (sets 208–217)', () => {
  it('joins a plain-text table row whose cells wrap onto lines with an empty first cell, so the sentence in the cell reads as one', () => {
    const r = contract(`${nl}Artikel 1\n1.1 De GIBIT 2020 zijn van toepassing.\n\nBIJLAGE B AFWIJKINGEN\n\nNr. | Onderwerp              | Afwijking\n----+------------------------+------------------------------------------\nB1  | Vervangende uitvoering | Indien Opdrachtnemer tekortschiet en niet\n    |                        | binnen de gestelde termijn nakomt, is Op-\n    |                        | drachtgever bevoegd de werkzaamheden door\n    |                        | een derde te laten uitvoeren, voor reke-\n    |                        | ning van Opdrachtnemer.\n----+------------------------+------------------------------------------\n`);
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads OCR\'s digit inside a word as the letter ("Neder1ands recht", "sp1itsing")', () => {
    const r = contract(`${nl}9. Recht\nOp deze overeenkomst is Neder1ands recht van toepassing.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('drops a page number and the header copied with it from inside a sentence, and joins the sentence again', () => {
    const r = contract(`${nl}5. Fusie\nIndien Opdrachtnemer partij is bij een juridische fusie of splitsing\n\n-1-\nGemeente Ede – Overeenkomst zaaksysteem\n\nals bedoeld in Boek 2 van het Burgerlijk Wetboek, kan Opdrachtgever de overeenkomst\nmet onmiddellijke ingang ontbinden.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('finds the wrap width of copied text whatever a few far longer lines say, so a wrapped declaration stays one sentence', () => {
    const wrapped = 'Deze regel is zomaar een regel tekst die ongeveer tachtig tekens lang is, zo.\n'.repeat(12);
    const long = `${'Een heel lange regel uit een tabel of een kop met veel woorden erin, die niets zegt over de breedte van de tekst, '.repeat(2)}\n`.repeat(3);
    const r = contract(`Tussen de Gemeente Ede, hierna: 'Opdrachtgever', en Wolk B.V., hierna:\n'Opdrachtnemer', is overeengekomen:\n\n${long}${wrapped}1.1 Op deze Overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten\n2022 van toepassing, met inbegrip van de Modules en de daarin opgenomen bepalingen.\n`);
    expect(r.standards.map((s) => s.standard)).toEqual(['ARBIT-2022']);
  });

  it('takes "Dit lid luidde: "…"" right after the amendment that strikes it as the old text, not a clause', () => {
    const r = contract(`${nl}Artikel I — Wijzigingen\nDe Overeenkomst wordt als volgt gewijzigd:\nA. Artikel 12 (Broncodedepot) vervalt. Dit artikel luidde: "Opdrachtnemer deponeert de broncode van de\nsoftware bij een escrowagent." Partijen zijn het erover eens dat het depot wordt opgeheven.\nB. Artikel 17, derde lid, vervalt. Dit lid luidde: "Opdrachtgever is bevoegd de Overeenkomst te ontbinden\nindien de zeggenschap over Opdrachtnemer wijzigt, waaronder begrepen de overdracht van een\nmeerderheid van de aandelen." Artikel 17, eerste en tweede lid, blijven ongewijzigd.\nC. Artikel 8 (Hosting) wordt aangevuld met een vierde lid.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('strikes an article named with what it provided between the article and the verb, and a roman numeral\'s article', () => {
    const rel = contract(`${en}8. Change in Ownership\n8.1 The Customer may terminate this Agreement upon the acquisition of a controlling interest in the Supplier.\n\n9. Notices\n9.1 Notices are given in writing.\n\nAMENDMENT NO. 1\nThe parties agree that Section 8 (Change in Ownership), which provided that the Customer could terminate this Agreement upon the acquisition of a controlling interest in the Supplier, is hereby deleted in its entirety.\n`);
    expect(rel.clauses['change-of-control']!.present).toBe(false);
    const roman = contract(`${en}ARTICLE VI - SOURCE CODE ESCROW\n6.1 The Supplier shall deposit the source code of the Software with an escrow agent, to be released to the Customer if the Supplier becomes bankrupt.\n\nAMENDMENT NO. 1\n1. Article VI (Source Code Escrow) of the Agreement is hereby deleted in its entirety and replaced with the following: "ARTICLE VI - [RESERVED]".\n`);
    expect(roman.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('keeps the clause of a sentence that also switches another document\'s article off ("Neither party may assign …; section 16 of the EULA does not apply")', () => {
    const r = contract(`${en}6. Assignment\nNeither party may assign or transfer this Agreement without the prior written consent of the other party; section 16 of the EULA does not apply.\n`);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('reads an order form\'s line "Clause 18 (Source Code Escrow)    Not applicable" as switching that clause off', () => {
    const r = contract(`${en}Part A: Order Form\nOptional clauses:\n  Clause 18 (Source Code Escrow)              Not applicable\n\nPart B: Terms\n18. Source Code Escrow\n18.1 The Supplier will deposit the source code with an escrow agent; it is released to the Customer on the Supplier's insolvency.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('carves out "het artikel van de ARBIT over …" by its subject, and reads "No terms …, including GIBIT or ARBIT, shall apply" as disapplying', () => {
    const subject = contract(`${nl}1.1 Op deze overeenkomst is de ARBIT-2018 van toepassing.\n1.2 Het artikel van de ARBIT-2018 over wijziging van zeggenschap is niet van toepassing.\n`);
    expect(subject.standards[0]).toMatchObject({ standard: 'ARBIT-2018', excluded: ['30.3'], disapplied: null });
    expect(subject.clauses['step-in']!.present).toBe(true);
    const none = contract(`${en}9.1 This Agreement is the entire agreement. No terms contained in any purchase order of the Customer, or any general purchasing conditions (including GIBIT or ARBIT), shall apply.\n`);
    expect(none.clauses['termination-for-convenience']!.present).toBe(false);
    expect(none.clauses['step-in']!.present).toBe(false);
    const only = contract(`${nl}1.1 Geen andere voorwaarden dan de ARBIT-2018 zijn van toepassing.\n`);
    expect(only.clauses['step-in']!.present).toBe(true);
  });

  it('reads a deviation that narrows the takeover right to a merger as carving the article out and as a weak clause of its own', () => {
    const r = contract(`${nl}1.1 De ARBIT-2018 is van toepassing.\n9.1 In afwijking van het artikel van de ARBIT-2018 op grond waarvan Opdrachtgever de Overeenkomst kan ontbinden bij een wijziging van de zeggenschap over Opdrachtnemer, komt Opdrachtgever een recht op ontbinding uitsluitend toe indien Opdrachtnemer partij is bij een juridische fusie of splitsing.\n`);
    expect(r.standards[0]!.excluded).toContain('30.3');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(r.verdict).toBe('partial');
  });

  it('carves out what a deviation denies in other words ("kan … niet tussentijds opzeggen", "rust geen verplichting", "…, vervalt."), and not step-in for a takeover "door een derde"', () => {
    const r = contract(`${nl}1.1 De ARBIT-2022 is van toepassing.\n7.1 In afwijking van het artikel van de ARBIT-2022 inzake opzegging kan Opdrachtgever de overeenkomst niet tussentijds opzeggen.\n7.2 In afwijking van het artikel van de ARBIT-2022 inzake exit rust op Opdrachtnemer geen verplichting tot het verlenen van exitondersteuning.\n7.3 Het artikel van de ARBIT-2022 op grond waarvan Opdrachtgever de overeenkomst kan ontbinden indien de zeggenschap over Opdrachtnemer wijzigt, vervalt. Een overname van de aandelen door een derde geeft Opdrachtgever geen recht op ontbinding.\n`);
    expect(r.standards[0]!.excluded).toEqual(['30.3', '30.6', '32']);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('takes a public body named before a law in its entry as a party ("a regional municipality under the Municipal Act, 2001 (the "Region")")', () => {
    const r = contract('AGREEMENT\n\nBETWEEN: THE REGIONAL MUNICIPALITY OF CARRICK LAKE, a regional municipality\nunder the Municipal Act, 2001 (Ontario) (the "Region")\n\nAND: MERIDIAN TRANSIT SOFTWARE CORP., a corporation incorporated under the\nlaws of the State of Delaware (the "Vendor")\n\n1.1 The Region may terminate this Agreement at any time on 30 days\' notice.\n');
    expect(r.parties).toMatchObject({ customer: ['Region'], supplier: ['Vendor'] });
  });

  it('takes the one party left without a role as the counterparty when the others are all on one side (a parent named in the supplier\'s entry)', () => {
    const r = contract('CLOUD AGREEMENT\nTHIS AGREEMENT is made BETWEEN:\n(1) NOORDBANK N.V., a public limited company incorporated under Dutch law, having its registered office in The Hague (the "Bank"); and\n(2) ALTOSTRAT CLOUD B.V., a private limited company incorporated under Dutch law (the "Provider"), a wholly-owned subsidiary of Altostrat Inc., a corporation incorporated in the State of Delaware ("Altostrat Inc.").\n\n16. Control\n16.1 If a person acquires control of the Provider, the Bank may terminate this Agreement.\n');
    expect(r.parties.customer).toEqual(['Bank']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads "artikel 2 lid 2 en artikel 5 (…) vervallen" as striking 2.2 and 5', () => {
    const r = contract(`${nl}Artikel 5 – Broncode\n5.1 Opdrachtnemer deponeert de broncode bij een escrowagent.\n\nArtikel 6 – Recht\n6.1 Nederlands recht is van toepassing.\n\nADDENDUM 1\n1. Artikel 2 lid 2 en artikel 5 (Broncode) van de Overeenkomst vervallen met ingang van de datum van ondertekening van dit addendum.\n`);
    expect(r.amendments[0]!.deletes).toEqual(['2.2', '5']);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('reads a period named for what follows the end ("(the "Run-Off Period")") as after the end', () => {
    const r = contract(`${en}6.1 Upon any termination or expiry, the Customer may continue to use the Software for a period of eighteen (18) months (the "Run-Off Period").\n6.2 During the Run-Off Period the Supplier shall provide reasonable assistance to the Customer in migrating to replacement software, including export of all data in a machine-readable format.\n`);
    expect(r.clauses['post-termination-services']).toMatchObject({ present: true, strength: 'strong' });
  });
});

describe('parts, particulars tables and readings of sets 221–229', () => {
  it('numbers "Artikel B.16" of a contract in parts as B16, with its "16.1", so "Artikel B.16 AIV (Opzegging) is niet van toepassing" strikes it', () => {
    const r = contract(`${nl}Artikel A.4 Afwijkingen\n4.1 Artikel B.16 AIV (Opzegging) is op deze Overeenkomst niet van toepassing.\n\nDEEL B – AIV\n\nArtikel B.13 Tekortkoming\n13.1 Opdrachtgever stelt Opdrachtnemer in gebreke.\n\nArtikel B.16 Opzegging\n16.1 Opdrachtgever kan de Overeenkomst te allen tijde geheel of gedeeltelijk opzeggen met inachtneming van een redelijke opzegtermijn.\n\nArtikel B.21 Overdracht\n21.1 Opdrachtnemer draagt de Overeenkomst niet over zonder voorafgaande schriftelijke toestemming van Opdrachtgever.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('reads the articles of general terms attached after a contract numbered "1." … "4." ("Artikel 11", "Artikel 14"), so an amendment in the contract strikes them', () => {
    const r = contract(`${nl}1. Toepasselijke voorwaarden\n1.1 Op deze Overeenkomst zijn de Algemene Inkoopvoorwaarden (AIV) van toepassing.\n\n2. Looptijd\n2.1 De Overeenkomst loopt drie jaar.\n\n3. Afwijkingen van de AIV\n3.1 Artikel 14.3 AIV is niet van toepassing.\n3.2 Artikel 17.2 AIV komt te vervallen en wordt vervangen door: "Opdrachtnemer vernietigt alle Gegevens binnen dertig dagen na het einde van de Overeenkomst."\n\n4. Vergoeding\n4.1 De vergoeding is vast.\n\nBIJLAGE 3 – AIV\nArtikel 11 Opzegging\n11.1 Opdrachtgever is bevoegd de Overeenkomst tussentijds op te zeggen zonder opgave van redenen.\nArtikel 14 Ontbinding\n14.3 Opdrachtgever kan de Overeenkomst ontbinden indien de zeggenschap over de onderneming van Opdrachtnemer wijzigt.\nArtikel 17 Gevolgen van beëindiging\n17.2 Opdrachtnemer draagt bij het einde van de Overeenkomst alle Gegevens kosteloos over aan Opdrachtgever of aan een door Opdrachtgever aan te wijzen derde, in een gangbaar formaat.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('reads a pack\'s pattern across a line break ("Artikel 15 AIV is niet\\nvan toepassing.")', () => {
    const r = contract(`${nl}Artikel 3 – Looptijd\n3.2 Tussentijdse opzegging is uitgesloten. Artikel 15 AIV is niet\nvan toepassing.\n\nBIJLAGE – AIV\nArtikel 15 – Opzegging\n15.1 Opdrachtgever kan de overeenkomst te allen tijde tussentijds opzeggen met inachtneming van een redelijke termijn.\n`);
    expect(r.amendments.map((a) => a.deletes)).toContainEqual(['15']);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('reads a particulars table set with dot leaders as key and value ("Escrow ........ n.v.t.", "Toepasselijk recht ..... Nederlands recht")', () => {
    const r = contract(`${nl}CONTRACTGEGEVENS\n\nIngangsdatum ................... 1 juli 2024\nEscrow ......................... n.v.t.\nToepasselijk recht ............. Nederlands recht\n\n1. Begrippen\n1.1 Een onderdeel van de Contractgegevens waarin "n.v.t." staat, is niet van toepassing.\n\n5. Escrow\n5.1 Opdrachtnemer deponeert de broncode bij een escrowagent ten behoeve van Opdrachtgever.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('reads a table exported with tabs as cells ("Convenience Termination Notice<TAB>Not applicable")', () => {
    const r = contract(`${en}KEY TERMS\n\nKey Term\tValue\nConvenience Termination Notice\tNot applicable\nGoverning Law\tState of New York\n\n3. Termination\n3.1 If a notice period is stated in the Key Terms, the Customer may terminate this Agreement for convenience on that notice.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.facts.governingLaw).toBe('New York');
  });

  it('reads each row of a grid table on its own, joins a key cell that wraps, and takes a standard declared in a row ("Toepasselijke inkoopvoorwaarden | ARVODI-2018")', () => {
    const rule = '+--------------------------------+------------------------------------------+';
    const r = contract(`${nl}Contractgegevens\n\n${rule}\n| Looptijd                       | 2 jaar                                   |\n${rule}\n| Toepasselijke                  | ARVODI-2018 (Algemene Rijksvoorwaarden   |\n| inkoopvoorwaarden              | voor het verlenen van opdrachten 2018)   |\n${rule}\n| Voorwaarden Opdrachtnemer      | Niet van toepassing                      |\n${rule}\n| Governing law                  | Ireland                                  |\n${rule}\n\nArtikel 1 Definities\n1.1 Diensten: de werkplekdiensten.\n`);
    expect(r.standards).toMatchObject([{ standard: 'ARVODI-2018', disapplied: null }]);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.facts.governingLaw).toBe('Ireland');
  });

  it('takes a question answered in a Nota van Inlichtingen for no table row ("…zeggenschap?" Antwoord: "Nee. Artikel 5 blijft ongewijzigd.")', () => {
    const r = contract(`${nl}5. Wijziging van zeggenschap\n5.1 Opdrachtgever kan de Overeenkomst ontbinden indien de zeggenschap over Opdrachtnemer wijzigt.\n\nBijlage B – Nota van Inlichtingen. Vraag 23: "Is de Provincie bereid af te zien van het\nontbindingsrecht bij een wijziging van zeggenschap?" Antwoord: "Nee. Artikel 5 van de\nconceptovereenkomst blijft ongewijzigd."\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('ends the preamble at "PART A - GENERAL", so a name defined in the parts is no party and the roleless party is the customer', () => {
    const r = contract('RESELLER AGREEMENT\n\nThis Agreement is entered into by and between:\n\nASHFORD FEDERAL SOLUTIONS, LLC, a Virginia limited liability company ("Ashford"); and\n\nTESSELLATE CLOUD SYSTEMS, INC., a Delaware corporation ("Provider").\n\nPART A - GENERAL\n\nA.3 Definitions. In this Agreement, foreign ownership, control or influence ("FOCI") has the meaning given in the NISPOM, and the ninety days after the end of this Agreement are the transition period ("Transition Period").\n\nPART C - TERM\n\nC.4 If a Change of Control of Provider occurs, or if Provider becomes subject to FOCI, Ashford may terminate this Agreement upon written notice.\n');
    expect(r.parties).toMatchObject({ customer: ['Ashford'], supplier: ['Provider'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads a list that defines its lead-in\'s term ("Each of the following is an "Event of Default": … (c) a Change of Control") as that term\'s definition', () => {
    const r = contract(`${en}11.1 Each of the following is an "Event of Default" in relation to the Supplier:\n\n(a) the Supplier becomes insolvent;\n\n(b) a Change of Control of the Supplier.\n\n11.2 Upon an Event of Default, the Customer may by written notice terminate this Agreement.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('takes the law a sentence chooses over the one its "Notwithstanding …" phrase sets aside', () => {
    const r = contract(`${en}11.1 Notwithstanding the choice of the laws of the State of California in Section 14 of the MSA, this Addendum shall be governed by the laws of the Netherlands.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('strikes both articles of "Section 14.3 of the Agreement and the definition of "X" in Section 1.3 are hereby deleted", after articles called "ARTICLE 14"', () => {
    const r = contract(`${en}ARTICLE 1 - DEFINITIONS\n\n1.3 "Vendor Transaction" means the acquisition by any person of more than fifty percent of the voting stock of the Supplier.\n\nARTICLE 9 - SOURCE CODE ESCROW\n\n9.1 The Supplier shall maintain a copy of the source code with an escrow agent for the Customer.\n\nARTICLE 14 - TERMINATION\n\n14.3 If any person acquires more than fifty percent of the voting stock of the Supplier, the Customer may terminate this Agreement on written notice.\n\nAMENDMENT NO. 1\n\n1. Escrow. Article 9 of the Agreement is hereby deleted in its entirety.\n\n2. Vendor Transaction. Section 14.3 of the Agreement and the definition of "Vendor Transaction" in Section 1.3 are hereby deleted in their entirety.\n\n3. Except as amended hereby, the Agreement remains in full force and effect.\n`);
    expect(r.amendments.map((a) => a.deletes)).toContainEqual(['14.3', '1.3']);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('takes a public body named in brackets as a party without a legal form in its entry ("Omgevingsdienst Twentevecht, openbaar lichaam, gevestigd te Hengelo, ("de Omgevingsdienst")")', () => {
    const r = contract('MANTELOVEREENKOMST\nOmgevingsdienst Twentevecht, openbaar lichaam, gevestigd te Hengelo, ("de Omgevingsdienst")\nen\nKronborg Digital Nederland B.V., gevestigd te Enschede, ("Kronborg")\n\nArtikel 4\n1. Indien Kronborg een opdracht niet behoorlijk uitvoert, is de Omgevingsdienst bevoegd de werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren.\n');
    expect(r.parties).toMatchObject({ customer: ['de Omgevingsdienst'], supplier: ['Kronborg'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('lets a later amendment put a struck article back ("Artikel 6 wordt … opnieuw opgenomen in de Overeenkomst")', () => {
    const r = contract(`${nl}Artikel 6 - Wijziging van zeggenschap\n6.1 Opdrachtgever kan de Overeenkomst opzeggen indien de zeggenschap over Opdrachtnemer wijzigt.\n\nArtikel 7 - Recht\n7.1 Nederlands recht is van toepassing.\n\nEERSTE WIJZIGINGSOVEREENKOMST\n\nI. Artikel 6 (Wijziging van zeggenschap) van de Overeenkomst vervalt met ingang van 1 december 2020.\n\nTWEEDE WIJZIGINGSOVEREENKOMST\n\nI. Artikel 6 wordt met ingang van de datum van ondertekening opnieuw opgenomen in de Overeenkomst, in de redactie zoals die luidde vóór de Eerste Wijzigingsovereenkomst.\n`);
    expect(r.amendments).toEqual([]);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('strikes an article an addendum inserted in quotes when a later addendum deletes it ("… luidende: "Artikel 6a Escrow. …"" then "Artikel 6a vervalt")', () => {
    const r = contract(`${nl}Artikel 6 - Onderhoud\n6.1 Opdrachtnemer onderhoudt de programmatuur.\n\nADDENDUM 1\n\nPartijen komen overeen dat na artikel 6 een nieuw artikel wordt ingevoegd, luidende:\n\n"Artikel 6a Escrow. 1. Opdrachtnemer geeft de broncode van de programmatuur in depot bij een onafhankelijke escrow-agent. 2. Opdrachtgever heeft recht op afgifte van de broncode indien Opdrachtnemer failliet wordt verklaard."\n\nADDENDUM 2\n\n1. Artikel 6a (Escrow), ingevoegd bij Addendum 1, vervalt met ingang van 1 april 2023.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('takes a party named for several companies ("(collectively, "Vendor")", "(together, the "Service Provider")")', () => {
    const r = contract('MASTER SERVICES AGREEMENT\nThis Master Services Agreement is made between Bellweather Health System, an Ohio nonprofit corporation ("Bellweather"), and Nilgiri Technologies Limited, a company incorporated in India, together with its subsidiary Nilgiri Technologies Inc. (collectively, "Vendor").\n\n5. Termination\n5.1 Bellweather may terminate this Agreement for convenience on ninety days\' written notice.\n');
    expect(r.parties).toMatchObject({ customer: ['Bellweather'], supplier: ['Vendor'] });
  });

  it('numbers a later document\'s clauses anew ("PART B - RIDER … 1. … 4. Change of control."), so "Clause 4 of the Rider is deleted" strikes the rider\'s clause 4', () => {
    const r = contract(`${en}PART A - MASTER AGREEMENT (EXTRACT)\n\n1. Services. The Supplier provides the platform.\n\n2. Fees. The Customer pays the fees in Schedule 1.\n\n7. Term. The Agreement runs for four years.\n\n8. Termination. Either party may terminate the Agreement for material breach.\n\n9. Data. The Supplier deletes the data sixty days after the end.\n\n14. Assignment. Neither party shall assign this Agreement without the prior written consent of the other party.\n\n17. Law. This Agreement is governed by English law.\n\nPART B - PUBLIC SECTOR RIDER\n\n1. Governing law. Clause 17 of the Master Agreement is deleted. The Agreement is governed by the laws of the Netherlands.\n\n2. Language. Correspondence may be in English.\n\n3. Archiving. The Supplier cooperates with the Customer's archiving duties.\n\n4. Change of control. If any person acquires control of the Supplier, the Customer may terminate the Agreement by written notice.\n\n5. Publication. The Customer may publish this Agreement.\n\nPART C - AMENDMENT NO. 1\n\n1. Clause 4 of the Public Sector Rider (Change of control) is deleted in its entirety and replaced by the following: "4. Change of control. The Supplier shall notify the Customer of any change of control."\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('takes an article an addendum inserts after the contract ("Artikel 5a - Zeggenschap. …") as article 5A, so "artikel 5a vervalt" strikes it', () => {
    const r = contract(`${nl}Artikel 5 - Gegevens\n5.1 Opdrachtnemer verwijdert de gegevens na afloop.\n\nArtikel 6 - Recht\n6.1 Op deze overeenkomst is Nederlands recht van toepassing.\n\nAddendum I\nPartijen komen overeen dat na artikel 5 een nieuw artikel 5a wordt opgenomen:\nArtikel 5a - Zeggenschap. Indien de zeggenschap over Opdrachtnemer direct of indirect overgaat op een derde, is Opdrachtgever gerechtigd de overeenkomst schriftelijk op te zeggen.\n\nAddendum II\nPartijen komen overeen dat artikel 5a, zoals opgenomen bij Addendum I, vervalt met ingang van 1 januari 2023.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });
});


describe('standard terms, parties, amendments and tender answers of sets 236–251', () => {
  it('reads "clause 4 of the Framework" as the framework\'s clause, not ARBIT\'s: "Notwithstanding clause 4 of the Framework, the ARBIT-2018 shall not apply" disapplies ARBIT', () => {
    const r = contract(`${en}1. Terms that apply\n1.1 Notwithstanding clause 4 of the Framework, the ARBIT-2018 shall not apply to this Call-Off.\n\n2. Term\n2.1 This Call-Off runs for three years.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018' });
    expect(r.standards[0]!.disapplied).toBeTruthy();
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('sets a standard aside whole where the articles named with it are the contract\'s own ("De ARVODI-2018 en de artikelen 5 tot en met 8 van de overeenkomst zijn niet meer van toepassing")', () => {
    const nlText = `${nl}Artikel 1 Voorwaarden\n1.1 Op deze overeenkomst zijn de ARVODI-2018 van toepassing.\n\nArtikel 9 Verlenging\n9.1 Met ingang van 1 maart 2026 zijn de ARVODI-2018 en de artikelen 5 tot en met 8 van de overeenkomst niet meer van toepassing.\n`;
    const r = contract(nlText);
    expect(r.standards[0]!.disapplied).toBeTruthy();
    expect(r.standards[0]!.excluded).toEqual([]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    const e = contract(`${en}1. Terms\n1.1 ARVODI-2018 applies to this Agreement.\n\n9. Extension\n9.1 From 1 March 2026 ARVODI-2018 and Articles 5 to 8 of the Agreement no longer apply.\n`);
    expect(e.standards[0]!.disapplied).toBeTruthy();
    expect(e.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('reads each "lid N" line of an article as a sentence of its own, so a denial in lid 3 does not take back lid 1', () => {
    const r = contract(`${nl}Artikel 4 Wijziging aandeelhouderschap\nlid 1 Indien meer dan de helft van de aandelen in Opdrachtnemer overgaat op een derde, kan Opdrachtgever de overeenkomst ontbinden met een termijn van drie maanden.\nlid 2 Opdrachtnemer meldt een voornemen als bedoeld in lid 1 onverwijld.\nlid 3 Een fusie van Opdrachtgever met een ander overheidslichaam is geen grond voor ontbinding door Opdrachtnemer.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['change-of-control']!.evidence[0]!.quote).toMatch(/lid 1 Indien[^]*drie maanden\.$/);
  });

  it('reads a one-person supplier that calls itself "ik" as the supplier, so its own duties are the supplier\'s', () => {
    const r = contract(
      'Afsprakenlijst\n\nTussen:   Stichting Zorggroep De Linde, Meppel ("De Linde", "jullie")\n          contactpersoon: Marloes Vennik, manager Vrijwilligerszaken\n' +
        'En:       Jeroen Smit ICT, eenmanszaak van Jeroen Smit, Havelte ("ik")\n          KvK 69001234\n\n' +
        'We houden het graag simpel. Hieronder staan de afspraken die we samen hebben gemaakt. Waar iets niet geregeld is, overleggen we.\n\n' +
        '1. Als ik uitval\nAls ik langer dan drie weken ziek ben of om een andere reden niet kan werken, mogen jullie het werk laten afmaken door een andere ontwikkelaar.\n\n' +
        '2. Aan het einde\nBinnen tien werkdagen na het einde van de samenwerking lever ik alle gegevens uit het systeem aan jullie op in een bruikbaar formaat.\n',
    );
    expect(r.parties.supplier).toContain('ik');
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.to).toBe('customer');
  });

  it('reads a standard added under the same verb ("…, en evenmin de ARBIT, ARVODI of GIBIT") as declared not applicable', () => {
    const r = contract(`${nl}Artikel 1 Vorige overeenkomst\n1.1 Tussen partijen gold een overeenkomst waarop de ARBIT-2018 van toepassing was verklaard.\n\nArtikel 2 Voorwaarden\n2.1 Op deze overeenkomst zijn de algemene voorwaarden van Wolk niet van toepassing, en evenmin de ARBIT, ARVODI of GIBIT.\n`);
    expect(r.standards.find((x) => x.standard === 'ARBIT-2018')?.disapplied ?? 'none').toMatch(/evenmin de ARBIT/);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('gives a name the side of the role word in its own brackets, though its entry runs on from the other party\'s', () => {
    const r = contract(
      'Overeenkomst van opdracht\nPartijen\nDe Gemeente Zuidwolde aan Zee ("u", "de gemeente"), vertegenwoordigd door mevrouw C. Dijkstra,\nafdelingshoofd Ruimte en Wonen, en mevrouw N. El Amrani, handelend onder de naam El\nAmrani Data, zzp\'er, Haarlem, KvK 90011245 ("ik", "de opdrachtnemer").\n' +
        '1. De opdracht\n1.1 Ik bouw een dashboard.\n2. Overdracht\n2.1 Ik draag deze opdracht niet over aan een ander zonder uw schriftelijke toestemming.\n',
    );
    expect(r.parties.supplier).toEqual(expect.arrayContaining(['ik', 'de opdrachtnemer']));
    expect(r.parties.customer).not.toContain('ik');
  });

  it('reads an abbreviation of the capitalised words before it as a term, not a third party, though a party\'s name opens them ("the EOOD Marine Data Hub ("MDH")")', () => {
    const r = contract(
      'SPECIFIC CONTRACT\n\nBetween the European Observatory for Ocean Data ("EOOD"), represented by its Head of ICT Unit,\nand the consortium Atlântico Digital, composed of Atlântico Sistemas de Informação, S.A., Lisboa, and Gridwise Engineering Lda., Porto, jointly and severally liable ("the contractor"), represented by the leader,\n\nthe following has been agreed.\n\n' +
        '1. OBJECT\nThe contractor shall operate, maintain and evolve the EOOD Marine Data Hub ("MDH") from 1 May 2026 to 30 April 2028.\n\n' +
        '3. SUBSTITUTION\n3.1 If the contractor fails to restore a critical MDH service within 8 hours, EOOD may take over the performance of the services concerned itself or entrust them to any third party.\n',
    );
    expect(r.parties.customer).toContain('EOOD');
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('reads a standard named as an item of a list the lead-in opens on the same line ("zijn van toepassing: (a) …; (c) de ARBIT-2022, met uitzondering van …;")', () => {
    const r = contract(`${nl}Artikel 2 Voorwaarden\n2.1 Op deze nadere overeenkomst zijn van toepassing, in deze volgorde van rangorde: (a) deze nadere overeenkomst; (b) de Raamovereenkomst; (c) de ARBIT-2022, met uitzondering van de bepalingen inzake broncode-depot (escrow); (d) de inschrijving van Opdrachtnemer.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', disapplied: null });
    expect(r.standards[0]!.excluded).toEqual(['47']);
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('carves out a standard\'s termination for convenience named as the provisions that let a party "terminate the agreement prematurely"', () => {
    const r = contract(`${en}2. Terms\n2.1 The ARVODI-2018 apply, except that the provisions of ARVODI-2018 that allow the Customer to terminate the agreement prematurely without the Supplier being in default shall not apply to this Call-off Agreement.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2018', disapplied: null });
    expect(r.standards[0]!.excluded.length).toBeGreaterThan(0);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('disapplies a standard named first of a longer subject ("the ARBIT-2018 and any other purchasing conditions of Customer, including …, do not apply")', () => {
    const r = contract(`${en}2. Terms\n2.1 The parties have agreed that the ARBIT-2018 and any other purchasing conditions of Customer, including those referred to in Customer's purchase orders or in the tender documentation for mini-competition MC-2023-12, do not apply to this MSA or any Order Form.\n`);
    expect(r.standards[0]!.disapplied).toBeTruthy();
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('reads "Op deze nadere overeenkomst zijn geen algemene inkoopvoorwaarden (ARBIT, GIBIT of ARVODI) van toepassing" as disapplying all three', () => {
    const r = contract(`${nl}Artikel 2 Voorwaarden\n2.2 Op deze nadere overeenkomst zijn geen algemene inkoopvoorwaarden (ARBIT, GIBIT of ARVODI) van toepassing.\n`);
    expect(r.standards.length).toBeGreaterThan(0);
    expect(r.standards.every((s) => !!s.disapplied)).toBe(true);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('reads a later year the pack does not know ("ARVODI-2022") as its latest known version', () => {
    const r = contract(`${nl}Artikel 2 Voorwaarden\n1. Op de Overeenkomst zijn de ARVODI-2022 van toepassing.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2018', disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('carves out only the right a sentence describes ("het in ARBIT-2022 omschreven recht van Opdrachtgever om escrow te verlangen is derhalve niet van toepassing")', () => {
    const r = contract(`${nl}1.1 Op deze Nadere overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022 (ARBIT-2022) van toepassing, met uitzondering van de bepalingen over escrow (broncodedepot). Partijen hebben vastgesteld dat geen broncode bij een derde wordt gedeponeerd; het in ARBIT-2022 omschreven recht van Opdrachtgever om escrow te verlangen is derhalve niet van toepassing.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['47'], disapplied: null });
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('lets a supplier\'s terms prevail on a subject named as such ("Met betrekking tot het onderwerp beëindiging van de overeenkomst gaan de Algemene Voorwaarden … voor op de GIBIT")', () => {
    const r = contract(`${nl}2.1 Op deze overeenkomst zijn van toepassing de Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT).\n2.2 Met betrekking tot het onderwerp beëindiging van de overeenkomst gaan de Algemene Voorwaarden AppVeld 2023 voor op de GIBIT. Op alle overige onderwerpen gaan de GIBIT voor op de Algemene Voorwaarden AppVeld 2023.\n`);
    expect(r.standards[0]!.disapplied).toBeNull();
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });

  it('disapplies standards "niet op deze overeenkomst van toepassing", and keeps them where only conflicting articles go ("Artikelen van de GIBIT die in strijd zijn met deze overeenkomst zijn niet van toepassing")', () => {
    const off = contract(`${nl}2.2 Partijen zijn overeengekomen dat de ARBIT 2018 en de GIBIT niet op deze overeenkomst van toepassing zijn.\n`);
    expect(off.standards.every((s) => !!s.disapplied)).toBe(true);
    const kept = contract(`${nl}1.1 Op deze overeenkomst zijn de GIBIT (versie 2023) van toepassing.\n1.2 Artikelen van de GIBIT die in strijd zijn met deze overeenkomst zijn niet van toepassing; in geval van strijd gaat deze overeenkomst voor.\n`);
    expect(kept.standards[0]!.disapplied).toBeNull();
    expect(kept.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('takes a party whose entry gives the law it is incorporated under ("a building society incorporated in England under the Building Societies Act 1986 … ("Society")")', () => {
    const r = contract('EXHIBIT 10.3\n\nPAYMENT PROCESSING SERVICES AGREEMENT\n\n(1) FENWICK PAYMENT SOLUTIONS LIMITED, a company incorporated in England and Wales, whose registered office is at 20 Gresham Street, London ("Supplier")\n\n(2) ASHGROVE BUILDING SOCIETY, a building society incorporated in England under the Building Societies Act 1986, whose principal office is at Ashgrove House, Leeds ("Society")\n\nPart 4 - Step-in\n4.1 If a Critical Service Failure occurs, the Society may, by notice, take over the performance of the affected Services itself or appoint a third party to do so.\n');
    expect(r.parties.customer).toEqual(['Society']);
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads the controller of a data processing agreement as the customer ("is Verwerkingsverantwoordelijke bevoegd de Overeenkomst … op te zeggen")', () => {
    const r = contract('VERWERKERSOVEREENKOMST\n\n11.2 Bij een wijziging in de Zeggenschap over Verwerker is Verwerkingsverantwoordelijke bevoegd de Overeenkomst met inbegrip van deze verwerkersovereenkomst met onmiddellijke ingang schriftelijk op te zeggen.\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('strikes an article whose old text an amendment quotes in full before its verb (\'Artikel 17 …, dat luidde: "17.1 … 17.2 …", komt … te vervallen\'), under a heading "Artikel I - Vervallen van artikel 17"', () => {
    const r = contract(`${nl}Artikel 16 Recht\n16.1 Nederlands recht is van toepassing.\n\nWIJZIGINGSOVEREENKOMST NR. 3\n\nArtikel I - Vervallen van artikel 17\n1. Artikel 17 van de Overeenkomst ("Wijziging van zeggenschap"), dat luidde:\n"17.1 Indien de zeggenschap over Opdrachtnemer wijzigt, meldt Opdrachtnemer dit onverwijld aan Opdrachtgever.\n17.2 Opdrachtgever is in dat geval gerechtigd de Overeenkomst met onmiddellijke ingang op te zeggen.",\nkomt met ingang van de datum van ondertekening van deze wijzigingsovereenkomst te vervallen.\n`);
    expect(r.amendments.flatMap((a) => a.deletes)).toContain('17');
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('strikes a recital that tells in the past tense what a deleted section provided ("WHEREAS, Section 15.3 of the Agreement provided that GSPD could terminate …")', () => {
    const r = contract(`${en}15. Termination\n15.1 Either party may terminate for material breach.\n15.3 [Reserved.]\n\n16. Notices\n16.1 Notices shall be in writing.\n\nAMENDMENT NO. 2\n\nWHEREAS, Section 15.3 of the Agreement provided that the Customer could terminate the Agreement upon a change of control of the Supplier;\n\nNOW, THEREFORE, the parties agree:\n1. Section 15.3 of the Agreement is deleted in its entirety and replaced with "[Reserved.]"\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('strikes a clause an amendment names by its heading in quotes (\'Het artikel "Broncodedepot" van de Overeenkomst vervalt\')', () => {
    const r = contract(`${nl}Artikel 6. Broncodedepot\n6.1 Opdrachtnemer deponeert de broncode van de firmware bij een onafhankelijke escrow-agent; de broncode wordt aan Opdrachtgever afgegeven bij faillissement van Opdrachtnemer.\nArtikel 7. Duur\nDe Overeenkomst eindigt op 30 september 2028.\n\nWIJZIGINGSOVEREENKOMST NR. 1\n1. Het artikel "Broncodedepot" van de Overeenkomst vervalt met ingang van 1 december 2023.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('switches nothing off by a row answered per lot ("8 Escrow | ja | nee | ja")', () => {
    const r = contract(`${nl}Artikel 2. Bijlagen per perceel\nBijlage | Perceel 1 | Perceel 2 | Perceel 4\n8 Escrow | ja | nee | ja\n\nArtikel 5. Escrow\n5.1 Opdrachtnemer deponeert de broncode van de maatwerkprogrammatuur bij een onafhankelijke escrow-agent ten behoeve van Opdrachtgever.\n`);
    expect(r.switchedOff).toEqual([]);
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('reads a tender questionnaire\'s requirement answered no at its line\'s end, or a question answered by a ticked no, as not agreed', () => {
    const r = contract(`${nl}HOOFDSTUK 2 - EISEN\nE-11     Leverancier beschikt over een geaccrediteerd laboratorium   Voldoet\nE-12     Leverancier deponeert de broncode van de meetdata-          Voldoet niet\n         applicatie bij een escrow-agent.\nW-03 Vraag: Is Opdrachtnemer bereid dat Opdrachtgever bij structureel uitblijven van metingen de metingen door een ander bureau laat uitvoeren voor rekening van Opdrachtnemer?\nAntwoord: [ ] Ja [X] Nee\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    const yes = contract(`${nl}E-12     Leverancier deponeert de broncode van de applicatie bij een escrow-agent.     Voldoet\n`);
    expect(yes.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('reads a plain-text table aligned with spaces as rows ("Termination for convenience      Not applicable")', () => {
    const r = contract(`${en}KEY TERMS\n\nNo.   Item                            Particulars\n9     Termination for convenience     Not applicable\n12    Governing Law                   State of Georgia\n\n3. Termination\n3.1 The Customer may terminate this Agreement for convenience at any time on thirty days' written notice.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.facts.governingLaw).toBe('Georgia');
  });

  it('reads a denial that spans the two sentences stating a ground ("… geldt niet als overdracht in de zin van dit artikel. Zij … geeft de Gemeente geen recht de overeenkomst te beëindigen")', () => {
    const r = contract(`${nl}Artikel 5. Overdracht\n5.1 Leverancier kan de overeenkomst niet zonder voorafgaande schriftelijke toestemming van de Gemeente overdragen aan een derde.\n5.2 Een overdracht van aandelen in Leverancier of in de moedermaatschappij van Leverancier geldt niet als overdracht in de zin van dit artikel. Zij behoeft geen toestemming van de Gemeente en geeft de Gemeente geen recht de overeenkomst te beëindigen.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('drops an article-wide finding one of whose parts an amendment struck ("12.4 If Vantor is acquired …" deleted by Amendment No. 1; set 244\'s file)', () => {
    const text = readFileSync(new URL('../eval/corpus/heldout244/ho244-011.txt', import.meta.url), 'utf8');
    const r = contract(text);
    expect(r.amendments.flatMap((a) => a.deletes)).toContain('12.4');
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('takes no law a contract rules out ("The law of Ontario shall not apply, notwithstanding …")', () => {
    const r = contract(`${en}7. Governing law and jurisdiction\nThis TSA is governed by Dutch law. The competent court in Utrecht shall have exclusive jurisdiction. The law of Ontario shall not apply, notwithstanding the nationality of the Supplier's parent company.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('reads "een partij die geen Europese Partij is" as an acquirer outside the EU, and a takeover from anywhere that "shall not entitle" as no non-EU right', () => {
    const yes = contract(`${nl}Artikel 17 Soevereiniteit\n17.3 Indien de Zeggenschap over Leverancier direct of indirect komt te berusten bij een partij die geen Europese Partij is, is Opdrachtgever gerechtigd de Raamovereenkomst met onmiddellijke ingang op te zeggen.\n`);
    expect(yes.clauses['non-eu-control']!.present).toBe(true);
    const no = contract(`${en}7. Control\n7.3 For the avoidance of doubt, any change of Control of the Supplier or of any of its holding companies, whether by a person established within or outside the European Union, shall not entitle the Customer to terminate this Agreement.\n`);
    expect(no.clauses['non-eu-control']!.present).toBe(false);
  });

  it('keeps the consent a takeover needs when a proviso lets something else through ("… by operation of law, merger or change of control, without the prior written consent …, provided that either party may assign … to an Affiliate")', () => {
    const r = contract('LICENSE AGREEMENT\n\nThis Agreement is between Acme Inc. ("Licensor") and Beta Corp. ("Licensee").\n\n8.1 Neither party may assign or transfer this Agreement, whether by operation of law, merger or change of control, without the prior written consent of the other party, provided that either party may assign this Agreement without consent to an Affiliate.\n');
    expect(r.clauses['change-of-control']!.present).toBe(true);
    const through = contract('LICENSE AGREEMENT\n\nThis Agreement is between Acme Inc. ("Licensor") and Beta Corp. ("Licensee").\n\n8.1 Neither party may assign this Agreement, by merger or otherwise, without the prior written consent of the other party; provided that either party may assign this Agreement without consent to a successor to all of its business by merger.\n');
    expect(through.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('definitions, headings, template remnants and amendments of sets 252–267', () => {
  it('gives an acronym the kind of the words that spell it: "a Hosting Services Agreement dated …, as amended by Amendment No. 2 … (the "HSA")" is the contract', () => {
    const r = contract(
      `${en}Recitals\nThe Supplier hosts the Customer's systems under a Hosting Services Agreement dated as of January 1, 2007, as amended by Amendment No. 1 dated as of March 31, 2008 (the "HSA").\n\n6. Assignment. Neither party may assign the HSA without the prior written consent of the other party.\n`,
    );
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    // An acronym whose initials no words spell stays a bare name.
    const bare = contract(`${en}Recitals\nThe Supplier hosts the Customer's systems (the "PQX").\n\n6. Assignment. Neither party may assign the PQX without the prior written consent of the other party.\n`);
    expect(bare.clauses['anti-assignment']!.present).toBe(false);
  });

  it('reads an unquoted definition at a line\'s start ("Restructure Event means the Licensor merging or amalgamating with …")', () => {
    const r = contract(
      `${en}1. Definitions\nRestructure Event means the Supplier merging or amalgamating with, or being demerged into, any other body corporate.\n\n5. Support\n5.2 The Customer may terminate the Support Services by 60 days' notice to the Supplier if a Restructure Event occurs.\n`,
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it("grants nothing from an article's heading alone when a part under it is struck (\"16. TERMINATION FOR CONVENIENCE AND CHANGE OF CONTROL\" over \"16.2 [Deleted]\")", () => {
    const r = contract(
      `${en}16. TERMINATION FOR CONVENIENCE AND CHANGE OF CONTROL\n\n16.1 The Customer may terminate this agreement at any time for its convenience by giving not less than 60 Business Days' notice to the Supplier.\n\n16.2 [Deleted - see Deed of Variation No. 1]\n\n17. DISENGAGEMENT\n\n17.1 The Supplier must provide the Disengagement Services.\n`,
    );
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('strikes the article a clause\'s verb names, not one a phrase before it refers to ("In ruil voor de korting bedoeld in artikel 8.1 vervalt artikel 2.2")', () => {
    const r = contract(
      `${nl}Artikel 2 Looptijd\n2.2 Opdrachtgever kan de Overeenkomst te allen tijde geheel of gedeeltelijk opzeggen met inachtneming van een opzegtermijn van drie maanden.\n\nArtikel 8 Addendum nr. 1\n8.1 Opdrachtnemer verleent een korting van 12% op de maandtarieven.\n8.2 In ruil voor de korting bedoeld in artikel 8.1 vervalt artikel 2.2 van de Overeenkomst.\n`,
    );
    expect(r.amendments.map((a) => a.deletes)).toEqual([['2.2']]);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('strikes an article an amendment replaces with a marker of its deletion (\'replaced with the following: "12.4 [Reserved]."\')', () => {
    const r = contract(`${en}3. Section 12.4 of the Agreement (Termination upon Change of Control) is hereby deleted in its entirety and replaced with the following: "12.4 [Reserved]."\n`);
    expect(r.amendments[0]!.deletionOnly).toBe(true);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it("reads a template's drafting notes and the options not chosen as no text of the contract", () => {
    const r = contract(
      `${nl}Artikel 1 Toepasselijke voorwaarden\n1.1 De ARBIT-2022 zijn van toepassing met uitzondering van de artikelen over broncode en escrow.\n[Toelichting: vermeld hier eventuele uitzonderingen op de ARBIT. Indien geen uitzonderingen gelden: "zonder uitzonderingen".]\n\nArtikel 2 Looptijd\n2.1 De Overeenkomst heeft een looptijd van vier jaar.\n2.4 [Optioneel – niet gekozen] Opdrachtgever is gerechtigd de Overeenkomst tussentijds op te zeggen met inachtneming van een opzegtermijn van drie maanden.\n\nArtikel 6 Broncode\n6.1 [Optie: Opdrachtnemer deponeert de broncode bij een escrow-agent.]\n6.2 Gekozen: niet van toepassing.\n\nArtikel 7 In de plaats treden\n7.1 Indien Opdrachtnemer een storing niet binnen vier uur oplost, is Opdrachtgever bevoegd zelf of door een derde in de plaats van Opdrachtnemer te treden.\n`,
    );
    expect(r.standards.map((s) => s.standard)).toEqual(['ARBIT-2022']);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    // ARBIT-2022's own termination right is inherited; the option not chosen adds nothing of its own.
    expect(r.clauses['termination-for-convenience']!.evidence.map((e) => e.rule)).toEqual(['standard-terms/arbit-2022']);
    // "Artikel 7 In de plaats treden" is an article's heading of its own, so "Gekozen: niet van toepassing" in article 6
    // does not reach it.
    expect(r.clauses['step-in']!.evidence.some((e) => e.rule.startsWith('step-in/'))).toBe(true);
  });

  it('reads a step-in right "then" exercised after the event the clause before names ("De Autoriteit mag vervolgens zelf …")', () => {
    const r = contract(
      `${nl}Artikel 5 Recht van tussenkomst\n5.1 Indien Opdrachtnemer tekortschiet in de nakoming van zijn verplichtingen, kan Opdrachtgever Opdrachtnemer schriftelijk mededelen dat zij voornemens is in te grijpen.\n5.2 Opdrachtgever mag vervolgens zelf, of door een door haar aangewezen derde, de betrokken Diensten uitvoeren of doen uitvoeren.\n`,
    );
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('reads a takeover defined as a legal act ("Overname: iedere rechtshandeling … waardoor een derde meer dan de helft van de aandelen verkrijgt")', () => {
    const r = contract(
      `${nl}Artikel 1 Definities\n1.2 Overname: iedere rechtshandeling of reeks samenhangende rechtshandelingen waardoor een derde, alleen of samen met anderen, direct of indirect meer dan de helft van de aandelen of stemrechten in Opdrachtnemer verkrijgt.\n\nArtikel 5 Overname van Opdrachtnemer\n5.2 Opdrachtgever is bevoegd de Overeenkomst met onmiddellijke ingang te ontbinden indien een Overname plaatsvindt.\n`,
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads items numbered "(1)", "(2)", "(3)" with their lead-in, run on or on lines of their own', () => {
    const lead = `${en}Article 7 (Termination)\n1. The Customer may cancel this Agreement by written notice if:\n`;
    for (const items of [
      '(1) the Supplier breaches this Agreement and fails to cure within thirty (30) days after\nnotice; (2) the Supplier becomes subject to bankruptcy proceedings; or (3) a third party\nacquires shares carrying one-third (1/3) or more of the voting rights in the Supplier.\n',
      '(1) the Supplier breaches this Agreement;\n(2) the Supplier becomes subject to bankruptcy proceedings; or\n(3) a third party acquires shares carrying one-third (1/3) or more of the voting rights in the Supplier.\n',
    ]) {
      expect(contract(`${lead}${items}`).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    }
  });

  it('knows a translation\'s parties named "CONTRACTING PARTY" and "CONTRACTOR" in the preamble, and ends the preamble at "CLAUSE ONE"', () => {
    const r = contract(
      'By this private instrument, the parties below:\n\nCERRADO AGROINDUSTRIAL S.A., headquartered in the City of Goiânia, hereinafter referred to as "CONTRACTING PARTY";\n\nand\n\nJIANGSU HENGTAI CROP SCIENCE CO., LTD., headquartered in Nantong, hereinafter referred to as "CONTRACTOR";\n\nhave agreed as follows:\n\nCLAUSE ONE — PURPOSE\n\n1.1. The purpose of this Agreement is the supply of products registered with the Brazilian Ministry of Agriculture (MAPA).\n\nCLAUSE SIX — RESCISSION\n\n6.1. This Agreement may be rescinded by the CONTRACTING PARTY, by simple written notice, in the following events:\n(i) breach by the CONTRACTOR of any obligation hereunder;\n(ii) transfer, directly or indirectly, of the shareholding control of the CONTRACTOR to any third party, without the prior written consent of the CONTRACTING PARTY.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['CONTRACTING PARTY'], supplier: ['CONTRACTOR'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('carves the subject out of standard terms with "het bepaalde in de ARBIT-2018 omtrent …"', () => {
    const r = contract(
      `${nl}Toepasselijke voorwaarden. — Op deze overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2018 (ARBIT-2018) van toepassing, met dien verstande dat het bepaalde in de ARBIT-2018 omtrent het in depot geven van de broncode op deze overeenkomst niet van toepassing is.\n`,
    );
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', disapplied: null });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it("goes on with a list after an item's own further sentences (\"(1) … As used herein … ; or (2) …\")", () => {
    const r = contract(
      'LICENSE AGREEMENT\n\nThis Agreement is between Acme Inc. ("Licensor") and Beta Corp. ("Licensee").\n\n14.2 Termination.\n(b) Licensor may terminate this Agreement:\n\n(1) Upon ninety (90) days prior written notice if Licensee does not meet the Quota Amount for any year during the term hereof. As used herein, the term "Quota Amount" means $50,000 for each year of the term. If Licensor fails to deliver notice of termination within six (6) months, Licensor will be deemed to have waived such termination right in respect of such term; or\n\n(2) if Licensee merges with another entity or the majority of Licensee\'s issued and outstanding capital stock is acquired by a third party.\n',
    );
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('gives a party named by its short name the role a sentence of its own gives it ("SSC-Zuid is in deze overeenkomst Opdrachtgever …; Nexora is Leverancier.")', () => {
    const r = contract(
      'NADERE OVEREENKOMST\n\nTussen:\n\n(a) het Shared Service Centrum Zuid, gevestigd te Heerlen, hierna "SSC-Zuid";\n\n(b) Nexora B.V., statutair gevestigd te Eindhoven, hierna "Nexora".\n\nSSC-Zuid is in deze overeenkomst Opdrachtgever in de zin van de GIBIT; Nexora is Leverancier.\n\nArtikel 5 Zeggenschap\n5.1 Nexora meldt SSC-Zuid iedere overdracht van de meerderheid van de aandelen in Nexora.\n5.2 Na voltooiing van een transactie als bedoeld in 5.1 kan SSC-Zuid de nadere overeenkomst binnen zes maanden opzeggen.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['SSC-Zuid'], supplier: ['Nexora'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads a right in the passive with the customer as its agent ("termination … may be effected by the Authority", "kunnen … door Opdrachtgever zelf worden uitgevoerd")', () => {
    const r = contract(
      `${en}19. Change of control\n19.1 Any Change of Control of the Supplier shall be notified to the Customer in writing.\n19.2 Following a Change of Control of the Supplier, termination of this Contract may be effected by the Customer by written notice with immediate effect.\n\n27. Termination\n27.1 Termination of this Contract, in whole or in part, may be effected by the Customer at any time and for any reason by giving the Supplier not less than ninety (90) days' written notice.\n`,
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
    const nlr = contract(`${nl}Artikel 6 Herstel\n6.1 Indien Opdrachtnemer een verplichting niet binnen de Herstelperiode nakomt, kunnen de betreffende werkzaamheden door Opdrachtgever zelf worden uitgevoerd of door een door Opdrachtgever aan te wijzen derde worden uitgevoerd, voor rekening van Opdrachtnemer.\n`);
    expect(nlr.clauses['step-in']!.present).toBe(true);
  });

  it('reads "Onder "overname" wordt in dit artikel verstaan: …" as a definition', () => {
    const r = contract(
      `${nl}Artikel 6 Overname van Opdrachtnemer\n6.1 Onder "overname" wordt in dit artikel verstaan: de overdracht van meer dan vijftig procent van de aandelen in Opdrachtnemer.\n6.2 De Overeenkomst kan door Opdrachtgever geheel of gedeeltelijk buitengerechtelijk worden ontbonden indien een overname plaatsvindt.\n`,
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads a contract the same whatever contract the same thread read before it (a global expression kept its place)', async () => {
    const { scanPath } = await import('./support.js');
    const file = (name: string) => new URL(`../eval/corpus/${name}`, import.meta.url).pathname;
    const alone = await scanPath(file('heldout241/ho241-020.pdf'), rules, policy);
    await scanPath(file('heldout239/ho239-018.pdf'), rules, policy);
    const after = await scanPath(file('heldout241/ho241-020.pdf'), rules, policy);
    expect(alone.parties).toEqual({ customer: ['WCLC'], supplier: ['Flowdesk'], all: ['Flowdesk', 'WCLC'] });
    expect(after.parties).toEqual(alone.parties);
  });

  it('reads each item of a condition with the consequence after the last one ("If (a) …; (b) any person acquires more than 50% …; or (c) …, then the Customer may terminate")', () => {
    const r = contract(
      `${en}6.4 Ownership Changes. If (a) the Supplier is acquired by a Competitor; (b) any person or group acquires more than fifty percent (50%) of the voting power of the Supplier; or (c) the Supplier sells its bakery in Ames, Iowa, then the Customer may terminate this Agreement on ninety (90) days' written notice.\n`,
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('carves every subject of a list out of standard terms ("… inzake broncodedepot (escrow), inzake de bevoegdheid … zelf of door een derde …, en inzake exit … niet van toepassing")', () => {
    const r = contract(
      `${nl}Artikel 2 Toepasselijkheid van de ARBIT\n2.1 Op deze overeenkomst zijn de ARBIT-2018 van toepassing.\n2.2 Gelet op het karakter van het Platform zijn de bepalingen van de ARBIT-2018 inzake broncodedepot (escrow), inzake de bevoegdheid van Opdrachtgever om werkzaamheden zelf of door een derde te laten uitvoeren, en inzake exit en de daarmee samenhangende medewerkingsverplichtingen van Opdrachtnemer niet van toepassing.\n`,
    );
    expect(r.standards[0]!.excluded).toEqual(expect.arrayContaining(['32', '47', '58.6', '76']));
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });
});

describe('roles, deletions and ending wordings of sets 276–291', () => {
  it('reads the party above a subcontractor as the buyer, though its role word is "Contractor"', () => {
    const r = contract('SUBCONTRACT AGREEMENT\nTHIS SUBCONTRACT is made by and between NORTHGATE BUILDERS, INC., a Georgia corporation ("Contractor"), and RIVET STEEL, LLC, an Alabama limited liability company ("Subcontractor").\n\nARTICLE 1. WORK. Subcontractor shall furnish and erect the structural steel.\n');
    expect(r.parties).toMatchObject({ customer: ['Contractor'], supplier: ['Subcontractor'] });
  });

  it('reads an owner who engages a contractor as the customer, and its right to have defects corrected by separate contractors as step-in', () => {
    const r = contract('AGREEMENT BETWEEN OWNER AND CONTRACTOR\nBETWEEN the Owner:\nPinewood Offices, LLC\n\nand the Contractor:\nHallmark Builders, Inc.\n\n2.4 If the Contractor defaults or neglects to carry out the Work and fails within ten days after written notice to commence correction, the Owner may, without prejudice to other remedies, correct such deficiencies, either with its own forces or by separate contractors, and deduct the cost from payments due to the Contractor.\n');
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['step-in']!.to).toBe('customer');
  });

  it('strikes a letter\'s numbered point that a later letter says lapses ("Punt 3 van onze brief … (escrow) vervalt")', () => {
    const r = contract('GEMEENTE HEUVELRUG\nBeste mevrouw De Boer,\nHierbij gunnen wij u de opdracht onder de volgende voorwaarden:\n1. De website wordt opgeleverd uiterlijk 1 september.\n2. De prijs bedraagt € 40.000.\n3. Webbouw deponeert de broncode van de maatwerkmodules bij een escrow-agent.\n4. Op deze opdracht is Nederlands recht van toepassing.\n\nMet vriendelijke groet,\nJ. Jansen\n\n---\n\nBeste mevrouw De Boer,\nNa overleg gaan wij akkoord met uw kanttekening. In afwijking van onze brief geldt:\na. Op de overeenkomst zijn de NLdigital Voorwaarden van toepassing.\nb. Punt 3 van onze brief van 2 april (escrow) vervalt.\n');
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('carves out of standard terms only the subject the sentence names before "de bepalingen … daarover"', () => {
    const r = contract(`${nl}1.5 Op deze Overeenkomst is de ARBIT-2022 van toepassing, met uitzondering van de artikelen over het broncodedepot: een depot van de broncode wordt niet verlangd en de bepalingen in ARBIT-2022 daarover zijn niet van toepassing.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('reads what a letter of intent says a later agreement will hold as no right of this one, list and standard terms included', () => {
    const en1 = contract(`${en}4. Intended terms\nThe parties intend that the Definitive Agreement will, among other things:\n\n(a) provide for the deposit of the source code with an independent escrow agent;\n\n(b) allow the Customer to terminate if control of the Supplier passes to a third party.\n\n5. No assignment\nNeither party may assign this Letter.\n`);
    expect(en1.clauses['source-code-escrow']!.present).toBe(false);
    expect(en1.clauses['change-of-control']!.present).toBe(false);
    expect(en1.clauses['anti-assignment']!.present).toBe(true);
    const nl1 = contract(`${nl}3.2 Partijen beogen dat in de Realisatieovereenkomst de ARBIT-2022 van toepassing wordt verklaard, aangevuld met afspraken over een broncodedepot en een ontbindingsrecht van Opdrachtgever bij wijziging van de zeggenschap over Opdrachtnemer.\n`);
    expect(nl1.standards).toEqual([]);
    expect(nl1.clauses['change-of-control']!.present).toBe(false);
  });

  it('takes "de Dienst" as a party where it is short for the public body its entry names (a Sociale Dienst)', () => {
    const r = contract('Partijen\nI. Het openbaar lichaam Gemeenschappelijke Regeling Sociale Dienst Kempenland, gevestigd te Veldhoven,\nten deze vertegenwoordigd door de voorzitter, hierna: "de Dienst";\nII. Orvel Cloud B.V., gevestigd te Breda, hierna: "Orvel";\nverklaren te zijn overeengekomen:\nArtikel 1\nOrvel levert de clouddienst.\n');
    expect(r.parties).toMatchObject({ customer: ['de Dienst'], supplier: ['Orvel'] });
  });

  it('does not take a company\'s short name that holds "County" for a public body ("TRI-COUNTY FULFILLMENT, LLC … (\"Tri-County\")")', () => {
    const r = contract('This Agreement is made by and between:\n\n   MERIDIAN HEALTH PRODUCTS CORP., a Delaware corporation ("Meridian"); and\n\n   TRI-COUNTY FULFILLMENT, LLC, a Pennsylvania limited liability company ("Tri-County").\n\nTri-County shall provide the services. Meridian shall pay the fees.\n');
    expect(r.parties).toMatchObject({ customer: ['Meridian'], supplier: ['Tri-County'] });
  });

  it('strikes an article of a letter by a later letter whose heading stands over a salutation ("Aanvullende brief … | Geachte heer Smit,")', () => {
    const r = contract('GEMEENTE WESTERKOOG\nGunningsbrief\n\nArtikel 6 – Recht\nOp deze opdracht is Nederlands recht van toepassing.\nArtikel 7 – Indeplaatstreding\n1. Indien Opdrachtnemer storingen niet binnen twee werkdagen verhelpt, mag de Gemeente het herstel door een derde laten uitvoeren op kosten van Opdrachtnemer.\nMet vriendelijke groet,\nE. de Boer\nAanvullende brief d.d. 19 januari 2026 (na uw reactie van 12 januari 2026)\nGeachte heer Smit,\nPartijen komen overeen dat artikel 7 van de gunningsbrief van 5 januari 2026 (Indeplaatstreding) vervalt. In plaats daarvan plaatst Opdrachtnemer een vervangend apparaat.\n');
    expect(r.clauses['step-in']!.present).toBe(false);
  });

  it('does not read a subscriber\'s notice at the end of the subscription year, or its right to end on a price increase, as its termination for convenience', () => {
    const r = contract('Abonnementsovereenkomst\nUitgever: Rechtsbank Online B.V., Zwolle ("Rechtsbank")\nAbonnee: Gemeente Duinoord, Markt 1, Duinoord ("Abonnee")\n\n2.1 Abonnee kan het abonnement opzeggen tegen het einde van het lopende abonnementsjaar, met een opzegtermijn van twee maanden.\n2.2 Bij een prijsverhoging van meer dan 8% kan Abonnee het abonnement opzeggen tegen de datum waarop de verhoging ingaat.\n2.3 Rechtsbank is gerechtigd het abonnement op een module te allen tijde te beëindigen indien de uitgave van die module wordt gestaakt.\n');
    expect(r.parties).toMatchObject({ customer: ['Abonnee'], supplier: ['Rechtsbank'] });
    expect(r.clauses['termination-for-convenience']!.to).not.toBe('customer');
  });
});

describe('a clause library\'s variants per risk class (set 280)', () => {
  it('reads only the variants of the class the particulars choose, marked by an opener, by tags or in a heading', () => {
    const r = contract(`${nl}Contractblad\nRisicoklasse: laag\n\nArtikel 6 Tussentijdse opzegging\n(alleen van toepassing bij risicoklasse midden en hoog)\nOpdrachtgever kan de overeenkomst op ieder moment zonder opgave van redenen opzeggen met een opzegtermijn van drie maanden.\n\nArtikel 7 Broncode\n7.1 [H] Opdrachtnemer deponeert de broncode bij een escrow-agent.\n7.2 [L] [M] Opdrachtnemer is niet gehouden tot depot van de broncode.\n\nArtikel 8 Zeggenschap\nVariant laag (alleen van toepassing bij risicoklasse laag):\nOpdrachtnemer meldt een wijziging in de zeggenschap achteraf aan Opdrachtgever.\nVariant hoog (alleen van toepassing bij risicoklasse hoog):\nIndien de zeggenschap over Opdrachtnemer overgaat op een derde, kan Opdrachtgever de overeenkomst met onmiddellijke ingang opzeggen.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['change-of-control']!.grants).not.toBe('terminate');
  });

  it('takes the last class chosen (an addendum that changes it) and reads English categories and a variant heading', () => {
    const text = `${en}Schedule 1\nRisk Category: Category C\n\n4. CHANGE OF CONTROL (applies only to Categories B and C)\n4.1 The Customer may terminate this Agreement if a third party acquires control of the Supplier.\n\n6. SOURCE CODE ESCROW (applies only to Category C)\n6.1 The Supplier shall deposit the source code with an escrow agent.\n\nAmendment No. 1\n1. Schedule 1 is amended so that it reads: "Risk Category: Category B".\n`;
    const r = contract(text);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    // Without a class chosen, the marks change nothing.
    const none = contract(text.replace(/Risk Category: Category [BC]/g, 'Reference: ICT-2024'));
    expect(none.clauses['source-code-escrow']!.present).toBe(true);
  });
});

describe('readings of sets 292–299', () => {
  it('reads an item with its lead-in where a line break leaves the conjunction before it alone ("…Sprint;\\nand (b) itself perform …")', () => {
    const r = contract('This Agreement is made between the City of Ashford ("City") and Brightwire Inc. ("Contractor").\n\n6.1 If Contractor fails to perform any material obligation and does not cure such failure within ten (10) business days after written notice, City may, in addition to any other remedy, (a) withhold payment for the affected Sprint;\nand (b) itself perform, or engage another contractor to perform, the affected work, in which case Contractor shall reimburse City for all costs.\n');
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('strikes an article quoted in a recital "met de volgende tekst" where the agreement strikes that article', () => {
    const r = contract(`${nl}overwegende dat:\n- het ontwerp van de overeenkomst een artikel 8 bevatte met de volgende tekst: "Indien de zeggenschap over Opdrachtnemer overgaat op een derde, kan Opdrachtgever de overeenkomst met onmiddellijke ingang opzeggen.";\n- Opdrachtnemer geen aandeelhouders heeft;\n\nkomen overeen:\n1. Artikel 8 van de overeenkomst vervalt in zijn geheel.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 300–307', () => {
  it('carves out of ARBIT-2022 only the provision a sentence describes after a colon, or says "daarover"', () => {
    const r = contract(`${en}2.1 ARBIT-2022 applies to this Agreement.\n2.2 The following provision of ARBIT-2022 does not apply: the Customer's right to terminate the Agreement for convenience.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
    const nl1 = contract(`${nl}1.2 Op deze overeenkomst is de ARBIT-2022 van toepassing. Een depot van de broncode wordt niet verlangd; het bepaalde in de ARBIT-2022 daarover is uitdrukkelijk uitgesloten.\n`);
    expect(nl1.clauses['source-code-escrow']!.present).toBe(false);
    expect(nl1.clauses['change-of-control']!.present).toBe(true);
  });
});

describe('readings of sets 308–315', () => {
  it('parties called by short names the preamble never defines: the entry\'s own name, a company\'s first word, an acronym of the body', () => {
    const r = contract(
      'OVEREENKOMST ZAAKSYSTEEM\nGemeente Hoogeveld, gevestigd aan de Markt 10 te Hoogeveld, hierna ook "Licentienemer", en Ambrosia Zaaksysteem B.V., gevestigd te Zwolle, komen het volgende overeen.\n' +
        '1. Dienstverlening\n1.1 Ambrosia levert het zaaksysteem en onderhoudt het.\n' +
        '2. Wijziging van zeggenschap bij Ambrosia\n2.1 Ambrosia informeert Gemeente Hoogeveld vooraf over elke overdracht van aandelen waardoor de zeggenschap over Ambrosia overgaat op een derde.\n' +
        '2.2 Gemeente Hoogeveld heeft het recht de overeenkomst binnen drie maanden na de voltooiing van de transactie te beëindigen.\n',
    );
    expect(r.parties!.customer).toContain('Gemeente Hoogeveld');
    expect(r.parties!.supplier).toEqual(['Ambrosia']);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    const en2 = contract(
      'Parties:\n(A) Omgevingsdienst Noordkust, a public body with its seat in Den Helder ("Licensee"); and\n(B) Helix Geodata B.V., a private limited company with its registered office in Delft.\n1. Definitions\n1.1 Terms have the meaning given in Schedule 1.\n' +
        '8.1 Helix shall notify ODNK if any person acquires more than fifty percent of the shares in Helix.\n8.2 ODNK may, within four months after such notice, terminate this Agreement.\n',
    );
    expect(en2.parties!.customer).toContain('ODNK');
    expect(en2.parties!.supplier).toContain('Helix');
    expect(en2.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // A side whose names the body uses gets no short name: "Opdrachtnemer" stays the only supplier.
    const used = contract(`${nl}1.1 Opdrachtnemer levert het zaaksysteem. Wolk levert ook de hosting. Wolk zorgt voor back-ups.\n`);
    expect(used.parties!.supplier).toEqual(['Opdrachtnemer']);
  });

  it("an annex's title alone grants nothing (\"SCHEDULE 6 – STEP-IN RIGHTS\" over \"Not used.\"), nor an annex list; a bracketed line ends its sentence", () => {
    const r = contract(`${en}Schedules:\nSchedule 5 – Software Escrow\nSchedule 6 – Step-In Rights\n\n1. Services\n1.1 The Supplier provides the Services.\n\nSCHEDULE 5 – SOFTWARE ESCROW\nNot used.\nSCHEDULE 6 – STEP-IN RIGHTS\n[To be agreed by the parties.]\n`);
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    const nl2 = contract(`${nl}1.1 De overeenkomst loopt vijf jaar.\n\nBijlage 3 – Exitplan\n[Wordt later vastgesteld – zie artikel 8.]\nBijlage 4 – Escrowovereenkomst\nNiet van toepassing.\n`);
    expect(nl2.clauses['source-code-escrow']!.present).toBe(false);
  });

  it("an annex whose body, under its own title and a blank line, opens \"Not used.\" is left out where the contract lists it as forming part", () => {
    const r = contract(`${en}1.2 The following Schedules form part of this Agreement: Schedule A – Services; Schedule B – Charges; Schedule C – Software Escrow.\n\n2. Services\n2.1 The Supplier provides the Services.\n\nSCHEDULE C – SOFTWARE ESCROW\n\nNot used. The parties have not agreed any deposit of source code for this Agreement.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    const nl2 = contract(`${nl}1.2 De volgende bijlagen maken deel uit van de Overeenkomst: Bijlage 1 – Dienstbeschrijving; Bijlage 2 – Escrowregeling.\n\n2. Diensten\n2.1 Opdrachtnemer levert de diensten.\n\nBijlage 2 – Escrowregeling\n\nGereserveerd. Partijen hebben geen depot van de broncode afgesproken.\n`);
    expect(nl2.clauses['source-code-escrow']!.present).toBe(false);
    // (A body that opens with the deposit itself still grants it.)
    const kept = contract(`${en}1.2 The following Schedules form part of this Agreement: Schedule A – Services; Schedule C – Software Escrow.\n\nSCHEDULE C – SOFTWARE ESCROW\n\nThe Supplier shall deposit the source code of the Software with an escrow agent and update the deposit with every release.\n`);
    expect(kept.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('"Neither party may assign …, whether by merger or by change of control, without the consent of the other party" is a strong change of control; by merger or asset sale alone it stays weak', () => {
    const r = contract(`${en}7.1 Neither party may assign this Agreement or any rights hereunder, whether voluntarily, by operation of law, by merger or by change of control, without the prior written consent of the other party.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const merger = contract(`${en}7.1 Neither party may assign this Agreement, whether by merger, sale of substantially all of its assets or otherwise, without the prior written consent of the other party.\n`);
    expect(merger.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('an annex a later document strikes is struck where it stands, though a table of contents lists it first', () => {
    const r = contract(`${nl}Inhoud\nArtikel 7. Escrow\nBijlage 3 Escrowregeling\n\nArtikel 7. Escrow\n7.1 Bijlage 3 is van toepassing.\n\nBijlage 3 – Escrowregeling\n3.1 Opdrachtnemer deponeert de broncode van de Applicatie bij Stichting Codekluis.\n\nEerste wijzigingsovereenkomst\nI. Bijlage 3 (Escrowregeling) vervalt met ingang van 1 april 2025 in haar geheel.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('a Nota van Inlichtingen answer "Antwoord: Nee." denies what its question asks for', () => {
    const r = contract(`${nl}1.1 De overeenkomst loopt drie jaar.\n\nBijlage A - Nota van Inlichtingen\nVraag 4: Bent u bereid een exitregeling met overdrachtsondersteuning aan een opvolgende leverancier op te nemen?\nAntwoord: Nee. Gelet op de aard van de dienst wordt geen exitregeling opgenomen.\n`);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });

  it('"wordt beheerst door de GIBIT 2019" declares the GIBIT; "De betreffende bepalingen van de GIBIT" carves out the subjects the sentence before names', () => {
    const r = contract(`${nl}1.1 Deze overeenkomst wordt beheerst door de GIBIT 2019, die als bijlage I is bijgevoegd.\n`);
    expect(r.standards.map((s) => s.standard)).toEqual(['GIBIT']);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    const carved = contract(`${nl}3.1 Op deze opdracht zijn de GIBIT 2016 van toepassing.\n3.2 In afwijking van 3.1 zijn voor wat betreft de duur, de beëindiging van de opdracht en de gevolgen van de beëindiging uitsluitend de Algemene Voorwaarden van Opdrachtnemer van toepassing. De betreffende bepalingen van de GIBIT 2016 zijn niet van toepassing.\n`);
    expect(carved.standards[0]).toMatchObject({ standard: 'GIBIT', disapplied: null });
    expect(carved.clauses['post-termination-services']!.present).toBe(false);
    expect(carved.facts.governingLaw).toBe('Netherlands');
  });

  it('an arrangement the parties may make later binds no one ("Partijen kunnen in onderling overleg een exitplan opstellen")', () => {
    const r = contract(`${nl}8.2 Partijen kunnen in onderling overleg een exitplan opstellen, dat als Bijlage D aan deze overeenkomst kan worden gehecht.\n7.1 Partijen kunnen in onderling overleg een escrowregeling uitwerken.\n`);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });
});

describe('readings of sets 316–323', () => {
  it('a redline export\'s "<<struck through: …>>" and a reviewer\'s "[Opmerking [DV3] …: …]" are no text of the contract; "<<added: …>>" is', () => {
    const r = contract(`${en}5.2 Either party may assign this Agreement to a successor <<struck through: with the prior written consent of the other party>> <<added: without the consent of the other party, upon written notice>>.\n6.1 The Supplier does not maintain a source code escrow. <<struck through: The Supplier shall deposit the source code with an escrow agent.>>\n`);
    expect(r.clauses['anti-assignment']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    const nl2 = contract(`${nl}4.2 Afgifte vindt plaats bij faillissement van Opdrachtnemer.\n\n      [Opmerking [DV3] D. Veenstra: Een wijziging van de zeggenschap als grond om de overeenkomst te ontbinden is niet marktconform.]\n`);
    expect(nl2.clauses['change-of-control']!.present).toBe(false);
  });

  it('two parties named only by company names: the company by its legal form supplies, the foundation or public body buys', () => {
    const r = contract('PARTIJEN\nStichting Zorggroep Lindehof, gevestigd te Emmen, vertegenwoordigd door de voorzitter raad van bestuur ("Lindehof");\nCareSuite Nederland B.V., gevestigd te Eindhoven, vertegenwoordigd door de directeur ("CareSuite").\n1. Dienst\n1.1 CareSuite stelt het dossier beschikbaar.\n3. Continuïteit\n3.1 Indien CareSuite een storing niet binnen de termijn herstelt, is Lindehof bevoegd de noodzakelijke werkzaamheden door een derde te laten uitvoeren of zelf uit te voeren, voor rekening van CareSuite.\n');
    expect(r.parties!.customer).toEqual(['Lindehof']);
    expect(r.parties!.supplier).toEqual(['CareSuite']);
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('a right that was ("the Town was entitled to terminate … at any time") is no termination for convenience now', () => {
    const r = contract(`${en}2.2 During the Pilot Period, the Customer was entitled to terminate the pilot arrangement at any time without cause on fifteen days' notice.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('an internal restructuring carved out of the trigger does not deny the right the article gives', () => {
    const r = contract(`${nl}1. Definities\n1.1 Zeggenschap: het kunnen uitoefenen van ten minste dertig procent van de stemrechten in de algemene vergadering van Opdrachtnemer.\n2. Zeggenschap\n2.1 Opdrachtnemer meldt iedere verwerving van Zeggenschap door een derde onverwijld schriftelijk aan Opdrachtgever.\n2.2 Opdrachtgever kan de overeenkomst in dat geval met onmiddellijke ingang buitengerechtelijk ontbinden, zonder tot schadevergoeding gehouden te zijn, mits de ontbindingsverklaring uiterlijk zes maanden na de melding wordt uitgebracht.\n2.3 Een interne herstructurering binnen het concern waartoe Opdrachtnemer behoort, waarbij de uiteindelijke zeggenschap niet wijzigt, geldt niet als verwerving van Zeggenschap.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
});

describe('readings of sets 324–331', () => {
  it('an item "(ii)" after a lead-in that holds "(i)" and the verb is read with it ("Licensor may terminate … if (i) …; or | (ii) Licensee undergoes a change in control")', () => {
    const r = contract(`${en}5.3 The Supplier may terminate this Agreement immediately upon written notice if (i) the Customer breaches Section 2 or Section 4; or (ii) the Customer undergoes a change in control, including any merger of the Customer with a competitor of the Supplier.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.verdict).toBe('partial');
  });

  it('"In afwijking van artikel 2 van de raamovereenkomst is ARBIT-2018 niet van toepassing op deze nadere overeenkomst" disapplies ARBIT: the article is the framework\'s', () => {
    const r = contract(`${nl}2.1 Op deze raamovereenkomst en op de nadere overeenkomsten zijn de ARBIT-2018 van toepassing.\nC. Voorwaarden. In afwijking van artikel 2 van de raamovereenkomst is ARBIT-2018 niet van toepassing op deze nadere overeenkomst.\n`);
    expect(r.standards[0]!.excluded).toEqual([]);
    expect(r.standards[0]!.disapplied).toMatch(/niet van toepassing/);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 332–355', () => {
  const bilingual = (prevails: string, article4: string) =>
    'Article 1 – Parties / Artikel 1 – Partijen\n1.1\n  EN: This Agreement is made between Scheldemond Terminal B.V. ("Customer") and Brightline Analytics Inc. ("Provider").\n  NL: Deze Overeenkomst wordt gesloten tussen Scheldemond Terminal B.V. ("Klant") en Brightline Analytics Inc. ("Dienstverlener").\n\n' +
    `Article 4 – Change of control / Artikel 4 – Wijziging van zeggenschap\n${article4}\n\n` +
    `Article 7 – Language / Artikel 7 – Taal\n7.1\n${prevails}\n`;

  it('a bilingual contract whose English text alone binds ("the Dutch text is a courtesy translation") reads no right its Dutch text alone gives', () => {
    const dutchOnly =
      '4.1\n  EN: Provider shall inform Customer in writing of any change in the control of Provider.\n  NL: Dienstverlener informeert Klant schriftelijk over iedere wijziging in de zeggenschap over Dienstverlener. Klant is in dat geval bevoegd de Overeenkomst met onmiddellijke ingang te ontbinden.';
    const only = '  EN: Only the English text is binding; the Dutch text is a courtesy translation.\n  NL: Alleen de Engelse tekst is bindend; de Nederlandse tekst is een vertaling ter informatie.';
    expect(contract(bilingual(only, dutchOnly)).clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    // Said to prevail but for an exception, the English still rules ("… except where GIBIT is quoted, in which case the
    // Dutch text of GIBIT governs").
    const except = '  EN: The English version shall prevail in case of any discrepancy, except where GIBIT is quoted, in which case the Dutch text of GIBIT governs.';
    expect(contract(bilingual(except, dutchOnly)).clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    // With the Dutch text prevailing, its right holds.
    const dutch = '  EN: The Dutch text shall prevail.\n  NL: De Nederlandse tekst heeft voorrang.';
    expect(contract(bilingual(dutch, dutchOnly)).clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('an article given once per language, one after the other ("Artikel 5. Einde" / "[EN] Article 5. End"), is one article: the version that does not prevail yields', () => {
    const r = contract(
      'Artikel 1. Partijen\n  1. Gemeente Berghorst ("Klant") en ParkeerSlim B.V. ("Leverancier").\n[EN] Article 1. Parties\n  1. The Municipality of Berghorst ("Customer") and ParkeerSlim B.V. ("Supplier").\n\n' +
        'Artikel 5. Einde\n  1. Na het einde van de overeenkomst verwijdert Leverancier alle gegevens van Klant binnen drie maanden.\n' +
        '[EN] Article 5. End\n  1. After the end of the agreement the Supplier shall delete all data of the Customer within three months. The Supplier shall also provide reasonable transition assistance to a successor supplier for up to three months.\n\n' +
        'Artikel 7. Taal\n  1. Deze overeenkomst is in het Nederlands en het Engels opgesteld; de Nederlandse versie heeft voorrang.\n[EN] Article 7. Language\n  1. This agreement is drawn up in Dutch and English; the Dutch version takes precedence.\n',
    );
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });

  it('a contract given whole in English, then whole in Dutch, with "the English version shall prevail over the Dutch version": the Dutch articles yield', () => {
    const en = (prevails: string) =>
      `This Agreement is made between Stichting Zorggroep Hoogland ("the Client") and Corrib Cloud Operations Ltd ("the Provider").\n\n1. Language\n1.1 This Agreement is executed in English and Dutch. ${prevails}\n\n` +
      '2. Services\n2.1 The Provider shall provide monitoring and service desk support.\n\n3. Term\n3.1 This Agreement runs for three years.\n\n' +
      '4. Change of Control\n4.1 A change in the ownership or control of either party shall not affect the validity of this Agreement.\n\n';
    const nl =
      '1. Taal\n1.1 Deze Overeenkomst wordt in het Engels en het Nederlands aangegaan.\n\n2. Diensten\n2.1 Dienstverlener verleent monitoring en ondersteuning via de servicedesk.\n\n3. Looptijd\n3.1 Deze Overeenkomst loopt drie jaar.\n\n' +
      '4. Wijziging van zeggenschap\n4.1 Indien de zeggenschap over Dienstverlener wijzigt, is Opdrachtgever gerechtigd de Overeenkomst met onmiddellijke ingang schriftelijk op te zeggen.\n';
    expect(contract(en('The English version shall prevail over the Dutch version in the event of any inconsistency.') + nl).clauses['change-of-control']!.present).toBe(false);
    // With the Dutch version prevailing, its right holds.
    expect(contract(en('The Dutch version shall prevail over the English version in the event of any inconsistency.') + nl).clauses['change-of-control']!.present).toBe(true);
    // An annex in Dutch numbered from 1 is no version of the English contract, though its own Dutch text prevails.
    const annexed =
      'This Agreement is made between the State of the Netherlands ("the Client") and Polyglossa GmbH ("the Contractor").\n\n1. Services\n1.1 The Contractor shall provide translation and interpreting services to the Client through its online platform, as described in the tender.\n\n2. Term\n2.1 This Agreement enters into force on the date of signature and runs for a period of three years.\n\n' +
      "3. Prices\n3.1 Prices are set out in Annex 1.\n\n4. Assignment\n4.1 The Contractor shall not assign this Agreement without the Client's prior written consent.\n\n5. Law\n5.1 Dutch law applies.\n\n6. Processing\n6.1 The processing agreement in Annex 2 applies.\n\n7. Precedence\n7.1 This Agreement prevails over its annexes.\n\n" +
      'Annex 2 – Verwerkersovereenkomst\n\n1. Taal\n1.1 Bij strijdigheid tussen vertalingen prevaleert de Nederlandse tekst van deze verwerkersovereenkomst.\n\n2. Onderwerp\n2.1 Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de verwerkingsverantwoordelijke en niet voor eigen doeleinden.\n\n3. Beveiliging\n3.1 Verwerker treft passende maatregelen.\n\n4. Einde\n4.1 Na het einde van de overeenkomst vernietigt Verwerker alle persoonsgegevens en verstrekt hij daarvan een schriftelijke verklaring.\n';
    expect(contract(annexed).clauses['anti-assignment']!.present).toBe(true);
  });

  it('an amendment set before the contract strikes the article it replaces further on, but not the new text it quotes', () => {
    const r = contract(
      `${nl}DEEL A – VERLENGINGSADDENDUM\nA.1 De Overeenkomst wordt verlengd tot en met 3 april 2026.\nA.2 Artikel 15.2 van de Overeenkomst komt te luiden:\n"15.2 Na het einde van de Overeenkomst verwijdert Opdrachtnemer alle gegevens van Opdrachtgever."\nA.3 Artikel 7 van de Overeenkomst wordt vervangen door:\n"Artikel 7 Overdracht\nOpdrachtnemer kan de rechten en verplichtingen uit de Overeenkomst niet zonder voorafgaande schriftelijke toestemming van Opdrachtgever aan een derde overdragen."\n\n` +
        'DEEL B – OVEREENKOMST\nArtikel 7 Overdracht\n7.1 Opdrachtnemer mag de Overeenkomst overdragen aan een groepsmaatschappij.\nArtikel 15 Einde\n15.1 De Overeenkomst eindigt op 3 april 2024.\n15.2 Na het einde van de Overeenkomst levert Opdrachtnemer alle gegevens kosteloos aan Opdrachtgever in een gangbaar formaat en verleent zij zes maanden medewerking aan de migratie naar een opvolgend systeem.\n',
    );
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('"Onverminderd de ARBIT-2022 … zijn de Allgemeine Geschäftsbedingungen niet van toepassing" keeps ARBIT; "de verwijzing naar de ARBIT geldt niet" disapplies it', () => {
    const kept = contract(`${nl}1.1 Op deze overeenkomst zijn de ARBIT-2022 van toepassing.\n7.4 Onverminderd de ARBIT-2022 verklaren Partijen dat de Allgemeine Geschäftsbedingungen van Opdrachtnemer niet van toepassing zijn.\n`);
    expect(kept.standards[0]!.disapplied).toBeNull();
    expect(kept.clauses['change-of-control']!.present).toBe(true);
    const gone = contract(`${nl}1.1 De Oorspronkelijke Overeenkomst verwees naar de ARBIT-2022. Andere bepalingen van de Oorspronkelijke Overeenkomst, waaronder de verwijzing naar de ARBIT, gelden niet voor deze verlenging.\n`);
    expect(gone.clauses['change-of-control']!.present).toBe(false);
  });

  it('a right on a takeover waived ("doet afstand van ieder recht om … te ontbinden … op grond van een … wijziging van de zeggenschap") or said to give neither party a ground is no change of control', () => {
    const waived = contract(`${nl}7. Beëindiging\n7.1 Opdrachtgever is bevoegd de Overeenkomst te ontbinden, indien:\na. Opdrachtnemer failliet wordt verklaard;\nb. Opdrachtnemer tekortschiet.\n7.2 Opdrachtgever doet afstand van ieder recht om de Overeenkomst te ontbinden of op te zeggen op grond van een huidige of toekomstige wijziging van de zeggenschap over Opdrachtnemer.\n`);
    expect(waived.clauses['change-of-control']!.present).toBe(false);
    const noGround = contract(`${nl}7. Partijen stellen vast dat een overdracht van aandelen in Opdrachtnemer of een andere wijziging in de zeggenschap over Opdrachtnemer het contract onverlet laat en voor geen van beide partijen een grond oplevert voor opzegging of ontbinding.\n`);
    expect(noGround.clauses['change-of-control']!.present).toBe(false);
  });

  it('plain words: "we\'ll tell you" of a takeover, an account kept open after the end, another party brought in to fix what we do not, "transfer it"', () => {
    const we = 'This order is between Grantwell Software Ltd ("we", "us") and The Halden Foundation ("you").\n\n';
    expect(contract(`${we}4. If we are bought by, or merge with, another company, or if someone acquires control of Grantwell, we'll tell you within 30 days.\n`).clauses['change-of-control']!.present).toBe(true);
    expect(contract(`${we}C. For 30 days after termination or expiry we'll keep your account open in export-only mode so that you can download all your records as CSV.\n`).clauses['post-termination-services']!.present).toBe(true);
    const r = contract(`${we}7. Can either of us pass this agreement on? We may transfer this agreement to any company in our group or to anyone who buys our business; we'll let you know when we do. You need our written consent to transfer it to anyone else.\n`);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    const wij = 'Tussen Stichting KPO De Linge, hierna: "jullie", en Ouderportaal B.V., hierna: "wij", is overeengekomen:\n\n';
    expect(contract(`${wij}4.3 Lossen wij een storing niet binnen vijf schooldagen op, dan mogen jullie een andere partij inschakelen om het probleem op te lossen. De redelijke kosten daarvan betalen wij.\n`).clauses['step-in']!.present).toBe(true);
  });

  it('an answer read with its question that carves a provision out of ARBIT grants nothing ("4. Welke voorwaarden gelden? … met uitzondering van de bepaling over ontbinding bij een wijziging in de zeggenschap")', () => {
    const r = contract(`${nl}4. Welke voorwaarden gelden? Op deze opdracht zijn de ARBIT-2022 van toepassing, met uitzondering van de bepaling over ontbinding bij een wijziging in de zeggenschap over de leverancier.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('parties under neutral labels ("Partij 1: … B.V." / "Partij 2: de gemeente …") take their roles from their entries; ending a single service at any time is termination for convenience', () => {
    const r = contract(
      'Overeenkomst Housing en Hosting\nPartij 1: Datacentrum Delta B.V. – Partij 2: Gemeente Vlietmonde\nDe ondergetekenden:\nPartij 1: Datacentrum Delta B.V., gevestigd te Barendrecht, vertegenwoordigd door de heer M. Verschoor;\nPartij 2: de gemeente Vlietmonde, gevestigd te Vlietmonde, vertegenwoordigd door de burgemeester;\nkomen het volgende overeen:\n\n' +
        '6.1 Voert Partij 1 de Diensten niet naar behoren uit, dan is Partij 2 gerechtigd de werkzaamheden zelf of door een derde te laten uitvoeren op kosten van Partij 1.\n' +
        '7.1 Partij 2 kan de afname van een afzonderlijke dienst te allen tijde beëindigen, zonder dat daarvoor een reden behoeft te worden opgegeven.\n',
    );
    expect(r.parties).toMatchObject({ customer: ['Partij 2'], supplier: ['Partij 1'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    // A role word as the label, with no short name after the party's name: in a subcontract the contractor buys.
    const sub = contract('MECHANICAL SUBCONTRACT\n\nContractor: KESTREL HALE CONSTRUCTORS, LLC, a Texas limited liability company\nSubcontractor: ORLANDI PIPING & MECHANICAL CORP., a Louisiana corporation\n\n1.1 Subcontractor shall perform the Work.\n8.1 If Subcontractor fails to cure a default within five days after notice, Contractor may perform the affected Work itself or have it performed by another contractor, and Subcontractor shall pay the excess cost.\n');
    expect(sub.parties).toMatchObject({ customer: ['Contractor'], supplier: ['Subcontractor'] });
    // (The party named Subcontractor failing is no subcontracting of the supplier's: the contractor steps in.)
    expect(sub.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
    // The inverted condition names the same party: "Should Subcontractor … fail …, Contractor may … complete … through
    // other subcontractors".
    const inverted = contract('ELECTRICAL SUBCONTRACT\n\nThis Subcontract is made between Harlow Build Inc. ("Contractor") and Brightline Electric LLC ("Subcontractor").\n\n7. Should Subcontractor at any time fail to prosecute the Subcontract Work with diligence, Contractor may, after two days\' written notice, complete the Subcontract Work itself or through other subcontractors and deduct the cost from any amount due to Subcontractor.\n');
    expect(inverted.parties).toMatchObject({ customer: ['Contractor'], supplier: ['Subcontractor'] });
    expect(inverted.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('German roles (Auftraggeber, Auftragnehmer), Belgian "controle … in handen van" a party outside the EEA, a bestaande escrow ended', () => {
    const de = 'Zwischen dem Kreis Kleverland (hierna: "Auftraggeber" of "AG") en GrensLijn B.V. (hierna: "Auftragnehmer" of "AN") wordt overeengekomen:\n\n';
    expect(contract(`${de}7.1 Voert AN de diensten in belangrijke mate niet uit, dan kan AG na een schriftelijke aanmaning de diensten door een ander vervoerbedrijf laten uitvoeren. De meerkosten komen voor rekening van AN.\n`).clauses['step-in']!.present).toBe(true);
    const be = 'Tussen de Stad Brugsevelde, hierna "de Stad", en Verkeersdata Nederland B.V., hierna "de Leverancier", wordt overeengekomen:\n\n';
    expect(contract(`${be}7.2 Komt de controle over de Leverancier in handen van een rechtspersoon die zijn zetel heeft buiten de Europese Economische Ruimte, dan mag de Stad de overeenkomst beëindigen.\n`).clauses['non-eu-control']!.present).toBe(true);
    expect(contract(`${nl}A.2 Artikel 13 (Broncodedepot) van de Overeenkomst vervalt. De bestaande escrowovereenkomst met de depothouder wordt door Opdrachtnemer beëindigd.\n`).clauses['source-code-escrow']!.present).toBe(false);
  });
});

describe('readings of sets 356–363', () => {
  it('"Licensor will not deliver or escrow the source code" and an escrow exhibit "[Intentionally omitted.]" give no escrow', () => {
    expect(contract(`${en}7.1 Licensor will not deliver or escrow the source code of the Software.\n`).clauses['source-code-escrow']!.present).toBe(false);
    expect(contract(`${en}10.2 The Exhibits form part of this Agreement.\n\nEXHIBIT C - Source Code Escrow: [Intentionally omitted.]\n`).clauses['source-code-escrow']!.present).toBe(false);
    expect(contract(`${en}10.2 The Supplier shall deposit the source code of the Software with an independent escrow agent, to be released to the Customer on the Supplier's insolvency.\n`).clauses['source-code-escrow']!.present).toBe(true);
  });

  it('equipment and its papers handed back at the end are no data returned; an assignment let through "by giving written notice of the assignment" is no change of control', () => {
    expect(contract(`${nl}7.1 Na het einde van de raamovereenkomst retourneert Opdrachtnemer alle in zijn bezit zijnde apparatuur en gerubriceerde documentatie van Opdrachtgever.\n`).clauses['post-termination-services']!.present).toBe(false);
    expect(contract(`${en}5.01 Either party may assign this Agreement to an affiliate or to a purchaser of all or substantially all of its business by giving written notice of the assignment to the other party.\n`).clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 364–379', () => {
  it('reads a term defined for each of a list ("(each, a "Control Transaction")") where the next sentence uses it', () => {
    const r = contract(`${en}5.3 The Supplier shall give the Customer not less than thirty days' advance written notice of any proposed (a) sale or transfer of a controlling interest in the Supplier, (b) merger of the Supplier with another entity, or (c) sale of substantially all of the Supplier's assets (each, a "Control Transaction"). The Customer may terminate this Agreement by written notice given at any time before, or within one hundred eighty days after, the closing of a Control Transaction.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('names parties by short names that are words of their names ("Plan"), and a utility by the word its name opens with', () => {
    const plan = contract('PHARMACY BENEFIT MANAGEMENT SERVICES AGREEMENT\n\nThis Agreement is entered into by and between Harbor Ridge Health Plan, Inc., a New York not-for-profit corporation ("Plan"), and Clearwell Rx Solutions, LLC, a Delaware limited liability company ("PBM").\n\n1. PBM shall provide the Services. Plan shall pay the fees.\n');
    expect(plan.parties).toMatchObject({ customer: ['Plan'], supplier: ['PBM'] });
    const dvz = contract('RAAMOVEREENKOMST ONDERHOUD\n\nDrinkwaterbedrijf Veluwezoom N.V., gevestigd te Apeldoorn, hierna "DVZ",\n\nen\n\nElektrotechniek Ruitenberg & Zn. B.V., gevestigd te Ede, hierna "Ruitenberg",\n\nkomen het volgende overeen.\n\n5.1 Indien Ruitenberg een storing niet tijdig verhelpt, is DVZ gerechtigd de werkzaamheden door een derde te laten uitvoeren op kosten van Ruitenberg.\n');
    expect(dvz.parties).toMatchObject({ customer: ['DVZ'], supplier: ['Ruitenberg'] });
    expect(dvz.clauses['step-in']!.present).toBe(true);
  });

  it('lets a governance vote stand as convenience only where a party may also end the contract by notice', () => {
    const vote = 'This Agreement may be terminated at any time, without the payment of any penalty, upon sixty days\' written notice, by the vote of the Board of Directors of the Corporation';
    expect(contract(`${en}7(b) ${vote}.\n`).clauses['termination-for-convenience']!.present).toBe(false);
    expect(contract(`${en}7(b) ${vote} or by the Supplier.\n`).clauses['termination-for-convenience']!.present).toBe(true);
  });
});

describe('readings of sets 388–395', () => {
  it('numbers paragraphs that Word numbers anew under each article (4.1, 4.2), so that "Artikel 4.2 … is niet van toepassing" strikes the second', async () => {
    const lid = (text: string, instance: number) => new Paragraph({ text, numbering: { reference: 'lid', level: 0, instance } });
    const doc = new Document({
      numbering: { config: [{ reference: 'lid', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
      sections: [
        {
          children: [
            new Paragraph('RAAMOVEREENKOMST INHUUR'),
            new Paragraph('Omgevingsdienst Noord, hierna: "de Omgevingsdienst", en Inhuur B.V., hierna: "Opdrachtnemer".'),
            new Paragraph('Artikel 3 – Wijziging zeggenschap'),
            lid('Opdrachtnemer meldt iedere wijziging in de zeggenschap over haar onderneming onverwijld aan de Omgevingsdienst.', 1),
            lid('De Omgevingsdienst kan in dat geval de Raamovereenkomst met onmiddellijke ingang ontbinden.', 1),
            new Paragraph('Artikel 4 – Vervanging en uitvoering door derden'),
            lid('Bij uitval van een Professional stelt Opdrachtnemer binnen vijf werkdagen een gelijkwaardige vervanger beschikbaar.', 2),
            lid('Indien Opdrachtnemer daarin tekortschiet, mag de Omgevingsdienst de werkzaamheden door een derde laten uitvoeren; de meerkosten komen voor rekening van Opdrachtnemer.', 2),
            new Paragraph('Artikel 5 – Recht'),
            new Paragraph('Op deze Raamovereenkomst is Nederlands recht van toepassing.'),
            new Paragraph('NADERE OVEREENKOMST NO-7'),
            new Paragraph('1. Afwijkingen'),
            new Paragraph('Artikel 4.2 van de Raamovereenkomst (uitvoering door derden op kosten van Opdrachtnemer) is op deze Nadere Overeenkomst niet van toepassing.'),
          ],
        },
      ],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'weerbaar-')), 'lid.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const r = await scanPath(file, rules, policy);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.clauses['change-of-control']!.evidence.map((e) => e.section).sort()).toEqual(['3.1', '3.2']);
    expect(r.clauses['step-in']!.present).toBe(false);
  });

  it('reads Belgian items "1°", "2°" with their lead-in ("… kan de aanbestedende overheid … de volgende ambtshalve maatregelen treffen:")', () => {
    const r = contract(`${nl}A.7 Ambtshalve maatregelen\nWanneer de opdrachtnemer in gebreke blijft, kan de aanbestedende overheid een of meer van de volgende ambtshalve maatregelen treffen:\n1° de eenzijdige verbreking van de opdracht;\n2° de uitvoering in eigen beheer van het geheel of een deel van de niet-uitgevoerde opdracht;\n3° het sluiten van een of meer opdrachten voor rekening van de in gebreke blijvende opdrachtnemer met een of meer derden.\n`);
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('carves out every item of a carve-out list, also after an item that runs on in a sentence of its own, and what it excludes ("Partijen sluiten uitdrukkelijk uit:")', () => {
    const runOn = contract(`${nl}3.1 ARBIT-2022 is van toepassing, met uitzondering van:\n   a. de bepalingen inzake broncode en depot (escrow); Partijen stellen vast dat een broncodedepot niet proportioneel is;\n   b. de bepaling over ontbinding bij wijziging in de zeggenschap over de Leverancier; de Gemeente ziet daarvan af.\n3.2 Voor het overige blijft ARBIT-2022 onverkort van toepassing.\n`);
    expect(runOn.clauses['change-of-control']!.present).toBe(false);
    expect(runOn.clauses['source-code-escrow']!.present).toBe(false);
    expect(runOn.clauses['termination-for-convenience']!.present).toBe(true);
    const excluded = contract(`${nl}2.1 Op deze overeenkomst zijn de ARBIT-2022 van toepassing, behoudens het bepaalde in artikel 2.2.\n2.2 Partijen sluiten uitdrukkelijk uit:\n    a. de bepalingen van de ARBIT-2022 betreffende het in depot geven van de broncode (escrow). De maatwerk-pijplijnen worden in de repository van Opdrachtgever beheerd;\n    b. de bepalingen van de ARBIT-2022 op grond waarvan Opdrachtgever de overeenkomst kan ontbinden bij een wijziging in de zeggenschap over Opdrachtnemer.\n`);
    expect(excluded.clauses['source-code-escrow']!.present).toBe(false);
    expect(excluded.clauses['change-of-control']!.present).toBe(false);
    expect(excluded.clauses['post-termination-services']!.present).toBe(true);
  });

  it('takes the law a sentence chooses over one named in brackets in the phrase it sets aside, without a comma between', () => {
    const r = contract(`${nl}10.1 Niettegenstaande enige andersluidende bepaling in de End User License Terms (die Engels recht en arbitrage te Londen voorschrijven) is op deze nadere overeenkomst Nederlands recht van toepassing.\n`);
    expect(r.facts.governingLaw).toBe('Netherlands');
    const old = contract(`${en}15. Governing Law. This Agreement is governed by the laws of the State of Delaware.\n\nAMENDMENT NO. 1\n2. Governing Law. Section 15 of the Agreement, which formerly provided that the Agreement was governed by the laws of the State of New York, is amended to read as set forth above.\n`);
    expect(old.facts.governingLaw).toBe('Delaware');
  });

  it('tells two parties named by company name apart by who engages whom ("The Bank engages Cobalt … to provide")', () => {
    const r = contract('PROGRAM MANAGEMENT AGREEMENT\n\nParties:\n(1) LAKESHORE NATIONAL BANK, a national banking association (the "Bank"); and\n(2) COBALT PREPAID SOLUTIONS, INC., a Nevada corporation ("Cobalt").\n\n1.1 The Bank engages Cobalt, and Cobalt agrees, to provide program management services.\n6.3 If a Change of Control of Cobalt occurs without the Bank\'s consent, the Bank may terminate this Agreement upon written notice.\n');
    expect(r.parties).toMatchObject({ customer: ['Bank'], supplier: ['Cobalt'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads a term defined inside another definition (\'a "Control Event" occurs in relation to a company if any person … come to Control it\')', () => {
    const r = contract(`${en}1. Control: has the meaning given in section 1124 of the Corporation Tax Act 2010, and a "Control Event" occurs in relation to a company if any person who does not Control that company at the date of this agreement comes to Control it.\n\n16. CONTROL EVENT\n16.1 The Supplier shall notify the Customer promptly after a Control Event occurs in relation to the Supplier.\n16.2 Within six months after the Customer receives such notification the Customer may terminate this agreement by giving three months' written notice.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('termination at will: a condition on a faster second way out, an instrument in writing; not a window after an event the sentence before names', () => {
    const tfc = (text: string) => finds('termination-for-convenience', text);
    expect(tfc("8(b) The Supplier may terminate this Agreement at any time, for any reason, upon thirty (30) days' written notice, or immediately if required by a Card Brand.")).toBe(true);
    expect(tfc('VI.A This Agreement may be terminated by either party by an instrument in writing delivered to the other party, such termination to take effect not sooner than ninety (90) days after the date of such delivery.')).toBe(true);
    expect(tfc('5. Either party may terminate it at any time for any reason upon fifteen days\' written notice; if the Supplier terminates under this sentence, any unrecouped guarantee is forgiven.')).toBe(true);
    expect(tfc('6.2 The Supplier shall give the Customer notice before the closing of any change of control. The Customer may terminate this Agreement, effective upon or at any time within one hundred eighty (180) days after such closing, by written notice.')).toBe(false);
  });

  it('a takeover by acquisition of control in Belgian Dutch ("indien de controle wordt verworven door …"); a screening office\'s name is no takeover', () => {
    const be = contract(`${nl}I.8 §2. De aanbestedende overheid kan de opdracht zonder vergoeding verbreken indien de controle over de opdrachtnemer wordt verworven door een rechtspersoon die niet in de Europese Unie is gevestigd.\n`);
    expect(be.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(be.clauses['non-eu-control']!.present).toBe(true);
    const merger = contract(`${nl}6. Fusie en splitsing\n6.1 Indien Opdrachtnemer partij is bij een juridische fusie of splitsing, meldt Opdrachtnemer dat onverwijld aan Opdrachtgever. Opdrachtgever is in dat geval bevoegd de overeenkomst te ontbinden.\n6.2 Bij een fusie met een rechtspersoon buiten de Europese Economische Ruimte vraagt Opdrachtnemer vooraf een oordeel van het Bureau Toetsing Investeringen, Fusies en Overnames.\n`);
    expect(merger.clauses['change-of-control']!.strength).toBe('weak');
  });

  it('an amendment\'s heading that strikes a right ("1. Deletion of Change of Control Termination Right.") grants none', () => {
    const r = contract(`${en}AMENDMENT NO. 1\n1. Deletion of Change of Control Termination Right. Section 12.3 of the Agreement is deleted in its entirety.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 396–403, and older misses of the same kinds', () => {
  const tfc = (text: string, intro = en) => finds('termination-for-convenience', text, intro);

  it('finds termination at will in more wordings: "bring … to an end", "end these terms", "for its convenience", a list of ways to end', () => {
    expect(tfc('9.2 The Customer shall be entitled to bring the Agreement to an end at any time for convenience, without giving reasons, by three months\' written notice.')).toBe(true);
    expect(tfc('8.2 The Agreement may be brought to an end by Customer at any time and without stating reasons, by giving Supplier not less than sixty days\' prior written notice.')).toBe(true);
    expect(tfc("4. Either of us can end these terms at any time, for any reason, by giving the other 60 days' notice in writing.")).toBe(true);
    expect(tfc('10.2 The Customer may, at its sole option and for its convenience, terminate this Agreement in whole or in part at any time by giving written notice to the Supplier.')).toBe(true);
    expect(tfc('12.1 The Customer may at any time, and without being obliged to assign any reason therefor, terminate this Agreement by giving the Supplier three months\' written notice.')).toBe(true);
    expect(tfc("11.3 The Customer may terminate this Agreement or any Order:\n   (a) for convenience, at any time, upon sixty (60) days' prior written notice;\n   (b) immediately, if the Supplier becomes insolvent.")).toBe(true);
    expect(tfc('4. Opdrachtgever kan de overeenkomst altijd opzeggen, zonder reden en zonder vergoeding, mits een opzegtermijn van drie maanden in acht wordt genomen.', nl)).toBe(true);
    expect(tfc("4.1 The Customer may terminate any Order for any reason upon ninety days' notice, provided that if such termination is effective before the first anniversary, the Customer shall pay a fee of one month's charges.")).toBe(true);
    // Still no right at will: the grounds of the list, or a right the sentence does not give.
    expect(tfc("11.3 The Customer may terminate this Agreement:\n   (a) immediately, if the Supplier becomes insolvent;\n   (b) on thirty days' notice, if the Supplier materially breaches this Agreement.")).toBe(false);
  });

  it('post-termination services: handing over the work counts, giving back the other\'s documents or property does not; assistance said not to be owed is none', () => {
    const pts = (text: string) => finds('post-termination-services', text);
    expect(pts('11.4 Upon any termination of this Agreement, the Supplier shall deliver to the Customer all Deliverables and work in progress, in whatever stage of completion.')).toBe(true);
    expect(pts('8.3 Upon termination the Supplier shall return to the Customer all documents received from the Customer.')).toBe(false);
    expect(pts('4.3 On termination, the Supplier shall return to the Customer all Customer property, access cards and Confidential Information in its possession.')).toBe(false);
    expect(pts('9.1 Termination shall not entitle the Customer to any transition or migration assistance.')).toBe(false);
    expect(pts('9.1 Neither party shall have any obligation to provide transition or termination assistance after the effective date of termination.')).toBe(false);
  });

  it('step-in: a sentence that details the one before ("In particular, it may perform the services itself …"), a plan not carried out, carriage bought elsewhere', () => {
    const si = (text: string, intro = en) => finds('step-in', text, intro);
    expect(si('9.2 Where the Supplier fails to perform the services, the Customer may take the measures set out in this clause. In particular, it may perform the services itself under its own management (en régie), or conclude one or more contracts with a third party for the account of the defaulting Supplier.')).toBe(true);
    expect(si('9.3 Indien Opdrachtnemer geen Herstelplan voorlegt, of het Herstelplan naar het redelijk oordeel van Opdrachtgever ontoereikend is, is Opdrachtgever gerechtigd de benodigde werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren.', nl)).toBe(true);
    expect(si("3.2 If the Supplier fails to dispatch a vehicle for a critical shipment within the committed time, the Customer may immediately cancel the booking and procure substitute transportation from any other carrier, and the Supplier shall reimburse the excess cost.")).toBe(true);
  });

  it('an article that says a power leaves other duties in place ("… vervallen de overige verplichtingen van Opdrachtnemer niet") strikes nothing', () => {
    const r = contract(`${nl}7.1 Indien Opdrachtnemer een storing niet binnen 24 uur oplost, is Opdrachtgever bevoegd de werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren, op kosten van Opdrachtnemer.\n7.3 Door de uitoefening van de bevoegdheid bedoeld in artikel 7.1 vervallen de overige verplichtingen van Opdrachtnemer niet.\n`);
    expect(r.amendments).toEqual([]);
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('reads a defined term by its definition: narrowed to a merger it gives a weak right, defined as nothing it gives none', () => {
    const narrowed = contract(`${nl}1.13 Wijziging van Zeggenschap: uitsluitend een juridische fusie of splitsing als bedoeld in Titel 2.7 van het Burgerlijk Wetboek waarbij Opdrachtnemer verdwijnende rechtspersoon is. Een overdracht van aandelen geldt uitdrukkelijk niet als Wijziging van Zeggenschap.\n\n6.4 Opdrachtgever kan de Overeenkomst met onmiddellijke ingang opzeggen bij een Wijziging van Zeggenschap.\n`);
    expect(narrowed.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    // A definitions list's entry: the merger first, the share deals left out "onder [term] wordt niet verstaan" after it.
    const listed = contract(`${nl}1.1 In deze Overeenkomst wordt verstaan onder:\n   Werkdag: maandag tot en met vrijdag;\n   Zeggenschapswijziging: een juridische fusie of splitsing waarbij Opdrachtnemer betrokken is als verdwijnende rechtspersoon. Onder Zeggenschapswijziging wordt niet verstaan een overdracht van aandelen in Opdrachtnemer of in een rechtspersoon die zeggenschap over Opdrachtnemer heeft, ongeacht de omvang;\n\n20.2 Bij een Zeggenschapswijziging kan Opdrachtgever de Overeenkomst met onmiddellijke ingang ontbinden.\n`);
    expect(listed.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    const merger = contract(`${en}1.2 "Change of Control" means only a statutory merger of the Supplier into or with another legal entity in which the Supplier is not the surviving entity. For the avoidance of doubt, a transfer of shares in the Supplier, however large, shall not constitute a Change of Control.\n\n5.3 The Customer may terminate this Agreement with one month's notice if a Change of Control occurs.\n`);
    expect(merger.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    const broad = contract(`${en}1.2 "Change of Control" means a merger of the Supplier or the acquisition by any person of more than fifty percent of the voting shares of the Supplier.\n\n5.3 The Customer may terminate this Agreement with one month's notice if a Change of Control occurs.\n`);
    expect(broad.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const reserved = contract(`${en}1.2 "Change of Control" means [Reserved].\n\n4.4 The Customer may terminate this Agreement upon written notice within ninety (90) days after any Change of Control of the Supplier.\n`);
    expect(reserved.clauses['change-of-control']!.present).toBe(false);
  });

  it('escrow: a deposit withdrawn, a question reported, another contract\'s escrow for someone else are no escrow', () => {
    const escrow = (text: string, intro = en) => finds('source-code-escrow', text, intro);
    expect(escrow('9.2 Licensee shall have no right to any release of Source Materials, and the existing deposit with the escrow agent shall be withdrawn by Licensor.')).toBe(false);
    expect(escrow('5. Het Waterschap heeft eerder gevraagd of de broncode van de programmatuur in depot kan worden gegeven. Dat is niet overeengekomen.', nl)).toBe(false);
    expect(escrow('7. Salarispakket (extern gecontracteerd door het Servicecentrum; een eventuele escrowregeling in dat contract komt uitsluitend het Servicecentrum ten goede en geeft de Deelnemer geen rechten).', nl)).toBe(false);
  });

  it('a bare "ARBIT" after a dated version is declared points at that version: its carve-outs hold', () => {
    const r = contract(`${nl}4. Voorwaarden\nOp deze opdracht zijn de ARBIT-2018 van toepassing, met uitzondering van de bepalingen over depotstelling van de broncode (escrow).\n5. Servicelevels\nDe servicelevels uit de offerte gelden als Dienstverleningsovereenkomst in de zin van ARBIT.\n`);
    expect(r.standards.map((s) => s.standard)).toEqual(['ARBIT-2018']);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('reads a list that starts again inside a later item of the same kind ("(c) Upon any termination, Contractor shall (a) …; (b) …; and (c) …") with that item as its lead-in', () => {
    const r = contract(`${en}11. Termination\n(a) The Customer may terminate this Agreement for default if the Supplier fails to remedy a material breach within thirty days of notice.\n(b) Upon such termination the Supplier shall be paid for work performed up to the date of termination.\n(c) Upon any termination or expiry, the Supplier shall (a) leave the work areas in a safe condition;\n(b) deliver to the Customer all drawings, inspection records and work-in-progress documentation; and\n(c) for a period of up to sixty (60) days, co-operate with the Customer and any replacement contractor to achieve an orderly handover of the work.\n`);
    expect(r.clauses['post-termination-services']!.evidence.map((e) => e.rule)).toContain('exit/exit-assistance');
  });

  it('an article struck by its quoted heading "en wordt niet vervangen" is struck: what is not done is the replacing', () => {
    const r = contract(`${nl}Artikel 8 – Geheimhouding\n8.1 Partijen houden alle vertrouwelijke informatie geheim.\n\nArtikel 9 – Aandelenoverdracht\n9.1 Opdrachtgever kan de Overeenkomst ontbinden indien meer dan vijftig procent van de aandelen in Opdrachtnemer wordt overgedragen aan een derde.\n\nWIJZIGINGSOVEREENKOMST NR. 1\n1. Het artikel "Aandelenoverdracht" van de Overeenkomst komt met ingang van de datum van deze wijzigingsovereenkomst te vervallen en wordt niet vervangen.\n2. De looptijd van de Overeenkomst wordt verlengd tot en met 28 februari 2027.\n`);
    expect(r.amendments.map((a) => a.deletes)).toEqual([['9']]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('an addendum that strikes an article "met ingang van de datum van ondertekening van dit addendum" strikes it', () => {
    const r = contract(`${nl}Artikel 7. Wijziging in de controle over de Leverancier\n7.1 Indien de controle over de Leverancier wijzigt, kan Opdrachtgever de overeenkomst met onmiddellijke ingang beëindigen.\n\nADDENDUM NR. 1\n1. Artikel 7 van de raamovereenkomst wordt met ingang van de datum van ondertekening van dit addendum geschrapt.\n`);
    expect(r.amendments.map((a) => a.deletes)).toEqual([['7']]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('post-termination services: a transition period that only holds deletion, or is only defined, is none; the contract kept in force for the service in the exit period is', () => {
    const pts = (text: string, intro = en) => finds('post-termination-services', text, intro);
    expect(pts('1.1 "Transition Period" means the period of ten (10) Business Days following the effective date of expiry or termination of this Agreement.\n5.3 During the Transition Period the Supplier shall revoke its administrative credentials, securely wipe any copies of Customer Data held on its systems and deliver a certificate of destruction to the Customer.')).toBe(false);
    expect(pts('6.1 Gedurende de Exitperiode blijft deze Overeenkomst van toepassing op de Dienst, tegen betaling van de maandvergoeding.', nl)).toBe(true);
  });

  it('step-in on a failure said in other words ("niet … adequaat optreedt", "de dienstverlening … feitelijk staakt")', () => {
    const r = contract(`${nl}Artikel 6 Uitvoering door Opdrachtgever of een derde\n6.1 Indien Opdrachtnemer bij een beveiligingsincident niet binnen de genoemde termijn adequaat optreedt, of indien Opdrachtnemer de dienstverlening feitelijk staakt, is Opdrachtgever bevoegd de betreffende werkzaamheden zelf uit te voeren of door een derde te laten uitvoeren.\n`);
    expect(r.clauses['step-in']!.present).toBe(true);
  });
});

describe('readings of sets 404–411', () => {
  it('an escrow still to be agreed or sent, a pointer to an annex, or never owed, is no escrow', () => {
    const escrow = (text: string) => finds('source-code-escrow', text, nl);
    expect(escrow('8. Bijlagen\n(b) Bijlage D – Escrowregeling (nader overeen te komen).')).toBe(false);
    expect(escrow('3.1 Bijlage 3 (Escrowovereenkomst) wordt nagezonden.')).toBe(false);
    expect(escrow('10.1 Voor de toepasselijkheid van een escrowregeling wordt verwezen naar Bijlage 7.\n\nBIJLAGE 7 – ESCROW\nNiet van toepassing. Partijen hebben afgezien van een escrowregeling.')).toBe(false);
    expect(escrow('11.1 De leverancier is nimmer gehouden de broncode van programmatuur aan de klant ter beschikking te stellen of bij een derde in depot te geven.')).toBe(false);
    expect(escrow('11.1 Leverancier sluit binnen een maand na de ingangsdatum een escrowovereenkomst met een erkende escrow-agent ten behoeve van Opdrachtgever.')).toBe(true);
  });

  it("a provision set aside for one party is struck (\"Clause 13.4 of the Terms does not apply to the Customer\")", () => {
    const one = contract(`${en}1. Clause 13.4 of the Terms does not apply to the Customer.\n\nTERMS OF SERVICE\n13. Term and Termination\n13.4 The Supplier may terminate the Agreement by written notice if the Customer is acquired by a third party or undergoes a change of control.\n`);
    expect(one.amendments.map((a) => a.deletes)).toEqual([['13.4']]);
    expect(one.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 412–419, and older misses of the same kinds', () => {
  it('an amendment that replaces a definition by its term takes the old definition back', () => {
    const body = (amendment: string) =>
      contract(
        `${nl}Artikel 1 Begrippen\n1.3 Overname: iedere overdracht van aandelen in Opdrachtnemer waardoor de zeggenschap over Opdrachtnemer wijzigt.\n\nArtikel 9 Overname\n9.1 Opdrachtnemer meldt een Overname onverwijld aan Opdrachtgever.\n9.2 Opdrachtgever kan de overeenkomst binnen twee maanden na die melding opzeggen.\n\nEERSTE WIJZIGINGSOVEREENKOMST\n${amendment}\n`,
      ).clauses['change-of-control']!;
    // Narrowed to a merger: every share deal left out.
    expect(body('1. De definitie van "Overname" in artikel 1.3 vervalt en wordt vervangen door: "Overname: een juridische fusie als bedoeld in Boek 2 BW waarbij Opdrachtnemer verdwijnt. Aandelentransacties, van welke omvang ook, vallen hier niet onder."')).toMatchObject({ present: true, strength: 'weak' });
    // Widened again, or only added to: the right stays strong.
    expect(body('1. De definitie van "Overname" in artikel 1.3 vervalt en wordt vervangen door: "Overname: iedere wijziging van de zeggenschap over Opdrachtnemer of haar moedermaatschappij."')).toMatchObject({ present: true, strength: 'strong' });
    expect(body('1. Partijen verlengen de overeenkomst met een jaar.')).toMatchObject({ present: true, strength: 'strong' });
    const en2 = contract(
      `${en}1. Definitions\n1.1 "Change of Control" means any transfer of more than 50% of the voting shares in the Supplier.\n1.2 "Services" means the hosting services described in Schedule 1.\n\n2. Termination\n2.4 The Customer may terminate this Agreement on 30 days' notice after a Change of Control.\n\nAMENDMENT NO. 1\n1. The definition of "Change of Control" in clause 1 is deleted and replaced with the following: "Change of Control" means a merger of the Supplier into another company in which the Supplier does not survive. No transfer of shares, however large, shall constitute a Change of Control.\n`,
    ).clauses['change-of-control']!;
    // (Clause 1 keeps its other definitions: only the one named is replaced.)
    expect(en2).toMatchObject({ present: true, strength: 'weak' });
  });

  it('reads standard terms named by their link, set aside by pointing back, followed without being declared, or set aside for every part', () => {
    const gibit = contract(`${nl}Artikel 1 Voorwaarden\n1.1 Op deze overeenkomst zijn van toepassing de inkoopvoorwaarden voor IT die zijn gepubliceerd op https://vng.nl/rubrieken/onderwerpen/gibit (versie 2018).\n1.2 Partijen zijn overeengekomen dat de bepalingen uit die voorwaarden over het exitplan en over exit-ondersteuning niet van toepassing zijn.\n`);
    expect(gibit.standards[0]).toMatchObject({ standard: 'GIBIT', excluded: ['22'], disapplied: null });
    expect(gibit.clauses['termination-for-convenience']!.present).toBe(true);
    expect(gibit.clauses['post-termination-services']!.present).toBe(false);
    const followed = contract(`${nl}Overwegingen\n(b) Bij het opstellen van de inkoopstukken is aansluiting gezocht bij de systematiek van de ARBIT-2018, zonder dat die voorwaarden van toepassing zijn verklaard.\n\nArtikel 1 Voorwaarden\n1.1 Op deze overeenkomst zijn de leveringsvoorwaarden van Opdrachtnemer van toepassing.\n`);
    expect(followed.standards.every((u) => !!u.disapplied)).toBe(true);
    expect(followed.clauses['termination-for-convenience']!.present).toBe(false);
    const none = contract(`${nl}Artikel 1\n1.1 Op deel A is de GIBIT van toepassing.\n1.2 De ARBIT zijn op geen enkel deel van deze overeenkomst van toepassing, ook niet voor zover in de aanbestedingsstukken daarnaar is verwezen.\n`);
    expect(none.standards.filter((u) => u.standard.startsWith('ARBIT')).every((u) => !!u.disapplied)).toBe(true);
  });

  it('a chapter or one article of a standard set aside, or a proviso list under its declaration, takes only what it names', () => {
    const chapter = contract(`${nl}Artikel 1\n1.1 Op deze overeenkomst zijn van toepassing de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022.\n1.2 Hoofdstuk 4 van de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022 (Ontwikkeling van Programmatuur) is niet van toepassing.\n`);
    expect(chapter.standards[0]).toMatchObject({ standard: 'ARBIT-2022', disapplied: null });
    expect(chapter.clauses['change-of-control']!.present).toBe(true);
    const article = contract(`${nl}Artikel 1\n1.1 Op deze overeenkomst zijn van toepassing de ARBIT (versie 2014).\n1.2 In afwijking van de ARBIT-2014 is het artikel inzake ontbinding bij wijziging van zeggenschap over Leverancier niet van toepassing.\n`);
    expect(article.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['30.3'], disapplied: null });
    expect(article.clauses['termination-for-convenience']!.present).toBe(true);
    const proviso = contract(`${nl}Artikel 1\n1.1 ARBIT-2018 is op deze Overeenkomst van toepassing, met dien verstande dat:\n(a) de bepaling over het in depot geven van broncode niet van toepassing is;\n(b) de bepalingen over Exit onverkort van toepassing blijven.\n`);
    expect(proviso.standards[0]!.excluded).toEqual(['47']);
    expect(proviso.clauses['post-termination-services']!.present).toBe(true);
    // A standard listed among the documents that form the contract is declared.
    const listed = contract(`${en}1. Contract documents\n1.1 The following documents form the Agreement, in descending order of precedence:\n(a) this Agreement;\n(b) Annex A – Requirements;\n(c) Annex C – ARBIT-2022 (not attached).\n`);
    expect(listed.standards[0]).toMatchObject({ standard: 'ARBIT-2022', disapplied: null });
  });

  it('reads a takeover that, "noch" a later one, gives the customer a right, a successor continuing unchanged, and a purchaser let through', () => {
    expect(finds('change-of-control', '5.2 Partijen zijn het erover eens dat deze transactie, noch enige latere wijziging in de zeggenschap over Opdrachtnemer, Opdrachtgever recht geeft op ontbinding of tussentijdse beëindiging van deze overeenkomst.', nl)).toBe(false);
    expect(finds('change-of-control', '5.4 Beëindiging: bij het einde van de overeenkomst worden de accounts verwijderd.\n5.5 Indien Opdrachtnemer door een andere onderneming wordt overgenomen, wordt de overeenkomst ongewijzigd voortgezet door de rechtsopvolger.', nl)).toBe(false);
    expect(finds('change-of-control', '7.1 The Supplier shall not assign this Agreement without the prior written consent of the Customer, save that the Supplier may assign this Agreement to a purchaser of all or substantially all of its business.')).toBe(false);
    // A right to end on a merger made without the customer's consent is a (weak) change of control, not a carve-out.
    const merger = contract(`${en}1.1 "Corporate Event" means a merger of the Supplier with any other entity, or a demerger of the Supplier.\n5.1 The Customer may terminate this Agreement with immediate effect by notice if the Supplier is subject to a Corporate Event without the Customer's prior written consent.\n`);
    expect(merger.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    // "shall not give rise to any right of termination, consent …": no consent to assign either.
    expect(finds('anti-assignment', '5.1 A change in the control of either party, whether by share transfer, merger or otherwise, shall not affect the validity of this Agreement and shall not give rise to any right of termination, consent or renegotiation for the other party.')).toBe(false);
  });

  it('reads the acquirer of control from outside the EU by its new holder, and control passing to it', () => {
    expect(finds('non-eu-control', '6.1 Opdrachtnemer meldt een wijziging in de zeggenschap.\n6.2 Is de nieuwe zeggenschaphebbende gevestigd buiten de Europese Unie, dan vermeldt Opdrachtnemer in de kennisgeving welke maatregelen zijn getroffen om te voorkomen dat autoriteiten van die staat toegang krijgen tot de gegevens.', nl)).toBe(true);
    expect(finds('non-eu-control', "6.2 The Customer may terminate this Agreement where the change:\n(a) results in Control of the Supplier passing to a person established outside the European Economic Area; or\n(b) otherwise prejudices the security of the Services.")).toBe(true);
  });

  it('finds the parties of a Dutch letter, of an entry with defined terms beside it, and of bodies named by their own first word', () => {
    const letter = contract('Formulierbouw B.V.\nKanaalweg 17\n\nAan: Gemeente Lingehoven\n\nGeachte mevrouw,\n\nMet deze brief bevestigen wij de afspraken. U ontvangt van ons het abonnement.\n1. Wij leveren u de formulieren.\n2. U betaalt ons per maand; wij sturen u de factuur.\n3. Na het einde van het abonnement kunt u gedurende zestig dagen alle formulieren als XML-bestanden downloaden; op verzoek leveren wij een volledige export.\n4. U kunt ons altijd bellen. Wij helpen u graag.\n');
    expect(letter.parties!.customer).toContain('u');
    expect(letter.clauses['post-termination-services']!.present).toBe(true);
    const host = contract('This Agreement is made between ChargeGrid, Inc., a Delaware corporation ("ChargeGrid"), and Parkwell Properties Trust, a Massachusetts real estate investment trust ("Host").\n\nHost owns the shopping centers listed on Schedule 1 (the "Sites"). ChargeGrid will install charging stations (the "Stations") and Host will pay a monthly service fee.\n\n1. Fees\n1.1 Host shall pay the monthly fee. ChargeGrid shall provide the services.\n');
    expect(host.parties).toMatchObject({ customer: ['Host'], supplier: ['ChargeGrid'] });
    const commonwealth = contract('RECORDS OUTSOURCING DEED\nCommonwealth of Australia represented by the Digital Records Agency (ABN 19 776 540 210), Treasury Building, Parkes ACT 2600 (Commonwealth)\nGodavari Infosystems Limited, a company incorporated in India, Level 12, 60 Martin Place, Sydney NSW 2000 (Contractor)\n1. Step-in\n1.1 If the Contractor fails to meet a Critical Service Level, the Commonwealth may, by notice, itself or through a third party nominated by it, step in and operate the affected services.\n');
    expect(commonwealth.parties!.customer).toContain('Commonwealth');
    expect(commonwealth.clauses['step-in']!.present).toBe(true);
    const service = contract('CASE MANAGEMENT SYSTEM LICENCE, CUSTOMISATION AND\nSUPPORT AGREEMENT\nThe Courts Digital Service, an executive office established under the Courts Digital Service Act 2019, Phoenix House, Dublin 7 (the "Service"), and Beacon Hill Data Corp., a Massachusetts corporation (the "Licensor"), agree as follows:\n1. Escrow\n1.1 The Licensor shall deposit the source code with an escrow agent approved by the Service.\n');
    expect(service.parties!.customer).toContain('Service');
    const commissioner = contract('The Police and Crime Commissioner for the Three Counties, Police Headquarters, Hindlip Lane, Worcester WR3 8SP (the "Commissioner"), and Nilgiri Technologies Limited, a public company incorporated in India with its registered office at Nilgiri Towers, Sector 62, Noida, Uttar Pradesh 201309, and a UK establishment at 3 Brindleyplace, Birmingham B1 2JB (the "Service Provider"), agree as follows.\n1. Step-in\n1.1 The Commissioner may take over the affected Services itself or appoint a third party to perform them if the Service Provider is in Default.\n');
    expect(commissioner.parties!.customer).toContain('Commissioner');
  });

  it('reads a definition a PDF wrapped over lines, and the law chosen beside a conceded place of incorporation', () => {
    const r = contract(`${nl}Artikel 1 Definities\n1.1 Aandeelhouderswijziging: iedere gebeurtenis of reeks van samenhangende gebeurtenissen\nwaardoor een persoon die de meerderheid van de stemrechten in Opdrachtnemer niet kon uitoefenen,\ndie meerderheid verkrijgt.\n1.2 Dienst: de chatdienst.\nArtikel 10 Einde\n10.1 Opdrachtgever kan deze overeenkomst met onmiddellijke ingang ontbinden indien zich een Aandeelhouderswijziging voordoet.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const law = contract(`${nl}1.2 Het feit dat Opdrachtnemer naar Australisch recht is opgericht en in Australië is gevestigd, laat onverlet dat op deze overeenkomst Nederlands recht van toepassing is.\n`);
    expect(law.facts.governingLaw).toBe('Netherlands');
  });

  it('reads exit help to another consultant, service continued after a stop that turns, and data made available or extracted after the end', () => {
    expect(finds('post-termination-services', "5.4 Upon any termination, the Supplier shall, for a period of up to sixty (60) days after the termination date, provide such reasonable assistance as the Customer may request to transfer responsibility for the Project to the Customer's personnel or to another consultant.")).toBe(true);
    expect(finds('post-termination-services', '5.1 Following termination of this Agreement, the Customer shall cease pre-installing the application; however, the Supplier shall continue to provide the Service to vehicles sold before the termination date for the remainder of each subscription.')).toBe(true);
    expect(finds('post-termination-services', "6.4 For thirty (30) days after the effective date of termination, the Supplier will, upon the Customer's request, make Customer Data available to the Customer for export, through the self-service export tool or as a file delivered via SFTP.")).toBe(true);
    expect(finds('post-termination-services', '8.2 Na het einde van de overeenkomst levert Opdrachtnemer binnen één maand een volledige extractie van alle gegevens in CSV-formaat.', nl)).toBe(true);
    expect(finds('post-termination-services', '8.2 Na het einde van de overeenkomst verwijdert Opdrachtnemer alle gegevens.', nl)).toBe(false);
  });
});

describe('readings of sets 420–427', () => {
  it('reads a recital on the parties\' line, and an amendment that strikes an article after citing a law\'s', () => {
    expect(finds('change-of-control', 'ADDENDUM 1\nPartijen, als hiervoor genoemd, overwegende dat Opdrachtnemer heeft aangegeven de Dienst niet te kunnen leveren onder de bepaling over wijziging van zeggenschap en dat Opdrachtgever daarmee heeft ingestemd, komen overeen:\n1. De prijs daalt met 8%.', nl)).toBe(false);
    const r = contract(`${nl}Artikel 6 – Wijziging van controle\n6.1 Bij een wijziging van de zeggenschap over Opdrachtnemer kan Opdrachtgever de overeenkomst beëindigen.\n\nADDENDUM NR. 1\n1. Naar aanleiding van de inbreng, die Opdrachtgever heeft onderzocht in het licht van artikel 38/3 AUR, wordt artikel 6 (Wijziging van controle) van de overeenkomst met ingang van de ondertekening van dit addendum geschrapt.\n`);
    expect(r.amendments.map((a) => a.deletes)).toEqual([['6']]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('reads step-in through the supplier\'s subcontractor, Belgian measures under a numbered lead-in, and sub-numbered items', () => {
    expect(finds('step-in', 'Tussen de gemeente Ede (hierna: Opdrachtgever), Wolk B.V. (hierna: Opdrachtnemer) en Rekenkern B.V. (hierna: "Onderaannemer") is overeengekomen:\n\nArtikel 3\n3.1 Indien Opdrachtnemer tekortschiet in de nakoming van zijn verplichtingen en dit niet binnen een dag herstelt, is Opdrachtgever bevoegd Onderaannemer rechtstreeks opdracht te geven de beheerwerkzaamheden uit te voeren.', '')).toBe(true);
    expect(finds('step-in', 'Artikel 6. Ambtshalve maatregelen\nWanneer de opdrachtnemer geen gevolg geeft aan de vastgestelde tekortkoming, kan de aanbestedende overheid één van de volgende maatregelen nemen:\n6.1 de eenzijdige verbreking van de opdracht;\n6.2 de uitvoering van het niet-uitgevoerde onderhoud in eigen beheer;\n6.3 het sluiten van een opdracht met een derde voor rekening van de in gebreke blijvende opdrachtnemer.', nl)).toBe(true);
    expect(finds('step-in', '5.1 Indien Opdrachtnemer ernstig tekortschiet, kan Opdrachtgever:\n5.1.1 Opdrachtnemer een hersteltermijn van vijf werkdagen geven; en\n5.1.2 na het verstrijken van die termijn de werkzaamheden door een derde laten verrichten.', nl)).toBe(true);
  });

  it('reads manufacturing moved on a supply failure, and parties named in an entry\'s brackets or by who buys', () => {
    const toller = contract('This Tolling Agreement is made between Solenne Chemicals, Inc., a Delaware corporation ("Solenne"), and Rhinefield Toll Processing GmbH, a German company ("Toller").\n\n1. Processing\n1.1 Toller shall process the Feedstock into Product. Solenne shall pay the Conversion Fee.\n5.2 Upon a Processing Failure, Solenne may engage one or more third-party processors to process Feedstock into Product, and Toller shall reimburse the excess fees.\n');
    expect(toller.clauses['step-in']!.present).toBe(true);
    const api = contract('This Supply Agreement is made by and between Oriel Pharmaceuticals, Inc., a Delaware corporation ("Oriel"), and Castellan Fine Chemicals GmbH, a company organised under the laws of Germany ("Castellan").\n\n2.1 Castellan shall manufacture API and shall supply API to Oriel as ordered.\n2.2 Oriel shall purchase from Castellan seventy percent of its requirements.\n5.2 Upon a Supply Failure, Oriel may transfer all or any part of the manufacture of API to a Second Source.\n');
    expect(api.parties).toMatchObject({ customer: ['Oriel'], supplier: ['Castellan'] });
    expect(api.clauses['step-in']!.present).toBe(true);
    const oem = contract('OEM MANUFACTURING AGREEMENT\nbetween\nNORTHFIELD AUDIO, INC.\n(a California corporation, "Northfield")\nand\nHENGTAI PRECISION MANUFACTURING CO., LIMITED\n(a company incorporated in Hong Kong, "Hengtai")\n\n1. Supply\n1.1 Hengtai shall manufacture and supply the Deliverables. Northfield shall pay the prices.\n');
    expect(oem.parties).toMatchObject({ customer: ['Northfield'], supplier: ['Hengtai'] });
  });

  it('reads an order cancelled for convenience, and a right in the second item of a nested list', () => {
    expect(finds('termination-for-convenience', 'This Agreement is made between Foundry Corp. (the "Supplier") and Castings Buyer Inc. (the "Buyer").\n\n3.2 Buyer may cancel or reschedule any purchase order or release, in whole or in part, for its convenience at any time by written notice.', '')).toBe(true);
    expect(finds('termination-for-convenience', 'This Agreement is made between the Township of Elmvale (the "Township") and Northbridge Corp. (the "Vendor").\n\n4.1 The Township may terminate this Agreement, in whole or in part:\n(a) for default, if the Vendor:\n(i) fails to perform a material obligation;\n(ii) becomes bankrupt;\n(b) for any reason or no reason, on sixty (60) days\' written notice to the Vendor.', '')).toBe(true);
  });

  it('reads data handed over to a successor or at the end of an assignment, and no royalty year as the end', () => {
    expect(finds('post-termination-services', "4.04 On termination, the Supplier will provide the Customer with a one-time export of the stored payment tokens to a PCI-compliant successor gateway.")).toBe(true);
    expect(finds('post-termination-services', '5.2 Bij het verstrijken of de beëindiging van de opdracht, om welke reden ook, verleent de opdrachtnemer gedurende twaalf maanden de nodige medewerking om de diensten over te dragen naar een nieuwe opdrachtnemer.', nl)).toBe(true);
    expect(finds('post-termination-services', '3.1 The Customer shall pay a royalty of 9% of Net Sales, with any shortfall payable within thirty days after the end of the Contract Year.')).toBe(false);
  });

  it('reads no party that does the work instead in a defined takeover ("Acquisition" means … any person acquires …)', () => {
    const text = '1.5 "Acquisition" means (a) any merger or consolidation of Supplier with or into another entity, or (b) any transaction by which any person or group acquires beneficial ownership of more than fifty percent of Supplier\'s voting stock.\n\n12.2 Customer may terminate this Agreement, or the support services only, upon written notice if (a) Supplier materially breaches this Agreement and fails to cure within thirty days after written notice, or (b) an Acquisition occurs.';
    const r = contract(`${en}${text}\n`);
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it("reads no change of control in a component maker's ownership", () => {
    const text = '4. Goods\n4.1 The Supplier shall not supply equipment from listed countries.\n4.4 A later change in the ownership of a component manufacturer does not oblige the Supplier to replace Goods already delivered, but the Supplier shall inform the Customer of any such change of which it becomes aware.';
    expect(finds('change-of-control', text)).toBe(false);
    expect(finds('change-of-control', text.replace('of a component manufacturer', 'of the Supplier'))).toBe(true);
  });

  it('reads no clause in a text quoted where the words right after it say it does not apply', () => {
    const letter = (after: string) =>
      `Stichting Kinderopvang Kleine Reus gaat akkoord met de offerte en met de Algemene Voorwaarden van Opdrachtnemer. Wij hebben kennisgenomen van het feit dat onze Inkoopvoorwaarden (waaronder artikel 12: "Opdrachtgever is gerechtigd bij niet-nakoming door Opdrachtnemer in de plaats van Opdrachtnemer te treden en de werkzaamheden zelf of door een derde te laten uitvoeren") ${after}.`;
    expect(finds('step-in', letter('daarmee niet gelden'), nl)).toBe(false);
    expect(finds('step-in', letter('onverkort gelden'), nl)).toBe(true);
  });

  it('reads no clause in a text quoted after words that say it does not apply here', () => {
    const quote = '"Artikel 14 – Wijziging zeggenschap\n14.1 Indien de zeggenschap over Opdrachtnemer direct of indirect overgaat op een derde, meldt Opdrachtnemer dit onverwijld aan Opdrachtgever. Opdrachtgever is in dat geval bevoegd de Raamovereenkomst met onmiddellijke ingang op te zeggen."';
    const doc = (lead: string) => `9. Raamovereenkomst\n9.1 ${lead}\n\n${quote}\n`;
    expect(finds('change-of-control', doc('Ter informatie, zonder dat het op deze nadere overeenkomst van toepassing is, luidt artikel 14 van de Raamovereenkomst:'), nl)).toBe(false);
    expect(finds('change-of-control', doc('Artikel 14 van de Raamovereenkomst, dat onverkort op deze nadere overeenkomst van toepassing is, luidt:'), nl)).toBe(true);
  });

  it('reads a right that goes on after a nested list of cases, with the verb of the list around it', () => {
    const text = '16.1 Where the Supplier is in Default, the Customer may, without prejudice to any other remedy:\n   (a) require the Supplier to submit a rectification plan within 5 Working Days;\n   (b) where the Default relates to the availability of the Service and:\n       (i)   the Service has been unavailable for more than 24 consecutive hours; or\n       (ii)  the Supplier has failed to implement an agreed rectification plan,\n       take over the operation of the affected part of the Service itself, or procure that a third\n       party does so, for such period as the Customer reasonably considers necessary; and\n   (c) recover from the Supplier all reasonable costs incurred.';
    expect(finds('step-in', text)).toBe(true);
    // The case alone, with no power above it, grants nothing.
    expect(finds('step-in', text.replace('the Customer may, without prejudice to any other remedy:', 'the following applies:'))).toBe(false);
  });

  it('reads Belgian control passing, a takeover said to give no right, and a notice the supplier need not give', () => {
    expect(finds('change-of-control', '9.2 Indien de controle over de opdrachtnemer overgaat op een of meer andere personen, kan de aanbestedende overheid de overeenkomst van rechtswege beëindigen.', nl)).toBe(true);
    expect(finds('change-of-control', '4.1 In afwijking van de ARBIT-2022 leidt een wijziging in de zeggenschap over Opdrachtnemer niet tot een recht van Opdrachtgever om de overeenkomst te ontbinden of op te zeggen.', nl)).toBe(false);
    expect(finds('change-of-control', '9. Opdrachtnemer is niet verplicht een wijziging in haar aandeelhoudersstructuur of zeggenschap aan Opdrachtgever te melden.', nl)).toBe(false);
    expect(finds('non-eu-control', '6.1 Opdrachtnemer meldt elke wijziging van de zeggenschap.\n6.2 Opdrachtgever kan de overeenkomst na een dergelijke wijziging opzeggen.\n6.3 Opdrachtgever houdt daarbij rekening met de vraag of de nieuwe controlerende persoon gevestigd is in een derde land buiten de Europese Unie.', nl)).toBe(true);
  });

  it('reads assignment forbidden without consent, escrow denied or left for later, and the law of a Q&A contract or beside an escrow agreement\'s', () => {
    expect(finds('anti-assignment', '3.1 Overdracht van de opdracht, geheel of gedeeltelijk, is verboden zonder voorafgaande schriftelijke toestemming van Opdrachtgever.', nl)).toBe(true);
    expect(finds('source-code-escrow', "2.2 For the avoidance of doubt, the Supplier's software and its source code are proprietary to the Supplier and are not subject to any escrow or release arrangement under this Agreement.")).toBe(false);
    expect(finds('source-code-escrow', '6.1 The parties may at a later stage agree on the terms of a source code escrow; until such agreement is concluded, no deposit is required.')).toBe(false);
    expect(contract(`${en}Q15. Which law applies?\nA15. The law of England and Wales. The courts of England and Wales have exclusive jurisdiction.\n`).facts.governingLaw).toBe('England and Wales');
    expect(contract(`${en}5.4 The Escrow Agreement is governed by the laws of England and Wales.\n10.1 This Agreement is governed by Belgian law.\n`).facts.governingLaw).toBe('Belgium');
  });

  it('takes "hierna de Dienst" after an agency\'s entry as the customer', () => {
    const r = contract('Het Vlaams Agentschap Gewestelijke Heffingen (VAGH), intern verzelfstandigd agentschap van de Vlaamse overheid, Koning Albert II-laan 35, 1030 Brussel, hierna "de Dienst",\nen Fiscalis Software NV, Interleuvenlaan 62, 3001 Heverlee, hierna "de Opdrachtnemer",\nkomen overeen wat volgt.\nArtikel 5\n5.1 Wanneer de Opdrachtnemer in gebreke blijft, kan de Dienst de prestaties laten uitvoeren door een derde, voor rekening van de Opdrachtnemer.\n');
    expect(r.parties!.customer).toContain('de Dienst');
    expect(r.clauses['step-in']!.present).toBe(true);
  });
});

describe('readings of sets 428–435', () => {
  it('ends recitals without closing words at the first article, and reads a consolidated text with its amendment', () => {
    const r = contract('GECONSOLIDEERDE TEKST\nDe ondergetekenden:\n1. de gemeente Hoogeveld, hierna te noemen "Opdrachtgever";\n2. Meetlab B.V., hierna te noemen "Opdrachtnemer";\nnemen het volgende in aanmerking:\n  - Opdrachtgever wenst een meetnet.\n\nArtikel 6. Zeggenschap\n6.1 Opdrachtnemer meldt een wijziging in de zeggenschap over haar onderneming binnen tien werkdagen aan Opdrachtgever.\n\nArtikel 7. Overdracht\n7.1 Opdrachtnemer kan de rechten en verplichtingen uit deze overeenkomst slechts met voorafgaande schriftelijke toestemming van Opdrachtgever aan een derde overdragen.\n\nBIJLAGE C - EERSTE WIJZIGINGSOVEREENKOMST\nPartijen komen overeen:\n1. Artikel 6 van de overeenkomst wordt vervangen door de hierboven weergegeven tekst.\n');
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('reads "komt te luiden als volgt: [zie de tekst van artikel 9 hierboven]" as the article shown above, not struck', () => {
    const r = contract('GECONSOLIDEERDE TEKST\nDe ondergetekenden:\n1. Rijnmond Software B.V., hierna te noemen "Licentiegever";\n2. Transport Noord B.V., hierna te noemen "Licentienemer";\n\n9. Wijziging van zeggenschap\n9.1 Licentiegever stelt Licentienemer binnen tien werkdagen in kennis van iedere wijziging in de zeggenschap over Licentiegever.\n9.2 Licentienemer is na ontvangst van de kennisgeving bevoegd de overeenkomst op te zeggen.\n\n10. Slotbepalingen\n10.1 Wijzigingen gelden alleen schriftelijk.\n\nADDENDUM\nPartijen komen overeen:\n1. Artikel 9 komt te luiden als volgt: [zie de tekst van artikel 9 hierboven].\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer' });
  });

  it('strikes an article an earlier amendment inserted in quotes when a later one deletes it', () => {
    const nl3 = contract(`${nl}Artikel 5 Looptijd\n5.1 De overeenkomst loopt drie jaar.\n\nTWEEDE WIJZIGING\n1. Na art. 5 wordt ingevoegd: "Art. 5a. Indien de zeggenschap over Opdrachtnemer overgaat op een derde, is Opdrachtgever bevoegd de overeenkomst te ontbinden."\n\nDERDE WIJZIGING\n1. Art. 5a, ingevoegd bij de Tweede Wijziging, vervalt met terugwerkende kracht.\n`);
    expect(nl3.clauses['change-of-control']!.present).toBe(false);
    const en3 = contract(`${en}2. Services\n2.1 The Supplier provides the platform.\n\nSECOND AMENDMENT\n(b) A new clause 2.3 is added: "2.3 The Supplier shall deposit the source code with an independent escrow agent."\n\nTHIRD AMENDMENT\n(a) Clause 2.3 (added by the Second Amendment) is deleted.\n`);
    expect(en3.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('reads exit help said not to be offered across a page break', () => {
    expect(finds('post-termination-services', '7.1 Binnen zestig dagen na het einde van de overeenkomst verwijdert Opdrachtnemer alle gegevens; ondersteuning bij een overstap wordt niet\n\ngeboden.', nl)).toBe(false);
  });
});

describe('readings of sets 436–443', () => {
  it('reads no clause in a table of contents: the article it names may be empty', () => {
    const r = contract(`${en}CONTENTS\n1. Services ........................................ 1\n2. Termination for Convenience ..................... 1\n3. Governing Law ................................... 2\n\n1. Services\nThe Supplier hosts the platform.\n\n2. Termination for Convenience\n[Intentionally omitted.]\n\n3. Governing Law\nThis Agreement is governed by the laws of the Netherlands.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('takes off line numbers printed in the margin of every fifth line', () => {
    const lines = ['Tussen de Gemeente Ede, hierna: "Opdrachtgever", en Wolk B.V., hierna:', '"Opdrachtnemer", is overeengekomen:', '', 'Artikel 1 Zeggenschap', '1.1 Opdrachtgever kan de overeenkomst ontbinden indien de zeggen-', 'schap over Opdrachtnemer overgaat op een partij die buiten de Europese', 'Unie is gevestigd.', '', 'Artikel 2 Looptijd', '2.1 De overeenkomst loopt vier jaar.', '', 'Artikel 3 Overdracht', '3.1 Opdrachtnemer draagt de overeenkomst niet zonder toestemming van', 'Opdrachtgever over.', '', 'Artikel 4 Slot'];
    const text = lines.map((line, i) => `${(i + 1) % 5 === 0 ? String(i + 1).padStart(3) : '   '}  ${line}`).join('\n');
    const r = contract(text);
    expect(r.clauses['non-eu-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.clauses['non-eu-control']!.evidence[0]!.section).toBe('1.1');
    expect(r.clauses['anti-assignment']!.evidence[0]!.section).toBe('3.1');
  });

  it('keeps item numbers that only look like a margin\'s (a list whose items take a line each)', () => {
    const list = 'Schedule 2 Deliverables\n1 Installation of the platform\n2 Migration of the archive\n3 Training of staff\n4 Acceptance test\n5 Go-live\n6 Handover to support\n7 Final report';
    expect(stripMarginNumbers(list)).toBe(list);
    expect(stripMarginNumbers('1 The Supplier shall\n2 maintain the platform and\n3\n4 keep it\n5 secure at all\n6 times.')).toBe('The Supplier shall\nmaintain the platform and\n\nkeep it\nsecure at all\ntimes.');
  });

  it("takes a party's role from its label when the entry wraps over lines before its short name", () => {
    const r = contract(`SERVICES AGREEMENT\n\nCustomer:  Bay Public Employees' Benefit Cooperative, Inc., a\n           nonprofit corporation, 99 High Street, Boston, MA\n           02110 (the "Cooperative")\n\nContractor: Lumen Connect, LLC, a limited liability\n           company, 50 Kennedy Plaza, Providence ("Lumen")\n\nD.1 If Lumen is unable to staff the scheduled hours for two consecutive days, the Cooperative may, on written notice, procure the affected call handling from another contractor or perform it with its own staff, and Lumen will pay the excess cost.\n`);
    expect(r.parties).toMatchObject({ customer: ['Cooperative'], supplier: ['Lumen'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });
});

describe('readings of sets 444–451', () => {
  it("makes a cooperative and the members it acts for the customer when the other party is the supplier", () => {
    const r = contract('RAAMOVEREENKOMST\n\nPARTIJEN\n\nI. Coöperatie Digitaal Leermiddelen U.A., gevestigd te Zwolle, handelend voor zichzelf en ten behoeve van haar leden (de "Deelnemers"), hierna: "DLC";\n\nII. Mediapunt B.V., gevestigd te Nieuwegein, hierna: "Leverancier".\n\nARTIKEL 4 – LEVERING\n4.3 Indien Leverancier een reparatie niet binnen de gestelde termijn verricht en ook na een aanmaning in gebreke blijft, is de Deelnemer gerechtigd de reparatie door een derde te laten uitvoeren.\n');
    expect(r.parties).toMatchObject({ customer: ['DLC', 'Deelnemers'], supplier: ['Leverancier'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('carves only the takeover ground out of ARBIT when its terms on "opzegging of ontbinding wegens een wijziging in de zeggenschap" are set aside', () => {
    const r = contract(`${nl}Artikel 1 Toepasselijkheid\n1.1 Op deze overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022 (ARBIT-2022) van toepassing.\n1.2 In afwijking van het vorige lid zijn de bepalingen van ARBIT-2022 over opzegging of ontbinding wegens een wijziging in de zeggenschap over Opdrachtnemer niet van toepassing.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, strength: 'strong' });
  });
});

describe('readings of sets 452–459', () => {
  it("sets a standard aside as a whole when the sentence cites a paragraph of the supplier's offer", () => {
    const r = contract(`${nl}Artikel 4 Voorwaarden\n4.1 Op deze opdracht zijn de Algemene Inkoopvoorwaarden van de Provincie van toepassing.\n4.2 De ARBIT-2018, waarnaar in paragraaf 6 van uw offerte wordt verwezen, zijn niet van toepassing.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    // … or an article of it: the offer's article 6 is not the standard's.
    const byArticle = contract(`${nl}Artikel 4 Voorwaarden\n4.2 De ARBIT-2018, waarnaar in artikel 6 van uw offerte wordt verwezen, zijn niet van toepassing.\n`);
    expect(byArticle.clauses['change-of-control']!.present).toBe(false);
  });

  it('carves out what a supplier accepts the standard terms without ("Wij aanvaarden dat, met uitzondering van …")', () => {
    const r = contract(`${nl}Voorwaarden\n1. Uw gunningsbrief verklaart de ARBIT-2018 van toepassing. Wij aanvaarden dat, met uitzondering van de artikelen van de ARBIT-2018 over escrow (depot van de broncode) en over exit en de exitregeling. Die artikelen zijn niet van toepassing.\n`);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });
});

describe('readings of sets 460–467', () => {
  it('reads a requirement answered "Nee" in a middle cell, with a comment after it, as not agreed', () => {
    const r = contract(`${nl}Bijlage 2 Eisen\n| Nr | Eis | Antwoord | Toelichting |\n| E-18 | Opdrachtgever mag bij tekortschieten van Opdrachtnemer de dienstverlening door een derde laten uitvoeren voor rekening van Opdrachtnemer. | Nee | Gezien het SaaS-karakter is dit niet mogelijk. |\n`);
    expect(r.clauses['step-in']!.present).toBe(false);
  });

  it('reads a tab-separated row that opens with its number as a row, so its "Does not comply" holds', () => {
    const r = contract(`${en}Appendix B Responses\n1\tHosting in the UK or EEA.\tComply\tAWS London region.\n2\tAuthority may terminate if the Supplier undergoes a change of control.\tDoes not comply\tSee clause 2.4.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 468–475', () => {
  it('reads no clause in a table of contents whose entries end in bare page numbers', () => {
    const toc = 'CONTENTS\nARTICLE 1 Services 1\nARTICLE 2 Termination 1\nARTICLE 3 Change of Control 2\nARTICLE 4 Governing Law 2\n\n';
    const body = (art3: string) => `${en}${toc}ARTICLE 1 Services\nThe Supplier hosts the platform.\n\nARTICLE 2 Termination\nEither party may terminate this Agreement for material breach.\n\nARTICLE 3 Change of Control\n${art3}\n\nARTICLE 4 Governing Law\nThis Agreement is governed by the laws of England.\n`;
    expect(contract(body('The Customer may terminate this Agreement if control of the Supplier changes.')).clauses['change-of-control']!.evidence.map((e) => e.section)).toEqual(['3']);
    expect(contract(body('[Not used.]')).clauses['change-of-control']!.present).toBe(false);
  });

  it('reads an article whose only body, under its heading, marks it omitted as granting nothing', () => {
    for (const head of ['ARTICLE 2 Termination for Convenience', 'ARTICLE 2\nTERMINATION FOR CONVENIENCE', 'Artikel 2 Opzegging zonder reden']) {
      const r = contract(`${en}ARTICLE 1 Services\nThe Supplier hosts the platform.\n\n${head}\n[Intentionally omitted.]\n\nARTICLE 3 Governing Law\nThis Agreement is governed by the laws of England.\n`);
      expect(r.clauses['termination-for-convenience']!.present, head).toBe(false);
    }
    // A marker that opens a body with more under it is no marker of the whole article.
    const kept = contract(`${en}ARTICLE 2 Termination for Convenience\n[Intentionally omitted.]\nThe Customer may terminate this Agreement at any time for convenience on 30 days' notice.\n`);
    expect(kept.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('reads two parties named only by company name by who carries the duties, where paying and providing weigh even', () => {
    const r = contract('MASTER SERVICES AGREEMENT\nThis Agreement is entered into by GRANITE PEAK MUTUAL INSURANCE COMPANY, a Wisconsin mutual insurance company ("Granite Peak"), and SUMMIT MAILWORKS, INC., a Minnesota corporation ("Summit").\n1.1 Summit will provide services under statements of work.\n2.1 Summit shall meet the service levels in each statement of work.\n2.2 Summit shall maintain a business continuity plan.\n2.3 Summit shall keep all records confidential.\n3.1 If Summit fails to meet the same service level in two consecutive months, Granite Peak may, upon notice, perform the affected services itself or have them performed by a third party.\n3.2 Summit shall pay Granite Peak the reasonable costs of such performance.\n4.1 Granite Peak shall pay undisputed invoices within thirty days.\n');
    expect(r.parties).toMatchObject({ customer: ['Granite Peak'], supplier: ['Summit'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('leaves out a party that joins for one article only, so the other two are buyer and supplier', () => {
    const r = contract('DE ONDERGETEKENDEN\n\nDe Provincie Utrecht, gevestigd te Utrecht (hierna: "de Provincie");\n\nQlix B.V., gevestigd te Amersfoort (hierna: "Qlix");\n\nen, uitsluitend voor wat betreft artikel 15,\n\nQlix Group Holding N.V., gevestigd te Amersfoort, de enig aandeelhouder van Qlix (hierna: "Qlix Holding");\n\nArtikel 13 Exit\n13.1 Gedurende zes maanden na het einde van de overeenkomst zet Qlix de dienstverlening op verzoek van de Provincie ongewijzigd voort.\n');
    expect(r.parties).toMatchObject({ customer: ['de Provincie'], supplier: ['Qlix'] });
    expect(r.clauses['post-termination-services']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads a public-law association as the buyer where neither party has a role word', () => {
    const r = contract('Service Agreement\nbetween\nZweckverband Kommunale IT Nordhessen, a public-law special-purpose association, Kassel ("KITN"),\nand\nAurorion Identity GmbH, Frankfurt am Main ("Aurorion").\n4.1 If Aurorion fails to remedy a Severity 1 incident within the resolution time, KITN may have the necessary measures carried out by a third party at Aurorion\'s expense.\n');
    expect(r.parties).toMatchObject({ customer: ['KITN'], supplier: ['Aurorion'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('reads the grounds of a list written on one line ("indien: a. …; b. …") each with the lead that grants the right', () => {
    const r = contract('Tussen de Provincie Utrecht (hierna: "de Provincie") en Qlix B.V. (hierna: "Leverancier").\n\n14.2 De Provincie kan de overeenkomst met onmiddellijke ingang ontbinden indien: a. Leverancier in staat van faillissement wordt verklaard; b. de zeggenschap over Leverancier wijzigt; c. Leverancier haar verplichtingen niet nakomt.\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['change-of-control']!.evidence[0]!.quote).toMatch(/^b\. de zeggenschap/);
  });

  it("reads an article's old text quoted in a change sheet as struck where the article stands only as a marker of its deletion", () => {
    const r = contract('Tussen Veiligheidsregio Fryslân-Oost (hierna: "de Veiligheidsregio") en Veltrum Communications Nederland B.V. (hierna: "Veltrum").\n\nARTIKEL 7. OVERDRACHT\n7.1 Veltrum draagt de overeenkomst niet over zonder toestemming van de Veiligheidsregio.\nARTIKEL 8. INDEPLAATSTREDING\n8.1 [vervallen - zie Wijzigingsblad 1]\nARTIKEL 9. RECHT\n9.1 Op deze overeenkomst is Nederlands recht van toepassing.\n\nWIJZIGINGSBLAD 1 (onderdeel van de overeenkomst)\nIn het concept van deze overeenkomst luidde artikel 8.1: "Indien Veltrum tekortschiet in het programmeren of vervangen van randapparatuur, is de Veiligheidsregio gerechtigd deze werkzaamheden door een derde te laten uitvoeren op kosten van Veltrum." Partijen zijn overeengekomen dat deze bepaling vervalt en niet wordt vervangen.\n');
    expect(r.clauses['step-in']!.present).toBe(false);
  });

  it('keeps the new text an amendment gave an article where a later sentence strikes only its original text', () => {
    const r = contract('Tussen de Gemeente (hierna: "Opdrachtgever") en Ostwind GmbH (hierna: "Opdrachtnemer").\n\nArtikel II - Wijzigingen\n1. Artikel 12 (Wijziging zeggenschap) komt te luiden als volgt:\n   "Artikel 12 Wijziging zeggenschap\n   12.1 Opdrachtnemer stelt Opdrachtgever onverwijld schriftelijk in kennis van iedere wijziging in de zeggenschap over Opdrachtnemer."\n   De oorspronkelijke tekst van artikel 12, die luidde: "Indien de zeggenschap over Opdrachtnemer overgaat op een derde, is Opdrachtgever bevoegd de Overeenkomst te ontbinden", vervalt.\n2. Artikel 15 (Indeplaatsstelling) vervalt. De oorspronkelijke tekst luidde: "Indien Opdrachtnemer tekortschiet, is Opdrachtgever gerechtigd de werkzaamheden door een derde te laten uitvoeren, op kosten van Opdrachtnemer."\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(r.clauses['change-of-control']!.evidence.map((e) => e.quote)).toEqual([expect.stringMatching(/^12\.1 Opdrachtnemer stelt/)]);
    expect(r.clauses['step-in']!.present).toBe(false);
  });
});

describe('readings of sets 476–483', () => {
  it("reads an answer's \"No.\" before the sentence that declares a standard as no denial of it", () => {
    const r = contract('Between the State of the Netherlands (the "Client") and Halvorsen Inc. (the "Contractor").\n\n1.1 ARBIT-2022 applies to this Agreement.\n\nMemorandum 1, question 6: Can the Contractor\'s licence terms govern the licence?\nAnswer: No. ARBIT-2022 applies to the licence.\n');
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', disapplied: null });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads a rule for what a clarification log may disapply as no disapplication of the standard itself', () => {
    const r = contract('Tussen de Omgevingsdienst (hierna: "Opdrachtgever") en Inspecta B.V. (hierna: "Opdrachtnemer").\n\n1.1 Op deze Overeenkomst zijn van toepassing de ARBIT-2018, met uitzondering van de daarin opgenomen bepalingen over escrow.\n1.2 Voor zover de Nota van Inlichtingen bepaalt dat andere bepalingen van de ARBIT-2018 niet van toepassing zijn, geldt de Nota van Inlichtingen.\n');
    expect(r.standards[0]!.disapplied).toBeNull();
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('reads questions in a clarification log by their labels: a reference before the label, "Q. 44 … ? A. 44", who asks', () => {
    const r = contract('Between the City (the "Customer") and Playmaker Corp. (the "Vendor").\n\n5.1 The Vendor shall host the platform.\n\nAddendum 3 - Questions and answers\nC-19 Query: Draft clause 8 requires the Vendor to deposit the source code with an escrow agent. Will this stay?\nResponse: No. Clause 8 is deleted.\nQ. 44 Will the City require transition services at the end of the term? A. 44 No. The City will export its data itself.\nItem 5. Supplier question: Clause 9 lets the Customer terminate upon a change of control of the Vendor. Is this negotiable?\nCustomer answer: Clause 9 is deleted without replacement.\n');
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('reads the article a Dutch deletion names right after its verb, not one a phrase before the verb refers to', () => {
    const r = contract('Tussen de Gemeente (hierna: "Opdrachtgever") en Tessera B.V. (hierna: "Opdrachtnemer").\n\nArtikel 9 Depot\n9.1 Opdrachtnemer deponeert de broncode bij een escrow-agent.\n\nArtikel 10 Exit\n10.1 Bij het einde van de Overeenkomst verleent Opdrachtnemer alle medewerking die nodig is voor de overgang naar een door Opdrachtgever aangewezen opvolgende leverancier.\n\nArtikel 12 Nota van Inlichtingen\n12.1 Gezien de exitregeling in artikel 10 vervalt artikel 9 in zijn geheel.\n');
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['post-termination-services']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('keeps a clause whose new text an answer says is now shown in the contract', () => {
    const r = contract('Between the Ambulance Authority (the "Authority") and Pellucid Ltd (the "Contractor").\n\n6.1 [As amended by Clarification C-19] The Contractor shall deposit the source code of the software with an independent escrow agent and shall update the deposit with each release.\n\nClarifications\nC-19 Query: Draft clause 6 states that escrow "may be agreed between the parties at a later stage". Will escrow be required from the outset?\nResponse: Yes. Clause 6 of the draft Agreement is replaced by the text now shown as clause 6.1.\n');
    expect(r.clauses['source-code-escrow']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads clauses numbered under roman articles beyond IV ("VII.1", "VII.2") and a right that points back to the one before', () => {
    const r = contract('Tussen de Provincie (hierna: "de Provincie") en Tunnelsafe B.V. (hierna: "Opdrachtnemer").\n\nVI. DUUR\n\nVI.1 De overeenkomst loopt vier jaar.\n\nVII. ZEGGENSCHAP\n\nVII.1 Opdrachtnemer deelt de Provincie onverwijld schriftelijk mee wanneer de zeggenschap over Opdrachtnemer overgaat op een of meer anderen.\nVII.2 De Provincie is in dat geval bevoegd de overeenkomst met inachtneming van een termijn van drie maanden schriftelijk te beëindigen.\n');
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['change-of-control']!.evidence[0]!.section).toBe('VII.2');
  });

  it('reads a numbered list that its lead opens after a colon ("…: (1) …; (2) …; (3) …") item by item with that lead', () => {
    const r = contract('Between the State of Nevada (the "State") and Silverline LLC (the "Contractor").\n\nD. In the event of termination of this Contract for any reason, the parties agree that the provisions of this Subsection survive termination: (1) the parties shall account for all claims; (2) Contractor shall complete work in progress; (3) Contractor shall assist in the orderly transition of the services to the State or a successor contractor.\n');
    expect(r.clauses['post-termination-services']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads party names without the comma US drafting puts inside the quotes, and the Commonwealth as the buyer', () => {
    const r = contract('This contract entered into by Allegiant Payment Services, Inc., hereinafter called the "Contractor," and the Commonwealth of Virginia, Department of Social Services, hereinafter called "VDSS".\n\nG. DEFAULT: In case of failure to deliver goods or services in accordance with the contract terms, the Commonwealth, after due oral or written notice, may procure them from other sources and hold the Contractor responsible for any resulting additional costs.\n');
    expect(r.parties.supplier).toEqual(['Contractor']);
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it("reads a company called by a public body's word (\"the Agency\") by what it does, not as the buyer", () => {
    const r = contract('PARTIES\n(1) COPPERLINE GROWTH PARTNERS LTD, a company incorporated in England and Wales (the "Agency"); and\n(2) HEATHFIELD BUILDING SOCIETY, a building society (the "Society").\n3.1 The Agency shall provide the marketing services.\n3.2 The Agency shall meet the service levels.\n3.3 The Agency shall keep the platform available.\n3.4 The Agency shall report monthly.\n9.3 If the Agency undergoes a change of control, the Society may terminate this Agreement by written notice.\n');
    expect(r.parties).toMatchObject({ customer: ['Society'], supplier: ['Agency'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads a public body that supplies a party named by a buyer\'s role word as the supplier, but not beside a reseller', () => {
    const rdw = contract('Tussen de Dienst Wegverkeer (hierna: "RDW") en Parkeerdata B.V. (hierna: "Afnemer").\n\n8. De RDW kan de overeenkomst met onmiddellijke ingang beëindigen indien: a. Afnemer in strijd handelt met artikel 3; b. de zeggenschap over Afnemer wijzigt.\n');
    expect(rdw.parties).toMatchObject({ customer: ['Afnemer'], supplier: ['RDW'] });
    expect(rdw.verdict).not.toBe('protected');
    const resale = contract('De ondergetekenden:\n\nDienst Gemeenschappelijke Rijkssystemen (DGR), onderdeel van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, hierna "DGR",\n\nen\n\nLicentiehuis Noord B.V., Zuiderdiep 45, Groningen, hierna "Wederverkoper",\n\n5. DGR kan de overeenkomst ontbinden indien de zeggenschap over Wederverkoper wijzigt.\n');
    expect(resale.parties.supplier).not.toContain('DGR');
  });
});

describe('readings of sets 484–491', () => {
  it("reads a standard's name with a footnote's mark on it (\"de GIBIT¹\")", () => {
    const r = contract('Tussen de Gemeente Oostervaart (hierna: "Opdrachtgever") en Civiqa B.V. (hierna: "Opdrachtnemer").\n\n1.2 Op deze nadere overeenkomst zijn de GIBIT¹ van toepassing.\n');
    expect(r.standards.map((s) => s.standard)).toContain('GIBIT');
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it("reads an article's old text quoted in brackets in the sentence that records its deletion as struck", () => {
    const r = contract('Tussen de Provincie (hierna: "Afnemer") en Telnet B.V. (hierna: "Leverancier").\n\n1.2 Partijen stellen vast dat artikel 17 van de concept-Raamovereenkomst ("Wijziging in zeggenschap: Afnemer is bevoegd de overeenkomst te ontbinden indien de zeggenschap over Leverancier wijzigt") bij Nota van Inlichtingen nr. 2 in zijn geheel is geschrapt.\n');
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });
});

describe('readings of sets 491–499', () => {
  it('strikes a heading marked "(not applicable, see …)" with the articles under it, but not one narrowed to a case', () => {
    const marked = `${en}4. Council Conditions\n4.1 These Conditions are governed by the laws of Ireland.\n\n5. Delivery note terms (not applicable, see section 3)\n5.1 The Supplier may terminate the contract if control of the Customer changes.\n5.2 The Customer shall not assign the contract without the Supplier's consent.\n`;
    const r = contract(marked);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(false);
    const narrowed = contract(marked.replace('(not applicable, see section 3)', '(not applicable to the pilot phase)'));
    expect(narrowed.clauses['anti-assignment']!.present).toBe(true);
  });

  it('reads a provision named by its subject and refused or switched off as no clause', () => {
    expect(finds('change-of-control', 'C. Wij accepteren ARBIT-2022, met één wijziging: het artikel van ARBIT over ontbinding bij wijziging in de zeggenschap kunnen wij niet accepteren.', nl)).toBe(false);
    expect(finds('change-of-control', '3. Het bepaalde in onze inkoopvoorwaarden over het ontbinden bij overname van de leverancier is daarmee niet van toepassing.', nl)).toBe(false);
    expect(finds('change-of-control', '3. Opdrachtgever kan de overeenkomst ontbinden bij een wijziging in de zeggenschap over Opdrachtnemer.', nl)).toBe(true);
  });

  it('keeps a standard\'s termination for convenience when only what happens "bij de beëindiging" is carved out', () => {
    const r = contract(`${nl}1. Op de overeenkomst is de GIBIT 2019 van toepassing.\n2. De bepalingen van GIBIT over het exitplan en over de medewerking van Opdrachtnemer bij de beëindiging van de overeenkomst zijn niet van toepassing.\n`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });

  it('reads the customer\'s right "within six months of that notification" with the notice of a change of control before it', () => {
    const r = contract(`${en}3.3 The Supplier shall notify the Customer within 10 days of a change of control of the Supplier. The Customer may terminate this Agreement with immediate effect by notice given within 6 months of that notification.\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // … but weak where the term's definition leaves share deals out ("a transfer of shares in the Contractor or in any of its
    // shareholders does not constitute a Change of Control").
    const merger = contract(`${en}1. "Change of Control" means a merger or demerger in which the Supplier is the absorbed company. For the avoidance of doubt, a transfer of shares in the Supplier or in any of its shareholders does not constitute a Change of Control.\n3.3 Where a Change of Control occurs, the Supplier shall notify the Customer within 15 days. The Customer may, within three months of that notification, terminate this Agreement.\n`);
    expect(merger.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('reads a paragraph labelled "Toelichting (niet bindend):" under a struck article as binding no one', () => {
    const r = contract(`${nl}Art. 7 Wijziging zeggenschap\n[vervallen bij Wijzigingsovereenkomst 2]\n\nToelichting (niet bindend): de oorspronkelijke bepaling gaf Opdrachtgever het recht de Overeenkomst te ontbinden bij overgang van de meerderheid van de aandelen in Opdrachtnemer.\n\nArt. 8 Overdracht\nOpdrachtnemer draagt de overeenkomst niet over zonder toestemming van Opdrachtgever.\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('strikes an annex whose title marks it "(vervallen)" later in the file', () => {
    const r = contract(`${nl}1. Op de opdracht zijn de NLdigital Voorwaarden van toepassing en niet onze inkoopvoorwaarden.\n\n---------- Bijlage bij bericht 2 (vervallen): Algemene Inkoopvoorwaarden Provincie Noordwaard 2021, uittreksel ----------\nArt. 22. Bij een wijziging in de zeggenschap over Opdrachtnemer kan Opdrachtgever de overeenkomst met onmiddellijke ingang opzeggen.\n`.padEnd(900, ' '));
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('takes a municipality named in the title and then by its place name alone as the customer', () => {
    const r = contract('MUNICIPALITY OF KORENDAM\nData warehouse services – offer, order and confirmation\n\nA. Korendam accepts the offer of Blueshift Data B.V.\n7.1 If the Supplier fails to perform and does not remedy the failure, Korendam may have the services performed by a third party at the Supplier\'s expense.\n');
    expect(r.parties.customer).toContain('Korendam');
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });

  it('takes the company whose full name states a technology trade as the supplier, a defined "Transaction" as no party', () => {
    const r = contract('AMENDMENT NO. 3\n\nThis Amendment is entered into by and between CORRIGAN LEDGER SOFTWARE, INC., a Massachusetts corporation ("Corrigan"), and BALLARD MUTUAL SAVINGS BANK, a Massachusetts savings bank ("Bank").\n\n3. If any person acquires more than fifty percent (50%) of the voting stock of Corrigan, the Bank may terminate the Agreement on sixty days\' notice.\n');
    expect(r.parties).toMatchObject({ customer: ['Bank'], supplier: ['Corrigan'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    const letter = contract('Dear Counsel:\nYour letter informs us that Norrland Clinical Software, Inc. ("Vendor") has agreed that Ardent Holdings plc will acquire all of the capital stock of Vendor (the "Transaction"), and requests the consent of Whitfield County Regional Health System ("Customer").\n');
    expect(letter.parties.all).not.toContain('Transaction');
  });

  it('strikes what an article "currently permits" or what a party "agreed" under it when a later paragraph deletes that article', () => {
    const coc = contract(`${en}1. Section 15.2 of the Agreement currently permits the Customer to terminate the Agreement on ninety days' notice if any person acquires more than 50% of the voting shares of the Supplier.\n2. The Customer waives its rights under Section 15.2, and Section 15.2 of the Agreement is deleted in its entirety.\n`);
    expect(coc.clauses['change-of-control']!.present).toBe(false);
    const escrow = contract(`${en}A. Under Section 11 of the License Agreement, the Supplier agreed to maintain a deposit of the source code of the Licensed Software with Lockbridge Escrow Company.\n1. Section 11 (Source Code Escrow) of the License Agreement is deleted in its entirety.\n`);
    expect(escrow.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('strikes an article described in a long relative clause after a heading that names it ("Deletion of Section 13. Section 13 …, which required …, is hereby deleted")', () => {
    const r = contract(`${en}2. Deletion of Section 13. Section 13 (Transition of End Users) of the Agreement, which required the Supplier to continue to support the Customer's end users and to license the Software to the Customer for a wind-down period after termination, is hereby deleted in its entirety.\n`);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });

  it('strikes an annex attached after the e-mail that says it "kun je als vervallen beschouwen", unless a new text replaces it', () => {
    const mail = (say: string) => contract(`${nl}C. E-mail\nBeste Rob, ter bevestiging: op de opdracht zijn uitsluitend jullie Algemene Leveringsvoorwaarden van toepassing. ${say}\n\nBijlage 2 – Algemene Inkoopvoorwaarden Waterschap Lingevliet 2022 (uittreksel)\nArtikel 17 – Het Waterschap kan de overeenkomst opzeggen bij een wijziging van zeggenschap over Opdrachtnemer.\n`);
    expect(mail('Bijlage 2 bij onze opdrachtbrief kun je als vervallen beschouwen.').clauses['change-of-control']!.present).toBe(false);
    expect(mail('Bijlage 2 komt te vervallen en wordt vervangen door de nieuwe bijlage 2 hieronder.').clauses['change-of-control']!.present).toBe(true);
  });

  it('keeps "the ex-U.S. Territory" in one sentence, so a right "without cause" after it stays with its party', () => {
    const r = contract(`${en}11.2 The Customer may terminate this Agreement in its entirety, or in respect of the U.S. Territory or the ex-U.S. Territory only, without cause upon one hundred twenty (120) days' written notice to the Supplier.\n`);
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, to: 'customer' });
  });

  it('numbers the articles after a range heading ("4-13. Standard Terms") in sequence, so a later amendment strikes only 15.2', () => {
    const r = contract('COLOCATION SERVICES AGREEMENT\n\nThis Agreement is made by and between Peachtree DataWorks, LLC ("Provider") and Sable Creek Outfitters, Inc. ("Customer").\n\n1. Services\n\nProvider shall provide two cabinets.\n\n2. Term\n\nThe term is thirty-six months.\n\n3. Payment\n\nCustomer shall pay monthly.\n\n4-13. Standard Terms\n\nSections 4 through 13 are set out in Exhibit A.\n\n14. Termination\n\n14.1 Either party may terminate for material breach.\n\n15. End of Term\n\n15.1 Customer shall remove its equipment.\n\n15.2 Provider shall continue to provide the Services for sixty days after the end of the term to allow Customer to migrate.\n\n16. Assignment\n\nNeither party may assign this Agreement without the written consent of the other party.\n\n17. Governing Law\n\nThis Agreement shall be governed by the laws of the State of Georgia.\n\nAMENDMENT NO. 1\n\nNOW, THEREFORE, the parties agree:\n\n    1. Term Extension. Section 2 of the Agreement is amended so that the term ends on January 31, 2028.\n    2. Charges. The monthly charge in Section 3 is reduced.\n    3. End of Term. Section 15.2 of the Agreement is deleted in its entirety.\n    4. Effect. Except as amended hereby, the Agreement remains in full force and effect.\n');
    expect(r.clauses['anti-assignment']!.present).toBe(true);
    expect(r.facts.governingLaw).toBe('Georgia');
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });

  it('reads a translated template\'s "Party A (Buyer):" and "Party B (Seller):" as the parties, and a change of its actual controller as a takeover', () => {
    const r = contract('Party A (Buyer): Hoogheemraadschap van Delfzande (water authority under Dutch public law)\n\nParty B (Seller): Hangzhou Lianxin Smart Water Technology Co., Ltd.\n\nArticle 7 (1) In case the shareholders, the actual controller or the legal representative of Party B change, Party B shall notify Party A in written within 15 days after the change registration.\n');
    expect(r.parties).toMatchObject({ customer: ['Party A'], supplier: ['Party B'] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    const basic = contract('Veiligheidsregio Kennemer-Kust, a public body (hereinafter referred to as "Party A"), and Kiyomizu Denki Netherlands B.V. (hereinafter referred to as "Party B") hereby enter into this Agreement.\nArticle 1 This Agreement applies to individual transactions (hereinafter "Individual Contracts").\n');
    expect(basic.parties.all).not.toContain('Individual Contracts');
  });

  it('reads the items of a list under "Upon termination … for any reason:" with their lead, and a defined ground ("for a Safety Reason") as cause', () => {
    const r = contract('This Agreement is made between Acme Motors Inc. ("Supplier") and Riverbend Motors, Inc. ("Dealer").\n\nEIGHTH: Upon termination of this Agreement by either party for any reason:\n\n(a) Supplier shall repurchase from Dealer all new and unused Products in Dealer\'s inventory;\n\n(b) Supplier shall pay all sums due.\n');
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(finds('termination-for-convenience', "11.2 The Customer may terminate this Agreement on sixty (60) days' written notice for a Safety Reason.")).toBe(false);
  });

  it('reads a bracketed deletion that names who struck it ("[Deleted by the contracting authority before signature: …]") as no text', () => {
    const r = contract(`${en}Article I.6 – Changes concerning the Supplier\nThe Supplier shall keep the Customer informed of changes to its registered office. [Deleted by the Customer before signature: "and of any change in the ownership of the Supplier, which may give the Customer the right to terminate the Agreement under Article II.18".]\n`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('reads what a party\'s rejected terms are said to hold as no part of the contract, unless a later word accepts them', () => {
    const file = (last: string) => contract(`PROVINCE OF VLIETLAND – RECORD OF CONTRACT FORMATION\nbetween the Province of Vlietland ("the Province") and Corvanta Ltd ("Corvanta")\n\n1. Quotation\nCorvanta quotation CV-0815: FlowInsight platform. Quotation subject to Corvanta Standard Terms, governed by the laws of Ireland.\n\n2. Purchase order\nThe Province orders the platform. ARVODI-2018 applies. Corvanta's Standard Terms are rejected.\n${last}`);
    expect(file('').facts.governingLaw).toBe('Netherlands');
    expect(file("\n3. Province e-mail\nAfter all, the Province accepts that Corvanta's Standard Terms apply to this order.\n").facts.governingLaw).toBe('Ireland');
    // One article of the terms set aside leaves the rest standing.
    const part = contract(`${en}Special Term 1 - Clause 12.3 of the Orbit Call-Off Terms shall not apply to this Call-Off Contract.\nThe Orbit Call-Off Terms are governed by the laws of Ireland.\n`);
    expect(part.facts.governingLaw).toBe('Ireland');
  });

  it('reads an English clause quoted in a Dutch memo with the English rules', () => {
    const r = contract(
      `GEMEENTE HOOGEVELD\nMEMO\n\nAanleiding\nSummit Ridge Learning LLC heeft aangekondigd dat zij de dienstverlening aan gemeenten in Europa beëindigt. De afdeling vraagt welke voorwaarden gelden voor het abonnement dat met een creditcard van de gemeente is afgesloten.\n\nBeoordeling\n1. De overeenkomst is tot stand gekomen door aanvaarding van het online aanbod van Summit Ridge, inclusief de Terms of Service. De inkooporder die de gemeente daarna heeft verzonden, verandert daar niets aan.\n2. Wat staat er in de Terms of Service?\n- Sectie 11.3 (Assignment): "Customer may not assign or transfer this Agreement without Summit Ridge's prior written consent."\n- Sectie 11.7 (Governing Law): "This Agreement shall be governed by the laws of the State of California, excluding its choice of law rules."\n`,
    );
    expect(r.facts.governingLaw).toBe('California');
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('reads terms passed over ("governed by …, not by the FMRO General Purchasing Conditions") as rejected, and what a letter is reported to have said of them as no acceptance', () => {
    const r = contract(
      `LEGAL OPINION\nFederal Maritime Records Office (FMRO) - Legal Service\n\n1. Summary\nThe contract with Stonegate Archival Systems, Inc. is governed by Stonegate's Customer Terms, not by the FMRO General Purchasing Conditions.\n\n2. Facts\n2.2 The FMRO's order letter stated that the FMRO General Purchasing Conditions apply "with priority over any conditions of the contractor". Those conditions allow the FMRO to have the services performed by a third party at the contractor's expense, to terminate if control of the contractor changes, and require transition assistance at the end of the contract.\n`,
    );
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });

  it('a sentence that sets one provision of rejected terms aside is no acceptance of them', () => {
    const r = contract(
      `This Call-Off is made between the Agency for Spatial Data ("ASED") and Kestrel Geoinformatics Ltd (the "Contractor").\n\n2.1 GIBIT applies to this Call-Off. The Contractor Terms do not apply.\n17.1 The choice of law and forum in GIBIT apply. Any provision in the Contractor Terms on governing law or jurisdiction does not apply.\n\nContractor Terms (extract, for information)\n8. This agreement is governed by the law of England and Wales.\n`,
    );
    expect(r.facts.governingLaw).toBe('Netherlands');
  });

  it('reads "§6." as section 6, so an amendment that deletes Section 6 strikes it', () => {
    const r = contract(
      `This Agreement is made between Berkshire Physicians Organization, Inc. ("BPPO") and Northfield Revenue Solutions, Inc. ("Northfield").\n\n§5. Services. Northfield shall provide the billing services.\n\n§6. Change of Control of Northfield. In the event that Northfield undergoes a change of control, BPPO may terminate this Agreement upon sixty (60) days' written notice.\n\n§7. Fees. BPPO shall pay the fees.\n\nFIRST AMENDMENT\n\n1. Section 6 of the Agreement is hereby deleted in its entirety.\n`,
    );
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it('an item read with its heading\'s topic ("ASSIGNMENT; CHANGE OF CONTROL") grants no right on a takeover where the next item of its article denies it', () => {
    const file = (b: string) =>
      contract(
        `This Agreement is made between Seaview Hospital ("Hospital") and Coastal Hospitalist Group, P.A. ("Provider").\n\nVIII. ASSIGNMENT; CHANGE OF CONTROL\n\nA. Provider may not assign this Agreement without Hospital's prior written consent.\n\n${b}\n\nIX. MISCELLANEOUS\n\nA. This Agreement is governed by the laws of the State of Florida.\n`,
      );
    expect(file("B. Notwithstanding the foregoing, a sale or transfer of the equity of Provider, or a merger of Provider with another entity, shall not be deemed an assignment of this Agreement, shall not require Hospital's consent, and shall not give rise to any right of Hospital to terminate this Agreement.").clauses['change-of-control']!.present).toBe(false);
    expect(file('B. Provider shall keep Hospital informed of the services.').clauses['change-of-control']!.present).toBe(true);
  });

  it('a standard\'s provisions set aside by subject lose only the subject of that part of the sentence', () => {
    const r = contract(
      `${nl}2.2 Op deze opdracht zijn de ARBIT-2022 van toepassing.\n2.4 Partijen komen overeen dat de bepalingen van ARBIT-2022 over broncodedepot/escrow op deze overeenkomst niet van toepassing zijn; het betreft een standaard SaaS-dienst waarvoor de Gemeente genoegen neemt met de exitregeling.\n`,
    );
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });

  it('reads terms "als niet geschreven" and a standard that does "not form part of the contract" as set aside, and an annex that "vervalt in haar geheel" as struck', () => {
    const unwritten = contract(
      `BESTELBON\nKlant : Intercommunale Zenne-Dender ("IZD")\nLeverancier : Trellis Networks, Inc., Austin, TX\n\nORDERBEVESTIGING TRELLIS\n"Alle leveringen gebeuren onder de Trellis Global Terms of Sale. Onder de Trellis Global Terms of Sale kan de klant een bestelling op elk ogenblik annuleren tegen betaling van een vergoeding van 15%."\n\nE-MAIL TRELLIS\nWij zullen de bestelling uitvoeren onder uw bestelbon en uw voorwaarden. De verwijzing naar de Trellis Global Terms of Sale in onze orderbevestiging mag u als niet geschreven beschouwen.\n`,
    );
    expect(unwritten.clauses['termination-for-convenience']!.present).toBe(false);
    const notPart = contract(
      `MEMO\nMunicipality of Arkelwaard ("the Municipality") and Brightline Analytics, Inc. ("Brightline")\n\n2.1 Our purchase order declares the ARVODI-2018 applicable.\n3.3 My conclusion is that the Online Subscription Terms govern, and that the ARVODI-2018 do not form part of the contract.\n`,
    );
    expect(notPart.clauses['termination-for-convenience']!.present).toBe(false);
    const annex = contract(
      `${nl}17.2 Het broncodedepot is geregeld in Bijlage D.\n\nBijlage D – Broncodedepot\n1. Opdrachtnemer deponeert binnen drie maanden na de Ingangsdatum de broncode bij een notaris als depothouder.\n\nAddendum 1 bij de Overeenkomst\n1. Bijlage D (Broncodedepot) vervalt in haar geheel met ingang van de datum van ondertekening van dit Addendum.\n`,
    );
    expect(annex.clauses['source-code-escrow']!.present).toBe(false);
    // … also one that "vervalt eveneens" beside the article it goes with, printed again after the amendment.
    const also = contract(
      `${nl}15. Broncode\n15.1 Het broncodedepot is geregeld in Bijlage 4.\n\nWijzigingsovereenkomst\nKomen overeen:\n1. Artikel 15 van de overeenkomst vervalt.\n2. Bijlage 4 (Depotregeling) vervalt eveneens.\n\nBIJLAGE 4 - DEPOTREGELING (zoals opgenomen bij de oorspronkelijke overeenkomst)\n1. Opdrachtnemer deponeert de broncode van iedere nieuwe release bij een onafhankelijke depothouder.\n`,
    );
    expect(also.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('reads a standard "niet langer van toepassing, met uitzondering van de bepalingen inzake geheimhouding" as set aside but for what the exception keeps', () => {
    const file = (later: string) =>
      contract(`${nl}1.1 Op de Raamovereenkomst zijn de ARVODI-2018 van toepassing.\n2.1 ${later}\n`);
    const ended = file('Met ingang van de Beëindigingsdatum zijn de ARVODI-2018 niet langer van toepassing op de rechtsverhouding tussen Partijen, met uitzondering van de bepalingen inzake geheimhouding.');
    expect(ended.clauses['termination-for-convenience']!.present).toBe(false);
    expect(ended.clauses['anti-assignment']!.present).toBe(false);
    // An exception in a declaration that applies the standard carves out only what it names.
    const kept = file('Op deze overeenkomst zijn de ARVODI-2018 van toepassing, met uitzondering van de bepaling inzake opzegging, die tussen Partijen niet van toepassing is.');
    expect(kept.clauses['termination-for-convenience']!.present).toBe(false);
    expect(kept.clauses['anti-assignment']!.present).toBe(true);
  });
});

describe('reading who writes and what stays unsaid', () => {
  it('reads a letter from the body that confirms "uw offerte": "wij" are the customer and the letterhead\'s initials name it', () => {
    const letter = (accepts: string) =>
      contract(
        'Regionaal Archief Centrum Lekstroom\nBezoekadres: Dorpsstraat 4, Vianen\nAan: Depotwerk B.V.\n\nGeachte heer Jansen,\n\n' +
          `${accepts} Wij sturen u hierbij de afspraken die wij met u hebben gemaakt. Wij vragen u deze te ondertekenen en aan ons terug te sturen. Wij danken u voor uw medewerking en wij zien uit naar de samenwerking met u.\n` +
          'Artikel 5. Overname van Depotwerk\n5.1 Depotwerk meldt het RACL schriftelijk iedere voorgenomen overdracht van aandelen waardoor een ander zeggenschap over Depotwerk verkrijgt.\n5.2 Het RACL kan binnen zestig dagen na de melding de opdracht schriftelijk opzeggen. Het RACL kan ook in andere gevallen met het RACL overleggen.\n',
      );
    const confirmed = letter('Hierbij bevestigen wij de opdracht conform uw offerte van 1 mei.');
    expect(confirmed.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads "onze inkoopvoorwaarden … zijn niet van toepassing" as rejecting the purchasing terms the order declared, with the articles it quoted from them', () => {
    const thread = (reply: string) =>
      contract(
        'Bestelling\nOp deze bestelling zijn de Algemene Inkoopvoorwaarden Stichting Lindeboom 2021 van toepassing.\n' +
          'Wij wijzen u op artikel 14 van onze inkoopvoorwaarden, waarin is bepaald: "Opdrachtgever kan de overeenkomst ontbinden indien de zeggenschap over Opdrachtnemer overgaat op een derde."\n\n' +
          `Antwoord van de stichting\n${reply}\n`,
      );
    expect(present(thread('Akkoord, de bestelling blijft ongewijzigd.'), 'change-of-control')).toBe(true);
    expect(present(thread('Akkoord. Uw voorwaarden zijn van toepassing; onze inkoopvoorwaarden (inclusief artikel 14) zijn op deze bestelling niet van toepassing.'), 'change-of-control')).toBe(false);
  });

  it('reads a definition whose term the contract never uses as granting nothing, and one it uses as read before', () => {
    const file = (article: string) =>
      contract(
        `${nl}Artikel 2. Definities\n2.1 In deze overeenkomst wordt verstaan onder:\ni. Depotovereenkomst: een overeenkomst tussen partijen en een depotstichting inzake het in depot geven van de broncode;\nii. Werkdag: maandag tot en met vrijdag.\n\nArtikel 9. Broncode\n${article}\n`,
      );
    expect(present(file('[Vervallen.]'), 'source-code-escrow')).toBe(false);
    expect(present(file('Opdrachtnemer sluit binnen een maand een Depotovereenkomst.'), 'source-code-escrow')).toBe(true);
  });

  it('reads "On these subjects the corresponding ARBIT provisions do not apply" after a list of subjects, not past "other than … a change in control"', () => {
    const r = contract(
      `${en}3.1 The General Government Terms and Conditions for IT Contracts 2022 (ARBIT 2022) apply to this agreement.\n` +
        "3.2 The Supplier's Terms of Business prevail over ARBIT 2022 with respect to the following subjects only: (a) limitation of liability; (b) termination of the agreement other than for breach or for a change in control; and (c) the return and deletion of data at the end of the agreement. On these subjects the corresponding ARBIT 2022 provisions do not apply.\n",
    );
    expect(r.standards[0]!.disapplied).toBeNull();
    expect(present(r, 'change-of-control')).toBe(true);
    expect(present(r, 'termination-for-convenience')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(false);
    expect(present(r, 'step-in')).toBe(true);
  });

  it('does not let a list of subjects that stopped go on at a "(d)" of another list in another article', () => {
    const r = contract(
      `${en}1.1 The ARBIT-2022 apply to this Agreement.\n\n1.3 By way of exception, the Subscription Terms prevail over the ARBIT-2022 in respect of the following subjects: (a) termination of this agreement for\nconvenience; (b) exit and the return of data\nat the end of the agreement; and\n(c) the deposit of source code. The corresponding provisions of the ARBIT-2022 shall not apply.\n\n` +
        '1.4 For the avoidance of doubt, the provisions of the ARBIT-2022 on dissolution in the event of a change in control and on the right to have work performed by a third party remain fully applicable.\n\n' +
        '2. Interpretation\n\n2.1 The following terms have these meanings.\n\n(a) Incident: any interruption of the Services;\n(b) Specifications: the requirements in the tender;\n(c) Business Day: a day other than a Saturday or Sunday;\n(d) Working Hours: 08:00 to 18:00 on Business Days;\n',
    );
    expect(present(r, 'change-of-control')).toBe(true);
    expect(present(r, 'step-in')).toBe(true);
    expect(present(r, 'termination-for-convenience')).toBe(false);
  });

  it('reads "have not been declared applicable" as no declaration of the standard', () => {
    const r = contract(`${en}1.2 In particular, the General Government Terms and Conditions for IT Contracts have not been declared applicable, as the feed is a standard commercial product.\n`);
    expect(r.standards.every((u) => u.disapplied !== null)).toBe(true);
    expect(present(r, 'step-in')).toBe(false);
  });

  it('reads an extract whose part title says the terms do not apply ("V. Uittreksel Algemene Voorwaarden X - niet van toepassing (zie II en\\nIII)") as stating nothing', () => {
    const file = (title: string) =>
      contract(
        'Dit dossier bestaat uit: (I) de offerte van Kaartwerk Nederland B.V., (II) de opdrachtbrief van de gemeente Veldhoven, (III) de bevestiging van Kaartwerk.\n\n' +
          'II. Opdrachtbrief\nOp deze opdracht zijn uitsluitend de Algemene Inkoopvoorwaarden gemeente Veldhoven van toepassing. De toepasselijkheid van de Algemene Voorwaarden Kaartwerk wordt uitdrukkelijk van de hand gewezen.\n\n' +
          `${title}\nArtikel 4. Duur. 4.1 Kaartwerk kan de overeenkomst te allen tijde opzeggen met inachtneming van een opzegtermijn van drie maanden.\n`,
      );
    expect(present(file('V. Uittreksel Algemene Voorwaarden Kaartwerk (versie 2022) - niet van toepassing (zie II en\nIII)'), 'termination-for-convenience')).toBe(false);
  });

  it('reads "Such a transaction shall not by itself give Customer a right to terminate" as denying the right in the case the notice names', () => {
    // (Hard-wrapped at 88 characters, as an EDGAR exhibit is.)
    const wrap = (p: string) => p.replace(/(.{1,88})(?:\s+|$)/g, '$1\n').trimEnd();
    const r = contract(
      [
        'This Manufacturing Services Agreement is made between Rivermoor Packaging, Inc. ("Manufacturer") and Halden Foods, Inc. ("Customer").',
        'Section 9. Term and Termination.',
        '(a) Term. This Agreement shall commence on the Effective Date and continue for an initial term of three (3) years. Thereafter it shall renew automatically for successive one (1) year periods unless either Party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.',
        '(b) Termination for Breach. Either Party may terminate this Agreement by written notice if the other Party commits a material breach of this Agreement and fails to remedy it within thirty (30) days after receiving written notice specifying the breach.',
        '(c) Insolvency. Either Party may terminate this Agreement immediately by written notice if the other Party becomes insolvent or ceases to carry on business in the ordinary course.',
        '(d) Notice of Ownership Change. Manufacturer shall give Customer written notice within ten (10) Business Days after any transaction by which a Person acquires control of Manufacturer or acquires all or substantially all of the assets used in making the Products. Such a transaction shall not by itself give Customer a right to terminate this Agreement.',
        '(e) Effect of Termination. Upon termination or expiry of this Agreement for any reason all amounts accrued shall become immediately due and payable.',
      ]
        .map(wrap)
        .join('\n\n') + '\n',
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('reads a defined term whose quotation a line break splits (\'"Sale\\nTransaction" means …\') where the contract uses it', () => {
    const r = contract(
      'This Subscription Agreement is made between Lakeview Bakeries Co. ("Customer") and Rosterly Inc. ("Supplier").\n' +
        'ARTICLE 1 — DEFINITIONS\n1.1 "Shop" means each bakery enrolled on the platform. "Sale\nTransaction" means (a) any acquisition of more than fifty percent (50%) of the voting securities of Supplier; or (b) a sale of all or substantially all of the assets of Supplier.\n' +
        'ARTICLE 12 — TERM AND TERMINATION\n12.3 Supplier shall give Customer written notice of any Sale Transaction within ten (10) days after signing the definitive agreement for it. Customer may terminate this Agreement by notice to Supplier at any time within ninety (90) days after completion of the Sale Transaction.\n',
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads a defined term given in a lettered list item ("b) Verwerving: …") where the contract uses it', () => {
    const r = contract(
      `${nl}Artikel 1 Begrippen\n1.1 Aanvullend geldt:\na) Beslissende Zeggenschap: de bevoegdheid om het beleid van Opdrachtnemer te bepalen, onder meer door het houden van de meerderheid van de aandelen;\nb) Verwerving: iedere transactie waardoor een derde Beslissende Zeggenschap over Opdrachtnemer verkrijgt.\n` +
        'Artikel 10 Overname\n10.1 Opdrachtnemer informeert Opdrachtgever vóór het totstandkomen daarvan over een voorgenomen Verwerving.\n10.2 Opdrachtgever kan de Overeenkomst na een Verwerving schriftelijk opzeggen met een opzegtermijn van ten minste twee maanden.\n',
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads the party the other appoints as its reseller as the customer, whatever its name ("Solution Provider")', () => {
    const r = contract(
      'THIS AUTHORIZED SOLUTION PROVIDER AGREEMENT is made between Northgate Clinical Software Corporation ("NCS") and Harbor Health Systems LLC ("Solution Provider").\n' +
        'ARTICLE 2 – APPOINTMENT\n2.1 NCS hereby appoints Solution Provider as a non-exclusive value-added reseller of the NCS Software in the Territory, and Solution Provider accepts such appointment.\n' +
        'ARTICLE 13 – TERMINATION\n13.3 If any person acquires fifty percent (50%) or more of the outstanding voting stock of NCS, NCS shall give Solution Provider written notice within fifteen (15) days of the closing, and Solution Provider may, within one hundred twenty (120) days after receipt of such notice, terminate this Agreement.\n',
    );
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });
});

describe('what a carve-out of standard terms names', () => {
  const arbit = (deviation: string) =>
    textReport(
      `OVEREENKOMST VERKIEZINGSPROGRAMMATUUR\nTussen de gemeente Brekenstein (hierna: "Opdrachtgever") en Kiesdata Nederland B.V. (hierna: "Leverancier").\nArtikel 1 ARBIT\n1.1 Op deze overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2014 (ARBIT-2014) van toepassing.\n1.2 ${deviation}\n`,
      rules,
      policy,
    );

  it('reads "als grond voor ontbinding of beëindiging" in a carve-out of ending at will as no carve-out of the takeover article', () => {
    const r = arbit(
      'In afwijking van ARBIT-2014 is Opdrachtgever niet bevoegd de overeenkomst tussentijds op te zeggen anders dan in de gevallen die in ARBIT-2014 uitdrukkelijk als grond voor ontbinding of beëindiging zijn genoemd. De ARBIT-bepaling over opzegging zonder opgave van redenen is derhalve niet van toepassing.',
    );
    expect(present(r, 'termination-for-convenience')).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads a right to end "within six months of the later of (a) the date of the Trigger Event and (b) …" as one right for that event, a defined ground', () => {
    const r = contract(
      en +
        '1. Definitions\n- "Initial Term": thirty-six (36) months from the date the Services are first activated;\n' +
        '- "Trigger Event": means (a) a Change of Control of the Supplier; or (b) the Supplier ceasing to host Customer Data within the European Economic Area.\n\n' +
        '8.1 This Agreement continues for the Initial Term and renews for successive twelve (12) month periods unless either party gives notice of non-renewal at least sixty (60) days before the end of the then-current term.\n' +
        '16.1 The Supplier shall notify the Customer immediately in writing on the occurrence of a Trigger Event.\n' +
        '16.2 The Customer may terminate this Agreement by written notice with immediate effect within six (6) months of the later of (a) the date of the Trigger Event and (b) the date on which the Customer receives notice of it.\n',
    );
    expect(present(r, 'termination-for-convenience')).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, to: 'customer' });
    // The list's dash ends "Initial Term" before the next entry: the renewal article names no takeover.
    expect(r.clauses['change-of-control']!.evidence.every((e) => e.section !== '8.1')).toBe(true);
  });

  /** A contract of the given paragraphs (blank lines between) whose "Amendment No. 1" deletes one section ("Section 3(b) … is hereby deleted … "[Reserved.]""). */
  const amended = (paragraphs: string[], section: string): ContractReport =>
    textReport(
      [...paragraphs, 'AMENDMENT NO. 1', `1. Section ${section} of the Agreement is hereby deleted in its entirety and replaced with the following: "[Reserved.]"`].join('\n\n'),
      rules,
      policy,
    );

  it('strikes only the paragraph an amendment names by its letter ("Section 3(b) … is hereby deleted"), not the article around it', () => {
    const r = amended(
      [
        'CLOUD SERVICES AGREEMENT',
        'This Cloud Services Agreement is made between Orbis Learning Technologies, Inc. ("Orbis") and Harlow Education Group, Inc. ("Customer").',
        'Section 1. Services.',
        'Orbis shall provide the hosted learning platform to Customer. Customer shall pay Orbis the fees set out in Schedule 1.',
        'Section 2. Fees.',
        'Customer shall pay each invoice within thirty (30) days.',
        'Section 3. Term and Termination.',
        '(a)  The initial term is three (3) years from the Effective Date.',
        '(b)  Customer may terminate this Agreement on thirty (30) days\' notice within six (6) months after a change of control of Orbis.',
        '(c)  Following any termination or expiration, Orbis shall make Customer\'s course content and learner data available for download in SCORM, CSV or another industry-standard format for thirty (30) days, after which Orbis shall delete it.',
      ],
      '3(b)',
    );
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'post-termination-services')).toBe(true);
    expect(r.verdict).toBe('partial');
  });

  it('reads a paragraph under a heading of two topics ("SECTION 17 - ASSIGNMENT; CHANGE IN CONTROL") without the topic an amendment struck with its other paragraph', () => {
    const r = amended(
      [
        'INFORMATION TECHNOLOGY OUTSOURCING AGREEMENT',
        'This Agreement is made between Empire Keystone Title Insurance Company ("Customer") and Brahmaputra Systems Limited ("Vendor").',
        'SECTION 1 - SERVICES',
        '(a) Vendor shall provide the Services set out in each Statement of Work. Customer shall pay Vendor the Charges.',
        'SECTION 2 - ASSIGNMENT; CHANGE IN CONTROL',
        '(a) Vendor may not assign this Agreement or any rights hereunder without the prior written consent of Customer.',
        '(b) In the event of a change in control of Vendor, Customer may terminate this Agreement upon ninety (90) days\' notice.',
      ],
      '2(b)',
    );
    expect(present(r, 'change-of-control')).toBe(false);
    expect(present(r, 'anti-assignment')).toBe(true);
  });

  /** A contract given as its lines. */
  const contractOf = (lines: string[]): ContractReport => contract(lines.join('\n'));

  it('reads a consolidated text whose headings carry their fate ("16. Exit (gewijzigd)") as the articles an addendum names by title, and does not strike the contract\'s article 3 for "zie artikel 3 van het addendum"', () => {
    const r = contractOf([
      nl.trim(),
      '',
      '3. Broncodedepot',
      '3.1 Opdrachtnemer deponeert de broncode van de Programmatuur bij een onafhankelijke escrow-agent en actualiseert het depot bij elke nieuwe versie.',
      '',
      '10. Wijziging van zeggenschap (vervallen)',
      '10.1 [Dit artikel is vervallen bij Addendum 1; zie artikel 3 van het addendum.]',
      '',
      '16. Exit (gewijzigd)',
      '16.1 Oorspronkelijke tekst: Opdrachtnemer verleent bij het einde van de Overeenkomst gedurende zes maanden medewerking aan de overdracht van de gegevens naar een opvolgende leverancier.',
      '',
      'ADDENDUM 1',
      '',
      'Artikel 3. Het artikel "Wijziging van zeggenschap" van de Overeenkomst vervalt in zijn geheel.',
      'Artikel 4. Het artikel "Exit" van de Overeenkomst wordt vervangen door de volgende tekst: "Binnen dertig dagen na het einde van de Overeenkomst verwijdert Opdrachtnemer alle gegevens van Opdrachtgever."',
      '',
    ]);
    // The exit article replaced by a deletion-only text; the escrow of article 3 stands.
    expect({ exit: r.clauses['post-termination-services']!.present, escrow: r.clauses['source-code-escrow']!.present }).toEqual({ exit: false, escrow: true });
  });

  it('strikes only "the third paragraph of the clause headed "Termination"", and takes "the definition of … in the clause headed "Definitions"" back without the other definitions', () => {
    const r = contractOf([
      'This Contract is made between the Port Health Authority (the "Authority") and Sentinel Sampling Ltd (the "Supplier").',
      '',
      'Clause 1 Definitions',
      '1.1 "Change of Control" means any person acquiring control of the Supplier.',
      '1.2 "Escrow Materials" means the source code of the Software and its build documentation.',
      '',
      'Clause 12 Escrow',
      '12.1 The Supplier shall deposit the Escrow Materials with an independent escrow agent within thirty days.',
      '',
      'Clause 13 Termination',
      '13.1 The Authority may terminate this Contract at any time by giving the Supplier three months\' written notice.',
      '13.2 Either party may terminate this Contract if the other commits a material breach.',
      '13.3 The Authority may terminate this Contract with immediate effect if the Supplier undergoes a Change of Control.',
      '',
      'SCHEDULE 3 VARIATION AGREEMENT NO. 1',
      '1. The third paragraph of the clause of the Contract headed "Termination" is deleted in its entirety.',
      '2. The definition of "Change of Control" in the clause headed "Definitions" is deleted.',
      '',
    ]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('strikes every paragraph of a range an amendment names ("Section 9(a) through 9(c)", "Sections 12.2 to 12.4"), and only those', () => {
    /** The same agreement's paragraphs, marked "(a)"… under SECTION 9, or "12.1"… under SECTION 12. */
    const agreement = (mark: (k: number) => string, article: string): string[] => [
      'MANAGED PRINT SERVICES AGREEMENT',
      'This Agreement is made between Harrow Vale County Council ("Customer") and Tessellate Imaging Inc. ("Supplier").',
      'SECTION 1 - SERVICES',
      'Supplier shall provide the Services set out in each Statement of Work. Customer shall pay Supplier the Charges.',
      `SECTION ${article} - TERMINATION AND ASSIGNMENT`,
      `${mark(1)} Customer may terminate this Agreement for convenience on sixty (60) days' written notice.`,
      `${mark(2)} Customer may terminate this Agreement if a third party acquires control of the Supplier.`,
      `${mark(3)} On termination, the Supplier shall continue to provide the Services for up to six (6) months to allow an orderly transfer to a successor supplier.`,
      `${mark(4)} Neither party may assign this Agreement without the prior written consent of the other party.`,
    ];
    const letters = amended(agreement((k) => `(${'abcd'[k - 1]})`, '9'), '9(a) through 9(c)');
    expect(present(letters, 'termination-for-convenience')).toBe(false);
    expect(present(letters, 'change-of-control')).toBe(false);
    expect(present(letters, 'post-termination-services')).toBe(false);
    expect(present(letters, 'anti-assignment')).toBe(true);
    const dotted = amended(agreement((k) => `12.${k}`, '12'), '12.2 to 12.4');
    expect(present(dotted, 'termination-for-convenience')).toBe(true);
    expect(present(dotted, 'change-of-control')).toBe(false);
    expect(present(dotted, 'post-termination-services')).toBe(false);
    expect(present(dotted, 'anti-assignment')).toBe(false);
  });
});

describe('a choice of law made for the contract and all its annexes', () => {
  it('governs the vendor terms attached over their own choice', () => {
    const r = contract(
      [
        'CLOUD SERVICES AGREEMENT',
        'The State of the Netherlands (the Ministry) ("Customer") and Bastion Licensing B.V. ("Bastion") agree as follows.',
        '1. Documents',
        '1.1 The contract consists of this Agreement, the Government Cloud Addendum (Annex A) and the Pacific Arc Enterprise Terms (Annex C).',
        '7. Governing law',
        '7.1 This Agreement and all Annexes are governed by Dutch law. The District Court of The Hague has exclusive jurisdiction.',
        '',
        'Annex C – Pacific Arc Enterprise Terms (extract)',
        'C-14 Term. Subscriptions are committed for their full term.',
        'C-20 These Terms are governed by the laws of Singapore.',
      ].join('\n'),
    );
    expect(r.facts.governingLaw).toBe('Netherlands');
  });
});

describe('readings of sets 723–734', () => {
  it('reads no definition from a sentence wrapped onto a line that opens "Call-Off Contract: …", so the contract\'s name names no exit help', () => {
    const r = contract(
      'CALL-OFF ORDER FORM\nBuyer: the Rural Payments Office ("the Buyer")\nSupplier: Brackenridge Digital Ltd ("the Supplier")\n\nSCHEDULES NOT USED\nFor the avoidance of doubt the following schedules are NOT USED in this\nCall-Off Contract: Call-Off Schedule 8 (Business Continuity); Call-Off Schedule 10 (Exit Management); Call-Off Schedule 23 (Escrow).\n\nTERMINATION\nThe Supplier may not terminate this Call-Off Contract other than for non-payment of undisputed sums.\nThe limitation of liability for this Call-Off Contract is stated in the Core Terms.\n',
    );
    expect(r.clauses['post-termination-services']!.present).toBe(false);
  });
});

describe('readings of sets 863–878', () => {
  it('does not read "tenzij nakoming … niet zinvol is" in the notice of default before a step-in as the step-in judged unnecessary', () => {
    const r = contract(`${nl}Artikel 5 Als Opdrachtnemer tekortschiet\n5.1 Komt Opdrachtnemer een verplichting niet na, dan stelt Opdrachtgever hem schriftelijk in gebreke en geeft zij hem een termijn van ten minste vijf werkdagen om alsnog na te komen, tenzij nakoming binnen die termijn vanwege een wettelijke deadline niet zinvol is.\n5.2 Heeft Opdrachtnemer na afloop van die termijn nog niet nagekomen, dan mag Opdrachtgever de betreffende werkzaamheden zelf uitvoeren of laten uitvoeren door een derde.\n`);
    expect(r.clauses['step-in']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    // (… but an escrow the parties judge "niet zinvol" is still none.)
    expect(contract(`${nl}7.1 Partijen achten een escrowregeling voor deze dienst niet zinvol.\n`).clauses['source-code-escrow']!.present).toBe(false);
  });

  it('grants nothing from a note that reports former clauses deleted or replaced, describing them in brackets', () => {
    const note = 'SCHEDULE 7 - NOTE ON AMENDMENT No. 2\n\nAmendment No. 2 deleted former clauses 5.2 and 5.3 (Customer\'s right to operate the Platform itself or through a replacement supplier during a persistent service failure, at the Supplier\'s cost) and former clause 9.2 (exit assistance and migration of content to a replacement platform). It replaced former clause 8.3 (Customer\'s right to terminate on a Change of Control of the Supplier) with the text shown above.\n';
    const r = contract(`${en}8.3 A Change of Control of the Supplier shall not give rise to any right to terminate this Agreement.\n\n${note}`);
    expect(r.clauses['change-of-control']!.strength).not.toBe('strong');
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    // (… but a sentence that gives the new text is read as usual.)
    const kept = contract(`${en}Amendment No. 2 replaced former clause 8.3 with: "The Customer may terminate this Agreement by notice within 90 days after a Change of Control of the Supplier."\n`);
    expect(kept.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('reads "These measures include …" with the sentence before that lets the customer take them', () => {
    const r = contract(`${en}5.1 If the Supplier fails to perform the services, the Customer may, after notice of default, take ex officio measures.\n5.2 These measures include having the services performed, in whole or in part, by the City's own technical department or by a third party, for the account and at the risk of the Supplier.\n`);
    expect(r.clauses['step-in']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    const nl2 = contract(`${nl}5.1 Indien Opdrachtnemer tekortschiet, kan Opdrachtgever na ingebrekestelling maatregelen van ambtswege nemen.\n5.2 Deze maatregelen omvatten het geheel of gedeeltelijk laten uitvoeren van de diensten, door de eigen technische dienst of door een derde, voor rekening en risico van Opdrachtnemer.\n`);
    expect(nl2.clauses['step-in']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
  });

  it('reads "Indien een dergelijke wijziging …" opening the next clause with the whole clause before, not its last sentence only', () => {
    const covenant = '6.1 Opdrachtnemer zal geen wijziging in de zeggenschap over zijn onderneming doen plaatsvinden, waaronder een overdracht van aandelen waardoor een derde meer dan 30% van de stemrechten verkrijgt, zonder voorafgaande schriftelijke toestemming van Opdrachtgever. Opdrachtgever zal haar toestemming niet op onredelijke gronden onthouden.';
    const end = '6.2 Indien een dergelijke wijziging zonder toestemming plaatsvindt, is Opdrachtgever gerechtigd de overeenkomst met onmiddellijke ingang te ontbinden.';
    const r = contract(`${nl}Artikel 6 Zeggenschap\n${covenant}\n${end}\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong', to: 'customer' });
    expect(r.clauses['change-of-control']!.evidence.some((e) => e.section === '6.2' && e.rule === 'change-of-control/customer-may-end')).toBe(true);
    // (… not the clause before where it is another article's: the pointer then reads its own sentence before only.)
    const other = contract(`${nl}Artikel 6 Zeggenschap\n${covenant}\nArtikel 7 Prijzen\n7.1 Indien een dergelijke wijziging van de tarieven plaatsvindt, is Opdrachtgever gerechtigd de overeenkomst te ontbinden.\n`);
    expect(other.clauses['change-of-control']!.evidence.some((e) => e.section === '7.1')).toBe(false);
    // (… nor where the pointer comes late in a clause that states its own case: not the clause before's "Either party".)
    const own = contract(`${en}4. Term\n4.3 Either party may terminate this Agreement upon thirty days' written notice if the other party materially breaches this Agreement. The Supplier may terminate immediately upon notice if the Customer fails to pay.\n4.4 If the Customer is acquired by another company, the Supplier may terminate this Agreement upon sixty days' notice, and the Customer shall give the Supplier written notice of any such transaction within thirty days after closing.\n`);
    expect(own.clauses['change-of-control']!.to).not.toBe('either');
  });

  it('reads an engagement letter\'s "(together, the "Engagement")" as the contract, not as a party', () => {
    const r = contract('LETTER OF ENGAGEMENT\n\nFrom: Kestrel Audit Ltd, 4 Mill Lane, Leeds ("Kestrel")\nTo: Gemeente Lindehoven, Markt 1, Lindehoven (the "Client")\n\nDear Sir or Madam,\n\nThis letter and the attached service terms (together, the "Engagement") set out the basis on which we will act.\n\n1. Scope\n1.1 Kestrel will audit the invoices of the Client.\n\n6. Assignment\n6.1 Neither party may assign or transfer the Engagement or any claim under it without the prior written consent of the other party.\n');
    expect(r.parties).toMatchObject({ customer: ['Client'], supplier: ['Kestrel'] });
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('knows a water company by the word its name opens with ("Waterbedrijf Rivierenland N.V."), where acts do not tell', () => {
    const r = contract('ONDERHOUDSOVEREENKOMST\n\nDe partijen:\nWaterbedrijf Lingedal N.V., gevestigd te Tiel, hierna "WLD";\nMeettechniek Oost B.V., gevestigd te Deventer, hierna "MTO";\nkomen overeen:\n\n1.1 MTO verricht het onderhoud van de meetpunten.\n4.1 Indien MTO een storing niet tijdig verhelpt, is WLD bevoegd de werkzaamheden door een derde te laten uitvoeren.\n4.2 De kosten daarvan komen voor rekening van MTO.\n');
    expect(r.parties).toMatchObject({ customer: ['WLD'], supplier: ['MTO'] });
    expect(r.clauses['step-in']).toMatchObject({ present: true, to: 'customer' });
  });
});

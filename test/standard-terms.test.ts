// The real texts of ARBIT-2014 and ARVODI-2014, and contracts that incorporate them by reference.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocument, scanFile, type ContractReport } from '../src/scan.js';
import { loadPacks } from '../src/rules/load.js';
import { compilePacks, type RuleSet } from '../src/rules/compile.js';
import { BUILTIN_POLICY, BUILTIN_RULES_DIR } from '../src/rules/builtin.js';
import { loadPolicy, type Policy } from '../src/assess/policy.js';
import { buildDocument } from '../src/document/build.js';
import { docxFile, pdfLinesFile } from './support.js';

const DATA = join(__dirname, 'data', 'standard-terms');
let rules: RuleSet;
let policy: Policy;

beforeAll(() => {
  const { packs } = loadPacks([BUILTIN_RULES_DIR], true);
  rules = compilePacks(packs);
  const p = loadPolicy(BUILTIN_POLICY);
  if (!p.ok) throw new Error('policy');
  policy = p.policy;
});

/** Sections of the direct (not inherited) evidence for a clause. */
const direct = (r: ContractReport, clause: string) =>
  r.clauses[clause]!.evidence.filter((e) => !e.inherited).map((e) => `${e.section}:${e.strength}`);

const contract = (text: string) =>
  reportDocument(buildDocument({ kind: 'txt', pages: [{ number: 1, text }] }, { file: 'c.txt', sha256: '' }), rules, policy);

describe('ARBIT-2014, the full text', () => {
  let r: ContractReport;
  beforeAll(async () => {
    r = await scanFile({ path: join(DATA, 'ARBIT-2014.txt'), display: 'ARBIT-2014.txt' }, rules, policy);
  });

  it('finds its protections in the articles themselves', () => {
    expect(direct(r, 'change-of-control')).toContain('30.3:strong');
    expect(r.clauses['change-of-control']!.to).toBe('customer');
    expect(direct(r, 'termination-for-convenience')).toContain('30.6:strong');
    expect(direct(r, 'post-termination-services').some((s) => /^32(\.\d+)?:strong$/.test(s))).toBe(true);
    expect(direct(r, 'anti-assignment').some((s) => s.startsWith('24.1:'))).toBe(true);
    expect(direct(r, 'source-code-escrow').every((s) => s.endsWith(':weak'))).toBe(true);
    expect(direct(r, 'source-code-escrow').some((s) => s.startsWith('47'))).toBe(true);
    expect(direct(r, 'step-in')).toEqual(expect.arrayContaining(['58.6:strong', '76:strong']));
  });

  it('is Dutch law and protected', () => {
    expect(r.facts.governingLaw).toBe('Netherlands');
    expect(r.verdict).toBe('protected');
  });
});

describe('ARVODI-2014, the full text', () => {
  it('has a weak change of control (merger or demerger only), TfC, data handover, no escrow: partial', async () => {
    const r = await scanFile({ path: join(DATA, 'ARVODI-2014.txt'), display: 'ARVODI-2014.txt' }, rules, policy);
    expect(direct(r, 'change-of-control')).toEqual(['22.4:weak']);
    expect(direct(r, 'termination-for-convenience')).toContain('22.6:strong');
    expect(direct(r, 'post-termination-services')).toContain('13.4:strong');
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.facts.governingLaw).toBe('Netherlands');
    expect(r.verdict).toBe('partial');
  });
});

describe('contracts that incorporate the standard terms', () => {
  const preamble = "Tussen de Gemeente Ede, hierna: 'Opdrachtgever', en Wolk B.V., hierna: 'Opdrachtnemer', is overeengekomen:\n\nArtikel 1 Voorwaarden\n";

  it('"ARBIT-2014 is van toepassing" alone inherits its protections, each citing the article', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing.`);
    const art = (c: string) => r.clauses[c]!.evidence.map((e) => e.inherited?.article);
    expect(art('change-of-control')).toContain('30.3');
    expect(r.clauses['change-of-control']!.strength).toBe('strong');
    expect(art('termination-for-convenience')).toContain('30.6');
    expect(art('post-termination-services')).toContain('32');
    expect(art('anti-assignment')).toContain('24');
    expect(r.clauses['source-code-escrow']!.strength).toBe('weak');
    expect(art('step-in')).toEqual(expect.arrayContaining(['58.6', '76']));
    expect(r.facts.governingLaw).toBe('Netherlands');
    expect(r.verdict).toBe('protected');
  });

  it('"De GIBIT 2023 maakt integraal deel uit van deze overeenkomst" declares GIBIT; "maakt geen deel uit" does not', () => {
    const r = contract(`${preamble}1.1 De GIBIT 2023 maakt integraal deel uit van deze overeenkomst.`);
    expect(r.standards.map((x) => x.standard)).toEqual(['GIBIT']);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    const not = contract(`${preamble}1.1 De GIBIT 2023 maakt geen deel uit van deze overeenkomst.`);
    expect(not.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('"The parties confirm that no … general terms (including ARBIT, ARVODI and GIBIT) apply" declares none of them; "confirm that ARBIT-2018 applies" does', () => {
    const none = contract(`${preamble}2.1 The parties confirm that no Dutch government general terms (including ARBIT, ARVODI and GIBIT) apply to the Agreement or this Addendum.`);
    expect(none.standards.length).toBeGreaterThan(0);
    expect(none.standards.every((x) => !!x.disapplied)).toBe(true);
    expect(none.clauses['termination-for-convenience']!.present).toBe(false);
    const nl = contract(`${preamble}2.1 Partijen bevestigen dat geen algemene rijksvoorwaarden (waaronder de ARBIT en de ARVODI) op deze overeenkomst van toepassing zijn.`);
    expect(nl.standards.every((x) => !!x.disapplied)).toBe(true);
    expect(nl.clauses['termination-for-convenience']!.present).toBe(false);
    const one = contract(`${preamble}2.1 The parties confirm that ARBIT-2018 applies to the Agreement.`);
    expect(one.standards.map((x) => x.standard)).toEqual(['ARBIT-2018']);
  });

  it('"In afwijking van de ARBIT-2022 heeft een wijziging in de zeggenschap … geen gevolgen" carves out the change of control only', () => {
    const r = contract(`${preamble}2. Op deze overeenkomst is de ARBIT-2022 van toepassing.\n3.1 In afwijking van de ARBIT-2022 heeft een wijziging in de zeggenschap over Leverancier geen gevolgen voor deze overeenkomst.`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('"In afwijking van de ARVODI-2018 is tussentijdse opzegging … uitgesloten" carves out termination for convenience only', () => {
    const r = contract(`${preamble}2.1 Op deze overeenkomst is de ARVODI-2018 van toepassing.\n2.2 In afwijking van de ARVODI-2018 is tussentijdse opzegging van deze overeenkomst door Opdrachtgever uitgesloten.`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    const en = contract(`${preamble}2.1 ARVODI-2018 applies to this Agreement.\n2.2 Notwithstanding ARVODI-2018, early termination of this Agreement by the Customer is excluded.`);
    expect(en.clauses['termination-for-convenience']!.present).toBe(false);
    expect(en.clauses['post-termination-services']!.present).toBe(true);
    // (… but not an exclusion that is itself denied: "is niet uitgesloten" leaves the right.)
    const kept = contract(`${preamble}2.1 Op deze overeenkomst is de ARVODI-2018 van toepassing.\n2.2 In afwijking van de ARVODI-2018 is tussentijdse opzegging van deze overeenkomst door Opdrachtgever niet uitgesloten.`);
    expect(kept.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a reference to the standard "geldt als niet geschreven" / "shall be deemed not written" inherits nothing', () => {
    const r = contract(`${preamble}1.1 Waar in de bijlagen naar de ARBIT-2018 wordt verwezen, geldt die verwijzing als niet geschreven.`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    const en = contract(`${preamble}1.1 Any reference to ARBIT-2018 in the annexes shall be deemed not written.`);
    expect(en.clauses['change-of-control']!.present).toBe(false);
    // (… but not a reference inside the standard to an article carved out: the standard still applies.)
    const inside = contract(`${preamble}1.1 Op deze Overeenkomst is de GIBIT van toepassing, met uitzondering van artikel 22 GIBIT (Exit). Waar in de GIBIT naar dat artikel wordt verwezen, geldt de verwijzing als niet geschreven.`);
    expect(inside.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a right described by what it lets a party do, "zoals geregeld in de ARBIT-2022", set aside carves out that right only', () => {
    const r = contract(`${preamble}1.1 Op deze overeenkomst is de ARBIT-2022 van toepassing.\n1.2 Het recht van Opdrachtgever om de overeenkomst voortijdig op te zeggen zonder dat een tekortkoming of een andere grond vereist is, zoals geregeld in de ARBIT-2022, is op deze overeenkomst niet van toepassing.`);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    const en = contract(`${preamble}1.1 ARVODI-2018 applies to this Agreement.\n1.2 The Customer's right to terminate this Agreement at any time without cause, as provided in ARVODI-2018, shall not apply.`);
    expect(en.clauses['termination-for-convenience']!.present).toBe(false);
    expect(en.clauses['post-termination-services']!.present).toBe(true);
  });

  it('"met uitzondering van artikel 30" does not inherit 30.3 or 30.6', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing, met uitzondering van artikel 30.`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['30'] });
    expect(r.verdict).toBe('partial');
  });

  it('the supplier\'s own terms being excluded does not exclude ARVODI', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARVODI-2014 van toepassing; de algemene voorwaarden van Opdrachtnemer zijn niet van toepassing.`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.verdict).toBe('partial');
    // … also in a summary table's row: each cell says its own thing.
    const row = contract(`${preamble}Voorwaarden | ARVODI-2014 (Bijlage 1) | Leveringsvoorwaarden van Opdrachtnemer zijn niet van toepassing\n1.1 Op deze Overeenkomst is de ARVODI-2014 van toepassing.`);
    expect(row.standards[0]!.disapplied).toBeNull();
    expect(row.clauses['termination-for-convenience']!.present).toBe(true);
    // … nor terms named by how they differ from it: "Van de ARVODI-2014 afwijkende voorwaarden … zijn niet van toepassing".
    const deviating = contract(`${preamble}1.1 Op deze Overeenkomst is de ARVODI-2014 van toepassing. Van de ARVODI-2014 afwijkende voorwaarden van Opdrachtnemer of van haar toeleverancier zijn niet van toepassing.`);
    expect(deviating.standards[0]!.disapplied).toBeNull();
    expect(deviating.clauses['termination-for-convenience']!.present).toBe(true);
    const en = contract(`${preamble}1.1 ARBIT-2014 applies to this Agreement. Any terms of the Supplier that deviate from ARBIT-2014 do not apply.`);
    expect(en.standards[0]!.disapplied).toBeNull();
    expect(en.clauses['change-of-control']!.present).toBe(true);
  });

  it('a disapplication limited to a subject removes only what the subject names', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing.\n1.2 De bepalingen van de ARBIT-2022 over het in depot geven van broncode zijn niet van toepassing.\n1.3 Ten aanzien van de aansprakelijkheid geldt uitsluitend artikel 8 van deze Overeenkomst; de ARBIT-2022 zijn op dat onderwerp niet van toepassing.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['47'], disapplied: null });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.verdict).toBe('protected');
  });

  it('an article carved out with its title goes by the title ("artikel 32 ARBIT-2018 (Escrow)": escrow, not ARBIT-2014\'s article 32)', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing, met uitzondering van artikel 32 ARBIT-2018 (Escrow) en de daarmee samenhangende bepalingen.`);
    expect(r.standards[0]!.excluded).toEqual(['47']);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });

  it('a carve-out by subject instead of article number removes that protection', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing, met uitzondering van de bepaling inzake wijziging in de zeggenschap over Opdrachtnemer.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', excluded: ['30.3'] });
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.verdict).toBe('partial');
    // A subject in one compound word: "de bepalingen inzake broncodedepot".
    const compound = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing, met uitzondering van de bepalingen inzake broncodedepot en de bepaling inzake wijziging van zeggenschap over Leverancier.`);
    expect(compound.standards[0]).toMatchObject({ excluded: ['30.3', '47'] });
    // The verb first, the subject named: "Zoals hierboven staat, geldt de ARBIT-regeling over tussentijdse opzegging niet."
    const verbFirst = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing.\n1.2 Zoals hierboven staat, geldt de ARBIT-regeling over tussentijdse opzegging niet.\n`);
    expect(verbFirst.clauses['termination-for-convenience']!.present).toBe(false);
    expect(verbFirst.clauses['change-of-control']!.present).toBe(true);
    // Not a "niet" of another clause: "… gelden de bepalingen van de ARBIT-2022, met dien verstande dat een opzegging … niet eerder kan ingaan".
    const later = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing.\n3.2 Voor de beëindiging van de Overeenkomst, waaronder opzegging, gelden de bepalingen van de ARBIT-2022, met dien verstande dat een opzegging door Opdrachtgever niet eerder kan ingaan dan na afronding van de migratie.\n`);
    expect(later.clauses['termination-for-convenience']!.present).toBe(true);
    // Two subjects in one sentence, the takeover first: "(a) ontbinding … bij een wijziging in de zeggenschap … en (b)
    // tussentijdse opzegging" carves out both.
    const two = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing.\n1.2 Niet van toepassing zijn de bepalingen van ARBIT-2018 over (a) ontbinding van de overeenkomst door Opdrachtgever bij een wijziging in de zeggenschap over Leverancier en (b) tussentijdse opzegging van de overeenkomst door Opdrachtgever.\n`);
    expect(two.standards[0]).toMatchObject({ excluded: ['30.3', '30.6'] });
    expect(two.clauses['termination-for-convenience']!.present).toBe(false);
    // The provision told by a clause of its own, the "niet" closing it after a comma: neither inherited nor a right itself.
    const told = contract(`${preamble}1.1 Op deze Overeenkomst zijn de ARBIT-2018 van toepassing.\n1.2 In afwijking van de ARBIT-2018 geldt de bepaling die Opdrachtgever het recht geeft de Overeenkomst te ontbinden indien de zeggenschap over Leverancier wijzigt, niet.\n`);
    expect(told.standards[0]).toMatchObject({ excluded: ['30.3'] });
    expect(told.clauses['change-of-control']!.present).toBe(false);
    expect(told.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a declaration withdrawn in a later e-mail ("… trekken wij de verwijzing naar de ARBIT-2018 in") leaves nothing to inherit', () => {
    const order = `${preamble}BESTELLING\nOp deze opdracht zijn de ARBIT-2018 van toepassing.\n\nE-MAIL\nBeste Henk,\n`;
    const withdrawn = contract(`${order}Na overleg met onze jurist trekken wij de verwijzing naar de ARBIT-2018 in. De opdracht komt tot stand op uw offerte.\n`);
    expect(withdrawn.clauses['change-of-control']!.present).toBe(false);
    expect(withdrawn.clauses['termination-for-convenience']!.present).toBe(false);
    // Not a withdrawal: "Wij trekken de toepasselijkheid van de ARBIT-2018 niet in twijfel."
    const kept = contract(`${order}Wij trekken de toepasselijkheid van de ARBIT-2018 niet in twijfel.\n`);
    expect(kept.clauses['change-of-control']!.present).toBe(true);
  });

  it('a paragraph after a carve-out list that confirms the rest ("2. Voor het overige … waaronder de bepalingen over opzegging, exit …") carves out nothing', () => {
    const r = contract(`${preamble}Artikel 2 – Toepasselijkheid ARBIT-2022\n1. Op deze overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022 (ARBIT-2022) van toepassing, met uitzondering van de bepalingen van de ARBIT-2022 over:\na) broncode en de depotregeling (escrow); en\nb) ontbinding van de overeenkomst in geval van een wijziging in de zeggenschap over Leverancier.\n2. Voor het overige zijn alle modules van de ARBIT-2022 van toepassing voor zover deze betrekking hebben op de prestaties onder deze overeenkomst, waaronder de bepalingen over opzegging, exit en het laten verrichten van werkzaamheden door een derde.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['30.3', '47'] });
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['step-in']!.present).toBe(true);
  });

  it('an exception that opens a sentence of its own carves out of the declaration before it ("1.2 Met uitzondering van de bepaling … over opzegging")', () => {
    const r = contract(`${preamble}1.1 De ARVODI-2018 is van toepassing.\n1.2 Met uitzondering van de bepaling in de ARVODI-2018 over opzegging van de overeenkomst. Die bepaling geldt niet.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2018', excluded: ['22.6'] });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });

  it('a sentence after a carve-out list that confirms the rest ("Op alle overige onderwerpen gelden de ARVODI-2018 onverkort, waaronder …") is no item of the list', () => {
    const r = contract(`${preamble}Op deze overeenkomst zijn van toepassing de ARVODI-2018, met uitzondering van:\n(a) de bepaling van ARVODI-2018 op grond waarvan Opdrachtgever de overeenkomst kan ontbinden in geval van fusie of splitsing van Opdrachtnemer;\n(b) de bepalingen over boetes.\nOp alle overige onderwerpen gelden de ARVODI-2018 onverkort, waaronder de bepalingen over opzegging door Opdrachtgever, overdracht van rechten en verplichtingen en de overdracht van gegevens na het einde van de overeenkomst.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2018', excluded: ['22.4'] });
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('a carve-out followed by a list removes what each item names, and the items are no clauses themselves', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing, met uitzondering van:\n   a. de bepalingen van de ARBIT-2022 over het in depot geven van de broncode (escrow); en\n   b. artikel 76 van de ARBIT-2022.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['47', '76'] });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.evidence.map((e) => e.inherited?.article)).toEqual(['58.6']);
  });

  it('an item that describes the step-in provisions by what they let the customer do carves step-in out', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing, met uitzondering van: (a) de bepalingen over het in depot geven van de broncode (escrow); (b) de bepalingen op grond waarvan Opdrachtgever of een door hem aangewezen derde bij een tekortkoming van Opdrachtnemer de uitvoering van de Diensten kan overnemen.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018' });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('the English name with a year is that version, and its list of exceptions carves out what each item names', () => {
    const r = contract(`${preamble}1.1 The General Government Terms and Conditions for IT Contracts 2022 (ARBIT-2022) apply to this Agreement, with the following exceptions:\n(a) the provisions of the ARBIT-2022 on the deposit of source code (escrow) do not apply;\n(b) the liability cap of the ARBIT-2022 is replaced by Clause 8.\n`);
    expect(r.standards.map((s) => s.standard)).toEqual(['ARBIT-2022']);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it("other terms that take precedence over the standard on a subject carve that subject out, not the articles the sentence cites", () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing.\n1.2 In afwijking van artikel 1.1 gaan op het onderwerp exit de Algemene Voorwaarden van Wolk B.V. voor op de ARBIT-2022.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['32'] });
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    // (… also with "prevaleren", the subject before the terms: "prevaleren op het onderwerp escrow de Algemene Voorwaarden van
    // Leverancier boven de ARBIT-2014".)
    const escrow = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing.\n1.2 In afwijking van artikel 1.1 prevaleren op het onderwerp escrow de Algemene Voorwaarden van Leverancier (versie 2024) boven de ARBIT-2014.`);
    expect(escrow.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['47'] });
    expect(escrow.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('other terms that prevail in a conflict on the subjects a list names carve out those subjects, and the items are no clauses', () => {
    const texts: Array<[string, string[]]> = [
      ['1.1 The ARBIT-2018 apply to this Agreement.\n1.2 In the event of any conflict between the ARBIT-2018 and the Cloud Terms, the Cloud Terms shall prevail solely with respect to the following subjects: (a) assignment, transfer of the Agreement and change of control; (b) source code and escrow; and (c) governing law. In all other respects the ARBIT-2018 prevail over the Cloud Terms.', ['24', '30.3', '47']],
      ['1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing.\n1.2 Bij strijdigheid tussen de ARBIT-2018 en de Cloudvoorwaarden gaan de Cloudvoorwaarden uitsluitend voor ten aanzien van de volgende onderwerpen:\na. wijziging van zeggenschap;\nb. escrow van de broncode.', ['30.3', '47']],
    ];
    for (const [text, excluded] of texts) {
      const r = contract(`${preamble}${text}`);
      expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', excluded, disapplied: null });
      expect(r.clauses['change-of-control']!.present).toBe(false);
      expect(r.clauses['source-code-escrow']!.present).toBe(false);
      expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    }
  });

  it('"De navolgende bepalingen … zijn niet van toepassing:" and a list removes what each item names, not the whole standard', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARVODI-2018 van toepassing.\n1.2 De navolgende bepalingen van de ARVODI-2018 zijn niet van toepassing:\na. de bepaling over fusie en splitsing van Opdrachtnemer en de daaraan verbonden bevoegdheid van Opdrachtgever om de Overeenkomst te ontbinden;\nb. de bepaling over de medewerking van Opdrachtnemer bij beëindiging van de Overeenkomst en de overdracht van werkzaamheden.\n1.3 Voor het overige gelden de ARVODI-2018 onverkort.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2018', disapplied: null });
    expect(r.standards[0]!.excluded).toEqual(expect.arrayContaining(['22.4']));
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.verdict).toBe('unprotected');
  });

  it('other terms that prevail "voor zover het betreft:" a list of subjects carve out those subjects', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2022 van toepassing.\n1.2 In afwijking van artikel 1.1 gaan de Fabrikantvoorwaarden voor op de ARBIT-2022 voor zover het betreft:\n(i) het in depot geven van de broncode;\n(ii) de overdracht van rechten en verplichtingen.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['24', '47'] });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('where the standard is the one that prevails in a conflict, nothing is carved out', () => {
    const r = contract(`${preamble}1.1 The ARBIT-2018 apply to this Agreement.\n1.2 In the event of any conflict between the Cloud Terms and the ARBIT-2018, the ARBIT-2018 shall prevail, in particular with respect to the following subjects: (a) change of control; (b) escrow.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', excluded: [] });
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('"het daarop betrekking hebbende artikel … is niet van toepassing" removes the article the sentence before is about', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARVODI-2014 van toepassing.\n1.2 In afwijking van de ARVODI-2014 heeft Opdrachtgever geen recht de Overeenkomst tussentijds op te zeggen. Het daarop betrekking hebbende artikel van de ARVODI-2014 is niet van toepassing.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2014', excluded: ['22.6'], disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('a carve-out that describes the provision it removes is no clause of the contract itself', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing, met uitzondering van de bepaling die Opdrachtgever de bevoegdheid geeft de Overeenkomst te ontbinden wanneer de zeggenschap over Opdrachtnemer wijzigt.`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.verdict).toBe('partial');
  });

  it('a carve-out of "the provision on opzegging bij een wijziging in de zeggenschap" keeps termination at will', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing, met uitzondering van de bepaling die Opdrachtgever een recht geeft tot ontbinding of opzegging bij een wijziging in de zeggenschap over Opdrachtnemer.`);
    expect(r.standards[0]!.excluded).toEqual(['30.3']);
    expect(r.clauses['termination-for-convenience']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('"behoudens ontbinding in de in de ARVODI genoemde gevallen" cites the standard and carves nothing out', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARVODI-2018 van toepassing.\n1.2 Partijen zijn een vaste looptijd overeengekomen, die behoudens ontbinding in de in de ARVODI-2018 genoemde gevallen niet kan worden beëindigd.`);
    expect(r.standards[0]!.excluded).toEqual([]);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });

  it('a negation before the name disapplies too ("ook niet de ARBIT of de ARVODI", "Evenmin zijn de ARBIT of GIBIT van toepassing")', () => {
    for (const text of ['1.3 Op deze overeenkomst zijn geen algemene voorwaarden van toepassing, ook niet de ARBIT of de ARVODI.', '1.3 De voorwaarden van Opdrachtnemer gelden niet. Evenmin zijn de ARBIT of GIBIT van toepassing.']) {
      const r = contract(`${preamble}${text}`);
      expect(r.standards.every((s) => s.disapplied)).toBe(true);
      expect(r.verdict).toBe('unprotected');
    }
  });

  it('"ARBIT and ARVODI do not apply" disapplies both', () => {
    const r = contract(`${preamble}1.1 The General Government Terms and Conditions for IT Contracts (ARBIT) and the General Government Terms and Conditions for Public Service Contracts (ARVODI) do not apply to this Agreement.`);
    expect(r.standards.map((s) => [s.standard, !!s.disapplied])).toEqual([['ARBIT-2014', true], ['ARVODI-2014', true]]);
    expect(r.verdict).toBe('unprotected');
  });

  it('a deviation that takes a right away ("In afwijking van ARBIT-2014 is Opdrachtgever niet bevoegd …") removes that protection', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing.\n1.2 In afwijking van ARBIT-2014 is Opdrachtgever niet bevoegd de Overeenkomst tussentijds op te zeggen.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['30.6'], disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    // … also "heeft … niet het recht", and "Het opzeggingsartikel van de ARBIT-2014 is niet van toepassing" takes out that
    // article, not the whole standard.
    const has = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing.\n1.2 In afwijking van ARBIT-2014 heeft Opdrachtgever niet het recht de Overeenkomst tussentijds op te zeggen. Het opzeggingsartikel van de ARBIT-2014 is niet van toepassing.`);
    expect(has.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['30.6'], disapplied: null });
    expect(has.clauses['termination-for-convenience']!.present).toBe(false);
    expect(has.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    // "The Exit article of GIBIT is excluded" and "the GIBIT article on Exit shall not apply": that article only.
    const en = contract(`${preamble}1.1 GIBIT 2022 applies to this Contract, except that the GIBIT article on Exit shall not apply.\n1.2 The Exit article of GIBIT is excluded.`);
    expect(en.standards[0]).toMatchObject({ standard: 'GIBIT', excluded: ['22'], disapplied: null });
    expect(en.clauses['termination-for-convenience']!.present).toBe(true);
    expect(en.clauses['post-termination-services']!.present).toBe(false);
  });

  it('"het artikel Escrow van de ARBIT-2018 is niet langer van toepassing" takes out that article by its title, not the standard', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing.\n1.2 Het artikel "Escrow" van de Overeenkomst vervalt en het artikel Escrow van de ARBIT-2018 is niet langer van toepassing.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', disapplied: null });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('"De ARBIT-2018 bepaling over tussentijdse opzegging … vervalt voor deze overeenkomst" and one that "vervalt eveneens" take out those provisions', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing.\nNota van Inlichtingen\nVraag 1: Kan de bevoegdheid tot tussentijdse opzegging uit de ARBIT-2018 vervallen?\nAntwoord: Ja. De ARBIT-2018 bepaling over tussentijdse opzegging door de opdrachtgever vervalt voor deze overeenkomst.\nVraag 5: Kan Opdrachtgever de dienst door een derde laten overnemen?\nAntwoord: De ARBIT-bepaling over vervangende uitvoering door een derde vervalt eveneens.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('a Nota van Inlichtingen question asking to strike an ARBIT provision, answered "Ja, die bepaling vervalt." or "Ja.", takes out what the question names; "Nee." and "Zie antwoord op vraag 2" take out nothing of their own', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing, zoals gewijzigd door de Nota van Inlichtingen.\nNota van Inlichtingen\nVraag 2: Kan de ARBIT-bepaling over ontbinding bij wijziging in de zeggenschap over Leverancier vervallen? Het gaat om een eenvoudige hostingdienst.\nAntwoord: Ja, die bepaling vervalt.\nVraag 4: Kan de exitregeling uit de ARBIT-2018 vervallen?\nAntwoord: Ja. Bij het einde van de overeenkomst verwijdert Leverancier de omgeving.\nVraag 5: Kan de ARBIT-bepaling over tussentijdse opzegging vervallen?\nAntwoord: Nee.\nVraag 6: Kan de ARBIT-bepaling over overdracht van rechten vervallen?\nAntwoord: Zie antwoord op vraag 5.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', disapplied: null });
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('a bullet list of carve-outs goes on past an item\'s own further sentence ("- Artikel 19 (Escrow) … Het BPS is eigendom van Opdrachtgever … | - Artikel 32 …")', () => {
    const r = contract(`${preamble}3. Algemene voorwaarden\nOp deze Overeenkomst is de ARBIT-2014 van toepassing, met uitzondering van de volgende\nartikelen, die niet van toepassing zijn dan wel als volgt worden gewijzigd:\n\n- Artikel 19 (Escrow) is niet van toepassing. Het systeem is eigendom van Opdrachtgever en de\nbroncode staat in de repository van Opdrachtgever.\n- Artikel 32 (Overname van werkzaamheden door een derde) is niet van toepassing.\n- Artikel 38.3 (ontbinding bij wijziging van zeggenschap) is niet van toepassing.\n\nAlle overige bepalingen van de ARBIT-2014 blijven onverkort van toepassing.\n\n4. Looptijd\nDeze overeenkomst eindigt na drie jaar.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['30.3', '47', '58.6', '76'], disapplied: null });
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a deviation that gives neither party the right ("komt aan geen van Partijen de bevoegdheid toe …") removes it too', () => {
    const r = contract(`${preamble}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing.\n1.2 In afwijking van de ARBIT-2014 komt aan geen van Partijen de bevoegdheid toe de Overeenkomst tussentijds op te zeggen.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2014', excluded: ['30.6'], disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });

  it('"met uitzondering van het artikel betreffende escrow, dat buiten toepassing blijft" carves out escrow, not the standard', () => {
    const r = contract(`${preamble}2.1 Op deze Overeenkomst zijn van toepassing de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2022 (ARBIT-2022), met uitzondering van het artikel betreffende het depot van de broncode (escrow), dat uitdrukkelijk buiten toepassing blijft.`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', disapplied: null });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('"ARBIT is niet van toepassing" inherits nothing and says why', () => {
    const r = contract(`${preamble}1.1 De ARBIT-2014 is niet van toepassing op deze Overeenkomst.`);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.standards[0]!.disapplied).toMatch(/not applicable/);
    expect(r.verdict).toBe('unprotected');
  });
});

describe('a carve-out list in English', () => {
  it('"with the exception of: (a) the provisions of ARBIT-2022 entitling … which shall not apply" carves out subjects, not the standard; a clause of the contract cited in an item is no article of ARBIT', () => {
    const r = contract('This Agreement is made between the Province of Zeeland ("the Customer") and Corvane B.V. ("the Supplier").\n\nClause 2 Applicable terms\n2.1 The General Government Terms and Conditions for IT Contracts 2022 (ARBIT-2022) apply to this Agreement, with the exception of:\n(a) the provisions of ARBIT-2022 entitling the Customer to terminate the Agreement in the event of a change in the control (zeggenschap) over the Supplier, which shall not apply; and\n(b) the provisions of ARBIT-2022 entitling the Customer to terminate the Agreement prematurely (opzegging) without cause, which shall not apply, having regard to the fixed term set out in Clause 4.\nClause 4 Term\n4.1 This Agreement has a fixed term of three years.\n');
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['30.3', '30.6'], disapplied: null });
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(true);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });
});

describe('an old-style declaration', () => {
  it('reads "(Stcrt. 2011, nr. 3051)" inside the sentence, and "(zie artikel 8)" as a clause of the contract, not of ARBIT', () => {
    const r = contract("Tussen de Gemeente Ede, hierna: 'Opdrachtgever', en Wolk B.V., hierna: 'Opdrachtnemer', is overeengekomen:\n\n1.1 Op deze overeenkomst zijn van toepassing de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2010 (ARBIT-2010), zoals vastgesteld bij besluit van 8 februari 2011 (Stcrt. 2011, nr. 3051), met uitzondering van de daarin opgenomen bepalingen over het depot van de broncode, welke voor deze overeenkomst buiten toepassing blijven (zie artikel 8).\n8.1 Partijen zijn overeengekomen dat geen depot van de broncode wordt ingericht.\n");
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2010', excluded: ['47'], disapplied: null });
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(true);
  });
});

describe('amendments that strike out an article', () => {
  const preamble = "Tussen de Gemeente Ede, hierna: 'Opdrachtgever', en Wolk B.V., hierna: 'Opdrachtnemer', is overeengekomen:\n\n";
  const original = `${preamble}Artikel 12 Zeggenschap\n12.3 Indien de zeggenschap over Opdrachtnemer wijzigt, is Opdrachtgever bevoegd de Overeenkomst met onmiddellijke ingang te ontbinden.\n\nArtikel 13 Exit\n13.1 Na het einde van de Overeenkomst draagt Opdrachtnemer alle gegevens in een open formaat over aan Opdrachtgever.\n\n`;

  it('takes back what the struck-out article granted, and says so', () => {
    const r = contract(`${original}ADDENDUM 1\n\nArtikel I\nArtikel 12.3 van de Overeenkomst vervalt.\n`);
    // The verb first: "Met ingang van 1 januari 2023 vervallen artikel 12.3 en artikel 13 van de Overeenkomst."
    const first = contract(`${original}ADDENDUM 1\n\nArtikel I\nMet ingang van 1 januari 2023 vervallen artikel 12.3 (Zeggenschap) en artikel 13 (Exit) van de Overeenkomst.\n`);
    expect(first.clauses['change-of-control']!.present).toBe(false);
    expect(first.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(r.amendments).toEqual([expect.objectContaining({ deletes: ['12.3'] })]);
    expect(r.verdict).toBe('partial');
  });

  it('striking an inserted article ("Artikel 12a vervalt") takes out that article, not article 12', () => {
    const inserted = `${original.replace('Artikel 13 Exit', 'Artikel 12a Broncode\n12a.1 Opdrachtnemer deponeert de broncode bij een escrow-agent.\n\nArtikel 13 Exit')}ADDENDUM 1\n\nArtikel I\n`;
    const r = contract(`${inserted}Artikel 12a van de Overeenkomst vervalt.\n`);
    expect(r.amendments).toEqual([expect.objectContaining({ deletes: ['12A'] })]);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
    const twelve = contract(`${inserted}Artikel 12 van de Overeenkomst vervalt.\n`);
    expect(twelve.clauses['change-of-control']!.present).toBe(false);
    expect(twelve.clauses['source-code-escrow']!.present).toBe(true);
  });

  it('a standard declared in an article a titled amendment replaces is reported, not inherited; "niet langer van toepassing" disapplies it', () => {
    const frame = "Raamovereenkomst\n\nTussen de Omgevingsdienst Noord, hierna: 'Opdrachtgever', en Permitta B.V., hierna: 'Leverancier', is overeengekomen:\n\nArtikel 1 Voorwerp\n1.1 Leverancier levert een VTH-systeem als dienst.\nArtikel 2 Looptijd\n2.1 De Raamovereenkomst loopt vier jaar.\nArtikel 3 Toepasselijke voorwaarden\n3.1 Op deze Raamovereenkomst zijn de ARBIT-2018 van toepassing.\nArtikel 4 Geschillen\n4.1 Geschillen gaan naar de rechtbank Gelderland.\n\nWijzigingsovereenkomst Raamovereenkomst\n\nPartijen komen overeen:\n";
    expect(contract(frame).standards[0]).toMatchObject({ standard: 'ARBIT-2018', disapplied: null });
    const replaced = contract(`${frame}I. Artikel 3 van de Raamovereenkomst komt te luiden: "Op deze Raamovereenkomst zijn uitsluitend de SaaS-Voorwaarden van Leverancier van toepassing."\nII. De vergoeding wordt verlaagd.\n\nSaaS-Voorwaarden Permitta\n\nArtikel 1 Toepassing\n1.1 Deze voorwaarden gelden voor alle diensten.\nArtikel 2 Gegevens\n2.1 Klant kan zijn gegevens zelf downloaden.\n`);
    // The amendment stands in the contract's numbering run (its clauses are "I.", "II."; the supplier's terms after it
    // start again at 1), yet article 3 is no article of its own: its title begins another document.
    expect(replaced.standards[0]!.disapplied).toMatch(/amendment replaces or strikes out/);
    expect(replaced.clauses['change-of-control']!.present).toBe(false);
    expect(replaced.clauses['source-code-escrow']!.present).toBe(false);
    const lapsed = contract(`${frame}I. De ARBIT-2018 is met ingang van 1 februari 2024 niet langer van toepassing.\n`);
    expect(lapsed.standards[0]!.disapplied).toMatch(/niet langer van toepassing/);
    expect(lapsed.clauses['change-of-control']!.present).toBe(false);
  });

  it('an article a consolidated text keeps as a deletion marker ("17. [Clause 17 deleted by Amendment 3]") states nothing, nor its editor\'s note', () => {
    const consolidated = (marker: string, body = 'Editorial note: this clause required the Supplier to deposit the source code with an escrow agent.') =>
      contract(`This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\n16. Support\n16.1 The Supplier provides support on working days.\n\n${marker}\n${body}\n\n18. Law\n18.1 Dutch law applies.\n`);
    expect(consolidated('17. [Clause 17 deleted by Amendment 3]').clauses['source-code-escrow']!.present).toBe(false);
    expect(consolidated('17. [Vervallen]').clauses['source-code-escrow']!.present).toBe(false);
    expect(consolidated('17. Intentionally omitted.').clauses['source-code-escrow']!.present).toBe(false);
    // A heading that only mentions an amendment is no marker: "[amended by Amendment 2]".
    expect(consolidated('17. ESCROW [amended by Amendment 2]', '17.1 The Supplier deposits the source code with an escrow agent.').clauses['source-code-escrow']!.present).toBe(true);
    expect(consolidated('17. [Deleted]', '17.1 The Supplier deposits the source code with an escrow agent.').clauses['source-code-escrow']!.present).toBe(false);
    // A note under a marker that strikes another article still strikes it.
    const under = contract('This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\n11. EXIT\n11.1 The parties shall agree an exit plan for the transfer of the services to a successor contractor after termination.\n11.2 [Deleted by agreement.]\nNote: by Amendment 7, clause 11.1 is deleted in its entirety.\n\n12. LAW\n12.1 Dutch law applies.\n');
    expect(under.amendments).toEqual([expect.objectContaining({ deletes: ['11.1'] })]);
    expect(under.clauses['post-termination-services']!.present).toBe(false);
    // An editor's note in the past tense strikes out the article it names, and is no clause itself.
    const note = contract('This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\n11. Escrow\n11.1 The Supplier deposits the source code with an escrow agent.\n\n12. Law\n12.1 Dutch law applies.\n\nNotes to this consolidated version\nClause 11 (Deposit of Source Code) was deleted by Amendment 1.\n');
    expect(note.amendments).toEqual([expect.objectContaining({ deletes: ['11'] })]);
    expect(note.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('a clause deleted by its old number and title in a text renumbered since ("Clause 15 (Change of Control) is deleted"; clause 15 is now Assignment) leaves today\'s clause 15 alone', () => {
    const r = contract('This Agreement is made between Kestrel Leisure Ltd ("the Customer") and Tillstream Services Ltd ("the Provider").\n\n14. Termination\n14.1 On termination, the Customer shall return all terminals.\n15. Assignment\n15.1 The Customer shall not assign this Agreement without the Provider\'s prior written consent.\n16. Notices\n16.1 Notices shall be given in writing.\n\nVARIATION AGREEMENT\n1. Clause 15 (Change of Control), which allowed the Customer to terminate on a change of control of the Provider, is deleted in its entirety.\n2. Clause 16 (Exit Assistance) is deleted in its entirety.\n3. Clauses 17 to 18 are renumbered as clauses 15 to 16.\n');
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('a right that lapses on a condition ("Het in artikel 12.3 bedoelde recht vervalt indien …") strikes nothing out', () => {
    const r = contract(`${original}Artikel 14 Slot\n14.1 Het in artikel 12.3 bedoelde recht vervalt indien Opdrachtgever het niet binnen vier maanden heeft uitgeoefend.\n`);
    expect(r.amendments).toEqual([]);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
  });

  it('an order form that switches an article of the terms off strikes it out, though the terms come after it', () => {
    const order = "ORDER FORM\n\nCustomer: the Harbour Authority (the \"Buyer\"). Supplier: Orbit Ltd (the \"Supplier\").\nSpecial Term 1 - Clause 12.3 of the Call-Off Terms (Termination on Change of Control) shall not apply to this Call-Off Contract.\n\nCALL-OFF TERMS\n\n12. Ending the contract\n12.3 The Buyer may terminate this Contract by notice if the Supplier undergoes a Change of Control.\n";
    const r = contract(order);
    expect(r.amendments).toEqual([expect.objectContaining({ deletes: ['12.3'], deletionOnly: true })]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    // Switched off for one case only, the article stays.
    const partly = contract(order.replace('shall not apply to this Call-Off Contract.', 'shall not apply to a reorganisation within the Supplier group.'));
    expect(partly.amendments).toEqual([]);
    expect(partly.clauses['change-of-control']!.present).toBe(true);
  });

  it('an article "deleted in its entirety and replaced by the words "[Deleted]"" is struck out; words replaced inside an article are not', () => {
    const en = 'This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\nClause 9 Change of Control\n9.1 The Customer may terminate this Agreement if a change of control of the Supplier occurs.\nClause 10 Law\n10.1 Dutch law applies.\n\nAmendment No. 1\nThe parties agree as follows:\n';
    const r = contract(`${en}1. Clause 9 (Change of Control) of the Agreement is deleted in its entirety and replaced by the words "Clause 9 – [Deleted]".\n`);
    expect(r.amendments).toEqual([expect.objectContaining({ deletes: ['9'] })]);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    // One sentence of an article set aside leaves the article.
    expect(contract(`${en}1. Clause 9.1 second sentence does not apply.\n`).amendments).toEqual([]);
    const words = contract(`${en}1. In Clause 9.1 the words "a change of control" are replaced by "any change of control".\n`);
    expect(words.amendments).toEqual([]);
    expect(words.clauses['change-of-control']!.present).toBe(true);
  });

  it('a precedence clause that sets an article aside ("is accordingly not applicable", "shall therefore not be applied") strikes it out, a schedule\'s lettered article too', () => {
    const head = 'This Agreement is made between the City of Leiden ("the Customer") and Cloudco Ltd ("the Supplier").\n\n1. Precedence\n';
    const tail = '\n2. Services\n2.1 The Supplier provides hosting.\n\nADDITIONAL PROVISIONS\nB5. Notice. The Supplier shall inform the Customer of any change of control of the Supplier.\nB6. Termination. If a change as referred to in Article B5 occurs, the Customer may terminate this Agreement with immediate effect.\n';
    const set = contract(`${head}1.1 The General Terms prevail with regard to the grounds for termination. Article B6 of the Additional Provisions shall therefore not be applied.${tail}`);
    expect(set.amendments).toEqual([expect.objectContaining({ deletes: ['B6'] })]);
    expect(set.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
    const kept = contract(`${head}1.1 The Additional Provisions prevail over the General Terms.${tail}`);
    expect(kept.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    const dutch = contract(`${original}ADDENDUM\n\nArtikel I\nArtikel 13 (Exit) van de Overeenkomst wordt daarom niet toegepast; op dat onderwerp gelden de voorwaarden van Opdrachtnemer.\n`);
    expect(dutch.clauses['post-termination-services']!.present).toBe(false);
    expect(dutch.clauses['change-of-control']!.present).toBe(true);
  });

  it('a later document that never took effect ("CONCEPT – … niet ondertekend", "DRAFT Amendment No. 2 (not executed)") states and strikes nothing', () => {
    const draft = contract(`${original}CONCEPT – TWEEDE WIJZIGINGSOVEREENKOMST\nVersie 0.3 – ter bespreking – niet ondertekend\n\nArtikel I\nArtikel 12.3 van de Overeenkomst vervalt.\nArtikel II\nOpdrachtnemer deponeert de broncode bij een notaris.\n`);
    expect(draft.amendments).toEqual([]);
    expect(draft.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(draft.clauses['source-code-escrow']!.present).toBe(false);
    // Signed, the same document strikes and adds.
    const signed = contract(`${original}TWEEDE WIJZIGINGSOVEREENKOMST\n\nArtikel I\nArtikel 12.3 van de Overeenkomst vervalt.\nArtikel II\nOpdrachtnemer deponeert de broncode bij een notaris.\n`);
    expect(signed.clauses['change-of-control']!.present).toBe(false);
    expect(signed.clauses['source-code-escrow']!.present).toBe(true);
    // A file that opens as a draft is read as it is.
    expect(contract(`DRAFT AMENDMENT\n${original}`).clauses['change-of-control']!.present).toBe(true);
    // A line of a sentence that names a draft is no draft's title: the articles after it stand.
    const named = contract(`${original}ADDENDUM\n\nArtikel 5 [Vervallen]\nHet in het concept-Addendum van 12 januari 2024 opgenomen artikel 5 ("Wijziging van zeggenschap") is op\nverzoek van Opdrachtnemer geschrapt en maakt geen deel uit van deze afspraken.\nArtikel 6 Exit\n6.1 Bij het einde van de Overeenkomst, om welke reden ook, levert Opdrachtnemer alle gegevens in een open formaat op en verleent zij medewerking aan de migratie naar een opvolgende leverancier.\n`);
    expect(named.clauses['post-termination-services']!.evidence.map((e) => e.section)).toContain('6.1');
  });

  it('an annex a later document takes out as a whole ("Bijlage 3 … maakt geen deel meer uit van de Overeenkomst") grants nothing', () => {
    const annex = `${preamble}Artikel 1 Bijlagen\n1.1 De continuïteitsafspraken zijn opgenomen in Bijlage 3.\nArtikel 2 Duur\n2.1 De Overeenkomst duurt vier jaar.\n\nBijlage 3 – Continuïteitsafspraken\nArtikel 1 Exit\n1.1 Na het einde van de Overeenkomst draagt Opdrachtnemer alle gegevens in een open formaat over aan Opdrachtgever.\n\nAanvullende afspraak nr. 1\n`;
    const out = contract(`${annex}1. Bijlage 3 (Continuïteitsafspraken) is met ingang van heden niet meer van toepassing en maakt geen deel meer uit van de Overeenkomst.\n`);
    expect(out.clauses['post-termination-services']!.present).toBe(false);
    const kept = contract(`${annex}1. De vergoeding wordt met ingang van heden verhoogd met 3%.\n`);
    expect(kept.clauses['post-termination-services']!.present).toBe(true);
  });

  it('a recital that wishes the deletion ("willen laten vervallen") strikes out nothing', () => {
    const r = contract(`${original}AANVULLENDE AFSPRAAK\n\noverwegende dat Partijen de bevoegdheid van artikel 12.3 willen laten vervallen;\n`);
    expect(r.amendments).toEqual([]);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('a recital that only asks for the deletion strikes out nothing', () => {
    const r = contract(`${original}ADDENDUM 1\n\nOverwegende dat Opdrachtnemer heeft verzocht artikel 12.3 te laten vervallen;\n`);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.amendments).toEqual([]);
    expect(r.verdict).toBe('protected');
  });

  it('"artikel 22 van de GIBIT geldt niet" carves out that article; "gelden niet" said of other terms does not disapply the GIBIT', () => {
    const head = "Tussen de Gemeente Ede, hierna: 'Opdrachtgever', en Wolk B.V., hierna: 'Opdrachtnemer', is overeengekomen:\n\n";
    const r = contract(`${head}3.1 Voor dit contract gelden de GIBIT. Er is één uitzondering: artikel 22 van de GIBIT geldt niet.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'GIBIT', excluded: ['22'], disapplied: null });
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    const other = contract(`${head}3.2 De GIBIT zijn van toepassing. In geval van strijd gaat dit document voor, dan de GIBIT. Voorwaarden die Opdrachtnemer in de offerte heeft vermeld, gelden niet.\n`);
    expect(other.standards[0]).toMatchObject({ standard: 'GIBIT', excluded: [], disapplied: null });
    // The supplier's terms prevail on named subjects, the verb before its subject: termination and exit go.
    const nl = contract(`${head}2.1 Op deze overeenkomst zijn de GIBIT 2016 van toepassing.\n2.2 In afwijking van artikel 2.1 prevaleren de Leveranciersvoorwaarden boven de GIBIT 2016 ten aanzien van de volgende onderwerpen: de beëindiging van de overeenkomst (met inbegrip van opzegging en de gevolgen van beëindiging), de exitregeling en de beperking van aansprakelijkheid.\n`);
    expect(nl.standards[0]).toMatchObject({ standard: 'GIBIT', excluded: ['20', '22'] });
    const en = contract(`${head}2.1 The Municipal Procurement Terms for IT 2019 (GIBIT 2019) apply to this Agreement.\n2.2 Notwithstanding clause 2.1, the Terms of Service shall prevail over GIBIT 2019 on the following subjects: (i) term, renewal and termination; (ii) assignment. Article 22 of GIBIT 2019 (exit) shall therefore not apply.\n`);
    expect(en.standards[0]).toMatchObject({ standard: 'GIBIT', excluded: ['20', '22'] });
    expect(en.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('a subject carved out with the verb first ("verklaren buiten toepassing al hetgeen in de ARBIT-2022 is bepaald omtrent een wijziging in de zeggenschap") takes only that subject', () => {
    const r = contract(`${original.split('Artikel')[0]}1.1 Op deze overeenkomst zijn van toepassing de ARBIT-2022.\n1.2 Partijen verklaren uitdrukkelijk buiten toepassing al hetgeen in de ARBIT-2022 is bepaald omtrent een wijziging in de zeggenschap over Opdrachtnemer, waaronder het aldaar aan Opdrachtgever toegekende recht tot opzegging of ontbinding.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['30.3'] });
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('"de regeling inzake het deponeren van broncode … niet van toepassing" carves out escrow only, not the whole ARBIT', () => {
    const r = contract(`${original.split('Artikel')[0]}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing.\n1.2 In afwijking van de ARBIT-2018 is de regeling inzake het deponeren van broncode bij een escrow-agent niet van toepassing.\n`);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', excluded: ['47'], disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('"Het artikel van de ARBIT-2018 dat betrekking heeft op escrow … is niet van toepassing" carves out that article, not the ARBIT; "De ARBIT is niet van toepassing, met uitzondering van de artikelen van de ARBIT over geheimhouding" disapplies it', () => {
    const head = original.split('Artikel')[0];
    const one = contract(`${head}1.1 Op deze Overeenkomst is de ARBIT-2018 van toepassing.\n1.2 Het artikel van de ARBIT-2018 dat betrekking heeft op de depotregeling (escrow) van de broncode is niet van toepassing.\n`);
    expect(one.standards[0]).toMatchObject({ standard: 'ARBIT-2018', excluded: ['47'], disapplied: null });
    expect(one.clauses['change-of-control']!.present).toBe(true);
    expect(one.clauses['source-code-escrow']!.present).toBe(false);
    const bepalingen = contract(`${head}1.1 Op deze Overeenkomst is de ARBIT-2014 van toepassing.\n1.2 De bepalingen van de ARBIT-2014 over het deponeren van de broncode bij een depothouder (escrow) zijn niet van toepassing.\n`);
    expect(bepalingen.standards[0]).toMatchObject({ excluded: ['47'], disapplied: null });
    // Plain Dutch "gelden niet": the subject's article is carved out, and the carve-out itself deposits nothing.
    const gelden = contract(`${head}1.1 Voor deze overeenkomst geldt de ARBIT-2022.\n1.2 De bepalingen van de ARBIT-2022 over het in depot geven van de broncode (escrow) gelden niet.\n`);
    expect(gelden.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['47'], disapplied: null });
    expect(gelden.clauses['source-code-escrow']!.present).toBe(false);
    expect(gelden.clauses['step-in']!.present).toBe(true);
    const regels = contract(`${head}1.1 Voor deze overeenkomst geldt de ARBIT-2022.\n1.2 De regels in de ARBIT-2022 over het bewaren van broncode bij een depot (escrow) gelden niet voor deze overeenkomst.\n`);
    expect(regels.standards[0]).toMatchObject({ standard: 'ARBIT-2022', excluded: ['47'], disapplied: null });
    const whole = contract(`${head}1.1 De ARBIT-2018 is op deze overeenkomst niet van toepassing, met uitzondering van de artikelen van de ARBIT-2018 over geheimhouding en over intellectuele eigendom.\n`);
    expect(whole.clauses['change-of-control']!.present).toBe(false);
  });

  it('an e-mail\'s "Your ARBIT/ARVODI terms do not apply" wrapped before a dash ("\n - we discussed this") disapplies both; "niet beogen de ARBIT … van toepassing te laten zijn" disapplies it', () => {
    const mail = contract('From: Priya <p@ledgerlight.example>\nTo: Maarten <m@rdvi.example>\n\n3. Our Standard Terms. Our Customer Terms of Service apply, with the changes in this e-mail. Your ARBIT/ARVODI terms do not apply\n   - we discussed this and you confirmed your legal team accepted that for a pilot of this size.\n\n4. Ending early. Either of us may end the subscription by giving thirty days\' notice.\n');
    expect(mail.standards.map((x) => [x.standard, !!x.disapplied])).toEqual([['ARBIT-2014', true], ['ARVODI-2014', true]]);
    expect(mail.clauses['source-code-escrow']!.present).toBe(false);
    const recital = contract('Partijen:\n1. De GGD Maas, hierna: "Opdrachtgever";\n2. MediReg B.V., hierna: "Leverancier";\nOverwegende dat:\n(D) partijen uitdrukkelijk niet beogen de ARBIT, GIBIT of algemene voorwaarden van de Leverancier van toepassing te laten zijn.\n\n1. Voorwerp\n1.1 Leverancier levert de registratiedienst.\n');
    expect(recital.clauses['termination-for-convenience']!.present).toBe(false);
    expect(recital.clauses['source-code-escrow']!.present).toBe(false);
  });

  it('"De bepalingen van de ARBIT-2014 over deze onderwerpen zijn niet van toepassing" carves out the subjects the sentence before names', () => {
    const deviation = (next: string) =>
      contract(`Partijen\nDe gemeente Loosdrecht, hierna "Opdrachtgever";\nFiscaal B.V., hierna "Opdrachtnemer".\nArtikel 1. Voorwaarden\n1.1 Op deze Raamovereenkomst is de ARBIT-2014 van toepassing.\nArtikel 2. Afwijkingenlijst\n2.1 Afwijking A (Overdracht en zeggenschap): op de onderwerpen overdracht van rechten en verplichtingen en wijziging van zeggenschap gaan de Algemene Leveringsvoorwaarden van Opdrachtnemer voor op de ARBIT-2014. ${next}\n`);
    const carved = deviation('De bepalingen van de ARBIT-2014 over deze onderwerpen zijn niet van toepassing.');
    expect(carved.standards[0]).toMatchObject({ excluded: ['24', '30.3'], disapplied: null });
    expect(carved.clauses['change-of-control']!.present).toBe(false);
    expect(carved.clauses['termination-for-convenience']!.present).toBe(true);
    expect(deviation('De bepalingen van de ARBIT-2014 over de exit blijven van toepassing.').clauses['change-of-control']!.present).toBe(true);
  });

  it('a documents list whose paragraph says before its colon that the documents form part of the contract declares the standard listed in it', () => {
    const list = (lead: string) =>
      contract(`De Staat der Nederlanden, hierna te noemen "Opdrachtgever", en Fluvia B.V., hierna te noemen "Opdrachtnemer", komen het volgende overeen:\n\nArtikel 2 Documenten\n${lead}\na. deze Overeenkomst;\nb. Bijlage I: Escrowregeling;\nc. de Algemene Rijksvoorwaarden voor het verstrekken van opdrachten tot het verrichten van diensten 2018 (ARVODI-2018).\n\nArtikel 3 Looptijd\nDe Overeenkomst eindigt op 31 juli 2027.\n`);
    expect(list('De volgende documenten maken deel uit van de Overeenkomst. Bij strijdigheid prevaleert het eerder genoemde document:').standards.map((x) => x.standard)).toEqual(['ARVODI-2018']);
    expect(list('De volgende documenten zijn door Opdrachtnemer ingezien. Bij strijdigheid prevaleert het eerder genoemde document:').standards).toEqual([]);
  });

  it('"met uitzondering van de bepalingen over escrow (broncodedepot) en over exit" carves out both subjects: a gloss in brackets is no article title', () => {
    const r = contract('De gemeente Zuiderkwartier, hierna: "Opdrachtgever", en Publiqa B.V., hierna: "Leverancier".\n\n1.1 Op deze Overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2018 (ARBIT-2018) van toepassing, met uitzondering van de bepalingen over escrow (broncodedepot) en over exit en de medewerking van Leverancier bij het einde van de Overeenkomst.\n');
    expect(r.standards[0]!.excluded).toEqual(expect.arrayContaining(['47', '32']));
    expect(r.clauses['post-termination-services']!.present).toBe(false);
    expect(r.clauses['change-of-control']!.present).toBe(true);
  });

  it('"Het in ARVODI-2018 opgenomen artikel over opzegging … is niet van toepassing" carves out that article only, not the standard', () => {
    const r = contract('De Omgevingsdienst Twente, hierna: "Opdrachtgever", en Belcom B.V., hierna: "Opdrachtnemer".\n\n1.1 Op deze Overeenkomst zijn de ARVODI-2018 van toepassing.\n1.2 Het in ARVODI-2018 opgenomen artikel over opzegging door Opdrachtgever is niet van toepassing.\n');
    expect(r.standards[0]).toMatchObject({ standard: 'ARVODI-2018', excluded: ['22.6'], disapplied: null });
    expect(r.clauses['termination-for-convenience']!.present).toBe(false);
    expect(r.clauses['anti-assignment']!.present).toBe(true);
  });

  it('an ARVODI article set aside for one part of the work and kept for another in the same sentence ("…; voor de koperverbindingen blijft het onverkort van toepassing") is not carved out; set aside outright it is', () => {
    const head = 'De Gemeente Oosterwold, hierna: "Opdrachtgever", en Lijnnet B.V., hierna: "Opdrachtnemer".\n\n1.1 Op deze Overeenkomst zijn de ARVODI-2018 van toepassing.\n';
    const kept = contract(`${head}1.2 Het bepaalde in de ARVODI-2018 over opzegging door de Opdrachtgever is op de glasvezelverbindingen niet van toepassing; voor de koperverbindingen blijft het onverkort van toepassing.\n`);
    expect(kept.standards[0]).toMatchObject({ standard: 'ARVODI-2018', excluded: [] });
    expect(kept.clauses['termination-for-convenience']!.present).toBe(true);
    const gone = contract(`${head}1.2 Het bepaalde in de ARVODI-2018 over opzegging door de Opdrachtgever is op de glasvezelverbindingen niet van toepassing; de overige bepalingen blijven onverkort van toepassing.\n`);
    expect(gone.standards[0]).toMatchObject({ standard: 'ARVODI-2018', excluded: ['22.6'] });
    expect(gone.clauses['termination-for-convenience']!.present).toBe(false);
  });

  it('"de bepalingen van de ARBIT-2018 omtrent ontbinding of opzegging in verband met een wijziging in de zeggenschap" carve out the change-of-control article, not termination for convenience', () => {
    const r = contract('De Dienst Uitkeringen, hierna: "Opdrachtgever", en Postwerk B.V., hierna: "Leverancier".\n\n2.1 Op deze overeenkomst is de ARBIT-2018 van toepassing, met dien verstande dat de bepalingen van de ARBIT-2018 omtrent ontbinding of opzegging in verband met een wijziging in de zeggenschap over Leverancier niet van toepassing zijn.\n');
    expect(r.standards[0]!.excluded).toContain('30.3');
    expect(r.standards[0]!.excluded).not.toContain('30.6');
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a standard declared for named subjects only ("only to the extent expressly referred to … Only the articles on liability and on intellectual property") passes on no other protection', () => {
    const only = contract('This Agreement is made between the Province of Zuiderwaard ("the Province") and Skyline Mapping Ltd ("the Supplier").\n\n1. The General Government Terms and Conditions for IT Contracts 2022 (ARBIT-2022) apply to this Agreement only to the extent expressly referred to in these Special Conditions. Only the articles of ARBIT-2022 on liability and on intellectual property rights are so referred to and incorporated.\n');
    expect(only.standards[0]!.standard).toBe('ARBIT-2022');
    for (const c of ['change-of-control', 'termination-for-convenience', 'post-termination-services', 'source-code-escrow', 'step-in', 'anti-assignment']) expect(only.clauses[c]!.present).toBe(false);
    const gap = contract('This Agreement is made between the Province of Zuiderwaard ("the Province") and Skyline Mapping Ltd ("the Supplier").\n\n1. ARBIT-2022 applies to this Agreement only to the extent not inconsistent with these Special Conditions.\n');
    expect(gap.clauses['change-of-control']!.present).toBe(true);
  });
  it('carves out each article by the title in brackets after its number ("artikel 8 (zeggenschapswijziging) en artikel 30 (broncode-depot)"): the numbers may be another version\'s', () => {
    const r = contract('De gemeente Rijnsburgstad, hierna: "de Gemeente", en CycleFlow Systems B.V., hierna: "Leverancier".\n\n1.1 Op deze overeenkomst zijn de ARBIT-2018 van toepassing, met uitzondering van artikel 8 (zeggenschapswijziging) en artikel 30 (broncode-depot). Deze artikelen zijn niet van toepassing.\n');
    expect(r.standards[0]!.excluded).toEqual(['30.3', '47']);
    expect(r.clauses['change-of-control']!.present).toBe(false);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    // ARBIT-2014's number 30 holds the right to end at will too (30.6): read by its title here, it stays.
    expect(r.clauses['termination-for-convenience']!.present).toBe(true);
  });

  it('a standard switched off for one module ("Op Module A is de ARBIT-2018 niet van toepassing") still holds for the module it is declared for, in a DOCX', async () => {
    const file = await docxFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-module-')), 'modules.docx'), [
      'Overeenkomst tussen het Waterschap Lingedal, hierna: "Opdrachtgever", en Peilnet Systems B.V., hierna: "Opdrachtnemer".',
      'Artikel 2 Voorwaarden',
      '2.1 Op Module B (beheer en onderhoud) zijn van toepassing de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2018 (ARBIT-2018).',
      '2.2 Op Module A (levering van meetapparatuur) is de ARBIT-2018 niet van toepassing; daarop zijn de ARIV-2018 van toepassing.',
    ]);
    const r = await scanFile({ path: file, display: file }, rules, policy);
    expect(r.standards[0]).toMatchObject({ standard: 'ARBIT-2018', disapplied: null });
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['step-in']!.present).toBe(true);
  });
});

describe('a list of deviations right after the declaration, pointing back to it', () => {
  it('carves out what its items set aside ("In afwijking daarvan: 1. is het artikel over escrow niet van toepassing; …") and keeps the rest', () => {
    const r = contract(
      [
        'OVEREENKOMST ZAAKSYSTEEM',
        'De Staat der Nederlanden (Dienst Zaken) ("Opdrachtgever") en Vectrion B.V. ("Leverancier") komen overeen:',
        '2. ARBIT-2018 en afwijkingen',
        'Op de Overeenkomst is de ARBIT-2018 van toepassing. In afwijking daarvan:',
        '1. is het artikel over escrow niet van toepassing;',
        '2. is het artikel over overname van de uitvoering door een derde niet van toepassing;',
        '3. bedraagt de aansprakelijkheid ten hoogste EUR 2.000.000.',
        '3. Opdracht',
        'Leverancier levert het zaaksysteem.',
      ].join('\n'),
    );
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    // ARBIT's change of control and exit stand: no item sets them aside.
    expect(r.clauses['change-of-control']!.present).toBe(true);
    expect(r.clauses['post-termination-services']!.present).toBe(true);
  });
});

describe('a declaration that opens its own list of deviations', () => {
  it('carves out by title what the points strike, and keeps a point that narrows the right as the contract\'s own clause', () => {
    const r = contract(
      [
        'OVEREENKOMST VERGUNNINGSYSTEEM',
        'De Staat der Nederlanden (Dienst Vergunningen) ("Opdrachtgever") en Vectrion B.V. ("Leverancier") komen overeen:',
        'Artikel 2 Afwijkingen van de ARBIT-2022',
        'De ARBIT-2022 is van toepassing met inachtneming van de volgende afwijkingen.',
        '1. In afwijking van artikel 38.2 onder c ARBIT-2022 is Opdrachtgever uitsluitend bevoegd tot ontbinding indien Leverancier fuseert of wordt gesplitst.',
        '2. Artikel 21 (Escrow) vervalt.',
        '3. Artikel 32 (Uitvoering door een derde) vervalt.',
        'Artikel 3 Prestaties',
        'Leverancier levert het systeem.',
      ].join('\n'),
    );
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
    expect(r.clauses['step-in']!.present).toBe(false);
    // (ARBIT's exit, article 32 in its own numbering, is not what "Artikel 32 (Uitvoering door een derde)" strikes.)
    expect(r.clauses['post-termination-services']!.present).toBe(true);
    expect(r.clauses['change-of-control']).toMatchObject({ present: true, strength: 'weak' });
  });
});

describe('an annex titled as the deviations from the standard', () => {
  const lines = (title: string) => [
    'NADERE OVEREENKOMST SUBSIDIEBEHEER',
    'De Gemeente Tielderhof, hierna: "Opdrachtgever", en Subsidio B.V., hierna: "Leverancier", komen overeen:',
    'Artikel 1. Voorwaarden',
    '1.1 De GIBIT 2022 is van toepassing, met uitzondering van de artikelen die in de bijlage "Afwijkingen op de GIBIT" als niet van toepassing zijn aangemerkt.',
    'Artikel 2. Recht',
    '2.1 Nederlands recht.',
    title,
    '• 1. Het artikel over exit en het exitplan is niet van toepassing. Leverancier verwijdert bij het einde alle gegevens; Opdrachtgever kan gedurende de looptijd dossiers exporteren.',
    '• 2. Escrow wordt niet overeengekomen.',
    'Ondertekening',
    'Tielderhof, 20 mei 2024',
  ];
  it('carves out what its items set aside, though they do not name the standard again (a PDF)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-deviations-'));
    const annex = await scanFile({ path: await pdfLinesFile(join(dir, 'annex.pdf'), [lines('Bijlage – Afwijkingen op de GIBIT 2022')]), display: 'annex.pdf' }, rules, policy);
    expect(annex.clauses['post-termination-services']!.present).toBe(false);
    expect(annex.clauses['termination-for-convenience']!.present).toBe(true);
    // Under a title that does not call them deviations from the standard, the items carve out nothing.
    const other = await scanFile({ path: await pdfLinesFile(join(dir, 'other.pdf'), [lines('Bijlage – Gegevensbeheer')]), display: 'other.pdf' }, rules, policy);
    expect(other.clauses['post-termination-services']!.present).toBe(true);
  });
});

describe('a standard named by a description and its own acronym', () => {
  it('reads "General Government Terms and Conditions for IT Contracts (GIBIT)" as GIBIT, not ARBIT', () => {
    const r = contract(
      'This Agreement is made between the Municipality of Leuvendaal ("the Customer") and Plancraft GmbH ("the Supplier").\n\n1. Terms\n1.1 The General Government Terms and Conditions for IT Contracts (GIBIT), as adopted by the Association of Netherlands Municipalities, apply to this Agreement.\n',
    );
    expect(r.standards.map((s) => s.standard)).toEqual(['GIBIT']);
    expect(r.clauses['source-code-escrow']!.present).toBe(false);
  });
});

// The rule engine on small documents with packs written here: what each pattern form means.
import { describe, expect, it } from 'vitest';
import { parsePack } from '../src/rules/load.js';
import { compilePacks } from '../src/rules/compile.js';
import { analyse } from '../src/rules/analyse.js';
import { inlineItems } from '../src/rules/doc-index.js';
import { buildDocument } from '../src/document/build.js';
import { runExamples } from '../src/rules/examples.js';
import type { LoadedPack } from '../src/rules/types.js';

const ROLES = `
id: roles
version: 1.0.0
title: roles
description: roles
vocabulary:
  customer: [customer, opdrachtgever]
  supplier: [supplier, opdrachtnemer]
  party: [party]
  customerHints: [gemeente, municipality, district, minister, hoogheemraadschap, hospital]
rules: []
`;

function pack(yaml: string): LoadedPack {
  const r = parsePack(yaml, 'test.yml');
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'));
  return r.pack;
}

function doc(text: string, language: 'en' | 'nl' = 'en') {
  return { ...buildDocument({ kind: 'txt', pages: [{ number: 1, text }] }, { file: 't.txt', sha256: 'x' }), language };
}

const rule = (patterns: string, extra = '') => `
id: p
version: 1.0.0
title: t
description: d
vocabulary:
  trig: ["change of control", "merger"]
  end: ["~terminate", "ontbind*"]
definitions: [trig]
${extra}
rules:
  - id: p/r
    clause: c
    grants: terminate
    to: customer
    strength: strong
    languages: [en, nl]
    patterns: ${patterns}
    message: m
    examples:
      en: { match: [a b, c d], nomatch: [e f, g h] }
      nl: { match: [a b, c d], nomatch: [e f, g h] }
`;

function fires(patterns: string, text: string, lang: 'en' | 'nl' = 'en', extra = ''): boolean {
  const rules = compilePacks([pack(ROLES), pack(rule(patterns, extra))]);
  return analyse(doc(text, lang), rules).findings.some((f) => f.rule === 'p/r');
}

describe('terms', () => {
  it('matches stems, prefixes, gaps and accents', () => {
    expect(fires('"~terminate"', 'The Customer may terminate.')).toBe(true);
    expect(fires('"~terminate"', 'The Customer shall have termination rights.')).toBe(true);
    expect(fires('"~terminate"', 'The Customer may end it.')).toBe(false);
    expect(fires('"ontbind*"', 'Opdrachtgever kan ontbinden.', 'nl')).toBe(true);
    expect(fires('"*gegevens"', 'Alle Patiëntgegevens worden overgedragen.', 'nl')).toBe(true);
    expect(fires('"*gegevens"', 'Alle gegevens worden overgedragen.', 'nl')).toBe(true);
    expect(fires('"*gegevens"', 'Alle bestanden worden overgedragen.', 'nl')).toBe(false);
    expect(fires('"may {0,2} terminate"', 'Customer may at once terminate.')).toBe(true);
    expect(fires('"may {0,1} terminate"', 'Customer may at any time terminate.')).toBe(false);
    expect(fires('"recht van californie"', 'Het recht van Californië is van toepassing.', 'nl')).toBe(true);
  });

  it('a title or a question states nothing', () => {
    expect(fires('"~terminate"', 'Termination for Convenience')).toBe(false);
    expect(fires('"~terminate"', 'Termination for Convenience.')).toBe(true);
    expect(fires('"~terminate"', 'Question 12: may the Customer terminate this Agreement at any time?')).toBe(false);
  });

  it('keeps gaps inside one sentence', () => {
    expect(fires('"merger {0,5} terminate"', 'There is a merger. Customer may terminate.')).toBe(false);
  });

  it('runs regular expressions over the raw text', () => {
    expect(fires('"/\\\\b\\\\d{2,3} days/"', 'The Customer may terminate on 90 days notice.')).toBe(true);
    expect(fires('"/\\\\b\\\\d{2,3} days/"', 'The Customer may terminate on ninety days notice.')).toBe(false);
  });

  it('anchors a regular expression that opens with ^ at the start of every sentence, not only of the file', () => {
    const anchored = '"/^\\\\W*(?:\\\\d+(?:\\\\.\\\\d+)*\\\\s+)?\\"[^\\"]{2,40}\\"\\\\s+means\\\\b/"';
    const text = 'AGREEMENT\n\n12. Exit\n\n12.1 The Supplier shall assist.\n\n12.2 "Run-off Period" means the period after a notice.\n';
    expect(fires(anchored, text)).toBe(true);
    // Mid-sentence it is no start: the same words after others do not match.
    expect(fires(anchored, 'AGREEMENT\n\n12. Exit\n\n12.1 The Supplier shall assist. Here "Run-off Period" means the period after a notice.\n')).toBe(false);
  });
});

describe('patterns', () => {
  it('all / any / none / near', () => {
    const p = '{ all: ["@trig", { near: ["{customer}", "@end"], within: 3 }], none: [{ label: negation, any: ["shall not"] }] }';
    expect(fires(p, 'Upon a change of control of Supplier, the Customer may terminate this Agreement.')).toBe(true);
    expect(fires(p, 'A change of control shall not entitle the Customer to terminate.')).toBe(false);
    expect(fires(p, 'Upon a merger, the Customer, acting reasonably and in good faith, may terminate.')).toBe(false);
    expect(fires(p, 'Upon a change of control, the Supplier may terminate.')).toBe(false);
  });

  it('ordered near needs the first pattern first', () => {
    const p = '{ near: ["customer", "~terminate"], within: 4, ordered: true }';
    expect(fires(p, 'Customer may terminate.')).toBe(true);
    expect(fires(p, 'Termination by the Customer.')).toBe(false);
  });

  it('fills {customer} with names the preamble defines, sorted by hints', () => {
    const text =
      'Between the Municipality of Delft (hereinafter "Gemeente Delft") and Acme Ltd (the "Contractor").\n\n' +
      'Upon a change of control of the Contractor, Gemeente Delft may terminate this Agreement.';
    const rules = compilePacks([pack(ROLES), pack(rule('{ all: ["@trig", { near: ["{customer}", "@end"], within: 3 }] }'))]);
    const a = analyse(doc(text), rules);
    expect(a.parties.customer).toContain('Gemeente Delft');
    expect(a.parties.all).toContain('Contractor');
    expect(a.findings.map((f) => f.rule)).toEqual(['p/r']);
  });

  it('reads the common preamble forms and infers the counterparty of a known party', () => {
    const parties = (text: string) => analyse(doc(text, 'nl'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties;
    expect(parties('1. Het Agentschap Telecom, gevestigd te Den Haag, hierna ook te noemen: \'Opdrachtgever\';\n2. Netwerk B.V., hierna aan te duiden als \'Netwerk\'.')).toMatchObject({
      customer: ['Opdrachtgever'],
      supplier: ['Netwerk'],
    });
    expect(parties('Tussen de Gemeente Ede, hierna: "de Gemeente", en Kabel B.V., hierna: "Kabel".')).toMatchObject({ customer: ['de Gemeente'], supplier: ['Kabel'] });
    expect(parties('De Minister van Financiën, hierna: de Minister;\n\nen\n\nWolk B.V., gevestigd te Ede, hierna: de Contractant.')).toMatchObject({ customer: ['de Minister'], supplier: ['de Contractant'] });
    const en = analyse(doc('This Agreement is between Lakeside Water District ("District") and Acme Systems, Inc., a Delaware corporation ("Acme").'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties;
    expect(en).toMatchObject({ customer: ['District'], supplier: ['Acme'] });
    // Further names in the entry are aliases; "hierna samen" names parties acting together.
    expect(parties('1. Stichting Universitair Medisch Centrum Zuidwest, gevestigd te Middelburg, hierna: "Opdrachtgever" of "UMC";\n2. Labrix B.V., hierna: "Leverancier";')).toMatchObject({ customer: ['Opdrachtgever', 'UMC'], supplier: ['Leverancier'] });
    expect(parties('Tussen de Stad Lommel, mede in naam van het OCMW Lommel (hierna samen: "het Bestuur");\nen\nTelenord NV (hierna: "de Opdrachtnemer");')).toMatchObject({ customer: ['het Bestuur'] });
    // PDF text wraps a party's entry, and even its quoted name, over several lines.
    expect(parties('Partijen\nHoogheemraadschap Rijnland-Oost, publiekrechtelijk\nlichaam, gevestigd te Leiden, hierna: "het\nHoogheemraadschap";\nen\nWolkenbouw GmbH, gevestigd te Bremen, ten deze\nvertegenwoordigd door haar directeur, hierna: "Wolkenbouw".')).toMatchObject({
      customer: ['het Hoogheemraadschap'],
      supplier: ['Wolkenbouw'],
    });
    // A role in one clause ("the Disclosing Party") is no party: the two real parties still complete each other.
    const roles = analyse(doc('This Agreement is between Lakeside Water District ("District") and Acme Systems, Inc. ("Acme").\n\n7. Confidentiality. The party receiving information (the "Receiving Party") shall protect it.'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties;
    expect(roles).toMatchObject({ customer: ['District'], supplier: ['Acme'], all: ['Acme', 'District'] });
    // Online terms that define the customer as "you" only.
    const you = analyse(doc('Accepted through the console by the account owner for the Regional Tax Office (a public body, "you"), under the enterprise account of Nimbus Cloud LLC ("Nimbus", "we" or "us").'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties;
    expect(you.customer).toEqual(['you', 'your']);
    expect(you.supplier).toEqual(expect.arrayContaining(['we', 'us']));
    // Aliases in the same brackets take their party's role and are not parties of their own.
    const online = analyse(doc('This agreement is between Nimbus Cloud LLC, a Washington limited liability company ("Company", "we", "us" or "our") and you or the entity you represent ("Customer" or "you").'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties;
    expect(online).toEqual({ customer: ['Customer', 'you', 'your'], supplier: ['Company', 'our', 'us', 'we'], all: ['Company', 'Customer'] });
    // Things the preamble defines (the firmware, a quality agreement, purchase orders) are no parties.
    const things = analyse(doc('This Agreement is between Orrin Medical, Inc. ("Company") and Keller Electronics Ltd. ("Supplier"), for the control module and its embedded software (the "Firmware"), under the quality terms (the "Quality Agreement") and the "Purchase Orders" Company issues.'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties;
    expect(things).toEqual({ customer: ['Company'], supplier: ['Supplier'], all: ['Company', 'Supplier'] });
    // A public body named by what it is.
    expect(analyse(doc('Between Stichting Medisch Centrum Westerhaven (the "Hospital") and Clarion Ltd ("Clarion").'), compilePacks([pack(ROLES), pack(rule('"merger"'))])).parties).toMatchObject({ customer: ['Hospital'], supplier: ['Clarion'] });
  });

  /** A pack whose rule needs @trig near the customer's @end, with `vocabulary` and `definitions` of its own. */
  const definedTermsFire = (vocabulary: string, definitions: string) => {
    const yaml = rule('{ all: ["@trig", { near: ["{customer}", "@end"], within: 3 }] }')
      .replace(/vocabulary:\n  trig: .*\n  end: .*\n/, `vocabulary:\n${vocabulary}\n`)
      .replace('definitions: [trig]', `definitions:\n  ${definitions}`);
    const rules = compilePacks([pack(ROLES), pack(yaml)]);
    return (text: string, lang: 'en' | 'nl' = 'en') => analyse(doc(text, lang), rules).findings.length > 0;
  };

  it('joins defined terms by the lists their definition uses, when the definition opens with an event', () => {
    const fire = definedTermsFire('  trig: ["change of control", "merger"]\n  take: ["obtains control", "meer dan de helft van de aandelen"]\n  end: ["~terminate", "ontbind*"]\n  event: [change, transaction, overdracht]', 'trig: { from: [trig, take], head: event }');
    expect(fire('"Ownership Change" means a transaction by which any person obtains control of the Supplier.\n\nUpon an Ownership Change the Customer may terminate.')).toBe(true);
    expect(fire('"Supplier Patent" means any patent of which the Supplier obtains control after the date hereof.\n\nUpon a Supplier Patent the Customer may terminate.')).toBe(false);
    expect(fire('Artikel 1 Begrippen\n3. Aandelenoverdracht: de overdracht van meer dan de helft van de aandelen in Leverancier.\n\nNa een Aandelenoverdracht mag Opdrachtgever ontbinden.', 'nl')).toBe(true);
  });

  it('checks the kind of a term named after its description in the term itself, not in the description\'s first words', () => {
    const fire = definedTermsFire('  trig: ["change of control"]\n  take: ["third party", "third-party"]\n  end: ["~terminate"]\n  head: [party, provider]', 'trig: { from: [take], head: head }');
    // 'This Third-Party Logistics Services Agreement (the "Agreement")' names an agreement, not a third party.
    expect(fire('This Third-Party Logistics Services Agreement (the "Agreement") is made between A and B.\n\nUpon this Agreement the Customer may terminate.')).toBe(false);
    expect(fire('A third party appointed by the Customer (the "Step-in Party") may act.\n\nUpon the Step-in Party the Customer may terminate.')).toBe(true);
  });

  it('extends a vocabulary with the terms a contract defines by it', () => {
    const text =
      '"Acquisition Event" means a merger of the Supplier with any other entity.\n\n' +
      'Upon an Acquisition Event the Customer may terminate this Agreement.';
    const p = '{ all: ["@trig", { near: ["{customer}", "@end"], within: 3 }] }';
    expect(fires(p, text)).toBe(true);
    expect(fires(p, 'Upon an Acquisition Event the Customer may terminate this Agreement.')).toBe(false);
    // An event defined by when it occurs.
    expect(fires(p, 'A "Control Event" occurs if the Supplier enters into a merger with any other entity.\n\nUpon a Control Event the Customer may terminate this Agreement.')).toBe(true);
  });
});

describe('item scope', () => {
  const p = '{ all: ["@trig", { near: ["{customer}", "@end"], within: 6 }] }';
  const item = (patterns: string, text: string) => {
    const yaml = rule(patterns).replace('    patterns:', '    scope: item\n    patterns:');
    return analyse(doc(text), compilePacks([pack(ROLES), pack(yaml)])).findings;
  };
  const list =
    '9.2 The Customer may terminate this Agreement with immediate effect if:\n' +
    '(a) the Supplier commits a material breach;\n' +
    '(b) the Supplier becomes insolvent; or\n' +
    '(c) there is a change of control of the Supplier.\n\n' +
    '9.3 A merger of the Customer has no consequence.';

  it('reads a list item with its lead-in, quoting the item', () => {
    const f = item(p, list);
    expect(f).toHaveLength(1);
    expect(f[0]!.quote).toBe('(c) there is a change of control of the Supplier.');
  });

  it('measures distance as if the lead-in stood right before the item', () => {
    expect(item('{ near: ["~terminate", "change of control"], within: 12 }', list)).toHaveLength(1);
    expect(item('{ near: ["~terminate", "change of control"], within: 3 }', list)).toHaveLength(0);
  });

  it('takes the lead-in from inside a sentence that opens the list itself, and reads Dutch "a." items', () => {
    const en = 'The Customer may terminate this Agreement: (a) on 30 days notice; (b) if the Supplier is in breach; or (c) upon a change of control of the Supplier.';
    expect(item(p, en).map((f) => f.quote)).toEqual(['(c) upon a change of control of the Supplier.']);
    const nl = 'Opdrachtgever is bevoegd de Overeenkomst te ontbinden, indien:\na. Opdrachtnemer failliet wordt verklaard;\nb. de zeggenschap over Opdrachtnemer wijzigt.';
    const pn = '{ all: ["zeggenschap", { near: ["{customer}", "@end"], within: 6 }] }';
    expect(item(pn, nl).map((f) => f.quote)).toEqual(['b. de zeggenschap over Opdrachtnemer wijzigt.']);
  });

  it('opens a list after a comma at a first item, and reads an item that starts with its conjunction', () => {
    const en = 'In the event of a change of control of the Supplier, (a) the Supplier shall notify the Customer;\n(b) the Supplier shall keep records; and\n(c) the Customer may terminate this Agreement by notice.';
    const pc = '{ all: ["change of control", { near: ["{customer}", "~terminate"], within: 4 }] }';
    expect(item(pc, en).map((f) => f.quote)).toEqual(['(c) the Customer may terminate this Agreement by notice.']);
    // After a comma only a first item opens a list: "(b)" there is a reference, not a list.
    expect(item(pc, en.replace(', (a)', ', as in (b)'))).toHaveLength(0);
  });

  it('reads a lead-in that points back to the clause right before it from that clause', () => {
    const text = '13.1 Either party may terminate this Agreement by notice if any of the events in clause 13.2 occurs in relation to the other party.\n13.2 The events referred to in clause 13.1 are that the other party:\n(a) becomes insolvent;\n(b) undergoes a change of control.';
    const pe = '{ all: ["change of control", { near: ["either party may", "~terminate"], within: 3 }] }';
    expect(item(pe, text).map((f) => f.quote)).toEqual(['(b) undergoes a change of control.']);
    // A reference to a clause further back is no continuation.
    const far = text.replace('13.1 Either', '12.1 Either').replace('in clause 13.2 occurs', 'occurs').replace('13.2 The events referred to in clause 13.1', '13.2 The events referred to in clause 12.1');
    expect(item(pe, `${far.split('\n')[0]}\n12.2 Notices are given in writing.\n${far.split('\n').slice(1).join('\n')}`)).toHaveLength(0);
  });

  it('does not lend a lead-in to a sentence outside its list', () => {
    expect(item('{ all: ["merger", "~terminate"] }', list)).toHaveLength(0);
  });

  it('sentence scope does not see the lead-in', () => {
    const yaml = rule(p);
    expect(analyse(doc(list), compilePacks([pack(ROLES), pack(yaml)])).findings).toHaveLength(0);
  });
});

describe('findings', () => {
  it('quote the sentence with its article and page', () => {
    const text = 'Artikel 1 Begrippen\n1.1 Niets.\n\nArtikel 11 Zeggenschap\n11.1 Bij een wijziging in de zeggenschap mag Opdrachtgever ontbinden.';
    const rules = compilePacks([pack(ROLES), pack(rule('{ all: ["zeggenschap", "ontbind*"] }'))]);
    const [f] = analyse(doc(text, 'nl'), rules).findings;
    expect(f).toMatchObject({ section: '11.1', page: 1, strength: 'strong', to: 'customer' });
    expect(f!.quote).toContain('Bij een wijziging in de zeggenschap mag Opdrachtgever ontbinden');
  });

  it('only apply rules of the document language', () => {
    const p = pack(rule('"merger"').replace('languages: [en, nl]', 'languages: [nl]').replace(/\n\s+en: \{[^\n]+/, ''));
    const rules = compilePacks([pack(ROLES), p]);
    expect(analyse(doc('A merger happened.', 'en'), rules).findings).toHaveLength(0);
    expect(analyse(doc('Een merger vond plaats.', 'nl'), rules).findings).toHaveLength(1);
  });
});

describe('standard terms', () => {
  const std = `
standards:
  - id: ARBIT-2014
    title: ARBIT
    names: { any: ["arbit", "arbit 2014"] }
    applies: { any: ["van toepassing"] }
    excepts: { any: ["met uitzondering van"] }
    disapplies: { any: ["niet van toepassing"] }
    limits: { any: ["bepalingen {0,6} over", "op dat onderwerp"] }
    provides:
      - { clause: coc, article: "30.3", strength: strong, topic: { any: ["zeggenschap"] } }
      - { clause: tfc, article: "30.6", strength: strong, topic: { any: ["opzegging"] } }
      - { clause: exit, article: "32", strength: strong, topic: { any: ["exit"] } }
`;
  const run = (text: string) => analyse(doc(text, 'nl'), compilePacks([pack(ROLES), pack(rule('"merger"', std))]));

  it('a declared standard gives its protections, each citing its article', () => {
    const a = run('Op deze Overeenkomst is ARBIT-2014 van toepassing.');
    expect(a.findings.map((f) => `${f.clause}@${f.inherited?.article}`).sort()).toEqual(['coc@30.3', 'exit@32', 'tfc@30.6']);
    expect(a.findings[0]!.message).toMatch(/^inherited from ARBIT-2014 art\./);
  });

  it('a carve-out removes the articles it names, and only those', () => {
    const a = run('Op deze Overeenkomst is ARBIT-2014 van toepassing, met uitzondering van artikel 30.');
    expect(a.findings.map((f) => f.clause)).toEqual(['exit']);
    expect(a.standards[0]!.excluded).toEqual(['30']);
  });

  it('reads each part of a sentence on its own: other terms being excluded does not exclude ARBIT', () => {
    const a = run('Op deze Overeenkomst is ARBIT-2014 van toepassing; de algemene voorwaarden van Opdrachtnemer zijn niet van toepassing.');
    expect(a.standards[0]!.disapplied).toBeNull();
    expect(a.findings).toHaveLength(3);
  });

  it('expands carved-out ranges and takes article numbers only right after the carve-out', () => {
    const a = run('ARBIT-2014 is van toepassing, met uitzondering van de artikelen 30 tot en met 32, zoals vermeld in bijlage 4.');
    expect(a.standards[0]!.excluded).toEqual(['30', '31', '32']);
    expect(a.findings).toHaveLength(0);
  });

  it('an article declared not applicable is carved out, the rest still applies', () => {
    const a = run('Op deze Overeenkomst is ARBIT-2014 van toepassing.\n\nArtikel 30.3 van de ARBIT is niet van toepassing.');
    expect(a.standards[0]).toMatchObject({ excluded: ['30.3'], disapplied: null });
    expect(a.findings.map((f) => f.clause).sort()).toEqual(['exit', 'tfc']);
  });

  it('a proviso in the declaring sentence is read as a part of its own', () => {
    const a = run('ARBIT-2014 is op deze Overeenkomst van toepassing, met dien verstande dat artikel 32 van de ARBIT niet van toepassing is.');
    expect(a.standards[0]).toMatchObject({ excluded: ['32'], disapplied: null });
    expect(a.findings.map((f) => f.clause).sort()).toEqual(['coc', 'tfc']);
  });

  it('the family disapplied takes away every version; a version named is that version only', () => {
    const version = (year: number) => `
  - id: ARBIT-${year}
    title: ARBIT
    names: { any: ["arbit ${year}"] }
    family: { any: ["arbit"] }
    applies: { any: ["van toepassing"] }
    disapplies: { any: ["niet van toepassing"] }
    provides:
      - { clause: coc, article: "30.3", strength: strong }`;
    const two = `\nstandards:${version(2014)}${version(2018)}\n`;
    const use = (text: string) => analyse(doc(text, 'nl'), compilePacks([pack(ROLES), pack(rule('"merger"', two))])).standards.map((u) => `${u.standard}:${u.disapplied ? 'off' : 'on'}`);
    expect(use('Op deze Overeenkomst is ARBIT-2018 van toepassing. Wij wijzen erop dat de ARBIT niet van toepassing zijn.')).toEqual(['ARBIT-2018:off']);
    expect(use('De ARBIT-2014 is niet van toepassing. Op deze Overeenkomst is ARBIT-2018 van toepassing.')).toEqual(['ARBIT-2014:off', 'ARBIT-2018:on']);
  });

  it('"@family" in a shared block is each standard\'s own family: disapplying one family leaves the other', () => {
    const version = (id: string, family: string) => `
  - id: ${id}
    title: ${id}
    names: { any: ["${id.toLowerCase()}"] }
    family: { any: ["${family}"] }
    applies: { any: ["van toepassing"] }
    disapplies: { all: [{ near: ["@family", "niet van toepassing"], within: 4, ordered: true }] }
    provides:
      - { clause: coc, article: "1", strength: strong }`;
    const two = `\nstandards:${version('ARBIT-2014', 'arbit')}${version('ARVODI-2014', 'arvodi')}\n`;
    const use = (text: string) => analyse(doc(text, 'nl'), compilePacks([pack(ROLES), pack(rule('"merger"', two))])).standards.map((u) => `${u.standard}:${u.disapplied ? 'off' : 'on'}`);
    expect(use('Op deze Overeenkomst zijn ARBIT-2014 en ARVODI-2014 van toepassing. De ARVODI is niet van toepassing op de diensten.')).toEqual(['ARBIT-2014:on', 'ARVODI-2014:off']);
    expect(use('Op deze Overeenkomst zijn ARBIT-2014 en ARVODI-2014 van toepassing. De ARBIT is niet van toepassing op de diensten.')).toEqual(['ARBIT-2014:off', 'ARVODI-2014:on']);
  });

  it('a disapplication limited to a topic removes only the matching protection', () => {
    const a = run('Op deze Overeenkomst is ARBIT-2014 van toepassing.\n\nDe bepalingen in de ARBIT over exit zijn niet van toepassing.');
    expect(a.standards[0]).toMatchObject({ disapplied: null, excluded: ['32'] });
    expect(a.findings.map((f) => f.clause).sort()).toEqual(['coc', 'tfc']);
    // A subject named earlier in the sentence and pointed back to; a subject no protection has removes nothing.
    const b = run('Op deze Overeenkomst is ARBIT-2014 van toepassing.\n\nVoor de aansprakelijkheid geldt artikel 8; de ARBIT is op dat onderwerp niet van toepassing.');
    expect(b.standards[0]).toMatchObject({ disapplied: null, excluded: [] });
    expect(b.findings).toHaveLength(3);
  });

  it('finds a declaration in a list under a lead-in', () => {
    const a = run('Op deze Overeenkomst zijn van toepassing:\na. de Overeenkomst zelf;\nb. de ARBIT-2014;\nc. de offerte.');
    expect(a.standards).toHaveLength(1);
    expect(a.findings).toHaveLength(3);
  });

  it('a standard declared not applicable gives nothing, and says why', () => {
    const a = run('ARBIT is niet van toepassing op deze Overeenkomst.');
    expect(a.findings).toHaveLength(0);
    expect(a.standards[0]!.disapplied).toMatch(/not applicable/);
  });
});

describe('rules test', () => {
  it('reports a failing example with the rule position', () => {
    const p = pack(rule('"merger"').replace('match: [a b, c d], nomatch: [e f, g h] }\n      nl', 'match: [There was a merger., no such thing], nomatch: [e f, g h] }\n      nl'));
    const rules = compilePacks([p]);
    const run = runExamples(rules, [p]);
    const en = run.failures.filter((f) => f.language === 'en');
    expect(en.map((f) => f.text)).toEqual(['no such thing']);
    expect(en[0]!.where).toMatch(/^test\.yml:\d+:\d+$/);
  });
});

describe('lists inside a sentence', () => {
  it('finds the markers of a list that counts up from its first item, not lone references', () => {
    const t = 'Customer may terminate (i) at any time on notice, or (ii) immediately if Supplier breaches.';
    expect(inlineItems(t)).toEqual([t.indexOf('(i)'), t.indexOf('(ii)')]);
    expect(inlineItems('As set out in Section 5(a) and clause (c), the fees are due.')).toEqual([]);
    expect(inlineItems('Either party may terminate (a) on breach, (b) on insolvency or (c) on ninety days notice.')).toHaveLength(3);
  });

  it('part scope reads each item with the words before the list; sentence scope reads the whole', () => {
    const text = 'Customer may terminate this Agreement (i) at any time upon notice, or (ii) immediately if Supplier breaches.';
    const pattern = '{ all: ["~terminate", "notice"], none: ["breaches"] }';
    const scoped = (scope: string) => compilePacks([pack(ROLES), pack(rule(pattern).replace('    patterns:', `    scope: ${scope}\n    patterns:`))]);
    expect(analyse(doc(text), scoped('sentence')).findings).toHaveLength(0);
    const part = analyse(doc(text), scoped('part')).findings;
    expect(part).toHaveLength(1);
    expect(part[0]!.quote).toBe(text);
  });
});

describe('section scope', () => {
  const section = (patterns: string, text: string, lang: 'en' | 'nl' = 'en') => {
    const yaml = rule(patterns).replace('    patterns:', '    scope: section\n    patterns:');
    return analyse(doc(text, lang), compilePacks([pack(ROLES), pack(yaml)])).findings;
  };
  const p = '{ all: [{ near: ["@trig", "@end"], within: 40 }], none: [{ label: negation, near: ["not", "@trig"], within: 4 }] }';

  it('judges an exception in the sentences the right was found in, not in the rest of the article', () => {
    const text = 'Article 17 Change of control\n17.1 The Supplier shall notify the Customer of any change of control.\n17.2 A merger does not change the prices.\n17.3 The Customer may terminate this Agreement upon a change of control.';
    expect(section(p, text)).toHaveLength(1);
    // In the sentence that holds the right, the exception still vetoes.
    expect(section(p, text.replace('17.3 The Customer may terminate this Agreement upon a change of control.', '17.3 Not a change of control entitles the Customer to terminate.'))).toHaveLength(0);
  });

  it('with a right stated over two sentences, judges those two, the pair of one numbered clause first', () => {
    const pr = '{ all: ["@trig", { near: ["customer may {0,8} such notice", "@end"], within: 10 }], none: [{ label: negation, near: ["not", "@trig"], within: 6 }] }';
    const text = 'Article 7 Termination\n7.3 The Supplier shall give notice of a change of control. The Customer may, within six months after such notice, terminate this Agreement.\n7.4 A change of control of the Customer shall not give the Supplier any right.';
    expect(section(pr, text)).toHaveLength(1);
    expect(section(pr, text.replace('The Supplier shall give notice of a change of control.', 'A change of control shall not require notice.'))).toHaveLength(0);
  });

  it('reads a list with the sentence that opens it, also without a colon', () => {
    const pe = '{ all: [{ near: ["@trig", "@end"], within: 40 }], none: [{ all: [{ near: ["geen", "@trig"], within: 6 }], none: [{ near: ["tenzij", "buiten"], within: 20, ordered: true }] }] }';
    const text = 'Artikel 10 Zeggenschap\n10.1 Een change of control geeft geen recht op ontbinding, tenzij\na. de verwerver is gevestigd buiten de Europese Unie; of\nb. de melding te laat is.\n10.2 In die gevallen kan Opdrachtgever ontbinden.';
    expect(section(pe, text, 'nl')).toHaveLength(1);
    expect(section(pe, text.replace('buiten de Europese Unie', 'in Nederland'), 'nl')).toHaveLength(0);
  });
});

describe('facts that say they replace another', () => {
  const LAW = `
id: law
version: 1.0.0
title: law
description: d
vocabulary:
  replaces: ["notwithstanding", "in afwijking van"]
tables:
  places:
    - { name: Washington, aliases: [Washington] }
    - { name: Netherlands, aliases: [Netherlands, Nederlands recht] }
rules:
  - id: law/governed
    fact: governingLaw
    value: { table: places }
    priority: 10
    languages: [en]
    patterns: { all: ["governed by"] }
    prevails: { any: ["@replaces"] }
    message: m
    examples:
      en: { match: [governed by, is governed by], nomatch: [e f, g h] }
`;
  const law = (text: string) => analyse(doc(text), compilePacks([pack(ROLES), pack(LAW)])).facts.map((f) => `${f.value}${f.prevails ? '!' : ''}`);

  it('an addendum overriding the main terms wins although it comes later', () => {
    const msa = '12. This Agreement is governed by the laws of the State of Washington.';
    expect(law(`${msa}\n\nPublic Sector Addendum\n\n3. Notwithstanding Section 12, this Agreement is governed by the laws of the Netherlands.`)).toEqual(['Netherlands!', 'Washington']);
    // Without the words that say so, the first choice stays first.
    expect(law(`${msa}\n\nPublic Sector Addendum\n\n3. This Agreement is governed by the laws of the Netherlands.`)).toEqual(['Washington', 'Netherlands']);
  });

  it('an article-wide choice is read where it matched, not in the other sentences of the article', () => {
    const article = LAW.replace('    patterns: { all: ["governed by"] }', '    scope: section\n    patterns: { all: ["governed by"] }');
    const text = 'Article 10 General\n10.1 Export laws of Washington apply to the Software.\n10.2 This Agreement is governed by the laws of the Netherlands.\n10.3 This Agreement supersedes, notwithstanding any prior terms, all proposals.';
    const facts = analyse(doc(text), compilePacks([pack(ROLES), pack(article)])).facts;
    expect(facts.map((f) => `${f.value}${f.prevails ? '!' : ''}`)).toEqual(['Netherlands']);
  });

  it('a rule without prevails never outranks by it', () => {
    expect(law('Notwithstanding anything else, this Agreement is governed by the laws of Washington.')).toEqual(['Washington!']);
    const plain = analyse(doc('Notwithstanding anything else, it is governed by Washington law.'), compilePacks([pack(ROLES), pack(LAW.replace('    prevails: { any: ["@replaces"] }\n', ''))])).facts;
    expect(plain[0]!.prevails).toBeUndefined();
  });
});

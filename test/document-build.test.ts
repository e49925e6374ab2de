import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.js';
import { normalisePage } from '../src/document/normalise.js';
import type { Document, RawExtraction } from '../src/document/types.js';

const meta = { file: 'x.txt', sha256: '0'.repeat(64) };
const one = (text: string, kind: RawExtraction['kind'] = 'txt'): Document =>
  buildDocument({ kind, pages: [{ number: 1, text }] }, meta);
const sentenceTexts = (d: Document): string[] => d.sentences.map((s) => d.text.slice(s.start, s.end));

describe('normalisePage', () => {
  it('joins words hyphenated across a line end', () => {
    expect(normalisePage('de overeen-\nkomst wordt')).toBe('de overeenkomst wordt');
    expect(normalisePage('upon termi-\nnation of')).toBe('upon termination of');
  });

  it('keeps compounds, elisions and en/of constructs', () => {
    expect(normalisePage('provincie Noord-\nHolland')).toBe('provincie Noord-\nHolland');
    expect(normalisePage('de sub-\nen hoofdaannemer')).toBe('de sub-\nen hoofdaannemer');
    expect(normalisePage('hosting- en beheerdiensten')).toBe('hosting- en beheerdiensten');
    expect(normalisePage('bedrag 1.000-\nper maand')).toBe('bedrag 1.000-\nper maand');
  });

  it('keeps the hyphen of a compound the same page writes with its hyphen elsewhere ("Wind-Down" … "a wind-\\ndown period")', () => {
    expect(normalisePage('Section 5. Wind-Down.\nfor a wind-\ndown period of six months')).toBe('Section 5. Wind-Down.\nfor a wind-\ndown period of six months');
    expect(normalisePage('for a wind-\ndown period of six months')).toBe('for a winddown period of six months');
  });

  it('folds ligatures, soft hyphens, odd spaces, tabs and blank lines', () => {
    const raw = 'de \uFB01nale over\u00ADeenkomst\u00A0en\tde\u2009partijen   \n\n\n\n\nvolgende ﬂow  ';
    expect(normalisePage(raw)).toBe('de finale overeenkomst en de partijen\n\nvolgende flow');
  });

  it('composes to NFC', () => {
    const out = normalisePage('bee\u0308indiging');
    expect(out).toBe('be\u00EBindiging');
    expect(out).toHaveLength(11);
  });
});

describe('buildDocument pages and running headers', () => {
  const header = (n: number): string => `Overeenkomst ICT-diensten  Gemeente Zwolle\nPagina ${n} van 4`;
  const bodies = [
    'Artikel 1 Begrippen\n1.1 In deze Overeenkomst wordt verstaan onder Dienst: de hostingdienst.',
    'Artikel 2 Looptijd\n2.1 De Overeenkomst wordt aangegaan voor drie jaar.',
    'Artikel 3 Opzegging\n3.1 Opdrachtgever kan de Overeenkomst opzeggen met een termijn van twee maanden.',
    'Artikel 4 Geschillen\n4.1 Op deze Overeenkomst is Nederlands recht van toepassing.',
  ];
  const raw: RawExtraction = {
    kind: 'pdf',
    pages: bodies.map((b, i) => ({ number: i + 1, text: `${header(i + 1)}\n\n${b}\n\n- ${i + 1} -\n` })),
  };
  const doc = buildDocument(raw, meta);

  it('removes headers, footers and page numbers', () => {
    expect(doc.text).not.toContain('Pagina');
    expect(doc.text).not.toContain('Gemeente Zwolle');
    expect(doc.text).not.toMatch(/- \d -/);
    expect(doc.pages[0]?.text).toBe(bodies[0]);
  });

  it('keeps page offsets exact', () => {
    for (const p of doc.pages) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(doc.text).toBe(doc.pages.map((p) => p.text).join('\n\n'));
  });

  it('puts a known sentence on its page and in its section', () => {
    const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes('twee maanden'));
    expect(s?.page).toBe(3);
    expect(doc.sections[s?.section ?? -1]?.number).toBe('3.1');
    const art3 = doc.sections.find((x) => x.number === '3');
    expect(art3?.page).toBe(3);
    expect(art3?.heading).toBe('Opzegging');
  });

  it('keeps a line that repeats on only one page edge', () => {
    const pages = ['Vertrouwelijk\nTekst een.', 'Tekst twee.', 'Tekst drie.', 'Tekst vier.'];
    const d = buildDocument({ kind: 'pdf', pages: pages.map((text, i) => ({ number: i + 1, text })) }, meta);
    expect(d.text).toContain('Vertrouwelijk');
  });

  it('removes a header shared by both pages of a 2-page document', () => {
    const d = buildDocument(
      { kind: 'pdf', pages: [{ number: 1, text: 'ACME Corp confidential\nFirst page text.' }, { number: 2, text: 'ACME Corp confidential\nSecond page text.' }] },
      meta,
    );
    expect(d.text).toBe('First page text.\n\nSecond page text.');
  });
});

// ARBIT-2014 layout: "Artikel  30" line, heading line, "30.3." sub-clauses, blank lines between.
const ARBIT_LIKE = [
  'Artikel  29',
  '',
  'Verzekering',
  '',
  '29.1. Wederpartij heeft zich op een gebruikelijke wijze verzekerd.',
  '',
  'Artikel  30',
  '',
  'Ontbinding en opzegging',
  '',
  '30.1. Onverminderd hetgeen overigens in de Overeenkomst is vastgelegd, kan elk van de partijen de Overeenkomst ontbinden.',
  '',
  '30.2. In geval van overmacht gaan partijen niet eerder tot ontbinding over dan na 15 Werkdagen.',
  '',
  '30.3. Opdrachtgever kan de Overeenkomst ontbinden, indien sprake is van een ingrijpende wijziging in de zeggenschap over de activiteiten van de onderneming van Wederpartij.',
  '',
  '30.4. Opdrachtgever kan de Overeenkomst ook op de in artikel',
  '30.3 aangegeven wijze ontbinden.',
  '',
  '30.5. Het bedrag van EUR',
  '1.000 wordt niet vergoed.',
  '',
  '30.6. Indien sprake is van een Opdracht kan Opdrachtgever deze opzeggen.',
  '',
  'Artikel  31',
  '',
  'Behoud recht om nakoming te vorderen',
  '',
  'Het nalaten van een partij om nakoming te vorderen laat het recht onverlet.',
].join('\n');

describe('sections', () => {
  const doc = buildDocument(
    { kind: 'pdf', pages: [{ number: 1, text: ARBIT_LIKE.split('Artikel  31')[0] ?? '' }, { number: 2, text: `Artikel  31${ARBIT_LIKE.split('Artikel  31')[1] ?? ''}` }] },
    meta,
  );
  const by = (n: string) => doc.sections.find((s) => s.number === n);

  it('finds articles with the heading from the next line', () => {
    expect(doc.sections.filter((s) => s.level === 1).map((s) => [s.number, s.heading, s.page])).toEqual([
      ['29', 'Verzekering', 1],
      ['30', 'Ontbinding en opzegging', 1],
      ['31', 'Behoud recht om nakoming te vorderen', 2],
    ]);
  });

  it('numbers a schedule\'s lettered articles ("A3. …", "A3.1 …", "B.2 …") beside the contract\'s own; a lone "E1 Scale" is none', () => {
    const d = one('1. Scope\n1.1 The Supplier provides the service.\n2. Law\n2.1 Dutch law applies.\n\nSCHEDULE A\nA1. Security\nA1.1 The Supplier keeps the data safe.\nA2. Change of control\nA2.1 The Supplier notifies any change of control.\nA2.2 The Customer may then terminate.\n\nSCHEDULE B\nB.1 Exit\nB.2 Data\nThe Supplier returns the data.\n\nE1 Salary scale for consultants applies.\n');
    expect(d.sections.map((s) => s.number)).toEqual(['1', '1.1', '2', '2.1', 'A1', 'A1.1', 'A2', 'A2.1', 'A2.2', 'B1', 'B2']);
    const a2 = d.sections.find((s) => s.number === 'A2')!;
    expect(d.text.slice(a2.start, a2.end)).toContain('A2.2 The Customer may then terminate.');
    expect(d.text.slice(a2.start, a2.end)).not.toContain('B.1');
    // Article 2 ends where the schedule's articles begin.
    const two = d.sections.find((s) => s.number === '2')!;
    expect(d.text.slice(two.start, two.end)).not.toContain('A1.');
  });

  it('numbers the European Commission model\'s parts: "I.7 Step-in" as I7, "II.18.1" as II.18.1, titled articles skipping unused numbers', () => {
    const d = one('I.1 SUBJECT MATTER\nThe contractor maintains the platform.\nI.2 ENTRY INTO FORCE\nThe FWC enters into force on signature.\nI.7 STEP-IN\nThe contracting authority may take over the operation.\nII.1 DEFINITIONS\nTerms are defined here.\nII.2 ROLES\nThe parties cooperate.\nII.12 ASSIGNMENT\nII.12.1 The contractor may not assign the FWC.\nII.18 TERMINATION BY THE CONTRACTING AUTHORITY\nII.18.1 The contracting authority may terminate the FWC.\nII.25 FINAL PROVISIONS\nThis is the end.\n');
    expect(d.sections.map((s) => s.number)).toEqual(['I1', 'I2', 'I7', 'II.1', 'II.2', 'II.12', 'II.12.1', 'II.18', 'II.18.1', 'II.25']);
    const seven = d.sections.find((s) => s.number === 'I7')!;
    expect(d.text.slice(seven.start, seven.end)).not.toContain('DEFINITIONS');
  });

  it('numbers inserted articles ("Artikel 8a", "8a.1", "3A.", "Section 9.2A") under the article of their number; "12MONTHS" and "3D Systems" are none', () => {
    const d = one('Artikel 8 Looptijd\n8.1 De Overeenkomst loopt vier jaar.\nArtikel 8a Wijziging zeggenschap\n8a.1 Leverancier meldt een overname.\n8a.2 Opdrachtgever mag dan opzeggen.\nArtikel 9 Slot\n9.1 Nederlands recht is van toepassing.\n9.2A Geschillen gaan naar de rechter.\nArtikel 10 Ondertekening\n12MONTHS of support are included.\n');
    expect(d.sections.map((s) => s.number)).toEqual(['8', '8.1', '8A', '8A.1', '8A.2', '9', '9.1', '9.2A', '10']);
    const eight = d.sections.find((s) => s.number === '8')!;
    expect(d.text.slice(eight.start, eight.end)).not.toContain('zeggenschap');
    const bare = one('1. Scope\nThe Supplier provides the service.\n\n2. Prices\nThe fees are fixed.\n\n3. Term\nFour years.\n\n3A. Escrow\n3A.1 The Supplier deposits the source code.\n\n4. Law\nDutch law applies.\n3D Systems is a supplier.\n');
    expect(bare.sections.map((s) => s.number)).toEqual(['1', '2', '3', '3A', '3A.1', '4']);
    // Without its article, an inserted number is a stray: "5a. …" before any article 5.
    expect(one('1. Scope\nText.\n\n2. Term\nText.\n\n5a. Stray line\nText.\n\n3. Law\nText.\n').sections.map((s) => s.number)).toEqual(['1', '2', '3']);
  });

  it('finds sub-clauses, nested in their article', () => {
    expect(doc.sections.filter((s) => s.number.startsWith('30.')).map((s) => s.number)).toEqual([
      '30.1', '30.2', '30.3', '30.4', '30.5', '30.6',
    ]);
    const a30 = by('30');
    const c303 = by('30.3');
    expect(c303?.level).toBe(2);
    expect(c303?.heading).toBe('');
    expect(doc.text.slice(c303?.start, c303?.end)).toMatch(/^30\.3\. Opdrachtgever.*Wederpartij\.\n*$/s);
    expect(a30?.start).toBeLessThan(c303?.start ?? 0);
    expect(a30?.end).toBe(by('31')?.start);
    expect(by('30.6')?.end).toBe(by('31')?.start);
  });

  it('does not take wrapped references or amounts for clauses', () => {
    expect(doc.sections.filter((s) => s.number === '30.3')).toHaveLength(1);
    expect(doc.sections.some((s) => s.number === '1.000' || s.number === '1')).toBe(false);
  });

  it('rejects dates, amounts and mid-sentence numbers', () => {
    const d = one(
      [
        '1. Definitions',
        'Terms have the meaning given below.',
        '2019. A year to remember.',
        '1.000 units are delivered.',
        '2. Term',
        '3 months after signing the agreement ends.',
        '3. Termination',
        'Either party may terminate.',
      ].join('\n'),
    );
    expect(d.sections.map((s) => s.number)).toEqual(['1', '2', '3']);
    expect(d.sections.map((s) => s.heading)).toEqual(['Definitions', 'Term', 'Termination']);
  });

  it('makes (a)/(b)/(i) children of the clause and ignores party lists', () => {
    const d = one(
      [
        'DE ONDERGETEKENDEN:',
        '1. Gemeente Zwolle, hierna: Opdrachtgever;',
        '2. Zaakflow B.V., hierna: Opdrachtnemer;',
        '',
        'ARTICLE 12 TERMINATION',
        '12.1 Either party may terminate this Agreement:',
        '(a) upon material breach;',
        '(b) upon a change of control of the other party, where:',
        '(i) control means more than 50% of the shares;',
        '(ii) notice is given within 30 days;',
        '(c) upon insolvency.',
        'ARTICLE 13 GOVERNING LAW',
        'This Agreement is governed by Dutch law.',
      ].join('\n'),
    );
    expect(d.sections.map((s) => `${s.number}/${s.level}`)).toEqual([
      '12/1', '12.1/2', '12.1(a)/3', '12.1(b)/3', '12.1(b)(i)/4', '12.1(b)(ii)/4', '12.1(c)/3', '13/1',
    ]);
    const b = d.sections.find((s) => s.number === '12.1(b)');
    expect(d.text.slice(b?.start, b?.end)).toContain('30 days');
    expect(d.text.slice(b?.start, b?.end)).not.toContain('insolvency');
  });

  it('reads bare article numbers and 12(b) children', () => {
    const d = one(
      ['11. Confidentiality. Each party keeps secrets.', '12. Assignment.', '(a) Neither party may assign.', '(b) A change of control is an assignment.', '13. Notices. In writing.'].join('\n'),
    );
    expect(d.sections.map((s) => s.number)).toEqual(['11', '12', '12(a)', '12(b)', '13']);
    expect(d.sections[0]?.heading).toBe('Confidentiality');
    expect(d.sections[1]?.heading).toBe('Assignment');
  });

  it('reads roman ARTICLE numbers as arabic and skips a table of contents', () => {
    const d = one(
      [
        'TABLE OF CONTENTS',
        'ARTICLE 1 Definitions 3',
        'ARTICLE 2 Licenses ........ 7',
        '',
        'ARTICLE I',
        '',
        'DEFINITIONS',
        '',
        '1.1 "Affiliate" means any entity controlling a Party.',
        '',
        'ARTICLE II',
        '',
        'LICENSES',
        '',
        '2.1 Grant. Licensor grants a license.',
      ].join('\n'),
    );
    expect(d.sections.map((s) => [s.number, s.heading])).toEqual([
      ['1', 'DEFINITIONS'],
      ['1.1', ''],
      ['2', 'LICENSES'],
      ['2.1', 'Grant'],
    ]);
  });

  it('marks a table of contents, with or without dot leaders, and nothing of the body', () => {
    const text = ['INHOUDSOPGAVE', 'Artikel 1 Definities 2', '', 'Artikel 2 Opzegging 3', 'Bijlage A Exitplan ........ 9', '', 'Artikel 1 Definities', 'In deze overeenkomst wordt verstaan onder artikel 2 de opzegging.', 'Artikel 2 Opzegging', 'Tekst 3'].join('\n');
    const d = one(text);
    expect(d.contents.map((c) => d.text.slice(c.start, c.end))).toEqual([
      'INHOUDSOPGAVE\nArtikel 1 Definities 2\n\nArtikel 2 Opzegging 3\nBijlage A Exitplan ........ 9',
    ]);
    // One heading that ends in a number, with no other beside it, is no table of contents.
    expect(one('Artikel 4 Looptijd 2\nDe overeenkomst loopt twee jaar.').contents).toEqual([]);
  });

  it('marks a table of contents without page numbers under its title, up to a blank line or the body\'s first heading again', () => {
    const d = one(['Licentieovereenkomst', 'INHOUDSOPGAVE', 'Artikel 1 Begrippen', 'Artikel 2 Broncode', 'Addendum 1 - d.d. 30 juni 2026', 'Artikel 1 Begrippen', 'In deze overeenkomst wordt verstaan onder programmatuur: de applicatie.'].join('\n'));
    expect(d.contents.map((c) => d.text.slice(c.start, c.end))).toEqual(['INHOUDSOPGAVE\nArtikel 1 Begrippen\nArtikel 2 Broncode\nAddendum 1 - d.d. 30 juni 2026']);
    // (Two short lines under a title are no list of contents.)
    expect(one('Contents\nSource code\nBuild scripts\n\nThe deposit holds the above.').contents).toEqual([]);
  });

  it('accepts Dutch keyword variants', () => {
    const d = one(
      ['Artikel 5 - Overdracht', 'Tekst.', 'Artikel 6: Escrow', 'Tekst.', 'ARTIKEL 7 WIJZIGING IN ZEGGENSCHAP', 'Tekst.', 'Art. 8 Exit', 'Tekst.', 'Artikel 9.', 'Slot.'].join('\n'),
    );
    expect(d.sections.map((s) => [s.number, s.heading])).toEqual([
      ['5', 'Overdracht'],
      ['6', 'Escrow'],
      ['7', 'WIJZIGING IN ZEGGENSCHAP'],
      ['8', 'Exit'],
      ['9', ''],
    ]);
  });

  it('numbers Belgian paragraphs ("§ 2.") under their article, also when the paragraph opens with "In"', () => {
    const d = one(['ARTIKEL 8 – WIJZIGING IN DE PERSOON VAN DE OPDRACHTNEMER', '§ 1. De opdrachtnemer kan de opdracht niet overdragen.', '§ 2. De opdrachtnemer meldt elke wijziging van de controle.', '§ 3. In de gevallen bedoeld in § 2 kan het Bureau de opdracht verbreken.', 'ARTIKEL 9 – AMBTSHALVE MAATREGELEN', '§ 1. Tekst.'].join('\n'));
    expect(d.sections.map((s) => s.number)).toEqual(['8', '8.1', '8.2', '8.3', '9', '9.1']);
    const art8 = d.sections[0]!;
    expect(d.text.slice(art8.start, art8.end)).toContain('kan het Bureau de opdracht verbreken');
  });

  it('reads a letter\'s lettered parts ("C. Wijziging in zeggenschap" over "C.1", "C.2") as parts of their own, not as text of the offer\'s last article', () => {
    const d = one(['5. Looptijd', 'Drie jaar.', '6. Voorwaarden', 'De NLdigital Voorwaarden zijn van toepassing.', '', 'A. Algemene inkoopvoorwaarden', 'Onze inkoopvoorwaarden zijn niet van toepassing.', '', 'B. Forumkeuze', 'Geschillen gaan naar de rechtbank Overijssel.', '', 'C. Wijziging in zeggenschap', 'C.1 Leverancier meldt iedere wijziging in de zeggenschap.', 'C.2 In het geval bedoeld in C.1 mag de Gemeente opzeggen.', '', 'Bijlagen:', 'A. Programma van Eisen', 'B. Prijzen'].join('\n'));
    expect(d.sections.map((s) => [s.number, s.level])).toEqual([['5', 1], ['6', 1], ['A', 1], ['B', 1], ['C', 1], ['C1', 2], ['C2', 2]]);
    const art6 = d.sections[1]!;
    expect(d.text.slice(art6.start, art6.end)).not.toContain('Forumkeuze');
    const partC = d.sections[4]!;
    expect(d.text.slice(partC.start, partC.end)).toContain('mag de Gemeente opzeggen');
  });

  it('reads a schedule that numbers its clauses with its own number ("SCHEDULE 5" over "5.1") after the contract\'s last article', () => {
    const d = one(['ARTIKEL 8 – OVERDRACHT', '8.1 Overdracht vraagt toestemming.', 'ARTIKEL 9 – RECHT', '9.1 Nederlands recht is van toepassing.', 'SCHEDULE 5 – CONTINUÏTEIT', '5.1 Continuïteitsplan', 'Dienstverlener houdt een plan bij.', '5.2 Ingrijpen', 'Bij een ernstige verstoring kan de Klant het beheer zelf overnemen.', '', 'Bijlagen', 'Bijlage 1 Programma van Eisen', 'Bijlage 2 Prijzen'].join('\n'));
    expect(d.sections.map((s) => [s.number, s.level])).toEqual([['8', 1], ['8.1', 2], ['9', 1], ['9.1', 2], ['SCHEDULE 5', 1], ['5.1', 2], ['5.2', 2]]);
  });

  it('reads "1 Begrippen" without a dot as an article when its first clause "1.1" follows, and titled clauses of an extract that skips numbers', () => {
    const d = one(['1 Begrippen', '', '1.1 Omgeving: de servers.', '', '2 Dienstverlening', '', '2.1 Leverancier host de omgeving.', '', '3 Werkdagen na de melding herstelt Leverancier de storing.'].join('\n'));
    expect(d.sections.map((s) => s.number)).toEqual(['1', '1.1', '2', '2.1']);
    const extract = one(['Selected MSA provisions:', '§ 5.3 Customer Data on termination. Upon expiration the data is deleted.', '§ 12.4 Assignment. Neither party may assign without consent.', '§ 12.6 Governing law. The laws of the State of Washington govern.'].join('\n'));
    expect(extract.sections.map((s) => s.number)).toEqual(['5.3', '12.4', '12.6']);
  });
});

describe('sentences', () => {
  it('does not split after abbreviations, initials or inside numbers', () => {
    const d = one(
      'Zaakflow B.V. en Acme Inc. sluiten o.a. deze overeenkomst m.b.t. hosting, bijv. van de Dienst. ' +
        'De heer J. Jansen tekent namens Opdrachtgever, i.e. the Customer, e.g. for No. 5 and art. 30.3 lid 2. ' +
        'De vergoeding bedraagt EUR 1.000,00 bij 99,8% beschikbaarheid. Dit is de laatste zin.',
    );
    expect(sentenceTexts(d)).toEqual([
      'Zaakflow B.V. en Acme Inc. sluiten o.a. deze overeenkomst m.b.t. hosting, bijv. van de Dienst.',
      'De heer J. Jansen tekent namens Opdrachtgever, i.e. the Customer, e.g. for No. 5 and art. 30.3 lid 2.',
      'De vergoeding bedraagt EUR 1.000,00 bij 99,8% beschikbaarheid.',
      'Dit is de laatste zin.',
    ]);
  });

  it('keeps "per cent. (50%)" in its sentence, but ends one at "per cent." before a new sentence', () => {
    const d = one('A change of control occurs if any person acquires more than fifty per cent. (50%) of the voting rights in the Supplier. The fee rises by five per cent. The Customer pays it.');
    expect(sentenceTexts(d)).toEqual([
      'A change of control occurs if any person acquires more than fifty per cent. (50%) of the voting rights in the Supplier.',
      'The fee rises by five per cent.',
      'The Customer pays it.',
    ]);
  });

  it('ends a sentence at a company\'s legal form when a new sentence opens after it ("… Holdings plc. A change …"), not at "Inc. (the …)"', () => {
    const d = one('The Supplier is wholly owned by Harbour Digital Holdings plc. A change of control of that company is a change of control of the Supplier. Northwind Inc. (the "Supplier") signs.');
    expect(sentenceTexts(d)).toEqual([
      'The Supplier is wholly owned by Harbour Digital Holdings plc.',
      'A change of control of that company is a change of control of the Supplier.',
      'Northwind Inc. (the "Supplier") signs.',
    ]);
  });

  it('splits at section starts, blank lines and list items, keeping the number in the sentence', () => {
    const d = one(['Artikel 3 Opzegging', '3.1. Opdrachtgever kan opzeggen. Dat gaat schriftelijk.', '', 'Een losse alinea zonder punt', '- eerste punt', '- tweede punt'].join('\n'));
    expect(sentenceTexts(d)).toEqual([
      'Artikel 3 Opzegging',
      '3.1. Opdrachtgever kan opzeggen.',
      'Dat gaat schriftelijk.',
      'Een losse alinea zonder punt',
      '- eerste punt',
      '- tweede punt',
    ]);
    expect(d.sentences.map((s) => d.sections[s.section]?.number ?? '-')).toEqual(['3', '3.1', '3.1', '3.1', '3.1', '3.1']);
  });

  it('does not split a line wrapped mid-sentence', () => {
    const d = one('The Supplier shall not assign this Agreement\nwithout the prior written consent of the\nCustomer. Any attempt is void.');
    expect(sentenceTexts(d)).toEqual([
      'The Supplier shall not assign this Agreement\nwithout the prior written consent of the\nCustomer.',
      'Any attempt is void.',
    ]);
  });

  it('runs a sentence on across a page break after a full line, also into a capitalised word, but not across a blank line', () => {
    const first = '4.2 If any Non-EU Person acquires Control of the Supplier, or if the transaction\nis subject to review under the Dutch Investments, Mergers and Acquisitions Security';
    const second = 'Screening Act (Wet Vifo), the Municipality may terminate this Agreement.\n5. Assignment';
    const paged = buildDocument({ kind: 'pdf', pages: [{ number: 1, text: first }, { number: 2, text: second }] }, meta);
    expect(sentenceTexts(paged)[0]).toMatch(/^4\.2 If any .* Security\n\nScreening Act \(Wet Vifo\), the Municipality may terminate this Agreement\.$/s);
    const blank = one(`${first}\n\n${second}`);
    expect(sentenceTexts(blank)[0]).toMatch(/Acquisitions Security$/);
  });

  it('runs a sentence on across a page break into an acronym where the line stops on an article, not after a full stop', () => {
    const first = '18.1 Upon termination or expiry, the Supplier shall at the Institute\'s request continue to maintain the';
    const second = 'LIMS for a transition period of up to twelve months.\n19. Transfer';
    const paged = buildDocument({ kind: 'pdf', pages: [{ number: 1, text: first }, { number: 2, text: second }] }, meta);
    expect(sentenceTexts(paged)[0]).toMatch(/^18\.1 Upon .* maintain the\n\nLIMS for a transition period of up to twelve months\.$/s);
    const ended = buildDocument({ kind: 'pdf', pages: [{ number: 1, text: first.replace(/ the$/, ' it.') }, { number: 2, text: second }] }, meta);
    expect(sentenceTexts(ended)[0]).toMatch(/maintain it\.$/);
  });

  it('runs a sentence on across a page break inside a word broken by a hyphen', () => {
    const first = 'Section 7. Transition\nUpon termination, Consultant shall deliver current versions of all cost models, estimating workbooks and basis-of-';
    const second = 'estimate files in their native formats to any successor consultant.\nSection 8. Confidentiality';
    const paged = buildDocument({ kind: 'pdf', pages: [{ number: 1, text: first }, { number: 2, text: second }] }, meta);
    expect(sentenceTexts(paged).find((t) => t.startsWith('Upon'))).toMatch(/basis-of-\n\nestimate files .* successor consultant\.$/s);
  });

  it('reads each row of a table drawn with bars on its own, however long the rows', () => {
    const d = one(['Deviations requested by the Customer, with the Supplier\'s decision on each of them, are listed below.', 'No. | Subject | Requested | Decision', 'C-1 | Invoicing | Electronic invoices via Peppol to the Customer\'s OIN number | Accepted', 'C-3 | Change of control | Customer may terminate if control of the Supplier is acquired by a third party | Rejected', 'Both parties have initialled this annex on every page as a sign of their agreement to it.'].join('\n'));
    expect(sentenceTexts(d).filter((t) => t.includes(' | '))).toEqual(['No. | Subject | Requested | Decision', expect.stringMatching(/^C-1 .* Accepted$/), expect.stringMatching(/^C-3 .* Rejected$/)]);
    // A justified PDF line whose gaps came out as bars is no row: it runs on its sentence.
    const justified = one('11.1 Verwerker is niet gerechtigd deze overeenkomst of de rechten en verplichtingen\ndaaruit | over | te | dragen | zonder | voorafgaande | schriftelijke | toestemming | van\nOpdrachtgever.\n11.2 Slot.');
    expect(sentenceTexts(justified)[0]).toMatch(/^11\.1 .*\nOpdrachtgever\.$/s);
  });

  it('reads each row of key and value on its own where such rows follow each other, however long', () => {
    const rows = [
      'Event | Consequence',
      'Loss of ISO/IEC 27001 certification | The Customer may suspend payment of the platform fee until certification is restored',
      'Change of Control | Deemed to be an assignment of this Agreement by the Supplier for the purposes of clause 13.1',
    ];
    const d = one(['The following events have the consequences set out against them, in addition to any other remedy.', ...rows].join('\n'));
    expect(sentenceTexts(d).filter((t) => t.includes(' | '))).toEqual(rows);
  });

  it('does not take a figure that repeats a number word for a list item', () => {
    const d = one('9.3 The Buyer may terminate this Contract by giving notice within six\n(6) months of being notified of a Change of Control.\n(a) first item;\n(b) second item.');
    expect(sentenceTexts(d)[0]).toBe('9.3 The Buyer may terminate this Contract by giving notice within six\n(6) months of being notified of a Change of Control.');
    expect(sentenceTexts(d)).toHaveLength(3);
  });

  it('lets titled articles skip numbers (a register copy leaves some out), but not bare numbers', () => {
    const titled = one(['1. DEFINITIONS', 'Terms have their meaning.', '2. SCOPE', 'The Services.', '[Clauses 3 to 7 omitted]', '8. TERMINATION', '8.1 Either party may terminate.'].join('\n'));
    expect(titled.sections.map((s) => s.number)).toEqual(['1', '2', '8', '8.1']);
    const bare = one(['1. Terms have their meaning.', '2. The Services are described.', 'Text.', '8. payments are due in 30 days.'].join('\n'));
    expect(bare.sections.map((s) => s.number)).not.toContain('8');
  });

  it('caps very long sentences at a comma or semicolon', () => {
    const long = Array.from({ length: 80 }, (_, i) => `clause part number ${i} of the list`).join(', ') + '.';
    const d = one(`Intro. ${long[0]?.toUpperCase()}${long.slice(1)}`);
    expect(d.sentences.length).toBeGreaterThan(2);
    for (const s of d.sentences) expect(s.end - s.start).toBeLessThanOrEqual(1500);
    expect(d.text.slice(d.sentences[1]?.start, d.sentences[1]?.end)).toMatch(/,$/);
  });

  it('trims sentences of whitespace and gives -1 outside sections', () => {
    const d = one('  Preambule van partijen.  \n\nArtikel 1 Doel\nDe Dienst.');
    expect(d.sentences[0]).toMatchObject({ section: -1, page: 1 });
    for (const s of d.sentences) expect(d.text.slice(s.start, s.end)).toBe(d.text.slice(s.start, s.end).trim());
  });
});

describe('language', () => {
  const nl =
    'Opdrachtgever kan de Overeenkomst tussentijds opzeggen met een opzegtermijn van twee maanden. Bij een wijziging in de zeggenschap over Opdrachtnemer mag Opdrachtgever de Overeenkomst ontbinden. Opdrachtnemer behandelt alle informatie van Opdrachtgever als vertrouwelijk en werkt mee aan de overdracht van de dienstverlening. ';
  const en =
    'Either party may terminate this Agreement upon thirty days written notice to the other party. Neither party may assign this Agreement without the prior written consent of the other party, which shall not be unreasonably withheld. This Agreement shall be governed by the laws of the State of Delaware. ';

  it('detects Dutch and English', () => {
    expect(one(nl.repeat(8)).language).toBe('nl');
    expect(one(en.repeat(8)).language).toBe('en');
    expect(one(nl).language).toBe('nl');
  });

  it('calls a half-and-half document mixed', () => {
    expect(one(nl.repeat(6) + en.repeat(6)).language).toBe('mixed');
  });

  it('calls a text mixed that gives each article in both languages, line after line', () => {
    const nlLine = 'Opdrachtnemer verhelpt een storing binnen vier uur na de melding door de opdrachtgever.';
    const enLine = 'The Supplier shall resolve an incident within four hours of its notification by the customer.';
    const articles = Array.from({ length: 6 }, (_, i) => `${i + 1}.1 ${nlLine} Dit geldt ook voor het weekend en voor de feestdagen.\n${i + 1}.1 ${enLine}\n`).join('');
    expect(one(articles).language).toBe('mixed');
    // A Dutch text with one English line stays Dutch.
    expect(one(nl.repeat(8) + '\n' + enLine).language).toBe('nl');
  });

  it('calls text too short to judge mixed', () => {
    expect(one('Ok').language).toBe('mixed');
  });
});

// Timing lives in scripts/bench.mjs; here only what a long document must come out as.
describe('long documents', () => {
  it('builds a 200-page contract with every article and no running header', () => {
    const page = (n: number): string =>
      `Contract X - vertrouwelijk\n\nArtikel ${n} Onderwerp ${n}\n\n` +
      Array.from({ length: 8 }, (_, k) => `${n}.${k + 1}. Opdrachtgever kan de Overeenkomst op-\nzeggen met inachtneming van een termijn van ${k + 2} maanden, bijv. bij overmacht. Dit geldt ook voor de B.V. van Opdrachtnemer.`).join('\n\n') +
      `\n\nPagina ${n} van 200`;
    const raw: RawExtraction = { kind: 'pdf', pages: Array.from({ length: 200 }, (_, i) => ({ number: i + 1, text: page(i + 1) })) };
    const d = buildDocument(raw, meta);
    expect(d.sections.filter((s) => s.level === 1)).toHaveLength(200);
    expect(d.sections).toHaveLength(200 * 9);
    expect(d.text).not.toContain('vertrouwelijk');
  });
});

describe('section signs', () => {
  it('reads "§ 6 Heading" as article 6', () => {
    const d = buildDocument({ kind: 'txt', pages: [{ number: 1, text: '§ 1 Licentie\n1.1 De tekst.\n\n§ 2 Onderhoud\n2.1 De tekst.\n' }] }, { file: 'x', sha256: '' });
    expect(d.sections.map((s) => [s.number, s.heading])).toEqual([['1', 'Licentie'], ['1.1', ''], ['2', 'Onderhoud'], ['2.1', '']]);
  });
});


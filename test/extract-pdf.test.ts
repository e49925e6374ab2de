// PDF extraction on the generated fixtures (scripts/fixtures/make-pdf.mjs): pages, headings on the
// right page, running header/footer kept, hyphenation as drawn, and two-column reading order.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawExtraction } from '../src/document/types.js';
import { extractPdf } from '../src/extract/pdf.js';
import { markCells, twoColumnText, type PlacedItem } from '../src/extract/pdf-layout.js';
import { builtin, pdfkitFile, scanPath } from './support.js';

/** A PDF drawn by pdfkit in a fresh temporary folder. */
const pdfkitTemp = (name: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<string> =>
  pdfkitFile(join(mkdtempSync(join(tmpdir(), 'weerbaar-pdf-')), name), draw);

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

async function pagesOf(name: string): Promise<RawExtraction['pages']> {
  const result = await extractPdf(fixture(name), name);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  expect(result.value.kind).toBe('pdf');
  return result.value.pages;
}

/** Page on which a line starting with `heading` appears. */
const pageOfHeading = (pages: RawExtraction['pages'], heading: RegExp): number[] =>
  pages.filter((p) => p.text.split('\n').some((line) => heading.test(line))).map((p) => p.number);

describe('hostingovereenkomst-nl.pdf (one column, A4)', () => {
  it('has four numbered pages', async () => {
    const pages = await pagesOf('hostingovereenkomst-nl.pdf');
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it('puts each article heading on the page where it is drawn', async () => {
    const pages = await pagesOf('hostingovereenkomst-nl.pdf');
    expect(pageOfHeading(pages, /^Artikel 1 Definities$/)).toEqual([1]);
    expect(pageOfHeading(pages, /^Artikel 5 Beveiliging en gegevensverwerking$/)).toEqual([2]);
    expect(pageOfHeading(pages, /^Artikel 7 Wijziging in de zeggenschap$/)).toEqual([2]);
    expect(pageOfHeading(pages, /^Artikel 9 Exitregeling$/)).toEqual([3]);
    expect(pageOfHeading(pages, /^Artikel 14 Toepasselijk recht en geschillen$/)).toEqual([3]);
    // Sub-clauses stay at line starts, so later stages can number sections.
    expect(pages[1]!.text).toMatch(/^7\.2 Bij een wijziging in de zeggenschap over Opdrachtnemer/m);
  });

  it('keeps the running header and "Pagina N van M" footer on every raw page', async () => {
    const pages = await pagesOf('hostingovereenkomst-nl.pdf');
    for (const page of pages) {
      expect(page.text).toContain('Hostingovereenkomst — vertrouwelijk');
      expect(page.text).toContain(`Pagina ${page.number} van 4`);
    }
  });

  it('keeps the hyphenated line ends as drawn (joining them is for a later stage)', async () => {
    const text = (await pagesOf('hostingovereenkomst-nl.pdf')).map((p) => p.text).join('\n');
    expect(text).toMatch(/van een rechts-\npersoon te bepalen/);
    expect(text).toContain('wezenlijk deel');
    expect(text).not.toMatch(/\t/);
  });

  it('reads the Dutch words and the euro sign without mojibake', async () => {
    const text = (await pagesOf('hostingovereenkomst-nl.pdf')).map((p) => p.text).join('\n');
    expect(text).toContain('geïndexeerd');
    expect(text).toContain('€ 1.000.000');
    expect(text).toContain('niet is gevestigd in een lidstaat van de Europese Unie of de Europese\nEconomische Ruimte');
  });
});

/** Section numbers ("9. Limitation of Liability") in the order they occur in the page text. */
const sectionOrder = (text: string): number[] =>
  text
    .split('\n')
    .map((line) => /^(\d+)\. [A-Z]/.exec(line)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);

describe('cloud-terms-en.pdf (two columns, US Letter)', () => {
  it('has two pages with the title and footers', async () => {
    const pages = await pagesOf('cloud-terms-en.pdf');
    expect(pages.map((p) => p.number)).toEqual([1, 2]);
    expect(pages[0]!.text.split('\n')[0]).toBe('CLOUDNIMBUS, INC. — MASTER SUBSCRIPTION TERMS');
    expect(pages[0]!.text).toContain('Page 1 of 2');
    expect(pages[1]!.text).toContain('Page 2 of 2');
  });

  it('reads the left column before the right one on a page drawn column by column', async () => {
    const [page1] = await pagesOf('cloud-terms-en.pdf');
    expect(sectionOrder(page1!.text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads the left column before the right one on a page drawn row by row', async () => {
    // Page 2 interleaves left and right lines in the content stream; stream order would mix sections.
    const [, page2] = await pagesOf('cloud-terms-en.pdf');
    expect(sectionOrder(page2!.text)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(page2!.text).toContain(
      '11.1 A change of control of Vendor shall not give\nCustomer a right to terminate this Agreement.',
    );
    expect(page2!.text).toContain('or sale of all or substantially all of\nits assets.');
    // The footer, below both columns, stays last.
    expect(page2!.text.trimEnd().endsWith('Page 2 of 2')).toBe(true);
  });
});

describe('extractPdf guards', () => {
  it('gives up with a coded error instead of hanging when the time limit passes', async () => {
    const result = await extractPdf(fixture('hostingovereenkomst-nl.pdf'), 'slow.pdf', { timeoutMs: 1 });
    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'E_CORRUPT', message: 'slow.pdf: reading the PDF took longer than 1 ms; it may be damaged' });
  });

  it('does not detach or change the caller\'s bytes', async () => {
    const bytes = fixture('cloud-terms-en.pdf');
    const copy = bytes.slice();
    await extractPdf(bytes, 'cloud-terms-en.pdf');
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('twoColumnText', () => {
  const line = (str: string, x: number, y: number, width = 230): PlacedItem => ({ str, x, y, width, size: 10 });

  it('leaves one-column pages alone', () => {
    const items = Array.from({ length: 30 }, (_, i) => line(`line ${i} of running prose across the page`, 72, 100 + i * 14, 450));
    expect(twoColumnText(items, 595)).toBeUndefined();
  });

  it('does not treat a label/value table as two columns', () => {
    const items = Array.from({ length: 12 }, (_, i) => [line(`Label ${i}`, 72, 100 + i * 14, 40), line(`value ${i} with a long explanation`, 320, 100 + i * 14, 230)]).flat();
    expect(twoColumnText(items, 595)).toBeUndefined();
  });

  it('orders interleaved column lines left first, with full-width lines as separators', () => {
    const items: PlacedItem[] = [line('TITLE ACROSS THE WHOLE WIDTH OF THE PAGE', 100, 60, 400)];
    for (let i = 0; i < 8; i++) items.push(line(`L${i}`, 54, 100 + i * 14), line(`R${i}`, 320, 100 + i * 14));
    const text = twoColumnText(items, 612);
    expect(text?.split('\n')).toEqual(['TITLE ACROSS THE WHOLE WIDTH OF THE PAGE', ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `L${i}`), ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `R${i}`)]);
  });
});

describe('markCells', () => {
  const word = (str: string, x: number, y = 100): PlacedItem => ({ str, x, y, width: str.length * 5, size: 10 });
  /** Words laid out left to right with the given gaps (pt) between them. */
  const laid = (words: string[], gaps: number[]): PlacedItem[] => {
    let x = 72;
    return words.map((w, k) => {
      const item = word(w, x);
      x += item.width + (gaps[k] ?? 0);
      return item;
    });
  };

  it('marks a table row whose cells stand a gutter apart, gaps differing with each cell ("Escrow | Not included")', () => {
    const items = laid(['Source code escrow', 'Not included', 'Annex E'], [80, 40]);
    expect(markCells('Source code escrow Not included Annex E', items)).toBe('Source code escrow | Not included | Annex E');
  });

  it('leaves a justified line alone whose word gaps came out wider than a gutter but evenly spaced', () => {
    const words = ['zorg', 'voor', 'een', 'passend', 'beschermingsniveau', '(adequaatheidsbesluit', 'of'];
    const items = laid(words, Array(6).fill(14));
    expect(markCells(words.join(' '), items)).toBe(words.join(' '));
  });
});

describe('table rows whose cells wrap (pdfkit)', () => {
  /** A questionnaire's rows: number, requirement and answer in three columns, the requirement wrapping in its cell. */
  const questionnaire = (doc: PDFKit.PDFDocument): void => {
    doc.fontSize(10).text('This Agreement is made between the Western Library Board ("the Board") and Flowdesk Ltd ("the Supplier").', 60, 60, { width: 470 });
    let y = 110;
    for (const [ref, requirement, answer] of [
      ['Ref', 'Requirement', 'Response'],
      ['Q-11', 'The Board may terminate this Agreement on a change of ownership or control of the Supplier.', 'Not Met'],
      ['Q-12', 'Records are exported in MARC21 on request.', 'Met'],
    ] as const) {
      doc.text(ref, 68, y, { width: 40 }).text(requirement, 123, y, { width: 280 }).text(answer, 433, y, { width: 90 });
      y += 40;
    }
  };

  it('reads a wrapped row as one line of cells, whatever order the page draws its pieces in', async () => {
    const file = await pdfkitTemp('questionnaire.pdf', questionnaire);
    const result = await extractPdf(new Uint8Array(readFileSync(file)), file);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.pages[0]!.text.split('\n')).toEqual(
      expect.arrayContaining(['Q-11 | The Board may terminate this Agreement on a change of ownership or control of the Supplier. | Not Met', 'Q-12 | Records are exported in MARC21 on request. | Met']),
    );
  });

  it('so a requirement answered "Not Met" in its row grants nothing', async () => {
    const { rules, policy } = builtin();
    const r = await scanPath(await pdfkitTemp('questionnaire.pdf', questionnaire), rules, policy);
    expect(r.clauses['change-of-control']!.present).toBe(false);
  });

  it("keeps a clause's lines apart when only its number stands beside the text (a hanging indent, not a table)", async () => {
    const file = await pdfkitTemp('clause.pdf', (doc) => {
      doc.fontSize(10).text('13.1', 60, 100).text('The Customer may terminate this Agreement with immediate effect if the Supplier undergoes a change of control, namely:', 110, 100, { width: 400 });
      doc.text('(a) a merger of the Supplier;', 110, 126).text('(b) a sale of its shares.', 110, 138);
    });
    const result = await extractPdf(new Uint8Array(readFileSync(file)), file);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.pages[0]!.text.split('\n')).toEqual(expect.arrayContaining(['(a) a merger of the Supplier;', '(b) a sale of its shares.']));
  });
});

describe('line numbers in the margin (pdfkit)', () => {
  /** A contract page that numbers every line in its margin, one word hyphenated across two numbered lines. */
  const numbered = (doc: PDFKit.PDFDocument): void => {
    const lines = [
      'Tussen de Gemeente Ede, hierna: "Opdrachtgever", en Wolk B.V., hierna: "Opdrachtnemer",',
      'is overeengekomen:',
      '',
      'Artikel 6. Zeggenschap',
      '6.1 Opdrachtnemer meldt iedere wijziging in de zeggenschap over haar onderneming',
      'vooraf aan Opdrachtgever.',
      '6.2 Opdrachtgever kan de overeenkomst in dat geval ontbinden. Dit recht geldt in elk geval indien de over-',
      'nemer zijn zetel heeft buiten de Europese Economische Ruimte.',
      '',
      'Artikel 7. Overdracht',
      '7.1 Opdrachtnemer draagt de overeenkomst niet zonder toestemming van Opdrachtgever over.',
    ];
    doc.fontSize(9);
    lines.forEach((line, i) => {
      const y = 80 + i * 14;
      doc.text(String(i + 1), 30, y, { lineBreak: false });
      if (line) doc.text(line, 70, y, { lineBreak: false });
    });
  };

  it('takes the numbers off, so articles open their lines and a hyphenated word joins', async () => {
    const { rules, policy } = builtin();
    const r = await scanPath(await pdfkitTemp('margin.pdf', numbered), rules, policy);
    expect(r.clauses['non-eu-control']).toMatchObject({ present: true, strength: 'strong' });
    expect(r.clauses['non-eu-control']!.evidence[0]!.section).toBe('6.2');
    expect(r.clauses['non-eu-control']!.evidence[0]!.quote).toContain('de overnemer zijn zetel');
  });
});

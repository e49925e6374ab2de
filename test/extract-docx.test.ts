import { readFileSync } from 'node:fs';
import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/extract/docx-numbering.js';
import { extractDocx } from '../src/extract/docx.js';

const NL = 'fixtures/onderhoudsovereenkomst-nl.docx';
const EN = 'fixtures/saas-subscription-en.docx';
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

async function pagesOf(bytes: Uint8Array, file = 'x.docx'): Promise<string[]> {
  const r = await extractDocx(bytes, file);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  expect(r.value.kind).toBe('docx');
  return r.value.pages.map((p) => p.text);
}
const linesOf = async (bytes: Uint8Array): Promise<string[]> => (await pagesOf(bytes)).join('\n').split('\n');

/** The fixture with some of its XML parts edited as Word itself could have written them. */
async function variant(path: string, edits: Record<string, Array<[string | RegExp, string]>>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(read(path));
  for (const [part, replacements] of Object.entries(edits)) {
    let xml = await zip.file(part)!.async('string');
    for (const [from, to] of replacements) {
      const edited = xml.replace(from, to);
      expect(edited, `edit ${String(from)} in ${part}`).not.toBe(xml);
      xml = edited;
    }
    zip.file(part, xml);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** The number at the start of each numbered line, in order. */
const labels = (lines: string[]): string[] =>
  lines.flatMap((l) => /^(Article \S+|\([a-z]+\)|[0-9IVX]+(?:\.[0-9]+)*\.?)\s/.exec(l)?.[1] ?? []);

describe('extractDocx: typed article numbers (Dutch contract)', () => {
  it('keeps "Artikel N" headings and "N.M" clauses at line starts, one page', async () => {
    const pages = await pagesOf(read(NL));
    expect(pages).toHaveLength(1);
    const lines = pages[0]!.split('\n');
    for (let n = 1; n <= 12; n++) {
      expect(lines.some((l) => l.startsWith(`Artikel ${n} `)), `Artikel ${n}`).toBe(true);
      expect(lines.some((l) => l.startsWith(`${n}.1 `)), `${n}.1`).toBe(true);
    }
    expect(lines).toContain('Artikel 5 Overdracht');
    expect(lines.find((l) => l.startsWith('5.1 '))).toMatch(
      /^5\.1 Opdrachtnemer mag de rechten en verplichtingen .* slechts met voorafgaande schriftelijke toestemming van Opdrachtgever/,
    );
    // Typed numbers are not numbered a second time.
    expect(lines.some((l) => /^(\d+\.\d+) \1 /.test(l))).toBe(false);
    // Table cells come out as their own lines.
    expect(lines).toContain('Keten Informatica B.V.');
  });
});

describe('extractDocx: Word automatic numbering (English agreement)', () => {
  it('prefixes each paragraph with the label Word shows, across levels, styles and a restart', async () => {
    const pages = await pagesOf(read(EN));
    expect(pages).toHaveLength(2);
    const [p1, p2] = pages.map((p) => p.split('\n')) as [string[], string[]];

    expect(labels(p1)).toEqual([
      'Article 1', '1.1', '1.2',
      'Article 2', '2.1', '2.2', '(a)', '(b)', '(c)', '2.3',
      'Article 3', '3.1', '3.2', '3.3',
      'Article 4', '4.1', '4.2', '(a)', '(b)', '(c)',
      'Article 5', '5.1', '5.2', '5.3',
      'Article 6', '6.1', '6.2',
      'Article 7', '7.1', '7.2',
    ]);
    // Headings get their number through ArticleHeading -> basedOn NumberedHeading -> numPr.
    expect(p1).toContain('Article 3 Change of Control');
    expect(p1.find((l) => l.startsWith('3.2 '))).toMatch(/^3\.2 Customer may terminate .*outside the European Economic Area\.$/);
    expect(p1).toContain('(a) Vendor is declared bankrupt or becomes subject to insolvency proceedings;');
    // An unnumbered paragraph between 2.1 and 2.2 stays unnumbered and does not break the count.
    expect(p1).toContain('The service levels in this Article apply from the first day after the acceptance of the migration.');
    // A bullet gets no number, but the bullet Word draws: "•".
    expect(p1).toContain('• This provision survives termination of this Agreement.');

    // The schedules use a second list instance (startOverride): numbering restarts at I.
    expect(labels(p2)).toEqual(['I.', 'II.', 'III.', 'I.', 'II.']);
    expect(p2[0]).toBe('Schedule 1 Services');
    expect(p2).toContain('I. Availability is measured every five minutes from two locations.');
  });

  it('numIds that share an abstract definition without startOverride continue one list', async () => {
    const bytes = await variant(EN, {
      'word/numbering.xml': [
        [
          '<w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
          '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>',
        ],
        [
          '<w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
          '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>',
        ],
      ],
    });
    const pages = await pagesOf(bytes);
    expect(labels(pages[1]!.split('\n'))).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
  });

  it('applies isLgl, start values and other formats as Word does', async () => {
    const bytes = await variant(EN, {
      'word/numbering.xml': [
        // Level 0 in upper roman, started at V by the list instance's startOverride (which wins
        // over w:start); level 1 "legal" (all decimal); level 2 upper letters.
        [
          '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1"/>',
          '<w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1"/>',
        ],
        [
          '<w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>',
          '<w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>',
        ],
        ['<w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>', '<w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/>'],
        ['<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/>', '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1-%3"/>'],
      ],
    });
    const lines = await linesOf(bytes);
    expect(lines).toContain('Article V Definitions');
    expect(lines.some((l) => l.startsWith('5.1 "Change of Control" means'))).toBe(true);
    expect(lines).toContain('Article VI Services and Service Levels');
    expect(lines).toContain('VI-A priority 1 incidents: within four hours;');
    expect(lines.some((l) => l.startsWith('9.3 Either party may terminate'))).toBe(true);
  });

  it('a paragraph with numId 0 drops the numbering it would inherit from its style', async () => {
    const bytes = await variant(EN, {
      'word/document.xml': [
        [
          '<w:pStyle w:val="ArticleHeading"/></w:pPr><w:r><w:t xml:space="preserve">Definitions',
          '<w:pStyle w:val="ArticleHeading"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Definitions',
        ],
      ],
    });
    const lines = await linesOf(bytes);
    expect(lines).toContain('Definitions');
    expect(lines).toContain('Article 1 Services and Service Levels');
  });
});

describe('extractDocx: same text as mammoth', () => {
  for (const path of [NL, EN]) {
    it(`every paragraph mammoth reads from ${path} appears, in order, as (the end of) a line`, async () => {
      const { value } = await mammoth.extractRawText({ buffer: readFileSync(path) });
      const paragraphs = value.split('\n').map((s) => s.trim()).filter((s) => s !== '');
      expect(paragraphs.length).toBeGreaterThan(20);
      const lines = await linesOf(read(path));
      let at = 0;
      for (const para of paragraphs) {
        const found = lines.findIndex((l, i) => i >= at && l.endsWith(para));
        expect(found, para).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    });
  }
});

describe('extractDocx: errors are values', () => {
  it('not a zip -> E_CORRUPT', async () => {
    const r = await extractDocx(read('fixtures/bad/not-a-zip.docx'), 'bad/not-a-zip.docx');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'E_CORRUPT',
        message: 'bad/not-a-zip.docx: not a valid Word document (the file is not a zip archive)',
      },
    });
  });

  it('a truncated file -> E_CORRUPT', async () => {
    const bytes = read(EN);
    const r = await extractDocx(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.docx');
    expect(r.ok ? 'ok' : r.error.code).toBe('E_CORRUPT');
  });

  it('a zip without word/document.xml -> E_CORRUPT', async () => {
    const zip = await JSZip.loadAsync(read(NL));
    zip.remove('word/document.xml');
    const r = await extractDocx(await zip.generateAsync({ type: 'uint8array' }), 'gutted.docx');
    expect(r.ok ? 'ok' : r.error.code).toBe('E_CORRUPT');
    expect(r.ok ? '' : r.error.message).toMatch(/^gutted\.docx: .*word\/document\.xml/);
  });

  it('a Word file without text -> E_NO_TEXT', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [] }] }));
    const r = await extractDocx(new Uint8Array(empty), 'empty.docx');
    expect(r.ok ? 'ok' : r.error.code).toBe('E_NO_TEXT');
  });
});

describe('formatNumber', () => {
  it('writes Word number formats', () => {
    expect(formatNumber(3, 'decimal')).toBe('3');
    expect(formatNumber(1, 'lowerLetter')).toBe('a');
    expect(formatNumber(26, 'lowerLetter')).toBe('z');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(28, 'upperLetter')).toBe('BB');
    expect(formatNumber(54, 'lowerLetter')).toBe('bbb');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(7, 'bullet')).toBe('');
    expect(formatNumber(7, 'none')).toBe('');
  });
});

// extractFile on real files: sniffing by content, text decoding, and a coded error naming the file
// for everything that cannot be read.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../src/errors.js';
import { extractBytes, extractFile } from '../src/extract/index.js';
import { sniff } from '../src/extract/sniff.js';
import { decodeText, textPages } from '../src/extract/text.js';
import { buildDocument } from '../src/document/build.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const path = (name: string): string => join(fixtures, name);

describe('extractFile on good files', () => {
  it('hashes the bytes and dispatches a PDF by content', async () => {
    const file = path('hostingovereenkomst-nl.pdf');
    const out = await extractFile(file);
    const bytes = readFileSync(file);
    expect(out.file).toBe(file);
    expect(out.bytes).toBe(bytes.length);
    expect(out.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(out.result.ok && out.result.value.kind).toBe('pdf');
  });

  it('reads a UTF-8 text contract as one page', async () => {
    const out = await extractFile(path('verwerkersovereenkomst-nl.txt'));
    if (!out.result.ok) throw new Error(out.result.error.message);
    expect(out.result.value.kind).toBe('txt');
    expect(out.result.value.pages).toHaveLength(1);
    expect(out.result.value.pages[0]!.text).toContain(
      'Op deze Overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2014 (ARBIT-2014) van toepassing.',
    );
  });

  it('decodes a Windows-1252 file: curly quotes, é and £, and CRLF becomes LF', async () => {
    const out = await extractFile(path('licence-en-cp1252.txt'));
    if (!out.result.ok) throw new Error(out.result.error.message);
    const text = out.result.value.pages[0]!.text;
    expect(text).toContain('(the \u201CLicensor\u201D), and Café Royal Holdings plc');
    expect(text).toContain('Licensee\u2019s internal business purposes');
    expect(text).toContain('\u00A312,500');
    expect(text).toContain('governed by the laws of England and Wales');
    expect(text).not.toContain('\r');
  });

  it('hands a .docx to the DOCX extractor', async () => {
    const out = await extractFile(path('onderhoudsovereenkomst-nl.docx'));
    expect(out.result.ok && out.result.value.kind).toBe('docx');
  });

  it('sniffs by content, not by name: a PDF named .txt is still read as a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-'));
    const renamed = join(dir, 'contract.txt');
    writeFileSync(renamed, readFileSync(path('cloud-terms-en.pdf')));
    const out = await extractFile(renamed);
    expect(out.result.ok && out.result.value.kind).toBe('pdf');
  });
});

describe('extractFile on bad files', () => {
  const cases: Array<[string, ErrorCode, RegExp]> = [
    ['bad/truncated.pdf', 'E_CORRUPT', /damaged or truncated/],
    ['bad/encrypted.pdf', 'E_ENCRYPTED', /password-protected/],
    ['bad/scanned.pdf', 'E_NO_TEXT', /the PDF has no text layer; it looks scanned and needs OCR$/],
    ['bad/empty.txt', 'E_NO_TEXT', /empty file/],
    ['bad/legacy.doc', 'E_UNSUPPORTED', /\.doc/],
    ['bad/not-a-zip.docx', 'E_CORRUPT', /not Word/],
  ];
  for (const [name, code, reason] of cases) {
    it(`${name} gives ${code} and names the file`, async () => {
      const file = path(name);
      const out = await extractFile(file);
      expect(out.result.ok).toBe(false);
      if (out.result.ok) return;
      expect(out.result.error.code).toBe(code);
      expect(out.result.error.message.startsWith(`${file}: `)).toBe(true);
      expect(out.result.error.message).toMatch(reason);
    });
  }

  it('a directory is E_UNREADABLE', async () => {
    const out = await extractFile(path('bad'));
    expect(out.result.ok ? 'ok' : out.result.error.code).toBe('E_UNREADABLE');
    expect(out.result.ok ? '' : out.result.error.message).toContain(path('bad'));
  });

  it('a missing file is E_UNREADABLE', async () => {
    const file = path('does-not-exist.pdf');
    const out = await extractFile(file);
    expect(out.result.ok ? 'ok' : out.result.error.message).toBe(`${file}: file not found`);
  });

  it('a file over the limit is E_TOO_LARGE without being hashed', async () => {
    const file = path('hostingovereenkomst-nl.pdf');
    const out = await extractFile(file, { maxBytes: 1024 });
    expect(out.result.ok ? 'ok' : out.result.error.code).toBe('E_TOO_LARGE');
    expect(out.result.ok ? '' : out.result.error.message).toBe(`${file}: ${(readFileSync(file).length / 1024).toFixed(1)} KiB is over the 1.0 KiB limit`);
    expect(out.sha256).toBe('');
    expect(out.bytes).toBe(readFileSync(file).length);
  });
});

describe('sniff', () => {
  const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
  const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

  it('finds %PDF- after leading junk within the first KiB', () => {
    expect(sniff(ascii(`${'x'.repeat(500)}%PDF-1.7\n`), 'a.bin').kind).toBe('pdf');
  });

  it('rejects images with the OCR hint', () => {
    const png = sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'scan.png');
    expect(png).toEqual({ kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'a PNG image; scan it to PDF with OCR' });
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0), 'scan.jpg')).toMatchObject({ code: 'E_UNSUPPORTED' });
  });

  it('tells docx from odt and other zips', () => {
    const zip = (...names: string[]): Uint8Array => ascii(`PK\x03\x04${names.join('\0\0PK\x03\x04')}`);
    expect(sniff(zip('[Content_Types].xml', 'word/document.xml'), 'a.docx').kind).toBe('docx');
    expect(sniff(zip('mimetypeapplication/vnd.oasis.opendocument.text'), 'a.odt')).toMatchObject({ code: 'E_UNSUPPORTED', reason: expect.stringMatching(/OpenDocument/) });
    expect(sniff(zip('readme.txt'), 'a.zip')).toMatchObject({ code: 'E_UNSUPPORTED' });
  });

  it('recognises a password-protected Office file in an OLE container', () => {
    const utf16 = Buffer.from('EncryptionInfo', 'utf16le');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0), ...utf16]);
    expect(sniff(ole, 'secret.docx')).toMatchObject({ code: 'E_ENCRYPTED' });
  });

  it('leaves data files that are text (a labels.csv) out as unsupported, naming what they are', () => {
    expect(sniff(ascii('stem,verdict\ndev-000,partial\n'), 'labels.csv')).toMatchObject({ code: 'E_UNSUPPORTED', reason: expect.stringMatching(/^a CSV data file, not a contract/) });
    expect(sniff(ascii('Artikel 1 Looptijd\n'), 'contract.txt')).toEqual({ kind: 'txt', encoding: 'utf-8' });
    expect(sniff(ascii('Artikel 1 Looptijd\n'), 'contract')).toEqual({ kind: 'txt', encoding: 'utf-8' });
  });

  it('rejects NUL-heavy binaries and accepts text by BOM', () => {
    expect(sniff(bytes(1, 0, 0, 0, 2, 0, 0, 0, 65, 66), 'x.txt')).toMatchObject({ code: 'E_UNSUPPORTED' });
    expect(sniff(bytes(0xff, 0xfe, 0x41, 0x00), 'x')).toEqual({ kind: 'txt', encoding: 'utf-16le' });
  });
});

describe('text decoding', () => {
  it('decodes UTF-16 with a BOM and splits pages on form feeds', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Artikel 1\r\nTekst\fArtikel 2\r\n', 'utf16le')]);
    const result = await extractBytes(new Uint8Array(le), 'utf16.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.pages).toEqual([
      { number: 1, text: 'Artikel 1\nTekst' },
      { number: 2, text: 'Artikel 2\n' },
    ]);
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]);
    expect(decodeText(new Uint8Array(be), 'utf-16be')).toBe('Aé');
  });

  it('drops a UTF-8 BOM and a trailing form feed', () => {
    const text = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8-bom');
    expect(text).toBe('A');
    expect(textPages('one\fthree\f')).toHaveLength(2);
  });

  it('reads an EDGAR "<PAGE>" line as a page break, so a sentence runs on past the page number', async () => {
    expect(textPages('1.1 The Vendor shall assist\n\n 4\n\n<PAGE>\n\nthe Customer.').map((p) => p.text.trim())).toEqual(['1.1 The Vendor shall assist\n\n 4', 'the Customer.']);
    const doc = buildDocument({ kind: 'txt', pages: textPages('Preamble.\n\n1.1 For six months after termination the Vendor shall provide such assistance as the Customer may request to\n\n                4\n\n<PAGE>\n\ntransfer the services to a successor supplier.\n\n                5\n\n<PAGE>\n\n1.2 End.\n\n                6\n') }, { file: 'e.txt', sha256: '' });
    const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end).replace(/\s+/g, ' '));
    expect(texts).toContain('1.1 For six months after termination the Vendor shall provide such assistance as the Customer may request to transfer the services to a successor supplier.');
  });
});

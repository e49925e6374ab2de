// Plain-text contracts: decode, normalise line ends, and split pages on form feeds and EDGAR page markers
// (what "print to text" tools and many legacy exports emit between pages).

import type { RawExtraction } from '../document/types.js';
import { fail, ok, type Result } from '../errors.js';
import type { TextEncoding } from './sniff.js';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node 20's
// TextDecoder('windows-1252') decodes that range as Latin-1 C1 controls, so we map it ourselves.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decode bytes in the given encoding; invalid UTF-8 falls back to Windows-1252, the usual legacy Western encoding. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): string {
  switch (encoding) {
    case 'utf-8-bom':
      return new TextDecoder('utf-8').decode(bytes.subarray(3));
    case 'utf-16le':
      return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    case 'utf-16be':
      return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    case 'windows-1252':
      return decodeWindows1252(bytes);
    case 'utf-8':
    case undefined:
      try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        return decodeWindows1252(bytes);
      }
  }
}

/** An EDGAR filing's page marker on a line of its own ("<PAGE>", "<PAGE> 5"): a page break. */
const PAGE_MARKER = /^[ \t]*<PAGE>[ \t]*\d*[ \t]*$/gim;

/** Split decoded text into raw pages: CRLF/CR become LF; form feeds and EDGAR "<PAGE>" lines separate pages. */
export function textPages(text: string): RawExtraction['pages'] {
  const normalised = text.replace(/\r\n?/g, '\n').replace(PAGE_MARKER, '\f');
  const parts = normalised.split('\f');
  // A trailing form feed ends the last page rather than starting an empty one.
  while (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((t, i) => ({ number: i + 1, text: t }));
}

export function extractText(bytes: Uint8Array, file: string, encoding?: TextEncoding): Result<RawExtraction> {
  const pages = textPages(decodeText(bytes, encoding));
  if (pages.every((p) => p.text.trim() === '')) return fail('E_NO_TEXT', `${file}: the file contains only whitespace`);
  return ok({ kind: 'txt', pages });
}

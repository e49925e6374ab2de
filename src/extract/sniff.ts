// Decide what a file is from its bytes. The extension only breaks ties: people rename files,
// mail gateways strip extensions, and a ".pdf" that is really a Word file must not be fed to pdf.js.

import type { ErrorCode } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'txt'; encoding: TextEncoding }
  /** Not readable as a contract; `reason` is a phrase without the file name. */
  | { kind: 'rejected'; code: ErrorCode; reason: string };

const HEAD = 1024;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** Latin-1 view of a byte range: every byte maps to one char, so ASCII markers can be searched. */
const latin1 = (bytes: Uint8Array, end = bytes.length): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(end, bytes.length)).toString('latin1');

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of bytes that can occur in text (printable ASCII, common whitespace, 8-bit letters). */
function printableShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  if (n === 0) return 1;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || (b >= 0x20 && b !== 0x7f)) good++;
  }
  return good / n;
}

function nulShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return n === 0 ? 0 : nul / n;
}

function sniffZip(bytes: Uint8Array): Sniffed {
  // Local file headers store names in clear text, and [Content_Types].xml is among the first entries
  // of every Office file; searching the whole byte range keeps this independent of entry order.
  const text = latin1(bytes);
  if (text.includes('[Content_Types].xml') && text.includes('word/')) return { kind: 'docx' };
  if (text.includes('application/vnd.oasis.opendocument.text')) {
    return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'OpenDocument text (.odt) is not supported; save it as .docx or PDF' };
  }
  if (text.includes('[Content_Types].xml') && (text.includes('xl/') || text.includes('ppt/'))) {
    return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'an Excel or PowerPoint file, not a contract document' };
  }
  return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'a ZIP archive, not a Word document; unpack it and scan its contents' };
}

function sniffOle(bytes: Uint8Array): Sniffed {
  // Password-protected .docx files are OLE containers holding EncryptionInfo/EncryptedPackage streams.
  // Stream names in the directory are UTF-16LE.
  const text = latin1(bytes);
  const utf16 = (s: string): string => s.split('').join('\0');
  if (text.includes(utf16('EncryptionInfo')) || text.includes(utf16('EncryptedPackage'))) {
    return { kind: 'rejected', code: 'E_ENCRYPTED', reason: 'a password-protected Office file; remove the password and scan it again' };
  }
  return {
    kind: 'rejected',
    code: 'E_UNSUPPORTED',
    reason: 'a legacy Word 97-2003 (.doc) or other OLE file; save it as .docx or PDF',
  };
}

const IMAGE_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
];

function textEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

const DATA_EXTENSIONS: Record<string, string> = {
  csv: 'a CSV data file', tsv: 'a TSV data file', json: 'a JSON data file', xml: 'an XML file', yml: 'a YAML file', yaml: 'a YAML file',
  html: 'an HTML page', htm: 'an HTML page', js: 'a script', ts: 'a script', py: 'a script', sh: 'a script', log: 'a log file',
};

export function sniff(bytes: Uint8Array, file: string): Sniffed {
  if (bytes.length === 0) return { kind: 'rejected', code: 'E_NO_TEXT', reason: 'empty file' };
  const ext = extensionOf(file);

  // PDF readers accept a header anywhere in the first KiB (some generators prepend junk).
  if (latin1(bytes, HEAD).includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(bytes);
  for (const [name, sig] of IMAGE_SIGNATURES) {
    if (startsWith(bytes, sig)) {
      return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: `a ${name} image; scan it to PDF with OCR` };
    }
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'an RTF file; save it as .docx or PDF' };
  }

  const bom = textEncoding(bytes);
  // A file that names a binary format but is none of the above is a broken file of that format.
  const claimed = ext === 'pdf' ? 'PDF' : ext === 'docx' ? 'Word (.docx)' : undefined;
  if (bom === undefined && claimed !== undefined) {
    return { kind: 'rejected', code: 'E_CORRUPT', reason: `named as a ${claimed} file but its contents are not ${claimed}` };
  }
  // Text that is data or markup by name (a labels.csv, a config file) is not a contract to audit.
  const data = DATA_EXTENSIONS[ext];
  if (data) return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: `${data}, not a contract; weerbaar reads PDF, Word (.docx) and plain text (.txt, .md)` };
  if (bom !== undefined) return { kind: 'txt', encoding: bom };

  if (nulShare(bytes) > 0.01) {
    return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'a binary file of unknown format' };
  }
  if (isValidUtf8(bytes)) return { kind: 'txt', encoding: 'utf-8' };
  const share = printableShare(bytes);
  const textExt = ext === 'txt' || ext === 'md' || ext === 'text';
  if (share >= 0.97 || (textExt && share >= 0.9)) return { kind: 'txt', encoding: 'windows-1252' };
  return { kind: 'rejected', code: 'E_UNSUPPORTED', reason: 'a binary file of unknown format' };
}

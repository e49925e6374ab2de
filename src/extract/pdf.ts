// PDF text per page with pdf-parse 2 (pdf.js underneath). pdf-parse gives stream-order text with
// line breaks; for pages laid out in two columns we rebuild the text from item positions so the
// left column is read before the right one (see pdf-layout.ts).

import { PDFParse, VerbosityLevel } from 'pdf-parse';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { RawExtraction, RawPage } from '../document/types.js';
import { fail, ok, type Result } from '../errors.js';
import { markCells, twoColumnText, type PlacedItem } from './pdf-layout.js';

export interface PdfOptions {
  /** Give up on a PDF after this long (ms); pdf.js can spend minutes on pathological files. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** Fewer letters and digits than this per page (on average) means there is no real text layer. */
const MIN_CHARS_PER_PAGE = 10;

class Timeout extends Error {}

/** pdf-parse's own text for a page: tabs mark wide gaps between items on a line; they are spaces to us. */
function cleanPageText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]*\t[ \t]*/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/** Positions of the text items of one page, in points from the top-left corner. */
async function placedItems(doc: PDFDocumentProxy, pageNumber: number): Promise<{ items: PlacedItem[]; width: number } | undefined> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    // Rotated pages and vertical text are rare in contracts; leave them in stream order.
    if (viewport.rotation % 180 !== 0) return undefined;
    const content = await page.getTextContent();
    const items: PlacedItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      if (Math.abs(b ?? 0) > 1e-3 || Math.abs(c ?? 0) > 1e-3 || (a ?? 0) <= 0) continue;
      const [x, y] = viewport.convertToViewportPoint(e ?? 0, f ?? 0) as [number, number];
      items.push({ str: item.str, x, y, width: item.width, size: Math.abs(d ?? item.height) || item.height });
    }
    return { items, width: viewport.width };
  } finally {
    page.cleanup();
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 160);
}

async function pageText(doc: PDFDocumentProxy | undefined, num: number, text: string): Promise<string> {
  const placed = doc ? await placedItems(doc, num) : undefined;
  const columns = placed ? twoColumnText(placed.items, placed.width) : undefined;
  return cleanPageText(columns ?? (placed ? markCells(text, placed.items) : text));
}

async function readPdf(parser: PDFParse, file: string, deadline: () => void): Promise<Result<RawExtraction>> {
  // Page by page, so the time limit is checked between pages and one broken page does not lose the rest.
  const first = await parser.getText({ partial: [1], pageJoiner: '' });
  deadline();
  // pdf-parse keeps the loaded pdf.js document until destroy(); reuse it for item positions instead of
  // parsing the file a second time. The field is private in its types, so we read it defensively.
  const doc = (parser as unknown as { doc?: PDFDocumentProxy }).doc;
  const pages: RawPage[] = [];
  let broken = 0;
  let lastError: unknown;
  for (let num = 1; num <= first.total; num++) {
    try {
      const text = num === 1 ? first : await parser.getText({ partial: [num], pageJoiner: '' });
      pages.push({ number: num, text: await pageText(doc, num, text.pages[0]?.text ?? '') });
    } catch (error) {
      if (errorName(error) === 'PasswordException') throw error;
      broken++;
      lastError = error;
      pages.push({ number: num, text: '' });
    }
    deadline();
  }
  if (broken > 0 && broken === pages.length) throw lastError;
  const chars = pages.reduce((n, p) => n + (p.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  if (pages.length === 0 || chars < MIN_CHARS_PER_PAGE * pages.length) {
    return fail('E_NO_TEXT', `${file}: the PDF has no text layer; it looks scanned and needs OCR`);
  }
  return ok({ kind: 'pdf', pages });
}

/** Extract per-page text from PDF bytes. Never throws; every failure is a coded error naming the file. */
export async function extractPdf(bytes: Uint8Array, file: string, options: PdfOptions = {}): Promise<Result<RawExtraction>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // pdf.js may take ownership of (detach) the array it is given; hand it a copy.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, stopAtErrors: false });
  const started = Date.now();
  const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  const tooSlow = fail<RawExtraction>('E_CORRUPT', `${file}: reading the PDF took longer than ${limit}; it may be damaged`);
  // pdf.js in Node runs in this thread, mostly in microtasks, so a timer alone may only fire after the
  // work is done: check the clock between pages too. The timer covers waits on I/O or the fake worker.
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = (): void => {
    if (timedOut || Date.now() - started > timeoutMs) throw new Timeout();
  };
  const timeout = new Promise<Result<RawExtraction>>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve(tooSlow);
    }, timeoutMs);
  });
  const work = readPdf(parser, file, deadline).catch((error: unknown): Result<RawExtraction> => {
    const name = errorName(error);
    if (error instanceof Timeout) return tooSlow;
    if (name === 'PasswordException' || /password/i.test(describe(error))) {
      return fail('E_ENCRYPTED', `${file}: the PDF is password-protected; remove the password and scan it again`);
    }
    return fail('E_CORRUPT', `${file}: the PDF is damaged or truncated and cannot be read (${describe(error) || name || 'unknown error'})`);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // destroy() also aborts work still running after a timeout; its own failure changes nothing for us.
    await parser.destroy().catch(() => undefined);
  }
}

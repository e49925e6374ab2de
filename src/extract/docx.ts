// DOCX -> RawExtraction. One paragraph per line, with Word's automatic numbering put back in
// front of the paragraph ("12.3 De Opdrachtnemer ...", "Artikel 4 Overdracht").
//
// Why this walks word/document.xml itself instead of taking mammoth's text: the number of a
// paragraph depends on that very paragraph's w:pPr (numPr, pStyle), so text and number must come
// from the same element. mammoth hands back paragraphs without any link to their XML; lining the
// two up by position breaks as soon as mammoth skips or merges a paragraph differently (deleted
// paragraphs, text boxes, content controls), and then every number after that point would be
// wrong without any sign of it. The walk below reads the same runs mammoth reads (w:t, w:tab,
// w:br, insertions, hyperlinks, fields, content controls, tables cell by cell) and skips what
// Word does not show (deletions, field codes, hidden text). test/extract-docx.test.ts checks
// that every paragraph mammoth finds also appears, in order, in this output.

import JSZip from 'jszip';
import type { RawExtraction, RawPage } from '../document/types.js';
import { fail, ok, type Result } from '../errors.js';
import {
  NumberingCounter,
  paragraphProps,
  readNumbering,
  stylePageBreakBefore,
  type NumberingDefs,
  type ParagraphProps,
} from './docx-numbering.js';
import { joinCells } from './cells.js';
import {
  attr,
  child,
  elements,
  isMc,
  isW,
  onOff,
  parseXml,
  val,
  type XDocument,
  type XElement,
  type XNode,
} from './docx-xml.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as an OLE directory entry name (UTF-16LE) appears in encrypted OOXML files. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

// ---- package parts ----------------------------------------------------------------------------

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Targets of relationships whose Type ends with `/${type}`, read from a .rels part. */
async function relTargets(zip: JSZip, relsPath: string, sourcePath: string, type: string): Promise<string[]> {
  const text = await zip.file(relsPath)?.async('string');
  const doc = text === undefined ? null : parseXml(text);
  if (!doc?.documentElement) return [];
  const out: string[] = [];
  for (const rel of elements(doc.documentElement)) {
    const t = rel.getAttribute('Type') ?? '';
    const target = rel.getAttribute('Target');
    if (target && t.endsWith(`/${type}`) && rel.getAttribute('TargetMode') !== 'External') {
      out.push(resolveTarget(sourcePath, target));
    }
  }
  return out;
}

async function readPart(zip: JSZip, path: string | undefined): Promise<XDocument | null> {
  if (path === undefined) return null;
  const text = await zip.file(path)?.async('string');
  return text === undefined ? null : parseXml(text);
}

// ---- the walk ---------------------------------------------------------------------------------

/** Collects lines into pages; a page break closes the current page. */
class PageWriter {
  readonly pages: string[][] = [[]];
  private line = '';

  get current(): string[] {
    return this.pages[this.pages.length - 1] as string[];
  }
  text(s: string): void {
    this.line += s;
  }
  endLine(): void {
    this.current.push(this.line);
    this.line = '';
  }
  /** Ends the page; the unfinished line (if any) stays on the old page. */
  pageBreak(): void {
    if (this.line.trim() !== '') this.endLine();
    else this.line = '';
    this.pages.push([]);
  }
  /** Where the current line stands, for take(). */
  mark(): number {
    return this.line.length;
  }
  /** Takes back what was written to the current line since mark(). */
  take(from: number): string {
    const out = this.line.slice(from);
    this.line = this.line.slice(0, from);
    return out;
  }
  hasContent(): boolean {
    return this.line.trim() !== '' || this.current.some((l) => l.trim() !== '');
  }
}

/** A table cell Word shows as one line of text: one paragraph, no table inside. */
const isOneLine = (tc: XElement): boolean => elements(tc).filter((x) => isW(x, 'p')).length <= 1 && !elements(tc).some((x) => isW(x, 'tbl'));

class BodyWalker {
  private readonly counter: NumberingCounter;
  readonly out = new PageWriter();

  constructor(private readonly defs: NumberingDefs) {
    this.counter = new NumberingCounter(defs);
  }

  block(node: XNode): void {
    for (const e of elements(node)) {
      if (isW(e, 'p')) this.paragraph(e);
      else if (isW(e, 'tbl')) {
        for (const tr of elements(e).filter((x) => isW(x, 'tr'))) {
          const cells = elements(tr).filter((x) => isW(x, 'tc'));
          if (cells.length > 1 && cells.every(isOneLine)) this.row(cells);
          else for (const tc of cells) this.block(tc);
        }
      } else if (isW(e, 'sdt')) {
        const content = child(e, 'sdtContent');
        if (content) this.block(content);
      } else if (isW(e, 'customXml') || isW(e, 'ins') || isW(e, 'moveTo') || isW(e, 'sdtContent')) {
        this.block(e);
      } else if (isMc(e, 'AlternateContent')) {
        const branch = alternateBranch(e);
        if (branch) this.block(branch);
      }
      // w:sectPr (body level), w:del, w:moveFrom, bookmarks: nothing Word shows as text.
    }
  }

  /**
   * A row whose cells hold one paragraph each is one line, as Word shows it: "Escrow | Nee", "Exit assistance | Not
   * included" (see joinCells).
   */
  private row(cells: XElement[]): void {
    const texts: string[] = [];
    for (const tc of cells) {
      const p = elements(tc).find((x) => isW(x, 'p'));
      if (!p) continue;
      const from = this.out.mark();
      const nested = this.content(p, paragraphProps(p));
      texts.push(this.out.take(from));
      for (const box of nested) this.block(box);
    }
    if (!texts.length) return;
    this.out.text(joinCells(texts));
    this.out.endLine();
  }

  private paragraph(p: XElement): void {
    const props = paragraphProps(p);
    const pPr = child(p, 'pPr');
    const breakBefore =
      (pPr ? onOff(pPr, 'pageBreakBefore') : undefined) ?? stylePageBreakBefore(this.defs, props.styleId);
    if (breakBefore && this.out.hasContent()) this.out.pageBreak();

    const nested = this.content(p, props);
    this.out.endLine();
    // Text boxes anchored in the paragraph: their paragraphs follow it.
    for (const box of nested) this.block(box);

    // A section break inside this paragraph starts the next section on a new page unless it
    // is "continuous" (or a column break); the default type is nextPage.
    const sectPr = pPr ? child(pPr, 'sectPr') : undefined;
    if (sectPr) {
      const type = val(sectPr, 'type') ?? 'nextPage';
      if (type === 'nextPage' || type === 'oddPage' || type === 'evenPage') this.out.pageBreak();
    }
  }

  /** A paragraph's number label and text, written to the current line; its text boxes, to be read after it. */
  private content(p: XElement, props: ParagraphProps): XElement[] {
    const label = this.counter.next(props);
    if (label) this.out.text(`${label} `);
    const nested: XElement[] = [];
    this.inline(p, nested);
    return nested;
  }

  private inline(node: XNode, nested: XElement[]): void {
    for (const e of elements(node)) {
      if (isW(e, 'r')) this.run(e, nested);
      else if (
        isW(e, 'ins') ||
        isW(e, 'moveTo') ||
        isW(e, 'hyperlink') ||
        isW(e, 'smartTag') ||
        isW(e, 'customXml') ||
        isW(e, 'fldSimple') ||
        isW(e, 'sdtContent') ||
        isW(e, 'bdo') ||
        isW(e, 'dir')
      ) {
        this.inline(e, nested);
      } else if (isW(e, 'sdt')) {
        const content = child(e, 'sdtContent');
        if (content) this.inline(content, nested);
      } else if (isMc(e, 'AlternateContent')) {
        const branch = alternateBranch(e);
        if (branch) this.inline(branch, nested);
      }
      // w:pPr, w:del, w:moveFrom, w:proofErr, bookmarks, comments: not text.
    }
  }

  private run(r: XElement, nested: XElement[]): void {
    const rPr = child(r, 'rPr');
    if (rPr && onOff(rPr, 'vanish')) return; // hidden text: Word does not show it
    for (const e of elements(r)) {
      if (isW(e, 't')) this.out.text(e.textContent ?? '');
      else if (isW(e, 'tab') || isW(e, 'ptab')) this.out.text('\t');
      else if (isW(e, 'br')) {
        const type = attr(e, 'type');
        if (type === 'page') this.out.pageBreak();
        else this.out.text('\n');
      } else if (isW(e, 'cr')) this.out.text('\n');
      else if (isW(e, 'noBreakHyphen')) this.out.text('-');
      else if (isW(e, 'drawing') || isW(e, 'pict') || isMc(e, 'AlternateContent') || isW(e, 'object')) {
        collectTextBoxes(isMc(e, 'AlternateContent') ? (alternateBranch(e) ?? e) : e, nested);
      }
      // w:instrText (field codes), w:delText, w:softHyphen, w:sym, references: not shown text.
    }
  }
}

/** One branch of mc:AlternateContent, so content present in both is read once. */
function alternateBranch(e: XElement): XElement | undefined {
  const branches = elements(e);
  return branches.find((b) => isMc(b, 'Choice')) ?? branches.find((b) => isMc(b, 'Fallback'));
}

function collectTextBoxes(node: XNode, out: XElement[]): void {
  for (const e of elements(node)) {
    if (isW(e, 'txbxContent')) out.push(e);
    else if (isMc(e, 'AlternateContent')) {
      const branch = alternateBranch(e);
      if (branch) collectTextBoxes(branch, out);
    } else collectTextBoxes(e, out);
  }
}

/** Trims each line, keeps at most one blank line in a row, and drops blank lines at the ends. */
function pageText(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines.join('\n').split('\n')) {
    const line = raw.trim();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

// ---- entry point ------------------------------------------------------------------------------

export async function extractDocx(bytes: Uint8Array, file: string): Promise<Result<RawExtraction>> {
  try {
    return await extract(bytes, file);
  } catch (e) {
    // Nothing below should throw; if a library does, it is still a file we could not read.
    const reason = e instanceof Error ? e.message : String(e);
    return fail('E_CORRUPT', `${file}: not a valid Word document (${reason})`);
  }
}

async function extract(bytes: Uint8Array, file: string): Promise<Result<RawExtraction>> {
  if (startsWith(bytes, OLE_MAGIC)) {
    return hasEncryptionInfo(bytes)
      ? fail('E_ENCRYPTED', `${file}: the Word document is password-protected`)
      : fail('E_UNSUPPORTED', `${file}: an old Word 97-2003 document (.doc); save it as .docx`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return fail('E_CORRUPT', `${file}: not a valid Word document (the file is not a zip archive)`);
  }

  const main = (await relTargets(zip, '_rels/.rels', '', 'officeDocument'))[0] ?? 'word/document.xml';
  const mainText = await zip.file(main)?.async('string');
  if (mainText === undefined) {
    return fail('E_CORRUPT', `${file}: not a valid Word document (the zip has no ${main})`);
  }
  const document = parseXml(mainText);
  const body = document?.documentElement ? child(document.documentElement, 'body') : undefined;
  if (!body) {
    return fail('E_CORRUPT', `${file}: not a valid Word document (${main} does not parse as a Word body)`);
  }

  const mainRels = main.replace(/([^/]*)$/, '_rels/$1.rels');
  const stylesPath = (await relTargets(zip, mainRels, main, 'styles'))[0] ?? 'word/styles.xml';
  const numberingPath = (await relTargets(zip, mainRels, main, 'numbering'))[0] ?? 'word/numbering.xml';
  const defs = readNumbering(await readPart(zip, numberingPath), await readPart(zip, stylesPath));

  const walker = new BodyWalker(defs);
  walker.block(body);

  const texts = walker.out.pages.map(pageText);
  while (texts.length > 1 && texts[texts.length - 1] === '') texts.pop();
  if (texts.every((t) => t === '')) {
    return fail('E_NO_TEXT', `${file}: the Word document contains no text`);
  }
  const pages: RawPage[] = texts.map((text, i) => ({ number: i + 1, text }));
  return ok({ kind: 'docx', pages });
}

// What the tests share: the built-in packs and policy, and a contract read from plain text or from a file.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll } from 'vitest';
import { reportDocument, scanFile, type ContractReport } from '../src/scan.js';
import { buildDocument } from '../src/document/build.js';
import { loadPacks } from '../src/rules/load.js';
import { compilePacks, type RuleSet } from '../src/rules/compile.js';
import { BUILTIN_POLICY, BUILTIN_RULES_DIR } from '../src/rules/builtin.js';
import { loadPolicy, type Policy } from '../src/assess/policy.js';

/** The built-in rule packs, compiled, and the built-in verdict policy. */
export function builtin(): { rules: RuleSet; policy: Policy } {
  const p = loadPolicy(BUILTIN_POLICY);
  if (!p.ok) throw new Error('policy');
  return { rules: compilePacks(loadPacks([BUILTIN_RULES_DIR], true).packs), policy: p.policy };
}

/** The report of a one-page text contract. */
export const textReport = (text: string, rules: RuleSet, policy: Policy): ContractReport =>
  reportDocument(buildDocument({ kind: 'txt', pages: [{ number: 1, text }] }, { file: 'c.txt', sha256: '' }), rules, policy);

/** Whether a report finds a clause. */
export const present = (r: ContractReport, clause: string): boolean => r.clauses[clause]!.present;

/** The report of a file on disk (a DOCX or PDF a test wrote). */
export const scanPath = (path: string, rules: RuleSet, policy: Policy): Promise<ContractReport> => scanFile({ path, display: path }, rules, policy);

/** For a test file: the built-in packs and policy, loaded once before its tests, and readers that use them. */
export function builtinReaders(): { readonly rules: RuleSet; contract: (text: string) => ContractReport; scan: (path: string) => Promise<ContractReport> } {
  const b = {} as { rules: RuleSet; policy: Policy };
  beforeAll(() => {
    Object.assign(b, builtin());
  });
  return {
    get rules() {
      return b.rules;
    },
    contract: (text) => textReport(text, b.rules, b.policy),
    scan: (path) => scanPath(path, b.rules, b.policy),
  };
}

const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit');

/** A PDF written by pdfkit to `file`: `draw` places the text (a table, an indented clause, an order form). */
export function pdfkitFile(file: string, draw: (doc: PDFKit.PDFDocument) => void, margin = 60): Promise<string> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve(file);
    });
    draw(doc);
    doc.end();
  });
}

/** A PDF of plain lines written by pdfkit to `file`, a page per list of lines; an empty line leaves a gap. */
export function pdfLinesFile(file: string, pages: ReadonlyArray<readonly string[]>): Promise<string> {
  return pdfkitFile(file, (doc) => {
    doc.fontSize(10);
    pages.forEach((lines, k) => {
      if (k > 0) doc.addPage();
      for (const line of lines) if (line) doc.text(line);
      else doc.moveDown();
    });
  });
}

/** A DOCX written by the docx writer to `file`: one section, a paragraph per line of `lines`. */
export async function docxFile(file: string, lines: readonly string[]): Promise<string> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

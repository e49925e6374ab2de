// The pipeline for one file: extract -> Document -> analyse -> assess. Each file is independent, so a
// worker pool or a cache can wrap scanFile later without changing it.
import { extractFile, type ExtractOptions } from './extract/index.js';
import { buildDocument } from './document/build.js';
import { unreadLanguage } from './document/language.js';
import { analyse, type Analysis, type StandardUse } from './rules/analyse.js';
import type { RuleSet } from './rules/compile.js';
import { assess, type Assessment, type ClauseResult, type Facts, type Verdict } from './assess/assess.js';
import type { Policy } from './assess/policy.js';
import { statusOf, type FileError } from './errors.js';
import type { Document, Language, SourceKind } from './document/types.js';
import type { InputFile } from './walk.js';

export type Status = 'ok' | 'error' | 'no-text' | 'unsupported';

export interface ContractReport {
  file: string;
  sha256: string;
  status: Status;
  error: FileError | null;
  kind: SourceKind | null;
  language: Language | null;
  pages: number;
  verdict: Verdict;
  flags: string[];
  clauses: Record<string, ClauseResult>;
  facts: Facts;
  standards: StandardUse[];
  /** Articles an amendment in the file strikes out (their findings are not counted). */
  amendments: Analysis['amendments'];
  /** Clauses an order form's row switches off for the whole file ("Source code escrow | No"), with that row. */
  switchedOff: Analysis['switchedOff'];
  /** Findings a document that ranks higher in the file's order of precedence takes back, with the sentence that does. */
  overridden: Analysis['overridden'];
  parties: Analysis['parties'] | null;
}

export interface ScanOptions extends ExtractOptions {}

export async function scanFile(input: InputFile, rules: RuleSet, policy: Policy, opts: ScanOptions = {}): Promise<ContractReport> {
  const ex = await extractFile(input.path, opts);
  if (!ex.result.ok) return failedReport(input.display, ex.sha256, ex.result.error, policy);
  const doc = buildDocument(ex.result.value, { file: input.display, sha256: ex.sha256 });
  if (!doc.text.trim()) return failedReport(input.display, ex.sha256, { code: 'E_NO_TEXT', message: `${input.path}: no text found` }, policy);
  // (A contract in French or German would otherwise come out as one without any clause: unprotected, wrongly.)
  const other = unreadLanguage(doc.text);
  if (other) return failedReport(input.display, ex.sha256, { code: 'E_LANGUAGE', message: `${input.path}: written in ${other}; the rule packs read Dutch and English` }, policy);
  return reportDocument(doc, rules, policy);
}

/** Pure: a Document to its report entry. */
export function reportDocument(doc: Document, rules: RuleSet, policy: Policy): ContractReport {
  const analysis = analyse(doc, rules);
  const a: Assessment = assess(analysis, policy);
  return {
    file: doc.file,
    sha256: doc.sha256,
    status: 'ok',
    error: null,
    kind: doc.kind,
    language: doc.language,
    pages: doc.pages.length,
    verdict: a.verdict,
    flags: a.flags,
    clauses: a.clauses,
    facts: a.facts,
    standards: analysis.standards,
    amendments: analysis.amendments,
    switchedOff: analysis.switchedOff,
    overridden: analysis.overridden,
    parties: analysis.parties,
  };
}

/** The report entry of a file that could not be analysed: verdict unknown, every clause absent. */
export function failedReport(file: string, sha256: string, error: FileError, policy: Policy): ContractReport {
  return {
    file,
    sha256,
    status: statusOf(error.code),
    error,
    kind: null,
    language: null,
    pages: 0,
    verdict: 'unknown',
    flags: [],
    clauses: Object.fromEntries(policy.clauses.map((c) => [c, { present: false, strength: null, to: null, tags: [], evidence: [] }])),
    facts: { governingLaw: null, governingLawInEU: null, governingLawEvidence: null },
    standards: [],
    amendments: [],
    switchedOff: [],
    overridden: [],
    parties: null,
  };
}

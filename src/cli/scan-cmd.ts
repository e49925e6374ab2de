import { writeFileSync } from 'node:fs';
import { walk } from '../walk.js';
import { scanFile, type ContractReport } from '../scan.js';
import { buildReport, renderJson } from '../report/model.js';
import { renderCsv } from '../report/csv.js';
import { renderTable } from '../report/table.js';
import { loadPolicyOrReport, loadRuleSet } from './packs.js';
import { scanInWorkers } from '../pool/pool.js';

interface Opts {
  rules?: string[];
  builtin: boolean;
  policy?: string;
  format: 'table' | 'json' | 'csv';
  output?: string;
  csvDelimiter: string;
  failOn?: 'unknown' | 'unprotected' | 'partial';
  maxSize: number;
  quiet?: boolean;
  jobs: string;
  timeout: string;
}

const LEVEL = { unknown: 0, unprotected: 1, partial: 2, protected: 3 } as const;

export async function scanCommand(paths: string[], o: Opts): Promise<number> {
  const maxBytes = o.maxSize;
  if ([...o.csvDelimiter].length !== 1 || /["\r\n]/.test(o.csvDelimiter)) return usage('--csv-delimiter must be one character (not a quote or line break)');
  const loaded = loadRuleSet(o.rules, o.builtin);
  if (!loaded) return 2;
  const policy = loadPolicyOrReport(o.policy);
  if (!policy) return 2;
  const { files } = walk(paths);
  if (files.length === 0) return usage(`no files found in ${paths.join(', ')}`);
  const jobs = Number(o.jobs);
  const timeoutMs = Number(o.timeout) * 1000;
  if (!Number.isInteger(jobs) || jobs < 1) return usage('--jobs must be a whole number of at least 1');
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return usage('--timeout must be a positive number of seconds');
  const warn = (r: ContractReport) => {
    if (r.error && !o.quiet) process.stderr.write(`weerbaar: ${r.error.code} ${r.error.message}\n`);
  };
  let reports: ContractReport[];
  if (jobs > 1 && files.length > 1) {
    reports = await scanInWorkers(files, { rules: o.rules ?? [], builtin: o.builtin, policy: o.policy, maxBytes }, policy, { jobs, timeoutMs, onReport: warn });
  } else {
    // One job: in this thread, one file after the other (no time limit: nothing can stop a parser here).
    reports = [];
    for (const f of files) {
      const r = await scanFile(f, loaded.rules, policy, { maxBytes });
      warn(r);
      reports.push(r);
    }
  }
  const report = buildReport(reports, loaded.rules, policy, o.policy ?? 'builtin');
  const out =
    o.format === 'json' ? renderJson(report)
    : o.format === 'csv' ? renderCsv(report, policy.clauses, o.csvDelimiter)
    : renderTable(report, policy.labels, !o.output && process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (o.output) {
    try {
      writeFileSync(o.output, out);
    } catch (e) {
      process.stderr.write(`weerbaar: cannot write ${o.output}: ${(e as Error).message}\n`);
      return 2;
    }
    if (!o.quiet) process.stderr.write(`weerbaar: wrote ${o.format} report on ${report.contracts.length} files to ${o.output}\n`);
  } else process.stdout.write(out);
  if (o.failOn) {
    const bar = LEVEL[o.failOn];
    if (report.contracts.some((c) => LEVEL[c.verdict] <= bar)) return 1;
  }
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(`weerbaar: ${msg}\n`);
  return 2;
}

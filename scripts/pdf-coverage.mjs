#!/usr/bin/env node
// Measurement, not a test: how much of each reference text our PDF extraction recovers.
// For every PDF in a folder, extract with the built dist and compare with the .txt of the same name
// (by default in ../txt beside the pdf folder). Score = share of the distinct word tokens of the txt
// (lowercased, [\p{L}\p{N}]+) that also occur in the extracted text — a SET measure: each distinct
// token counts once, however often it occurs.
// Usage: npx tsc -p . && node scripts/pdf-coverage.mjs [pdfDir] [txtDir]
//   default pdfDir: ../shared/cuad-dev/pdf (relative to the repository root)

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pdfDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'cuad-dev', 'pdf'));
const txtDir = resolve(process.argv[3] ?? join(pdfDir, '..', 'txt'));
const THRESHOLD = 0.95;

const dist = join(root, 'dist', 'extract', 'index.js');
if (!existsSync(dist)) {
  console.error(`${dist} not found: build first with "npx tsc -p ."`);
  process.exit(2);
}
const { extractFile } = await import(pathToFileURL(dist).href);

const tokens = (text) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

const pdfs = readdirSync(pdfDir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
const rows = [];
for (const name of pdfs) {
  const txtPath = join(txtDir, `${basename(name, '.pdf')}.txt`);
  const started = Date.now();
  const { result } = await extractFile(join(pdfDir, name));
  const ms = Date.now() - started;
  if (!result.ok) {
    rows.push({ name, score: undefined, note: `${result.error.code} ${result.error.message}`, ms });
    continue;
  }
  if (!existsSync(txtPath)) {
    rows.push({ name, score: undefined, note: 'no reference txt', ms, pages: result.value.pages.length });
    continue;
  }
  const want = tokens(readFileSync(txtPath, 'utf8'));
  const got = tokens(result.value.pages.map((p) => p.text).join('\n'));
  let hit = 0;
  for (const t of want) if (got.has(t)) hit++;
  rows.push({ name, score: want.size ? hit / want.size : 1, pages: result.value.pages.length, ms, note: '' });
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
for (const r of rows) {
  const score = r.score === undefined ? '   n/a' : pct(r.score).padStart(6);
  console.log(`${score}  ${String(r.pages ?? '-').padStart(3)} p  ${String(r.ms).padStart(5)} ms  ${r.name}${r.note ? `  [${r.note}]` : ''}`);
}
const scored = rows.filter((r) => r.score !== undefined);
const good = scored.filter((r) => r.score >= THRESHOLD).length;
const errors = rows.filter((r) => r.score === undefined);
const mean = scored.reduce((s, r) => s + r.score, 0) / (scored.length || 1);
console.log('');
console.log(`files: ${rows.length}; with text: ${scored.length}; coded errors or no reference: ${errors.length}`);
console.log(`token coverage (set of distinct tokens): mean ${pct(mean)}; files >= ${pct(THRESHOLD)}: ${good}/${rows.length} = ${pct(good / (rows.length || 1))}`);

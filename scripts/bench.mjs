#!/usr/bin/env node
// Benchmark (not a test): time extraction, document building and rule matching per file.
// Usage: npm run bench [-- folder]   (default: fixtures/; e.g. ../shared/cuad-dev/txt)
import { performance } from 'node:perf_hooks';
import { walk } from '../dist/walk.js';
import { extractFile } from '../dist/extract/index.js';
import { buildDocument } from '../dist/document/build.js';
import { analyse } from '../dist/rules/analyse.js';
import { loadPacks } from '../dist/rules/load.js';
import { compilePacks } from '../dist/rules/compile.js';
import { BUILTIN_RULES_DIR } from '../dist/rules/builtin.js';

const dir = process.argv[2] ?? 'fixtures';
const t0 = performance.now();
const { packs, problems } = loadPacks([BUILTIN_RULES_DIR], true);
if (problems.length) throw new Error(`rule packs have problems: ${problems.length}`);
const rules = compilePacks(packs);
const tCompile = performance.now() - t0;
const { files } = walk([dir]);
const sum = { extract: 0, build: 0, analyse: 0, bytes: 0, ok: 0, failed: 0 };
for (const f of files) {
  let t = performance.now();
  const ex = await extractFile(f.path);
  sum.extract += performance.now() - t;
  sum.bytes += ex.bytes;
  if (!ex.result.ok) { sum.failed++; continue; }
  t = performance.now();
  const doc = buildDocument(ex.result.value, { file: f.display, sha256: ex.sha256 });
  sum.build += performance.now() - t;
  t = performance.now();
  analyse(doc, rules);
  sum.analyse += performance.now() - t;
  sum.ok++;
}
const total = performance.now() - t0;
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`${files.length} files (${(sum.bytes / 1048576).toFixed(1)} MiB) in ${dir}: ${sum.ok} read, ${sum.failed} not`);
console.log(`compile ${ms(tCompile)}  extract ${ms(sum.extract)}  build ${ms(sum.build)}  analyse ${ms(sum.analyse)}  total ${ms(total)}`);
console.log(`per file: ${ms(total / Math.max(1, files.length))}; ${(files.length / (total / 1000)).toFixed(1)} files/s`);

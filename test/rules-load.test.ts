// Refusing bad rule packs with file:line:col, and loading the built-in ones cleanly.
import { describe, expect, it } from 'vitest';
import { loadPacks, parsePack } from '../src/rules/load.js';
import { compilePacks } from '../src/rules/compile.js';
import { runExamples } from '../src/rules/examples.js';
import { BUILTIN_RULES_DIR } from '../src/rules/builtin.js';
import { analyse } from '../src/rules/analyse.js';
import { buildDocument } from '../src/document/build.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GOOD = `id: demo
version: 1.0.0
title: Demo
description: A demo pack.
rules:
  - id: demo/merger
    clause: change-of-control
    grants: notice
    to: customer
    strength: weak
    languages: [en]
    patterns: { all: ["merger", "~notify"] }
    message: Notice of a merger.
    examples:
      en:
        match: [The Supplier shall notify the Customer of any merger., Supplier notifies Customer of a merger.]
        nomatch: [The Supplier shall notify the Customer of any delay., A merger is planned.]
`;

function problems(text: string) {
  const r = parsePack(text, 'packs/demo.yml');
  return r.ok ? [] : r.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
}

describe('rule pack checks', () => {
  it('accepts a well-formed pack', () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it("checks a definitions entry's `unless` lists, and lets a list that only definitions fill start empty", () => {
    const pack = (defs: string) => GOOD.replace('rules:\n', `vocabulary:\n  merger: [merger]\n  takeover: [acquisition]\n  narrowed: []\ndefinitions:\n  ${defs}\nrules:\n`);
    expect(problems(pack('narrowed: { from: [merger], unless: [takeover] }'))).toEqual([]);
    expect(problems(pack('narrowed: { from: [merger], unless: [nothing] }')).join('\n')).toMatch(/'unless' must be a list of vocabulary names/);
    expect(problems(pack('merger: { from: [takeover] }')).join('\n')).toMatch(/vocabulary 'narrowed' must be a non-empty list/);
  });

  it("checks a definitions entry's `kind` list", () => {
    const pack = (defs: string) => GOOD.replace('rules:\n', `vocabulary:\n  merger: [merger]\n  event: [event]\n  form: [in merger form]\ndefinitions:\n  ${defs}\nrules:\n`);
    expect(problems(pack('merger: { from: [merger], head: event, kind: form }'))).toEqual([]);
    expect(problems(pack('merger: { from: [merger], head: event, kind: shape }')).join('\n')).toMatch(/'shape' is not a vocabulary list of this pack/);
  });

  it("checks a pack's `switches` and `subjects`: a clause id and a non-empty list of phrases each", () => {
    const pack = (lists: string) => GOOD.replace('rules:\n', `${lists}\nrules:\n`);
    expect(problems(pack('subjects:\n  - clause: source-code-escrow\n    words: [escrow, broncode]'))).toEqual([]);
    expect(problems(pack('switches:\n  - clause: source-code-escrow\n    keys: ["escrow*"]'))).toEqual([]);
    expect(problems(pack('subjects:\n  - clause: source-code-escrow\n    words: []')).join('\n')).toMatch(/subjects.*needs 'words', a non-empty list of phrases/);
    expect(problems(pack('subjects:\n  - clause: Escrow Clause\n    words: [escrow]')).join('\n')).toMatch(/a subject needs 'clause'/);
    expect(problems(pack('switches:\n  - clause: source-code-escrow\n    keys: ["(a|b)"]')).join('\n')).toMatch(/have no meaning in a term/);
    expect(problems(pack('subjects: escrow')).join('\n')).toMatch(/'subjects' must be a list of \{ clause, words \}/);
  });

  it('names the line and column of a YAML syntax error', () => {
    const bad = GOOD.replace('    grants: notice', '    grants: [notice');
    const p = problems(bad);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]).toMatch(/^packs\/demo\.yml:\d+:\d+: /);
  });

  it('refuses an unknown key at its own position', () => {
    expect(problems(GOOD.replace('    strength: weak', '    strength: weak\n    severity: high'))).toEqual([
      "packs/demo.yml:11:5: unknown key 'severity' (allowed: id, clause, fact, grants, to, strength, languages, scope, patterns, value, priority, prevails, tags, message, examples)",
    ]);
  });

  it('refuses bad values, bad terms and missing examples', () => {
    expect(problems(GOOD.replace('to: customer', 'to: everybody'))[0]).toMatch(/:9:\d+: 'everybody' is not one of customer/);
    expect(problems(GOOD.replace('"~notify"', '"{buyer}"'))[0]).toMatch(/:12:\d+: unknown placeholder \{buyer\}/);
    expect(problems(GOOD.replace('"~notify"', '"/(unclosed/"'))[0]).toMatch(/invalid regular expression/);
    expect(problems(GOOD.replace('"~notify"', '"(a|an) merger"'))[0]).toMatch(/:12:\d+: .*'\|', '\(' and '\[' have no meaning in a term/);
    expect(problems(GOOD.replace('languages: [en]', 'languages: [en, nl]'))[0]).toMatch(/examples for 'nl' are missing/);
    expect(problems(GOOD.replace('id: demo/merger', 'id: other/merger'))[0]).toMatch(/:6:\d+: rule 'id' must be 'demo\/<name>'/);
  });

  it('refuses "@family" in a standard that names no family', () => {
    const std = (family: string) => `id: demo\nversion: 1.0.0\ntitle: Demo\ndescription: A demo pack.\nstandards:\n  - id: ARBIT-2014\n    title: ARBIT\n${family}    names: { any: ["arbit 2014"] }\n    applies: { any: ["van toepassing"] }\n    disapplies: { near: ["@family", "niet van toepassing"], within: 4 }\n    provides:\n      - { clause: coc, article: "30.3", strength: strong }\n`;
    expect(problems(std('    family: { any: ["arbit"] }\n'))).toEqual([]);
    expect(problems(std(''))).toEqual(['packs/demo.yml:10:26: @family is not a vocabulary list of this pack']);
  });

  it("checks a standard's `refersBack` as a pattern", () => {
    const std = (refers: string) => `id: demo\nversion: 1.0.0\ntitle: Demo\ndescription: A demo pack.\nstandards:\n  - id: GIBIT\n    title: GIBIT\n    names: { any: ["gibit"] }\n    applies: { any: ["van toepassing"] }\n    limits: { any: ["bepalingen over"] }\n${refers}    provides:\n      - { clause: coc, article: "20", strength: strong }\n`;
    expect(problems(std('    refersBack: { near: ["die voorwaarden", "niet van toepassing"], within: 20 }\n'))).toEqual([]);
    expect(problems(std('    refersBack: { near: ["@pointsBack", "niet van toepassing"], within: 20 }\n')).join('\n')).toMatch(/@pointsBack is not a vocabulary list of this pack/);
  });

  it('refuses a pack whose example fails, pointing at the rule', () => {
    const r = parsePack(GOOD.replace('A merger is planned.', 'The Supplier will notify us of the merger.'), 'packs/demo.yml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const run = runExamples(compilePacks([r.pack]), [r.pack]);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]!.where).toBe('packs/demo.yml:6:5');
  });
});

describe('lists of another pack', () => {
  const SHARED = `id: shared\nversion: 1.0.0\ntitle: Shared\ndescription: Shared words.\nvocabulary:\n  denial: [not @what]\n  what: [applicable]\nrules: []\n`;
  const USER = GOOD.replace('patterns: { all: ["merger", "~notify"] }', 'patterns: { all: ["merger", "~notify"], none: ["@shared.denial"] }');

  it('are resolved once every pack is read, and the missing ones are named at their position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weerbaar-packs-'));
    writeFileSync(join(dir, 'demo.yml'), USER);
    const alone = loadPacks([dir]).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
    expect(alone).toEqual(["12:52 @shared.denial: pack 'shared' is not loaded"]);
    writeFileSync(join(dir, 'shared.yml'), SHARED.replace('denial:', 'refusal:'));
    expect(loadPacks([dir]).problems.map((p) => p.message)).toEqual(["@shared.denial: pack 'shared' has no vocabulary list 'denial'"]);
    writeFileSync(join(dir, 'shared.yml'), SHARED);
    const { packs, problems: ps } = loadPacks([dir]);
    expect(ps).toEqual([]);
    const run = runExamples(compilePacks(packs), packs);
    expect(run.failures).toEqual([]);
    const rules = compilePacks(packs);
    const found = (text: string) => analyse(buildDocument({ kind: 'txt', pages: [{ number: 1, text }] }, { file: 't.txt', sha256: 'x' }), rules).findings.length;
    expect(found('The Supplier shall notify the Customer of any merger.')).toBe(1);
    // The shared list's own @what is read in its own pack, not in the pack that uses it.
    expect(found('The duty to notify the Customer of any merger is not applicable.')).toBe(0);
  });
});

describe('built-in packs', () => {
  it('load without problems and every example passes', () => {
    const { packs, problems: ps } = loadPacks([BUILTIN_RULES_DIR], true);
    expect(ps).toEqual([]);
    expect(packs.length).toBeGreaterThan(1);
    const run = runExamples(compilePacks(packs), packs);
    expect(run.failures).toEqual([]);
    expect(run.examples).toBeGreaterThanOrEqual(4 * run.rules);
    // (Every example of every pack goes through the engine, over 2,000 of them: a guard against a hang, not a speed check;
    // a loaded machine needs more than the default minute.)
  }, 180_000);
});

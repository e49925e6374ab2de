// Reading rule packs: YAML with positions, then a schema check that names file:line:col for every
// problem. A pack with any problem is refused whole, so a half-understood pack never scans a contract.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document as YamlDocument, type Node } from 'yaml';
import type { LoadedPack, PackProblem, PackSpec, SourceRef } from './types.js';
import { checkPack } from './schema.js';
import { parseTerm } from './terms.js';

export type PackLoad = { ok: true; pack: LoadedPack } | { ok: false; problems: PackProblem[] };

/** Parse and check one pack from its text. Pure: the file name is only used in messages. */
export function parsePack(text: string, file: string, builtin = false): PackLoad {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): { line: number; col: number } => {
    const p = lc.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  };
  const problems: PackProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    problems.push({ file, ...at(e.pos[0]), message: e.message.split('\n')[0]! });
  }
  if (problems.length) return { ok: false, problems };
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const locate = (path: Array<string | number>): { line: number; col: number } => nodeAt(doc, path, at);
  for (const p of checkPack(value)) problems.push({ file, ...locate(p.path), message: p.message });
  if (problems.length) return { ok: false, problems };
  const spec = value as PackSpec;
  const ruleRefs = new Map<string, SourceRef>();
  (spec.rules ?? []).forEach((r, i) => ruleRefs.set(r.id, { file, ...locate(['rules', i]) }));
  const listRefs = otherPacksLists(value).map((r) => ({ pack: r.pack, name: r.name, ...locate(r.path) }));
  return { ok: true, pack: { spec, file, ruleRefs, builtin, listRefs } };
}

// Prose keys hold no terms; everything else that parses as a term may name another pack's list.
const PROSE = new Set(['description', 'message', 'title', 'note', 'label', 'examples', 'id', 'version']);

function otherPacksLists(v: unknown, path: Array<string | number> = []): Array<{ pack: string; name: string; path: Array<string | number> }> {
  if (typeof v === 'string') {
    if (!/@[a-z0-9-]+\./.test(v)) return [];
    try {
      const t = parseTerm(v);
      return t.kind === 'phrase' ? t.pieces.flatMap((p) => (p.kind === 'list' && p.pack ? [{ pack: p.pack, name: p.name, path }] : [])) : [];
    } catch {
      return [];
    }
  }
  if (Array.isArray(v)) return v.flatMap((x, i) => otherPacksLists(x, [...path, i]));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => (PROSE.has(k) ? [] : otherPacksLists(x, [...path, k])));
  return [];
}

/** A pattern that uses another pack's list needs that pack, loaded in the same run, to have the list. */
function unresolvedLists(packs: LoadedPack[]): PackProblem[] {
  const byId = new Map(packs.map((p) => [p.spec.id, p.spec]));
  return packs.flatMap((p) =>
    p.listRefs.flatMap((r) => {
      const other = byId.get(r.pack);
      if (other && other.vocabulary?.[r.name]) return [];
      const why = other ? `pack '${r.pack}' has no vocabulary list '${r.name}'` : `pack '${r.pack}' is not loaded`;
      return [{ file: p.file, line: r.line, col: r.col, message: `@${r.pack}.${r.name}: ${why}` }];
    }),
  );
}

/** The position of the deepest node that exists along `path` (a missing key points at its parent). */
function nodeAt(
  doc: YamlDocument,
  path: Array<string | number>,
  at: (o: number | undefined) => { line: number; col: number },
): { line: number; col: number } {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      best = (pair.key as Node).range?.[0] ?? best;
      node = pair.value;
      if (typeof key === 'string' && path[path.length - 1] !== key) best = (node as Node)?.range?.[0] ?? best;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      best = (node as Node | undefined)?.range?.[0] ?? best;
    } else break;
  }
  return at(best);
}

/** Read packs from files and folders (folders: every .yml/.yaml inside, recursively, sorted). */
export function loadPacks(paths: string[], builtin = false): { packs: LoadedPack[]; problems: PackProblem[] } {
  const { packs, problems } = readPacks(paths, builtin, new Set());
  return { packs, problems: [...problems, ...duplicateIds(packs), ...unresolvedLists(packs)] };
}

/**
 * The packs a command runs with: the built-in ones (unless turned off) and those the user names. A file named
 * twice is read once; two files with one pack id are a problem.
 */
export function loadRulePacks(extra: string[], builtin: boolean, builtinDir: string): { packs: LoadedPack[]; problems: PackProblem[] } {
  const seen = new Set<string>();
  const a = builtin ? readPacks([builtinDir], true, seen) : { packs: [], problems: [] };
  const b = readPacks(extra, false, seen);
  const packs = [...a.packs, ...b.packs];
  return { packs, problems: [...a.problems, ...b.problems, ...duplicateIds(packs), ...unresolvedLists(packs)] };
}

function duplicateIds(packs: LoadedPack[]): PackProblem[] {
  const out: PackProblem[] = [];
  const seen = new Map<string, string>();
  for (const p of packs) {
    const prev = seen.get(p.spec.id);
    if (prev) out.push({ file: p.file, line: 1, col: 1, message: `pack id '${p.spec.id}' is also used by ${prev}` });
    seen.set(p.spec.id, p.file);
  }
  return out;
}

function readPacks(paths: string[], builtin: boolean, read: Set<string>): { packs: LoadedPack[]; problems: PackProblem[] } {
  const packs: LoadedPack[] = [];
  const problems: PackProblem[] = [];
  for (const file of paths.flatMap(yamlFiles)) {
    const key = resolve(file);
    if (read.has(key)) continue;
    read.add(key);
    if (file.endsWith('policy.yml') || file.endsWith('policy.yaml')) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({ file, line: 1, col: 1, message: `cannot read rule pack: ${(e as Error).message}` });
      continue;
    }
    const r = parsePack(text, file, builtin);
    if (r.ok) packs.push(r.pack);
    else problems.push(...r.problems);
  }
  return { packs, problems };
}

function yamlFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [path]; // reported as unreadable by the caller
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((n) => {
      const p = join(path, n);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return ['.yml', '.yaml'].includes(extname(n)) ? [p] : [];
    });
}

export function formatProblem(p: PackProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

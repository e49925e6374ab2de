// The rule-pack schema, checked by hand so each problem carries the YAML path it is about.
import { parseTerm } from './terms.js';

export interface SchemaProblem {
  path: Array<string | number>;
  message: string;
}

type Path = Array<string | number>;
const GRANTS = ['terminate', 'consent', 'notice', 'obligation', 'right', 'restriction', 'fact', 'denial'];
const TO = ['customer', 'supplier', 'either', 'unknown'];
const STRENGTH = ['strong', 'weak'];
const LANGS = ['nl', 'en'];
const SEMVER = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkPack(v: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const bad = (path: Path, message: string) => out.push({ path, message });
  if (!isObj(v)) return [{ path: [], message: 'a rule pack must be a mapping with id, version, title, description, rules' }];
  keys(v, [], ['id', 'version', 'title', 'description', 'vocabulary', 'definitions', 'tables', 'standards', 'amendments', 'switches', 'subjects', 'rules'], bad);
  if (!str(v.id) || !ID.test(v.id)) bad(['id'], "pack 'id' must be lower-case letters, digits and dashes");
  if (!str(v.version) || !SEMVER.test(v.version)) bad(['version'], "pack 'version' must be semver such as 1.0.0");
  for (const k of ['title', 'description']) if (!str(v[k])) bad([k], `pack '${k}' must be a non-empty string`);

  const lists = new Set<string>();
  // A list that only the contract's own definitions fill may start empty.
  const defined = new Set(isObj(v.definitions) && !Array.isArray(v.definitions) ? Object.keys(v.definitions) : []);
  if (v.vocabulary !== undefined) {
    if (!isObj(v.vocabulary)) bad(['vocabulary'], "'vocabulary' must map names to lists of phrases");
    else
      for (const [name, list] of Object.entries(v.vocabulary)) {
        lists.add(name);
        if (!Array.isArray(list) || (list.length === 0 && !defined.has(name))) bad(['vocabulary', name], `vocabulary '${name}' must be a non-empty list`);
      }
  }
  if (v.vocabulary !== undefined && isObj(v.vocabulary))
    for (const [name, list] of Object.entries(v.vocabulary))
      if (Array.isArray(list)) list.forEach((t, i) => term(t, ['vocabulary', name, i], bad, lists));
  if (v.definitions !== undefined) {
    const isList = (d: unknown) => str(d) && lists.has(d);
    if (Array.isArray(v.definitions))
      v.definitions.forEach((d, i) => { if (!isList(d)) bad(['definitions', i], `'${String(d)}' is not a vocabulary list of this pack`); });
    else if (isObj(v.definitions))
      for (const [target, sources] of Object.entries(v.definitions)) {
        if (!isList(target)) bad(['definitions', target], `'${target}' is not a vocabulary list of this pack`);
        const spec = isObj(sources) ? sources : { from: sources };
        if (!Array.isArray(spec.from) || !spec.from.every(isList)) bad(['definitions', target], `'${target}' must map to a list of vocabulary names of this pack (or { from: [...], head: name, kind: name, unless: [...] })`);
        if (spec.head !== undefined && !isList(spec.head)) bad(['definitions', target, 'head'], `'${String(spec.head)}' is not a vocabulary list of this pack`);
        if (spec.kind !== undefined && !isList(spec.kind)) bad(['definitions', target, 'kind'], `'${String(spec.kind)}' is not a vocabulary list of this pack`);
        if (spec.unless !== undefined && !(Array.isArray(spec.unless) && spec.unless.every(isList))) bad(['definitions', target, 'unless'], `'unless' must be a list of vocabulary names of this pack`);
      }
    else bad(['definitions'], "'definitions' must be a list of vocabulary names, or map a list to the lists that define it");
  }
  const tables = new Set<string>();
  if (v.tables !== undefined) {
    if (!isObj(v.tables)) bad(['tables'], "'tables' must map names to lists of {name, aliases}");
    else
      for (const [name, rows] of Object.entries(v.tables)) {
        tables.add(name);
        if (!Array.isArray(rows)) { bad(['tables', name], `table '${name}' must be a list`); continue; }
        rows.forEach((row, i) => {
          const p = ['tables', name, i];
          if (!isObj(row) || !str(row.name)) return bad(p, "a table row needs a 'name'");
          if (!Array.isArray(row.aliases) || !row.aliases.every(str)) bad([...p, 'aliases'], "a table row needs 'aliases', a list of phrases");
          else row.aliases.forEach((t, j) => term(t, [...p, 'aliases', j], bad, lists));
        });
      }
  }
  if (v.amendments !== undefined) {
    if (!isObj(v.amendments)) bad(['amendments'], "'amendments' must be a mapping { deletes: pattern }");
    else {
      keys(v.amendments, ['amendments'], ['deletes', 'replaces', 'restores'], bad);
      if (v.amendments.deletes === undefined) bad(['amendments'], "'amendments' needs 'deletes'");
      else pattern(v.amendments.deletes, ['amendments', 'deletes'], bad, lists);
      if (v.amendments.replaces !== undefined) pattern(v.amendments.replaces, ['amendments', 'replaces'], bad, lists);
      if (v.amendments.restores !== undefined) pattern(v.amendments.restores, ['amendments', 'restores'], bad, lists);
    }
  }
  // A pack's clause-keyed phrase lists: the rows that switch a clause off, the words that name it as a subject.
  clauseWords(v.switches, 'switches', 'keys', "a switch needs 'clause', the clause id its rows switch off", bad, lists);
  clauseWords(v.subjects, 'subjects', 'words', "a subject needs 'clause', the clause id its words name", bad, lists);
  if (v.standards !== undefined) {
    if (!Array.isArray(v.standards)) bad(['standards'], "'standards' must be a list");
    else v.standards.forEach((s, i) => standard(s, ['standards', i], bad, lists));
  }
  if (!Array.isArray(v.rules)) {
    if (v.standards === undefined) bad(['rules'], "pack 'rules' must be a list");
    else if (v.rules !== undefined) bad(['rules'], "pack 'rules' must be a list");
  } else {
    const ids = new Set<string>();
    v.rules.forEach((r, i) => {
      rule(r, ['rules', i], bad, lists, tables, String(v.id));
      if (isObj(r) && str(r.id)) {
        if (ids.has(r.id)) bad(['rules', i, 'id'], `rule id '${r.id}' is used twice`);
        ids.add(r.id);
      }
    });
  }
  return out;
}

function rule(r: unknown, p: Path, bad: (p: Path, m: string) => void, lists: Set<string>, tables: Set<string>, pack: string): void {
  if (!isObj(r)) return bad(p, 'a rule must be a mapping');
  keys(r, p, ['id', 'clause', 'fact', 'grants', 'to', 'strength', 'languages', 'scope', 'patterns', 'value', 'priority', 'prevails', 'tags', 'message', 'examples'], bad);
  if (!str(r.id) || !r.id.startsWith(`${pack}/`) || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(r.id))
    bad([...p, 'id'], `rule 'id' must be '${pack}/<name>' in lower case with dashes`);
  if ((r.clause === undefined) === (r.fact === undefined)) bad(p, "a rule needs exactly one of 'clause' or 'fact'");
  if (r.clause !== undefined && (!str(r.clause) || !ID.test(r.clause))) bad([...p, 'clause'], "'clause' must be a clause id such as change-of-control");
  if (r.fact !== undefined && (!str(r.fact) || !/^[a-zA-Z]+$/.test(r.fact))) bad([...p, 'fact'], "'fact' must be a name such as governingLaw");
  oneOf(r.grants, GRANTS, [...p, 'grants'], bad, r.clause !== undefined);
  oneOf(r.to, TO, [...p, 'to'], bad, r.clause !== undefined);
  oneOf(r.strength, STRENGTH, [...p, 'strength'], bad, r.clause !== undefined);
  oneOf(r.scope, ['sentence', 'part', 'item', 'section'], [...p, 'scope'], bad, false);
  if (!Array.isArray(r.languages) || r.languages.length === 0 || !r.languages.every((l) => LANGS.includes(l as string)))
    bad([...p, 'languages'], "'languages' must be a non-empty list of nl, en");
  if (r.priority !== undefined && typeof r.priority !== 'number') bad([...p, 'priority'], "'priority' must be a number");
  if (r.prevails !== undefined) {
    if (r.fact === undefined) bad([...p, 'prevails'], "'prevails' belongs to fact rules");
    else pattern(r.prevails, [...p, 'prevails'], bad, lists);
  }
  if (r.tags !== undefined && !(Array.isArray(r.tags) && r.tags.every(str))) bad([...p, 'tags'], "'tags' must be a list of words");
  if (!str(r.message)) bad([...p, 'message'], "a rule needs a 'message' saying what it found");
  if (r.patterns === undefined) bad(p, "a rule needs 'patterns'");
  else pattern(r.patterns, [...p, 'patterns'], bad, lists);
  if (r.value !== undefined) {
    if (r.fact === undefined) bad([...p, 'value'], "'value' belongs to fact rules");
    if (!isObj(r.value) || !str(r.value.table) || !tables.has(r.value.table)) bad([...p, 'value'], "'value.table' must name a table of this pack");
    else {
      keys(r.value, [...p, 'value'], ['table', 'after', 'notBefore'], bad);
      if (r.value.after !== undefined) term(r.value.after, [...p, 'value', 'after'], bad, lists);
      if (r.value.notBefore !== undefined) term(r.value.notBefore, [...p, 'value', 'notBefore'], bad, lists);
    }
  } else if (r.fact !== undefined) bad(p, "a fact rule needs 'value: { table: … }'");
  if (!isObj(r.examples)) return bad(p, "a rule needs 'examples' with match and nomatch sentences per language");
  keys(r.examples, [...p, 'examples'], LANGS, bad);
  for (const lang of Array.isArray(r.languages) ? r.languages : []) {
    const ex = r.examples[lang as string];
    const ep = [...p, 'examples', lang as string];
    if (!isObj(ex)) { bad([...p, 'examples'], `examples for '${String(lang)}' are missing (the rule claims that language)`); continue; }
    keys(ex, ep, ['match', 'nomatch'], bad);
    for (const k of ['match', 'nomatch'])
      if (!Array.isArray(ex[k]) || (ex[k] as unknown[]).length < 2 || !(ex[k] as unknown[]).every(str))
        bad([...ep, k], `'${k}' needs at least two example sentences`);
  }
}

/** A list of { clause, <field> } entries, each with a clause id and a non-empty list of phrases. */
function clauseWords(v: unknown, name: string, field: string, needsClause: string, bad: (p: Path, m: string) => void, lists: Set<string>): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) return bad([name], `'${name}' must be a list of { clause, ${field} }`);
  v.forEach((entry, i) => {
    const p = [name, i];
    if (!isObj(entry)) return bad(p, `an entry of '${name}' must be a mapping { clause, ${field} }`);
    keys(entry, p, ['clause', field], bad);
    if (!str(entry.clause) || !ID.test(entry.clause)) bad([...p, 'clause'], needsClause);
    const words = entry[field];
    if (!Array.isArray(words) || words.length === 0 || !words.every(str)) bad([...p, field], `an entry of '${name}' needs '${field}', a non-empty list of phrases`);
    else words.forEach((t, j) => term(t, [...p, field, j], bad, lists));
  });
}

function standard(s: unknown, p: Path, bad: (p: Path, m: string) => void, lists: Set<string>): void {
  if (!isObj(s)) return bad(p, 'a standard must be a mapping');
  keys(s, p, ['id', 'title', 'names', 'family', 'applies', 'disapplies', 'excepts', 'limits', 'refersBack', 'replaces', 'only', 'note', 'provides', 'facts'], bad);
  if (s.family !== undefined) pattern(s.family, [...p, 'family'], bad, lists);
  // "@family" stands for the standard's own family (compile.ts withFamily), so only a standard with one may use it.
  const own = s.family !== undefined ? new Set([...lists, FAMILY.slice(1)]) : lists;
  for (const k of ['disapplies', 'excepts', 'limits', 'refersBack', 'replaces', 'only']) if (s[k] !== undefined) pattern(s[k], [...p, k], bad, own);
  if (!str(s.id)) bad([...p, 'id'], "a standard needs an 'id' such as ARBIT-2014");
  if (!str(s.title)) bad([...p, 'title'], "a standard needs a 'title'");
  for (const k of ['names', 'applies']) {
    if (s[k] === undefined) bad(p, `a standard needs '${k}'`);
    else pattern(s[k], [...p, k], bad, k === 'applies' ? own : lists);
  }
  if (s.facts !== undefined && !(isObj(s.facts) && Object.values(s.facts).every(str))) bad([...p, 'facts'], "'facts' maps fact names to values");
  if (!Array.isArray(s.provides)) return bad([...p, 'provides'], "'provides' must be a list");
  s.provides.forEach((x, i) => {
    const q = [...p, 'provides', i];
    if (!isObj(x)) return bad(q, 'each provided protection is a mapping');
    keys(x, q, ['clause', 'article', 'strength', 'to', 'grants', 'tags', 'note', 'topic'], bad);
    if (x.topic !== undefined) pattern(x.topic, [...q, 'topic'], bad, own);
    if (!str(x.clause) || !ID.test(x.clause)) bad([...q, 'clause'], "'clause' must be a clause id");
    if (!str(x.article) && typeof x.article !== 'number') bad([...q, 'article'], "'article' must name the article, such as '30.3'");
    oneOf(x.strength, STRENGTH, [...q, 'strength'], bad, true);
    oneOf(x.to, TO, [...q, 'to'], bad, false);
    oneOf(x.grants, GRANTS, [...q, 'grants'], bad, false);
  });
}

/** The placeholder for a standard's own family in its patterns ("@family" near "@disapplies"). */
export const FAMILY = '@family';

const PATTERN_KEYS = ['all', 'any', 'none', 'near', 'within', 'ordered', 'label', 'next'];

export function pattern(v: unknown, p: Path, bad: (p: Path, m: string) => void, lists: Set<string>): void {
  if (typeof v === 'string') return term(v, p, bad, lists);
  if (!isObj(v)) return bad(p, 'a pattern is a term (string) or a mapping with all / any / none / near');
  keys(v, p, PATTERN_KEYS, bad);
  if (v.all === undefined && v.any === undefined && v.none === undefined && v.near === undefined)
    bad(p, 'a pattern mapping needs all, any, none or near');
  for (const k of ['all', 'any', 'none']) {
    const list = v[k];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) bad([...p, k], `'${k}' must be a non-empty list of patterns`);
    else list.forEach((x, i) => pattern(x, [...p, k, i], bad, lists));
  }
  if (v.near !== undefined) {
    if (!Array.isArray(v.near) || v.near.length !== 2) bad([...p, 'near'], "'near' takes exactly two patterns");
    else v.near.forEach((x, i) => pattern(x, [...p, 'near', i], bad, lists));
    if (typeof v.within !== 'number' || v.within < 0 || v.within > 200) bad([...p, 'within'], "'near' needs 'within: N' words (0-200)");
  } else if (v.within !== undefined || v.ordered !== undefined) bad(p, "'within' and 'ordered' go with 'near'");
  if (v.label !== undefined && !str(v.label)) bad([...p, 'label'], "'label' must be a string");
  if (v.next !== undefined && typeof v.next !== 'boolean') bad([...p, 'next'], "'next' must be true or false");
}

function term(v: unknown, p: Path, bad: (p: Path, m: string) => void, lists: Set<string> | null): void {
  if (!str(v)) return bad(p, 'a term must be a non-empty string');
  try {
    const t = parseTerm(v);
    if (lists && t.kind === 'phrase')
      for (const piece of t.pieces)
        // Another pack's list (@vocab.noDuty) is checked once all packs are read (load.ts).
        if (piece.kind === 'list' && !piece.pack && !lists.has(piece.name)) bad(p, `@${piece.name} is not a vocabulary list of this pack`);
  } catch (e) {
    bad(p, (e as Error).message);
  }
}

function keys(o: Record<string, unknown>, p: Path, allowed: string[], bad: (p: Path, m: string) => void): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) bad([...p, k], `unknown key '${k}' (allowed: ${allowed.join(', ')})`);
}

function oneOf(v: unknown, allowed: string[], p: Path, bad: (p: Path, m: string) => void, required: boolean): void {
  if (v === undefined) { if (required) bad(p.slice(0, -1), `a rule needs '${String(p[p.length - 1])}' (${allowed.join(', ')})`); return; }
  if (!allowed.includes(v as string)) bad(p, `'${String(v)}' is not one of ${allowed.join(', ')}`);
}

const str = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

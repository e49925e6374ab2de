// Matching compiled rules against one document. Pure: a Document and a RuleSet in, findings out.
import type { Document } from '../document/types.js';
import { plainLanguage } from '../document/language.js';
import type { CompiledRule, CPattern, RuleSet } from './compile.js';
import { DocIndex, QUESTION, type Unit } from './doc-index.js';
import { isRow, opensUnchecked } from './switches.js';
import { articleLineTitle } from '../document/sections.js';
import { stem as stemWord, type StemLanguage } from './stem.js';
import { parseTerm, type Piece, type Term } from './terms.js';
import { firstAtLeast, tokenize } from './tokens.js';
import { findDefinitions, firstSentenceEnd, type Definition } from './definitions.js';
import { findParties, type Parties } from './parties.js';
import { findAskedParts } from './asked.js';
import { escapeRe, inRegion, type Region } from './regions.js';
import { GRID_RULE_LINE } from '../document/tables.js';

/** A matched stretch of tokens [t0, t1). */
export interface Span {
  t0: number;
  t1: number;
}

export interface TraceEntry {
  label: string;
  /** 'matched': a positive labelled part held; 'vetoed': a none-part matched, so the unit was dropped; 'missing': a required part did not hold. */
  outcome: 'matched' | 'vetoed' | 'missing';
  /** The term that vetoed, or the part that was missing. */
  detail: string;
}

const MAX_DEPTH = 8;
const EMPTY: number[] = [];
/** Words at the start of a definition that must say what kind of thing it defines (see `definitions.head`). */
const DEFINITION_HEAD = 8;

/** Words at most in a definition that defines its term as nothing ("[Reserved].", "nihil", "niet van toepassing"). */
const NOTHING_WORDS = 6;
/** The widest `near` whose gap leaves out a parenthesis's words. */
const ASIDE_WINDOW = 20;

/** Whether a definition gives its term no content: a few words, one of the packs' `emptiedDefinition` ('"Change of
 * Control" means [Reserved].'), or of `emptiedLine` on a line "Term: value" that names no term in quotes. */
function definedAsNothing(ctx: MatchContext, def: Definition): boolean {
  const body = ctx.doc.text.slice(def.start, def.end);
  if (body.split(/\s+/).filter(Boolean).length > NOTHING_WORDS) return false;
  const u = ctx.index.unit(def.start, def.end);
  const words = def.termAt ? ctx.rules.layout.emptiedDefinition : ctx.rules.layout.emptiedLine;
  return words.some((t) => ctx.termHitsIn(t, '', u, 0).length > 0);
}

/** The token spans where a defined term is used, as written (its capitals mark the defined use); not the line that
 * defines it, which an order form's row may be ("Termination for convenience: Not applicable" switches a clause off). */
function uses(ctx: MatchContext, def: Definition): Span[] {
  const text = ctx.doc.text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(def.term)}(?![\\p{L}\\p{N}])`, 'gu');
  const own = text.lastIndexOf('\n', def.start) + 1;
  return [...text.matchAll(re)]
    .filter((m) => m.index! < own || m.index! >= def.end)
    .map((m) => ctx.index.unit(m.index!, m.index! + m[0].length))
    .filter((u) => u.t1 > u.t0)
    .map(({ t0, t1 }) => ({ t0, t1 }));
}

/** Everything known about one document while rules run over it. */
export class MatchContext {
  readonly index: DocIndex;
  readonly langs: StemLanguage[];
  readonly parties: Parties;
  // Caches by pack, then by term object: lookups on the hot path build no strings.
  private hits = new Map<string, Map<Term, Span[]>>();
  // A list's or a party's terms taken together: start token → end tokens, by the list's array and the pack it reads in.
  private alternativeStarts = new Map<Term[], Map<string, Map<number, number[]>>>();
  private lists = new Map<string, Term[]>();
  private roleTerms: Record<'customer' | 'supplier' | 'party', Term[]>;
  private addedToList = new Map<string, Term[]>();
  readonly definitions: Array<{ term: string; lists: string[] }> = [];
  /** The document's defined terms, each with the stretch that defines it. */
  readonly defined: Definition[];
  /** Where the terms the contract defines as nothing stand ('"Change of Control" means [Reserved].'): no list's words
   * inside them count. */
  private readonly emptied: Span[] = [];
  /** The questions of the document's Q&A (see asked.ts). */
  readonly asked: Region[];

  constructor(readonly doc: Document, readonly rules: RuleSet) {
    // The questions of a Q&A (a Nota van Inlichtingen) describe the draft: no answer is read with them.
    this.asked = findAskedParts(doc.text, rules.layout);
    this.index = new DocIndex(doc, rules.followUp, (at) => inRegion(this.asked, at));
    this.langs = doc.language === 'nl' ? ['nl'] : doc.language === 'en' ? ['en'] : ['en', 'nl'];
    this.parties = findParties(doc.text, this, rules.roles, (n) => safeTerm(n));
    const named = (names: string[]) => names.flatMap((n) => safeTerm(n));
    // "mag de Hogeschool", "is het Archief gerechtigd", "the Customer may": a party name may carry its article.
    const withArticle = (terms: Term[]) => [...terms, ...terms.flatMap((t) => (t.kind === 'phrase' ? ARTICLES.flatMap((a) => safeTerm(`${a} ${t.source}`, false)) : []))];
    // Members named together ('namens de gemeenten … (de "Deelnemers")') act one at a time: "is de betrokken Deelnemer
    // gerechtigd".
    const singular = (names: string[]) => names.flatMap((n) => (/^\p{Lu}\p{Ll}{3,}[^s\s]s$/u.test(n) ? [n, n.slice(0, -1)] : [n]));
    this.roleTerms = {
      customer: withArticle([...rules.roles.customer, ...named(singular(this.parties.customer))]),
      supplier: withArticle([...rules.roles.supplier, ...named(this.parties.supplier)]),
      party: withArticle([...rules.roles.customer, ...rules.roles.supplier, ...rules.roles.party, ...named(this.parties.all)]),
    };
    // A contract's own defined terms join the lists their definitions fit ("Change of Control" means a merger …).
    // Each join's member and head terms, gathered once for all the definitions.
    const joins = [...rules.definitionLists].flatMap(([pack, js]) =>
      js.map(({ target, sources, head, kind, unless }) => ({
        pack,
        name: target,
        head,
        kinds: rules.lists.get(pack)?.get(kind ?? '') ?? [],
        members: sources.flatMap((src) => rules.lists.get(pack)?.get(src) ?? []),
        heads: rules.lists.get(pack)?.get(head ?? '') ?? [],
        nots: (unless ?? []).flatMap((src) => rules.lists.get(pack)?.get(src) ?? []),
      })),
    );
    this.defined = findDefinitions(doc.text);
    for (const def of this.defined) {
      const lists: string[] = [];
      const u = this.index.unit(def.start, def.end);
      // A term named after its description says its kind in its own words ('a third party appointed by the Authority
      // (the "Step-in Party")'), not in the description's first words ('This Third-Party Logistics Services Agreement
      // (the "Agreement")').
      const opening = def.named ? this.index.unit(def.named.start, def.named.end) : { t0: u.t0, t1: Math.min(u.t1, u.t0 + DEFINITION_HEAD) };
      // … or the term's own words before its definition: '"Supplier Termination Event" means (a) a material Default …;
      // (c) a Change of Control …' is an event by its name.
      const own = def.termAt ? this.index.unit(def.termAt.start, def.termAt.end) : undefined;
      const first = this.index.unit(def.start, firstSentenceEnd(doc.text, def.start, def.end));
      for (const { pack, name, head, kinds, members, heads, nots } of joins) {
        if (
          head &&
          !heads.some((t) => this.termHitsIn(t, pack, opening, 0).length > 0 || (own !== undefined && this.termHitsIn(t, pack, own, 0).length > 0)) &&
          !kinds.some((t) => this.termHitsIn(t, pack, first, 0).length > 0)
        )
          continue;
        if (nots.some((t) => this.termHitsIn(t, pack, first, 0).length > 0)) continue;
        if (members.some((t) => this.termHitsIn(t, pack, u, 0).length > 0)) {
          const key = `${pack}\u0000${name}`;
          const t = safeTerm(def.term);
          if (t.length && !lists.includes(name)) {
            this.addedToList.set(key, [...(this.addedToList.get(key) ?? []), ...t]);
            lists.push(name);
          }
        }
      }
      if (lists.length) this.definitions.push({ term: def.term, lists });
    }
    for (const def of this.defined) if (definedAsNothing(this, def)) this.emptied.push(...uses(this, def));
    if (this.addedToList.size || this.emptied.length) {
      this.hits.clear();
      this.alternativeStarts.clear();
      this.lists.clear();
    }
  }

  list(pack: string, name: string): Term[] {
    const key = `${pack}\u0000${name}`;
    let l = this.lists.get(key);
    if (!l) {
      l = [...(this.rules.lists.get(pack)?.get(name) ?? []), ...(this.addedToList.get(key) ?? [])];
      this.lists.set(key, l);
    }
    return l;
  }

  role(role: 'customer' | 'supplier' | 'party'): Term[] {
    return this.roleTerms[role];
  }

  /** All hits of a term in the document, sorted by start token. */
  termHits(term: Term, pack: string, depth = 0): Span[] {
    let byTerm = this.hits.get(pack);
    if (!byTerm) this.hits.set(pack, (byTerm = new Map()));
    let h = byTerm.get(term);
    if (h) return h;
    h = depth > MAX_DEPTH ? [] : term.kind === 'regex' ? this.regexHits(term.re, term.atSentenceStart) : this.phraseHits(term.pieces, pack, depth);
    if (this.emptied.length) h = h.filter((s) => !this.emptied.some((e) => e.t0 <= s.t0 && s.t1 <= e.t1));
    byTerm.set(term, h);
    return h;
  }

  termHitsIn(term: Term, pack: string, u: { t0: number; t1: number; lead?: { t0: number; t1: number } }, depth: number): Span[] {
    const all = this.termHits(term, pack, depth);
    const out: Span[] = [];
    if (u.lead) {
      // The lead-in is read as if it stood right before the item: its hits are moved up to touch it.
      const shift = leadShift(u);
      for (let i = lowerBound(all, u.lead.t0); i < all.length && all[i]!.t0 < u.lead.t1; i++)
        if (all[i]!.t1 <= u.lead.t1) out.push({ t0: all[i]!.t0 + shift, t1: all[i]!.t1 + shift });
    }
    for (let i = lowerBound(all, u.t0); i < all.length && all[i]!.t0 < u.t1; i++) if (all[i]!.t1 <= u.t1) out.push(all[i]!);
    return out;
  }

  private regexHits(re: RegExp, atSentenceStart: boolean): Span[] {
    const out: Span[] = [];
    const text = this.doc.text;
    const toks = this.index.tokens;
    const push = (start: number, end: number): void => {
      const t0 = this.index.unit(start, start).t0;
      let t1 = this.index.unit(end, end).t0;
      if (t1 <= t0) t1 = Math.min(t0 + 1, toks.length);
      if (t0 < toks.length) out.push({ t0, t1 });
    };
    // A rule's '^' means where a sentence starts: the regex is run over each sentence on its own, and its first
    // match there is the hit (run over the file, '^' would only ever match the file's first character).
    if (atSentenceStart) {
      for (const s of this.index.sentences) {
        re.lastIndex = 0;
        const m = re.exec(text.slice(s.start, s.end));
        if (m && m[0].length) push(s.start + m.index, s.start + m.index + m[0].length);
      }
      return out;
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      push(m.index, m.index + m[0].length);
    }
    return out;
  }

  private alternatives(p: Piece, pack: string): Term[] {
    if (p.kind === 'list') return this.list(p.pack ?? pack, p.name);
    if (p.kind === 'party') return this.role(p.role);
    return [];
  }

  /**
   * The pack whose lists a list's own terms name: another pack's list (@vocab.noDuty) reads in that pack. A party's
   * names hold no lists, so their hits are shared by every pack (the '' key) and searched once per document.
   */
  private packOf(p: Piece, pack: string): string {
    if (p.kind === 'party') return '';
    return p.kind === 'list' && p.pack ? p.pack : pack;
  }

  private candidates(p: Piece, pack: string, depth: number): number[] {
    const ix = this.index;
    switch (p.kind) {
      case 'word': return [...ix.positions(p.text)];
      case 'prefix': return ix.prefixed(p.text);
      case 'suffix': return ix.suffixed(p.text);
      case 'stem': {
        if (this.langs.length === 1) return [...ix.stemmed(p.text, this.langs[0]!)];
        return [...new Set(this.langs.flatMap((l) => ix.stemmed(p.text, l)))].sort((a, b) => a - b);
      }
      default:
        return [...this.startsOfAny(p, pack, depth).keys()].sort((a, b) => a - b);
    }
  }

  private phraseHits(pieces: Piece[], pack: string, depth: number): Span[] {
    const out: Span[] = [];
    for (const t of this.candidates(pieces[0]!, pack, depth))
      for (const end of new Set(this.ends(pieces, 0, t, pack, depth, this.index.sentenceOf[t]!))) out.push({ t0: t, t1: end });
    return out.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  }

  /** End tokens of the ways pieces[pi..] match starting at token t (gaps stay inside one sentence). */
  private ends(pieces: Piece[], pi: number, t: number, pack: string, depth: number, sentence: number): number[] {
    if (pi === pieces.length) return [t];
    const toks = this.index.tokens;
    const p = pieces[pi]!;
    if (p.kind === 'gap') {
      const out: number[] = [];
      for (let k = p.min; k <= p.max; k++) {
        const at = t + k;
        if (at >= toks.length || (k > 0 && this.index.sentenceOf[at - 1] !== sentence)) break;
        out.push(...this.ends(pieces, pi + 1, at, pack, depth, sentence));
      }
      return out;
    }
    if (t >= toks.length) return [];
    const norm = toks[t]!.norm;
    if (p.kind === 'word') return norm === p.text ? this.ends(pieces, pi + 1, t + 1, pack, depth, sentence) : [];
    if (p.kind === 'prefix') return norm.startsWith(p.text) ? this.ends(pieces, pi + 1, t + 1, pack, depth, sentence) : [];
    if (p.kind === 'suffix') return norm.endsWith(p.text) ? this.ends(pieces, pi + 1, t + 1, pack, depth, sentence) : [];
    if (p.kind === 'stem') {
      const ok = this.langs.some((l) => this.index.stemOf(t, l) === stemWord(p.text, l));
      return ok ? this.ends(pieces, pi + 1, t + 1, pack, depth, sentence) : [];
    }
    if (depth > MAX_DEPTH) return [];
    const out: number[] = [];
    for (const e of this.startsOfAny(p, pack, depth).get(t) ?? EMPTY) out.push(...this.ends(pieces, pi + 1, e, pack, depth, sentence));
    return out;
  }

  /**
   * Where any of a list's or a party's terms starts, and the ends of its hits there: gathered once per list rather than
   * looked up term by term at every token a phrase tries (a list may hold hundreds of terms).
   */
  private startsOfAny(p: Piece, pack: string, depth: number): Map<number, number[]> {
    const alts = this.alternatives(p, pack);
    const inPack = this.packOf(p, pack);
    let byPack = this.alternativeStarts.get(alts);
    if (!byPack) this.alternativeStarts.set(alts, (byPack = new Map()));
    let m = byPack.get(inPack);
    if (!m) {
      const sets = new Map<number, Set<number>>();
      for (const alt of alts)
        for (const s of this.termHits(alt, inPack, depth + 1)) {
          const e = sets.get(s.t0);
          if (e) e.add(s.t1);
          else sets.set(s.t0, new Set([s.t1]));
        }
      m = new Map([...sets].map(([t0, ends]) => [t0, [...ends]]));
      byPack.set(inPack, m);
    }
    return m;
  }
}

const ARTICLES = ['de', 'het', 'the'];

function safeTerm(name: string, dropArticle = true): Term[] {
  // "de Veiligheidsregio", "the Purchaser": the article is not part of the name.
  const words = tokenize(name).map((t) => t.norm);
  if (dropArticle && words.length > 1 && [...ARTICLES, 'een', 'a'].includes(words[0]!)) words.shift();
  if (!words.length || words.length > 8) return [];
  try {
    return [parseTerm(words.join(' '))];
  } catch {
    return [];
  }
}

const lowerBound = (spans: readonly Span[], t0: number): number => firstAtLeast(spans, t0, (s) => s.t0);

/** Evaluate a pattern on a unit: the spans that made it hold, or null. A `none` part holds with no spans. */
export function evaluate(ctx: MatchContext, node: CPattern, pack: string, u: Unit, trace?: TraceEntry[]): Span[] | null {
  switch (node.kind) {
    case 'term': {
      const h = ctx.termHitsIn(node.term, pack, u, 0);
      return h.length ? h : null;
    }
    case 'all': {
      const out: Span[] = [];
      // In an article, an exception speaks for the sentence it is in: "17.3 A change of control has no consequence
      // for the prices" does not veto "17.4 The Customer may terminate on a change of control". So the exceptions
      // of an article-wide pattern are judged, after its positive parts, in the sentences those parts matched in (each
      // with the list it introduces or belongs to).
      const local: CPattern[] = 'section' in u ? node.items.filter((item) => item.kind === 'none') : [];
      for (const item of node.items) {
        if (local.includes(item)) continue;
        const r = evaluate(ctx, item, pack, u, trace);
        if (!r) {
          if (trace && item.kind !== 'none') trace.push({ label: labelOf(item) ?? node.label ?? 'required part', outcome: 'missing', detail: describe(item) });
          return null;
        }
        out.push(...r);
      }
      if (local.length) {
        // (Two parts may open at the same token, one longer: both are kept.)
        const seen = new Set<string>();
        const parts: Unit[] = [];
        for (const s of out)
          for (const si of [ctx.index.sentenceOf[s.t0]!, ctx.index.sentenceOf[s.t1 - 1]!]) {
            const part = si >= 0 ? ctx.index.withList(si) : undefined;
            if (part && !seen.has(`${part.t0}:${part.t1}`)) seen.add(`${part.t0}:${part.t1}`), parts.push(part);
          }
        // A sentence that states the right on its own is where a denial of it would stand; else the closest two that
        // state it together ("… notify after a Change of Control." + "The Customer may, after such notification,
        // terminate"). The other sentences the parts were found in ("17.4 a change of control of the Customer gives
        // the Vendor no right") count only when no such sentences exist.
        const positive = node.items.filter((item) => !local.includes(item));
        const holds = (u: Unit) => positive.every((item) => evaluate(ctx, item, pack, u) !== null);
        parts.sort((a, b) => a.t0 - b.t0);
        let judged = parts.filter(holds);
        // Two sentences of the same numbered clause go together before two of neighbouring clauses.
        const clauseOf = (u: Unit) => ctx.doc.sentences[ctx.index.sentenceOf[u.t0]!]?.section ?? -1;
        for (let d = 1; !judged.length && d < parts.length; d++) {
          const pairs: Array<[Unit, Unit]> = [];
          for (let i = 0; i + d < parts.length; i++) {
            const a = parts[i]!;
            const b = parts[i + d]!;
            if (holds({ t0: a.t0, t1: b.t1, start: a.start, end: b.end })) pairs.push([a, b]);
          }
          const same = pairs.filter(([a, b]) => clauseOf(a) === clauseOf(b));
          // Each of the two, and the two read as one: "9. Wat als je bedrijf wordt verkocht?" … "9.1 … en we kunnen de
          // opdracht daarom ook niet beëindigen" denies the ground the heading names.
          // The two as one text too: "5.2 Een overdracht van aandelen … geldt niet als overdracht … Zij … geeft de Gemeente
          // geen recht de overeenkomst te beëindigen" denies, across the two, the ground they state together.
          judged = (same.length ? same : pairs).flatMap(([a, b]) => [a, b, { ...b, lead: { t0: a.t0, t1: a.t1 } }, { t0: a.t0, t1: b.t1, start: a.start, end: b.end }]);
        }
        if (!judged.length) judged = parts;
        for (const item of local) for (const part of judged) if (!evaluate(ctx, item, pack, part, trace)) return null;
      }
      if (trace && node.label) trace.push({ label: node.label, outcome: 'matched', detail: describe(node) });
      return out;
    }
    case 'any': {
      const out: Span[] = [];
      for (const item of node.items) {
        const r = evaluate(ctx, item, pack, u, trace);
        if (r) out.push(...r);
      }
      if (trace && node.label) trace.push({ label: node.label, outcome: out.length ? 'matched' : 'missing', detail: describe(node) });
      return out.length ? out : null;
    }
    case 'none': {
      for (const item of node.items) {
        const r = evaluate(ctx, item, pack, u);
        if (r) {
          if (trace) trace.push({ label: labelOf(item) ?? node.label ?? 'exception', outcome: 'vetoed', detail: quoteSpans(ctx, r, u) || describe(item) });
          return null;
        }
      }
      return [];
    }
    case 'near': {
      const a = evaluate(ctx, node.a, pack, u);
      const b = a && evaluate(ctx, node.b, pack, u);
      if (!a || !b) return null;
      const out: Span[] = [];
      for (const x of a)
        for (const y of b) {
          // Words strictly between the two; overlapping spans are 0 apart. A tight window (a verb and its object)
          // does not count the words of a parenthesis between; a wide one already spans a clause and its asides.
          const from = node.ordered ? x.t1 : Math.min(x.t1, y.t1);
          const to = node.ordered ? y.t0 : Math.max(x.t0, y.t0);
          const gap = to - from - (node.within <= ASIDE_WINDOW ? ctx.index.asideWords(from, to) : 0);
          if ((!node.ordered || y.t0 >= x.t0) && gap <= node.within) out.push(x, y);
        }
      if (trace && node.label) trace.push({ label: node.label, outcome: out.length ? 'matched' : 'missing', detail: describe(node) });
      return out.length ? out : null;
    }
  }
}

function labelOf(n: CPattern): string | undefined {
  return n.kind === 'term' ? undefined : n.label;
}

export function describe(n: CPattern): string {
  switch (n.kind) {
    case 'term': return JSON.stringify(n.term.source);
    case 'near': return `${describe(n.a)} within ${n.within} words of ${describe(n.b)}`;
    default: {
      const inner = n.items.slice(0, 4).map(describe).join(', ') + (n.items.length > 4 ? ', …' : '');
      return `${n.kind}(${inner})`;
    }
  }
}

/** How far a lead-in's hits are moved up to touch the item they are read with. */
function leadShift(u: { t0: number; lead?: { t1: number } }): number {
  return u.lead ? u.t0 - u.lead.t1 : 0;
}

/** The words each span matched, quoted where they stand (explain shows why a rule fired). */
export function quoteHits(ctx: MatchContext, spans: Span[], u: Unit, most = 8): string[] {
  // In text order, each stretch once, and none that lies inside another ("terminate" inside "may terminate").
  const at = spans.map((s) => whereItStands(s, u));
  const kept = at.filter((a, i) => !at.some((b, j) => j !== i && b.t0 <= a.t0 && a.t1 <= b.t1 && (b.t1 - b.t0 > a.t1 - a.t0 || j < i)));
  return kept.sort((a, b) => a.t0 - b.t0).slice(0, most).map((s) => quoteSpan(ctx, s));
}

/** A hit in the lead-in was moved up to touch the item (termHitsIn): where it stands in the text. */
function whereItStands(s: Span, u?: Unit): Span {
  if (!u?.lead || s.t0 >= u.t0) return s;
  const shift = leadShift(u);
  return { t0: s.t0 - shift, t1: s.t1 - shift };
}

function quoteSpans(ctx: MatchContext, spans: Span[], u?: Unit): string {
  return spans[0] ? quoteSpan(ctx, whereItStands(spans[0], u)) : '';
}

function quoteSpan(ctx: MatchContext, s: Span): string {
  const t = ctx.index.tokens;
  return JSON.stringify(ctx.doc.text.slice(t[s.t0]!.start, t[Math.max(s.t0, s.t1 - 1)]!.end));
}

/** Terms that can make a pattern hold (those outside `none`): where candidate units are found. */
export function positiveTerms(n: CPattern): Term[] {
  switch (n.kind) {
    case 'term': return [n.term];
    case 'none': return [];
    case 'near': return [...positiveTerms(n.a), ...positiveTerms(n.b)];
    default: return n.items.flatMap(positiveTerms);
  }
}

/** Sentences (indices, ascending) holding a term that can make the pattern hold. */
export function sentencesWith(ctx: MatchContext, pattern: CPattern, pack: string): number[] {
  const set = new Set<number>();
  for (const term of positiveTerms(pattern)) for (const h of ctx.termHits(term, pack)) set.add(ctx.index.sentenceOf[h.t0]!);
  return [...set].filter((i) => i >= 0).sort((a, b) => a - b);
}

/** Units (sentence or headed-section indices) worth evaluating for a rule. */
export function candidateUnits(ctx: MatchContext, rule: CompiledRule): number[] {
  const of = rule.scope === 'section' ? ctx.index.sectionOf : ctx.index.sentenceOf;
  const set = new Set<number>();
  for (const term of positiveTerms(rule.pattern))
    for (const s of ctx.termHits(term, rule.pack)) {
      const u = of[s.t0];
      if (u !== undefined && u >= 0) set.add(u);
    }
  // An answer whose question holds a hit ("Komt de nieuwe eigenaar van buiten de EU? … Dan mogen wij het contract
  // stoppen."): the question states nothing on its own, the answer says it of the question.
  if (rule.scope === 'sentence')
    for (const { answer, question } of ctx.index.answers) for (let k = question; k < answer; k++) if (set.has(k)) { set.add(answer); break; }
  if (rule.scope === 'item') {
    // Items whose lead-in holds a hit are candidates too.
    const { leadOf, leads, sentenceOf } = ctx.index;
    const hot = new Set<number>();
    leads.forEach((l, k) => { if (set.has(sentenceOf[l.t0]!)) hot.add(k); });
    for (let i = 0; i < leadOf.length; i++) if (leadOf[i]! >= 0 && hot.has(leadOf[i]!)) set.add(i);
  }
  const sorted = [...set].sort((a, b) => a - b);
  // Item and part scopes: every unit of those sentences (the sentence, then the items of a list inside it).
  if (rule.scope !== 'item' && rule.scope !== 'part') return sorted;
  return sorted.flatMap((si) => {
    const [from, to] = ctx.index.unitsOf[si]!;
    return Array.from({ length: to - from }, (_, k) => from + k);
  });
}


export function unitOf(ctx: MatchContext, rule: CompiledRule, i: number): Unit {
  if (rule.scope === 'section') return ctx.index.sections[i]!;
  if (rule.scope === 'item' || rule.scope === 'part') return ctx.index.listUnit(i, rule.scope);
  return (rule.fact ? ctx.index.unjoined : ctx.index.sentences)[i]!;
}

/** The units a rule reads in a document, in order: the scan and the rule examples read the same ones. */
export function ruleUnits(ctx: MatchContext, rule: CompiledRule): Unit[] {
  const out: Unit[] = [];
  for (const i of candidateUnits(ctx, rule)) {
    const u = unitOf(ctx, rule, i);
    if (rule.scope === 'section' || (rule.fact && statesFact(ctx.doc.text.slice(u.start, u.end))) || !statesNothing(ctx, u)) out.push(u);
  }
  return out;
}

/** The text without the grid table's rule lines above its row ("+-----+-----+"). */
const belowRules = (text: string): string => {
  let at = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && GRID_RULE_LINE.test(text.slice(at, nl)); nl = text.indexOf('\n', at)) at = nl + 1;
  return text.slice(at);
};

/** A short row of an order form ("Rechtskeuze: Nederlands recht"), or a short sentence that ends in a verb, not in a
 * title's capitalised word ("20.1 Dutch law applies."): either states a fact, though it reads like a title. */
const statesFact = (text: string): boolean => isRow(belowRules(text)) || /\s\p{Ll}+\.\s*$/u.test(text) && /\s\p{L}+\s+\p{L}+\s+\p{Ll}+\.\s*$/u.test(text);

/** A question or request reported, not agreed ("Leverancier vroeg of …", "Leverancier wenst dat …": `askedWhether`). */
export const reportsAsked = (ctx: MatchContext, u: Unit): boolean => ctx.rules.layout.askedWhether.some((t) => ctx.termHitsIn(t, '', u, 0).length > 0);

/** A glossary entry: a word or three, a dash, then an article opening its explanation ("Escrow agent — an independent
 * company that keeps …", "Depothouder – een bedrijf dat …"). */
const GLOSSARY_ENTRY = /^[ \t]*\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,2}[ \t]+[—–][ \t]+(?:een|a|an|the|de|het)\b/u;

/** Words at most in a title ("BIJLAGE 3 — EXITPLAN", "Exit Management"). */
const TITLE_WORDS = 4;

/**
 * A title or a question names a subject and states nothing: a few words that do not end like a sentence or a list item, or an item
 * of a list that a word or two introduce ("Bijlagen:"). "Bijlage 6 Exitplan" may head an exit plan that says "Niet van
 * toepassing".
 */
function statesNothing(ctx: MatchContext, u: Unit): boolean {
  // Only the last characters tell how a unit ends (a unit may be a long article).
  const tail = ctx.doc.text.slice(Math.max(u.start, u.end - 8), u.end);
  // A question ("Verlangt de provincie een escrowregeling?" in a Nota van Inlichtingen) grants nothing either.
  if (QUESTION.test(tail)) return true;
  // … nor one reported ("Leverancier vroeg of RDN de overeenkomst kan beëindigen als …", "A tenderer asked whether …").
  if (reportsAsked(ctx, u)) return true;
  // Nor an option left unticked in a form ("☐ Source code escrow (Annex E)"), nor a glossary entry that explains a word
  // ("Depothouder — een onafhankelijk bedrijf dat een kopie van broncode bewaart.").
  const opening = ctx.doc.text.slice(u.start, Math.min(u.end, u.start + 80));
  if (opensUnchecked(ctx.doc.text, u.start, u.end) || GLOSSARY_ENTRY.test(opening)) return true;
  // "Artikel 5 - Broncode en depot." and "5. Source Code Escrow." are titles however they end: the article's number,
  // then a few words.
  if (u.t1 - u.t0 <= TITLE_WORDS + 4) {
    const title = articleLineTitle(ctx.doc.text.slice(u.start, u.end).trim());
    if (title !== undefined && title.replace(/[.]$/, '').split(/\s+/).filter(Boolean).length <= TITLE_WORDS) return true;
  }
  if (u.t1 - u.t0 > TITLE_WORDS) return false;
  // An item of a list of titles ("Bijlagen: … 3. Exitplan") is a title too.
  if (u.lead) return u.lead.t1 - u.lead.t0 <= 2;
  return !/[.;:!?)"”]\s*$/.test(tail);
}

/** Whether a rule holds on a unit: its pattern, and no denial of it in a follow-up sentence. The scan and the rule
 * examples both ask this. */
export function ruleHolds(ctx: MatchContext, rule: CompiledRule, u: Unit, trace?: TraceEntry[]): Span[] | null {
  const spans = evaluate(ctx, rule.pattern, rule.pack, u, trace);
  return spans && !rule.fact && rule.scope !== 'section' && deniedAfter(ctx, rule, u, trace) ? null : spans;
}

/**
 * A denial in the sentence right after, where that sentence opens by pointing back at this one ("Wij hebben een
 * escrowregeling getroffen. Deze regeling maakt geen deel uit van de overeenkomst."), or names what this one spoke of
 * ("Supplier maintains a source code escrow arrangement. Customers may join that arrangement only by purchasing the
 * Escrow Add-On; … Customer has no rights in respect of any deposit."): the rule's exceptions marked `next` are read
 * there, with this unit as its lead-in, as if both were one sentence.
 */
function deniedAfter(ctx: MatchContext, rule: CompiledRule, u: Unit, trace?: TraceEntry[]): boolean {
  const exceptions = rule.nextExceptions;
  if (!exceptions.length) return false;
  const next = ctx.index.sentenceOf[u.t1 - 1]! + 1;
  if (!ctx.index.joined[next] && !ctx.index.namesBack(next)) return false;
  const inner: TraceEntry[] | undefined = trace ? [] : undefined;
  // The follow-up with this unit as its lead-in: u may be an item of a list, not the whole sentence before.
  const s = ctx.doc.sentences[next]!;
  const read = { ...ctx.index.unit(s.start, s.end), lead: { t0: u.t0, t1: u.t1 } };
  const denied = exceptions.some((p) => evaluate(ctx, { kind: 'none', items: [p] }, rule.pack, read, inner) === null);
  if (trace && inner) trace.push(...inner.map((e) => ({ ...e, label: `${e.label} (in the next sentence)` })));
  return denied;
}

export function ruleApplies(rule: CompiledRule, doc: Document): boolean {
  return doc.language === 'mixed' || rule.languages.includes(doc.language);
}

/** A rule of the other language still reads a sentence plainly in its own: a Dutch memo that quotes the English vendor
 * terms which govern ("Sectie 11.7 (Governing Law): "This Agreement shall be governed by the laws of …""). */
export function ruleReads(rule: CompiledRule, doc: Document, u: Unit): boolean {
  // (Every rule of the other language asks of the same units: each is judged once.)
  let seen = unitLanguages.get(doc);
  if (!seen) unitLanguages.set(doc, (seen = new Map()));
  const key = `${u.start}:${u.end}`;
  let language = seen.get(key);
  if (!seen.has(key)) seen.set(key, (language = plainLanguage(doc.text.slice(u.start, u.end))));
  return language !== undefined && rule.languages.includes(language);
}
const unitLanguages = new WeakMap<Document, Map<string, 'nl' | 'en' | undefined>>();

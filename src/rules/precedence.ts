// An order of precedence between the documents of one file: "Bij strijdigheid tussen deze offerte en de
// Leveringsvoorwaarden prevaleren de Leveringsvoorwaarden", "the following order of precedence applies: (1) this Order
// Form; (2) the DPA; (3) the MSA", "dit document gaat voor Bijlage 2, Bijlage 2 gaat voor ARBIT-2022". Where a document
// that ranks higher says a protection does not hold, what a lower one grants of it gives way (analyse.ts).
// The documents are the file's parts (documents.ts) and the standard terms it declares; a sentence names them by a
// title's words ("de Leveringsvoorwaarden", "the Supplier Terms"), an annex's number ("Bijlage 2", "Schedules 1 to 4"),
// an abbreviation of a title ("the DPA" for "DATA PROCESSING AGREEMENT"), "this …" for its own document, or a standard's
// name. The packs name the words (`precedenceMark`, `precedenceWins`, `precedenceYields`, `precedenceBetween`, `listedPrevails`,
// `subjectLimit`, `allOthers`, `mainDocument`, `joinWord`, `titleNoise`, `mentionBreak`, `selfWord`).
import type { MatchContext } from './match.js';
import { evaluate } from './match.js';
import type { CompiledStandard } from './compile.js';
import { ANNEX_WORD, LIST_POINT, labels, termHits, type Region } from './regions.js';
import { partAt, wordsOf, type FilePart } from './documents.js';

/** A document an order ranks: a part of the file (its index) or a standard the file declares (its id). */
export type Ranked = number | string;

export interface Precedence {
  /** Whether document a ranks above document b, on every subject or, where `clause` is given, on the subject of that
   * clause ("the Vendor Terms, as regards termination and the consequences of termination"). */
  beats(a: Ranked, b: Ranked, clause?: string): boolean;
}

interface Mention extends Region {
  docs: Ranked[];
}

const ANNEX_REF = new RegExp(String.raw`\b${ANNEX_WORD}(?:en|s|es)?\s+((?:[A-Z]{1,2}|\d{1,2}|[IVX]{1,5})\b(?:\s*(?:,|en|and|to|tot en met|t\/m|tot|through|-|–)\s*(?:[A-Z]{1,2}|\d{1,2}|[IVX]{1,5})\b)*)`, 'gi');
const ANNEX_PLURAL = new RegExp(String.raw`\b(?:bijlagen|annexes|schedules|appendices|exhibits|attachments)\b`, 'i');
/** Where a chunk of a sentence ends: punctuation (and the words of `mentionBreak`). */
const SPLIT = /[;:,()[\]>]/g;

/** Sentences back a sentence that ranks "the list above" looks for it. */
const LISTED_BACK = 8;
/** Sentences at most that a list of documents runs on over. */
const LIST_ITEMS = 12;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** The ids "1 to 4", "A, B and D", "I t/m III" name, lowercased. */
function annexIds(list: string): string[] {
  const ids = list.split(/\s*(?:,|\ben\b|\band\b)\s*/i).filter(Boolean);
  const out: string[] = [];
  for (const id of ids) {
    const range = /^(\w+)\s*(?:to|tot en met|t\/m|tot|through|-|–)\s*(\w+)$/i.exec(id.trim());
    if (!range) {
      if (!/^[a-z]+$/.test(id.trim())) out.push(id.trim().toLowerCase());
      continue;
    }
    const [a, b] = [range[1]!.toLowerCase(), range[2]!.toLowerCase()];
    if (/^\d+$/.test(a) && /^\d+$/.test(b)) for (let n = +a; n <= +b && n - +a < 20; n++) out.push(String(n));
    else if (ROMAN[a] && ROMAN[b]) for (const [k, n] of Object.entries(ROMAN)) if (n >= ROMAN[a]! && n <= ROMAN[b]!) out.push(k);
    else if (/^[a-z]$/.test(a) && /^[a-z]$/.test(b)) for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push(String.fromCharCode(c));
    else out.push(a, b);
  }
  return out;
}

/** How well a word of a sentence names a word of a title: the same word, a plural, or part of a compound. */
function likeness(w: string, t: string): number {
  if (w === t) return 1;
  if (w === `${t}s` || t === `${w}s` || w === `${t}en` || t === `${w}en`) return 0.9;
  const [short, long] = w.length < t.length ? [w, t] : [t, w];
  return short.length >= 5 && (long.endsWith(short) || long.startsWith(short)) ? 0.6 : 0;
}

/** Whether an abbreviation spells the initials of a run of a title's words ("dpa": "DATA PROCESSING AGREEMENT", "sow":
 * "STATEMENT OF WORK NO. 1"), small words in the run counted or not. */
function abbreviates(abbr: string, words: readonly string[], small: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    let all = '';
    let big = '';
    for (let j = i; j < words.length && all.length < abbr.length + 3; j++) {
      all += words[j]![0];
      if (!small.has(words[j]!) || words[j] === 'of') big += words[j]![0];
      if (all === abbr || big === abbr) return true;
    }
  }
  return false;
}

/** A sequence cut where `cut` holds between two neighbours. */
function splitAt<T>(xs: readonly T[], cut: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  xs.forEach((x, k) => (k && !cut(xs[k - 1]!, x) ? out[out.length - 1]!.push(x) : out.push([x])));
  return out;
}

/** What a stretch of text names of the file's documents: `own` is the part it stands in, `before` the documents named
 * earlier in the same sentence (for "alle andere documenten"). */
export type DocumentNamer = (r: Region, own: number, before?: readonly Ranked[]) => Ranked[];

/** A namer of the file's documents and the standard terms it declares (see the head of this file). */
export function documentNamer(ctx: MatchContext, parts: readonly FilePart[], standards: readonly CompiledStandard[]): DocumentNamer {
  const L = ctx.rules.layout;
  const { doc, index } = ctx;
  const titled = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.title);
  // A title word's weight: one over the number of titles it stands in.
  const df = new Map<string, number>();
  for (const { p } of titled) for (const w of new Set(p.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const annexParts = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.annex);
  const mainWords = new Set(labels(L.mainDocument).flatMap((l) => l.split(' ')));
  const noise = new Set(labels(L.titleNoise));
  const has = (terms: typeof L.precedenceMark, r: Region) => termHits(ctx, terms, r.start, r.end).length > 0;

  return (r, own, before = []) => {
    const text = doc.text.slice(r.start, r.end);
    // (An annex's letter is a capital: "Schedules to this Agreement" names none.)
    const annexes = [...text.matchAll(ANNEX_REF)].flatMap((m) => annexIds(m[1]!));
    if (annexes.length) return annexParts.filter(({ p }) => annexes.includes(p.annex!)).map(({ i }) => i);
    const earlier = new Set(before);
    if (has(L.allOthers, r)) {
      const others = ANNEX_PLURAL.test(text) || /\b(?:bijlage|annex|schedule|appendix|exhibit)\b/i.test(text) ? annexParts.map(({ i }) => i) : parts.map((_, i) => i);
      return [...others, ...standards.map((s) => s.spec.id)].filter((d) => !earlier.has(d));
    }
    if (ANNEX_PLURAL.test(text)) return annexParts.map(({ i }) => i);
    for (const std of standards) if (evaluate(ctx, std.names, std.pack, index.unit(r.start, r.end)) || (std.family && evaluate(ctx, std.family, std.pack, index.unit(r.start, r.end)))) return [std.spec.id];
    // (Not an item's number: "(1)", "ii".)
    const words = wordsOf(text).filter((w) => !noise.has(w) && /\p{L}{2}/u.test(w) && !/^[ivx]+$/.test(w));
    if (!words.length) return [];
    // "dit document", "this Order Form", "these Clauses": the document the sentence stands in.
    if (has(L.selfWord, r) && /^\s*\S+\s+\S/.test(text) && termHits(ctx, L.selfWord, r.start, r.end).some((h) => h.t0 <= index.unit(r.start, r.end).t0 + 1)) return [own];
    const scores = titled.map(({ p, i }) => {
      let score = 0;
      for (const w of words) {
        const abbreviation = /^[A-Z]{2,5}$/.test(text.match(new RegExp(`\\b${w}\\b`, 'i'))?.[0] ?? '') && abbreviates(w, p.words, noise);
        const best = Math.max(abbreviation ? 1.5 : 0, ...p.words.map((t) => likeness(w, t) / (df.get(t) ?? 1)));
        score += best;
      }
      return { i, score };
    });
    scores.sort((a, b) => b.score - a.score);
    const [top, next] = scores;
    if (top && top.score >= 0.8 && (!next || top.score > next.score)) return [top.i];
    // "de Overeenkomst", "the body of this Agreement", "het Hoofddocument": the file's first document.
    // (Only when it says no more: "the Escrow Agreement" is no main document.)
    if (words.every((w) => mainWords.has(w)) && !parts[0]!.annex) return [0];
    return [];
  };
}

/** The file's order of precedence, or null when no sentence ranks two of its documents. */
export function findPrecedence(ctx: MatchContext, parts: readonly FilePart[], standards: readonly CompiledStandard[]): Precedence | null {
  const L = ctx.rules.layout;
  if (parts.length < 2 && !standards.length) return null;
  if (!L.precedenceMark.length) return null;
  const { doc, index } = ctx;
  const has = (terms: typeof L.precedenceMark, r: Region) => termHits(ctx, terms, r.start, r.end).length > 0;
  const namer = documentNamer(ctx, parts, standards);
  const named = (r: Region, own: number, before: readonly Mention[]): Ranked[] => namer(r, own, before.flatMap((m) => m.docs));
  const pairs = new Map<Ranked, Set<Ranked>>();
  // What a list ranks on named subjects only, per clause those subjects name ("(b) the Kaimon Terms, as regards …
  // termination and the consequences of termination …; (c) the Government Addendum, as regards all other matters").
  const onSubject = new Map<string, Set<string>>();
  const subjectPair = (clause: string, a: Ranked, b: Ranked) => {
    if (a === b) return;
    if (!onSubject.has(clause)) onSubject.set(clause, new Set());
    onSubject.get(clause)!.add(`${a}>${b}`);
  };
  /** The clauses whose subject words (the packs' `subjects`) a stretch names. */
  const clausesIn = (start: number, end: number): Set<string> =>
    new Set(ctx.rules.subjects.filter((sj) => termHits(ctx, sj.words, start, end).length > 0).map((sj) => sj.clause));
  /** Each higher document above each lower one on those clauses. */
  const rankOn = (clauses: Set<string>, higher: readonly Ranked[], lower: readonly Ranked[]) => {
    for (const clause of clauses) for (const x of higher) for (const y of lower) subjectPair(clause, x, y);
  };
  // Whether any sentence ranks two documents.
  let ranked = false;
  const add = (a: Ranked, b: Ranked) => {
    if (a === b) return;
    if (!pairs.has(a)) pairs.set(a, new Set());
    pairs.get(a)!.add(b);
  };

  /** Where a subject that starts at `start` ends: at the end of its part (a semicolon, a full stop), or, where it opens
   * its sentence, at the first word that ranks after it. */
  const subjectEnd = (start: number, to: number): number => {
    const rest = doc.text.slice(start, to);
    const stop = /;|\.\s/.exec(rest);
    const end = start + (stop ? stop.index : rest.length);
    if (!opensSentence(start)) return end;
    const mark = termHits(ctx, L.precedenceMark, start, end).map((h) => index.tokens[h.t0]!.start).find((m) => m > start);
    return mark ?? end;
  };
  /** Whether only a paragraph's number stands between the sentence's start and `at`. */
  const opensSentence = (at: number): boolean => {
    const s = doc.sentences[index.sentenceAt(at)];
    return !!s && /^[\s\d.()]*$/.test(doc.text.slice(s.start, at));
  };
  /** The documents a stretch names, in order, as groups: "Bijlage 1 en Bijlage 2 gaan voor Bijlage 3" is two groups. */
  const groupsIn = (from: number, to: number, own: number): Mention[][] => {
    const mentions: Mention[] = [];
    const text = doc.text.slice(from, to);
    let at = 0;
    const cut = (end: number) => {
      const r = { start: from + at, end: from + end };
      at = end;
      if (r.end <= r.start) return;
      // A document ranked only on a subject ("the DPA, with respect to the processing of Customer Data") is no rank.
      const docs = named(r, own, mentions);
      if (!docs.length) return;
      const last = mentions[mentions.length - 1];
      // ("Terms of Service", cut at "of", is one mention.)
      if (last && last.docs.length === docs.length && last.docs.every((d, k) => d === docs[k]) && /^\s*(?:of|van)\s*$/i.test(doc.text.slice(last.end, r.start))) {
        last.end = r.end;
        return;
      }
      mentions.push({ ...r, docs });
    };
    // The words that rank ("the following order of precedence applies") cut too, and name no document.
    // (Of a word that ranks with a gap, "gaat {0,8} voor", only the first: the gap may name a document, "gaat deze
    // overeenkomst voor".)
    const span = (t0: number, t1: number) => ({ index: index.tokens[t0]!.start - from, length: index.tokens[t1 - 1]!.end - index.tokens[t0]!.start });
    const ranking = [
      ...termHits(ctx, L.precedenceMark, from, to).map((h) => span(h.t0, h.t0 + 1)),
      ...[L.precedenceList, L.listedPrevails].flatMap((terms) => termHits(ctx, terms, from, to).map((h) => span(h.t0, h.t1))),
      // What follows a subject's limit to the end of its part names the subject, not a document.
      // (A subject that opens the sentence ends where its words that rank begin: "Ten aanzien van de beëindiging gaan de
      // Algemene Voorwaarden voor boven de GIBIT".)
      ...termHits(ctx, L.subjectLimit, from, to).map((h) => {
        const start = index.tokens[h.t0]!.start;
        return { index: start - from, length: subjectEnd(start, to) - start };
      }),
    ];
    // (A word that links or ranks two documents cuts with the space before it: "deze offerte en de Leveringsvoorwaarden".)
    const breaks = termHits(ctx, L.mentionBreak, from, to).map((h) => {
      const at = index.tokens[h.t0]!.start;
      return { index: at - from - 1, length: index.tokens[h.t1 - 1]!.end - at + 1 };
    });
    const cuts = [...[...text.matchAll(SPLIT)].map((m) => ({ index: m.index!, length: m[0].length })), ...breaks, ...ranking].sort((a, b) => a.index - b.index);
    for (const c of cuts) {
      if (c.index < at) {
        at = Math.max(at, c.index + c.length);
        continue;
      }
      cut(c.index);
      at = c.index + c.length;
    }
    cut(text.length);
    // Mentions joined by "en", "and" or a comma alone stand together.
    const groups: Mention[][] = [];
    mentions.forEach((m, k) => {
      if (k && joinsOnly(doc.text.slice(mentions[k - 1]!.end, m.start))) groups[groups.length - 1]!.push(m);
      else groups.push([m]);
    });
    return groups;
  };
  const joins = new Set(labels(L.joinWord));
  /** Whether the text between two mentions only joins them ("en", "and", ",", "and all"). */
  const joinsOnly = (gap: string): boolean => !/[;:]/.test(gap) && wordsOf(gap).every((w) => joins.has(w));

  /** Where a list that opens in sentence `si` ends: its items may be sentences of their own. */
  const listEnd = (si: number): number => {
    let end = Math.max(doc.sentences[si]!.end, index.withList(si).end);
    for (let k = si + 1; k < doc.sentences.length && k - si <= LIST_ITEMS; k++) {
      const next = doc.sentences[k]!;
      if (next.start - end > 4 || !(LIST_POINT.test(doc.text.slice(next.start, next.end)) || /[;:,]\s*$/.test(doc.text.slice(doc.sentences[k - 1]!.start, end)))) break;
      end = next.end;
    }
    return end;
  };
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    if (!has(L.precedenceMark, s)) continue;
    const list = index.withList(si);
    // A list whose items are sentences of their own ("(1) deze overeenkomst;" "(2) de Verwerkersovereenkomst;" …).
    const end = has(L.precedenceList, { start: s.start, end: Math.max(s.end, list.end) }) ? listEnd(si) : Math.max(s.end, list.end);
    const own = partAt(parts, s.start);
    // What a document ranks on a subject only ("… voor zover het de verwerking van persoonsgegevens betreft") stays out.
    const limits = termHits(ctx, L.subjectLimit, s.start, end).map((h) => index.tokens[h.t0]!.start);
    const limitOf = (g: Mention[]) => limits.find((l) => l > g[0]!.start && !/;|\.\s/.test(doc.text.slice(g[g.length - 1]!.end, l)) && doc.text.slice(g[g.length - 1]!.end, l).length < 200);
    const all = groupsIn(s.start, end, own);
    let groups = all.filter((g) => limitOf(g) === undefined);
    // Two documents ranked, then the subject: "De Leveringsvoorwaarden Koppelwerk 2025 prevaleren boven de GIBIT ten aanzien
    // van exit, het exitplan en de overdracht … van gegevens", "… prevaleren boven de ARBIT-2022 ten aanzien van de volgende
    // onderwerpen: a. de beëindiging …" (the subject runs on into the list the sentence opens). The first ranks above the
    // second on the clauses the subject names.
    const win = termHits(ctx, L.precedenceWins, s.start, end)[0];
    if (win && ctx.rules.subjects.length) {
      const w = index.tokens[win.t0]!.start;
      const after = limits.find((l) => l > w);
      const a = all.filter((g) => g[g.length - 1]!.end <= w);
      const b = after === undefined ? [] : all.filter((g) => g[0]!.start > w && g[g.length - 1]!.end <= after);
      if (after !== undefined && a.length && b.length && !/;|\.\s/.test(doc.text.slice(b[b.length - 1]![0]!.end, after))) {
        const clauses = clausesIn(after, end);
        rankOn(clauses, a.flat().flatMap((m) => m.docs), b.flat().flatMap((m) => m.docs));
        if (clauses.size) {
          ranked = true;
          continue;
        }
      }
    }
    // A sentence that opens with its subject ranks on that subject only: "Ten aanzien van de looptijd, opzegging,
    // beëindiging en de gevolgen van beëindiging gaan de Algemene Voorwaarden van Leverancier voor boven de GIBIT" ranks
    // the terms above the GIBIT on the clauses the subject names (the packs' `subjects`), the earlier named first.
    const lead = limits.find((l) => opensSentence(l) && all.length > 0 && l < all[0]![0]!.start);
    if (lead !== undefined) {
      if (all.length < 2 || !ctx.rules.subjects.length) continue;
      const clauses = clausesIn(lead, subjectEnd(lead, end));
      for (let a = 0; a < all.length; a++) for (let b = a + 1; b < all.length; b++) rankOn(clauses, all[a]!.flatMap((m) => m.docs), all[b]!.flatMap((m) => m.docs));
      if (clauses.size) ranked = true;
      continue;
    }
    // In a list in order, a document ranked on named subjects ranks above those listed after it on the clauses that its
    // subjects name (the packs' `subjects`), up to the item's end.
    if (has(L.precedenceList, { start: s.start, end }) && ctx.rules.subjects.length)
      all.forEach((g, k) => {
        const l = limitOf(g);
        if (l === undefined) return;
        const stop = /;|\.\s/.exec(doc.text.slice(l, end));
        const subject = { start: l, end: stop ? l + stop.index : end };
        const clauses = clausesIn(subject.start, subject.end);
        for (const h of all.slice(k + 1)) rankOn(clauses, g.flatMap((m) => m.docs), h.flatMap((m) => m.docs));
        if (clauses.size) ranked = true;
      });
    // "Bij strijdigheid gaat een eerder genoemd document voor een later genoemd document": the order is the list before.
    // (The nearest sentence before it in the same article that lists documents and ranks nothing itself: "1.1 De
    // overeenkomst bestaat uit: …; 1.2 Bij strijdigheid …".)
    let listed = has(L.precedenceList, { start: s.start, end });
    if (groups.length < 2 && has(L.listedPrevails, { start: s.start, end })) {
      const top = (k: number) => doc.sections[doc.sentences[k]!.section]?.number.split('.')[0];
      for (let k = si - 1; k >= 0 && si - k <= LISTED_BACK && doc.sentences[k]!.start >= parts[own]!.start && top(k) !== undefined && top(k) === top(si); k--) {
        const before = doc.sentences[k]!;
        if (has(L.precedenceMark, before)) continue;
        // (From the list's first sentence: "1.1 De overeenkomst bestaat uit: (i) deze overeenkomst;" "(ii) …".)
        let first = k;
        while (first > 0 && k - first < LIST_ITEMS && /[;:,]\s*$/.test(doc.text.slice(doc.sentences[first - 1]!.start, doc.sentences[first - 1]!.end)) && top(first - 1) === top(si)) first--;
        const found = groupsIn(doc.sentences[first]!.start, Math.min(listEnd(first), s.start), own);
        if (new Set(found.flatMap((g) => g.flatMap((m) => m.docs))).size < 2) continue;
        groups = found;
        listed = true;
        break;
      }
    }
    if (groups.length < 2) continue;
    const docsOf = (g: Mention[]) => g.flatMap((m) => m.docs);
    // "De Algemene Voorwaarden van Leverancier zijn slechts van toepassing voor zover zij niet in strijd zijn met de
    // ARBIT-2018 of deze Overeenkomst": what is named after the words that yield ranks above what is named before them.
    const yields = termHits(ctx, L.precedenceYields, s.start, end).map((h) => index.tokens[h.t0]!.start);
    if (yields.length) {
      const lower = groups.filter((g) => g[0]!.start < yields[0]!).flatMap(docsOf);
      const higher = groups.filter((g) => g[0]!.start >= yields[0]!).flatMap(docsOf);
      if (lower.length && higher.length) {
        for (const h of higher) for (const l of lower) add(h, l);
        ranked = true;
        continue;
      }
    }
    // "Bij strijdigheid tussen deze offerte en de Leveringsvoorwaarden prevaleren de Leveringsvoorwaarden": the one
    // named again after "tussen … en …" beats the other.
    const between = termHits(ctx, L.precedenceBetween, s.start, end).map((h) => index.tokens[h.t0]!.start);
    if (between.length && groups.length === 2 && has(L.precedenceWins, { start: groups[0]![groups[0]!.length - 1]!.end, end })) {
      const [first, second] = [docsOf(groups[0]!), docsOf(groups[1]!)];
      if (second.length === 1 && first.includes(second[0]!) && first.length > 1) {
        for (const d of first) add(second[0]!, d);
        ranked = true;
        continue;
      }
    }
    // Otherwise the earlier named beats the later: a list in order ("de volgende rangorde: (1) …; (2) …"), or within each
    // part of the sentence ("X prevails over Y; Schedules A and B prevail over Schedule C", "X gaat voor Y, Y voor Z").
    const stretches = listed ? [groups] : splitAt(groups, (g, h) => /;/.test(doc.text.slice(g[g.length - 1]!.end, h[0]!.start)));
    for (const gs of stretches)
      for (let a = 0; a < gs.length; a++) for (let b = a + 1; b < gs.length; b++) for (const x of docsOf(gs[a]!)) for (const y of docsOf(gs[b]!)) if (!docsOf(gs[a]!).includes(y)) add(x, y);
    ranked = true;
  }
  if (!ranked) return null;
  // The order is transitive; where the sentences contradict each other, neither ranks above the other.
  const closure = new Map<Ranked, Set<Ranked>>();
  for (const a of pairs.keys()) {
    const seen = new Set<Ranked>();
    const stack = [...pairs.get(a)!];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...(pairs.get(x) ?? []));
    }
    closure.set(a, seen);
  }
  return {
    beats: (a, b, clause) => a !== b && ((!!closure.get(a)?.has(b) && !closure.get(b)?.has(a)) || (clause !== undefined && !!onSubject.get(clause)?.has(`${a}>${b}`) && !onSubject.get(clause)?.has(`${b}>${a}`))),
  };
}

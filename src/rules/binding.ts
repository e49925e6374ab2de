// Parts of a file that bind no one: a letter of intent, heads of terms or memorandum that says so of itself ("Deze
// intentieverklaring is niet bindend, met uitzondering van de artikelen 6 tot en met 9", "These Heads of Terms record
// … Save as set out in paragraph 11, they are not legally binding"), or a part whose title says so ("Hoofdstuk 1 –
// Intenties (niet bindend)", "Part 1 – Intentions (not binding)"). What they say is no clause of a contract. The
// articles a declaration excepts, the parts titled binding, and a later document in the same file (the agreement
// signed after the letter) still are. The packs name the words: `nonBinding`, `bindingMark`, `preContract` (the
// document kinds that declare themselves so), `selfWord`, `pointsToSelf`, `exceptLead`, `contractTitle`, `partLabel`.
import type { MatchContext } from './match.js';
import { articleList } from './article-refs.js';
import { clauseNumber, withinClause } from '../document/sections.js';
import { findParts } from './documents.js';
import { escapeRe, fileLines, framedTitle, inRegion, opensAsArticle, opensWith, termHits, type Region } from './regions.js';

/** A paragraph's label before its colon, a few words ("Toelichting (niet bindend):", "Explanatory note – not binding:"). */
const NOTE_LABEL = /^[ \t]*[\p{Lu}][^:\n.]{1,50}:/u;
/** Words at most on a title line ("Part 2 – Interim Service (binding)", "AFDELING II – INTENTIES (NIET BINDEND)"). */
const TITLE_WORDS = 14;

type Title = Region & { t0: number; t1: number; text: string };

/** The file's title lines: a few words, opening with a capital or a number, not ending like a sentence. */
function titles(ctx: MatchContext): Title[] {
  const out: Title[] = [];
  for (const line of fileLines(ctx.doc.text)) {
    const t = framedTitle(ctx, line);
    if (!t || t.t1 - t.t0 > TITLE_WORDS || t.t1 === t.t0) continue;
    const text = ctx.doc.text.slice(t.start, t.end);
    if (!/^[\p{Lu}\d]/u.test(text) || /[.;:,]$/.test(text)) continue;
    // A line of its own, not a wrapped line of a paragraph ("Exit: in de overeenkomst wordt … Geovisie heeft toegezegd").
    // (A part's title may share a sentence with the signature above it: "… directeur | Deel II – Escrowovereenkomst".)
    const s = ctx.doc.sentences[ctx.index.sentenceAt(t.start)];
    if (s && (s.start < line.start || s.end > line.end + 1 || s.end < t.end) && !opensWith(ctx, ctx.rules.layout.partLabel, t.start, t.end)) continue;
    out.push({ ...t, text });
  }
  return out;
}

/** The stretches of the document that bind no one, in order. */
export function findNonBinding(ctx: MatchContext): Region[] {
  const { nonBinding, bindingMark, preContract, exceptLead, contractTitle, documentName, partLabel } = ctx.rules.layout;
  if (!nonBinding.length) return [];
  const { doc, index } = ctx;
  const says = (terms: typeof nonBinding, r: Region) => termHits(ctx, terms, r.start, r.end).length > 0;
  if (!says(nonBinding, { start: 0, end: doc.text.length })) return [];
  const all = titles(ctx);
  const isPart = (t: Title) => opensWith(ctx, partLabel, t.start, t.end);
  // A title that begins another document: an agreement or a later document, not a letter of intent.
  // (Not an article's heading: "Artikel 3 – Beoogde hoofdlijnen van de Definitieve Overeenkomst".)
  const isDocument = (t: Title) =>
    !opensAsArticle(t.text) && (says(contractTitle, t) || says(documentName, t)) && !says(preContract, t) && !says(nonBinding, t);
  const documents = all.filter(isDocument).map((t) => t.start);
  const parts = all.filter(isPart);
  const nextBound = (at: number) => Math.min(documents.find((b) => b > at) ?? doc.text.length, parts.find((p) => p.start > at)?.start ?? doc.text.length);
  const partRegion = (t: Title): Region => ({ start: t.start, end: nextBound(t.end) });
  const out: Region[] = [];
  // Parts titled so: to the next part or document.
  for (const t of parts) if (says(nonBinding, t)) out.push(partRegion(t));
  // A paragraph whose label says so: "Toelichting (niet bindend): de oorspronkelijke bepaling gaf …", "Note (not binding): …".
  for (const line of fileLines(doc.text)) {
    const m = NOTE_LABEL.exec(doc.text.slice(line.start, line.end));
    if (m && says(nonBinding, { start: line.start, end: line.start + m[0].length })) out.push(line);
  }
  // Parts and articles titled binding stay in force within a document declared not binding.
  const kept: Region[] = all.filter((t) => says(bindingMark, t) && !says(nonBinding, t)).map((t) => (isPart(t) ? partRegion(t) : sectionOf(ctx, t.start) ?? partRegion(t)));
  doc.sentences.forEach((s, si) => {
    if (inRegion(out, s.start) || !says(nonBinding, s)) return;
    // Said of the document itself: "Deze intentieverklaring …", or by a pronoun pointing back at the sentence before that
    // named it ("Dit hoofdlijnenakkoord is een gespreksverslag … Het bindt partijen niet.").
    const prev = doc.sentences[si - 1];
    if (!namesSelf(ctx, s) && !(prev && pointsBackAt(ctx, s) && namesSelf(ctx, prev))) return;
    // The document is one titled as such ("INTENTIEVERKLARING …", "PART A – HEADS OF TERMS"): a letter at the end of an
    // agreement that calls itself not binding ("This letter is an expression of our present intention and is not legally
    // binding") has no title of its own to say where it begins, and takes nothing from the agreement.
    const base = [...documents].reverse().find((b) => b <= s.start) ?? 0;
    const title = all.find((t) => t.start >= base && t.start <= s.start && says(preContract, t));
    if (!title) return;
    const start = title.start;
    const end = documents.find((b) => b > s.end) ?? doc.text.length;
    // What the declaration excepts: "met uitzondering van de artikelen 6 tot en met 9", "Save as set out in paragraph
    // 11", "behoudens A.5", "Except for the Binding Provisions in Part 2".
    const excepted: Region[] = [...kept];
    for (const h of exceptLead.flatMap((t) => ctx.termHitsIn(t, '', index.unit(s.start, s.end), 0))) {
      const after = doc.text.slice(index.tokens[h.t1 - 1]!.end, s.end);
      const numbers = [...articleList(after), ...bareNumbers(after)];
      for (const n of numbers)
        for (const sec of doc.sections) if (sec.start >= start && sec.start < end && withinClause(sec.number, n)) excepted.push(sec);
      for (const t of parts) if (t.start >= start && t.start < end && partNamed(after, t.text)) excepted.push(partRegion(t));
    }
    out.push(...without({ start, end }, excepted));
  });
  out.push(...namedNonBinding(ctx));
  return out;
}

/** A document named as the subject of a sentence ("Het Plan van Aanpak, …", "The Implementation Proposal …"): a few
 * capitalised words, joined by "van"/"of". */
const SUBJECT_NAME = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[Hh]et|[Dd]e|[Tt]he)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+(?:(?:van|of|voor|for)\s+)?[\p{Lu}][\p{L}'’-]+){0,4})/u;
/** A paragraph's label: "B.2", "6.1", "(c)", "4." */
const PARA_LABEL = /^\s*(?:[A-Z]?\.?\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\))\s+/;

/**
 * Paragraphs of another document in the file that open with the name of one a sentence says binds no one: "Het Plan van
 * Aanpak, met inbegrip van het daarin opgenomen exitplan, is ter informatie bijgevoegd en is voor partijen niet
 * bindend." … (the bid printed below) "B.2 Plan van Aanpak, paragraaf 6 (Exitplan): Bij beëindiging … zal Noordkaap …".
 * Each runs to the next labelled paragraph or blank line. Not a paragraph of the document that says it (a clause of the
 * contract about the plan), nor a name the packs call a contract (`contractTitle`).
 */
function namedNonBinding(ctx: MatchContext): Region[] {
  const { doc } = ctx;
  const { nonBinding, contractTitle } = ctx.rules.layout;
  const names: Array<{ name: string; at: number }> = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const m = SUBJECT_NAME.exec(text);
    if (!m) continue;
    const hits = termHits(ctx, nonBinding, s.start, s.end);
    if (!hits.length || termHits(ctx, contractTitle, s.start + m.index, s.start + m[0].length).length) continue;
    names.push({ name: m[1]!, at: s.start });
  }
  if (!names.length) return [];
  const parts = findParts(ctx);
  const partAt = (at: number) => parts.findIndex((p) => p.start <= at && at < p.end);
  const lines = fileLines(doc.text);
  const out: Region[] = [];
  for (const { name, at } of names) {
    const opens = new RegExp(String.raw`^${escapeRe(name)}\s*[,:(–-]`, 'u');
    lines.forEach((l, k) => {
      const text = doc.text.slice(l.start, l.end);
      const label = PARA_LABEL.exec(text)?.[0].length ?? 0;
      if (!opens.test(text.slice(label).trimStart()) || partAt(l.start) === partAt(at)) return;
      let j = k + 1;
      while (j < lines.length && doc.text.slice(lines[j]!.start, lines[j]!.end).trim() && !PARA_LABEL.test(doc.text.slice(lines[j]!.start, lines[j]!.end))) j++;
      out.push({ start: l.start, end: lines[j - 1]!.end });
    });
  }
  return out;
}

/** Whether a sentence names its own document as one of the kinds that can declare itself not binding ("this MoU"). */
function namesSelf(ctx: MatchContext, s: Region): boolean {
  const { preContract, selfWord } = ctx.rules.layout;
  return termHits(ctx, preContract, s.start, s.end).some((h) => {
    const before = ctx.index.tokens[h.t0 - 1];
    return !!before && before.start >= s.start && opensWith(ctx, selfWord, before.start, before.end);
  });
}

/** Words at most between a pronoun and the words that say it binds no one ("they are not legally binding"). */
const PRONOUN_GAP = 3;

/** Whether the subject of a sentence's "not binding" is a pronoun pointing back ("Het bindt partijen niet", "Save as
 * set out in paragraph 11, they are not legally binding"). */
function pointsBackAt(ctx: MatchContext, s: Region): boolean {
  const { nonBinding, pointsToSelf } = ctx.rules.layout;
  const u = ctx.index.unit(s.start, s.end);
  return nonBinding.some((t) =>
    ctx.termHitsIn(t, '', u, 0).some((h) => {
      const from = Math.max(u.t0, h.t0 - PRONOUN_GAP);
      return pointsToSelf.some((p) => ctx.termHitsIn(p, '', { t0: from, t1: h.t0 }, 0).length > 0);
    }),
  );
}

/** Characters at most between an article's start (its number) and its title's first word ("11. Binding provisions"). */
const TITLE_AFTER_NUMBER = 12;

/** The article that a title heads, if any. */
function sectionOf(ctx: MatchContext, at: number): Region | undefined {
  return ctx.doc.sections.find((s) => s.level === 1 && s.start <= at && at < s.start + TITLE_AFTER_NUMBER);
}

/** Clause numbers written without an article word right after the exception ("behoudens A.5", "save for 3.2 and 3.3"). */
function bareNumbers(after: string): string[] {
  const m = /^\s*(?:(?:de|het|the)\s+)?((?:[A-Z]\.?)?\d+(?:\.\d+)*)(?:\s*(?:,|en|and|tot en met|t\/m|to|-|–)\s*((?:[A-Z]\.?)?\d+(?:\.\d+)*))*/u.exec(after);
  return m ? [...m[0].matchAll(/(?:[A-Z]\.?)?\d+(?:\.\d+)*/gu)].map((x) => clauseNumber(x[0])).filter((n) => n) : [];
}

/** Whether an exception names a part by its label and number or letter ("Part 2", "onderdeel C", "Afdeling I"). */
function partNamed(after: string, title: string): boolean {
  // (by the title's own label word, one of the packs' `partLabel`, and its number or letter)
  const m = /^\s*([\p{L}]+)\s+([\p{L}\d]{1,4})\b/u.exec(title);
  if (!m) return false;
  return new RegExp(String.raw`^[^.;]{0,60}(?<![\p{L}\d])${escapeRe(m[1]!)}\s+${escapeRe(m[2]!)}(?![\p{L}\d])`, 'iu').test(after);
}

/** A region less the stretches in `holes`. */
function without(r: Region, holes: readonly Region[]): Region[] {
  const inside = holes.filter((h) => h.end > r.start && h.start < r.end).sort((a, b) => a.start - b.start);
  const out: Region[] = [];
  let at = r.start;
  for (const h of inside) {
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < r.end) out.push({ start: at, end: r.end });
  return out;
}

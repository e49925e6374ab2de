// A sentence of an article struck by its place: "De tweede zin van artikel 5 (Overige bepalingen) … vervalt", "The last
// sentence of Clause 12.3 is deleted". The article's other sentences stand. The words that strike are the packs'
// `sectionStruck` vocabulary; which sentence, an ordinal or "last".
import type { MatchContext } from './match.js';
import { termHits, type Region } from './regions.js';
import { withinClause } from '../document/sections.js';

const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, laatste: -1,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1,
};
/** "de tweede zin van artikel 5", "the last sentence of Clause 12.3": the ordinal and the article's number. */
const SENTENCE_OF = /\b(eerste|tweede|derde|vierde|vijfde|laatste|first|second|third|fourth|fifth|last|final)\s+(?:(?:vol)?zin|sentence)\s+(?:van|of)\s+(?:het\s+|de\s+)?(?:artikel|article|clause|section|lid|paragraph|paragraaf)\s+(\d{1,3}(?:\.\d{1,3})*)\b/i;
/** "De eerste zin is geschrapt", "the first sentence is deleted", with no article named: in a note in brackets, the
 * paragraph the note stands under ("5.1 … gemeld … . Afnemer ontleent … geen bijzondere rechten. [Vervallen bij besluit
 * …. De eerste zin is geschrapt; de tweede zin blijft staan.]"). */
const SENTENCE_BARE = /\b(eerste|tweede|derde|vierde|vijfde|laatste|first|second|third|fourth|fifth|last|final)\s+(?:(?:vol)?zin|sentence)\b(?!\s+(?:van|of)\b)/i;
/** Characters at most between a note's opening bracket and its sentence. */
const NOTE_REACH = 300;
/** Words at most in a heading line, which is no sentence of the article. */
const HEADING_WORDS = 8;
/** A heading line ("Artikel 5 – Overige bepalingen"): no closing stop and at most HEADING_WORDS words. */
const headingLine = (text: string, x: { start: number; end: number }): boolean => {
  const t = text.slice(x.start, x.end).trim();
  return !/[.;:!?]["”’)]?$/.test(t) && t.split(/\s+/).length <= HEADING_WORDS;
};

/** The sentences the file strikes by their place in an article, each as a region. */
export function findStruckSentences(ctx: MatchContext): Region[] {
  const { sectionStruck } = ctx.rules.layout;
  const { doc } = ctx;
  if (!sectionStruck.length || !/\b(?:zin|sentence)\b/i.test(doc.text)) return [];
  const out: Region[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const m = SENTENCE_OF.exec(text);
    if (!m) {
      const note = noteStrike(ctx, s, text);
      if (note) out.push(note);
      continue;
    }
    // The words that strike, after the reference: "… vervalt", "… is deleted".
    const after = s.start + m.index + m[0].length;
    if (!termHits(ctx, sectionStruck, after, s.end).length) continue;
    // The article of that number before the amendment (the one it amends), else the first of it.
    const numbered = doc.sections.filter((x) => x.number === m[2]);
    const article = numbered.filter((x) => x.start < s.start).pop() ?? numbered[0];
    if (!article || (article.start <= s.start && s.start < article.end)) continue;
    const end = Math.max(article.end, ...doc.sections.filter((x) => withinClause(x.number, article.number) && x.start >= article.start).map((x) => x.end));
    // Its sentences, less a heading line ("Artikel 5 – Overige bepalingen").
    const own = doc.sentences.filter((x) => x.start >= article.start && x.start < end).filter((x) => !headingLine(doc.text, x));
    const k = ORDINALS[m[1]!.toLowerCase()]!;
    const hit = k < 0 ? own[own.length - 1] : own[k - 1];
    if (hit) out.push({ start: hit.start, end: hit.end });
  }
  return out;
}

/** A note in brackets under a paragraph that strikes one of its sentences by its place ("[… De eerste zin is geschrapt;
 * de tweede zin blijft staan.]"): that sentence of the paragraph, or undefined. */
function noteStrike(ctx: MatchContext, s: { start: number; end: number; section: number }, text: string): Region | undefined {
  const { doc } = ctx;
  const m = SENTENCE_BARE.exec(text);
  if (!m || s.section < 0) return undefined;
  const at = s.start + m.index;
  // (Only the words that strike right after it: "de eerste zin is geschrapt; de tweede zin blijft staan".)
  const clause = /^[^;.]*/.exec(doc.text.slice(at + m[0].length, s.end))![0];
  if (!termHits(ctx, ctx.rules.layout.sectionStruck, at + m[0].length, at + m[0].length + clause.length).length) return undefined;
  const open = doc.text.lastIndexOf('[', at);
  if (open < 0 || at - open > NOTE_REACH || doc.text.slice(open, at).includes(']')) return undefined;
  const para = doc.sections[s.section]!;
  const own = doc.sentences.filter((x) => x.start >= para.start && x.end <= open && x.section === s.section).filter((x) => !headingLine(doc.text, x));
  const k = ORDINALS[m[1]!.toLowerCase()]!;
  const hit = k < 0 ? own[own.length - 1] : own[k - 1];
  return hit ? { start: hit.start, end: hit.end } : undefined;
}

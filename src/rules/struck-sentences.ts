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
/** Words at most in a heading line, which is no sentence of the article. */
const HEADING_WORDS = 8;

/** The sentences the file strikes by their place in an article, each as a region. */
export function findStruckSentences(ctx: MatchContext): Region[] {
  const { sectionStruck } = ctx.rules.layout;
  const { doc } = ctx;
  if (!sectionStruck.length || !/\b(?:zin|sentence)\b/i.test(doc.text)) return [];
  const out: Region[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const m = SENTENCE_OF.exec(text);
    if (!m) continue;
    // The words that strike, after the reference: "… vervalt", "… is deleted".
    const after = s.start + m.index + m[0].length;
    if (!termHits(ctx, sectionStruck, after, s.end).length) continue;
    // The article of that number before the amendment (the one it amends), else the first of it.
    const numbered = doc.sections.filter((x) => x.number === m[2]);
    const article = numbered.filter((x) => x.start < s.start).pop() ?? numbered[0];
    if (!article || (article.start <= s.start && s.start < article.end)) continue;
    const end = Math.max(article.end, ...doc.sections.filter((x) => withinClause(x.number, article.number) && x.start >= article.start).map((x) => x.end));
    // Its sentences, less a heading line ("Artikel 5 – Overige bepalingen").
    const own = doc.sentences.filter((x) => x.start >= article.start && x.start < end).filter((x) => {
      const t = doc.text.slice(x.start, x.end).trim();
      return /[.;:!?]["”’)]?$/.test(t) || t.split(/\s+/).length > HEADING_WORDS;
    });
    const k = ORDINALS[m[1]!.toLowerCase()]!;
    const hit = k < 0 ? own[own.length - 1] : own[k - 1];
    if (hit) out.push({ start: hit.start, end: hit.end });
  }
  return out;
}

// A bilingual contract names the version that prevails ("In case of conflict the English version shall prevail", "Bij
// strijdigheid prevaleert de Nederlandse tekst"). Where an article says its thing in both languages, only the prevailing
// version is read; what an article says in one language only still binds. The packs name the words (`prevailsNl`,
// `prevailsEn`).
import type { MatchContext } from './match.js';
import { termHits, type Region } from './regions.js';
import { sentenceLanguage } from '../document/language.js';

/** The sentences of the version that does not prevail, in articles that also hold the prevailing version. */
export function findOtherVersion(ctx: MatchContext): Region[] {
  const { prevailsNl, prevailsEn } = ctx.rules.layout;
  const { doc } = ctx;
  const nl = termHits(ctx, prevailsNl, 0, doc.text.length).length > 0;
  const en = termHits(ctx, prevailsEn, 0, doc.text.length).length > 0;
  if (nl === en) return [];
  const keep = nl ? 'nl' : 'en';
  // Sentences by the article (top-level section) they stand in.
  const tops = doc.sections.filter((s) => s.level === 1);
  const articleOf = (at: number): number => tops.findIndex((s) => at >= s.start && at < s.end);
  const byArticle = new Map<number, Array<{ start: number; end: number; lang: 'nl' | 'en' | undefined }>>();
  for (const s of doc.sentences) {
    const k = articleOf(s.start);
    let list = byArticle.get(k);
    if (!list) byArticle.set(k, (list = []));
    list.push({ start: s.start, end: s.end, lang: sentenceLanguage(doc.text.slice(s.start, s.end)) });
  }
  const out: Region[] = [];
  for (const sentences of byArticle.values()) {
    if (!sentences.some((s) => s.lang === keep)) continue;
    for (const s of sentences) if (s.lang !== undefined && s.lang !== keep) out.push({ start: s.start, end: s.end });
  }
  return out;
}

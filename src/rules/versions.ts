// A bilingual contract names the version that prevails ("In case of conflict the English version shall prevail", "Bij
// strijdigheid prevaleert de Nederlandse tekst"). Where an article says its thing in both languages, only the prevailing
// version is read; what an article says in one language only still binds. The packs name the words (`prevailsNl`,
// `prevailsEn`).
import type { MatchContext } from './match.js';
import { termHits, type Region } from './regions.js';
import { sentenceLanguage } from '../document/language.js';

/** Articles at least in a row that a second version must repeat to be read as the whole contract given again. */
const PARALLEL_RUN = 3;
/** The share of the first run's articles at least that the second must repeat. */
const PARALLEL_SHARE = 0.8;

/** The language most of an article's sentences are plainly in, if any (`langs`: each sentence's). */
function topLanguage(ctx: MatchContext, r: Region, langs: ReadonlyArray<'nl' | 'en' | undefined>): 'nl' | 'en' | undefined {
  let nl = 0;
  let en = 0;
  ctx.doc.sentences.forEach((s, i) => {
    if (s.start < r.start || s.start >= r.end) return;
    if (langs[i] === 'nl') nl++;
    else if (langs[i] === 'en') en++;
  });
  return nl > en ? 'nl' : en > nl ? 'en' : undefined;
}

/** The sentences of the version that does not prevail, in articles that also hold the prevailing version. */
export function findOtherVersion(ctx: MatchContext): Region[] {
  const { prevailsNl, prevailsEn } = ctx.rules.layout;
  const { doc } = ctx;
  // (Not a version said to prevail in an exception, after a word of the `exceptLead` vocabulary: "The English version
  // shall prevail …, except where GIBIT is quoted, in which case the Dutch text of GIBIT governs".)
  const ruled = (hits: { t0: number }[]) =>
    hits.filter((h) => {
      const s = doc.sentences[ctx.index.sentenceOf[h.t0]!];
      return !s || !termHits(ctx, ctx.rules.layout.exceptLead, s.start, ctx.index.tokens[h.t0]!.start).length;
    }).length > 0;
  const nl = ruled(termHits(ctx, prevailsNl, 0, doc.text.length));
  const en = ruled(termHits(ctx, prevailsEn, 0, doc.text.length));
  if (nl === en) return [];
  const keep = nl ? 'nl' : 'en';
  // Sentences by the article (top-level section) they stand in; an article given twice under one number, once per
  // language, one right after the other ("Artikel 5. Einde" … "[EN] Article 5. End"), is one article. (Not an annex's
  // own clause 7 far below the contract's article 7.)
  const tops = doc.sections.filter((s) => s.level === 1);
  const keys = tops.map((s, i) => (i > 0 && tops[i - 1]!.number === s.number ? i - 1 : i));
  for (let i = 1; i < keys.length; i++) keys[i] = keys[keys[i]!]!;
  // (… or the whole contract given twice, once per language, the second run of articles repeating the first's numbers:
  // "1. Language … 4. Change of Control … | 1. Taal … 4. Wijziging van zeggenschap …". Paired by number where at least
  // PARALLEL_RUN articles in a row repeat at the same distance in the other language.)
  const langs = doc.sentences.map((s) => sentenceLanguage(doc.text.slice(s.start, s.end), true));
  const langOf = tops.map((t) => topLanguage(ctx, t, langs));
  // (An article too short to tell its language goes with its number; one run must show both languages.)
  for (let d = 1; d < tops.length; d++) {
    const same = (i: number) => i + d < tops.length && tops[i]!.number !== '' && tops[i]!.number === tops[i + d]!.number && !(langOf[i] && langOf[i] === langOf[i + d]);
    const differ = (i: number) => !!langOf[i] && !!langOf[i + d] && langOf[i] !== langOf[i + d];
    let run = 0;
    let both = false;
    let found = false;
    for (let i = 0; i < tops.length - d && !found; i++) {
      if (same(i)) (run += 1), (both ||= differ(i));
      else (run = 0), (both = false);
      found = run >= PARALLEL_RUN && both;
    }
    // (… and most of the first run's articles come again: an annex in the other language numbered from 1 (a Dutch
    // processing agreement after an English contract) repeats a few numbers, not the contract.)
    let repeated = 0;
    for (let i = 0; i < d; i++) if (same(i)) repeated++;
    if (!found || repeated < PARALLEL_SHARE * d) continue;
    for (let i = 0; i + d < tops.length; i++) if (same(i)) keys[i + d] = keys[i]!;
    break;
  }
  const articleOf = (at: number): number => {
    const i = tops.findIndex((s) => at >= s.start && at < s.end);
    return i < 0 ? -1 : keys[i]!;
  };
  const byArticle = new Map<number, Array<{ start: number; end: number; lang: 'nl' | 'en' | undefined }>>();
  doc.sentences.forEach((s, i) => {
    const k = articleOf(s.start);
    let list = byArticle.get(k);
    if (!list) byArticle.set(k, (list = []));
    list.push({ start: s.start, end: s.end, lang: langs[i] });
  });
  // (Everywhere, where the contract says a provision absent from the prevailing version is a conflict too: "ook indien de
  // strijdigheid bestaat uit het ontbreken van een bepaling in een van beide versies", `versionAbsent`.)
  const whole = termHits(ctx, ctx.rules.layout.versionAbsent, 0, doc.text.length).length > 0;
  const out: Region[] = [];
  for (const sentences of byArticle.values()) {
    if (!whole && !sentences.some((s) => s.lang === keep)) continue;
    for (const s of sentences) if (s.lang !== undefined && s.lang !== keep) out.push({ start: s.start, end: s.end });
  }
  return out;
}

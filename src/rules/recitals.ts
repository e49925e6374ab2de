// Recitals: what the parties record before they agree ("overwegende dat: (a) Contactum is overgenomen door …, hetgeen
// Contactum heeft gemeld;" "WHEREAS, the Customer has consented to the acquisition; NOW, THEREFORE, the parties agree as
// follows:"). They tell what happened and why; they grant nothing, so no finding stands in them. A recital runs from the
// line that opens it to the words that begin the agreement, or, with none near, to the end of its own sentence ("Partijen
// overwegen dat Portaalwerk is overgenomen en dat Eemhof daarmee heeft ingestemd."). The packs name the words
// (`recitalOpen`, `recitalClose`, `recitalQuotes`).
import type { MatchContext } from './match.js';
import { fileLines, framedTitle, inRegion, opensWith, termHits, type Region } from './regions.js';

/** A quotation in a recital: an opening quote to the closing one. */
const QUOTATION = /["“„][^"”]*["”]/;
/** Characters at most a quoted article runs. */
const QUOTE_MAX = 2000;
/** Characters at most between a recital's opening and the words that close the recitals. */
const RECITALS_MAX = 4000;

/** Characters at most before an inline recital's opening word: the parties named ("Partijen, als hiervoor genoemd,"). */
const INLINE_LEAD = 80;

/** A recital that opens after the parties, on their line: "Partijen, als hiervoor genoemd, overwegende dat Opdrachtnemer
 * heeft aangegeven …, komen overeen:" (the whole line, which grants nothing before its closing words). */
function inlineRecital(ctx: MatchContext, line: Region): Region | undefined {
  const hit = termHits(ctx, ctx.rules.layout.recitalOpen, line.start, Math.min(line.end, line.start + INLINE_LEAD + 40))[0];
  if (!hit) return undefined;
  const at = ctx.index.tokens[hit.t0]!.start;
  return at > line.start && at - line.start <= INLINE_LEAD && /^[^.;:]*,\s*$/.test(ctx.doc.text.slice(line.start, at)) ? { start: line.start, end: line.end } : undefined;
}

export function findRecitals(ctx: MatchContext): Region[] {
  const { recitalOpen, recitalClose, recitalQuotes } = ctx.rules.layout;
  if (!recitalOpen.length) return [];
  const { doc, index } = ctx;
  const lines = fileLines(doc.text);
  const out: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inRegion(out, line.start)) continue;
    const framed = framedTitle(ctx, line);
    const t = framed && opensWith(ctx, recitalOpen, framed.start, framed.end) ? framed : inlineRecital(ctx, line);
    if (!t) continue;
    let end = -1;
    // (Words that close them stand before the first numbered article: not a later document's "Partijen komen overeen:" after
    // "nemen het volgende in aanmerking: … | Artikel 1. Begripsbepalingen".)
    // (Only for recitals in the preamble, before any numbered article.)
    const inPreamble = !doc.sections.some((x) => x.start < t.start && x.number !== '');
    const firstArticle = (inPreamble && doc.sections.find((x) => x.start > t.end && x.number !== '')?.start) || Infinity;
    for (let k = i; k < lines.length && lines[k]!.start - line.start <= RECITALS_MAX && lines[k]!.start < firstArticle; k++) {
      const hit = termHits(ctx, recitalClose, k === i ? t.end : lines[k]!.start, lines[k]!.end)[0];
      if (hit) {
        end = index.tokens[hit.t0]!.start;
        break;
      }
    }
    if (end < 0) {
      const s = doc.sentences[index.sentenceAt(t.start)];
      end = s ? s.end : line.end;
    }
    // (Not a recital that quotes what an article now says: "b. artikel 13.4 van de Raamovereenkomst thans luidt:
    // "Opdrachtgever kan …"" is the contract's text.)
    let from = line.start;
    for (let si = index.sentenceAt(line.start); si >= 0 && si < doc.sentences.length && doc.sentences[si]!.start < end; si++) {
      const q = doc.sentences[si]!;
      if (!termHits(ctx, recitalQuotes, q.start, q.end).length) continue;
      if (q.start > from) out.push({ start: from, end: q.start });
      // (With the quotation, which may run over sentences of its own.)
      const quote = QUOTATION.exec(doc.text.slice(q.start, Math.min(end, q.start + QUOTE_MAX)));
      const to = quote ? doc.sentences[index.sentenceAt(q.start + quote.index + quote[0].length - 1)]?.end ?? q.end : q.end;
      from = Math.max(from, q.end, to);
    }
    if (end > from) out.push({ start: from, end });
  }
  return out;
}

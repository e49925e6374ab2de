// Summary boxes that yield to the articles: "IN HET KORT … Het is geen afspraak. Staat er in de artikelen hieronder iets
// anders, dan gelden de artikelen.", "KEY FACTS … These answers are a summary. The clauses decide." What such a box says
// is no clause: the articles below say what holds. A box said to prevail ("If anything in the summary conflicts with the
// terms, the summary prevails") is read like any other text. The packs name the titles (`summaryTitle`) and the words
// that make a box yield (`summaryYields`).
import type { MatchContext } from './match.js';
import { ANNEX_WORD, fileLines, framedTitle, inRegion, opensWith, termHits, type Region } from './regions.js';

/** A title that opens with an annex's label and number: "SCHEDULE 1 - KEY COMMERCIAL TERMS (SUMMARY ONLY)". */
const ANNEX_TITLE = new RegExp(String.raw`^[ \t|=*#-]*${ANNEX_WORD}[ \t]+(?:\d{1,2}|[A-Z])\b`, 'i');

/** Words at most on a title line ("KEY FACTS (summary — see below)"). */
const TITLE_WORDS = 8;
/** Characters at most in a box: past that it is a part of the contract, not a box before it. */
const BOX_CHARS = 4000;

/** The summary boxes of the document that yield to its articles, in order. */
export function findYieldingBoxes(ctx: MatchContext): Region[] {
  const { summaryTitle, summaryYields, partLabel } = ctx.rules.layout;
  if (!summaryTitle.length || !summaryYields.length) return [];
  const { doc } = ctx;
  const boxes: Region[] = [];
  const lines = fileLines(doc.text);
  // A title that opens with a part's label ("DEEL A - Samenvatting", "Part 1: Summary").
  const opensPart = (line: Region): boolean => {
    const title = framedTitle(ctx, line);
    return !!title && title.t1 - title.t0 <= TITLE_WORDS && opensWith(ctx, partLabel, title.start, title.end);
  };
  // … or with an annex's label: a schedule that is the summary runs to the next annex's title.
  const opensAnnex = (line: Region): boolean => {
    const title = framedTitle(ctx, line);
    return !!title && title.t1 - title.t0 <= TITLE_WORDS && ANNEX_TITLE.test(doc.text.slice(line.start, line.end));
  };
  for (const [k, line] of lines.entries()) {
    const title = framedTitle(ctx, line);
    if (!title || title.t1 - title.t0 > TITLE_WORDS || !termHits(ctx, summaryTitle, title.start, title.end).some((h) => h.t0 === title.t0 || (h.t0 > title.t0 && (opensPart(line) || opensAnnex(line))))) continue;
    // The box runs to the next numbered clause after its title, or the one after that where the title heads a clause. A
    // summary that is a part of the document ("DEEL A - Samenvatting …") runs to the next part ("DEEL B - De overeenkomst"),
    // over the headings inside it.
    // (The next annex's title may be long: "Bijlage 2 – Verwerkersovereenkomst (model 4.0, Convenant Digitale
    // Onderwijsmiddelen en Privacy)" ends "Bijlage 1 – Implementatieplan (samenvatting)".)
    const annexAfter = (l: Region) => !!framedTitle(ctx, l) && ANNEX_TITLE.test(doc.text.slice(l.start, l.end));
    const nextPart = opensPart(line) ? lines.slice(k + 1).find(opensPart)?.start : opensAnnex(line) ? lines.slice(k + 1).find(annexAfter)?.start : undefined;
    const next = nextPart ?? doc.sections.find((s) => s.start > line.end)?.start ?? doc.text.length;
    const box = { start: line.start, end: Math.min(next, line.start + BOX_CHARS) };
    if (!inRegion(boxes, box.start)) boxes.push(box);
  }
  if (!boxes.length) return [];
  // A box yields where it says so itself, or where a sentence that names it does ("Bij strijd tussen "In het kort" en de
  // artikelen gaan de artikelen voor").
  const named = doc.sentences.some(
    (s) => termHits(ctx, summaryTitle, s.start, s.end).length > 0 && termHits(ctx, summaryYields, s.start, s.end).length > 0 && !inRegion(boxes, s.start),
  );
  return boxes.filter((b) => named || termHits(ctx, summaryYields, b.start, b.end).length > 0);
}

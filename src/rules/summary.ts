// Summary boxes that yield to the articles: "IN HET KORT … Het is geen afspraak. Staat er in de artikelen hieronder iets
// anders, dan gelden de artikelen.", "KEY FACTS … These answers are a summary. The clauses decide." What such a box says
// is no clause: the articles below say what holds. A box said to prevail ("If anything in the summary conflicts with the
// terms, the summary prevails") is read like any other text. The packs name the titles (`summaryTitle`) and the words
// that make a box yield (`summaryYields`).
import type { MatchContext } from './match.js';
import type { Term } from './terms.js';

export interface Box {
  start: number;
  end: number;
}

/** Words at most on a title line ("KEY FACTS (summary — see below)"). */
const TITLE_WORDS = 8;
/** Characters at most in a box: past that it is a part of the contract, not a box before it. */
const BOX_CHARS = 4000;
/** Frame characters around a title in plain text ("| KEY FACTS |", "=== AT A GLANCE ===", "--- Samenvatting ---"). */
const FRAME = /^[\s|=*#_–—-]+|[\s|=*#_–—-]+$/g;

const hitsIn = (ctx: MatchContext, terms: readonly Term[], start: number, end: number): { t0: number }[] =>
  terms.flatMap((t) => ctx.termHitsIn(t, '', ctx.index.unit(start, end), 0));

/** The summary boxes of the document that yield to its articles, in order. */
export function findYieldingBoxes(ctx: MatchContext): Box[] {
  const { summaryTitle, summaryYields } = ctx.rules.forms;
  if (!summaryTitle.length || !summaryYields.length) return [];
  const { doc } = ctx;
  const text = doc.text;
  const boxes: Box[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const bare = line.replace(FRAME, '');
    const at = start + line.indexOf(bare);
    const title = ctx.index.unit(at, at + bare.length);
    if (bare && title.t1 - title.t0 <= TITLE_WORDS && hitsIn(ctx, summaryTitle, at, at + bare.length).some((h) => h.t0 === title.t0)) {
      // The box runs to the next numbered clause after its title, or the one after that where the title heads a clause.
      const next = doc.sections.find((s) => s.start > end)?.start ?? text.length;
      const box = { start, end: Math.min(next, start + BOX_CHARS) };
      if (!boxes.some((b) => b.start <= box.start && box.start < b.end)) boxes.push(box);
    }
    start = end + 1;
  }
  if (!boxes.length) return [];
  // A box yields where it says so itself, or where a sentence that names it does ("Bij strijd tussen "In het kort" en de
  // artikelen gaan de artikelen voor").
  const named = doc.sentences.some(
    (s) => hitsIn(ctx, summaryTitle, s.start, s.end).length > 0 && hitsIn(ctx, summaryYields, s.start, s.end).length > 0 && !boxes.some((b) => s.start >= b.start && s.start < b.end),
  );
  return boxes.filter((b) => named || hitsIn(ctx, summaryYields, b.start, b.end).length > 0);
}

export const inBox = (boxes: readonly Box[], at: number): boolean => boxes.some((b) => at >= b.start && at < b.end);

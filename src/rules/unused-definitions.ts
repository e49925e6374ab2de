// A definition whose term the contract never uses grants nothing: "i. Depotovereenkomst: een overeenkomst tussen Partijen
// en een depotstichting inzake het in depot geven van de broncode" in the definitions article, where the article on the
// deposit reads "[Vervallen.]". Only in an article whose title the packs' `definitionsTitle` names: a line "Escrow:
// Leverancier deponeert de broncode …" in an order form is a clause, not a definition.
import type { MatchContext } from './match.js';
import { escapeRe, termHits, type Region } from './regions.js';

/** Before a term on its line: at most a list marker or number and an opening quote ("i. ", "(c) “", "1.4 "). */
const MARKER_ONLY = /^[ \t]*(?:\(?[a-z\d]{1,4}(?:\.\d{1,3})*[.)]?[ \t]+)?["“‘'„]?$/i;

/** The stretches (from the term's line on) of the definitions whose term is used nowhere else in the file; with `gone`,
 * nowhere but where it holds (the articles an amendment struck: '"Deposit Materials" means the source code …' where
 * "clause 12 (Source Code Escrow) of the Contract is deleted"). */
export function findUnusedDefinitions(ctx: MatchContext, gone: (at: number) => boolean = () => false): Region[] {
  const titles = ctx.rules.layout.definitionsTitle;
  const { doc } = ctx;
  if (!titles.length || !ctx.defined.length) return [];
  const articles = doc.sections.filter((sec) => {
    const at = sec.heading ? doc.text.indexOf(sec.heading, sec.start) : -1;
    return at >= 0 && termHits(ctx, titles, at, at + sec.heading!.length).length > 0;
  });
  const out: Region[] = [];
  for (const def of ctx.defined) {
    // (A term named after what it names, '… deposited with NCC Group (the "Escrow Agent")', is said in a clause.)
    if (def.named || !articles.some((sec) => def.start >= sec.start && def.start < sec.end)) continue;
    const termAt = def.termAt?.start ?? doc.text.lastIndexOf(def.term, def.start);
    if (termAt < 0) continue;
    const lineStart = doc.text.lastIndexOf('\n', termAt) + 1;
    const start = MARKER_ONLY.test(doc.text.slice(lineStart, termAt)) ? lineStart : termAt;
    // Used as written or in other case, plural or compound ("Depotovereenkomsten", "the escrow agreement").
    const use = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(def.term)}`, 'giu');
    if (![...doc.text.matchAll(use)].some((m) => (m.index! < start || m.index! >= def.end) && !gone(m.index!))) out.push({ start, end: def.end });
  }
  return out;
}

// Articles that hold only if an option was taken, where the order form says it was not. A contract with options prints
// every option's article and marks it ("11.1 Dit artikel is uitsluitend van toepassing indien de optie "Overname-clausule:
// meerprijs" in de Orderbevestiging is afgenomen.", "This clause applies only if the option "Exit Package" is ordered");
// the order confirmation says which were taken ("5 Overname-clausule: meerprijs | niet afgenomen"). An article whose
// option the file says no to states nothing. The packs name the words (`optionOnly`, and the order form's `noValue`);
// where no row names the option, or a row says yes, nothing changes.
import type { MatchContext } from './match.js';
import { noRow } from './switches.js';
import { fileLines, type Region } from './regions.js';

/** The option's name right after the packs' words: in quotes, or up to the verb or place that says it is taken ("de
 * optie Exitpakket is afgenomen", "the option Escrow Plus in the Order Form is selected"). */
const QUOTED = /^[ \t]*["“„'‘]([^"”'’\n]{2,80})["”'’]/u;
const BARE = /^[ \t]*([^\n.,;:"“”()]{2,60}?)[ \t]+(?:is|wordt|werd|zijn|worden|in|op|door|has|have|was|are|under|on|by|van)\b/iu;
/** Characters a row's key may carry before the option's name: a line number or code ("5 ", "B4 ", "OPT-3 "). */
const KEY_CODE = /^[ \t]*(?:[A-Z]{0,5}[-.]?\d{1,3}[a-z]?[.)]?[ \t]+)/u;

/** A name as compared: lower case, without quotes, brackets, dashes or extra spaces. */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”„'‘’]/g, '')
    .replace(/[-–—:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Regions of the file that hold only for an option the order form says was not taken. */
export function findOptionsNotTaken(ctx: MatchContext): Region[] {
  const { optionOnly, noValue } = ctx.rules.layout;
  if (!optionOnly.length || !noValue.length) return [];
  const { doc, index } = ctx;
  const text = doc.text;
  const marks: Array<{ at: number; name: string }> = [];
  for (const t of optionOnly)
    for (const h of ctx.termHitsIn(t, '', index.unit(0, text.length), 0)) {
      const after = text.slice(index.tokens[h.t1 - 1]!.end, index.tokens[h.t1 - 1]!.end + 120);
      const name = (QUOTED.exec(after) ?? BARE.exec(after))?.[1];
      if (name && norm(name).length >= 3) marks.push({ at: index.tokens[h.t0]!.start, name: norm(name) });
    }
  // Most files mark no option: the order form is not read.
  if (!marks.length) return [];
  const declined: string[] = [];
  for (const { start, end } of fileLines(text))
    for (const key of noRow(ctx, start, end, noValue)) {
      const raw = text.slice(index.tokens[key.t0]!.start, index.tokens[key.t1 - 1]!.end);
      declined.push(norm(raw.replace(KEY_CODE, '')));
    }
  if (!declined.length) return [];
  const out: Region[] = [];
  for (const m of marks) {
    if (!declined.some((k) => k === m.name || (k.length >= 6 && (k.includes(m.name) || m.name.includes(k))))) continue;
    const r = reach(ctx, m.at);
    if (r) out.push(r);
  }
  return out;
}

/** Words before the mark that say it speaks of its whole article ("Dit artikel is uitsluitend van toepassing indien …",
 * "This Clause applies only if …"); else it speaks of its own sentence ("Voor zover de optie Escrow is afgenomen,
 * deponeert Leverancier …"). */
const WHOLE = /\b(?:dit|deze|this)\s+(?:artikel|bepaling|bijlage|paragraaf|hoofdstuk|clause|article|section|schedule|annex|provision|paragraph)\b/iu;

/** What a mark at `at` holds for: its article (the sections numbered under the same article number) where its
 * sentence names the article, else its sentence. */
function reach(ctx: MatchContext, at: number): Region | undefined {
  const { doc } = ctx;
  const s = doc.sentences[ctx.index.sentenceAt(at)];
  if (!s) return undefined;
  if (!WHOLE.test(doc.text.slice(s.start, at))) return { start: s.start, end: s.end };
  const k = s.section;
  const top = doc.sections[k]?.number.split(/[.(]/)[0];
  if (k < 0 || !top) return { start: s.start, end: s.end };
  // The sections numbered under the same article around it ("14.1", "14.2" where no heading "14" was read as a section).
  const under = (i: number) => doc.sections[i]!.number === top || doc.sections[i]!.number.startsWith(`${top}.`) || doc.sections[i]!.number.startsWith(`${top}(`);
  let first = k;
  while (first > 0 && under(first - 1)) first--;
  let last = k;
  while (last + 1 < doc.sections.length && under(last + 1)) last++;
  return { start: doc.sections[first]!.start, end: Math.max(...doc.sections.slice(first, last + 1).map((x) => x.end)) };
}

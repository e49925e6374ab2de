// What a contract built from a template still shows of the template and states nothing: a drafting note ("[Toelichting:
// de overwegingen kunnen naar behoefte worden aangevuld.]", "[Drafting note: delete if not applicable]"), an option marked
// as not chosen ("2.4 [Optioneel – niet gekozen] Opdrachtgever is gerechtigd …", "4.4 [Optie: …] – NIET GEKOZEN", "7.2 [ ]
// Optie – … ← niet aangekruist"), and an article whose choice is filled in as no ("6.1 [Optie: NetKern deponeert …]" with
// "6.2 Gekozen: niet van toepassing."). The packs name the words (`draftingNote`, `optionDeclined`, `choiceLabel`, and
// `noValue` for the choice filled in as no).
import type { MatchContext } from './match.js';
import { fileLines, opensAsArticle, opensWith, type Region } from './regions.js';

/** Characters at most a drafting note runs on to when its closing bracket is missing. */
const NOTE_REACH = 1200;

/** Regions of the file that are the template's and not the contract's. */
export function findTemplateRemnants(ctx: MatchContext): Region[] {
  return [...draftingNotes(ctx), ...declinedOptions(ctx), ...choicesDeclined(ctx)];
}

/** "[Toelichting: …]", "[Drafting note: …]": from the bracket to the one that closes it. */
function draftingNotes(ctx: MatchContext): Region[] {
  const { draftingNote } = ctx.rules.layout;
  if (!draftingNote.length) return [];
  const text = ctx.doc.text;
  const out: Region[] = [];
  for (const m of text.matchAll(/\[[ \t]*([^\]\n:]{2,40}):/g)) {
    const at = m.index!;
    const label = at + 1 + m[0].slice(1).search(/\S/);
    if (!opensWith(ctx, draftingNote, label, at + m[0].length - 1)) continue;
    const close = closingBracket(text, at);
    out.push({ start: at, end: close < 0 ? Math.min(text.length, at + NOTE_REACH) : close + 1 });
  }
  return out;
}

/** The "]" that closes the "[" at `open`, brackets inside counted. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < Math.min(text.length, open + NOTE_REACH); k++) {
    if (text[k] === '[') depth++;
    else if (text[k] === ']' && --depth === 0) return k;
  }
  return -1;
}

/**
 * A line marked as an option not chosen, in brackets or after a dash or arrow at its end: the line, and the whole clause
 * when the line opens it.
 */
function declinedOptions(ctx: MatchContext): Region[] {
  const { optionDeclined } = ctx.rules.layout;
  if (!optionDeclined.length) return [];
  const text = ctx.doc.text;
  const out: Region[] = [];
  // The marks' places in the whole file, found once: most lines have none.
  const hits = optionDeclined.flatMap((t) => ctx.termHitsIn(t, '', ctx.index.unit(0, text.length), 0));
  if (!hits.length) return [];
  for (const line of bracketedLines(text)) {
    const lu = ctx.index.unit(line.start, line.end);
    if (!hits.some((h) => h.t0 >= lu.t0 && h.t1 <= lu.t1)) continue;
    const s = text.slice(line.start, line.end);
    // Where a mark may stand: inside brackets, or at the end after "–", "-", "←", "<-".
    const places = [...s.matchAll(/\[[^\]]*\]|\([^)\n]*\)/g)].map((m) => ({ start: line.start + m.index!, end: line.start + m.index! + m[0].length }));
    const tail = /(?:\s[–—-]|←|<-|\])\s*([^–—←\]\n]{2,40})$/.exec(s);
    if (tail) places.push({ start: line.start + tail.index + tail[0].length - tail[1]!.length, end: line.end });
    // The mark opens or closes what stands there ("[Optioneel – niet gekozen]", "[niet gekozen – tekst verwijderd]"), not
    // a word inside a remark ("(data not used for any other purpose)").
    const marked = (p: Region): boolean => {
      const u = ctx.index.unit(p.start, p.end);
      return hits.some((h) => h.t0 >= u.t0 && h.t1 <= u.t1 && (h.t0 === u.t0 || h.t1 === u.t1));
    };
    if (!places.some(marked)) continue;
    const sec = ctx.doc.sections.find((x) => x.start >= line.start && x.start < line.end);
    out.push(sec ? { start: line.start, end: Math.max(line.end, sec.end) } : { start: line.start, end: headingReach(ctx, line) });
  }
  return out;
}

/** Lines at most an article heading that no section opens runs on over. */
const HEADING_REACH = 40;
/**
 * Where the text under a heading line ends when the heading opens no section of the document (an annex's own articles,
 * numbered anew: "Artikel 4 – Optie B – Broncode-escrow (niet gegund)" over its text): at the next line that opens an
 * article or names a document ("Bijlage 4 – …"). A line that is no article heading ends at its own end.
 */
function headingReach(ctx: MatchContext, line: Region): number {
  const text = ctx.doc.text;
  const own = text.slice(line.start, line.end).trim();
  if (!opensAsArticle(own) || /[.;:]$/.test(own)) return line.end;
  // (Its own paragraphs go with it: "4.1 …", "4.2 …" under "Artikel 4".)
  const num = /\d+/.exec(own)?.[0];
  const ownPart = num ? new RegExp(String.raw`^${num}\.\d`) : undefined;
  const lines = fileLines(text.slice(line.end, Math.min(text.length, line.end + 20000)));
  let end = line.end;
  for (const l of lines.slice(0, HEADING_REACH)) {
    const at = line.end + l.start;
    const t = text.slice(at, line.end + l.end).trim();
    const next = t && opensAsArticle(t) && !ownPart?.test(t);
    if (next || (t && opensWith(ctx, ctx.rules.layout.documentName, at + text.slice(at).search(/\S/), line.end + l.end))) return end;
    end = line.end + l.end;
  }
  return end;
}

/** Lines read as one where a bracket opened on a line closes on a later one (a PDF wraps "[Optie: …\n… .] – NIET
 * GEKOZEN."). */
function bracketedLines(text: string): Region[] {
  const out: Region[] = [];
  const lines = fileLines(text);
  for (let k = 0; k < lines.length; k++) {
    let end = k;
    const open = (a: number, b: number): number => {
      const t = text.slice(lines[a]!.start, lines[b]!.end);
      return (t.match(/\[/g)?.length ?? 0) - (t.match(/\]/g)?.length ?? 0);
    };
    while (open(k, end) > 0 && end < lines.length - 1 && end - k < WRAPPED_LINES) end++;
    out.push({ start: lines[k]!.start, end: lines[end]!.end });
    k = end;
  }
  return out;
}
/** Lines at most a bracket may wrap over. */
const WRAPPED_LINES = 5;

/**
 * A choice filled in as no: "Gekozen: niet van toepassing.", "Ingevuld: niet van toepassing", "Selected: none". At the
 * start of a line it decides the article it stands in; after a key on the same line, that line.
 */
function choicesDeclined(ctx: MatchContext): Region[] {
  const { choiceLabel, noValue } = ctx.rules.layout;
  if (!choiceLabel.length || !noValue.length) return [];
  const text = ctx.doc.text;
  const out: Region[] = [];
  for (const line of fileLines(text)) {
    const s = text.slice(line.start, line.end);
    for (const m of s.matchAll(/(^|[\].;]\s)\s*(?:\d+(?:\.\d+)*\.?\s+)?([\p{L} ]{3,20}):\s*/gu)) {
      const labelAt = line.start + m.index! + m[0].lastIndexOf(m[2]!);
      const valueAt = line.start + m.index! + m[0].length;
      if (!opensWith(ctx, choiceLabel, labelAt, valueAt - 1) || !opensWith(ctx, noValue, valueAt, line.end)) continue;
      if (m[1] === '') {
        // The article around it: its outermost section.
        const sec = ctx.doc.sections.filter((x) => x.start <= line.start && x.end > line.start).sort((a, b) => a.level - b.level)[0];
        out.push(sec ? { start: sec.start, end: sec.end } : line);
      } else out.push(line);
      break;
    }
  }
  return out;
}

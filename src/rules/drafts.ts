// Later documents in a file that never took effect: "CONCEPT – TWEEDE WIJZIGINGSOVEREENKOMST … niet ondertekend", "DRAFT
// Amendment No. 2 (not executed)", "Voorstel tot wijziging van de Overeenkomst (afgewezen)". What they say is no clause
// and strikes nothing; the contract stands as the signed documents left it. The packs name the marks (`draftMark`) and
// the documents (`documentName`).
import type { MatchContext } from './match.js';
import type { Box } from './summary.js';
import type { Term } from './terms.js';

/** Words at most on a document's title line. */
const TITLE_WORDS = 20;
/** Characters of text before a title that make it a later document, where no numbered clause stands before it. */
const LATER = 800;
/** The document's name stands among a title's first words. */
const TITLE_OPENING = 6;
/** Frame characters around a title in plain text. */
const FRAME = /^[\s|=*#_–—-]+|[\s|=*#_–—-]+$/g;

const has = (ctx: MatchContext, terms: readonly Term[], start: number, end: number): boolean =>
  terms.some((t) => ctx.termHitsIn(t, '', ctx.index.unit(start, end), 0).length > 0);

/** A title line: a few words naming a document, not a clause ("Amendment No. 3", "SIDE LETTER", "Wijzigingsovereenkomst"). */
function titleLine(ctx: MatchContext, start: number, end: number): { at: number; end: number } | undefined {
  const line = ctx.doc.text.slice(start, end);
  const bare = line.replace(FRAME, '');
  if (!bare || !/^\p{Lu}/u.test(bare) || /^(?:artikel|article|clause|section|\d)/i.test(bare)) return undefined;
  const at = start + line.indexOf(bare);
  const u = ctx.index.unit(at, at + bare.length);
  if (u.t1 - u.t0 > TITLE_WORDS) return undefined;
  // The document's name opens the title ("DRAFT Amendment No. 2", "Concept tweede wijziging …", "Voorstel tot wijziging").
  const named = ctx.rules.forms.documentName.some((term) => ctx.termHitsIn(term, '', u, 0).some((h) => h.t0 - u.t0 < TITLE_OPENING));
  return named ? { at, end: at + bare.length } : undefined;
}

/** The parts of the file that are drafts or rejected proposals of a later document, in order. */
export function findDrafts(ctx: MatchContext): Box[] {
  const { draftMark, documentName } = ctx.rules.forms;
  if (!draftMark.length || !documentName.length) return [];
  const { doc } = ctx;
  const text = doc.text;
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  const out: Box[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = titleLine(ctx, lines[i]!.start, lines[i]!.end);
    // Only a later document: a file that opens with "DRAFT AGREEMENT" is the draft the reader was given, read as it is.
    if (!t || (t.at < LATER && !doc.sections.some((s) => s.start < t.at)) || !has(ctx, draftMark, t.at, t.end)) continue;
    // To the next document's title that is no draft, or the end of the file.
    let end = text.length;
    for (let k = i + 1; k < lines.length; k++) {
      const next = titleLine(ctx, lines[k]!.start, lines[k]!.end);
      if (next && !has(ctx, draftMark, next.at, next.end) && !/[.;:]$/.test(text.slice(next.at, next.end))) {
        end = lines[k]!.start;
        break;
      }
    }
    out.push({ start: lines[i]!.start, end });
    while (i + 1 < lines.length && lines[i + 1]!.start < end) i++;
  }
  return out;
}

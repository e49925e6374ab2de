// Articles a consolidated text keeps only as a marker of their deletion ("17. [Clause 17 deleted by Amendment 3]",
// "Artikel 9 – Vervallen", "12.4 [Intentionally omitted]"): what stands under the marker (an editor's note on what the
// article once said) states nothing. The packs name the words (`sectionStruck`).
import type { MatchContext } from './match.js';
import { termHits, type Region } from './regions.js';

/** The number and article word that open a section's line: "17.", "Artikel 9 –", "Clause 14A:". */
const NUMBER = /^(?:(?:artikel|article|clause|section|art\.)\s+)?[A-Z]?\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*\.?\s*[-–—:]?\s*/i;
/** Words at most on a marker line after the number. */
const MARKER_WORDS = 12;

/**
 * The text a deletion marker may take: all in brackets ("[deleted by Amendment 1]", "(vervallen)"), or opening with the
 * deletion word or with the article it names ("Vervallen.", "Intentionally omitted", "Clause 17 deleted by Amendment 3").
 */
function markerText(rest: string): string | undefined {
  const bare = rest.trim().replace(/[.;:]$/, '');
  const bracketed = /^[[(](.*)[\])]$/.exec(bare);
  const inner = (bracketed?.[1] ?? bare).trim();
  if (!inner || inner.split(/\s+/).length > MARKER_WORDS) return undefined;
  return inner.replace(NUMBER, '');
}

/** The sections whose own line is only a marker of their deletion: from the marker to the section's end. */
export function findStruckSections(ctx: MatchContext): Region[] {
  const { sectionStruck } = ctx.rules.layout;
  if (!sectionStruck.length) return [];
  const { doc } = ctx;
  const out: Region[] = [];
  for (const sec of doc.sections) {
    const nl = doc.text.indexOf('\n', sec.start);
    const lineEnd = nl < 0 ? doc.text.length : nl;
    const line = doc.text.slice(sec.start, lineEnd);
    const rest = line.replace(NUMBER, '');
    const marker = markerText(rest);
    if (marker === undefined) continue;
    const at = sec.start + line.length - rest.length + rest.indexOf(marker);
    // The deletion word opens what is left of the marker: "[deleted by Amendment 1]", not "[Escrow – amended by …]".
    const hits = termHits(ctx, sectionStruck, at, at + marker.length);
    const first = ctx.index.unit(at, at + marker.length).t0;
    if (hits.some((h) => h.t0 === first)) out.push({ start: sec.start, end: sec.end });
  }
  return out;
}

// Terms a later agreement is to hold, set out in a letter of intent or a pilot agreement: "The parties intend that the
// Definitive Agreement will, among other things: (a) provide for the deposit of the source code …", "Partijen beogen dat
// in de Realisatieovereenkomst … een ontbindingsrecht van de Provincie bij wijziging van de zeggenschap …". They state no
// right of this contract. The pack names the words (`laterTerms`).
import type { MatchContext } from './match.js';
import { termHits, type Region } from './regions.js';

/** The sentences that describe a later agreement's terms, each with the list it opens. */
export function findLaterTerms(ctx: MatchContext): Region[] {
  const { laterTerms } = ctx.rules.layout;
  if (!laterTerms.length) return [];
  const { doc, index } = ctx;
  const out: Region[] = [];
  doc.sentences.forEach((s, si) => {
    if (!termHits(ctx, laterTerms, s.start, s.end).length) return;
    const whole = index.withList(si);
    out.push({ start: s.start, end: Math.max(s.end, index.tokens[whole.t1 - 1]?.end ?? s.end) });
  });
  return out;
}

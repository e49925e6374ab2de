// A tender's requirement struck or replaced by the answer to a question (the Nota van Inlichtingen ranks above the
// Programma van Eisen): "Antwoord: Ja. Naar aanleiding van deze vragen vervalt eis E-6.02.", "A: Yes. R-9.4 is replaced in
// its entirety by: …". The requirement printed further on under its code ("E-6.02 [Knock-out] Opdrachtgever kan de
// overeenkomst ontbinden indien …") states nothing. The packs name the words (`requirementWord`, `requirementStruck`).
import type { MatchContext } from './match.js';
import { fileLines, termHits, type Region } from './regions.js';

/** A requirement's code: letters, a dash, a number ("E-6.02", "R-9.4", "KO-3", "W-6.2"). A bare number ("eis 3.4") could
 * be any article's, so it is left alone. */
const CODE_SOURCE = String.raw`[A-Z]{1,3}-\d{1,3}(?:\.\d{1,3}){0,3}`;
const CODE = new RegExp(String.raw`\b(${CODE_SOURCE})\b`, 'g');
/** A line that opens with a requirement's code (after a bullet, if any): "E-6.02 [Knock-out] …". */
const CODE_LINE = new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]+)?(${CODE_SOURCE})\b(?![-.]\d)`);

/** Characters between the word for a requirement (or its striking word) and its code. */
const CODE_NEAR = 24;

/** The stretches of the file that print a requirement an answer struck. */
export function findStruckRequirements(ctx: MatchContext): Region[] {
  const { requirementWord, requirementStruck } = ctx.rules.layout;
  if (!requirementWord.length || !requirementStruck.length) return [];
  const { doc } = ctx;
  if (!new RegExp(String.raw`\b${CODE_SOURCE}`).test(doc.text)) return [];
  // The codes each striking sentence names, and where that sentence stands.
  const struck = new Map<string, Region[]>();
  for (const s of doc.sentences) {
    if (!termHits(ctx, requirementStruck, s.start, s.end).length) continue;
    const text = doc.text.slice(s.start, s.end);
    const words = termHits(ctx, requirementWord, s.start, s.end).map((h) => ctx.index.tokens[h.t1 - 1]!.end - s.start);
    for (const m of text.matchAll(CODE)) {
      // The code right after the word for a requirement ("eis E-6.02", "Requirement R-9.4"), or opening a sentence that
      // strikes it ("R-9.4 is replaced …", "Eis E-7.04 vervalt.").
      const named = words.some((w) => w <= m.index! && m.index! - w <= CODE_NEAR) || m.index! <= CODE_NEAR;
      if (named) struck.set(m[1]!, [...(struck.get(m[1]!) ?? []), s]);
    }
  }
  if (!struck.size) return [];
  const out: Region[] = [];
  const lines = fileLines(doc.text);
  lines.forEach((l, k) => {
    const line = doc.text.slice(l.start, l.end);
    const code = CODE_LINE.exec(line)?.[1];
    const by = code && struck.get(code);
    // (Not the striking sentence itself. The answers rank above the requirements wherever they are printed.)
    if (!by || by.some((s) => l.start >= s.start && l.start < s.end)) return;
    // To the next requirement's code or a blank line.
    let j = k + 1;
    while (j < lines.length && doc.text.slice(lines[j]!.start, lines[j]!.end).trim() && !CODE_LINE.test(doc.text.slice(lines[j]!.start, lines[j]!.end))) j++;
    out.push({ start: l.start, end: j < lines.length ? lines[j]!.start : doc.text.length });
  });
  return out;
}

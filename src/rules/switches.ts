// An order form's rows that switch a clause off for the whole file: "Source code escrow | No", "Exit assistance: Not
// included", "Termination for convenience | Niet van toepassing". The packs say which row keys name their clause
// (`switches`) and which values say no (`noValue`); the terms further on may hold the clause the row switches off.
import type { Evidence } from './evidence.js';
import { sentenceEvidence } from './evidence.js';
import type { MatchContext } from './match.js';
import type { Term } from './terms.js';

export interface SwitchOff {
  clause: string;
  evidence: Evidence;
}

/** A row: a key of a few words (after a table's opening "|"), then " | " or ":", then the value cell (up to the next
 * cell or the line's end). */
const ROW = /^[ \t]*\|?[ \t]*(?:[-•*][ \t]+)?([^|:\n]{2,80}?)[ \t]*(?:[ \t]\|[ \t]|:[ \t])[ \t]*([^|\n]*)/;
/** What may follow a one-word no in its cell: nothing, or a remark ("No – clause 17 struck", "Nee (zie artikel 9)"). */
const REMARK = /^[ \t]*(?:$|[(;,.–—-])/;

/** A row whose value cell says no: the token range of its key, or undefined. */
export function noRow(ctx: MatchContext, start: number, end: number, noValue: readonly Term[]): { t0: number; t1: number } | undefined {
  if (!noValue.length) return undefined;
  const text = ctx.doc.text.slice(start, end);
  const m = ROW.exec(text);
  if (!m) return undefined;
  const keyAt = start + m.index + m[0].indexOf(m[1]!);
  const valueAt = start + m.index + m[0].length - m[2]!.length;
  const value = ctx.index.unit(valueAt, valueAt + m[2]!.length);
  if (value.t1 <= value.t0) return undefined;
  for (const term of noValue)
    for (const h of ctx.termHitsIn(term, '', value, 0)) {
      if (h.t0 !== value.t0) continue;
      const after = ctx.index.tokens[h.t1 - 1]!.end;
      // "Not included in this Call-off" says no in full; a lone "No" must stand alone ("No charge" says yes).
      if (h.t1 - h.t0 >= 2 || REMARK.test(ctx.doc.text.slice(after, valueAt + m[2]!.length))) {
        const key = ctx.index.unit(keyAt, keyAt + m[1]!.length);
        return key.t1 > key.t0 ? key : undefined;
      }
    }
  return undefined;
}

/** The clauses a row of the file switches off, each with the first row that does. */
export function findSwitchesOff(ctx: MatchContext): SwitchOff[] {
  const { switches, noValue } = ctx.rules;
  if (!switches.length || !noValue.length) return [];
  const out = new Map<string, SwitchOff>();
  const text = ctx.doc.text;
  // Line by line: rows without a full stop run together into one sentence.
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const key = line.includes('|') || line.includes(':') ? noRow(ctx, start, end, noValue) : undefined;
    if (key)
      for (const sw of switches)
        if (!out.has(sw.clause) && sw.keys.some((t) => ctx.termHitsIn(t, sw.pack, key, 0).length > 0))
          out.set(sw.clause, { clause: sw.clause, evidence: sentenceEvidence(ctx.doc, `${sw.pack}/switched-off`, -1, { start, end }) });
    start = end + 1;
  }
  return [...out.values()].sort((a, b) => a.clause.localeCompare(b.clause));
}

// A table of contents names each article and the page it starts on ("4. Termination for Convenience ........ 1"). It
// grants nothing: what an article grants stands in its body, which may say "[Intentionally omitted.]".
import { DOT_LEADER_RE } from '../document/sections.js';

/** A table of contents' title line. */
const CONTENTS_TITLE = /^(?:inhoud(?:sopgave)?|inhoudstafel|table\s+of\s+contents|contents|index)\s*:?$/i;

/** Pure. Whether every line from start to end is an entry (or the title) of a table of contents. (Whole lines: a sentence
 * may end at the leader's dots, before the page number.) */
export function contentsOnly(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(start, end - 1));
  const lines = text.slice(from, nl < 0 ? text.length : nl).split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.some((line) => DOT_LEADER_RE.test(line)) && lines.every((line) => DOT_LEADER_RE.test(line) || CONTENTS_TITLE.test(line));
}

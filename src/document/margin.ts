// Line numbers printed in the margin ("55  6.2 IDL kan de overeenkomst …", or every fifth line: " 20  mei 2023 aan …").
// Left in, they open lines as if they were clause numbers and split words hyphenated across lines. A margin number counts
// the page's lines, so between two of them the numbers rise by as much as the lines do; a list's item numbers do not.

/** A line that opens with a bare number: the number, then a space or the line's end. */
const NUMBERED = /^[ \t]*(\d{1,4})(?=[ \t]|$)[ \t]*/;
/** Numbered lines in a row before a run that numbers every line counts as margin numbers. */
const EVERY_LINE_MIN = 6;
/** … and how many of them must read as the margin's (empty, or going on mid-sentence or with a clause number). */
const EVERY_LINE_SIGNS = 2;
/** Numbered lines in a row before a run that numbers every second, fifth or tenth line counts. */
const SPARSE_MIN = 3;
const SPARSE_STEPS = new Set([2, 5, 10]);

interface Numbered {
  line: number;
  n: number;
  /** The characters the number and its spaces take. */
  width: number;
  /** What follows it on the line. */
  rest: string;
}

/** How much the numbers rise from a to b, where they rise by as many as the lines between; 0 where they do not. */
const stepOf = (a: Numbered, b: Numbered): number => (b.n - a.n === b.line - a.line && b.n > a.n ? b.n - a.n : 0);

/** What only a margin number stands before: nothing, a word going on in lower case, or a clause's own number. */
const marginSign = (rest: string): boolean => rest === '' || /^\p{Ll}/u.test(rest) || /^\d+(?:\.\d+)+\.?\s/.test(rest);

/** Pure. The page's text without the numbers of its lines' margin (a page with none comes back as it was). */
export function stripMarginNumbers(page: string): string {
  const lines = page.split('\n');
  const numbered: Numbered[] = [];
  lines.forEach((text, line) => {
    const m = NUMBERED.exec(text);
    if (m) numbered.push({ line, n: Number(m[1]), width: m[0].length, rest: text.slice(m[0].length) });
  });
  const strip: Numbered[] = [];
  for (let k = 0; k < numbered.length; ) {
    // The run from k: each next number rises by as many as the lines between, by one steady step.
    const first = k + 1 < numbered.length ? stepOf(numbered[k]!, numbered[k + 1]!) : 0;
    let j = k + 1;
    while (first && j < numbered.length && stepOf(numbered[j - 1]!, numbered[j]!) === first) j++;
    const run = numbered.slice(k, j);
    const margin =
      first === 1
        ? run.length >= EVERY_LINE_MIN && run.filter((x) => marginSign(x.rest)).length >= EVERY_LINE_SIGNS
        : SPARSE_STEPS.has(first) && run.length >= SPARSE_MIN;
    if (margin) strip.push(...run);
    k = Math.max(j, k + 1);
  }
  for (const x of strip) lines[x.line] = lines[x.line]!.slice(x.width);
  return lines.join('\n');
}

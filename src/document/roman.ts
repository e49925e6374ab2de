// Roman numerals, both ways: Word numbers lists "iv", contracts head articles "ARTICLE XII".

const TABLE: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
const VALUE: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Lower-case roman numeral; numbers outside 1..3999 stay decimal. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [v, r] of TABLE) {
    while (rest >= v) {
      out += r;
      rest -= v;
    }
  }
  return out;
}

/** The value of a canonical roman numeral up to C (article numbers), or undefined ("IIII", "VX", words). */
export function romanToInt(s: string): number | undefined {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = VALUE[t[i] as string] ?? 0;
    const next = VALUE[t[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  // Reject non-canonical forms by round-tripping.
  return toRoman(total) === t ? total : undefined;
}

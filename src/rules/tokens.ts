// Unicode word tokens with offsets. natural's tokenizers split on "ë" ("beëindiging"), so words are
// cut here: letters and digits, with an inner apostrophe kept ("party's" stays one token).

export interface Token {
  /** Folded form: lower case, diacritics removed ("Beëindiging" -> "beeindiging"). */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower case without diacritics, so "Californië" and "californie" meet. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/’/g, "'");
}

/** English possessive "'s" is not part of the word: "Customer's consent" is {customer} + consent. */
const POSSESSIVE = /['’]s$/i;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const w = m[0].length > 3 ? m[0].replace(POSSESSIVE, '') : m[0];
    out.push({ norm: fold(w), start: m.index, end: m.index + w.length });
  }
  return out;
}

/** The folded words of a phrase, cut exactly as tokenize cuts text. */
export function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** Index of the first item whose key is >= value, in items sorted by that key (binary search). */
export function firstAtLeast<T>(items: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is >= offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstAtLeast(tokens, offset, (t) => t.start);
}

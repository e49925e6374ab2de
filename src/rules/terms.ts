// The term language of a pattern string, parsed once per pack. See PatternSpec in types.ts.

export type Piece =
  | { kind: 'word'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'suffix'; text: string }
  | { kind: 'stem'; text: string }
  | { kind: 'gap'; min: number; max: number }
  | { kind: 'party'; role: 'customer' | 'supplier' | 'party' }
  | { kind: 'list'; name: string; /** another pack's list: `@vocab.noDuty` */ pack?: string };

/** A regex term that opens with `^` (`atSentenceStart`) is tried at the start of every sentence, not of the file. */
export type Term =
  | { kind: 'phrase'; pieces: Piece[]; source: string }
  | { kind: 'regex'; re: RegExp; source: string; atSentenceStart: boolean };

import { words } from './tokens.js';

/** Parse one term; throws an Error whose message says what is wrong (the schema turns it into file:line:col). */
export function parseTerm(source: string): Term {
  const s = source.trim();
  if (s.length > 2 && s.startsWith('/') && s.endsWith('/')) {
    try {
      const body = s.slice(1, -1);
      return { kind: 'regex', re: new RegExp(wrapTolerant(body), 'giu'), source, atSentenceStart: body.startsWith('^') };
    } catch (e) {
      throw new Error(`invalid regular expression ${s}: ${(e as Error).message}`);
    }
  }
  if (!s) throw new Error('empty term');
  // Punctuation is ignored between words, so "(a|an)" would silently mean the words "a an".
  if (/[|()[\]]/.test(s)) throw new Error(`'${s}': '|', '(' and '[' have no meaning in a term; write several terms or a /regex/`);
  const pieces: Piece[] = [];
  for (const raw of s.split(/\s+/)) {
    let m: RegExpMatchArray | null;
    if ((m = raw.match(/^\{(\d+),(\d+)\}$/))) {
      const min = Number(m[1]);
      const max = Number(m[2]);
      if (min > max || max > 30) throw new Error(`gap ${raw} must be {min,max} with min <= max <= 30`);
      pieces.push({ kind: 'gap', min, max });
    } else if ((m = raw.match(/^\{(customer|supplier|party)\}$/))) {
      pieces.push({ kind: 'party', role: m[1] as 'customer' | 'supplier' | 'party' });
    } else if (raw.startsWith('{')) {
      throw new Error(`unknown placeholder ${raw} (use {customer}, {supplier}, {party} or a gap like {0,3})`);
    } else if ((m = raw.match(/^@([A-Za-z][\w-]*)$/))) {
      pieces.push({ kind: 'list', name: m[1]! });
    } else if ((m = raw.match(/^@([a-z0-9][a-z0-9-]*)\.([A-Za-z][\w-]*)$/))) {
      pieces.push({ kind: 'list', pack: m[1]!, name: m[2]! });
    } else {
      const suffix = raw.length > 3 && raw.startsWith('*') && !raw.endsWith('*');
      const parts = words(raw.replace(/^~/, '').replace(/\*$/, '').replace(/^\*/, ''));
      if (suffix && parts.length === 1) {
        // "*gegevens": Dutch compounds (patiëntgegevens, meetgegevens) end in the word that matters.
        pieces.push({ kind: 'suffix', text: parts[0]! });
        continue;
      }
      if (parts.length === 0) throw new Error(`'${raw}' has no letters or digits`);
      // "step-in" is two tokens in the text, so it is two words here.
      parts.forEach((text, i) => {
        const last = i === parts.length - 1;
        if (raw.startsWith('~') && i === 0 && parts.length === 1) pieces.push({ kind: 'stem', text });
        else if (raw.endsWith('*') && last) pieces.push({ kind: 'prefix', text });
        else pieces.push({ kind: 'word', text });
      });
    }
  }
  if (pieces[0]!.kind === 'gap' || pieces[pieces.length - 1]!.kind === 'gap') throw new Error(`'${s}' starts or ends with a gap`);
  return { kind: 'phrase', pieces, source };
}

/**
 * A regular expression of a pack reads text as it was extracted, where a line may break between any two words ("Artikel
 * 15 AIV is niet\nvan toepassing."): a literal space, outside a character class, matches any one white-space character.
 * A class such as `[ \t]` keeps its meaning, so a pattern can still ask for the same line.
 */
export function wrapTolerant(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === ' ' ? '\\s' : c;
  }
  return out;
}

// Word stems through natural's Porter stemmers, imported by subpath: the package root pulls in
// wordnet and classifiers we do not need, and slows every start.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface Stemmer { stem(word: string): string }
const en = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
const nl = require('natural/lib/natural/stemmers/porter_stemmer_nl.js') as Stemmer;

export type StemLanguage = 'en' | 'nl';

const cache: Record<StemLanguage, Map<string, string>> = { en: new Map(), nl: new Map() };

/** Stem of a folded word; digits and one-letter words stem to themselves. */
export function stem(word: string, lang: StemLanguage): string {
  const c = cache[lang];
  let s = c.get(word);
  if (s === undefined) {
    s = word.length < 3 || /\d/.test(word) ? word : (lang === 'en' ? en : nl).stem(word);
    if (c.size > 200_000) c.clear();
    c.set(word, s);
  }
  return s;
}

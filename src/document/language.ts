// Document language from franc-min, restricted to Dutch and English. Contracts often carry an
// English annex or Dutch cover page, so the decision is a vote over chunks, not one guess. A text plainly in another
// language (a Belgian contract in French, a German one) is told apart, so it is reported unread, not as one without
// clauses.

import { franc } from 'franc-min';
import type { Language } from './types.js';

const CHUNK = 1000;
const MAX_CHUNKS = 20;
const AGREEMENT = 0.8;

/** Split into ~CHUNK-character pieces at whitespace, at most MAX_CHUNKS. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length && out.length < MAX_CHUNKS) {
    let end = Math.min(text.length, pos + CHUNK);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > pos + CHUNK / 2) end = space;
    }
    out.push(text.slice(pos, end));
    pos = end;
  }
  // A short tail says little on its own; fold it into the chunk before.
  if (out.length > 1 && (out[out.length - 1] as string).length < CHUNK / 4) {
    const tail = out.pop() as string;
    out[out.length - 1] += tail;
  }
  return out;
}

function guess(text: string): 'nl' | 'en' | undefined {
  const code = franc(text, { only: ['nld', 'eng'] });
  return code === 'nld' ? 'nl' : code === 'eng' ? 'en' : undefined;
}

// Function words that tell a Dutch sentence from an English one without a model (franc needs longer text).
const NL_WORDS = new Set(['de', 'het', 'een', 'van', 'en', 'zijn', 'wordt', 'worden', 'op', 'aan', 'voor', 'met', 'door', 'niet', 'bij', 'dat', 'die', 'deze', 'dit', 'zal', 'kan', 'mag', 'als', 'indien', 'of', 'naar', 'tot', 'ook', 'heeft', 'hebben']);
const EN_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'are', 'be', 'to', 'for', 'with', 'by', 'not', 'shall', 'may', 'will', 'this', 'that', 'which', 'if', 'any', 'or', 'its', 'has', 'have', 'from', 'on']);
// For telling a bilingual contract's two versions apart, also the pronouns and determiners of a short clause:
// "Leverancier meldt Opdrachtgever onverwijld iedere wijziging in de zeggenschap over haar onderneming."
const NL_MORE = new Set([...NL_WORDS, 'haar', 'hun', 'iedere', 'ieder', 'elke', 'elk', 'te', 'om', 'uit', 'tussen', 'geen', 'onze', 'uw', 'wij', 'zij', 'moet', 'dient']);
const EN_MORE = new Set([...EN_WORDS, 'their', 'each', 'every', 'it', 'they', 'such', 'upon', 'under', 'between', 'into', 'must', 'no', 'all']);
/** Function words a sentence needs, and by how many one language must lead, before its language counts as known. */
const MIN_WORDS = 3;
const LEAD = 2;

/** The function words of each language in a text. */
function functionWords(text: string, nlWords = NL_WORDS, enWords = EN_WORDS): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    // "of" is Dutch "or" and English "of"; "is" and "in" are both: they count for neither.
    if (w === 'of' || w === 'is' || w === 'in') continue;
    if (nlWords.has(w)) nl++;
    else if (enWords.has(w)) en++;
  }
  return { nl, en };
}

/** 'nl' or 'en' by its function words (with `more`, also pronouns and determiners); undefined for a heading, a number or a
 * mix. */
export function sentenceLanguage(text: string, more = false): 'nl' | 'en' | undefined {
  const { nl, en } = more ? functionWords(text, NL_MORE, EN_MORE) : functionWords(text);
  if (nl + en < MIN_WORDS) return undefined;
  return nl - en >= LEAD ? 'nl' : en - nl >= LEAD ? 'en' : undefined;
}

/** How many times the other language's function words one language's must outnumber before a sentence is plainly in it. */
const PLAIN_RATIO = 4;

/** 'nl' or 'en' where the sentence is plainly in that language: a quoted clause in a memo of the other language ("This
 * Agreement shall be governed by the laws of the State of California"), not a sentence of it that quotes a few words
 * (""governed by the laws of the State of Delaware" aldaar geldt niet tussen Partijen"). */
export function plainLanguage(text: string): 'nl' | 'en' | undefined {
  const { nl, en } = functionWords(text);
  if (en >= MIN_WORDS && en >= PLAIN_RATIO * Math.max(1, nl)) return 'en';
  if (nl >= MIN_WORDS && nl >= PLAIN_RATIO * Math.max(1, en)) return 'nl';
  return undefined;
}

/** Lines whose language the function words decide, and the share the smaller language needs, before a text counts as
 * bilingual ("NL + EN per article": franc's chunks then mix both and lean to one). */
const BILINGUAL_LINES = 6;
const BILINGUAL_SHARE = 0.25;

/**
 * 'nl' or 'en' when at least 80% of the decided chunks agree, else 'mixed'. Text too short for any
 * decision is 'mixed', so rules for both languages apply.
 */
export function detectLanguage(text: string): Language {
  const votes = chunks(text.replace(/\s+/g, ' ').trim())
    .map(guess)
    .filter((v): v is 'nl' | 'en' => v !== undefined);
  if (votes.length === 0) return 'mixed';
  const lines = text.split('\n').map((l) => sentenceLanguage(l)).filter((l): l is 'nl' | 'en' => l !== undefined);
  const nlLines = lines.filter((l) => l === 'nl').length;
  if (lines.length >= BILINGUAL_LINES && Math.min(nlLines, lines.length - nlLines) / lines.length >= BILINGUAL_SHARE) return 'mixed';
  const nl = votes.filter((v) => v === 'nl').length;
  if (nl / votes.length >= AGREEMENT) return 'nl';
  if ((votes.length - nl) / votes.length >= AGREEMENT) return 'en';
  return 'mixed';
}

/** Languages a contract in the packs' region may be written in instead, by franc's code: their names for a message. */
const OTHER_LANGUAGES: Record<string, string> = { fra: 'French', deu: 'German', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', pol: 'Polish', dan: 'Danish', swe: 'Swedish' };
const OTHER_CODES = ['nld', 'eng', ...Object.keys(OTHER_LANGUAGES)];

/** The name of the language a text is plainly written in when that is neither Dutch nor English (at least 80% of its
 * decided chunks agree), else null. A Dutch contract with a French annex stays Dutch. */
export function unreadLanguage(text: string): string | null {
  const votes = chunks(text.replace(/\s+/g, ' ').trim())
    .map((c) => franc(c, { only: OTHER_CODES }))
    .filter((v) => v !== 'und');
  if (votes.length === 0) return null;
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return top in OTHER_LANGUAGES && n / votes.length >= AGREEMENT ? OTHER_LANGUAGES[top]! : null;
}

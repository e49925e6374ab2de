// Document language from franc-min, restricted to Dutch and English. Contracts often carry an
// English annex or Dutch cover page, so the decision is a vote over chunks, not one guess.

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

/**
 * 'nl' or 'en' when at least 80% of the decided chunks agree, else 'mixed'. Text too short for any
 * decision is 'mixed', so rules for both languages apply.
 */
export function detectLanguage(text: string): Language {
  const votes = chunks(text.replace(/\s+/g, ' ').trim())
    .map(guess)
    .filter((v): v is 'nl' | 'en' => v !== undefined);
  if (votes.length === 0) return 'mixed';
  const nl = votes.filter((v) => v === 'nl').length;
  if (nl / votes.length >= AGREEMENT) return 'nl';
  if ((votes.length - nl) / votes.length >= AGREEMENT) return 'en';
  return 'mixed';
}

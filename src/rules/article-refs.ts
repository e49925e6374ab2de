// References to articles in running text: "artikel 30", "artikelen 30.3 en 32", "Section 9.2A (Escrow) and Section 10",
// "articles 30 to 32", "artikel 2 lid 2"; and whether a cited article is the contract's own or another document's
// ("(zie artikel 8)", "artikel 2 van de raamovereenkomst"). Read by the standard-terms carve-outs and by amendments.
import { clauseNumber } from '../document/sections.js';
import { romanToInt, toRoman } from '../document/roman.js';

// The words that name an article. The amendments pack's `articleWord` vocabulary lists the same words for its rules:
// keep the two in step.
const ARTICLE_WORD = String.raw`(?:artikel(?:en|s)?|art\.?|articles?|clauses?|sections?|bepaling(?:en)?|paragraphs?|punt(?:en)?)`;
// A schedule's lettered article too: "Article B6", "paragraph D.4" (read as "B6", "D4", as sections.ts numbers them); an
// inserted one: "artikel 8a", "Section 9.2A" (read as "8A", "9.2A"); a part of the European Commission's model: "Article
// II.18.1".
// … or an article's roman numeral ("Article VI (Source Code Escrow) … is hereby deleted"), read as its number.
const NUM = String.raw`(?:(?:(?:II|III|IV)\.|[A-Z]\.?)?\d+(?:[a-z](?![a-z]))?(?:\.\d+(?:[a-z](?![a-z]))?)*|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?![\p{L}\d]))`;
const JOIN = String.raw`\s*(?:,|\ben\b|\band\b|\bor\b|\bof\b|t\/m|\btot en met\b|\bthrough\b|\bto\b|-|–)\s*`;
// Each number may carry its title in brackets and repeat the article word: "artikel 9 (Wijziging zeggenschap) en
// artikel 10 (Broncodedepot)".
const TITLE = String.raw`(?:\s*\([^()\n]{1,60}\))?`;
// A paragraph of an article by its Dutch name: "artikel 2 lid 2" is 2.2.
const LID = String.raw`(?:,?\s+lid\s+\d+)?`;
// (or the paragraph sign: "§ 13 (Broncodedepot) … vervalt")
const LIST_ALL = new RegExp(String.raw`(?:\b${ARTICLE_WORD}\s+|§\s*)(${NUM}${LID}${TITLE}(?:${JOIN}(?:${ARTICLE_WORD}\s+|§\s*)?${NUM}${LID}${TITLE})*)`, 'giu');
/** A clause of the contract itself cited along ("(zie artikel 8)", "the fixed term set out in Clause 4", "artikel 8 van
 * deze overeenkomst"), not one of the standard's. */
const OWN_BEFORE = /\b(?:zie|see|set\s+out\s+in|described\s+in|as\s+per|conform)\s*$/i;
// … or of another document of the contract ("Notwithstanding clause 4 of the Framework, the ARBIT-2018 shall not apply",
// "artikel 6 van de Raamovereenkomst"), or of the contract as a whole ("De ARVODI-2018 en de artikelen 5 tot en met 8 van
// de overeenkomst zijn niet meer van toepassing" sets ARVODI aside whole).
const OWN_AFTER = /^\s*(?:van\s+deze|of\s+this|hereof|hieronder|hierna|below|hereinafter|(?:of\s+the|van\s+(?:de|het))\s+(?:framework|master|call-off|order|agreement|contract|overeenkomst|raamovereenkomst|nadere\s+overeenkomst|hoofdovereenkomst|deelovereenkomst|bestek|offerte)\b)/i;
/** Characters after an article's number within which its document is named (" van de nadere overeenkomst", " of the
 * Framework Agreement"). */
const OWN_REACH = 40;
const ownClause = (text: string, start: number, end: number): boolean =>
  OWN_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || OWN_AFTER.test(text.slice(end, end + OWN_REACH));

/** A paragraph's mark written onto an article's number: "13(d)", "4.2(ii)", "7(1)". */
const PARAGRAPH_MARK = /(\d)\(((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2}))\)/giu;

/** Whether a text opens with a word that names articles ("Section", "artikelen", "Art."). */
export const opensWithArticleWord = (text: string): boolean => ARTICLE_START.test(text);
const ARTICLE_START = new RegExp(String.raw`^${ARTICLE_WORD}\b`, 'iu');

/** Where each list of article numbers in a text begins ("clause 17 (Change of Control) and clause 19" is one list). */
export function articleListStarts(text: string): number[] {
  return [...text.matchAll(LIST_ALL)].map((m) => m.index!);
}

/**
 * Article numbers named by "artikel 30", "artikelen 30.3 en 32", "articles 30 to 32". Right after a carve-out
 * phrase the list must start within a few words; anywhere in the part when `anywhere`. With `ofStandard`, a clause of
 * the contract cited along ("(zie artikel 8)") is passed over for the standard's own.
 */
export function articleList(after: string, anywhere = false, ofStandard = false): string[] {
  const m = [...after.matchAll(LIST_ALL)].find((x) => !ofStandard || !ownClause(after, x.index!, x.index! + x[0].length));
  if (!m || (!anywhere && m.index! > 40)) return [];
  const out: string[] = [];
  // (A paragraph's letter or number written onto the article's, "Section 13(d)", is part of the number, not a title.)
  const list = m[1]!
    .replace(PARAGRAPH_MARK, '$1\u27e8$2\u27e9')
    .replace(/\s*\([^()\n]*\)/g, '')
    .replace(/\u27e8([^\u27e9]*)\u27e9/g, '($1)')
    .replace(new RegExp(String.raw`${ARTICLE_WORD}\s+`, 'giu'), '');
  const parts = list.split(new RegExp(`(${JOIN})`, 'iu'));
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i]!.trim().replace(/^(\d+[a-z]?),?\s+lid\s+(\d+)$/i, '$1.$2');
    const roman = /^[ivx]+$/i.test(raw) ? romanToInt(raw) : undefined;
    const n = roman ? String(roman) : clauseNumber(raw);
    const joiner = (parts[i - 1] ?? '').trim().toLowerCase();
    const prev = out[out.length - 1];
    const between = prev && n && /^(t\/m|tot en met|through|to|-|–)$/.test(joiner) ? rangeBetween(prev, n) : undefined;
    if (between) out.push(...between);
    else if (n) out.push(n);
  }
  return out;
}

/** A number's last step and what comes before it: "9.4" → "9." and "4", "13(c)" → "13" and "(c)". */
const LAST_STEP = /^(.*?)(\d+|\([a-z]\)|\([ivx]{1,4}\))$/iu;
/** A paragraph's mark as a count: "(c)" → 3, "(iv)" → 4, "7" → 7. */
function stepValue(step: string, roman: boolean): number | undefined {
  if (/^\d+$/.test(step)) return Number(step);
  const inner = step.slice(1, -1).toLowerCase();
  if (roman) return romanToInt(inner);
  return inner.length === 1 ? inner.charCodeAt(0) - 96 : undefined;
}
function stepText(k: number, like: string, roman: boolean): string {
  if (/^\d+$/.test(like)) return String(k);
  const inner = roman ? toRoman(k) : String.fromCharCode(96 + k);
  return `(${like === like.toLowerCase() ? inner : inner.toUpperCase()})`;
}

/**
 * The numbers after `from` up to `to` when both differ only in their last step: "3" to "5", "9.1" to "9.4", "13(a)"
 * through "13(c)", "4(ii)" through "4(iv)". Undefined for anything else ("9.4 to 10.2" names no list one can spell out).
 */
function rangeBetween(from: string, to: string): string[] | undefined {
  const a = LAST_STEP.exec(from), b = LAST_STEP.exec(to);
  if (!a || !b || a[1] !== b[1]) return undefined;
  // "(i)" is a letter after "(h)" but a roman one before "(ii)": roman when both ends read as roman numerals.
  const roman = /^\([ivx]+\)$/i.test(a[2]!) && /^\([ivx]+\)$/i.test(b[2]!) && (a[2]!.toLowerCase() === '(i)' || b[2]!.length > 3);
  const x = stepValue(a[2]!, roman), y = stepValue(b[2]!, roman);
  if (x === undefined || y === undefined || y <= x || y - x > 200) return undefined;
  const out: string[] = [];
  for (let k = x + 1; k <= y; k++) out.push(a[1] + stepText(k, b[2]!, roman));
  return out;
}

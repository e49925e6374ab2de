// Defined terms: '"Change of Control" means …', '… (a "Change of Control")', "Onder 'Exit' wordt verstaan: …",
// 'A "Continuity Event" occurs if …', 'a "Control Event" occurs in relation to a company if …'.
// Returns each defined term with the stretch of text that defines it.
import { isAbbreviation, LIST_MARKER } from '../document/sentences.js';
import { escapeRe } from './regions.js';

export interface Definition {
  term: string;
  start: number;
  end: number;
  /** Where the term itself stands when the definition comes before it ('… Agreement (the "Agreement")'). */
  named?: { start: number; end: number };
  /** Where the term stands before its definition ('"Supplier Termination Event" means …'): its own words may say its kind.
   * Not for a term that only points elsewhere ('"Restructuring Event" has the meaning given in Schedule 1'). */
  termAt?: { start: number; end: number };
}

const Q_OPEN = `["“‘'„]`;
const Q_CLOSE = `["”’']`;
// (A PDF may wrap the term's quotation over two lines: '"Sale\nTransaction" means …'.)
const TERM = `([A-Z\\p{Lu}][^"”’'\\n]{1,58}(?:\\n[^"”’'\\n]{1,30})?)`;
const MEANS = new RegExp(
  `${Q_OPEN}${TERM}${Q_CLOSE}\\s*(?:,\\s*)?(?:shall\\s+)?(?:means?|mean,|has the meaning|shall have the meaning|refers? to|includes|wordt (?:hierna )?verstaan|betekent|:|(?:shall\\s+)?occurs?\\s+(?:in\\s+relation\\s+to\\s+[^.;:\\n"“]{1,40}?\\s+)?(?:if|when|where)|doet\\s+zich\\s+voor\\s+(?:indien|wanneer|als))`,
  'gu',
);
// ('… or (c) sale of substantially all of PBM's assets (each, a "Control Transaction")': a term for each of a list; 'This
// letter and the attached service terms (together, the "Engagement")': one for all of them.)
const PAREN = new RegExp(`\\(\\s*(?:hereinafter\\s+)?(?:(?:referred to|defined)\\s+as\\s+)?(?:(?:each|any|every|elk|iedere?|together|collectively|jointly|samen|tezamen|gezamenlijk)\\s*,\\s*)?(?:a|an|the|each|any|such|een)?\\s*${Q_OPEN}${TERM}${Q_CLOSE}\\s*\\)`, 'gu');
// Unquoted, an event named by what it is: "A Default Event occurs in relation to a Venturer if: … (c) a Change of Control".
const EVENT = /\b(?:An?|The)\s+((?:\p{Lu}[\p{Ll}-]+\s+){1,3}(?:Event|Events|Ground|Grounds))\s+(?:shall\s+)?(?:occurs?|exists?|arises?|be\s+deemed\s+to\s+occur)\b[^.:\n]{0,80}?\b(?:if|when|where)\b/gu;
// A list that defines the term its lead-in names: 'Each of the following is an "Event of Default" in relation to a
// Shareholder: … (c) a Change of Control of that Shareholder.', 'Elk van de volgende omstandigheden is een
// "Beëindigingsgrond":'.
const FOLLOWING = new RegExp(
  `\\b(?:each|any|every|all|elk|elke|ieder|iedere)\\s+(?:one\\s+)?(?:of\\s+the|van\\s+de)\\s+(?:following|volgende)(?:\\s+[\\p{L}-]+)?\\s+(?:shall\\s+(?:be|constitute)|is|are|constitutes?|geldt\\s+als|vormt|wordt\\s+aangemerkt\\s+als)\\s+(?:an?\\s+|een\\s+)?${Q_OPEN}${TERM}${Q_CLOSE}`,
  'giu',
);
// Unquoted at a line's start, as Commonwealth drafting sets defined terms in bold: "Restructure Event means the Licensor
// merging or amalgamating with …", "1.2 Business Day means …". Every word of the term is capitalised (or a joining "of").
const BARE_MEANS = /^[ \t]*(?:\d+(?:\.\d+)*\.?|\([a-z]{1,3}\))?[ \t]*(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:of|in|for|and|to|van|\p{Lu}[\p{L}\p{N}'’-]*)){0,5})[ \t]+(?:means|has the meaning|betekent)\b/gmu;
const ONDER = new RegExp(`\\bOnder\\s+(?:de\\s+|het\\s+|een\\s+)?${Q_OPEN}?([^"”’'\\n]{2,58}?)${Q_CLOSE}?\\s+wordt\\s+(?:in\\s+(?:deze|dit)\\s+\\S+\\s+)?verstaan`, 'gu');

// A definitions list: "3. Aandelenoverdracht: de overdracht …", "1.4 Changement de Contrôle: elke gebeurtenis …",
// "- Derde Staat: iedere staat buiten de Europese Economische Ruimte."
/** The end of a line that runs on into the next: a line of six words or more, directly above, ending in a word. */
const WRAPPED_INTO = /(?:^|\n)[ \t]*(?:[^\s\n]+[ \t]+){5,}[\p{Ll}\d]+[ \t]*\n$/u;
// A term and its colon opening a line, after a number or list marker: "Zeggenschap: …", "(b) Verwerving: …", "b) Verwerving: …".
const COLON = /^[ \t]*(?:\d+(?:\.\d+)*\.?|[a-z]\.|\(?[a-z]\)|\d{1,2}\)|[-•–])?[ \t]*([\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,4})[ \t]*:[ \t]+(?=\S)/gmu;
// A list item's opening: "(c) ", "c. ", "iv) ", "- ".
// The same in quotes, as an amendment gives a definition's new text: 'wordt vervangen door: "Wijziging van Zeggenschap: een
// juridische fusie …"'.
/** A definition named by its term, up to the term's opening quote: "de definitie van ", "the definition of the term ".
 * (amendments.ts reads it too: an amendment of a definition strikes that definition, not the article it stands in.) */
export const DEFINITION_OF = String.raw`\b(?:(?:de|the)\s+)?(?:definitions?|definities?|omschrijving)\s+(?:of|van)\s+(?:(?:het\s+begrip|de\s+term|the\s+term)\s+)?`;
const QUOTED_COLON = new RegExp(`(?:^|:)[ \\t]*${Q_OPEN}([\\p{Lu}][^"”’':\\n]{1,58}):[ \\t]+(?=\\S)`, 'gmu');
// An amendment that strikes or replaces a definition by its term: 'De definitie van "Wijziging van Zeggenschap" in
// artikel 1.5 vervalt en wordt vervangen door: …', 'The definition of "Change of Control" is deleted and replaced with …'.
// ("is amended by adding …" keeps the old text and is not one.)
const REPLACED = new RegExp(
  `${DEFINITION_OF}${Q_OPEN}${TERM}${Q_CLOSE}(?:[^.;]|\\.(?=\\d)){0,120}?\\b(?:vervalt|vervallen|wordt\\s+(?:\\p{L}+\\s+)?(?:vervangen|geschrapt)|komt\\s+te\\s+luiden|luidt\\s+(?:voortaan|vanaf|met\\s+ingang|als\\s+volgt)|(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?(?:deleted|replaced|restated|amended\\s+and\\s+restated|amended\\s+to\\s+read)|(?:shall\\s+)?(?:now\\s+)?reads?\\s+(?:as\\s+follows|in\\s+full))`,
  'giu',
);
const LIST_ITEM = new RegExp(String.raw`^[ \t]*(?:${LIST_MARKER}|[-•–])[ \t]+\S`, 'i');
/** A term as one line: its words with single spaces. */
const oneLine = (t: string): string => t.trim().replace(/\s+/g, ' ');
const NOT_TERM = /^(?:artikel|article|section|clause|bijlage|annex|schedule|partijen|parties|note|let op|betreft|onderwerp|subject|re|datum|date|tussen|between|vraag|antwoord|question|answer|reactie|response|voorbehoud|voorbehouden|reservation|reservations|opmerking|opmerkingen|toelichting|comment|comments|remark|remarks)\b/i;
/** A label's value that is a statement, not what a term means: a name or pronoun and its verb ("Voorbehoud: Sportpas
 * Digitaal kan … niet dragen", "Position: We will …"), where a definition opens with what the term is ("de overdracht …"). */
const STATEMENT = /^(?:\p{Lu}[\p{L}.&'’-]*[ \t]+){1,4}(?:kan|kunnen|zal|zullen|mag|mogen|moet|moeten|wil|willen|shall|will|may|can|cannot|must|wishes|intends)\b/u;

/** A full stop that ends a sentence, not a person's initial ("means Bradley K. Nakamura ceasing to be …"). A company's or
 * a title's abbreviation is left to the sentence splitter's own list (isAbbreviation): 'securities of … Harland Benefit
 * Holdings, Inc. (the Administrator's parent) representing forty percent …' goes on. */
const STOP = String.raw`(?<!(?:^|[\s(])\p{Lu})\.`;
const FIRST_STOP = new RegExp(`${STOP}(?=\\s+[\\p{Lu}"“(])`, 'gu');

/** Where a definition's first sentence ends (not at a person's initial), between start and end: what the term is, before any exception after it
 * ("… in which the Supplier is not the surviving entity. A transfer of shares, however large, shall not constitute …"). */
export function firstSentenceEnd(text: string, start: number, end: number): number {
  const part = text.slice(start, end);
  FIRST_STOP.lastIndex = 0;
  for (let stop = FIRST_STOP.exec(part); stop; stop = FIRST_STOP.exec(part)) if (!isAbbreviation(text, start + stop.index)) return start + stop.index;
  return end;
}

/** Pure. Definitions run to the end of their sentence (means-style, lists of (a); (b) included) or from the sentence start (parenthetical). */
export function findDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  const sentenceEnd = (from: number) => {
    // … or at a semicolon before the next quoted term: 'In these Terms: "Contractor" means the person named …; "Change of
    // Control" means …' defines each in turn; so does a list of them, each entry with its marker ('…;\n(b) "Business Day"
    // means …', '…;\n- "Change of Control": …').
    const m = new RegExp(`${STOP}(?=\\s+[\\p{Lu}\\d"“(]|\\s*$)|\\n\\s*\\n|;(?=\\s+(?:(?:\\(?[a-z\\d]{1,3}[.)]|[-•–])\\s+)?["“])`, 'gu');
    m.lastIndex = from;
    let r = m.exec(text);
    while (r && r[0] === '.' && isAbbreviation(text, r.index)) r = m.exec(text);
    return Math.min(r ? r.index + 1 : text.length, from + 600);
  };
  const sentenceStart = (to: number) => {
    // A full stop at a line end closes the sentence before too ('… of the Supplier.\n1.4 "Services" means …').
    const a = Math.max(text.lastIndexOf('. ', to), text.lastIndexOf('.\n', to), text.lastIndexOf('\n\n', to), text.lastIndexOf('; ', to));
    return Math.max(a + 1, to - 1200, 0);
  };
  // A definition that opens a list ('"Beëindigingsgrond": ieder van de volgende omstandigheden:' and a blank line) runs
  // on over its items ('(c) een Wijziging van Zeggenschap;'), up to the first line that is no item.
  const withList = (start: number, end: number) => {
    if (!/:\s*$/.test(text.slice(start, end))) return end;
    let to = end;
    const line = /[^\n]*(?:\n|$)/g;
    line.lastIndex = end;
    let blank = false;
    for (let m = line.exec(text); m && m[0] !== '' && m.index < start + 1200; m = line.exec(text)) {
      if (m[0].trim() === '') {
        blank = true;
        continue;
      }
      // An item, or the wrapped line of the item right above it.
      if (!LIST_ITEM.test(m[0]) && !(to > end && !blank)) break;
      blank = false;
      to = m.index + m[0].trimEnd().length;
    }
    return Math.min(to, start + 1200);
  };
  // The sentence right after a definition that leaves something out of the term by its name belongs to it ('"Change of
  // Control" means a merger … . No transfer of shares, however large, shall constitute a Change of Control.').
  const withExclusion = (term: string, end: number) => {
    // (A list's entry may close with a semicolon: "Zeggenschapswijziging: een juridische fusie …. Onder
    // Zeggenschapswijziging wordt niet verstaan een overdracht van aandelen …;".)
    const next = /^[.;]?\s*[^.;\n]{0,240}[.;]/.exec(text.slice(end, end + 260));
    if (!next) return end;
    const t = escapeRe(term);
    const says = new RegExp(`\\b(?:(?:not|never)\\s+(?:constitute|be\\s+(?:deemed|considered|treated\\s+as)|amount\\s+to|qualify\\s+as)|(?:shall|will)\\s+constitute|constitutes)\\s+(?:an?\\s+|the\\s+)?${t}\\b|\\bgeen\\s+${t}\\b|\\bniet\\s+(?:als\\s+)?(?:een\\s+)?${t}\\b|\\bonder\\s+(?:de\\s+|het\\s+|een\\s+)?${t}\\s+(?:wordt|worden)\\s+(?:\\p{L}+\\s+){0,3}?niet\\s+verstaan\\b|\\b${t}\\s+(?:(?:does|shall|will)\\s+not\\s+include|excludes)\\b`, 'iu');
    return says.test(next[0]) ? end + next[0].length : end;
  };
  for (const re of [MEANS, BARE_MEANS, ONDER, EVENT, FOLLOWING]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // An unquoted event is defined from its own name on ("A Default Event occurs … if:"), which says what kind it is.
      const at = m.index + m[0].indexOf(m[1]!);
      const points = /^\s*(?:given|set\s+out|ascribed|assigned|attributed|defined)\b/i.test(text.slice(end, end + 40));
      const first = withList(end, sentenceEnd(end));
      out.push({ term: oneLine(m[1]!), start: re === EVENT ? m.index : end, end: withExclusion(oneLine(m[1]!), first), ...(points ? {} : { termAt: { start: at, end: at + m[1]!.trim().length } }) });
    }
  }
  COLON.lastIndex = 0;
  for (let m = COLON.exec(text); m; m = COLON.exec(text)) {
    const term = m[1]!.trim();
    const end = m.index + m[0].length;
    // (A letter alone is a Q&A's answer or a list's marker: "A: No exit services are requested under this contract.")
    if (term.length < 2 || NOT_TERM.test(term) || STATEMENT.test(text.slice(end, end + 120))) continue;
    // (Nor a sentence wrapped onto the line: "… the following schedules are NOT USED in this\nCall-Off Contract: Call-Off
    // Schedule 8 …" — the line above runs on into it, no punctuation at its end.)
    if (WRAPPED_INTO.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    // (To the end of its first sentence: "Overgangsperiode: nihil. Partijen komen overeen …" defines it as nothing.)
    // … and the sentence after it that leaves something out of the term by its name.
    out.push({ term, start: end, end: withExclusion(term, withList(end, firstSentenceEnd(text, end, wrappedLineEnd(text, end)))) });
  }
  QUOTED_COLON.lastIndex = 0;
  for (let m = QUOTED_COLON.exec(text); m; m = QUOTED_COLON.exec(text)) {
    const term = m[1]!.trim();
    if (NOT_TERM.test(term)) continue;
    const end = m.index + m[0].length;
    // Up to the closing quote ('… niet onder."'), or the line's end.
    const close = /["”](?=\s*(?:$|\n|[.;,)]))/.exec(text.slice(end, end + 1200));
    const eol = text.indexOf('\n', end);
    out.push({ term, start: end, end: close ? end + close.index : Math.min(eol < 0 ? text.length : eol, end + 1200) });
  }
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const term = m[1]!.trim();
    const at = m.index + m[0].indexOf(term);
    const spelled = expansion(text, m.index, term);
    out.push({ term, start: Math.min(sentenceStart(m.index), spelled?.start ?? m.index), end: m.index, named: spelled ?? { start: at, end: at + term.length } });
  }
  const replaced = replacedTerms(text);
  return out.filter((d) => d.end > d.start && !replaced.some((r) => r.at > d.start && sameTerm(r.term, d.term))).sort((a, b) => a.start - b.start);
}

/** Where the line from `from` ends, taking in the lines a PDF wrapped it onto: up to a line that ends a sentence, or
 * before a blank line, a numbered or marked line or another "Term:" line. */
function wrappedLineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 1200);
  let eol = text.indexOf('\n', from);
  while (eol >= 0 && eol < limit) {
    if (/[.;:!?]\s*$/.test(text.slice(Math.max(from, eol - 3), eol))) return eol;
    const nextEnd = text.indexOf('\n', eol + 1);
    const next = text.slice(eol + 1, nextEnd < 0 ? text.length : nextEnd);
    if (!next.trim() || LIST_ITEM.test(next) || /^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]|[\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]*:)/u.test(next)) return eol;
    eol = nextEnd;
  }
  return eol < 0 ? text.length : Math.min(eol, limit);
}

const sameTerm = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** The terms whose definitions an amendment strikes or replaces, and where it says so: the definitions before it define
 * nothing any more (its new text, after it, does). */
function replacedTerms(text: string): Array<{ term: string; at: number }> {
  REPLACED.lastIndex = 0;
  return [...text.matchAll(REPLACED)].map((m) => ({ term: oneLine(m[1]!), at: m.index! }));
}

/**
 * The words an acronym abbreviates, in the sentence that defines it: 'a Master Hosting Agreement ("MHA")', 'under a Hosting
 * Services Agreement dated …, as amended … (the "HSA")' name it by words whose initials spell it, so the acronym is of
 * their kind. Undefined when no capitalised words in the sentence spell it.
 */
const EXPANSION_REACH = 400;
function expansion(text: string, paren: number, term: string): { start: number; end: number } | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(term)) return undefined;
  // Back to the paragraph's start: abbreviations ("No. 2", "Inc.") end no sentence here.
  const from = Math.max(text.lastIndexOf('\n', paren) + 1, paren - EXPANSION_REACH);
  const words = [...text.slice(from, paren).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  for (let k = words.length - term.length; k >= 0; k--) {
    const picked = words.slice(k, k + term.length);
    if (picked.every((w, i) => w[0][0] === term[i])) return { start: from + picked[0]!.index!, end: from + picked[term.length - 1]!.index! + picked[term.length - 1]![0].length };
  }
  return undefined;
}
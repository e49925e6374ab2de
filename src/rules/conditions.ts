// Clauses that hold only for a class the contract did not choose. A contract built from a clause library prints the
// variants of every risk class, each marked with the classes it holds for ("4.3 Variant hoog (alleen van toepassing bij
// risicoklasse hoog): …", "7. STEP-IN (applies only to Categories B and C)", "5.1 [M] [H] …", "(2) Category C only: …"),
// and says once which class applies ("Risicoklasse: laag", "The Licensee has selected Category A", "☒ laag risico"). A
// variant for another class states nothing. The packs name the words (`classWord`, `classOnly`, `classLow`,
// `classMiddle`, `classHigh`); where the file names no class, or no variant is marked, nothing changes.
import type { MatchContext } from './match.js';
import { sectionAt } from '../document/sentences.js';
import type { Term } from './terms.js';
import { escapeRe, fileLines, lineIndexAt, type Region } from './regions.js';

/** A class as compared: a level ('low', 'middle', 'high') or a category letter ('A' … 'E'). */
type ClassValue = string;

const LETTER_LEVEL: Record<string, ClassValue> = { A: 'low', B: 'middle', C: 'high', L: 'low', M: 'middle', H: 'high' };
/** Characters at most between a class word and the value that says which class is chosen ("risicoklasse van de opdracht
 *  is door Zorgnet bepaald op: MIDDEN"). */
const CHOSEN_REACH = 100;
/** The terms as a regular expression's alternatives, in lower case, upper case and with a capital (the expressions are
 *  case-sensitive so that a category letter "A" is not the article "a"). */
function alternation(terms: Term[]): string {
  const cased = terms.flatMap((t) => {
    const w = t.source.trim().toLowerCase();
    return [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)];
  });
  return [...new Set(cased)].map((w) => escapeRe(w).replace(/\s+/g, '\\s+')).join('|');
}

/** Words that say a class is the one chosen, before its value. */
const CHOSEN = /:|\b(?:selected|chosen|gekozen|vastgesteld|vast|bepaald|classified|ingedeeld|valt|falls|is|are|assigned|stated|designated)\b/iu;
/** A box ticked before a value: "☒ laag risico". */
const TICKED = /[☒☑✓✔]|\[\s*[xX]\s*\]/u;

/** Regions of the file that hold only for a class other than the one chosen. */
export function findOtherClasses(ctx: MatchContext): Region[] {
  const { classWord, classOnly, classLow, classMiddle, classHigh } = ctx.rules.layout;
  if (!classWord.length || !classLow.length) return [];
  const levels = new Map<string, ClassValue>();
  for (const [terms, level] of [[classLow, 'low'], [classMiddle, 'middle'], [classHigh, 'high']] as const) for (const t of terms) levels.set(t.source.trim().toLowerCase(), level);
  const level = `(?:${alternation([...classLow, ...classMiddle, ...classHigh])})`;
  const value = `(?:${level}|[A-E](?![\\p{L}\\d]))`;
  const kind = `(?:${alternation(classWord)})`;
  const text = ctx.doc.text;
  const valueOf = (raw: string): ClassValue => levels.get(raw.toLowerCase()) ?? raw.toUpperCase();

  // A marked variant: an opener and the values ("alleen van toepassing bij risicoklasse midden en hoog", "applies only to
  // Categories B and C"), the values and "only" ("Category B and C only"), a variant named by its value ("Variant hoog",
  // "Variant for Category C"), or tags at the start of a paragraph ("[M] [H]").
  const values = `${value}(?:\\s*(?:,|\\ben\\b|\\band\\b|\\bof\\b|\\bor\\b|\\/)\\s*(?:${kind}\\s+)?${value})*`;
  const opener = classOnly.length ? `(?:${alternation(classOnly)})\\s+(?:(?:de|het|the)\\s+)?(?:${kind}\\s+)?(${values})` : '(?!)';
  const marks = new RegExp(
    [
      opener,
      `\\b${kind}\\s+(${values})\\s+(?:only|alleen|ONLY|ALLEEN)\\b`,
      `\\b[Vv]ariant(?:\\s+(?:for|voor))?\\s+(?:${kind}\\s+)?(${values})(?=\\s*[:,(])`,
    ].join('|'),
    'gu',
  );
  const tags = /^[ \t]*(?:\(?\d+(?:\.\d+)*[.)]?[ \t]+)?((?:\[[A-EHLM]\][ \t]*)+)/gmu;
  const found: Array<{ at: number; named: ClassValue[] }> = [];
  for (const m of text.matchAll(marks)) {
    const list = m[1] ?? m[2] ?? m[3] ?? '';
    found.push({ at: m.index!, named: [...list.matchAll(new RegExp(`(?<![\\p{L}\\d])(${value})(?![\\p{L}\\d])`, 'gu'))].map((v) => valueOf(v[1]!)) });
  }
  for (const m of text.matchAll(tags)) found.push({ at: m.index!, named: [...m[1]!.matchAll(/\[([A-EHLM])\]/g)].map((v) => v[1]!) });
  // Most files mark no variant: then the chosen class is not looked for.
  if (!found.length) return [];
  const chosen = chosenClass(ctx, new RegExp(`\\b${kind}\\b`, 'u'), new RegExp(`(?<![\\p{L}\\d])(${value})(?![\\p{L}\\d])`, 'gu'), valueOf, new RegExp(marks.source, 'u'), classOnly);
  if (chosen === undefined) return [];
  const holds = (named: ClassValue[]) => named.includes(chosen) || named.map((v) => LETTER_LEVEL[v] ?? v).includes(LETTER_LEVEL[chosen] ?? chosen);
  const lines = fileLines(text);
  // A paragraph ends where the next mark's line starts ("Variant Z-3 (…)" under the text of "Variant Z-2 (…)").
  const marked = new Set(found.map((f) => lineIndexAt(lines, f.at)));
  return found.filter((f) => f.named.length && !holds(f.named)).map((f) => reach(ctx, lines, f.at, marked));
}

/**
 * The class the file says applies: the last line that names one class after a class word ("Risicoklasse: laag", "valt de
 * opdracht in risicoklasse hoog", "has selected Category A, as …", "Artikel 1.3 … komt te luiden: "… vast op: midden.""),
 * or the class after a ticked box in a line that offers several ("☒ laag risico ☐ midden risico ☐ hoog risico"). A line
 * that names several classes, or marks variants, chooses none. (Lines, not sentences: a particulars line without a full
 * stop runs on into the next sentence.)
 */
function chosenClass(ctx: MatchContext, kind: RegExp, value: RegExp, valueOf: (raw: string) => ClassValue, marks: RegExp, only: Term[]): ClassValue | undefined {
  const { doc } = ctx;
  const onlyWords = new RegExp(`\\b(?:${alternation(only) || '(?!)'})\\b`, 'u');
  const values = (line: string) => [...line.matchAll(value)];
  let chosen: ClassValue | undefined;
  // Each sentence of each line on its own: "1.3 Risk Category …: Category A (low). Clauses stated to be "applicable only
  // to Category B" … do not apply."
  const pieces = fileLines(doc.text).flatMap((l) => doc.text.slice(l.start, l.end).split(/(?<=[.;])\s+(?=[\p{Lu}"“])/u));
  for (const line of pieces) {
    if (onlyWords.test(line) || marks.test(line)) continue;
    const all = values(line);
    const ticked = TICKED.exec(line);
    if (ticked && all.length >= 2) {
      const v = new RegExp(value.source, 'u').exec(line.slice(ticked.index + ticked[0].length));
      if (v) chosen = valueOf(v[1]!);
      continue;
    }
    const k = kind.exec(line);
    if (!k) continue;
    // … and says it is chosen: "Risicoklasse: laag", "… bepaald op: MIDDEN", "has selected Category A", "ingedeeld in
    // risicoklasse HOOG" (not "Paragraphs reserved to Category B or", a PDF line of a sentence that names several).
    const near = all.filter((v) => v.index! > k.index && v.index! - k.index <= CHOSEN_REACH + k[0].length && CHOSEN.test(line.slice(0, v.index)));
    const named = new Set(near.map((v) => valueOf(v[1]!)));
    // "Risk Category selected: C (high)": a letter and its level are one class.
    const levels = new Set(all.map((v) => valueOf(v[1]!)).map((v) => LETTER_LEVEL[v] ?? v));
    if (named.size && levels.size === 1) chosen = [...named][0];
  }
  return chosen;
}

/** What a mark at `at` holds for: its article where it stands in the article's first two lines (the heading and a line
 *  under it), else its paragraph up to a blank line or the next numbered or marked line. */
function reach(ctx: MatchContext, lines: Region[], at: number, marked: Set<number>): Region {
  const { doc } = ctx;
  const k = lineIndexAt(lines, at);
  const line = lines[k]!;
  const own = doc.sections[sectionAt(doc.sections, at)];
  if (own) {
    const first = lineIndexAt(lines, own.start);
    if (k === first || (k === first + 1 && /^\s*\(.*\)\s*$/.test(doc.text.slice(line.start, line.end)))) return { start: own.start, end: own.end };
  }
  let j = k + 1;
  const limit = own ? own.end : doc.text.length;
  while (j < lines.length && lines[j]!.start < limit) {
    const t = doc.text.slice(lines[j]!.start, lines[j]!.end);
    if (!t.trim() || marked.has(j) || /^\s*(?:\(?\d+(?:\.\d+)*[.)]|\(?[a-z]\)|\[[A-Z]\]|lid\s+\d)/i.test(t)) break;
    j++;
  }
  return { start: line.start, end: Math.min(limit, lines[j - 1]!.end) };
}

// Questions in a Nota van Inlichtingen or a tender's Q&A ("Vraag 14 … Vraag: Artikel 9.3 verplicht Leverancier de broncode
// … te deponeren. Kan deze eis worden geschrapt? / Antwoord: Ja. Artikel 9.3 komt te vervallen."). A question describes
// or quotes the draft and asks; it grants and strikes nothing. The answer after it is read like any other text. The packs
// name the labels (`questionLabel`, `answerLabel`).
import type { RuleSet } from './compile.js';
import { fileLines, labels, type Region } from './regions.js';

/** Characters at most from a question's label to its answer's: a label further on is no answer to it. */
const QUESTION_CHARS = 3000;

/** Pure: the questions of the text's Q&A, each from its label line to the line of its answer's label. */
export function findAskedParts(text: string, layout: RuleSet['layout']): Region[] {
  const { questionLabel, answerLabel, answerAccepts } = layout;
  if (!questionLabel.length || !answerLabel.length) return [];
  const accepts = new Set(labels(answerAccepts));
  // The answer's line holds its label and one word of acceptance only ("Antwoord: Akkoord", "Response: Complies").
  const acceptedOnly = (line: string) => {
    const m = /^[^:]*:\s*([^.:;]*?)[.!]?\s*$/u.exec(line);
    return !!m && accepts.has(m[1]!.trim().toLowerCase());
  };
  const lines = fileLines(text);
  const out: Region[] = [];
  // An answer on the question's own line: "Vraag 15: Zal de provincie … ontbinden? Antwoord: Nee. …".
  const questions = labels(questionLabel);
  const answers = labels(answerLabel);
  const answerWords = answers.filter((w) => w.length > 1 && !w.includes(' '));
  // (… or a one-letter label with its number after the question mark: "Q. 44 Will the City …? A. 44 No. …".)
  const answerLetters = answers.filter((w) => w.length === 1);
  const inlineAnswer = answerWords.length
    ? new RegExp(String.raw`\b(?:${answerWords.join('|')})\s*:` + (answerLetters.length ? String.raw`|\?[ \t]+(?:${answerLetters.join('|')})\.?[ \t]*\d{1,3}\b` : ''), 'iu')
    : undefined;
  for (let k = 0; k < lines.length; k++) {
    if (!labelled(text, questions, lines[k]!)) continue;
    const own = text.slice(lines[k]!.start, lines[k]!.end);
    const at = inlineAnswer ? own.slice(1).search(inlineAnswer) : -1;
    if (at >= 0) {
      out.push({ start: lines[k]!.start, end: lines[k]!.start + 1 + at });
      continue;
    }
    // The first question label of a run ("Vraag 14" then "Vraag: …") opens it; the answer's label closes it.
    let j = k + 1;
    while (j < lines.length && lines[j]!.start - lines[k]!.start <= QUESTION_CHARS && !labelled(text, answers, lines[j]!, true)) j++;
    if (j >= lines.length || lines[j]!.start - lines[k]!.start > QUESTION_CHARS) continue;
    // (Not a requirement the answer only accepts: "K-15 Vraag: Indien Opdrachtnemer tekortschiet, is Opdrachtgever
    // gerechtigd … / Antwoord: Akkoord" is a term the bidder agreed to.)
    if (!acceptedOnly(text.slice(lines[j]!.start, lines[j]!.end))) out.push({ start: lines[k]!.start, end: lines[j]!.start });
    k = j;
  }
  return out;
}

/**
 * Whether a line opens with one of the labels (after the question's number, if any), then a number, a colon, a full stop,
 * a bracket or a dash ("Vraag 27.", "Question 6 -", "1. Vraag (inschrijver A):", "Antwoord:", "Q:"), not a sentence that
 * starts with the word ("Answer the following …").
 */
function labelled(file: string, words: readonly string[], line: Region, letterColon = false): boolean {
  const text = file.slice(line.start, line.end);
  // The label may be the line's first word, or stand after what opens a log's entry; the first reading that finds a
  // label word decides.
  return LABEL_AT.some((re) => {
    const first = re.exec(text);
    if (!first) return false;
    // A one-letter label only with its number ("V7.", "A 11:", "Q3", "Q. 44"), or with a colon where it answers a question
    // a full label opened ("Question 9 | Requirement R-9.4 / Q: … / A: Yes. …"): "A." or "V." alone opens a list item or
    // a part, "V.1" numbers a clause, and "Q: Which law governs? / A: German law." in a contract written as questions
    // and answers states its terms.
    const rest = text.slice(first.index + first[0].length);
    if (first[1]!.length === 1 && !/^[ \t]*(?:\d|\.[ \t]+\d)/.test(rest) && !(letterColon && /^[ \t]*:/.test(rest))) return false;
    // Compared as words, not as tokens: "V7" is one token.
    return words.includes(first[1]!.toLowerCase());
  });
}

/** Where a label stands on its line, then a number, a colon, a full stop, a bracket or a dash: first (after a number or a
 * short word: "NvI vraag 6 - artikel 5: …"), after a log's reference ("C-19 Query: …"), or after an item's number and who
 * asks or answers ("Item 5. Supplier question: …", "Customer answer: …"). */
const LABEL_AT = [
  /^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?:\p{L}{2,6}[ \t]+)?(\p{L}+)(?=[ \t]*(?:\d{1,3}[a-z]?\b|[:.–(-]))/u,
  /^[ \t]*\p{Lu}{1,4}-\d{1,3}[ \t]+(\p{L}+)(?=[ \t]*(?:\d{1,3}[a-z]?\b|[:.–(-]))/u,
  /^[ \t]*(?:\p{L}{2,6}[ \t]+\d{1,3}[.:)]?[ \t]+)?\p{Lu}\p{Ll}{2,11}[ \t]+(\p{L}+)(?=[ \t]*:)/u,
];

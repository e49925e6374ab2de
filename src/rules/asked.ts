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
  const { questionLabel, answerLabel } = layout;
  if (!questionLabel.length || !answerLabel.length) return [];
  const lines = fileLines(text);
  const out: Region[] = [];
  // An answer on the question's own line: "Vraag 15: Zal de provincie … ontbinden? Antwoord: Nee. …".
  const questions = labels(questionLabel);
  const answers = labels(answerLabel);
  const answerWords = answers.filter((w) => w.length > 1 && !w.includes(' '));
  const inlineAnswer = answerWords.length ? new RegExp(String.raw`\b(?:${answerWords.join('|')})\s*:`, 'iu') : undefined;
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
    while (j < lines.length && lines[j]!.start - lines[k]!.start <= QUESTION_CHARS && !labelled(text, answers, lines[j]!)) j++;
    if (j >= lines.length || lines[j]!.start - lines[k]!.start > QUESTION_CHARS) continue;
    out.push({ start: lines[k]!.start, end: lines[j]!.start });
    k = j;
  }
  return out;
}

/**
 * Whether a line opens with one of the labels (after the question's number, if any), then a number, a colon, a full stop,
 * a bracket or a dash ("Vraag 27.", "Question 6 -", "1. Vraag (inschrijver A):", "Antwoord:", "Q:"), not a sentence that
 * starts with the word ("Answer the following …").
 */
function labelled(file: string, words: readonly string[], line: Region): boolean {
  const text = file.slice(line.start, line.end);
  // (A short word may come before the label: "NvI vraag 6 - artikel 5: …".)
  const first = /^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?(?:\p{L}{2,6}[ \t]+)?(\p{L}+)(?=[ \t]*(?:\d{1,3}[a-z]?\b|[:.–(-]))/u.exec(text);
  if (!first) return false;
  // A one-letter label only with its number ("V7.", "A 11:", "Q3"): "A." or "V." alone opens a list item or a part.
  if (first[1]!.length === 1 && !/^[ \t]*\d/.test(text.slice(first.index + first[0].length))) return false;
  // Compared as words, not as tokens: "V7" is one token.
  return words.includes(first[1]!.toLowerCase());
}

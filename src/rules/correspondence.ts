// Correspondence: a file of letters or e-mails that answer one another (an offer, the body's conditions, the supplier's
// reply, the acceptance), each message opening with a salutation ("Beste Mert,", "Dear Ms Chen,"). A later message
// answers the earlier ones: where it says a clause does not hold, what an earlier message granted of it gives way
// (analyse.ts). The packs name the words (`salutation`).
import type { MatchContext } from './match.js';
import { salutationLines } from './regions.js';

/** Salutations at least for a file to be correspondence: one is a cover letter's. */
const MIN_MESSAGES = 2;

/** Where the file's messages open (each line that opens with a salutation, after any quote marks of a forwarded
 * message), or none when the file is no correspondence. */
export function findMessages(ctx: MatchContext): number[] {
  const starts = salutationLines(ctx.doc.text, ctx.rules.layout.salutation);
  return starts.length >= MIN_MESSAGES ? starts : [];
}

/** How deep in the quotes of forwarded replies an offset stands: the '>' marks that open its line. */
export function quoteDepth(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return (/^[ \t>]*/.exec(text.slice(start, start + 40))![0].match(/>/g) ?? []).length;
}

/** Whether what stands at `a` was written no later than what stands at `b`: a reply quotes the older messages below it
 * ("> Van: …", "> > Beste Lotte, …"), so deeper in the quotes is older; at the same depth the earlier is. */
export function writtenBefore(text: string, a: number, b: number): boolean {
  const [da, db] = [quoteDepth(text, a), quoteDepth(text, b)];
  return da !== db ? da > db : a <= b;
}

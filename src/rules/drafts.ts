// Documents in a file that do not (or no longer) hold: a later document that never took effect ("CONCEPT – TWEEDE
// WIJZIGINGSOVEREENKOMST … niet ondertekend", "DRAFT Amendment No. 2 (not executed)", "Voorstel tot wijziging van de
// Overeenkomst (afgewezen)"). What they say is no clause and strikes nothing; the contract stands as the signed
// documents left it. The packs name the marks (`draftMark`) and the documents (`documentName`). Annexes and articles
// taken out later are in struck.ts.
import type { MatchContext } from './match.js';
import { escapeRe, fileLines, framedTitle, isWhole, labels, opensAsArticle, opensWith, termHits, type Region } from './regions.js';

/** Words at most on a banner line over a title ("DRAFT - FOR DISCUSSION ONLY - NOT SIGNED"). */
const BANNER_WORDS = 10;
/** Words at most on a document's title line. */
const TITLE_WORDS = 20;
/** A part's letter or Roman number before its title: "B. ", "II. ". */
const PART_LETTER = /^(?:[A-H]|[IVX]{1,4})[.)][ \t]+/;
/** Lines at most a document's own status field stands under its title. */
const STATUS_LINES = 30;
/** A list item's bullet opening a line. */
const BULLET = /^[ \t]*[-•*▪][ \t]+/;
/** Characters of text before a title that make it a later document, where no numbered clause stands before it. */
const LATER = 800;
/** The document's name stands among a title's first words. */
const TITLE_OPENING = 6;
/** Marks of a document's status rather than its draft: "vervallen", "withdrawn", "not applicable". */
const STATUS = /^(?:vervallen|ingetrokken|withdrawn|superseded|not\s+applicable|niet\s+(?:meer\s+)?van\s+toepassing|no\s+longer)/i;
/** What narrows a mark to a case or a time, right after it: "(not applicable to Lot 2)", "(vervallen voor perceel B)". */
export const NARROWING_WORDS = String.raw`(?:to|for|during|until|except|unless|op|voor|bij|tijdens|tot|behalve|tenzij)\b`;
const NARROWED = new RegExp(String.raw`^[ \t]*${NARROWING_WORDS}`, 'i');

/** A title line: a few words naming a document, not a clause ("Amendment No. 3", "SIDE LETTER", "Wijzigingsovereenkomst"). */
function titleLine(ctx: MatchContext, line: Region): Region | undefined {
  const t = framedTitle(ctx, line);
  if (!t || t.t1 - t.t0 > TITLE_WORDS) return undefined;
  const text = ctx.doc.text.slice(t.start, t.end);
  if (!/^\p{Lu}/u.test(text) || opensAsArticle(text)) return undefined;
  // (Nor a line that holds the end of one sentence and the start of the next: "ARBIT-bepalingen over wijziging van
  // zeggenschap. Het concept is niet in deze tekst verwerkt".)
  // (A part's letter before the title is no sentence's end: "B. Wijzigingsverzoek WV-03", "II. Side letter".)
  if (/[.;]\s+\p{Lu}\p{Ll}/u.test(text.replace(PART_LETTER, ''))) return undefined;
  // A line of a longer sentence that runs on is no title ("Het in het concept-Addendum … opgenomen artikel 5 … is op |
  // verzoek van Parelkode geschrapt en maakt geen deel uit van deze afspraken."); a title with a line under it is
  // ("Aanvullende afspraak nr. 1 | bij de Overeenkomst WZ-2023-SD-11").
  // A letter's heading over its salutation is a title though no full stop ends it ("Aanvullende brief d.d. 19 januari
  // 2026 | Geachte heer Smit,").
  const s = ctx.doc.sentences[ctx.index.sentenceAt(t.start)];
  if (s && s.end > line.end + 1 && !salutationNext(ctx, line)) {
    const u = ctx.index.unit(s.start, s.end);
    if (u.t1 - u.t0 > TITLE_WORDS) return undefined;
  }
  // The document's name opens the title ("DRAFT Amendment No. 2", "Concept tweede wijziging …", "Voorstel tot wijziging").
  return termHits(ctx, ctx.rules.layout.documentName, t.start, t.end).some((h) => h.t0 - t.t0 < TITLE_OPENING) ? t : undefined;
}

/** Whether the next line that holds text opens with a salutation (the packs' `salutation`). */
function salutationNext(ctx: MatchContext, line: Region): boolean {
  const text = ctx.doc.text;
  const m = /\n[ \t]*(?:\n[ \t]*)*(\S[^\n]*)/.exec(text.slice(line.end, line.end + 400));
  if (!m) return false;
  const at = line.end + m.index + m[0].length - m[1]!.length;
  return opensWith(ctx, ctx.rules.layout.salutation, at, at + m[1]!.length);
}

/** The title of the next document, which ends the one before: a title line that does not end like a sentence. */
export const nextTitle = (ctx: MatchContext, line: Region): Region | undefined => {
  const t = titleLine(ctx, line);
  return t && !/[.;:]$/.test(ctx.doc.text.slice(t.start, t.end)) ? t : undefined;
};

/** Where later documents of the file begin: their title lines ("Wijzigingsovereenkomst …", "Amendment No. 2"), in order. */
export function laterDocuments(ctx: MatchContext): number[] {
  if (!ctx.rules.layout.documentName.length) return [];
  const { doc } = ctx;
  return fileLines(doc.text)
    .map((l) => nextTitle(ctx, l))
    // (Not a line of a table of contents: "Addendum 1 - d.d. 30 juni 2026" listed under "INHOUDSOPGAVE".)
    .filter((t): t is Region => !!t && (t.start >= LATER || doc.sections.some((s) => s.start < t.start)) && !doc.contents.some((c) => c.start <= t.start && t.start < c.end))
    .map((t) => t.start);
}

/** Placeholders at least in a later document for it to be a blank form ("[naam Licentiegever]", "[datum]", "[..]"). */
const BLANK_FORM = 3;
/** A bracket of a few words, or of dots, an ellipsis, underscores or a bullet only. */
const BRACKETED = /\[([^\]\n]{1,50})\]/g;
/** The later document whose title is line `i`, to the next document's title, where it is a form left blank. */
function formAt(ctx: MatchContext, lines: readonly Region[], i: number): Region | undefined {
  // (A subtitle under the title is no next document: "BIJLAGE 7 – ESCROWOVEREENKOMST" over "Model
  // driepartijen-escrowovereenkomst".)
  let k = i + 1;
  for (let body = false; k < lines.length; k++) {
    const title = nextTitle(ctx, lines[k]!);
    if (title && body) break;
    if (!title && /[\p{L}\d]/u.test(ctx.doc.text.slice(lines[k]!.start, lines[k]!.end))) body = true;
  }
  const form = { start: lines[i]!.start, end: k < lines.length ? lines[k]!.start : ctx.doc.text.length };
  return blankForm(ctx, form) ? form : undefined;
}

/** Later documents of the file left as a blank form, each from its title line (read by struck.ts: the annex it names is
 * one left out). (Unlike findDrafts, also a title that a list of the annexes has next to it.) */
export function findBlankForms(ctx: MatchContext): Region[] {
  // (Read by findDrafts and by struck.ts for the same file: found once.)
  let out = blankForms.get(ctx);
  if (out) return out;
  out = [];
  blankForms.set(ctx, out);
  if (!ctx.rules.layout.documentName.length || !ctx.rules.layout.placeholderWord.length) return out;
  const lines = fileLines(ctx.doc.text);
  for (let i = 0; i < lines.length; i++) {
    const t = titleLine(ctx, lines[i]!);
    if (!t || (t.start < LATER && !ctx.doc.sections.some((s) => s.start < t.start))) continue;
    const form = formAt(ctx, lines, i);
    if (form) out.push(form);
  }
  return out;
}
const blankForms = new WeakMap<MatchContext, Region[]>();

/** Whether a stretch of the file is a form left blank: it holds at least `BLANK_FORM` placeholders. */
function blankForm(ctx: MatchContext, r: Region): boolean {
  const { placeholderWord } = ctx.rules.layout;
  let n = 0;
  for (const m of ctx.doc.text.slice(r.start, r.end).matchAll(BRACKETED)) {
    const at = r.start + m.index! + 1;
    // (Not a box left empty, "[ ]": a form's option, not a blank.)
    const blank = /^\s*(?:\.{2,}|…|_+|●|•)\s*$/.test(m[1]!) || termHits(ctx, placeholderWord, at, at + m[1]!.length).length > 0;
    if (blank && ++n >= BLANK_FORM) return true;
  }
  return false;
}

/** The parts of the file that are drafts or rejected proposals of a later document, or later documents left as a blank
 * form ("Bijlage 7 – Model escrowovereenkomst" with "Partijen: [naam Licentiegever], …", "[datum]"), in order. */
export function findDrafts(ctx: MatchContext): Region[] {
  const { draftMark, documentName, statusLabel } = ctx.rules.layout;
  if (!draftMark.length || !documentName.length) return [];
  const { doc } = ctx;
  const lines = fileLines(doc.text);
  // (A mark narrowed to a case marks nothing: "Bijlage 3 – Exitplan (niet van toepassing op perceel 2)".)
  // A mark of a document's status ("vervallen", "niet van toepassing") counts in brackets or after a dash only, and not as
  // one side of a choice ("Ontbinding bij wijziging zeggenschap: [van toepassing / niet van toepassing]").
  const marked = (t: Region) =>
    termHits(ctx, draftMark, t.start, t.end).some((h) => {
      const from = ctx.index.tokens[h.t0]!.start;
      const to = ctx.index.tokens[h.t1 - 1]!.end;
      if (NARROWED.test(ctx.doc.text.slice(to, t.end))) return false;
      if (!STATUS.test(ctx.doc.text.slice(from, to))) return true;
      const open = /[([][^()[\]]*$/.exec(ctx.doc.text.slice(t.start, from));
      if (open) return !open[0].includes('/') && !/^[^()[\]]*\//.test(ctx.doc.text.slice(to, t.end));
      return /[–—-][ \t]*$/.test(ctx.doc.text.slice(t.start, from));
    });
  // A line of a list or table of the documents, not a title over one: "Bijlage 4 – Exitplan [vervallen; zie artikel
  // 1.4]." under "Bijlage 3 – Prijsbijlage;", "Bijlage E  Broncodedepot ....... NIET VAN TOEPASSING", "Depot van de
  // broncode | 12 | niet van toepassing".
  const listed = (i: number): boolean => {
    const line = doc.text.slice(lines[i]!.start, lines[i]!.end);
    if (line.includes('|') || /\.{4,}|…/.test(line)) return true;
    const near = (step: number) => {
      for (let k = i + step; k >= 0 && k < lines.length; k += step) {
        const l = lines[k]!;
        const text = doc.text.slice(l.start, l.end);
        if (!text.trim()) continue;
        // (after a list's bullet or number: "- Bijlage 3 – Prijsbijlage;")
        const item = /^[ \t]*(?:[-•*]|\(?[a-z\d]{1,2}[.)])?[ \t]*/u.exec(text)![0].length;
        return opensWith(ctx, documentName, l.start + item, l.end);
      }
      return false;
    };
    return near(-1) || near(1);
  };
  // A change request or change note whose own status field says it is still a proposal, or was turned down ("Status |
  // PROPOSED — under review by Supplier legal; not signed", "Status: OPEN — not agreed"): the first status field of the
  // document, before the next title.
  const statusField = new RegExp(String.raw`^[ \t]*(?:${labels(statusLabel).map(escapeRe).join('|')})[ \t]*(?::|\|)[ \t]*`, 'iu');
  const proposalStatus = (i: number): boolean => {
    if (!statusLabel.length) return false;
    for (let k = i + 1; k < lines.length && k <= i + STATUS_LINES; k++) {
      if (nextTitle(ctx, lines[k]!)) return false;
      const line = doc.text.slice(lines[k]!.start, lines[k]!.end);
      const m = statusField.exec(line);
      if (!m) continue;
      const at = lines[k]!.start + m[0].length;
      return turnedDown(ctx, at, lines[k]!.end) || opensWith(ctx, draftMark, at, lines[k]!.end);
    }
    return false;
  };
  // A banner of its own over the title, maybe between ruled lines ("DRAFT - FOR DISCUSSION ONLY - NOT SIGNED" | "DEED OF
  // VARIATION (…)"): a short line in capitals with a mark.
  const markAbove = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const text = doc.text.slice(lines[k]!.start, lines[k]!.end).trim();
      if (!text || /^[-=_*~\s]+$/.test(text)) continue;
      const u = ctx.index.unit(lines[k]!.start, lines[k]!.end);
      return u.t1 - u.t0 <= BANNER_WORDS && text === text.toUpperCase() && /\p{Lu}/u.test(text) && marked({ start: lines[k]!.start, end: lines[k]!.end });
    }
    return false;
  };
  const out: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = titleLine(ctx, lines[i]!);
    // Only a later document: a file that opens with "DRAFT AGREEMENT" is the draft the reader was given, read as it is.
    if (!t || (t.start < LATER && !doc.sections.some((s) => s.start < t.start))) continue;
    if (!marked(t) && !markAbove(i) && !proposalStatus(i)) {
      // A form left blank, where no list of the documents names it.
      const form = listed(i) ? undefined : findBlankForms(ctx).find((f) => f.start === lines[i]!.start);
      if (form) out.push(form);
      continue;
    }
    // An item of a list of the changes ("- Concept-Addendum 2 (niet ondertekend)" over "Artikel 9 (Broncodedepot) vervalt."):
    // to the next item or a blank line. (Another line of a list of documents is no title over one.)
    const bullet = BULLET.test(doc.text.slice(lines[i]!.start, lines[i]!.end));
    if (!bullet && listed(i)) continue;
    if (bullet) {
      let k = i + 1;
      while (k < lines.length && doc.text.slice(lines[k]!.start, lines[k]!.end).trim() && !BULLET.test(doc.text.slice(lines[k]!.start, lines[k]!.end))) k++;
      out.push({ start: lines[i]!.start, end: lines[k - 1]!.end });
      continue;
    }
    // To the next document's title that is no draft, or the end of the file.
    let k = i + 1;
    for (; k < lines.length; k++) {
      const next = nextTitle(ctx, lines[k]!);
      if (next && !marked(next)) break;
    }
    out.push({ start: lines[i]!.start, end: k < lines.length ? lines[k]!.start : doc.text.length });
    i = k - 1;
  }
  return out;
}

/**
 * Whether a status (a cell of an issues list, the words after "Status:") says the request was turned down or withdrawn
 * (`rowRejected` opens it) or left open at signature: a pending word alone, or before a bracket or a dash ("open (niet
 * opgenomen)", "open — partijen komen hier … op terug").
 */
export function turnedDown(ctx: MatchContext, start: number, end: number): boolean {
  const { rowRejected, statusPending } = ctx.rules.layout;
  if (opensWith(ctx, rowRejected, start, end) || isWhole(ctx, statusPending, start, end)) return true;
  const cut = ctx.doc.text.slice(start, end).search(/\s*[([–—-]/);
  return cut > 0 && isWhole(ctx, statusPending, start, start + cut);
}

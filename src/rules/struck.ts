// Parts of the contract taken out later that still stand in the file: an annex a later document takes out as a whole
// ("Bijlage 3 (Continuïteitsafspraken) is … niet meer van toepassing en maakt geen deel meer uit van de Overeenkomst"),
// and an article a consolidated text keeps only as a marker of its deletion ("17. [Clause 17 deleted by Amendment 3]",
// "Artikel 9 – Vervallen", "12.4 [Intentionally omitted]"). What stands there grants nothing. The packs name the words
// (`annexStruck`, `sectionStruck`).
import type { MatchContext } from './match.js';
import type { Term } from './terms.js';
import { ANNEX_WORD, fileLines, framedTitle, isWhole, opensWith, rowCells, termHits, type Region } from './regions.js';
import { NARROWING_WORDS, nextTitle } from './drafts.js';
import { EMPTY_BOX, TICKED_BOX } from './switches.js';

/** The number and article word that open a section's line: "17.", "Artikel 9 –", "Clause 14A:". */
const NUMBER = /^(?:(?:artikel|article|clause|section|art\.)\s+)?[A-Z]?\d+[A-Za-z]?(?:\.\d+[A-Za-z]?)*\.?\s*[-–—:]?\s*/i;
/** Words at most on a marker line after the number. */
const MARKER_WORDS = 12;
/** A mark in brackets that closes a heading line, and the words at most on such a line. */
const TRAILING_MARK = /[([]([^()[\]\n]{2,80})[)\]][ \t.]*$/;
const HEADING_WORDS = 20;
/** A mark that names the change or date that struck the clause: "Vervallen, zie Wijzigingsovereenkomst nr. 1", "deleted by
 * Amendment No. 2", "vervallen per 1-1-2024". */
const CHANGE_CITED = /^\s*\p{L}+(?:\s+\p{L}+)?\s*[,;:]?\s*(?:zie|see|bij|by|per|met\s+ingang\s+van|as\s+of|from|effective)\b/iu;
/** A mark narrowed to a case or a time: "(not applicable to Module B)", "(vervalt tijdens de pilot)". */
const NARROWED = new RegExp(String.raw`\b${NARROWING_WORDS}`, 'i');

/**
 * The text a deletion marker may take: all in brackets ("[deleted by Amendment 1]", "(vervallen)"), or opening with the
 * deletion word or with the article it names ("Vervallen.", "Intentionally omitted", "Clause 17 deleted by Amendment 3").
 */
function markerText(rest: string): string | undefined {
  const bare = rest.trim().replace(/[.;:]$/, '');
  const bracketed = /^[[(](.*)[\])]$/.exec(bare);
  const inner = (bracketed?.[1] ?? bare).trim();
  if (!inner || inner.split(/\s+/).length > MARKER_WORDS) return undefined;
  return inner.replace(NUMBER, '');
}

/** The sections whose own line is only a marker of their deletion: from the marker to the section's end. */
export function findStruckSections(ctx: MatchContext): Region[] {
  const { sectionStruck } = ctx.rules.layout;
  if (!sectionStruck.length) return [];
  const { doc } = ctx;
  const out: Region[] = [];
  const starts = new Set(doc.sections.map((s) => s.start));
  const lineEndAt = (at: number) => {
    const nl = doc.text.indexOf('\n', at);
    return nl < 0 ? doc.text.length : nl;
  };
  doc.sections.forEach((sec, i) => {
    const lineEnd = lineEndAt(sec.start);
    // (A line that leads into a list is no marker: "1.2 Niet van toepassing zijn:" over the provisions set aside.)
    if (/:\s*$/.test(doc.text.slice(sec.start, lineEnd))) return;
    if (deletionMarker(ctx, sec.start, lineEnd) || markerUnderHeading(sec, lineEnd)) out.push({ start: sec.start, end: sec.end });
    else if (markedHeading(sec.start, lineEnd)) {
      // The mark on a heading takes the articles under it too ("5." takes 5.1 and 5.2).
      let end = sec.end;
      for (let k = i + 1; k < doc.sections.length && doc.sections[k]!.number.startsWith(`${sec.number}.`); k++) end = doc.sections[k]!.end;
      out.push({ start: sec.start, end });
    }
  });
  return out;

  // A heading that bears the mark in brackets at its end: "5. Delivery note – reverse side (not applicable, see section
  // 3)", "Artikel 12 Escrow (vervallen)"; not one narrowed to a case ("(not applicable to the pilot phase)").
  function markedHeading(start: number, lineEnd: number): boolean {
    const line = doc.text.slice(start, lineEnd);
    const m = TRAILING_MARK.exec(line);
    // (A clause of any length whose line ends in a mark that says which change struck it: "1.1 Op deze Overeenkomst is
    // ARBIT-2018 van toepassing. [Vervallen, zie Wijzigingsovereenkomst nr. 1]".)
    if (!m || (line.trim().split(/\s+/).length > HEADING_WORDS && !CHANGE_CITED.test(m[1]!))) return false;
    const inner = m[1]!;
    if (NARROWED.test(inner.split(/[,;]/)[0]!)) return false;
    const at = start + m.index + 1 + (inner.length - inner.trimStart().length);
    return opensWith(ctx, sectionStruck, at, at + inner.trim().length);
  }

  // A heading on the number's line, or on the line below it, with the marker as the article's only body: "ARTICLE 2
  // Termination for Convenience" over "[Intentionally omitted.]".
  function markerUnderHeading(sec: (typeof doc.sections)[number], lineEnd: number): boolean {
    const own = doc.text.slice(sec.start, lineEnd).replace(NUMBER, '').trim();
    if (!sec.heading || (own !== '' && own !== sec.heading)) return false;
    let at = lineEnd + 1;
    for (let k = 0; k < 2 && at < sec.end; k++) {
      while (at < sec.end && doc.text[at] === '\n') at++;
      if (at >= sec.end || starts.has(at)) return false;
      const end = Math.min(lineEndAt(at), sec.end);
      const line = doc.text.slice(at, end).trim();
      if (own === '' && k === 0 && line === sec.heading) {
        at = end + 1;
        continue;
      }
      return deletionMarker(ctx, at, end) && doc.text.slice(end, sec.end).trim() === '';
    }
    return false;
  }
}

/** Whether the text from `start` to `end` is only a marker of a deletion, after a number: "12.4 [Reserved].", "Vervallen". */
export function deletionMarker(ctx: MatchContext, start: number, end: number): boolean {
  const line = ctx.doc.text.slice(start, end);
  const rest = line.replace(NUMBER, '');
  const marker = markerText(rest);
  if (marker === undefined) return false;
  const at = start + line.length - rest.length + rest.indexOf(marker);
  // The deletion word opens what is left of the marker: "[deleted by Amendment 1]", not "[Escrow – amended by …]".
  return opensWith(ctx, ctx.rules.layout.sectionStruck, at, at + marker.length);
}

/** A new text given in the struck part's place: "vervangen door", "replaced by", "new Schedule 4". */
const REPLACED = /\b(?:vervangen|vervangt|replaced|replaces|substituted|nieuwe|new)\b/i;
/** "Bijlage 3", "Schedule 4", "Annex C": an annex named with its number or letter. */
const ANNEX = new RegExp(String.raw`\b(${ANNEX_WORD})\s+([A-Z]|\d{1,2})\b`, 'gi');

/** The annexes a later sentence takes out as a whole ("Bijlage 3 … maakt geen deel meer uit van de Overeenkomst"): from
 * the annex's title line before that sentence to the next document's title. */
export function findStruckAnnexes(ctx: MatchContext): Region[] {
  return partsTakenOut(ctx, ctx.rules.layout.annexStruck, ANNEX, true, (m) => {
    const name = new RegExp(`^${m[1]}\\s+${m[2]}\\b`, 'i');
    return (l) => {
      const t = framedTitle(ctx, l);
      return !!t && name.test(ctx.doc.text.slice(t.start, t.end)) && !!nextTitle(ctx, l);
    };
  });
}

// A part named by its heading in quotes: "de in de offerte onder "Contractuele bepalingen" voorgestelde bepalingen".
const QUOTED_PART = /["“„]([^"”\n]{3,60})["”]/g;

/**
 * Parts of an earlier document that a later one rejects by their heading ("De in de offerte onder "Contractuele
 * bepalingen" voorgestelde bepalingen worden uitdrukkelijk van de hand gewezen en maken geen deel uit van de
 * overeenkomst"): from the heading line to the next document's title, at most to the rejecting sentence. The packs name
 * the words (`partRejected`).
 */
export function findRejectedParts(ctx: MatchContext): Region[] {
  return partsTakenOut(ctx, ctx.rules.layout.partRejected, QUOTED_PART, false, (m) => {
    const name = m[1]!.trim().toLowerCase();
    return (l) => ctx.doc.text.slice(l.start, l.end).trim().replace(/:$/, '').toLowerCase() === name;
  });
}

/**
 * Parts a sentence takes out by name: the sentence names them (`names`, a global regex) and says so (`words`); each
 * name's heading line before the sentence (`heading`) opens the part, which runs to the next document's title. With
 * `later`, a part attached after the sentence counts where none of that name stands before it ("Bijlage 2 bij onze
 * opdrachtbrief kun je als vervallen beschouwen" in an e-mail, the annex printed at the end of the file), unless the
 * sentence gives a new text in its place.
 */
function partsTakenOut(ctx: MatchContext, words: readonly Term[], names: RegExp, later: boolean, heading: (m: RegExpMatchArray) => (line: Region) => boolean): Region[] {
  if (!words.length) return [];
  const { doc } = ctx;
  const lines = fileLines(doc.text);
  const out: Region[] = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    if (sentence.search(names) < 0 || !termHits(ctx, words, s.start, s.end).length) continue;
    for (const m of sentence.matchAll(names)) {
      const is = heading(m);
      // Every such heading before the sentence: a table of contents may list the part above the part itself.
      const found = out.length;
      lines.forEach((l, at) => {
        if (l.end <= s.start && is(l)) out.push(partUnder(ctx, lines, at, s.start));
      });
      if (later && out.length === found && !REPLACED.test(sentence)) {
        const at = lines.findIndex((l) => l.start >= s.end && is(l));
        if (at >= 0) out.push(partUnder(ctx, lines, at, ctx.doc.text.length));
      }
    }
  }
  return out;
}

/** From heading line `at` to the next document's title, at most to `stop` (the sentence that takes the part out). */
function partUnder(ctx: MatchContext, lines: Region[], at: number, stop: number): Region {
  let k = at + 1;
  while (k < lines.length && lines[k]!.start < stop && !nextTitle(ctx, lines[k]!)) k++;
  return { start: lines[at]!.start, end: Math.min(k < lines.length ? lines[k]!.start : ctx.doc.text.length, stop) };
}

/**
 * Table rows that record a request turned down: the row's last cell opens with a refusal ("C-3 | Change of control |
 * Customer may terminate if control of Formwerk is acquired | Rejected", "| Escrow | … | Afgewezen |"). A deviations
 * list or an answer table keeps what was asked; the row grants nothing. The packs name the words (`rowRejected`).
 */
export function findRejectedRows(ctx: MatchContext): Region[] {
  const words = ctx.rules.layout.rowRejected;
  if (!words.length) return [];
  const out: Region[] = [];
  const lines = fileLines(ctx.doc.text);
  for (const line of lines) {
    const text = ctx.doc.text.slice(line.start, line.end);
    const cells = rowCells(text, line.start).filter((c) => ctx.doc.text.slice(c.start, c.end).trim());
    if (cells.length < 3 || !text.includes('|')) continue;
    // The answer in the last cell, or in a short cell after the requirement with a comment after it ("E-18 | Opdrachtgever
    // mag … door een derde laten uitvoeren … | Nee | Gezien het SaaS-karakter … niet mogelijk").
    const cellText = (c: Region) => ctx.doc.text.slice(c.start, c.end);
    const wordCount = (c: Region) => cellText(c).trim().split(/\s+/).length;
    const answers = cells.slice(2).filter((c, k, rest) => k === rest.length - 1 || wordCount(c) <= ANSWER_WORDS);
    const rejects = (c: Region) => {
      const cell = cellText(c);
      return opensWith(ctx, words, c.start + (cell.length - cell.trimStart().length), c.end);
    };
    // A bare "Nee" answers a requirement written out in the cell before it ("E-18 | Opdrachtgever mag … door een derde laten
    // uitvoeren … | Nee | …", "Gemeente kan werkzaamheden door derden laten uitvoeren bij tekortkoming | Nee | …"), not a
    // short key: "Broncode bij een notaris/escrow | nee | -" is an order form's switch (switches.ts).
    const saysNo = cells.slice(1).some((c, k) => isWhole(ctx, ctx.rules.layout.rowAnsweredNo, c.start, c.end) && wordCount(cells[k]!) >= REQUIREMENT_WORDS);
    if (answers.some(rejects) || saysNo) out.push(line);
  }
  return [...out, ...declinedRequirements(ctx, words, lines)];
}

/** Words at least in a requirement a bare "Nee" answers (fewer make a key, as an order form's row has). */
const REQUIREMENT_WORDS = 7;
/** Words at most in an answer cell that has a comment after it ("Nee", "Does not comply"). */
const ANSWER_WORDS = 3;
/** A requirement's number at the head of its line: "E-12", "C3.6", "Q-11", "K-14", "R-03", "2". */
const REQUIREMENT_ID = /^[ \t]*(?:[A-Z]{1,3}[ \t-]?\d{1,3}(?:\.\d{1,2})?|\d{1,3})[ \t|]+\S/;
/** A question answered no by a ticked box: "… if you fail to restore service? [ ] Yes [X] No". */
const ANSWERED_NO = String.raw`(?:${EMPTY_BOX}[ \t]*\p{L}+[ \t]*)*${TICKED_BOX}[ \t]*(?:no|nee|neen)\b[ \t.|]*$`;
const TICKED_NO = new RegExp(String.raw`\?[ \t|]*${ANSWERED_NO}`, 'iu');
/** … or on a line of its own under the question: "Antwoord: [ ] Ja [X] Nee", "[ ] Yes [X] No". */
const TICKED_NO_LINE = new RegExp(String.raw`^[ \t|]*(?:(?:antwoord|answer|response|reactie)[ \t]*:[ \t]*)?${ANSWERED_NO}`, 'iu');
/** Lines at most that a requirement runs on under its first, or that a question answered below takes. */
const REQUIREMENT_LINES = 4;

/**
 * A requirement of a tender's questionnaire answered no in the column at its line's end ("E-12  Leverancier deponeert
 * de broncode …   Voldoet niet", "C3.6  Optional Clause X2 - Step-in Rights   D   Do not accept"), with the lines it
 * wraps onto, or a question answered by a ticked no: what it asks was not agreed.
 */
function declinedRequirements(ctx: MatchContext, words: readonly Term[], lines: readonly Region[]): Region[] {
  const out: Region[] = [];
  for (const [k, line] of lines.entries()) {
    const text = ctx.doc.text.slice(line.start, line.end);
    if (TICKED_NO_LINE.test(text) && k > 0 && /\?[ \t]*$/.test(ctx.doc.text.slice(lines[k - 1]!.start, lines[k - 1]!.end))) {
      // The question above, back to its first line (a blank line or a requirement's number before it).
      let first = k - 1;
      while (first > 0 && first > k - 1 - REQUIREMENT_LINES && !REQUIREMENT_ID.test(ctx.doc.text.slice(lines[first]!.start, lines[first]!.end))) {
        const prev = ctx.doc.text.slice(lines[first - 1]!.start, lines[first - 1]!.end);
        if (!prev.trim() || /[?.:]\s*$/.test(prev)) break;
        first--;
      }
      out.push({ start: lines[first]!.start, end: line.end });
      continue;
    }
    const ticked = TICKED_NO.test(text);
    if (!ticked) {
      if (!REQUIREMENT_ID.test(text)) continue;
      const u = ctx.index.unit(line.start, line.end);
      const atEnd = words.some((t) =>
        ctx.termHitsIn(t, '', u, 0).some((h) => h.t0 > u.t0 + 1 && /^[ \t|.]*$/.test(ctx.doc.text.slice(ctx.index.tokens[h.t1 - 1]!.end, line.end))),
      );
      if (!atEnd) continue;
    }
    // The lines it runs on to: up to a blank line or the next requirement.
    let end = k + 1;
    while (!ticked && end < lines.length && end <= k + REQUIREMENT_LINES) {
      const next = ctx.doc.text.slice(lines[end]!.start, lines[end]!.end);
      if (!next.trim() || REQUIREMENT_ID.test(next)) break;
      end++;
    }
    out.push({ start: line.start, end: lines[end - 1]!.end });
  }
  return out;
}

/** A list item's opening: "- ", "• ", "(a) ", "b. ", "ii) ", "3. ". */
const ITEM = /^\s*(?:[-–•*▪]|\(?[a-z]\)|\(?[ivx]{1,4}\)|[a-z]\.|\d{1,2}[.)])\s+/;
/** Words at most from "de volgende" / "the following" to the words that reject what follows. */
const LEAD_REACH = 12;

/**
 * The items of a list whose lead says they do not apply: "Partijen verklaren uitdrukkelijk dat de volgende teksten uit de
 * concepten niet zijn overgenomen en geen werking hebben:" / "The following provisions of Draft 3 shall not apply:". What
 * an item quotes or names states nothing. The packs name the words (`listFollowing` before `partRejected`).
 */
export function findRejectedLists(ctx: MatchContext): Region[] {
  const { listFollowing, partRejected } = ctx.rules.layout;
  if (!listFollowing.length || !partRejected.length) return [];
  const { doc } = ctx;
  const lines = fileLines(doc.text);
  const out: Region[] = [];
  for (const s of doc.sentences) {
    if (!/:\s*$/.test(doc.text.slice(s.start, s.end))) continue;
    const following = termHits(ctx, listFollowing, s.start, s.end);
    const rejected = termHits(ctx, partRejected, s.start, s.end);
    if (!following.some((f) => rejected.some((r) => r.t0 > f.t0 && r.t0 - f.t0 <= LEAD_REACH))) continue;
    let k = lines.findIndex((l) => l.start >= s.end);
    if (k < 0) continue;
    const first = k;
    while (k < lines.length && ITEM.test(doc.text.slice(lines[k]!.start, lines[k]!.end))) k++;
    if (k > first) out.push({ start: lines[first]!.start, end: lines[k - 1]!.end });
  }
  return out;
}

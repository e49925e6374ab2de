// Parts of the contract taken out later that still stand in the file: an annex a later document takes out as a whole
// ("Bijlage 3 (Continuïteitsafspraken) is … niet meer van toepassing en maakt geen deel meer uit van de Overeenkomst"),
// and an article a consolidated text keeps only as a marker of its deletion ("17. [Clause 17 deleted by Amendment 3]",
// "Artikel 9 – Vervallen", "12.4 [Intentionally omitted]"). What stands there grants nothing. The packs name the words
// (`annexStruck`, `sectionStruck`).
import type { MatchContext } from './match.js';
import type { Term } from './terms.js';
import { ANNEX_WORD, escapeRe, fileLines, framedTitle, isWhole, labels, opensWith, rowCells, termHits, type Region } from './regions.js';
import { findBlankForms, NARROWING_WORDS, nextTitle, turnedDown } from './drafts.js';
import { EMPTY_BOX, TICKED_BOX } from './switches.js';
import { LEGEND, REQUIREMENT_WORDS } from './blanked.js';

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
/** A mark in brackets that opens a clause's body, and the words before its deletion word that name the text kept
 * ("Oorspronkelijke tekst, vervallen …", "Original wording – deleted …"). */
const LEADING_MARK = /^[ \t]*[([]([^()[\]\n]{2,80})[)\]]/;
const FORMER_TEXT = /^\s*(?:(?:oorspronkelijke|oude|vorige|eerdere|original|former|previous|old)\s+(?:tekst|text|wording|bepaling|provision|clause|artikel)\s*[,:;–—-]?\s*)?/i;
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
    if (deletionMarker(ctx, sec.start, lineEnd) || markerUnderHeading(sec, lineEnd) || leadingMark(sec, lineEnd)) out.push({ start: sec.start, end: sec.end });
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

  // A consolidated text that keeps a struck article's words for reference behind a mark that opens its body: "ARTIKEL
  // 16. ZEGGENSCHAPSWIJZIGING" over "[Oorspronkelijke tekst, vervallen per 1 maart 2024 – zie Bijlage W] Bij een
  // Zeggenschapswijziging kan …", "12.3 [Deleted by Amendment No. 2] The Supplier shall …".
  function leadingMark(sec: (typeof doc.sections)[number], lineEnd: number): boolean {
    const own = doc.text.slice(sec.start, lineEnd);
    const rest = own.replace(NUMBER, '');
    let at = sec.start + own.length - rest.length;
    if (rest.trim() === '' || (sec.heading && rest.trim() === sec.heading)) {
      at = lineEnd + 1;
      while (at < sec.end && doc.text[at] === '\n') at++;
      if (at >= sec.end || starts.has(at)) return false;
    }
    const line = doc.text.slice(at, Math.min(sec.end, lineEndAt(at)));
    const m = LEADING_MARK.exec(line);
    // (The kept text runs on from the mark on its line: a mark alone on its line is the other readings' case, and with a
    // body under it marks no whole article ("[Intentionally omitted.]" over "The Customer may terminate …"); one narrowed
    // to a case or a time strikes nothing: "[niet van toepassing tijdens de pilot]".)
    if (!m || line.slice(m[0].length).trim() === '') return false;
    const inner = m[1]!.replace(FORMER_TEXT, '');
    if (NARROWED.test(inner.split(/[,;]/)[0]!)) return false;
    const from = at + m[0].indexOf(inner);
    return opensWith(ctx, sectionStruck, from, from + inner.trim().length);
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
  // (Not the heading of an article that lists changes of several kinds: "Section 2. Deleted and Amended Provisions".)
  if (marker === undefined || CHANGES_HEADING.test(marker)) return false;
  const at = start + line.length - rest.length + rest.indexOf(marker);
  // The deletion word opens what is left of the marker: "[deleted by Amendment 1]", not "[Escrow – amended by …]".
  return opensWith(ctx, ctx.rules.layout.sectionStruck, at, at + marker.length);
}

/** Words that make a short heading the title of a list of changes of more than one kind, not a marker of its own
 * deletion ("Deleted and Amended Provisions"; not "Vervallen bepalingen", a list of deletions only). */
const CHANGES_HEADING = /\b(?:and|en|&)\s+(?:amended|gewijzigde|replaced|vervangen|changed|new|nieuwe|added|toegevoegde|inserted)\b/i;

/** Words that point the reader to a part rather than name it as the one struck: "zie Bijlage W", "see Schedule 3". */
const POINTED_TO = /\b(?:zie|see|cf\.?|vgl\.?|conform|overeenkomstig|refer\s+to)\s+(?:(?:ook|also|de|het|the)\s+)?$/i;
/** An article named before the part, as the part it stands in: "Artikel C.6 (Broncode) van Bijlage C vervalt" strikes that
 * article, not the annex. */
const ARTICLE_OF = /\b(?:artikel|article|clause|section|paragraph|paragraaf|lid|§)\s*[A-Z]{0,2}\.?\d[\w.]*(?:\s*\([^()]{0,60}\))?\s+(?:van|of|in|uit)\s+(?:(?:de|het|the)\s+)?$/i;
/** A new text given in the struck part's place: "vervangen door", "replaced by", "new Schedule 4". */
const REPLACED = /\b(?:vervangen|vervangt|replaced|replaces|substituted|nieuwe|new)\b/i;
/** Where a new text follows for the part: "wordt vervangen door", "is hereby replaced by", "shall be substituted with". */
const REPLACED_BY = /\b(?:wordt|worden|is|are|shall\s+be)\s+(?:hierbij\s+|hereby\s+)?(?:vervangen|replaced|substituted)\s+(?:door|by|with)\b/i;
/** "Bijlage 3", "Schedule 4", "Annex C": an annex named with its number or letter. */
const ANNEX = new RegExp(String.raw`\b(${ANNEX_WORD})\s+([A-Z]|\d{1,2})\b`, 'gi');
/** … opening a title. */
const TITLE_ANNEX = new RegExp(String.raw`^${ANNEX.source}`, 'i');

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
    // (A blank in quotes, '"                    "', names no part: it would match every empty line.)
    if (!/\p{L}/u.test(name)) return () => false;
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
    // (The words count before a new text given in the part's place, not inside it: 'Het artikel "Toepasselijke
    // voorwaarden" wordt vervangen door: "ARBIT-2022 is niet van toepassing. …"' replaces the article; it rejects nothing.)
    const newText = sentence.search(REPLACED_BY);
    const upto = newText < 0 ? s.end : s.start + newText;
    if (sentence.search(names) < 0 || !termHits(ctx, words, s.start, upto).length) continue;
    for (const m of sentence.matchAll(names)) {
      // (Not a part named as where to look: "[Oorspronkelijke tekst, vervallen per 1 maart 2024 – zie Bijlage W]" strikes
      // the article it marks and points to the amendment, Bijlage W, that struck it.)
      if (POINTED_TO.test(sentence.slice(0, m.index)) || ARTICLE_OF.test(sentence.slice(0, m.index))) continue;
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
  const legend = answerLegend(ctx);
  // Rows answered in part: their comment stands, whatever words of refusal close it.
  const partRows = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const first = ctx.doc.text.slice(lines[k]!.start, lines[k]!.end);
    if (!first.includes('|')) continue;
    // A row wraps onto the lines under it ("6 | Step-in | Region | Remedy by third party … |" / "open | Lapsed at
    // signature"): they are one row, read across the break, up to a blank line or the next row's key ("7 |", "C-4 |"). Only
    // rows that open with a key wrap so: a table of topics ("Escrow | … | rejected |") has no mark of its rows' starts.
    const key = idShape(first);
    let last = k;
    while (key !== undefined && last + 1 < lines.length && last - k < ROW_LINES) {
      const next = ctx.doc.text.slice(lines[last + 1]!.start, lines[last + 1]!.end);
      const open = /\|[ \t]*$/.test(ctx.doc.text.slice(lines[last]!.start, lines[last]!.end));
      if (!next.trim() || idShape(next) === key || !(open || next.includes('|'))) break;
      last++;
    }
    const line = { start: lines[k]!.start, end: lines[last]!.end };
    k = last;
    const text = ctx.doc.text.slice(line.start, line.end);
    const cells = rowCells(text, line.start).filter((c) => ctx.doc.text.slice(c.start, c.end).trim());
    if (cells.length < 3) continue;
    // The answer in the last cell, or in a short cell after the requirement with a comment after it ("E-18 | Opdrachtgever
    // mag … door een derde laten uitvoeren … | Nee | Gezien het SaaS-karakter … niet mogelijk").
    const cellText = (c: Region) => ctx.doc.text.slice(c.start, c.end);
    const wordCount = (c: Region) => cellText(c).trim().split(/\s+/).length;
    const answers = cells.slice(2).filter((c, k, rest) => k === rest.length - 1 || wordCount(c) <= ANSWER_WORDS);
    const rejects = (c: Region) => {
      const cell = cellText(c);
      const from = c.start + (cell.length - cell.trimStart().length);
      // (Or a point left open at signature: "| open |", "| open (niet opgenomen) |"; or a mark the table's legend says
      // means so: "VN" for "VN = Voldoet niet".)
      return legend.get(cell.trim()) === 'rejected' || turnedDown(ctx, from, c.end);
    };
    // A bare "Nee" answers a requirement written out in the cell before it ("E-18 | Opdrachtgever mag … door een derde laten
    // uitvoeren … | Nee | …", "Gemeente kan werkzaamheden door derden laten uitvoeren bij tekortkoming | Nee | …"), not a
    // short key: "Broncode bij een notaris/escrow | nee | -" is an order form's switch (switches.ts).
    const saysNo = cells.slice(1).some((c, k) => isWhole(ctx, ctx.rules.layout.rowAnsweredNo, c.start, c.end) && wordCount(cells[k]!) >= REQUIREMENT_WORDS);
    if (answers.some(rejects) || saysNo) out.push(line);
    // (A requirement answered in part is blank before any rule runs, its comment read alone: blanked.ts. Words of refusal
    // in that comment refuse what the comment names, not the row.)
    // (Its requirement blank, the answer may be the row's second cell.)
    else if (cells.slice(1).some((c) => legend.get(cellText(c).trim()) === 'partial' || isWhole(ctx, ctx.rules.layout.rowPartial, c.start, c.end))) partRows.add(line.start);
  }
  return [...out, ...declinedRequirements(ctx, words, lines.filter((l) => !partRows.has(l.start)))];
}

/** The answer marks a table's legend defines as a refusal or as met in part (`rowRejected`, `rowPartial`). */
function answerLegend(ctx: MatchContext): Map<string, 'rejected' | 'partial'> {
  const out = new Map<string, 'rejected' | 'partial'>();
  for (const m of ctx.doc.text.matchAll(LEGEND)) {
    const from = m.index! + m[0].length - m[2]!.length;
    const to = from + m[2]!.trimEnd().length;
    if (isWhole(ctx, ctx.rules.layout.rowRejected, from, to)) out.set(m[1]!, 'rejected');
    else if (isWhole(ctx, ctx.rules.layout.rowPartial, from, to)) out.set(m[1]!, 'partial');
  }
  return out;
}

/** Lines at most a table row wraps onto. */
const ROW_LINES = 4;
/** A row's key: a number with at most a short prefix ("7", "C-3", "K14", "2a") or one letter ("a", "b)"). */
const ROW_KEY = /^(?:[A-Za-z]{0,3}[-.]?\d{1,3}[a-z]?|[A-Za-z])[.)]?$/;
/** The shape of a row's key, its first cell: "7" and "12" are alike, "C-3" and "K-14", "a" and "b"; any other first cell
 * ("open", a wrapped proposal, a label such as "Users") is no key. */
function idShape(line: string): string | undefined {
  const cell = /^[ \t]*([^|]*)\|/.exec(line)?.[1]?.trim();
  if (cell === undefined || !ROW_KEY.test(cell)) return undefined;
  return cell.replace(/\d+/g, '9').replace(/\p{L}/gu, 'a');
}

/** Words at most in an answer cell that has a comment after it ("Nee", "Does not comply"). */
const ANSWER_WORDS = 3;
/** A requirement's number at the head of its line: "E-12", "C3.6", "Q-11", "K-14", "R-03", "2". */
const REQUIREMENT_ID = /^[ \t]*(?:[A-Z]{1,3}[ \t-]?\d{1,3}(?:\.\d{1,2})?|\d{1,3})[ \t|]+\S/;
/** … or a numbered point of such a table ("2.5 Bij tekortkoming …"), where the answer stands on a line below. */
const REQUIREMENT_START = /^[ \t]*(?:[A-Z]{1,3}[ \t-]?\d{1,3}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{1,2})?)[ \t|]+\S/;
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
  // Where a table's heading first names the answer column (the packs' `answerColumn`): "Eis | Omschrijving | Antwoord".
  const heads = labels(ctx.rules.layout.answerColumn).map(escapeRe);
  const answerHead = heads.length ? ctx.doc.text.search(new RegExp(String.raw`\|[ \t]*(?:${heads.join('|')})(?![\p{L}\d])`, 'iu')) : -1;
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
    // A PDF table's row whose cells came out one under another, the answer opening a line below the requirement ("2.5 Bij
    // tekortkoming kan Opdrachtgever … laten uitvoeren …" over "Voldoet niet Alleen na overleg …"), under a heading that
    // names the answer column: back to the requirement's number.
    if (!REQUIREMENT_START.test(text) && turnedDown(ctx, line.start + (text.length - text.trimStart().length), line.end) && answerHead >= 0 && answerHead < line.start) {
      let first = k - 1;
      while (first > 0 && first > k - 1 - REQUIREMENT_LINES && ctx.doc.text.slice(lines[first]!.start, lines[first]!.end).trim() && !REQUIREMENT_START.test(ctx.doc.text.slice(lines[first]!.start, lines[first]!.end))) first--;
      if (first >= 0 && REQUIREMENT_START.test(ctx.doc.text.slice(lines[first]!.start, lines[first]!.end))) {
        out.push({ start: lines[first]!.start, end: line.end });
        continue;
      }
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

/** The label of a numbered point of minutes or a round of negotiation: "Item 2", "Punt 4", "Round 2" (also analyse.ts). */
export const POINT_LABEL = String.raw`(?:item|punt|issue|agendapunt|point|round|ronde)[ \t]+\d{1,2}[a-z]?`;
/** A numbered point of minutes or an issues list: "Item 2 – Step-in.", "Punt 4:", "Issue 3". */
const POINT = new RegExp(String.raw`^\s*${POINT_LABEL}\b`, 'i');
/** Lines at most a point of the minutes runs back from its status. */
const POINT_LINES = 15;

/**
 * A point of negotiation minutes whose status says it was turned down, withdrawn or left open at signature ("b) Overname
 * van ParkPoint. De Gemeente stelde voor … ParkPoint wijst af. … Status: afgewezen; niets opgenomen.", "Item 2 – Step-in.
 * The Service proposed … Result: rejected; …"): what the point proposes grants nothing. The status's label and its first
 * word decide (`statusLabel`, then `rowRejected` or `statusPending`); "Status: voorstel … afgewezen; compromis akkoord"
 * reports a compromise the point states, and stands. The point runs back to a blank line, its item's marker or the status
 * before it.
 */
export function findRejectedStatuses(ctx: MatchContext): Region[] {
  const { statusLabel, rowRejected } = ctx.rules.layout;
  const names = labels(statusLabel).map(escapeRe);
  if (!names.length || !rowRejected.length) return [];
  const text = ctx.doc.text;
  const label = new RegExp(String.raw`(?<![\p{L}\d])(?:${names.join('|')})[ \t]*:[ \t]*`, 'giu');
  const lines = fileLines(text);
  const out: Region[] = [];
  let k = 0;
  let lastStatus = -1;
  // (Nor past an article's or an annex's title: a file without blank lines between paragraphs ("Artikel 10 – Recht | Op
  // deze overeenkomst is Nederlands recht van toepassing. | … | Bijlage 4 – Wijzigingsverzoeken | Wijzigingsverzoek RFC-03
  // … | Status: afgewezen") keeps its articles.)
  const starts = new Set(ctx.doc.sections.map((x) => x.start));
  const titled = (line: { start: number; end: number }) => {
    for (let at = line.start; at < line.end; at++) if (starts.has(at)) return true;
    return TITLE_ANNEX.test(text.slice(line.start, line.end).trim());
  };
  for (const m of text.matchAll(label)) {
    const from = m.index! + m[0].length;
    while (k < lines.length - 1 && lines[k]!.end < m.index!) k++;
    const line = lines[k]!;
    // The status's own words, up to the end of its sentence or line.
    const stop = text.slice(from, line.end).search(/[.;]|$/);
    const end = from + (stop < 0 ? line.end - from : stop);
    const refused = turnedDown(ctx, from, end);
    const here = k;
    const prior = lastStatus;
    lastStatus = here;
    if (!refused) continue;
    let first = here;
    while (first > 0 && first > here - POINT_LINES && first - 1 > prior) {
      const own = text.slice(lines[first]!.start, lines[first]!.end);
      if (ITEM.test(own) || POINT.test(own) || titled(lines[first]!)) break;
      const prev = text.slice(lines[first - 1]!.start, lines[first - 1]!.end);
      if (!prev.trim()) break;
      first--;
    }
    out.push({ start: lines[first]!.start, end });
  }
  return out;
}

/** What may stand before an annex's name that a mark speaks of, in its line or list: "10.3 ", "g. ", "en ", "and the ". */
const ANNEX_LEAD = /^[ \t]*(?:(?:\(?[a-z\d]{1,3}[.)]|\d{1,2}(?:\.\d{1,2})*\.?|[-–•*])[ \t]+)?(?:(?:en|and|of|or)[ \t]+)?(?:(?:de|het|the)[ \t]+)?$/i;
/** Lines at most a sentence that names an annex left out may run to and still be read whole. */
const SENTENCE_LINES = 3;
const NARROWED_AFTER = new RegExp(String.raw`^\s*${NARROWING_WORDS}`, 'i');
/** What follows an annex's name up to its mark: its title after a dash or colon, or in brackets, then the mark's opening
 * (a bracket, a colon, "is"/"wordt"/"are", or a relative clause: ", which is", ", die nog"). */
const ANNEX_MARK = /^\s*(?:[-–—:][ \t]*[^\n[(:.;]{1,60}?[ \t]*|\((?:[^)\n]|\n(?!\s*\n)){1,60}\)[ \t]*)?(?:[[(]|:[ \t]*|\b(?:is|wordt|are|blijft|remains)[ \t]+(?:hereby[ \t]+)?|(,\s*(?:(?:which|that)[ \t]+(?:is|are|remains)|(?:die|dat)(?:[ \t]+nog)?)[ \t]+))/i;

/** An annex's title alone on its line: its name at the line's start, maybe a dash or colon and a few title words. */
const OWN_TITLE_REST = /^[ \t]*(?:[-–—:][ \t]*[^\n[(:.;]{1,60}?)?[ \t]*$/;

/**
 * Whether the annex named at `at` is named by its own title, alone on its line, and the first sentence under it (after at
 * most one blank line) opens with a mark that leaves it out ("Not used.", "Gereserveerd.", "Intentionally left blank"),
 * not narrowed to a case.
 */
function ownTitleBodyMarked(ctx: MatchContext, marks: readonly Term[], at: number, after: number): boolean {
  const text = ctx.doc.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, at))) return false;
  const lineEnd = text.indexOf('\n', after);
  if (lineEnd < 0 || !OWN_TITLE_REST.test(text.slice(after, lineEnd))) return false;
  const body = /^\n(?:[ \t]*\n)?[ \t]*(?=\S)/.exec(text.slice(lineEnd));
  if (!body) return false;
  const from = lineEnd + body[0].length;
  const line = text.slice(from, (text.indexOf('\n', from) + 1 || text.length + 1) - 1);
  const upto = from + (line.search(/[.;:]/) + 1 || line.length + 1) - 1;
  return upto > from && opensWithMark(ctx, marks, from, upto);
}

/** Whether the text from `from` to `upto` opens with a mark that leaves an annex out, not narrowed to a case ("not
 * applicable to Module B", "niet van toepassing tijdens de pilot"). */
function opensWithMark(ctx: MatchContext, marks: readonly Term[], from: number, upto: number): boolean {
  if (!opensWith(ctx, marks, from, upto)) return false;
  const u = ctx.index.unit(from, upto);
  const hit = marks.flatMap((t) => ctx.termHitsIn(t, '', u, 0)).find((h) => h.t0 === u.t0);
  return !(hit && NARROWED_AFTER.test(ctx.doc.text.slice(ctx.index.tokens[hit.t1 - 1]!.end, upto + 40)));
}

/**
 * Annexes the contract reserves or leaves out while still naming them ("g. Bijlage 7 – Escrowovereenkomst
 * [gereserveerd].", "Schedule 3 (Continuity) is not applicable.", "Bijlage 4 – Exitplan (volgt)"): the sentences that name
 * such an annex grant nothing ("De afspraken over het deponeren van de broncode …
 * worden vastgelegd in Bijlage 7."). The mark opens with a word of `annexReserved` or `annexPending` and is not narrowed
 * ("not applicable to Module B"). ("[Omitted]" is no such mark: an exhibit left out of a filing still binds.) What stands
 * under an annex's title is not read as its body: a list of annexes at the top has the same title lines, and what follows
 * them is the contract.
 */
export function findReservedAnnexes(ctx: MatchContext): Region[] {
  const { annexReserved, annexPending } = ctx.rules.layout;
  const marks = [...annexReserved, ...annexPending];
  if (!marks.length) return [];
  const { doc } = ctx;
  const text = doc.text;
  const reserved = new Set<string>();
  const key = (word: string, id: string) => `${word.toLowerCase()} ${id.toUpperCase()}`;
  for (const m of text.matchAll(ANNEX)) {
    // The annex itself is what the mark speaks of, not a part of it ("Artikel 12 van Bijlage B (Zwitsers recht) is niet van
    // toepassing"): only a number, an item's marker or "en"/"and" stands before its name in its line or list.
    // (A relative clause right after the name speaks of the annex wherever it is named: "… the deposit of the source code
    // in Schedule 7 (Escrow Agreement), which is to follow.")
    const before = text.slice(Math.max(0, m.index! - 60), m.index!).split(/[\n,;:(]/).pop()!;
    const after = m.index! + m[0].length;
    // The line, or the next one too where the line ends in a comma ("… Schedule 7 (Escrow Agreement),\nwhich is to
    // follow."), inside the title's bracket ("Schedule 7 (Escrow\nAgreement), which …") or right after the name ("…
    // under Schedule 7\n(Escrow Agreement), which is to follow.").
    let lineEnd = text.indexOf('\n', after);
    const head = lineEnd >= 0 ? text.slice(after, lineEnd) : '';
    if (lineEnd >= 0 && (/,[ \t]*$/.test(head) || /^[ \t]*\([^)]*$/.test(head) || /^[ \t]*$/.test(head))) {
      lineEnd = text.indexOf('\n', lineEnd + 1);
      const more = lineEnd >= 0 ? text.slice(after, lineEnd) : '';
      if (lineEnd >= 0 && /\)[^)]*,[ \t]*$/.test(more)) lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    const rest = text.slice(after, lineEnd < 0 ? text.length : lineEnd);
    // (Or the annex's own title on a line of its own, its body opening with the mark: "SCHEDULE E – SOURCE CODE ESCROW |
    // (blank line) | Not used. The parties agreed …".)
    if (ownTitleBodyMarked(ctx, marks, m.index!, after)) {
      reserved.add(key(m[1]!, m[2]!));
      continue;
    }
    const mark = ANNEX_MARK.exec(rest);
    if (!mark || (!mark[1] && !ANNEX_LEAD.test(before))) continue;
    const from = after + mark[0].length;
    const upto = from + rest.slice(mark[0].length).search(/[\])]|[.;,]|$/);
    if (upto <= from || !opensWithMark(ctx, marks, from, upto)) continue;
    reserved.add(key(m[1]!, m[2]!));
  }
  // An annex left as a blank form ("Bijlage 7 – Model escrowovereenkomst" with "[naam Licentiegever]", "[datum]") is left
  // out as well: its name opens its title.
  for (const form of findBlankForms(ctx)) {
    const m = TITLE_ANNEX.exec(text.slice(form.start, form.end).replace(/^[\s|=*#_–—-]+/, ''));
    if (m) reserved.add(key(m[1]!, m[2]!));
  }
  if (!reserved.size) return [];
  const out: Region[] = [];
  const lines = fileLines(text);
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    const named = [...sentence.matchAll(ANNEX)];
    const hits = named.filter((m) => reserved.has(key(m[1]!, m[2]!)));
    if (!hits.length) continue;
    // A sentence of a few lines that names only annexes left out, whole; otherwise only the lines that name one (a list of
    // annexes read as one sentence: "Schedule 5 – Business Continuity | Schedule 6 – Escrow: Not used").
    if (hits.length === named.length && sentence.split('\n').length <= SENTENCE_LINES) out.push({ start: s.start, end: s.end });
    else
      for (const m of hits) {
        const at = s.start + m.index!;
        const line = lines.find((l) => l.start <= at && at <= l.end)!;
        out.push({ start: Math.max(line.start, s.start), end: Math.min(line.end, s.end) });
      }
  }
  return out;
}

/** A sentence that opens by citing articles, with their titles maybe: "1.2 Clauses 14 (Change of Control), 15 (Source
 * Code Escrow) … of the Framework", "Artikel 9 (Exit) van de Raamovereenkomst". */
const CITES_ARTICLES = /^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:the|de|het)[ \t]+)?(?:clauses?|articles?|artikel(?:en)?|sections?|paragraphs?|leden|lid|bepalingen|bepaling)[ \t]+\d/i;

/**
 * Sentences that say the articles they cite do not apply ("1.2 Clauses 14 (Change of Control), 15 (Source Code Escrow)
 * … and 19 (Termination for Convenience) of the Framework are disapplied for this Call-Off Order"): the titles name
 * subjects, the sentence grants nothing. Not where the sentence goes on after a semicolon or colon with what holds
 * instead ("Artikel 14 (Zeggenschap) is niet van toepassing; in plaats daarvan geldt: …"). The packs' `citedOff` words
 * say it. (Only findings are kept out: the sentence still denies what it disapplies.)
 */
export function findDisappliedCitations(ctx: MatchContext): Region[] {
  const off = ctx.rules.layout.citedOff;
  if (!off.length) return [];
  const { doc, index } = ctx;
  const out: Region[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!CITES_ARTICLES.test(text)) continue;
    const hit = termHits(ctx, off, s.start, s.end)[0];
    if (!hit || /[;:]/.test(doc.text.slice(index.tokens[hit.t1 - 1]!.end, s.end))) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

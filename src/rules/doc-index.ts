// Per-document search index: tokens, their stems, and which sentence and section each token is in.
// Built once per document; every rule reads it.
import type { Document } from '../document/types.js';
import { stem, type StemLanguage } from './stem.js';
import { tokenize, tokenAt, type Token } from './tokens.js';
import { clauseNumber, labelFollows, withinClause } from '../document/sections.js';

export interface Unit {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  start: number;
  end: number;
  /** item scope: the lead-in sentence read as if it stood right before this one. */
  lead?: { t0: number; t1: number };
}

/** A sentence that ends as a question. */
export const QUESTION = /\?["”’)]?\s*$/;

/** Words at most in an answer that leaves the rest to the next sentence ("Nee.", "Yes, but"). */
const SHORT_ANSWER = 2;
/** Words at most read from a cited clause: its heading and first sentence, or its first sentences up to this. */
/** A list item's marker as a cited case: "paragraph (a) above". */
const ITEM_MARK = /^\([a-z]{1,4}\)$/i;
/** How far back an item cited by its marker is looked for where no article holds the sentence. */
const ITEM_REACH = 3000;
const CITED_WORDS = 80;
/** Words at most of the article before a sentence that points up to it; a longer one lends its heading only. */
const UP_WORDS = 150;
/** A sentence that opens, after its number, by pointing at what was said before: "6.2 Indien een dergelijke wijziging …",
 * "In such case …" (the pointer within its first five words). */
const POINTER_OPENING = /^\W*(?:(?:[A-Z]{0,5}\.?\d+[a-z]?(?:\.\d+)*\.?|\(?[a-z\d]{1,3}\))\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:such|that|this|these|those|dergelijke|zodanige|die|deze|dat|dit|zo['’]n)\b/iu;
/** Words at most in the two sentences before that a pointing sentence reads as its lead-in. */
const BACK_WORDS = 80;
/** A sentence of at most this many words at a clause's start is its heading. */
const TITLE_WORDS_CITED = 6;

/** How far back a list item looks for the sentence that introduces the list. */
const LEAD_WINDOW = 15;
/** Sentences at most between a bullet and the next one of its list: an item's own further sentence. */
const BULLET_GAP = 2;
/** ':' followed by a first list item inside the same sentence; after a comma only a first item opens a list:
 * "in the event of a Change of Control, (a) … ; (b) … ; and (c) …". */
// (… or numbered: "… survive termination: (1) the parties shall account …; (2) …".)
const INNER_LIST = /:\s*(?=(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[a-z]\.|\(1\))\s)|,\s*(?=(?:\(a\)|\(i\)|\(1\))\s)/iu;
// … or a bare "(a)" after the lead's last word, its items split off as sentences of their own ("… if Agency (a) materially
// breaches this Agreement; | (b) undergoes a Change of Control; or | (c) …"): only where the next sentence is "(b)".
// (Also "(i)" and "(1)", the item before closing with "; or": "Licensor may terminate … if (i) Licensee breaches
// Section 2; or | (ii) Licensee undergoes a change in control".)
const BARE_FIRST = /(?<=\p{L})\s+(?=\((a|i|1)\)\s[^;]*;\s*(?:(?:or|and|of|en)\s*)?$)/u;
/** The second item that a bare first one needs after it: "(b)", "(ii)", "(2)", maybe after its conjunction. */
const BARE_SECOND = /^\s*(?:(?:or|and|of|en)\s+)?\((?:b|ii|2)\)\s/;
/** A sentence that opens with an enumerator: "(b)", "b.", "(iv)", "2)", "(3)", Belgian "2°", "-", "•", also after the
 * conjunction that joins it to the item before ("; and (c) …", "; of c. …", "; or (3) a third party … acquires shares …"). */
const ENUMERATED = /^\s*(?:(?:and|or|and\/or|en|of|en\/of)\s+)?(?:\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}\)|[a-z]\.|\(?\d{1,2}\)|\d{1,2}°|[-•–·])\s/iu;
/** A bullet right before an item's counted marker ("* (a) ", "- 1) "), which the marker makes redundant. */
const BULLET_BEFORE_MARK = /^\s*[-•–·*▪]\s+(?=\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})[.)]\s)/iu;
/** A sentence that is only the conjunction before the next item. */
const CONJUNCTION = /^\s*(?:and|or|and\/or|en|of|en\/of)\s*$/i;
/** "1. het werk zelf laten doen, of", "4.1.3. withdraw from an individual work assignment": a number with a full stop
 * before a word in lower case is a list item, not a clause. */
const NUMBERED_ITEM = /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.\s+[a-zà-ÿ]/u;
/** A paragraph numbered two levels deep or more: "5.1.2 na het verstrijken …", "6.3 het sluiten van een opdracht met een
 * derde …" (an item where an open lead-in stands right above it). */
const SUB_NUMBERED_ITEM = /^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+\p{L}/u;
export const isItem = (text: string): boolean => ENUMERATED.test(text) || NUMBERED_ITEM.test(text);

/** A bullet item's bullet ("-", "•", "–", "·"), or "" for a counted item. */
const bulletOf = (body: string): string => /^\s*([-•–·])\s/u.exec(body)?.[1] ?? '';

/** An item's marker without its brackets and dots, lower case: "(b)" → "b", "iv." → "iv", "(2)" → "2"; "" for a bullet. */
function itemMarker(body: string): string {
  return /^\s*(?:(?:and|or|and\/or|en|of|en\/of)\s+)?\(?([a-z]{1,6}|\d{1,2})[.)°]/i.exec(body)?.[1]?.toLowerCase() ?? '';
}


/** The notice a sentence points at ("after receipt of such notice", "na ontvangst van die melding") … */
const NOTICE_POINTER = /\b(?:such|that|this|the|any such|die|deze|de|zo'n)\s+(?:(?:written|schriftelijke)\s+)?(?:notice|notification|melding|mededeling|kennisgeving)\b/i;
/** … and a notice given earlier in the same sentence ("Contractor shall notify Operator …, and Operator may, … within 120
 * days after receipt of such notice, terminate"): then it points within itself, not back. */
// (By its verb: the noun may be the other party's own notice, "by written notice given within 90 days after receipt of
// such notice", which still points back.)
/** A lead-in that gives a notice of its own ("may terminate … by written notice if"), which its items' "such notice" means. */
const LEAD_NOTICE = /\b(?:notice|notification|kennisgeving|melding|mededeling)\b/i;
const NOTICE_GIVEN = /\b(?:notify|notifies|shall\s+inform|informs|meldt|melden|stelt\s+\S+(?:\s+\S+)?\s+in\s+kennis)\b/i;
function noticeWithin(head: string): boolean {
  const m = NOTICE_POINTER.exec(head);
  return !!m && NOTICE_GIVEN.test(head.slice(0, m.index));
}

/** Whether an item marked `mark` may hold a bare first item of a list of its own: one of another kind ("(i)" or "(1)"
 * in "(b)", "(a)" or "(1)" in "(iv)", "(a)" or "(i)" in "(2)"), or one of its own kind that starts again ("(a)" in "(c)");
 * not "(i)" in "(h)", which may be the next letter. */
function nestsBare(mark: string, text: string): boolean {
  if (!mark) return false;
  // (BARE_FIRST's group is that item's marker.)
  const first = BARE_FIRST.exec(text)?.[1];
  if (!first) return false;
  const kind = (m: string): string => (/^\d/.test(m) ? 'digit' : /^[ivxlc]+$/.test(m) && m !== 'c' ? 'roman' : 'letter');
  if (mark === 'h' || mark === 'i') return false;
  // (A list of the same kind that starts again inside a later item nests too: "(c) Upon any termination, Contractor shall
  // (a) leave the work areas safe; | (b) deliver …; and | (c) for sixty days co-operate with any replacement contractor".)
  return kind(mark) !== kind(first) || mark !== first;
}

/** A lead-in that is a condition whose items come next: "6.4 Ownership Changes. If", "Indien", "In the event that". */
const CONDITION_LEAD = /\b(?:if|where|when|in the event(?: that)?|should|indien|ingeval|in geval|wanneer|als)\s*$/i;
/** An item that opens with the case it states: "where the Default relates to …", "indien …". */
const CONDITION_OPENS = /^(?:if|where|when|in the event|in case|should|indien|ingeval|in geval|wanneer|als)\b/i;
/** The consequence after a list's last item: ", then Greenmarket may terminate …", ", dan kan de Gemeente …". */
const CONSEQUENCE = /,\s*(?:then|dan)\s+(?=\S)/i;

/** An article between a pointing word and its noun ("such a request"). */
const ARTICLE_AFTER_POINTING: ReadonlySet<string> = new Set(['a', 'an']);
/** Letters at least in the noun a pointing word names ("that arrangement"), so that "dat de" or "this is" do not count. */
const NOUN_MIN = 5;

/** Words at most in a unit a follow-up sentence joins: more, and it joins the sentence before alone. */
const JOIN_LIMIT = 120;

/** How a sentence speaks of the one before, from the packs (`rules/vocab.yml`): opening words that join the two
 * (`followUp`), openings that speak of the document instead (`followUpNot`), and openings that read the sentence
 * before as a lead-in in item scope (`pointsBack`, regular expressions on the sentence's opening). */
export interface FollowUp {
  yes: string[][];
  no: string[][];
  back: RegExp[];
  /** `pointsUp`: a sentence that takes its case from the article it stands in ("De corporatie mag de overeenkomst dan
   * stoppen", "Dan mag de gemeente …"), read with that article so far. */
  up: RegExp[];
  /** `citesCase`: a case, event or notice named by the number of the clause that sets it out ("na ontvangst van de
   * mededeling als bedoeld in artikel 8.1", "in the circumstances described in Section 12"); group 1 is the number. */
  cites: RegExp[];
  /** `followUpNote`: the opening of a note that qualifies the sentence before ("Let op: …", "Please note: …"), read with
   * it even where both are list items. */
  notes: string[][];
  /** `verbLead`: a lead-in that ends where its verb's object or infinitive should follow ("has the right to:", "is
   * bevoegd om:"), so that its items complete it. */
  verbLead: RegExp[];
  /** `subjectsBack`: words by which a carve-out points to the subjects the sentence before names ("over deze
   * onderwerpen", "on those matters"). */
  subjectsBack: RegExp[];
  /** `questionOn`: the opening of a question that goes on from the question before ("Of kan …?", "Or …?"): the answer
   * to both is read with the first. */
  questionOn: string[][];
  /** `ownCase`: words by which a sentence states its own case ("als", "if"), so it does not answer its article's
   * question heading. */
  ownCase: RegExp[];
  /** `caseHeading`: an article heading that states the case of every sentence under it as a question heading does
   * ("7. Effect of Termination", "Gevolgen van beëindiging"): "Solvanta shall cooperate … to transition …" is said of
   * the end. */
  caseHeading: RegExp[];
  /** `backWords`: words that point back to the sentence before on their own ("daarvan", "thereof"), so a denial in a
   * sentence that holds one speaks of it. */
  backWords: string[];
}

const BACK_REFERENCE = /\b(?:clause|section|article|paragraph|artikel|lid)\s+(\d+(?:\.\d+)+)\b/giu;

/**
 * A lead-in that names the clause right before it ("13.2 The events referred to in clause 13.1 are that the other
 * party:") continues that clause ("13.1 Either party may terminate … if any of the events in clause 13.2 occurs"):
 * the start of that clause, so the lead-in reads from there. A reference to any other clause is no continuation.
 */
function pointsBackTo(doc: Document, i: number, leadText: string): number | undefined {
  const before = doc.sections[doc.sentences[i - 1]?.section ?? -1];
  if (!before) return undefined;
  for (const m of leadText.matchAll(BACK_REFERENCE))
    if (withinClause(before.number, m[1]!)) {
      const target = doc.sections.find((x) => x.number === m[1] && x.start <= before.start);
      if (target) return target.start;
    }
  return undefined;
}

/** A parenthesis with none inside it, on one line, of at most 240 characters. */
const ASIDE = /\([^()\n]{1,240}\)/g;

export class DocIndex {
  readonly tokens: Token[];
  readonly sentences: Unit[];
  /** Sentence index of each token (-1 between sentences). */
  readonly sentenceOf: Int32Array;
  /** Units for section-scoped rules: sections with a heading; and the unit index of each token. */
  readonly sections: Array<Unit & { section: number }>;
  readonly sectionOf: Int32Array;
  /** For each sentence: the index in `leads` of the text introducing its list, or -1. */
  readonly leadOf: Int32Array;
  /** Lead-in texts: a sentence ending in ':', or the part of a sentence before ': (a)'. */
  readonly leads: Unit[];
  /** For each sentence: the index in `leads` of the list it opens, or -1. */
  readonly opens: Int32Array;
  /**
   * Units for part- and item-scoped rules: every sentence, followed by the items of a list inside it ("may terminate
   * (i) at any time on notice, or (ii) immediately if …"); `inner` is the part of the sentence before the first item.
   * unitsOf[s] is the range [from, to) of sentence s. Which lead-in a unit is read with depends on the scope.
   */
  readonly listUnits: Array<{ sentence: number; unit: Unit; inner?: Unit; inline: boolean }> = [];
  readonly unitsOf: Array<[number, number]> = [];
  private byNorm = new Map<string, number[]>();
  private stems: Partial<Record<StemLanguage, Map<string, number[]>>> = {};

  /** Sentences read together with the one before, because they open by speaking of it (see `followUp`). */
  readonly joined: Uint8Array;
  /** The sentence units before that joining: a fact (a governing law) is read in its own sentence. */
  readonly unjoined: Unit[];
  /** Answers read with their questions: the answer's sentence and the first question's. */
  readonly answers: Array<{ answer: number; question: number }> = [];
  /** The one-word openings of `followUp` ("that", "die"): the words that point at a thing named before. */
  private readonly pointingWords: ReadonlySet<string>;
  /** For each sentence: the clause it names as its case or event (`citesCase`), read as its lead-in in item scope. */
  readonly cited: Array<{ t0: number; t1: number } | undefined>;

  constructor(
    readonly doc: Document,
    private readonly followUp: FollowUp = { yes: [], no: [], back: [], up: [], cites: [], notes: [], verbLead: [], subjectsBack: [], questionOn: [], ownCase: [], caseHeading: [], backWords: [] },
    /** Whether an offset stands in a question of a Q&A that describes the draft (its answer is read on its own). */
    asked: (at: number) => boolean = () => false,
  ) {
    this.pointingWords = new Set(followUp.yes.filter((p) => p.length === 1).map((p) => p[0]!));
    this.tokens = tokenize(doc.text);
    this.tokens.forEach((t, i) => {
      const l = this.byNorm.get(t.norm);
      if (l) l.push(i);
      else this.byNorm.set(t.norm, [i]);
    });
    this.sentenceOf = new Int32Array(this.tokens.length).fill(-1);
    this.sentences = doc.sentences.map((s, i) => {
      const u = this.unit(s.start, s.end);
      this.sentenceOf.fill(i, u.t0, u.t1);
      return u;
    });
    // An answer is read with its question: "Mag Leverancier de overeenkomst overdragen? Nee, niet zonder dat de GGD
    // daarmee instemt." The question itself states nothing (see statesNothing); the answer says it of the question.
    // A rule of dashes between a question heading and its answer is no sentence of either. Questions that go on from
    // one another ("Komt de nieuwe eigenaar van buiten de EU? Of kan een buitenlandse overheid bij de gegevens? Dan mogen
    // wij …") are asked together: the answer is read with the first.
    const tail = (s: { start: number; end: number }) => doc.text.slice(Math.max(s.start, s.end - 4), s.end);
    const wordless = (k: number) => !/\p{L}/u.test(doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end));
    const spokenBefore = (k: number) => {
      let j = k - 1;
      while (j >= 0 && wordless(j)) j--;
      return j;
    };
    const questionOn = (k: number) => {
      const t0 = tokenAt(this.tokens, doc.sentences[k]!.start);
      return followUp.questionOn.some((p) => p.length > 0 && p.every((w, n) => this.tokens[t0 + n]?.norm === w && this.sentenceOf[t0 + n] === k));
    };
    // An answer of a word or two ("Nee.", "Yes.") leaves the rest to the next sentence, which answers the question too:
    // "Mag de opdrachtnemer het contract overdragen? Nee. Alleen als de regio dat vooraf schriftelijk goedvindt."
    const words = (k: number) => this.sentences[k]!.t1 - tokenAt(this.tokens, doc.sentences[k]!.start);
    let shortAnswer: { answer: number; question: number } | undefined;
    for (let i = 1; i < this.sentences.length; i++) {
      let q = spokenBefore(i);
      if (q < 0 || QUESTION.test(tail(doc.sentences[i]!))) continue;
      if (shortAnswer?.answer === q) q = shortAnswer.question;
      else if (!QUESTION.test(tail(doc.sentences[q]!)) || asked(doc.sentences[q]!.start)) continue;
      else for (let p = spokenBefore(q); p >= 0 && questionOn(q) && QUESTION.test(tail(doc.sentences[p]!)); p = spokenBefore(q)) q = p;
      this.sentences[i] = { ...this.sentences[i]!, t0: this.sentences[q]!.t0, start: doc.sentences[q]!.start };
      this.answers.push({ answer: i, question: q });
      shortAnswer = words(i) <= SHORT_ANSWER ? { answer: i, question: q } : undefined;
    }
    // A sentence that opens by speaking of the one before is read with it: "De gemeente mag de overeenkomst eerder
    // stoppen. Zij hoeft daarvoor geen reden te geven." The first is still read on its own; a denial in the second
    // speaks of it too (analyse: deniedAfter). Not into a list, nor out of a sentence that opens one.
    this.unjoined = [...this.sentences];
    this.joined = new Uint8Array(doc.sentences.length);
    const opensWith = (i: number, phrases: string[][]) => {
      const t0 = tokenAt(this.tokens, doc.sentences[i]!.start);
      return phrases.some((p) => p.length > 0 && p.every((w, k) => this.tokens[t0 + k]?.norm === w && this.sentenceOf[t0 + k] === i));
    };
    for (let i = 1; i < this.sentences.length; i++) {
      const prev = doc.sentences[i - 1]!;
      // "- Let op: een verkoop van aandelen valt hier niet onder." qualifies the bullet above it.
      const note = opensWith(i, followUp.notes);
      if (/[:]\s*$/.test(doc.text.slice(prev.start, prev.end)) || (!note && isItem(doc.text.slice(doc.sentences[i]!.start, doc.sentences[i]!.end)))) continue;
      if (!note && (!opensWith(i, followUp.yes) || opensWith(i, followUp.no))) continue;
      // One sentence back, or the question and answer it continues; no longer chains.
      const before = this.sentences[i - 1]!;
      const from = before.t1 - before.t0 <= JOIN_LIMIT ? before : this.unit(prev.start, prev.end);
      this.sentences[i] = { ...this.sentences[i]!, t0: from.t0, start: from.start };
      this.joined[i] = 1;
    }
    // A lead-in ends in ':' ("may terminate if:"), or holds the first items itself ("… terminate: (a) …; (b) …").
    this.leadOf = new Int32Array(doc.sentences.length).fill(-1);
    this.opens = new Int32Array(doc.sentences.length).fill(-1);
    this.leads = [];
    let lead = -1;
    // A list an item's own further sentences interrupted ("(1) … for any year during the term hereof. As used herein, the
    // term "Quota Amount" means …; or (2) Upon thirty (30) days prior written notice if …"): its lead-in, the number of the
    // list it heads and its last item's marker, so the next item in sequence goes on with it.
    let paused: { lead: number; list: number; marker: string; bullet: string; at: number } | undefined;
    let marker = '';
    // The bullet of the last item ("-", "•"), which has no marker to count on.
    let lastBullet = '';
    // The list the items now go to (an index in `leads`).
    let list = -1;
    // Whether a sentence opens with a number under the lead-in's own article or paragraph ("5.1.2" under "5.1", "6.3"
    // under article 6).
    const below = (leadAt: number, text: string): boolean => {
      const m = SUB_NUMBERED_ITEM.exec(text);
      const own = doc.sections[doc.sentences[leadAt]!.section]?.number;
      return !!m && !!own && m[1]!.startsWith(`${own}.`);
    };
    // The article a sentence stands in, by the first part of its section's number ("2" for 2.1, "11" for 11(b)).
    const articleOf = (i: number): string => /^[^.(]*/.exec(doc.sections[doc.sentences[i]!.section]?.number ?? '')![0];
    doc.sentences.forEach((s, i) => {
      const text = doc.text.slice(s.start, s.end);
      // (A bullet before a counted marker is layout: "   * (c) the Contractor merges with another organisation".)
      const body = text.replace(/^\s*(?:\d+(?:\.\d+)*\.?\s+)?/, '').replace(BULLET_BEFORE_MARK, '');
      // (Under an open lead-in, also a paragraph numbered below it: "5.1 Indien Leverancier ernstig
      // tekortschiet, kan Opdrachtgever: | 5.1.1 Leverancier een hersteltermijn … geven; en | 5.1.2 na het verstrijken van
      // die termijn de werkzaamheden door een derde laten verrichten".)
      const item = ENUMERATED.test(body) || NUMBERED_ITEM.test(text) || (lead >= 0 && below(lead, text));
      const mark = item ? itemMarker(body) : '';
      // (A paused list does not go on past another list's items or into another article: "(c) the deposit of source code. …
      // 1.4 … | 2. Interpretation | (a) Acceptance Test: … (d) Working Hours: …" — (d) is no item of 1.3's list.)
      // (A bullet goes on from a bullet of the same kind: "- Artikel 19 (Escrow) is niet van toepassing. Het BPS is eigendom
      // van Opdrachtgever … | - Artikel 32 (…) is niet van toepassing.")
      const bullet = item ? bulletOf(body) : '';
      // (Not past a question the next bullets answer, "Wat als iemand anders de baas wordt …? … Wat dan? | • We vertellen je
      // dat …", nor past more than one sentence between.)
      const goesOn = (p: { marker: string; bullet: string; at: number }) => labelFollows(p.marker, mark) || (!!bullet && p.bullet === bullet && i - p.at <= BULLET_GAP);
      if (paused?.bullet && !paused.marker && /\?\s*$/.test(text)) paused = undefined;
      if (paused && lead < 0 && ((item && !goesOn(paused)) || articleOf(i) !== articleOf(paused.at))) paused = undefined;
      if (lead < 0 && item && paused && i - paused.lead <= LEAD_WINDOW && goesOn(paused)) {
        lead = paused.lead;
        list = paused.list;
        this.leadOf[i] = paused.list;
        marker = mark;
        lastBullet = bullet;
        paused = undefined;
      } else if (lead >= 0 && i - lead <= LEAD_WINDOW && item) {
        // A nested list ends where the next item of the list around it comes: "4.1 The Township may terminate …: | (a) for
        // default, if the Vendor: | (i) … (iii) … | (b) for any reason or no reason, …" — (b) goes on from (a), under 4.1.
        const outer = this.leadOf[lead]!;
        const leadMark = outer >= 0 ? itemMarker(doc.text.slice(doc.sentences[lead]!.start, doc.sentences[lead]!.end).replace(/^\s*(?:\d+(?:\.\d+)*\.?\s+)?/, '')) : '';
        if (outer >= 0 && leadMark && labelFollows(leadMark, mark) && !labelFollows(marker, mark)) {
          list = outer;
          // (The sentence that opens the outer list.)
          lead = this.opens.indexOf(outer);
        }
        this.leadOf[i] = list;
        marker = mark;
        lastBullet = bullet;
      }
      // Page furniture between items (a running footer, a page number) does not end the list.
      else if (lead >= 0 && !item && body.split(/\s+/).length > 6) {
        paused = marker || lastBullet ? { lead, list, marker, bullet: lastBullet, at: i } : undefined;
        lead = -1;
      }
      // A sentence that stops without a full stop before an item opens the list too ("…, tenzij\na. …").
      const next = doc.sentences[i + 1];
      // (Not one that ends as an item does, "…; or", which closes the item before.)
      // (Nor a conjunction left alone between an item's line end and the next item: "…Sprint;\nand | (b) itself perform …".)
      const open = !item && !/[.;!?)"”]\s*$/.test(text) && !/;\s*(?:or|and|and\/or|of|en|en\/of)\s*$/i.test(text) && !CONJUNCTION.test(text) && !!next && isItem(doc.text.slice(next.start, next.end));
      const inner = text.search(INNER_LIST);
      // (An item may open a list of its own the same way, one of another kind of marker: "(b) The Company may terminate …
      // upon written notice (i) if Tamsin materially breaches …; or | (ii) at any time … after a Tamsin Change of Control".)
      const bare = (!item || nestsBare(mark, text)) && inner < 0 && !!next && BARE_SECOND.test(doc.text.slice(next.start, next.end)) ? text.search(BARE_FIRST) : -1;
      const colon = /:\s*$/.test(text) || open ? text.length : inner >= 0 ? inner : bare;
      if (colon > 0) {
        lead = i;
        marker = '';
        lastBullet = '';
        paused = undefined;
        this.opens[i] = this.leads.length;
        list = this.leads.length;
        this.leads.push(this.unit(pointsBackTo(doc, i, text.slice(0, colon)) ?? s.start, s.start + colon));
      }
    });
    this.tails = this.sharedConsequences();
    this.cited = doc.sentences.map((s, i) => this.citedCase(i));
    doc.sentences.forEach((s, i) => {
      const from = this.listUnits.length;
      this.listUnits.push({ sentence: i, unit: this.sentences[i]!, inline: false });
      const found = inlineItems(doc.text.slice(s.start, s.end));
      const head = found.length ? doc.text.slice(s.start, s.start + found[0]!).trim() : '';
      // (Not the terms of one date or amount: "within six months of the later of (a) the date of the Trigger Event and
      // (b) the date on which …".)
      const marks = ONE_OF_THEM.test(head) ? [] : found;
      const inner = head.split(/\s+/).length >= 2 ? this.unit(s.start, s.start + marks[0]!) : undefined;
      marks.forEach((m, k) => {
        const unit = this.unit(s.start + m, k + 1 < marks.length ? s.start + marks[k + 1]! : s.end);
        if (unit.t1 > unit.t0) this.listUnits.push({ sentence: i, unit, inner, inline: true });
      });
      this.unitsOf.push([from, this.listUnits.length]);
    });
    // Larger sections first, so an inner headed section overwrites its parent's claim on a token.
    this.sectionOf = new Int32Array(this.tokens.length).fill(-1);
    this.sections = [];
    const headed = doc.sections
      .map((s, i) => ({ s, i }))
      // An unnumbered heading of a plain-language text ("Wat als het bedrijf wordt verkocht?") heads prose, not a clause
      // with a list of grounds: its sentences are read one by one, with the heading where they point up to it.
      .filter(({ s }) => s.heading.trim().length > 0 && s.number !== '')
      .sort((a, b) => b.s.end - b.s.start - (a.s.end - a.s.start) || a.s.start - b.s.start);
    for (const { s, i } of headed) {
      const u = { ...this.unit(s.start, s.end), section: i };
      this.sectionOf.fill(this.sections.length, u.t0, u.t1);
      this.sections.push(u);
    }
  }

  /**
   * A sentence with the list it belongs to: its lead-in and every item of that list ("… geen recht op opzegging,
   * tenzij:" with "a. de verwerver …"). An exception there is read in the whole of it.
   */
  withList(si: number): Unit {
    const k = this.leadOf[si]!;
    const from = k >= 0 ? this.sentenceOf[this.leads[k]!.t1 - 1]! : si;
    let to = si;
    const own = this.opens[from]!;
    if (own >= 0) for (let j = from + 1; j < this.leadOf.length && j - from <= LEAD_WINDOW; j++) if (this.leadOf[j] === own) to = Math.max(to, j);
    if (from === si && to === si) return this.sentences[si]!;
    const a = this.sentences[from]!;
    const b = this.sentences[to]!;
    return { t0: a.t0, t1: b.t1, start: a.start, end: b.end };
  }

  /** The sentence the character at `offset` stands in (the next token's), or -1. */
  sentenceAt(offset: number): number {
    return this.sentenceOf[tokenAt(this.tokens, offset)] ?? -1;
  }

  /**
   * A list unit read for a scope: part reads an inline item with the words before its list; item also reads a
   * sentence (or an inline item without such words) with the lead-in of the list it belongs to.
   */
  listUnit(i: number, scope: 'part' | 'item'): Unit {
    // Every rule of that scope asks for the same units: build each once.
    const cache = scope === 'part' ? this.partCache : this.itemCache;
    return (cache[i] ??= this.readListUnit(i, scope));
  }

  private readonly partCache: Unit[] = [];
  private readonly itemCache: Unit[] = [];

  private readListUnit(i: number, scope: 'part' | 'item'): Unit {
    const { sentence, unit, inner, inline } = this.listUnits[i]!;
    // A part of a sentence is read with the lead-in of the list the sentence is an item of where the lead-in leaves its
    // verb to the items ("The Contracting Authority has the right to: … 4.1.3. withdraw from an individual work assignment
    // or cancel the Contract at any time …"), not with a lead-in that is a sentence of its own ("Yes, in these cases:").
    const outer =
      scope !== 'item' ? (this.leadOf[sentence]! >= 0 && !inline ? this.verbLead(this.leads[this.leadOf[sentence]!]!) ?? this.conditionItemLead(this.leadOf[sentence]!) : undefined)
      : this.leadOf[sentence]! >= 0 ? this.conditionItemLead(this.leadOf[sentence]!) ?? this.itemBack(sentence, inline) ?? this.upLead(this.leads[this.leadOf[sentence]!]!)
      // A clause named by its number before the sentence right before, before the article around it.
      : this.cited[sentence] ?? (!inline && sentence > 0 && this.pointsBack(sentence) ? this.backLead(sentence) : !inline ? this.pointsUp(sentence) : undefined);
    const lead = inline ? inner ?? outer : outer;
    // Items of a condition whose consequence follows the last of them ("If (a) …; (b) any person acquires more than 50%
    // …; or (c) …, then Greenmarket may terminate this Agreement"): each is read with that consequence.
    const list = scope === 'item' ? (this.leadOf[sentence]! >= 0 ? this.leadOf[sentence]! : inline ? this.opens[sentence]! : -1) : -1;
    const tail = list >= 0 ? this.tails.get(list) : undefined;
    if (tail && !(unit.t0 <= tail.t0 && tail.t1 <= unit.t1)) return { ...unit, lead: tail };
    return lead ? { ...unit, lead } : unit;
  }

  /** Per list whose lead-in is a condition ("If", "Indien", "In the event"): the consequence after its last item. */
  private readonly tails: Map<number, Unit>;

  private sharedConsequences(): Map<number, Unit> {
    const out = new Map<number, Unit>();
    const lastItem = new Map<number, number>();
    this.leadOf.forEach((k, i) => {
      if (k >= 0) lastItem.set(k, i);
    });
    for (const [k, i] of lastItem) {
      const lead = this.leads[k]!;
      if (!CONDITION_LEAD.test(this.doc.text.slice(lead.start, lead.end))) continue;
      const s = this.doc.sentences[i]!;
      const text = this.doc.text.slice(s.start, s.end);
      const m = CONSEQUENCE.exec(text);
      if (!m) continue;
      const start = s.start + m.index + m[0].search(/\S/) + 1;
      out.set(k, this.unit(start, s.end));
    }
    return out;
  }

  /**
   * The verb lead-in above a list whose own lead-in is an item that only states a case: "16.1 Where the Contractor is in
   * Default, the Authority may: | (b) where the Default relates to … and: | (i) …; or | (ii) …, take over the operation
   * … itself, or procure that a third party does so" — the last item goes on with what the Authority may do.
   */
  private conditionItemLead(k: number): Unit | undefined {
    const lead = this.leads[k]!;
    const at = this.sentenceOf[lead.t1 - 1]!;
    const up = at >= 0 ? this.leadOf[at]! : -1;
    if (up < 0) return undefined;
    const own = this.doc.text.slice(lead.start, lead.end).replace(/^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+)/i, '');
    return CONDITION_OPENS.test(own) ? this.verbLead(this.leads[up]!) : undefined;
  }

  /**
   * An item that opens by pointing at the item before it in the same list ("a) Provider shall notify Customer … after any
   * Change of Control. | b) Customer may, within six months after receipt of that notice, terminate …"): that item, not the
   * list's lead-in, states its case.
   */
  private itemBack(si: number, inline: boolean): Unit | undefined {
    if (inline || si === 0 || this.leadOf[si - 1] !== this.leadOf[si]) return undefined;
    // (Not the items of a lead-in they complete: "District may terminate this Agreement upon written notice if: … (c)
    // Contractor undergoes a Change of Control, in which case District shall give notice within 180 days after receiving
    // Contractor's notice under § 17.05".)
    const lead = this.leads[this.leadOf[si]!]!;
    const leadText = this.doc.text.slice(lead.start, lead.end).replace(/[:\s]+$/, '');
    if (CONDITION_LEAD.test(leadText) || this.verbLead(lead)) return undefined;
    // (Nor a notice the lead-in itself gives: "8.2 Either party may terminate … by written notice if the other party (a) …;
    // (b) …; or | (c) undergoes a Change of Control, provided that such notice is given within six months …".)
    const s = this.doc.sentences[si]!;
    if (NOTICE_POINTER.test(this.doc.text.slice(s.start, s.end)) && LEAD_NOTICE.test(leadText)) return undefined;
    return this.pointsBack(si) ? this.sentences[si - 1] : undefined;
  }

  /** A lead-in whose verb the items complete ("has the right to:", "may:", "is bevoegd om:"), or undefined. */
  private verbLead(lead: Unit): Unit | undefined {
    const text = this.doc.text.slice(lead.start, lead.end);
    return this.followUp.verbLead.some((re) => re.test(text)) ? lead : undefined;
  }

  /** A lead-in that takes its case from the article around it ("Wat als wij een storing niet oplossen? … Dan mag je:"):
   * read from that article's heading, as a sentence that points up is. */
  private upLead(lead: Unit): Unit {
    const si = this.sentenceOf[lead.t0]!;
    const up = si >= 0 && this.doc.sentences[si]!.start <= lead.start ? this.pointsUp(si) : undefined;
    // (Not from a heading that states a case, "12. CONSEQUENCES OF TERMINATION": the articles between it and the lead-in
    // speak of other things.)
    return up && !up.caseOnly && up.t0 < lead.t0 ? { ...lead, t0: up.t0, start: this.tokens[up.t0]!.start } : lead;
  }

  /**
   * A sentence that opens by pointing at the one before ("Upon receipt of such notice, … the Customer may terminate",
   * "In dat geval kan Opdrachtgever …") is read with that sentence as its lead-in, as a list item is.
   */
  private pointsBack(si: number): boolean {
    const s = this.doc.sentences[si]!;
    const prev = this.doc.sentences[si - 1]!;
    const head = this.doc.text.slice(s.start, Math.min(s.end, s.start + 300));
    return this.followUp.back.some((re) => re.test(head)) && !/[:]\s*$/.test(this.doc.text.slice(prev.start, prev.end)) && !noticeWithin(head);
  }

  /**
   * The sentence before as a lead-in, with the one before it where both stand in the same clause and together are at
   * most BACK_WORDS words: the case is often stated a sentence earlier than the notice ("Het kan zijn dat X fuseert …
   * Wij melden dat dan vooraf. Het waterschap mag de afspraken in dat geval opzeggen").
   */
  private backLead(si: number): Unit {
    const prev = this.sentences[si - 1]!;
    const ss = this.doc.sentences;
    // A paragraph's number standing as a sentence of its own ("§2." before "In geval van een dergelijke wijziging …") is no
    // sentence to point back to: the one before it is.
    if (si >= 2 && !/\p{L}{2}/u.test(this.doc.text.slice(ss[si - 1]!.start, ss[si - 1]!.end))) return { ...prev, t0: this.sentences[si - 2]!.t0, start: this.sentences[si - 2]!.start };
    // (… or the clause before, where the sentence opens the next one by pointing back: see pointsIntoClauseBefore.)
    if (si < 2 || ss[si - 2]!.section !== ss[si - 1]!.section || (ss[si - 1]!.section !== ss[si]!.section && !this.pointsIntoClauseBefore(si))) return prev;
    const both = { ...prev, t0: this.sentences[si - 2]!.t0 };
    return both.t1 - both.t0 <= BACK_WORDS ? both : prev;
  }

  /**
   * Whether sentence si opens the clause after the one the sentence before stands in, in the same article ("6.1" then
   * "6.2"), by pointing back at its first words: "6.1 Opdrachtnemer zal geen wijziging in de zeggenschap … doen
   * plaatsvinden zonder … toestemming van Opdrachtgever. Opdrachtgever zal haar toestemming niet op onredelijke gronden
   * onthouden. | 6.2 Indien een dergelijke wijziging zonder toestemming plaatsvindt, …". Not a clause that states its own
   * case and points late: "(d) If Client is acquired …, and Client shall give PayServ notice of any such transaction".
   */
  private pointsIntoClauseBefore(si: number): boolean {
    const ss = this.doc.sentences;
    const own = this.doc.sections[ss[si]!.section];
    const before = this.doc.sections[ss[si - 1]!.section];
    if (!own || !before || own.level !== before.level || own.level < 2 || this.sentenceAt(own.start) !== si) return false;
    const parent = (n: string) => n.replace(/[.(][^.(]*$/, '');
    return parent(own.number) === parent(before.number) && POINTER_OPENING.test(this.doc.text.slice(ss[si]!.start, ss[si]!.end));
  }

  /**
   * A sentence that takes its case from the article around it ("7. Als het bedrijf wordt verkocht … De corporatie mag
   * de overeenkomst dan stoppen."): the article from its heading up to the sentence, or its heading alone where that
   * is longer than UP_WORDS. Not a sentence that opens the article.
   */
  private pointsUp(si: number): { t0: number; t1: number; caseOnly?: boolean } | undefined {
    const doc = this.doc;
    const s = doc.sentences[si]!;
    if (!this.followUp.up.some((re) => re.test(doc.text.slice(s.start, s.end)))) return this.askedAbove(si);
    // The innermost article around the sentence that starts before it ("8.2 Dan mag …" reads article 8).
    let art: (typeof doc.sections)[number] | undefined;
    for (let k = s.section; k >= 0 && !art; k--) if (doc.sections[k]!.start < s.start && doc.sections[k]!.end > s.start) art = doc.sections[k];
    if (!art) return undefined;
    const t0 = this.unit(art.start, art.start).t0;
    const t1 = this.unit(s.start, s.start).t0;
    if (t1 - t0 <= UP_WORDS) return t1 > t0 ? { t0, t1 } : undefined;
    const head = doc.sentences.find((x) => x.end > art.start);
    return head && head.start < s.start ? { t0, t1: this.unit(head.end, head.end).t0 } : undefined;
  }

  /**
   * A plain-language article headed by a question ("8. Wat gebeurt er als het contract stopt?") is its answer, sentence by
   * sentence: "U helpt ons altijd met de overstap naar een nieuw systeem" is said of the end the heading asks about. The
   * question heading of an article around the sentence, or undefined.
   */
  private askedAbove(si: number): { t0: number; t1: number; caseOnly?: boolean } | undefined {
    const doc = this.doc;
    const s = doc.sentences[si]!;
    // A sentence that states its own case answers that, not the heading ("… mag de overeenkomst stoppen als de prijs met
    // meer dan vijf procent stijgt").
    const text = doc.text.slice(s.start, s.end);
    if (this.followUp.ownCase.some((re) => re.test(text))) return undefined;
    for (let k = s.section; k >= 0; k--) {
      const art = doc.sections[k]!;
      if (art.start >= s.start || art.end <= s.start) continue;
      // The article's first sentence, a heading of one line that asks.
      const h = this.sentenceAt(art.start);
      const head = h >= 0 ? doc.sentences[h]! : undefined;
      if (!head || head.start >= s.start) continue;
      const heading = doc.text.slice(head.start, head.end);
      if (heading.includes('\n')) continue;
      const asks = QUESTION.test(heading);
      if (asks || this.followUp.caseHeading.some((re) => re.test(heading))) return { t0: this.unit(head.start, head.start).t0, t1: this.unit(head.end, head.end).t0, caseOnly: !asks };
    }
    return undefined;
  }

  /**
   * The clause a sentence names as its case or event ("De Afnemer kan opzeggen binnen zes maanden na ontvangst van de
   * mededeling als bedoeld in artikel 8.1"; "in het geval van artikel 7", where article 7 is "Nieuwe eigenaar"): the
   * start of that clause, its heading and first sentences up to CITED_WORDS words, never the sentence itself. The
   * nearest clause of that number before the sentence, else the first after it (numbering restarts in annexes).
   */
  private citedCase(si: number): { t0: number; t1: number } | undefined {
    const doc = this.doc;
    const s = doc.sentences[si]!;
    const text = doc.text.slice(s.start, s.end);
    for (const re of this.followUp.cites) {
      const m = re.exec(text);
      if (!m) continue;
      const item = m[1] !== undefined && ITEM_MARK.test(m[1]) ? m[1] : undefined;
      const target = item ? this.itemBefore(item, s.start) : m[1] === undefined ? this.clauseBefore(s.start) : this.clauseNumbered(clauseNumber(m[1]), s);
      // Not the clause the sentence opens ("9.2 … als bedoeld in artikel 9.2").
      if (!target || (target.start >= s.start && target.start < s.end)) continue;
      // A clause the sentence stands in is read up to the sentence ("8.2 … bedoeld in artikel 8").
      const end = target.start < s.start && target.end > s.start ? s.start : target.end;
      const t0 = this.unit(target.start, target.start).t0;
      let t1 = t0;
      for (let j = doc.sentences.findIndex((x) => x.end > target.start); j >= 0 && j < doc.sentences.length && doc.sentences[j]!.start < end; j++) {
        const sent = this.unit(doc.sentences[j]!.start, Math.min(doc.sentences[j]!.end, end));
        if (sent.t1 - t0 > CITED_WORDS && t1 > t0) break;
        t1 = Math.min(sent.t1, t0 + CITED_WORDS);
        // The heading line alone is too little: read on to the first sentence of the clause.
        if (sent.t1 - sent.t0 > TITLE_WORDS_CITED) break;
      }
      if (t1 > t0) return { t0, t1 };
    }
    return undefined;
  }

  /** The clause of that number: the nearest before the sentence, else the first after it (numbering restarts in
   * annexes); where the structure knows none, a sentence that opens with the number (a clause quoted in an amendment). */
  private clauseNumbered(number: string, s: { start: number }): { start: number; end: number } | undefined {
    const doc = this.doc;
    const same: Array<{ start: number; end: number }> = doc.sections.filter((x) => x.number.toLowerCase() === number.toLowerCase());
    if (!same.length) {
      const opens = new RegExp(`^\\s*${number.replace(/\./g, '\\.')}\\.?\\s`, 'iu');
      for (const x of doc.sentences) if (opens.test(doc.text.slice(x.start, x.end))) same.push(x);
    }
    return [...same].reverse().find((x) => x.start < s.start) ?? same.find((x) => x.start > s.start);
  }

  /** "paragraph (a) above": the nearest item so marked before `at`, in the same article (its outermost section),
   * from its marker to the end of its sentence. */
  private itemBefore(mark: string, at: number): { start: number; end: number } | undefined {
    const doc = this.doc;
    let top: (typeof doc.sections)[number] | undefined;
    for (const x of doc.sections) if (x.start <= at && x.end > at && (!top || x.level < top.level)) top = x;
    const from = top ? top.start : Math.max(0, at - ITEM_REACH);
    const k = doc.text.slice(from, at).toLowerCase().lastIndexOf(mark.toLowerCase());
    if (k < 0) return undefined;
    const start = from + k;
    const sentence = doc.sentences[this.sentenceAt(start)];
    return sentence ? { start, end: Math.min(sentence.end, at) } : undefined;
  }

  /** "het vorige lid", "the preceding clause": the clause of the same level right before the one at `at`. */
  private clauseBefore(at: number): { start: number; end: number } | undefined {
    const secs = this.doc.sections;
    let own: (typeof secs)[number] | undefined;
    for (const x of secs) if (x.start <= at && x.end > at && (!own || x.level >= own.level)) own = x;
    if (!own) return undefined;
    let before: (typeof secs)[number] | undefined;
    for (const x of secs) if (x.level === own.level && x.start < own.start && (!before || x.start > before.start)) before = x;
    return before;
  }

  /** Whether a unit holds a word that points back on its own (the packs' `backWords`: "daarvan", "thereof"). */
  hasBackWord(u: { t0: number; t1: number }): boolean {
    for (let t = u.t0; t < u.t1; t++) if (this.followUp.backWords.includes(this.tokens[t]!.norm)) return true;
    return false;
  }

  /**
   * Whether sentence `si` names, with a pointing word, a thing the sentence before named, in the same clause: "that
   * arrangement" after "… a source code escrow arrangement …", "die regeling" after "… een escrowregeling …".
   */
  namesBack(si: number): boolean {
    const doc = this.doc;
    const s = doc.sentences[si];
    const prev = doc.sentences[si - 1];
    if (!s || !prev || s.section !== prev.section || s.section < 0 || doc.sections[s.section]!.start >= s.start) return false;
    const pointing = this.pointingWords;
    const before = this.unit(prev.start, prev.end);
    const own = this.unit(s.start, s.end);
    // A word that points back on its own: "… zien Partijen daarvan af", "… and waive it thereof".
    if (this.hasBackWord(own)) return true;
    for (let t = own.t0; t + 1 < own.t1; t++) {
      if (!pointing.has(this.tokens[t]!.norm)) continue;
      // "such a request": the noun after the article.
      const n = ARTICLE_AFTER_POINTING.has(this.tokens[t + 1]!.norm) && t + 2 < own.t1 ? t + 2 : t + 1;
      const noun = this.tokens[n]!.norm;
      if (noun.length < NOUN_MIN || this.followUp.no.some((p) => p[0] === this.tokens[t]!.norm && p[1] === noun)) continue;
      for (let b = before.t0; b < before.t1; b++) if (this.tokens[b]!.norm.endsWith(noun)) return true;
    }
    return false;
  }

  unit(start: number, end: number): Unit {
    return { t0: tokenAt(this.tokens, start), t1: tokenAt(this.tokens, end), start, end };
  }

  private asides?: Int32Array;
  /** Words in token range [t0, t1) that stand in a short parenthesis of one line: an aside a `near` does not count
   * ("the Authority may, after 48 hours' notice (or without notice in an emergency endangering life or property),
   * take over the Work"). */
  asideWords(t0: number, t1: number): number {
    if (t1 <= t0) return 0;
    if (!this.asides) {
      // Prefix counts: asides[i] = aside words among tokens [0, i).
      const inside = new Uint8Array(this.tokens.length);
      for (const m of this.doc.text.matchAll(ASIDE)) {
        const a = tokenAt(this.tokens, m.index!);
        const b = tokenAt(this.tokens, m.index! + m[0].length);
        inside.fill(1, a, b);
      }
      this.asides = new Int32Array(this.tokens.length + 1);
      for (let i = 0; i < this.tokens.length; i++) this.asides[i + 1] = this.asides[i]! + inside[i]!;
    }
    return this.asides[Math.min(t1, this.tokens.length)]! - this.asides[Math.max(t0, 0)]!;
  }

  positions(norm: string): readonly number[] {
    return this.byNorm.get(norm) ?? [];
  }

  /** Token indices whose folded form starts with `prefix`. */
  prefixed(prefix: string): number[] {
    const out: number[] = [];
    for (const [norm, list] of this.byNorm) if (norm.startsWith(prefix)) out.push(...list);
    return out.sort((a, b) => a - b);
  }

  /** Token indices whose folded form ends with `suffix` (the word itself included). */
  suffixed(suffix: string): number[] {
    const out: number[] = [];
    for (const [norm, list] of this.byNorm) if (norm.endsWith(suffix)) out.push(...list);
    return out.sort((a, b) => a - b);
  }

  /** Token indices with the same stem as `word` in `lang`. */
  stemmed(word: string, lang: StemLanguage): readonly number[] {
    let m = this.stems[lang];
    if (!m) {
      m = new Map();
      for (const [norm, list] of this.byNorm) {
        const s = stem(norm, lang);
        const l = m.get(s);
        if (l) l.push(...list);
        else m.set(s, [...list]);
      }
      for (const l of m.values()) l.sort((a, b) => a - b);
      this.stems[lang] = m;
    }
    return m.get(stem(word, lang)) ?? [];
  }

  stemOf(i: number, lang: StemLanguage): string {
    return stem(this.tokens[i]!.norm, lang);
  }
}

/** Words before a list whose items make up one date or amount, not several cases. */
const ONE_OF_THEM = /\b(?:later|earlier|latest|earliest|lesser|greater|higher|lower|sum)\s+of$|\b(?:laatste|eerste|laatst|vroegst|hoogste|laagste|later|eerder)e?\s+van$/i;
const MARK = /(?<=^|[\s:;,])\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)(?=\s)/giu;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const next = (label: string, system: 'letter' | 'roman' | 'digit'): string =>
  system === 'digit' ? String(Number(label) + 1)
  : system === 'roman' ? ROMAN[ROMAN.indexOf(label) + 1] ?? ''
  : String.fromCharCode(label.charCodeAt(0) + 1);

/**
 * Offsets of the markers of a list written inside one sentence: "(a) … (b) …", "(i) … (ii) …", "(1) … (2) …",
 * starting at the first item and counting up, so that a lone "(c)" or "Section 5 (a)" is no list.
 */
export function inlineItems(text: string): number[] {
  const found = [...text.matchAll(MARK)].map((m) => ({ at: m.index!, label: m[0].slice(1, -1).toLowerCase() }));
  let best: number[] = [];
  for (const system of ['letter', 'roman', 'digit'] as const) {
    const first = system === 'letter' ? 'a' : system === 'roman' ? 'i' : '1';
    for (let k = 0; k < found.length; k++) {
      if (found[k]!.label !== first) continue;
      const chain = [found[k]!.at];
      let want = next(first, system);
      for (let j = k + 1; j < found.length && want; j++)
        if (found[j]!.label === want) { chain.push(found[j]!.at); want = next(want, system); }
      if (chain.length > best.length) best = chain;
    }
  }
  return best.length >= 2 ? best : [];
}

// Standard terms a contract incorporates by reference (ARBIT, ARVODI, GIBIT): where it declares them,
// which articles it carves out, and whether it declares them not applicable at all.
import { deviationRows, struckRows } from './deviation-tables.js';
import type { CompiledStandard } from './compile.js';
import { MatchContext, evaluate, reportsAsked, sentencesWith } from './match.js';
import type { StandardUse } from './analyse.js';
import { isItem, type Unit } from './doc-index.js';
import { quoteOf, sentenceEvidence, type Evidence } from './evidence.js';
import { noRow, opensUnchecked } from './switches.js';
import { escapeRe, framedTitle, labels, LIST_POINT, opensWith, rowCells, termHits } from './regions.js';
import { withinClause } from '../document/sections.js';
import { articleList } from './article-refs.js';

/** The rule id under which a standard's inherited findings are reported. */
export const standardRuleId = (std: CompiledStandard): string => `${std.pack}/${std.spec.id.toLowerCase()}`;


/** How far back a list item looks for its lead-in ("Van toepassing zijn:" … "b. de ARBIT-2014;"). */
const LEAD_IN_SENTENCES = 8;
/** An article's number and the other document it belongs to: "14 of the Framework", "7 van de Raamovereenkomst". */
const OF_OTHER = /^\s*\d{1,3}(?:\.\d{1,3})*[a-z]?\s+(?:of|van)\s+(?:the|de|het)\s+\p{Lu}[\p{L}\d-]*/u;
/** An article's number and, a few words on, its title in brackets: "32 ARBIT-2018 (Escrow)", "8 (zeggenschapswijziging)". */
const TITLED_ARTICLE = /(?<![\d.])(\d{1,3}(?:\.\d{1,3})*[a-z]?)(?![\d.]*\d)[^().;\n]{0,25}?\(([^()]{2,60})\)/g;

/**
 * How a contract uses a standard, and the sentences that carve parts of it out or declare it not applicable:
 * those describe the standard's provisions ("met uitzondering van de bepaling die Opdrachtgever de bevoegdheid
 * geeft te ontbinden …"), so they are no clause of the contract itself.
 */
export function standardUse(
  ctx: MatchContext,
  std: CompiledStandard,
  struckBy: (e: Evidence) => Evidence | undefined = () => undefined,
  asked: (at: number) => boolean = () => false,
): { use: StandardUse | null; carveOuts: number[] } {
  const { doc, index } = ctx;

  let declared: Evidence | null = null;
  // A declaration in an article a later amendment replaces or strikes out ("Artikel 3 komt te luiden: "… uitsluitend de
  // SaaS-Voorwaarden …""): the standard is reported, not inherited, unless a declaration stands elsewhere.
  let struck: { declared: Evidence; by: Evidence } | null = null;
  let disapplied: string | null = null;
  const excluded = new Set<string>();
  const carveOuts: number[] = [];
  // Sentences that name this version, and (for "De ARBIT zijn niet van toepassing") those that name its family.
  const family = std.family && std.disapplies ? sentencesWith(ctx, std.family, std.pack) : [];
  const sentences = [...new Set([...sentencesWith(ctx, std.names, std.pack), ...family])].sort((a, b) => a - b);
  for (const si of sentences) {
    const s = doc.sentences[si]!;
    // "☐ ARBIT-2022" in a form: the option not taken declares nothing. An item of a carve-out list read with its lead-in
    // ("… apply, with the exception of: (a) the provisions of ARBIT-2022 entitling …, which shall not apply") names what
    // goes, not the standard as a whole.
    // Nor does a question in a Nota van Inlichtingen, nor a request reported, nor a party's own proposal.
    if (opensUnchecked(doc.text, s.start, s.end) || carveOuts.includes(s.start) || asked(s.start) || reportsAsked(ctx, index.sentences[si]!) || proposes(ctx, std, s)) continue;
    // Nor an order form's option answered no: "2.1 Dutch government procurement terms (ARBIT / GIBIT) apply | No | The
    // Terms, as amended by this Order Form, apply exclusively."
    if (doc.text.slice(s.start, s.end).includes('|') && noRow(ctx, s.start, s.end, ctx.rules.layout.noValue).length) continue;
    const whole = index.sentences[si]!;
    const named = !!evaluate(ctx, std.names, std.pack, whole);
    if (!named && !family.includes(si)) continue;
    // An item of a list whose lead-in excludes what the items name ("Partijen sluiten uitdrukkelijk uit: | a. de
    // bepalingen van de ARBIT-2022 betreffende het in depot geven van de broncode (escrow)."): its subject goes.
    if (named && excludedByLead(ctx, si)) {
      const subjects = itemArticles(ctx, std, si);
      if (subjects.length) {
        subjects.forEach((a) => excluded.add(a));
        carveOuts.push(s.start);
        continue;
      }
    }
    // "Op de Overeenkomst is de ARBIT-2018 van toepassing. In afwijking daarvan: | 1. is het artikel over wijziging van
    // zeggenschap niet van toepassing; | 2. is het artikel over escrow niet van toepassing; …": a list of deviations the
    // next sentence opens, pointing back to the declaration; each item that sets a subject aside (or keeps of it only
    // something else) carves it out.
    // (The items and what runs on after them, up to a sentence that neither is an item nor follows one ending in ";".)
    // (… or the declaration opens the list itself: "De ARBIT-2022 is van toepassing met inachtneming van de volgende
    // afwijkingen." over "2. Artikel 21 (Escrow) vervalt.")
    // (A heading is read with the sentence under it: the list follows the whole unit.)
    const after = doc.sentences.findIndex((x) => x.start >= whole.end);
    const ownList = named && after >= 0 && opensDeviations(ctx, std, whole);
    const backList = named && after >= 0 && /:\s*$/.test(doc.text.slice(doc.sentences[after]!.start, doc.sentences[after]!.end)) && deviatesBack(ctx, std, after);
    if (ownList || backList)
      for (let k = ownList ? after : after + 1; k >= 0 && k < doc.sentences.length && k - after < DEVIATION_ITEMS; k++) {
        const text = doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
        // (A numbered point is an item too, though it reads as a clause: "2. Artikel 21 (Escrow) vervalt.")
        if (!isItem(text) && !LIST_POINT.test(text)) {
          if (/;\s*$/.test(doc.text.slice(doc.sentences[k - 1]!.start, doc.sentences[k - 1]!.end))) continue;
          break;
        }
        if (!setsAside(ctx, std, k)) continue;
        itemArticles(ctx, std, k).forEach((a) => excluded.add(a));
        // (An item that narrows the right stands as a clause of the contract in the standard's place: "1. In afwijking van
        // artikel 38.2 … is Opdrachtgever uitsluitend bevoegd tot ontbinding indien Leverancier fuseert".)
        if (!narrowsOnly(ctx, std, k)) carveOuts.push(doc.sentences[k]!.start);
      }
    const ev = sentenceEvidence(doc, standardRuleId(std), si, s);
    // Carve-outs: the article numbers right after "met uitzondering van" / "except".
    // A list item ("c. de ARBIT-2022, met uitzondering van de bepalingen over escrow;") is read with the lead-in that
    // declares the list applicable ("Op deze Overeenkomst zijn van toepassing:").
    const lead = leadIn(ctx, std, si);
    const ex = named && std.excepts ? evaluate(ctx, std.excepts, std.pack, lead >= 0 ? { ...whole, lead: index.sentences[lead]! } : whole) : null;
    let carves = !!ex?.length;
    for (const x of ex ?? []) {
      const from = index.tokens[x.t1 - 1]!.end;
      // (An article of another document: "Clause 14 of the Framework (Change of Control) does not apply; change of control
      // … is governed exclusively by ARBIT-2018" carves nothing out of ARBIT.)
      const other = OF_OTHER.exec(doc.text.slice(from, s.end));
      if (other && !evaluate(ctx, std.names, std.pack, index.unit(from, from + other[0].length))) continue;
      // (To the semicolon that ends its part of the sentence: "… over broncodedepot/escrow … niet van toepassing zijn; het
      // betreft een SaaS-dienst waarvoor het Waterschap genoegen neemt met de exitregeling" carves out no exit; a list
      // going on, "save for its provisions on (i) …, and (ii) …", is one part.)
      const semi = doc.text.slice(from, s.end).indexOf(';');
      const upTo = semi >= 0 ? from + semi : s.end;
      const rest = index.unit(from, upTo);
      const direct = articleList(doc.text.slice(from, s.end), false, true);
      // "met uitzondering van:" and a list ("with the exception of the following provisions, which shall not apply:
      // (a) …"): each item the sentence opens names an article or a subject, and describes it.
      if (index.opens[si]! >= 0) carveOutItems(ctx, std, si, excluded, carveOuts);
      // "met uitzondering van de bepaling inzake wijziging in de zeggenschap": carved out by subject, not number; a clause
      // of the contract cited along ("… bepalingen over het depot van de broncode, welke buiten toepassing blijven (zie
      // artikel 8)") is no article of the standard.
      // Articles carved out with their titles ("artikel 32 ARBIT-2018 (Escrow)", "artikel 8 (zeggenschapswijziging) en
      // artikel 30 (broncode-depot)") go by the titles: the numbers may be another version's. One without a title goes by
      // its number. (Only after an article's number: "de bepalingen over escrow (broncodedepot) en over exit" glosses a
      // subject.)
      const titled: string[] = [];
      const byTitle = new Set<string>();
      for (const m of doc.text.slice(from, upTo).matchAll(TITLED_ARTICLE)) {
        const at = from + m.index! + m[0].length - m[2]!.length - 1;
        const topics = topicArticles(ctx, std, index.unit(at, at + m[2]!.length));
        if (!topics.length) continue;
        titled.push(...topics);
        byTitle.add(m[1]!);
      }
      const untitled = direct.filter((n) => !byTitle.has(n));
      const subjects = titled.length ? [...titled, ...untitled] : direct.length && provides(std, direct) ? [] : topicArticles(ctx, std, rest);
      // "De bepalingen van de ARBIT-2014 over deze onderwerpen zijn niet van toepassing": the subjects the sentence before
      // names ("op de onderwerpen overdracht … en wijziging van zeggenschap gaan de voorwaarden van Opdrachtnemer voor").
      const back = !subjects.length && !direct.length && si > 0 && pointsToSubjects(ctx, doc.text.slice(from, s.end)) ? topicArticles(ctx, std, index.sentences[si - 1]!) : [];
      (subjects.length ? subjects : direct.length ? direct : back).forEach((n) => excluded.add(n));
    }
    // Judge each part of the sentence on its own: "ARBIT is van toepassing; de voorwaarden van X zijn niet van toepassing".
    for (const seg of segments(doc.text, s.start, s.end)) {
      const u = index.unit(seg.start, seg.end);
      const namesHere = evaluate(ctx, std.names, std.pack, u);
      if (!namesHere) {
        const family = familyDisapplied(ctx, std, seg, u);
        if (family === 'whole') {
          carves = true;
          disapplied ??= `declared not applicable: "${quoteOf(doc, seg.start, seg.end).slice(0, 200)}"`;
        } else if (family === 'subject') {
          // "Zoals hierboven staat, geldt de ARBIT-regeling over tussentijdse opzegging niet": the subject named goes; one
          // that is not named here is that of the question answered ("Vraag: Kan de ARBIT-bepaling over ontbinding bij
          // wijziging van zeggenschap buiten toepassing worden verklaard? Antwoord: Ja. De betreffende ARBIT-bepaling is
          // niet van toepassing").
          carves = true;
          const named = topicArticles(ctx, std, u);
          (named.length ? named : subjectsBefore(ctx, std, si, s)).forEach((a) => excluded.add(a));
        }
        continue;
      }
      const off = std.disapplies ? evaluate(ctx, std.disapplies, std.pack, u) : null;
      // (The words that set it aside first: in "ARBIT-2022, met uitzondering van de escrowbepalingen, die partijen buiten
      // toepassing hebben verklaard" they are said of what is excepted.)
      const exception = (ex ?? []).filter((x) => opensWith(ctx, ctx.list(std.pack, 'excepts'), index.tokens[x.t0]!.start, index.tokens[x.t1 - 1]!.end));
      const exceptAt = exception.length ? index.tokens[Math.min(...exception.map((x) => x.t0))]!.start : -1;
      if (off?.length && exceptAt > seg.start && termHits(ctx, ctx.list(std.pack, 'setAsideWhole'), seg.start, exceptAt).length > 0 && !provides(std, articleList(doc.text.slice(seg.start, seg.end), true, true))) {
        // All of it set aside but what the exception keeps: "Met ingang van de Beëindigingsdatum zijn de ARVODI-2018 niet
        // langer van toepassing, met uitzondering van de bepalingen inzake geheimhouding". Only a protection the
        // exception names stays.
        carves = true;
        const kept = new Set(exception.flatMap((x) => topicArticles(ctx, std, index.unit(index.tokens[x.t1 - 1]!.end, s.end))));
        for (const p of std.spec.provides) if (!kept.has(String(p.article))) excluded.add(String(p.article));
        declared ??= ev;
      } else if (off?.length) {
        carves = true;
        const part = doc.text.slice(seg.start, seg.end);
        const arts = articleList(part, true, true);
        const limited = !!std.limits && !!(evaluate(ctx, std.limits, std.pack, u) || evaluate(ctx, std.limits, std.pack, whole));
        // A subject named ("op het onderwerp exit … gaan de voorwaarden van Leverancier voor op de ARBIT") says what
        // goes, whatever other articles the sentence cites ("In afwijking van artikel 1.1"). Subjects may come as the
        // list the sentence opens ("… shall prevail solely with respect to the following subjects: (a) …"); those
        // items describe the standard's provisions, so they are no clauses themselves.
        const items = limited && index.opens[si]! >= 0 ? listItems(ctx, si) : [];
        // (The part between semicolons that says it, where that names a subject: "de bepalingen … over broncodedepot/escrow
        // … niet van toepassing zijn; het betreft een SaaS-dienst waarvoor het Waterschap genoegen neemt met de exitregeling".)
        const semis = [...doc.text.slice(s.start, s.end).matchAll(/;/g)].map((m) => s.start + m.index!);
        const clauseStart = Math.max(s.start, ...semis.filter((x) => x < seg.start).map((x) => x + 1));
        const clauseEnd = Math.min(s.end, ...semis.filter((x) => x >= seg.end));
        const own = limited && !items.length && semis.length ? topicArticles(ctx, std, index.unit(clauseStart, clauseEnd)) : [];
        const topics = limited ? (own.length ? own : topicArticles(ctx, std, items.length ? index.withList(si) : whole)) : [];
        const subjects = !limited && arts.length && !provides(std, arts) ? topicArticles(ctx, std, u) : [];
        if (topics.length && !provides(std, arts)) {
          // (Not where the sentence keeps it for another part of the work: the right still holds there.)
          if (!termHits(ctx, ctx.list(std.pack, 'keptForPart'), seg.start, s.end).length) topics.forEach((a) => excluded.add(a));
          for (const k of items) carveOuts.push(doc.sentences[k]!.start);
          declared ??= ev;
        } else if (subjects.length) subjects.forEach((a) => excluded.add(a));
        else if (arts.length) arts.forEach((a) => excluded.add(a));
        // (Not a line that only looks like a list: "Your ARBIT/ARVODI terms do not apply\n - we discussed this …" names
        // no provision in what follows.)
        else if (!limited && index.opens[si]! >= 0 && listItems(ctx, si).some((k) => itemArticles(ctx, std, k).length > 0)) {
          // "De navolgende bepalingen van de ARVODI-2018 zijn niet van toepassing:" and a list: each item names an
          // article or describes a provision by its subject; the items are no clauses themselves.
          carveOutItems(ctx, std, si, excluded, carveOuts);
          declared ??= ev;
        } else if (limited) {
          // "de bepalingen in de GIBIT over escrow zijn niet van toepassing", "… zijn op dat onderwerp niet van
          // toepassing": only the protections whose topic the sentence names go.
          // The subject is in this sentence, or in the one before when this one points back ("het daarop betrekking
          // hebbende artikel").
          // An answer in a Q&A points back past itself to the question ("Vraag 12 (ARBIT-2018, ontbinding bij wijziging
          // van zeggenschap): … / Antwoord: "Ja. Het betreffende artikel van de ARBIT-2018 is niet van toepassing"").
          subjectsBefore(ctx, std, si, s).forEach((a) => excluded.add(a));
          declared ??= ev;
        } else {
          disapplied = `declared not applicable: "${quoteOf(doc, seg.start, seg.end).slice(0, 200)}"`;
          declared ??= ev;
        }
      } else if (!declared && !namedAsNot(ctx, u, namesHere) && (evaluate(ctx, std.applies, std.pack, u) || lead >= 0 || rowKeyApplies(ctx, std, s, seg) || colonLeadApplies(ctx, std, s, seg))) {
        const by = struckBy(ev);
        if (!by) declared = ev;
        else struck ??= { declared: ev, by };
        // "ARBIT-2022 applies … only to the extent expressly referred to … Only the articles of ARBIT-2022 on liability
        // and on intellectual property rights are so referred to": only the protections whose subject the declaration
        // (or the sentence after it) names are inherited.
        if (std.only) {
          const next = index.sentences[si + 1];
          const withNext = next && doc.sentences[si + 1]!.section === s.section ? index.unit(s.start, doc.sentences[si + 1]!.end) : whole;
          if (evaluate(ctx, std.only, std.pack, withNext)) {
            const kept = new Set(topicArticles(ctx, std, withNext));
            for (const p of std.spec.provides) if (!kept.has(String(p.article))) excluded.add(String(p.article));
          }
        }
      }
    }
    // A sentence that carves out or disapplies (a part naming) the standard describes its provisions, unless it puts a
    // narrower right of its own in their place.
    if (carves && !(std.replaces && evaluate(ctx, std.replaces, std.pack, whole))) carveOuts.push(s.start);
  }
  if (declared) pointedBack(ctx, std, declared.start, excluded, carveOuts);
  // A table of deviations whose row sets a provision aside ("Wijziging zeggenschap | … | Vervalt. In plaats daarvan: …",
  // "Source code deposit | … | Not applicable."): the row's subject goes.
  if (declared) for (const r of struckRows(ctx, deviationRows(ctx))) topicArticles(ctx, std, index.unit(r.start, r.end)).forEach((a) => excluded.add(a));
  // A question that asks to strike one of the standard's provisions, answered yes without naming it again ("Vraag 2: Kan
  // de ARBIT-bepaling over ontbinding bij wijziging in de zeggenschap vervallen? … Antwoord: Ja, die bepaling vervalt."):
  // the subject the question names goes.
  if (declared) for (const a of strikesGranted(ctx, std)) a.forEach((x) => excluded.add(x));
  // An annex titled as the deviations from the standard ("Bijlage – Afwijkingen op de GIBIT 2022") over items that do not
  // name it again ("• 1. Het artikel over exit en het exitplan is niet van toepassing. …"): each item that sets a subject
  // aside carves it out.
  if (declared) for (const k of titledDeviations(ctx, std, sentences)) {
    itemArticles(ctx, std, k).forEach((a) => excluded.add(a));
    if (!narrowsOnly(ctx, std, k)) carveOuts.push(doc.sentences[k]!.start);
  }
  // "Algemene Voorwaarden: de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2014 (ARBIT-2014)" … "Op deze
  // overeenkomst zijn de Algemene Voorwaarden van toepassing": declared by the term its definition gives the standard.
  if (!declared && !disapplied) declared = declaredByTerm(ctx, std, asked);
  if (!declared && struck) {
    declared = struck.declared;
    disapplied ??= `declared in an article a later amendment replaces or strikes out: "${struck.by.quote.slice(0, 200)}"`;
  }
  if (!declared) return { use: null, carveOuts };
  return { use: { standard: std.spec.id, title: std.spec.title, declared, excluded: [...excluded].sort(numeric), disapplied }, carveOuts };
}

/** Sentences after a declaration at most that may set aside a subject of the standard by pointing back to it. */
const POINTED_BACK_SENTENCES = 2;

/** "Op deze overeenkomst zijn van toepassing de inkoopvoorwaarden gepubliceerd op …/gibit. Partijen zijn overeengekomen
 * dat de bepalingen uit die voorwaarden over het exitplan … niet van toepassing zijn": the subjects a sentence right after
 * the declaration sets aside, naming the standard only by pointing back (`refersBack`), go. */
function pointedBack(ctx: MatchContext, std: CompiledStandard, declaredAt: number, excluded: Set<string>, carveOuts: number[]): void {
  if (!std.refersBack || !std.limits) return;
  const si = ctx.index.sentenceAt(declaredAt);
  // … or an item of a list the declaration opens ("ARBIT-2018 is van toepassing, met dien verstande dat: … (b) de bepaling
  // over het in depot geven van broncode niet van toepassing is;").
  const items = ctx.index.opens[si]! >= 0 ? listItems(ctx, si) : [];
  const next = Array.from({ length: POINTED_BACK_SENTENCES }, (_, i) => si + 1 + i).filter((k) => k < ctx.doc.sentences.length && !items.includes(k));
  for (const k of [...items, ...next]) {
    const u = ctx.index.sentences[k]!;
    // (A sentence that names the standard again is read where it stands; a party's own proposal sets nothing aside.)
    if (evaluate(ctx, std.names, std.pack, u) || proposes(ctx, std, ctx.doc.sentences[k]!)) continue;
    // An item is read with the declaration as its lead-in, which names the standard.
    const item = items.includes(k);
    if (!evaluate(ctx, std.refersBack, std.pack, item ? { ...u, lead: ctx.index.sentences[si]! } : u) || !evaluate(ctx, std.limits, std.pack, u)) continue;
    const topics = topicArticles(ctx, std, u);
    if (!topics.length) continue;
    topics.forEach((a) => excluded.add(a));
    carveOuts.push(ctx.doc.sentences[k]!.start);
  }
}

/** Whether a sentence is a party's own proposal ("Wij stellen voor dat …", the pack's `proposes`). */
const proposes = (ctx: MatchContext, std: CompiledStandard, s: { start: number; end: number }): boolean => termHits(ctx, ctx.list(std.pack, 'proposes'), s.start, s.end).length > 0;

/** The subjects of the sentence before, and of a question the sentence answers. */
function subjectsBefore(ctx: MatchContext, std: CompiledStandard, si: number, s: { start: number }): string[] {
  const { index } = ctx;
  const question = ctx.asked.filter((r) => r.end <= s.start && s.start - r.end <= ANSWER_REACH).pop();
  return [...(si > 0 ? topicArticles(ctx, std, index.sentences[si - 1]!) : []), ...(question ? topicArticles(ctx, std, index.unit(question.start, question.end)) : [])];
}

/**
 * A part naming the standard's family without a version ("de ARBIT zijn niet van toepassing") that disapplies it: as a
 * whole ('whole': every version declared goes) or on a subject only ('subject': "de ARBIT-regeling over tussentijdse
 * opzegging geldt niet"). A year or an article number makes it about one version or article, read elsewhere.
 */
function familyDisapplied(ctx: MatchContext, std: CompiledStandard, seg: { start: number; end: number }, u: Unit): 'whole' | 'subject' | undefined {
  if (!std.family || !std.disapplies) return undefined;
  if (!evaluate(ctx, std.family, std.pack, u) || !evaluate(ctx, std.disapplies, std.pack, u)) return undefined;
  if (std.limits && evaluate(ctx, std.limits, std.pack, u)) return 'subject';
  const text = ctx.doc.text.slice(seg.start, seg.end);
  // One provision of the standard, not all of it: "De betreffende ARBIT-bepaling is niet van toepassing".
  if (termHits(ctx, ctx.list(std.pack, 'oneProvision'), seg.start, seg.end).length) return 'subject';
  return /\b(?:19|20)\d\d\b/.test(text) || articleList(text, true).length ? undefined : 'whole';
}

/** Whether an answer opens with a yes ("Antwoord: Ja, …", "Answer: Yes."), after its label if it has one: the packs'
 * `answerLabel` and `yesValue`. */
function answersYes(ctx: MatchContext, start: number, end: number): boolean {
  const { answerLabel, yesValue } = ctx.rules.layout;
  const text = ctx.doc.text.slice(start, end);
  const words = labels(answerLabel).filter((w) => w.length > 1).map(escapeRe);
  const label = words.length ? new RegExp(String.raw`^[ \t]*(?:${words.join('|')})[ \t]*\d*[ \t]*[:.-][ \t]*`, 'iu').exec(text) : null;
  return opensWith(ctx, yesValue, start + (label?.[0].length ?? 0), end);
}

/** For each question that names the standard and asks for one of its provisions to be struck, answered yes in the sentence
 * right after it, the articles of the protections the question names. */
function strikesGranted(ctx: MatchContext, std: CompiledStandard): string[][] {
  const { doc, index } = ctx;
  const out: string[][] = [];
  for (const q of ctx.asked) {
    const qu = index.unit(q.start, q.end);
    // A question that asks for a provision to be struck or set aside: the packs' `strikeAsked`.
    if (!termHits(ctx, ctx.rules.layout.strikeAsked, q.start, q.end).length) continue;
    if (!evaluate(ctx, std.names, std.pack, qu) && !(std.family && evaluate(ctx, std.family, std.pack, qu))) continue;
    const answer = doc.sentences.find((x) => x.start >= q.end && x.start - q.end <= ANSWER_REACH);
    if (!answer || !answersYes(ctx, answer.start, answer.end)) continue;
    const topics = topicArticles(ctx, std, qu);
    if (topics.length) out.push(topics);
  }
  return out;
}

/** The articles of the protections whose topic the text names ("escrow", "zeggenschap"). */
function topicArticles(ctx: MatchContext, std: CompiledStandard, u: Unit): string[] {
  return std.topics.flatMap((t, k) => (t && evaluate(ctx, t, std.pack, u) ? [String(std.spec.provides[k]!.article)] : []));
}

/** A particulars table's row that declares the standard in its key ("Toepasselijke inkoopvoorwaarden | ARVODI-2018"): the
 * value cell is read with its key. */
function rowKeyApplies(ctx: MatchContext, std: CompiledStandard, s: { start: number; end: number }, seg: { start: number }): boolean {
  const text = ctx.doc.text.slice(s.start, s.end);
  if (!text.includes('|') || text.includes('\n')) return false;
  const key = rowCells(text, s.start)[0];
  if (!key || seg.start <= key.end) return false;
  return !!evaluate(ctx, std.applies, std.pack, ctx.index.unit(key.start, key.end));
}

/** A name said to be not the one that applies: "The Framework terms (the framework's own general terms, not ARBIT, ARVODI
 * or GIBIT) apply", "de eigen voorwaarden van de raamovereenkomst, niet de ARBIT of GIBIT". The words before the name,
 * past other standards' names in the same list. */
const NOT_BEFORE = /(?:^|[\s(,;])(?:not|niet|other\s+than|rather\s+than|instead\s+of|in\s+plaats\s+van|anders\s+dan|geen)\s+(?:(?:the|de|het)\s+)?(?:[\p{Lu}][\p{L}\d-]*(?:[\s-]\d{4})?\s*(?:,|or|and|of|en|nor|noch)\s+(?:(?:the|de|het)\s+)?){0,3}$/u;

/** Whether every naming of the standard in the unit (its spans) is one said to be not the standard that applies. */
function namedAsNot(ctx: MatchContext, u: Unit, spans: readonly { t0: number }[]): boolean {
  if (!spans.length) return false;
  const text = ctx.doc.text;
  return spans.every((sp) => {
    const at = ctx.index.tokens[sp.t0]!.start;
    return NOT_BEFORE.test(text.slice(Math.max(u.start, at - 60), at));
  });
}

/** Whether the part of the sentence before a colon that opens `seg`'s list declares it applicable, the standard one of
 * the documents listed in the same sentence: "Van toepassing zijn: de bijlagen en de GIBIT 2023", "Op deze nadere
 * overeenkomst zijn van toepassing, in deze volgorde: (a) …, (b) de Raamovereenkomst, (c) de GIBIT, versie 2023". */
function colonLeadApplies(ctx: MatchContext, std: CompiledStandard, s: { start: number; end: number }, seg: { start: number; end: number }): boolean {
  const { doc, index } = ctx;
  const colon = doc.text.lastIndexOf(':', seg.start);
  if (colon < s.start || /^\/\//.test(doc.text.slice(colon + 1, colon + 3))) return false;
  // (The lead is the part before that colon, from the previous semicolon or colon.)
  const before = doc.text.slice(s.start, colon);
  const from = s.start + Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const lead = index.unit(from, colon);
  if (!evaluate(ctx, std.applies, std.pack, lead)) return false;
  return !termHits(ctx, ctx.list(std.pack, 'setAsideWhole'), from, colon).length;
}

/** Parts of a sentence split at ; : a table's cell border | and ", and/en/maar/but/met dien verstande/provided that" — each can say something else
 * about applicability. */
function segments(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // (Not a list of subjects going on: "de bepalingen … inzake broncodedepot, inzake de bevoegdheid …, en inzake exit … zijn
  // niet van toepassing".)
  // (Nor the colon of a link: "gepubliceerd op https://vng.nl/…".)
  // (Nor a subject added under the same verb: "Op deze overeenkomst zijn de algemene voorwaarden van X niet van toepassing,
  // en evenmin de ARBIT, ARVODI of GIBIT.")
  const re = /[;|]|:(?!\/\/)|,\s+(?=(?:en|and)\b(?!\s+(?:inzake|over|betreffende|omtrent|ten aanzien van|met betrekking tot|regarding|concerning|relating to|on|evenmin|ook\s+niet|neither|not)\b)|(?:maar|terwijl|met dien verstande|behoudens|but|whereas|while|provided that|save that|except that)\b)/giu;
  re.lastIndex = 0;
  const part = text.slice(start, end);
  let from = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: start + from, end });
  return out.filter((p) => p.end > p.start);
}

/** Whether one of the article numbers is (or holds) a provision the standard's pack lists. */
const provides = (std: CompiledStandard, arts: readonly string[]): boolean =>
  arts.some((a) => std.spec.provides.some((p) => withinClause(String(p.article), a)));

/** Each item of the list that sentence si opens names an article or describes a provision by its subject: those go,
 * and the items are no clauses themselves. */
function carveOutItems(ctx: MatchContext, std: CompiledStandard, si: number, excluded: Set<string>, carveOuts: number[]): void {
  for (const k of listItems(ctx, si)) {
    itemArticles(ctx, std, k).forEach((a) => excluded.add(a));
    carveOuts.push(ctx.doc.sentences[k]!.start);
  }
}

/** A list item's marker alone: "• 1.", "2.", "(b)", "-". */
const BARE_MARKER = /^\s*(?:[-•–·]\s*)?(?:\(?(?:\d{1,2}|[a-z])[.)])?\s*$/;
/** Words at most on a title line that heads an annex of deviations. */
const DEVIATIONS_TITLE_WORDS = 12;

/** Whether sentence k is the whole of its line, a title of a few words that does not end like a sentence. */
function titleLine(ctx: MatchContext, k: number, words: number): boolean {
  const { doc } = ctx;
  const s = doc.sentences[k]!;
  const end = doc.text.indexOf('\n', s.start);
  const t = framedTitle(ctx, { start: doc.text.lastIndexOf('\n', s.start - 1) + 1, end: end < 0 ? doc.text.length : end });
  return !!t && t.start >= s.start && t.end <= s.end + 1 && t.t1 - t.t0 <= words && !/[.;:,]$/.test(doc.text.slice(t.start, t.end));
}

/** The items under a title line that names the standard and calls what follows deviations from it (the pack's
 * `deviationsTitle`: "Afwijkingen op de GIBIT 2022", "Deviations from ARBIT-2018") which set a subject aside, up to the
 * next title line. */
function titledDeviations(ctx: MatchContext, std: CompiledStandard, naming: readonly number[]): number[] {
  const { doc } = ctx;
  const words = ctx.rules.lists.get(std.pack)?.get('deviationsTitle') ?? [];
  if (!words.length) return [];
  const out: number[] = [];
  for (const si of naming) {
    const u = ctx.index.sentences[si]!;
    if (!titleLine(ctx, si, DEVIATIONS_TITLE_WORDS) || !words.some((t) => ctx.termHitsIn(t, std.pack, u, 0).length > 0)) continue;
    for (let k = si + 1; k < doc.sentences.length && k - si <= 2 * DEVIATION_ITEMS && !titleLine(ctx, k, DEVIATIONS_TITLE_WORDS); k++) {
      const text = doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
      // (An item's marker may stand as a sentence of its own before it: "• 1." | "Het artikel over exit …".)
      const marker = BARE_MARKER.test(doc.text.slice(doc.sentences[k - 1]!.start, doc.sentences[k - 1]!.end));
      if ((isItem(text) || LIST_POINT.test(text) || marker) && setsAside(ctx, std, k)) out.push(k);
    }
  }
  return out;
}

/** Sentences at most after a declaration that its list of deviations runs on over. */
const DEVIATION_ITEMS = 14;

/** Whether sentence k deviates from what the sentence before declares, pointing back to it: "In afwijking daarvan:". */
function deviatesBack(ctx: MatchContext, std: CompiledStandard, k: number): boolean {
  const deviates = ctx.rules.lists.get(std.pack)?.get('deviates') ?? [];
  const u = ctx.index.sentences[k]!;
  if (!deviates.some((t) => ctx.termHitsIn(t, std.pack, u, 0).length > 0)) return false;
  return ctx.index.hasBackWord(u);
}

/** Whether a declaration ends by opening a list of deviations (the pack's `deviationsFollow`). */
function opensDeviations(ctx: MatchContext, std: CompiledStandard, u: Unit): boolean {
  if (!/[.:]\s*$/.test(ctx.doc.text.slice(u.start, u.end))) return false;
  const follow = ctx.rules.lists.get(std.pack)?.get('deviationsFollow') ?? [];
  return follow.some((t) => ctx.termHitsIn(t, std.pack, u, 0).length > 0);
}

/** Whether list item k keeps of its subject only what it names (the pack's `narrows`, or "uitsluitend", "only"), denying nothing. */
function narrowsOnly(ctx: MatchContext, std: CompiledStandard, k: number): boolean {
  return !packListIn(ctx, std, 'denied', k) && (packListIn(ctx, std, 'narrows', k) || packListIn(ctx, std, 'onlyWord', k));
}

/** Whether sentence k holds a term of the standard's pack list `name`. */
function packListIn(ctx: MatchContext, std: CompiledStandard, name: string, k: number): boolean {
  const u = ctx.index.sentences[k]!;
  return (ctx.rules.lists.get(std.pack)?.get(name) ?? []).some((t) => ctx.termHitsIn(t, std.pack, u, 0).length > 0);
}

/** Whether list item k sets its subject aside or keeps of it only what it names: the pack's `denied`, `narrows`,
 * `appliesOnly` and `onlyWord`. */
function setsAside(ctx: MatchContext, std: CompiledStandard, k: number): boolean {
  return ['denied', 'narrows', 'appliesOnly', 'onlyWord'].some((name) => packListIn(ctx, std, name, k));
}

/** The standard's articles list item k names by number or subject. */
function itemArticles(ctx: MatchContext, std: CompiledStandard, k: number): string[] {
  const item = ctx.doc.sentences[k]!;
  // An article with its title goes by the title, as in a carve-out sentence: "3. Artikel 32 ARBIT-2022 (Uitvoering door
  // derden bij tekortkoming) is niet van toepassing" (the number may be another version's).
  const titled: string[] = [];
  for (const m of ctx.doc.text.slice(item.start, item.end).matchAll(TITLED_ARTICLE)) {
    const at = item.start + m.index! + m[0].length - m[2]!.length - 1;
    titled.push(...topicArticles(ctx, std, ctx.index.unit(at, at + m[2]!.length)));
  }
  if (titled.length) return titled;
  const arts = articleList(ctx.doc.text.slice(item.start, item.end), true, true);
  // An item that names its subject says what goes, whatever clause of the contract it cites ("(b) the provisions of
  // ARBIT-2022 entitling the Customer to terminate … without cause, which shall not apply, having regard to the fixed
  // term set out in Clause 4"), unless the number is one of the standard's own provisions.
  const topics = topicArticles(ctx, std, ctx.index.sentences[k]!);
  return arts.length && (provides(std, arts) || !topics.length) ? arts : topics;
}

/** Characters at most from a Q&A question's end to the sentence of its answer that points back to it. */
const ANSWER_REACH = 300;

/** Words that point to the subjects the sentence before names (the packs' `subjectsBack`). */
const pointsToSubjects = (ctx: MatchContext, text: string): boolean => ctx.rules.followUp.subjectsBack.some((re) => re.test(text));

/** The sentences of the list that sentence si opens, up to a sentence of its own after the items ("Op alle overige
 * onderwerpen gelden de ARVODI-2018 onverkort, …"): no item, and not an item's run-on in lower case. */
function listItems(ctx: MatchContext, si: number): number[] {
  const { index, doc } = ctx;
  const whole = index.withList(si);
  const last = index.sentenceOf[whole.t1 - 1]!;
  const out: number[] = [];
  const item = (k: number) => isItem(doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end));
  for (let k = si + 1; k <= last; k++) {
    const text = doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
    // (An item may run on in a sentence of its own before the next item: "a. de bepalingen inzake broncode en depot
    // (escrow); Partijen stellen vast dat … | b. de bepaling over ontbinding bij wijziging in de zeggenschap …".)
    if (out.length && !isItem(text) && /^\s*\p{Lu}/u.test(text)) {
      let next = k + 1;
      while (next <= last && !item(next)) next++;
      if (next > last) break;
    }
    out.push(k);
  }
  return out;
}

/** A list item naming the standard, whose lead-in sentence (ending in ':') says "van toepassing": that lead-in, or -1. */
function leadIn(ctx: MatchContext, std: CompiledStandard, si: number): number {
  // Not a numbered paragraph: "2. Voor het overige zijn alle modules van de ARBIT-2022 van toepassing …" after a carve-out
  // list is a paragraph of its own, not a further item of it.
  const own = ctx.doc.sentences[si]!;
  if (/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(ctx.doc.text.slice(own.start, own.end))) return -1;
  const k = colonBefore(ctx, si);
  if (k < 0) return -1;
  const s = ctx.doc.sentences[k]!;
  // A sentence of its own after marked items ("(a) …; (b) …. Op alle overige onderwerpen gelden de ARVODI-2018
  // onverkort") is none of them.
  const sentenceText = (j: number) => ctx.doc.text.slice(ctx.doc.sentences[j]!.start, ctx.doc.sentences[j]!.end);
  if (si > k + 1 && isItem(sentenceText(k + 1)) && !isItem(sentenceText(si))) return -1;
  if (evaluate(ctx, std.applies, std.pack, ctx.index.sentences[k]!)) return k;
  // The lead's own paragraph may say it in the sentence before: "De volgende documenten maken deel uit van de
  // Overeenkomst. Bij strijdigheid prevaleert het eerder genoemde document:".
  const before = ctx.doc.sentences[k - 1];
  const sameParagraph = !!before && !ctx.doc.text.slice(before.end, s.start).includes('\n') && before.section === s.section;
  return sameParagraph && evaluate(ctx, std.applies, std.pack, ctx.index.sentences[k - 1]!) ? k : -1;
}

/** The nearest sentence before si, at most LEAD_IN_SENTENCES back, that ends in ":" (a list's lead-in), or -1. */
function colonBefore(ctx: MatchContext, si: number): number {
  const { doc } = ctx;
  const text = (k: number) => doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
  const item = isItem(text(si));
  for (let k = si - 1; k >= Math.max(0, si - LEAD_IN_SENTENCES); k--) {
    const t = text(k);
    if (t.trimEnd().endsWith(':')) return k;
    // … or whose colon opens the list in the same line, each item a sentence of its own after the semicolon before it: "Op
    // deze nadere overeenkomst zijn van toepassing: (a) deze nadere overeenkomst; (b) de Raamovereenkomst; (c) de ARBIT-2022;".
    if (item && INLINE_LIST_OPENS.test(t)) return k;
  }
  return -1;
}
/** A colon that opens a list in the same line: ": (a) ", ": a. ", ": (i) ". */
const INLINE_LIST_OPENS = /:\s*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s/;

/** Whether sentence si is an item of a list whose lead-in (the sentence ending in ":" before the items) excludes what the
 * items name, the packs' `excludeLead`. */
function excludedByLead(ctx: MatchContext, si: number): boolean {
  const { doc } = ctx;
  if (!isItem(doc.text.slice(doc.sentences[si]!.start, doc.sentences[si]!.end))) return false;
  const k = colonBefore(ctx, si);
  return k >= 0 && termHits(ctx, ctx.rules.layout.excludeLead, doc.sentences[k]!.start, doc.sentences[k]!.end).length > 0;
}

function numeric(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/** A declaration that names the standard by a defined term whose definition names it (and declares nothing itself). */
function declaredByTerm(ctx: MatchContext, std: CompiledStandard, asked: (at: number) => boolean): Evidence | null {
  const { doc, index } = ctx;
  for (const def of ctx.defined) {
    if (def.term.length < 4 || !evaluate(ctx, std.names, std.pack, index.unit(def.start, def.end))) continue;
    // (A term that is itself the standard's name, "ARBIT: de Algemene Rijksvoorwaarden …", is read as a name above.)
    const before = doc.text.lastIndexOf(def.term, def.start);
    const own = def.termAt ?? def.named ?? (before >= 0 && def.start - before < 80 ? { start: before, end: before + def.term.length } : undefined);
    if (!own || [std.names, std.family].some((p) => p && evaluate(ctx, p, std.pack, index.unit(own.start, own.end)))) continue;
    const term = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRe(def.term)}(?![\p{L}\p{N}])`, 'u');
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si]!;
      if (s.end > def.start && s.start < def.end) continue;
      if (!term.test(doc.text.slice(s.start, s.end)) || asked(s.start) || opensUnchecked(doc.text, s.start, s.end)) continue;
      const u = index.sentences[si]!;
      // (One that carves out or disapplies is left to the reading above.)
      const carves = [std.disapplies, std.excepts].some((p) => p && evaluate(ctx, p, std.pack, u));
      if (evaluate(ctx, std.applies, std.pack, u) && !carves) return sentenceEvidence(doc, standardRuleId(std), si, s);
    }
  }
  return null;
}

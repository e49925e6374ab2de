// Compiling packs once: pattern strings become Term objects shared across rules, so a document is
// searched for each distinct term once, whatever the number of rules that use it.
import { parseTerm, wrapTolerant, type Term } from './terms.js';
import { words } from './tokens.js';
import type { FollowUp } from './doc-index.js';
import { FAMILY } from './schema.js';
import type { Beneficiary, Grant, LoadedPack, PatternSpec, RuleLanguage, RuleSpec, Scope, StandardSpec, Strength, TableEntry } from './types.js';

export type CPattern =
  | { kind: 'term'; term: Term }
  | { kind: 'all'; items: CPattern[]; label?: string; next?: true }
  | { kind: 'any'; items: CPattern[]; label?: string; next?: true }
  | { kind: 'none'; items: CPattern[]; label?: string; next?: true }
  | { kind: 'near'; a: CPattern; b: CPattern; within: number; ordered: boolean; label?: string; next?: true };

export interface CompiledRule {
  id: string;
  pack: string;
  clause?: string;
  fact?: string;
  grants: Grant;
  to: Beneficiary;
  strength: Strength;
  languages: RuleLanguage[];
  scope: Scope;
  pattern: CPattern;
  /** The exceptions (items of the top-level `none`) marked `next`: also read in a follow-up sentence. */
  nextExceptions: CPattern[];
  value?: { table: CompiledTable; after?: Term; notBefore?: Term };
  priority: number;
  prevails?: CPattern;
  tags: string[];
  message: string;
  spec: RuleSpec;
}

export interface CompiledTable {
  name: string;
  rows: Array<{ entry: TableEntry; aliases: Term[] }>;
}

export interface CompiledStandard {
  pack: string;
  spec: StandardSpec;
  names: CPattern;
  applies: CPattern;
  disapplies?: CPattern;
  family?: CPattern;
  excepts?: CPattern;
  limits?: CPattern;
  refersBack?: CPattern;
  replaces?: CPattern;
  only?: CPattern;
  /** Per entry of spec.provides (same order): its topic pattern, if any. */
  topics: Array<CPattern | undefined>;
}

/** Vocabulary lists of any pack that name the parties: role words for {customer} / {supplier} / {party}, and what sorts a
 * defined name into a role (see RuleSet.roles). */
const ROLE_LISTS = ['customer', 'supplier', 'party', 'customerHints', 'customerActs', 'supplierActs', 'notAbbreviation', 'lawNames', 'partyEntry', 'objectWords', 'streetWords', 'bareNames', 'subSupplier', 'nonProfitKind', 'notShortName', 'dutyWords', 'accessoryParty', 'parentOfPrevious', 'resaleRole', 'supplierTrade', 'offerWords', 'payWords', 'feeWords', 'heldWords', 'salutation'] as const;

/** Vocabulary lists of any pack that say how the file's layout is read: order forms, summary boxes, later documents and
 * struck parts (see RuleSet.layout). */
const LAYOUT_LISTS = ['noValue', 'yesValue', 'overridesForm', 'summaryTitle', 'summaryYields', 'partLabel', 'draftMark', 'documentName', 'annexStruck', 'sectionStruck', 'prevailsNl', 'prevailsEn', 'partRejected', 'rowRejected', 'rowAnsweredNo', 'redlineDeleted', 'redlineComment', 'columnOld', 'columnNew', 'columnComment', 'cellUnchanged', 'tableNoun', 'listFollowing', 'questionLabel', 'answerLabel', 'answerAccepts', 'quoteStruck', 'quoteStruckBack', 'quoteNotApplied', 'askedWhether', 'draftingNote', 'optionDeclined', 'choiceLabel', 'laterTerms', 'nonBinding', 'bindingMark', 'preContract', 'selfWord', 'pointsToSelf', 'exceptLead', 'excludeLead', 'emptiedDefinition', 'emptiedLine', 'contractTitle', 'documentKind', 'precedenceMark', 'precedenceWins', 'precedenceYields', 'precedenceBetween', 'precedenceList', 'listedPrevails', 'subjectLimit', 'allOthers', 'mainDocument', 'joinWord', 'titleNoise', 'mentionBreak', 'overridesOthers', 'recitalOpen', 'recitalClose', 'recitalQuotes', 'classWord', 'classOnly', 'classLow', 'classMiddle', 'classHigh', 'salutation', 'termsRejected', 'termsAccepted', 'termsPassedOver', 'termsReported', 'requirementWord', 'requirementStruck', 'columnDeviation', 'noDeviation', 'deviationStrikes', 'definitionsTitle', 'supersededMark', 'buyerTerms', 'refused', 'statusLabel', 'statusPending', 'reportedAsk', 'askGranted', 'askStrike', 'strikeAsked', 'annexReserved', 'annexPending', 'placeholderWord', 'noRightsDerived', 'notTakenLabel', 'optionOnly', 'citedOff', 'articlesBack', 'versionAbsent', 'formerText', 'formerVerb', 'rowPartial', 'answerColumn'] as const;

/** A pack's `definitions` entry: a defined term joins `target` when its definition uses a word of one of `sources` (and
 * fits `head` or `kind`, and names none of `unless`). */
export interface DefinitionJoin {
  target: string;
  sources: string[];
  head?: string;
  kind?: string;
  unless?: string[];
}

export interface RuleSet {
  packs: Array<{ id: string; version: string; title: string; file: string; builtin: boolean }>;
  rules: CompiledRule[];
  standards: CompiledStandard[];
  /** Patterns of sentences that strike out articles (one per pack that has them). */
  amendments: Array<{ pack: string; deletes: CPattern; replaces?: CPattern; restores?: CPattern }>;
  /** Vocabulary lists by pack id, then name: what @name means inside that pack. */
  lists: Map<string, Map<string, Term[]>>;
  /** Lists whose members grow with a contract's own defined terms, by pack id. */
  /** Per pack: a defined term joins `target` when its definition uses a word of one of `sources`. */
  definitionLists: Map<string, DefinitionJoin[]>;
  /** Names for {customer} / {supplier} / {party}: the union of the packs' `customer`, `supplier`, `party` lists. */
  roles: Record<(typeof ROLE_LISTS)[number], Term[]>;
  /** How a sentence speaks of the one before: the packs' `followUp`, `followUpNot`, `followUpNote`, `questionOn`, `pointsBack`, `pointsUp`, `citesCase`, `verbLead`, `subjectsBack`, `ownCase`, `caseHeading` and `backWords` lists. */
  followUp: FollowUp;
  /** Row keys that name a clause an order form's row may switch off, by pack. */
  switches: Array<{ pack: string; clause: string; keys: Term[] }>;
  /** The words that name a clause as a subject a document ranks on, by pack. */
  subjects: Array<{ pack: string; clause: string; words: Term[] }>;
  /** How the file's layout is read (order forms, summary boxes, later documents, struck parts), pooled over the packs'
   * vocabularies of these names: `noValue`, the values of a row that say no ("Nee", "Not included", "Niet van
   * toepassing"); `yesValue`, a cell that says only yes ("ja", "Included"), so a row answered per lot, yes in one column
   * and no in another, switches nothing off; `overridesForm`, words of a clause that holds whatever the order form says ("Notwithstanding anything
   * in an Order Form"); `summaryTitle`, the title of a summary box ("IN HET KORT", "KEY FACTS"); `summaryYields`, words that make it yield to the articles ("Het is geen
   * afspraak", "The clauses decide"); `partLabel`, the label of a part ("DEEL A", "Part 2"), so a summary that is a part
   * runs to the next; `draftMark` and `documentName`, the title of a later document that never took
   * effect ("CONCEPT – TWEEDE WIJZIGINGSOVEREENKOMST", "DRAFT Amendment No. 2 (not executed)"); `annexStruck`, words
   * that take an annex out ("maakt geen deel meer uit van de Overeenkomst"); `sectionStruck`, the word that opens an
   * article's marker of its deletion ("[deleted by Amendment 1]", "Vervallen"); `questionLabel` and `answerLabel`, the labels
   * of a Q&A's questions and answers ("Vraag 14", "Antwoord:"); `quoteStruck`, the words after a quoted old text that strike
   * it ('Article 6 ("…") is deleted'); `quoteStruckBack`, a pointer and a striking word in the sentence after it ("dat
   * artikel geschrapt"); `quoteNotApplied`, words before a quoted text that say it does not apply here ("zonder dat het …
   * van toepassing is, luidt artikel 14: "…""); `askedWhether`, words that report a question ("vroeg of", "asked whether"); `draftingNote`, the label of a template's
   * note in brackets ("[Toelichting: …]", "[Drafting note: …]"); `optionDeclined`, the mark of an option not chosen ("[Optioneel
   * – niet gekozen]", "– NOT SELECTED"); `choiceLabel`, the label of a choice filled in ("Gekozen: niet van toepassing"). */
  layout: Record<(typeof LAYOUT_LISTS)[number], Term[]>;
}

/** A standard's pattern with the placeholder "@family" replaced by the standard's family pattern. */
function withFamily(p: PatternSpec, family: PatternSpec): PatternSpec {
  if (typeof p === 'string') return p === FAMILY ? family : p;
  const each = (l: PatternSpec[] | undefined) => l?.map((x) => withFamily(x, family));
  return { ...p, all: each(p.all), any: each(p.any), none: each(p.none), near: p.near ? [withFamily(p.near[0], family), withFamily(p.near[1], family)] : undefined };
}

export function compilePacks(packs: readonly LoadedPack[]): RuleSet {
  const termCache = new Map<string, Term>();
  const term = (s: string): Term => {
    let t = termCache.get(s);
    if (!t) termCache.set(s, (t = parseTerm(s)));
    return t;
  };
  const pat = (p: PatternSpec): CPattern => {
    if (typeof p === 'string') return { kind: 'term', term: term(p) };
    const parts: CPattern[] = [];
    const label = p.label;
    if (p.all) parts.push({ kind: 'all', items: p.all.map(pat), label });
    if (p.any) parts.push({ kind: 'any', items: p.any.map(pat), label });
    if (p.near) parts.push({ kind: 'near', a: pat(p.near[0]), b: pat(p.near[1]), within: p.within ?? 10, ordered: !!p.ordered, label });
    if (p.none) parts.push({ kind: 'none', items: p.none.map(pat), label });
    const node: CPattern = parts.length === 1 ? parts[0]! : { kind: 'all', items: parts, label };
    if (p.next && node.kind !== 'term') node.next = true;
    return node;
  };
  const lists = new Map<string, Map<string, Term[]>>();
  const definitionLists = new Map<string, DefinitionJoin[]>();
  const roles = Object.fromEntries(ROLE_LISTS.map((l) => [l, [] as Term[]])) as RuleSet['roles'];
  const followUp: FollowUp = { yes: [], no: [], back: [], up: [], cites: [], notes: [], verbLead: [], subjectsBack: [], questionOn: [], ownCase: [], caseHeading: [], backWords: [] };
  const rules: CompiledRule[] = [];
  const standards: CompiledStandard[] = [];
  const amendments: RuleSet['amendments'] = [];
  const switches: RuleSet['switches'] = [];
  const subjects: RuleSet['subjects'] = [];
  const layout = Object.fromEntries(LAYOUT_LISTS.map((l) => [l, [] as Term[]])) as RuleSet['layout'];
  const sorted = [...packs].sort((a, b) => a.spec.id.localeCompare(b.spec.id));
  // A list's regular expressions only (the schema has checked that each one compiles).
  const regexes = (list: string[] | undefined, flags = 'iu') => (list ?? []).filter((r) => /^\/.+\/$/s.test(r)).map((r) => new RegExp(wrapTolerant(r.slice(1, -1)), flags));
  for (const { spec } of sorted) {
    const mine = new Map<string, Term[]>();
    for (const [name, phrases] of Object.entries(spec.vocabulary ?? {})) mine.set(name, phrases.map(term));
    lists.set(spec.id, mine);
    const defs = spec.definitions ?? [];
    definitionLists.set(spec.id, Array.isArray(defs) ? defs.map((d) => ({ target: d, sources: [d] })) : Object.entries(defs).map(([target, v]) => (Array.isArray(v) ? { target, sources: v } : { target, sources: v.from, head: v.head, kind: v.kind, unless: v.unless })));
    for (const role of ROLE_LISTS) roles[role].push(...(mine.get(role) ?? []));
    followUp.yes.push(...(spec.vocabulary?.followUp ?? []).map(words));
    followUp.no.push(...(spec.vocabulary?.followUpNot ?? []).map(words));
    followUp.notes.push(...(spec.vocabulary?.followUpNote ?? []).map(words));
    followUp.questionOn.push(...(spec.vocabulary?.questionOn ?? []).map(words));
    followUp.backWords.push(...(spec.vocabulary?.backWords ?? []).flatMap(words));
    // pointsBack is tried on a sentence's opening.
    const v = spec.vocabulary;
    followUp.back.push(...regexes(v?.pointsBack, 'i'));
    followUp.up.push(...regexes(v?.pointsUp));
    followUp.cites.push(...regexes(v?.citesCase));
    followUp.verbLead.push(...regexes(v?.verbLead));
    followUp.ownCase.push(...regexes(v?.ownCase));
    followUp.caseHeading.push(...regexes(v?.caseHeading));
    followUp.subjectsBack.push(...regexes(v?.subjectsBack));
    const tables = new Map<string, CompiledTable>();
    for (const [name, rows] of Object.entries(spec.tables ?? {}))
      tables.set(name, { name, rows: rows.map((entry) => ({ entry, aliases: entry.aliases.map(term) })) });
    for (const r of spec.rules ?? []) {
      const pattern = pat(r.patterns);
      rules.push({
        id: r.id,
        pack: spec.id,
        clause: r.clause,
        fact: r.fact,
        grants: r.grants ?? 'fact',
        to: r.to ?? 'unknown',
        strength: r.strength ?? 'strong',
        languages: r.languages,
        scope: r.scope ?? 'sentence',
        pattern,
        nextExceptions: (pattern.kind === 'all' ? pattern.items : []).flatMap((p) => (p.kind === 'none' ? p.items.filter((x) => x.kind !== 'term' && x.next) : [])),
        value: r.value
          ? { table: tables.get(r.value.table)!, after: r.value.after ? term(r.value.after) : undefined, notBefore: r.value.notBefore ? term(r.value.notBefore) : undefined }
          : undefined,
        priority: r.priority ?? 0,
        prevails: r.prevails !== undefined ? pat(r.prevails) : undefined,
        tags: r.tags ?? [],
        message: r.message,
        spec: r,
      });
    }
    for (const sw of spec.switches ?? []) switches.push({ pack: spec.id, clause: sw.clause, keys: sw.keys.map(term) });
    for (const sj of spec.subjects ?? []) subjects.push({ pack: spec.id, clause: sj.clause, words: sj.words.map(term) });
    for (const list of LAYOUT_LISTS) layout[list].push(...(mine.get(list) ?? []));
    if (spec.amendments)
      amendments.push({ pack: spec.id, deletes: pat(spec.amendments.deletes), replaces: spec.amendments.replaces ? pat(spec.amendments.replaces) : undefined, restores: spec.amendments.restores ? pat(spec.amendments.restores) : undefined });
    for (const s of spec.standards ?? []) {
      // "@family" in a standard's patterns is its own family's name, so versions of one family share one block.
      const own = (p: PatternSpec | undefined) => (p === undefined ? undefined : pat(s.family !== undefined ? withFamily(p, s.family) : p));
      standards.push({
        pack: spec.id,
        spec: s,
        names: pat(s.names),
        applies: own(s.applies)!,
        disapplies: own(s.disapplies),
        family: s.family ? pat(s.family) : undefined,
        excepts: own(s.excepts),
        limits: own(s.limits),
        refersBack: own(s.refersBack),
        replaces: own(s.replaces),
        only: own(s.only),
        topics: s.provides.map((x) => own(x.topic)),
      });
    }
  }
  rules.sort((a, b) => a.id.localeCompare(b.id));
  return {
    packs: sorted.map((p) => ({ id: p.spec.id, version: p.spec.version, title: p.spec.title, file: p.file, builtin: p.builtin })),
    rules,
    standards,
    amendments,
    lists,
    definitionLists,
    roles,
    followUp,
    switches,
    subjects,
    layout,
  };
}

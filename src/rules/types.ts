// Rule packs as written in YAML (after validation) and as compiled for matching.

/** denial: the text says the clause does not hold ("Een wijziging in de zeggenschap geeft geen recht op ontbinding"); it
 * grants nothing, but where an order of precedence ranks its document above another, what that one grants of the clause
 * gives way (src/rules/precedence.ts). */
export type Grant = 'terminate' | 'consent' | 'notice' | 'obligation' | 'right' | 'restriction' | 'fact' | 'denial';
export type Beneficiary = 'customer' | 'supplier' | 'either' | 'unknown';
export type Strength = 'strong' | 'weak';
export type RuleLanguage = 'nl' | 'en';
/** sentence; part: a sentence, and each item of a list inside it ('(i) on notice, or (ii) if …') read with the words before the list; item: as part, and a list item read together with its lead-in ('may terminate if:' … '(c) a change of control'); section: an article with its heading. */
export type Scope = 'sentence' | 'part' | 'item' | 'section';

/**
 * A pattern as written. A string is a term: a phrase of words ("change of control"), where a word may be
 * `terminat*` (prefix), `~terminate` (same stem), `{0,4}` (0 to 4 other words), `{customer}` / `{supplier}` /
 * `{party}` (the document's names for that party), `@list` (any phrase of the pack's vocabulary list);
 * or `/regex/` over the raw text (case-insensitive).
 * Objects combine: all (every one), any (at least one), none (not one), near (two patterns within N words).
 */
export type PatternSpec =
  | string
  | {
      all?: PatternSpec[];
      any?: PatternSpec[];
      none?: PatternSpec[];
      near?: [PatternSpec, PatternSpec];
      within?: number;
      /** near only: the first must come before the second. */
      ordered?: boolean;
      /** Why this part exists, shown by `weerbaar explain` ("negation", "wrong party"). */
      label?: string;
      /** An exception of a rule (an item of its top-level `none`): also read in the next sentence when that one opens
       * by speaking of this one ("We hebben een escrowregeling. Die geldt niet voor dit abonnement."). */
      next?: boolean;
    };

export interface RuleExamples {
  match: string[];
  nomatch: string[];
}

export interface RuleSpec {
  id: string;
  clause?: string;
  fact?: string;
  grants?: Grant;
  to?: Beneficiary;
  strength?: Strength;
  languages: RuleLanguage[];
  scope?: Scope;
  patterns: PatternSpec;
  /** fact rules: the value is the first entry of this table whose alias occurs in the matched text (after the `after`
   * term, and not right before a `notBefore` term: "a Delaware company" names no law). */
  value?: { table: string; after?: string; notBefore?: string };
  /** fact rules: a higher priority wins over a lower one; then the earlier position. */
  priority?: number;
  /** fact rules: when this also holds in the matched text, the choice says it replaces another ("in afwijking van",
   * "notwithstanding anything in the Master Agreement", an addendum's "is replaced by"): it outranks every fact of the
   * same name that does not, whatever their priority. */
  prevails?: PatternSpec;
  /** Extra marks on the finding ("non-eu"), for the report. */
  tags?: string[];
  message: string;
  examples: Partial<Record<RuleLanguage, RuleExamples>>;
}

export interface TableEntry {
  name: string;
  aliases: string[];
  /** Free attributes, e.g. { eu: true }. */
  [key: string]: unknown;
}

/** A standard set of terms a contract can incorporate by reference (ARBIT, ARVODI, GIBIT). */
export interface StandardSpec {
  id: string;
  title: string;
  /** Patterns that name the standard; the declaration is a sentence where one of them and `applies` both match. */
  names: PatternSpec;
  applies: PatternSpec;
  /** With a name of the standard in the same sentence: the standard does not apply at all. */
  disapplies?: PatternSpec;
  /** The name of the family of versions ("ARBIT"): a part of a sentence that names the family and disapplies it
   * ("de ARBIT zijn niet van toepassing") disapplies every version, whichever one the contract declared. */
  family?: PatternSpec;
  /** With a name of the standard in the same sentence: the article numbers after this are carved out. */
  excepts?: PatternSpec;
  /** A disapplication limited to a subject ("de bepalingen over escrow", "op dat onderwerp"): only the provided
   * protections whose `topic` the sentence names are removed, not the whole standard. */
  limits?: PatternSpec;
  /** A sentence that sets aside what the standard declared in the sentence before holds, naming it only by pointing back
   * ("De bepalingen uit die voorwaarden over het exitplan zijn niet van toepassing"): with `limits`, the subjects it names
   * (in the next sentence or two) are carved out as if the standard were named. */
  refersBack?: PatternSpec;
  /** A carve-out that puts a narrower right of its own in the article's place ("In afwijking van het artikel … komt
   * Opdrachtgever een recht op ontbinding uitsluitend toe indien …"): the article goes, and the sentence is read as a
   * clause of the contract, not as a description of the standard. */
  replaces?: PatternSpec;
  /** A declaration for named subjects only ("… apply only to the extent expressly referred to … Only the articles on
   * liability and intellectual property …"): only the provided protections whose `topic` the declaration or the
   * sentence after it names are inherited. */
  only?: PatternSpec;
  note?: string;
  provides: Array<{
    clause: string;
    article: string;
    /** What a sentence says when it speaks of this protection ("escrow", "broncode in depot"). */
    topic?: PatternSpec;
    strength: Strength;
    to?: Beneficiary;
    grants?: Grant;
    tags?: string[];
    note?: string;
  }>;
  facts?: Record<string, string>;
}

export interface PackSpec {
  id: string;
  version: string;
  title: string;
  description: string;
  vocabulary?: Record<string, string[]>;
  /**
   * Vocabulary lists that grow with the terms a contract defines by them ("Change of Control" means ...): a list of
   * names (a definition that uses the list joins it), or target -> the lists whose words in a definition make it join,
   * optionally `head`: a list one of whose terms must open the definition (an event: "any change", "a transaction"),
   * `kind`: a list one of whose terms may stand anywhere in its first sentence instead ("… in source code form"), and
   * `unless`: lists none of whose terms may stand in the definition's first sentence (a term "Change of Control" defined
   * as "a merger … in which the Supplier is not the surviving entity" names no takeover).
   */
  definitions?: string[] | Record<string, string[] | { from: string[]; head?: string; kind?: string; unless?: string[] }>;
  tables?: Record<string, TableEntry[]>;
  standards?: StandardSpec[];
  /**
   * How an amendment (addendum, wijzigingsovereenkomst) strikes out articles of the contract: a sentence where
   * `deletes` holds names the article numbers it deletes or replaces ("Artikel 12.3 van de Overeenkomst vervalt").
   */
  /** deletes: a sentence that strikes out or replaces the articles it names; replaces: it also brings the new text;
   * restores: a later sentence puts struck articles back. */
  amendments?: { deletes: PatternSpec; replaces?: PatternSpec; restores?: PatternSpec };
  /**
   * Rows of an order form or a table that switch a clause off for the whole file ("Source code escrow | No", "Exit
   * assistance: Not included"): `keys` are the phrases a row's key cell names the clause by; the values that say no
   * are the `noValue` vocabulary of any pack.
   */
  switches?: Array<{ clause: string; keys: string[] }>;
  /**
   * The words that name a clause as a subject a document may rank on ("the Vendor Terms, as regards termination and
   * the consequences of termination"): where a list ranks a document above the others on named subjects only, its denial
   * takes back what they grant of the clauses those subjects name.
   */
  subjects?: Array<{ clause: string; words: string[] }>;
  /** May be left out by a pack that only describes standard terms. */
  rules?: RuleSpec[];
}

/** Where a pack and each of its rules came from, for messages as file:line:col. */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
}

export interface LoadedPack {
  spec: PackSpec;
  file: string;
  ruleRefs: Map<string, SourceRef>;
  builtin: boolean;
  /** Lists of other packs the patterns use (`@vocab.noDuty`), with where they are written. */
  listRefs: Array<{ pack: string; name: string; line: number; col: number }>;
}

export interface PackProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

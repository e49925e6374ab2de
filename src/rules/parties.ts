// The parties' names as this contract defines them ('hierna te noemen: "Opdrachtgever"', '(the "Licensee")'),
// sorted into customer and supplier by the packs' role vocabularies and hints (gemeente, ministerie …).
import type { Term } from './terms.js';
import { escapeRe, isWhole as isWholeOf, labels, norm, opensWith as opensWithOf, salutationLines } from './regions.js';
import type { Span } from './match.js';
import type { RuleSet } from './compile.js';

export interface Parties {
  customer: string[];
  supplier: string[];
  /** Every defined party name, classified or not. */
  all: string[];
}

interface Searcher {
  termHitsIn(term: Term, pack: string, u: { t0: number; t1: number }, depth: number): Span[];
  readonly index: {
    unit(start: number, end: number): { t0: number; t1: number };
    /** The sentence a character stands in, and the document, whose sentences that indexes. */
    sentenceAt(offset: number): number;
    readonly doc: { sentences: ReadonlyArray<{ start: number }> };
  };
}

// A name may wrap onto the next line in PDF text ('hierna: "het\nHoogheemraadschap"'), not across a paragraph.
// How many words after a street's word the address may still run ("Jingke Road, Nantun District").
const ADDRESS_GAP = 4;
const NAME = `["“'‘]((?:[^"”'’\\n]|\\n(?!\\s*\\n)){2,40})["”'’]`;
// "hierna: 'X'", "hierna te noemen: 'X'", "hierna ook te noemen 'X'", "hierna aan te duiden als 'X'", "hierna kortweg 'X'".
const HIERNA = new RegExp(`\\bhierna(?:\\s+(?:ook|verder|kortweg|gezamenlijk|samen|tezamen|respectievelijk|te|noemen|genoemd|aan|duiden|aangeduid|als)){0,5}\\s*[:,]?\\s*(?:de\\s+|het\\s+)?${NAME}`, 'giu');
// Unquoted: "hierna: de Minister;", "hierna te noemen de Leverancier,".
// After an article the name may be a common noun: "hierna: het museum.", "hierna te noemen de opdrachtgever,".
const HIERNA_BARE = new RegExp(`\\b[Hh]ierna(?:\\s+(?:ook|verder|kortweg|te|noemen|genoemd|aan|duiden|aangeduid|als)){0,5}\\s*[:,]?\\s*((?:(?:de|het)\\s+[\\p{L}-]+|\\p{Lu}[\\p{L}-]+)(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})\\s*(?=[;,.)\\n]|$)`, 'gu');
// Plain language: 'Wij noemen haar in deze overeenkomst "de gemeente"', "Wij noemen dit bedrijf: Parkeerdata.", 'We call
// it "the Council"', 'referred to in this contract as "the Supplier"', '… noemen we hieronder "het waterschap"', 'Samen noemen we hen "de regio"', 'X noemt
// zichzelf in deze tekst "wij"', 'X calls itself "we"'.
const CALLED = `(?:(?:wij|we|hierna)\\s+noemen\\s+(?:haar|hem|hen|het|dit\\s+bedrijf|deze\\s+partij|die|deze)(?:\\s+in\\s+(?:deze|dit)\\s+\\p{L}+)?|noemen\\s+(?:wij|we)(?:\\s+(?:haar|hem|hen|het|die|deze|dit\\s+bedrijf|deze\\s+partij))?(?:\\s+(?:hieronder|hierna|verder|voortaan))?(?:\\s+in\\s+(?:deze|dit)\\s+\\p{L}+)?|noemt\\s+zichzelf(?:\\s+(?:hieronder|hierna|verder|voortaan))?(?:\\s+in\\s+(?:deze|dit)\\s+\\p{L}+)?|calls\\s+itself(?:\\s+in\\s+this\\s+\\p{L}+)?|we\\s+call\\s+(?:it|them|this\\s+company|this\\s+party)(?:\\s+in\\s+this\\s+\\p{L}+)?|referred\\s+to\\s+in\\s+this\\s+\\p{L}+\\s+as)`;
const CALLED_QUOTED = new RegExp(`\\b${CALLED}\\s*[:,]?\\s*(?:the\\s+|de\\s+|het\\s+)?${NAME}`, 'giu');
const CALLED_BARE = new RegExp(`\\b${CALLED}\\s*[:,]?\\s*((?:the\\s+|de\\s+|het\\s+)?[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})\\s*(?=[;,.)\\n]|$)`, 'giu');
/** A bracket that names a kind of thing: '(each a "…")', '(an "…")'. */
const INDEFINITE_NAME = /^\(\s*(?:each\s+)?an?\s+["“'‘]/;
// A short name in quotes that closes a party's entry, with no word before it: '(1) de Raad voor de rechtspraak,
// zelfstandig bestuursorgaan, gevestigd te Den Haag, …,\n    "de Rechtspraak";', '… statutair bestuurder, "Leverancier".'.
const ENTRY_TAIL = new RegExp(`,[ \\t]*\\n?[ \\t]*${NAME}[ \\t]*[;.](?=[ \\t]*(?:\\n|$))`, 'gu');
// A name defined by what is meant by it: 'Waar staat "wij" of "het waterschap", bedoelen we Waterschap Lingemonde',
// 'Where it says "Corrib", we mean Corrib Systems Limited'.
const MEANT = new RegExp(`${NAME}\\s*,?\\s*(?:bedoelen\\s+(?:we|wij)|bedoel\\s+ik|we\\s+mean)\\b`, 'giu');
const HEREIN = new RegExp(`\\b(?:hereinafter|hereafter)(?:\\s+(?:referred\\s+to|called|defined|designated|jointly|collectively))?(?:\\s+as)?\\s*[:,]?\\s*(?:the\\s+)?${NAME}`, 'giu');
// A role named by what it stands for, in terms that name no parties of their own: 'The customer named in the Customer
// Order is the "Customer"', 'the entity that signs the Order Form shall be referred to as the "Client"'. (Only a role's
// word: 'The software licensed is the "Product"' names no party.)
const IS_NAMED = new RegExp(`\\b(?:is|are|shall\\s+be|will\\s+be)\\s+(?:(?:referred\\s+to|called|known)\\s+(?:herein\\s+)?as\\s+)?(?:the\\s+)?${NAME}(?=\\s*[.;,)]|\\s+(?:for|in|under)\\b)`, 'giu');
// A bilingual entry gives both names with a slash: '("UMC" / the "UMC")', '("Leverancier" / the "Supplier")'; a Dutch one
// with "of": '("ODVIJ" of "Opdrachtgever")'.
// (also a name for several: '(collectively, "Vendor")', '(together, the "Service Provider")', '(samen: "Leverancier")',
// '(together with its subsidiaries, "Evergreen")')
// (The entry's kind may open the brackets: '(a California corporation, "Northfield")', '(a Michigan corporation;
// "Midvale")', '(a company incorporated in Hong Kong, "Hengtai", and …)'.)
const PAREN = new RegExp(`\\(\\s*(?:(?:an?|een)\\s+[^()"“”\\n]{2,80}?[,;]\\s*)?(?:each\\s+a\\s+|individually\\s+|(?:collectively|together|jointly|gezamenlijk|samen|tezamen)\\s*[,:]?\\s+|together\\s+with\\s+its\\s+(?:subsidiaries|affiliates|group\\s+companies)\\s*,\\s*|samen\\s+met\\s+haar\\s+(?:dochtermaatschappijen|groepsmaatschappijen)\\s*,\\s*)?(?:the\\s+|a\\s+|de\\s+|het\\s+)?${NAME}\\s*(?:,|\\)|\\s+or\\s+|\\s+of\\s+|\\/)`, 'giu');
// An abbreviation in brackets names a party in the preamble: "the Regional ICT Partnership of Water Authorities (RIPWA)".
const PAREN_ABBR = /\(\s*(\p{Lu}[\p{Lu}\d&-]{1,11})\s*\)/gu;
// A short name in plain brackets that ends a party's entry, Australian style: "Isaac River Coal Pty Ltd ACN 151 330 287 of
// Level 14, 300 Queen Street, Brisbane QLD 4000 (Company)".
const PAREN_BARE = /\(\s*(?:the\s+)?(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)\s*\)(?=[ \t]*(?:[;,.]|\n|$|and\b|en\b))/gmu;
// A short name in plain brackets on a line labelled with a role: "Customer: Regionaal Historisch Centrum Vechtstreek (RHC
// Vechtstreek), Maarssen" (the label's role is checked where the name is read).
/** A line that opens with a capitalised label and a colon, and what follows on the line. */
const ROLE_LINE = /^[ \t]*(\p{Lu}[\p{L}-]{2,24})[ \t]*:[ \t]*([^\n]{3,200})/gmu;
/** "Partij 1:", "Party B:", "PARTIJ 2:" (a neutral label with its number or letter, then a colon). */
// (A role may stand in brackets before the colon, as a translated template writes it: "Party A (Buyer): Hoogheemraadschap …".)
const NEUTRAL_LABEL = /(?<![\p{L}\d])((?:Partij|PARTIJ|Party|PARTY)[ \t]+(?:\d{1,2}|[A-Z]))[ \t]*(?:\([^()\n:]{2,30}\)[ \t]*)?:/gu;
const LABELLED = /^[ \t]*([^\n:]{2,30}?)[ \t]*:[ \t]*[^\n()]{3,120}\(\s*(\p{Lu}[^()"“”\n,;\d]{1,30}?)\s*\)/gmu;
const NOT_PARTY = /^(effective date|parties|partijen|party|partij|terms|term|territory|exhibit|annex|sow|statement of work|(?:.*\s)?\S*(?:product|programmatuur|overeenkomst|systeem|platform)|(?:.*\s)?(?:agreements?|engagements?|overeenkomst(?:en)?|contracts?|services?|dienst(?:en)?|schedule|bijlage|order form|orders?|software|programmatuur|platform|system|systeem|solution|oplossing|data|documentation|specifications?|products?|facility|facilities|policy|firmware|hardware|module|equipment|goods|deliverables?|materials?|technology|content|devices?|units?|premises|project|program(?:me)?|works?|period|periode|date|datum|fees?|charges?|price|levels?|transactions?|transacties?|acquisition|merger|closing)|.*\s(?:plan))$/i;
// A body called a service: "de Sociale Dienst", "Belastingdienst", "de Gemeentelijke Dienst", "the Library Service" (not
// "de Dienst" or "the Cloud Services" delivered). (A word may stand between: "the Courts Digital Service".)
const PUBLIC_SERVICE =
  /\b(?:sociale|gemeentelijke|regionale|openbare|rijks|belasting)\s*dienst\b|\b(?:library|libraries|health|fire|ambulance|police|prison|probation|courts?|tax|revenue|social|public|national|county|city|municipal|council|rescue|employment|archives?)\s+(?:[a-z]+\s+)?service$/i;
// A role a party takes in one clause ("the Disclosing Party", "de Ontvangende Partij"), not a party's name.
const ROLE_IN_CLAUSE = /\s(?:party|partij)$/i;
// An entry that gives a seat: "gevestigd te Hengelo", "established in Dublin", "having its registered office at", "whose
// principal office is at", or the law it is incorporated under ("a building society incorporated in England under the
// Building Societies Act 1986").
const SEATED = /\b(?:gevestigd|established|registered office|(?:principal|head) office|zetel|incorporated (?:in|under)|organi[sz]ed (?:in|under))\b/i;
// A company's legal form as a word of its entry ("Acme Ltd", "a Delaware corporation"), in lower case; ENTITY and
// ENTRY_BEFORE_ALIAS share it.
const COMPANY_FORMS = String.raw`inc|corp|corporation|llc|l\.l\.c|ltd|limited|plc|b\.v|n\.v|gmbh|s\.a|ag|lda|srl|s\.r\.l|sarl|s\.p\.a|spa|oy|ab|slu|s\.l`;
// Words in a party's own entry that mark it as a legal person: then a quoted name in brackets is its short name.
const ENTITY = new RegExp(String.raw`\b(${COMPANY_FORMS}|represented|vertegenwoordigd|company|gemeente|ministerie|minister|staat|waterschap|provincie|stichting|vereniging|university|universiteit|hogeschool|agency|agentschap|authority|department|district|county|city|council|board|commission|commissioner|police|crown|commonwealth|trust|courts?|registry|ombudsman|regio|dienst)\b`, 'i');
// Further names in the same brackets are aliases of the same party: ("Company", "we", "us" or "our").
const ALIAS = new RegExp(`^\\s*(?:,|\\bor\\b|\\band\\b|\\bof\\b|\\ben\\b|,\\s*or\\b|\\/)?\\s*(?:the\\s+|de\\s+|het\\s+)?${NAME}`, 'iu');
// (… and a one-person business's "ik": 'Jeroen Smit ICT, eenmanszaak van Jeroen Smit ("ik")'.)
const PRONOUN = /["“'‘](you|u|jij|je|jullie|we|us|wij|ons|ik)["”'’]/giu;
const YOU = new Set(['you', 'u', 'jij', 'je', 'jullie']);
// The words each pronoun stands for in the text: "you" also reads "your"-less subjects; "jij" and "je" are one pronoun.
// With their possessives: "you must ask for our written approval" is the customer's consent when "we" are the customer.
const PRONOUN_WORDS: Record<string, string[]> = { you: ['you', 'your'], u: ['u', 'you', 'uw', 'your'], jij: ['jij', 'je', 'jouw'], je: ['jij', 'je', 'jouw'], jullie: ['jullie'], we: ['we', 'us', 'our'], us: ['we', 'us', 'our'], wij: ['wij', 'we', 'ons', 'onze'], ons: ['wij', 'we', 'ons', 'onze'], ik: ['ik', 'mij', 'mijn'] };
// What a pronoun is defined as follows it: '"we", "us" and "our" mean …', '"u" staat voor …'.
const MEANS = /^\s*(?:means?|refers?\s+to|stands?\s+for|betekent|betekenen|staat\s+voor|staan\s+voor|is|are|zijn|,?\s*bedoelen\s+(?:we|wij)|,?\s*we\s+mean)\b/i;
const PRONOUN_DEF = /^[ \t]*(?:[-•▪*][ \t]*)?(wij|we|jij|je|jullie|u|you)(?:[ \t]*:|[ \t]+(?:zijn|bent|ben|is|are)\b)[ \t]+(?=\S)/gimu;
// Further quoted names right after a pronoun: '"wij" of "het waterschap"', '"we", "us" or "the hospital"'.
const ALIAS_RUN = /^(?:\s*(?:,|\bof\b|\bor\b|\ben\b|\band\b)?\s*(?:,\s*(?:or|of)\s*)?["“'‘][^"”'’\n]{1,40}["”'’])+/iu;
// Where the preamble ends: the first article ("Article 1", "§ 1", also a short heading "1. Services" whose next line opens "1.1"), the
// recitals, or the words that open the operative part.
// ("NEMEN IN AANMERKING DAT:" with or without "het volgende".)
const PREAMBLE_END = /^[ \t]*(?:(?:ARTICLE|Article|ARTIKEL|Artikel|SECTION|Section|CLAUSE|Clause|HOOFDSTUK|Hoofdstuk|CHAPTER|Chapter|§)[ \t]*(?:1|I|one|ONE|One)\b|(?:PART|Part|DEEL|Deel)[ \t]+(?:A|1|I|ONE|One)\b[ \t]*(?:[-–—:.][ \t]*)?[A-Z\n]|1[ \t]*[.)]?[ \t]+(?:DEFINITIONS|Definitions|Definities|DEFINITIES|Begrippen|BEGRIPPEN|Begripsbepalingen|Interpretation|INTERPRETATION)|1\.?[ \t]+[A-Z][^\n,;:"“(]{1,50}\n(?:[ \t]*\n)*[ \t]*1\.1\b|WHEREAS|RECITALS|Recitals|BACKGROUND|Background[ \t]*(?::|$)|PREAMBLE[ \t]*$|Preamble[ \t]*$|NOW,? THEREFORE|IT IS AGREED|KOMEN (?:HET )?(?:VOLGENDE )?OVEREEN|[Kk]omen (?:het )?(?:volgende )?overeen|OVERWEGENDE|Overwegende|(?:[Nn]emen|NEMEN)[ \t]+(?:(?:het[ \t]+volgende|HET[ \t]+VOLGENDE)[ \t]+)?(?:in[ \t]+aanmerking|IN[ \t]+AANMERKING)|IN AANMERKING NEMENDE|[Ii]n aanmerking nemende)/m;
// Acts that tell two company names apart: words between the name and its verb, and how clear the lead must be.
const ACT_GAP = 3;
/** Characters read back from a short name for the party's full name it ends ("Cobalt Ridge Health System, a … corporation"). */
const OWN_NAME_REACH = 250;
/** A party's entry up to its name's brackets: its name, its kind with a legal form, perhaps its seat, in one paragraph
 * (a PDF wraps it). */
const ENTRY_BEFORE_ALIAS = new RegExp(
  String.raw`(?:^|\n|\(\d\)\s+|\b\d\.\s+|\bbetween\s+|\band\s+)(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:[ \t]+[\p{L}&'’.-]+){0,8}?,\s+(?:an?|een)\s+(?:[^()"“”\n]|\n(?!\s*\n)){0,60}?\b(?:limited\s+liability\s+company|limited\s+partnership|partnership|company|${COMPANY_FORMS})\b\.?(?:,?\s+(?:having|with|whose|located|gevestigd)\b(?:[^()"“”\n]|\n(?!\s*\n)){0,180})?\s*$`,
  'u',
);
/** Characters read back from a name's brackets for its entry's kind of body. */
const KIND_REACH = 200;
const ACT_MARGIN = 2;
/** Duties the supplier carries at least, and how many times the other's, before they decide two company names' roles. */
const DUTY_MIN = 4;
const DUTY_RATIO = 2;
/** Lines above its name a party's role label may stand, where its entry wraps. */
const LABEL_LINES_UP = 3;
// A later list of the parties (an addendum): "between:" or "tussen:" at a line's end and a numbered entry after it
// ("(1) Uitvoeringsorgaan …"), not a line that wraps after "conflict between".
const LATER_LIST = /\b(?:between|tussen)[ \t]*:?[ \t]*\n\s*(?:\(?\d{1,2}\)|\(?[a-z]\)|\d{1,2}\.|[IVX]{1,3}\.|[-•])[ \t]/giu;
const LATER_SPAN = 800;
/** A salutation's line, then a name of capitalised words that opens the next line, up to its bracket. */
const LETTER_OPENER = /^[^\n]*\n[ \t]*(?:\p{Lu}[\p{L}&.'’-]*,?[ \t]+){1,8}\(?[ \t]*["“]?$/u;
/** The word for the parties themselves, defined like a name ('(together the "Parties")'): no party. */
const PARTIES_WORD = /^(?:the\s+|de\s+|het\s+)?(?:parties|partijen|party|partij)$/i;
/** The two parties a text says it is between, by their short names: 'between Hawkeye Prairie Credit Union ("Credit Union")
 * and Corvalis Financial Technologies, Inc. ("Corvalis")'. */
const BETWEEN_PAIR = /\b(?:between|tussen)\s+[^()"“”\n]{3,150}?\(\s*(?:the\s+|de\s+|het\s+)?["“]([^"”\n]{2,40})["”]\s*\)\s*,?\s*(?:and|en)\s+[^()"“”\n]{3,150}?\(\s*(?:the\s+|de\s+|het\s+)?["“]([^"”\n]{2,40})["”]\s*\)/iu;
// Two parties named in one breath by their short names: 'MindBridge Health, Inc. ("MindBridge") and Stichting GGZ
// Oostland ("GGZ Oostland")'.
const PARTY_PAIR = /\(\s*(?:the\s+|de\s+|het\s+)?["“]([^"”\n]{2,40})["”]\s*\)\s*,?\s*(?:and|en)\s+[^()"“”\n]{3,150}?\(\s*(?:the\s+|de\s+|het\s+)?["“]([^"”\n]{2,40})["”]\s*\)/giu;
// "De aanbestedende overheid is de politiezone Kempen-Heide": a role word, "is", an article and the body's kind.
const ROLE_IS = /(?:^|\n|[.;:]\s)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:de|het|the)[ \t]+([\p{L} ]{3,40}?)[ \t]+(?:is|zijn)[ \t]+(?:de|het|the)[ \t]+(\p{Ll}[\p{L}-]{3,30})\b/giu;
// Kinds that say nothing of who the party is ("De opdrachtnemer is de partij die …", "… is de vennootschap …").
const GENERIC_NOUN = /^(?:partij|party|persoon|person|entiteit|entity|rechtspersoon|vennootschap|onderneming|company|organisatie|organisation|organization|eigenaar|owner|houder|holder|verantwoordelijke|verwerker|controller|processor|enige|only|eerste|first)$/i;
/** A word of a body's name: capitalised, or one of the small words between its capitalised ones. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’&.-]*|van|voor|de|het|der|en|of|for|the|and)`;
// A line that is a body's name up to its abbreviation: capitalised words and the small words between them ("VLAAMS
// AGENTSCHAP VOOR DIGITALE INFRASTRUCTUUR (", "Landelijk Uitvoeringsinstituut Sociale Zekerheid ("), not a sentence.
const NAME_LINE = new RegExp(String.raw`^[ \t]*(?:${NAME_WORD}[ \t,]+){1,10}\($`, 'u');
/** A body's name in running text right before its abbreviation: a capitalised word, then words of the name. */
const NAME_RUN = new RegExp(String.raw`\p{Lu}[\p{L}'’&.-]*(?:[ \t]+${NAME_WORD})*[ \t]*\(\s*$`, 'u');
/** Characters before an abbreviation in brackets within which its entry must name a public body. */
const ABBR_REACH = 90;
// A noun after an article, not the start of a longer name ("the Agency may", "het ziekenhuis kan", not "the Agency
// Board" or "the board of directors").
const BODY_NOUN = /\b(?:the|The|de|De|het|Het)[ \t]+(\p{L}\p{Ll}{3,})\b(?![ \t]+(?:\p{Lu}|of\b|van\b))/gu;
/** A public body's title by its kind and place: "MUNICIPALITY OF KORENDAM", "Gemeente Zwartewaal", "City of Leiden". */
const BODY_TITLE = /^[ \t]*(?:(?:the[ \t]+)?(?:municipality|city|town|county|province|borough)[ \t]+of|gemeente|provincie|stad|waterschap)[ \t]+(\p{L}[\p{L}-]{2,})[ \t]*$/imu;
/** Characters of the file's head in which that title stands. */
const BODY_TITLE_REACH = 600;
/** How often an undefined public body's noun must be used before it names the customer. */
const BODY_NOUN_USES = 2;
// How often an undefined "you" and "we" must each occur before a letter is read as the vendor's ("we") to its customer.
const LETTER_PRONOUNS = 5;
/** Characters at the top of a letter that hold its letterhead. */
const LETTERHEAD_REACH = 400;
/** A letter's addressee line ("Aan: Ministerie van …", "To: the Municipality of …"), near the top. */
const LETTER_TO = /^[ \t]*(?:aan|to|t\.a\.v\.|attn\.?|attention)[ \t]*:[ \t]*(\S[^\n]*)$/imu;
const LETTER_TO_REACH = 600;
/** How often a letter must call its addressee by what it is ("het Ministerie") before that noun names the customer. */
const LETTER_BODY_USES = 3;
// A preamble: the entries of the parties follow "between" / "tussen" / a numbered list of parties.
const PREAMBLE = /\b(between|by and between|tussen|ondergetekenden|undersigned(?=[ \t]*(?::|\n))|partijen|parties)\b/i;

/** The next article's line right after ("ARTICLE 1   DEFINITIONS" / "ARTICLE 2   SCOPE OF SERVICES"): a table of contents. */
const TOC_NEXT = /^\s*(?:(?:ARTICLE|Article|ARTIKEL|Artikel|SECTION|Section|HOOFDSTUK|Hoofdstuk|CHAPTER|Chapter)[ \t]+)?(?:2|II|two)\b/;

/** Where the articles or recitals begin in `text` (from the word that opens the parties' list), past a table of contents
 * that lists the articles before the parties are named. */
function preambleEnd(text: string): number | undefined {
  const re = new RegExp(PREAMBLE_END.source, 'gm');
  for (const m of text.matchAll(re)) {
    const lineEnd = text.indexOf('\n', m.index!);
    if (lineEnd >= 0 && TOC_NEXT.test(text.slice(lineEnd + 1, lineEnd + 200))) continue;
    return m.index!;
  }
  return undefined;
}

/** An early article that lists the parties after the definitions: "2. Partijen", "Article 3 – Parties". */
const PARTIES_ARTICLE = /^[ \t]*(?:(?:ARTICLE|Article|ARTIKEL|Artikel|CLAUSE|Clause)[ \t]+)?[1-3]\.?[ \t]*(?:[-–—:][ \t]*)?(?:PARTIJEN|Partijen|PARTIES|Parties|CONTRACTPARTIJEN|Contractpartijen|THE PARTIES|The parties|The Parties)[ \t]*\n/m;
/** The next article's heading line: a number of its own (not "2.1") and a capitalised word. */
const NEXT_ARTICLE = /\n[ \t]*(?:(?:ARTICLE|Article|ARTIKEL|Artikel|CLAUSE|Clause)[ \t]+)?\d{1,2}\.?[ \t]+(?:[-–—:][ \t]*)?\p{Lu}/u;
/** Characters an article of the parties may run to. */
const PARTIES_ARTICLE_SPAN = 1500;

/** Where the head ends, past an article of the parties that comes after the definitions (where the title line only says
 * "tussen X en Y" and the entries with their short names stand in "2. Partijen"): the head ends with that article. */
function partiesArticleEnd(text: string, head: number): number {
  const m = PARTIES_ARTICLE.exec(text.slice(head, 6000));
  if (!m) return head;
  const start = head + m.index + m[0].length;
  const rest = text.slice(start, start + PARTIES_ARTICLE_SPAN);
  const next = rest.search(NEXT_ARTICLE);
  return Math.min(text.length, start + (next < 0 ? rest.length : next));
}

export function findParties(
  text: string,
  search: Searcher,
  roles: RuleSet['roles'],
  nameTerm: (name: string) => Term[],
): Parties {
  // The preamble ends where the articles or recitals begin: a name defined in brackets after that is a term, not a party.
  // (searched from the word that opens the parties' list, so a table of contents before it does not count).
  const opens = text.slice(0, 6000).search(PREAMBLE);
  const body = opens < 0 ? undefined : preambleEnd(text.slice(opens, 6000));
  const head = partiesArticleEnd(text, Math.min(text.length, 6000, body !== undefined ? opens + body : Infinity));
  // A later document in the file that lists its parties again ("This Addendum is made on 3 April 2024 between:" and
  // '(1) Uitvoeringsorgaan …, an independent administrative body ("USL" or "Licensee")'): its list is a preamble too.
  const later = [...text.slice(head).matchAll(LATER_LIST)].map((m) => ({ start: head + m.index!, end: head + m.index! + LATER_SPAN }));
  const inLater = (at: number) => later.some((w) => at >= w.start && at < w.end);
  const whole = search.index.unit(0, text.length);
  // Where each list of acts starts, found once per list.
  const actStarts = new Map<Term[], number[]>();
  const startsOf = (acts: Term[]) => {
    let v = actStarts.get(acts);
    if (!v) actStarts.set(acts, (v = acts.flatMap((t) => search.termHitsIn(t, '', whole, 0)).map((h) => h.t0)));
    return v;
  };
  // A word of a street's name is no body: "2250 Mission College Boulevard", "1 University Avenue", "Ziekenhuisweg".
  let streets: Set<number> | undefined;
  const inStreet = (t1: number) => (streets ??= new Set(startsOf(roles.streetWords))).has(t1);
  // … nor a word of the address that goes on after the street: "No. 22 Jingke Road, Nantun District, Taichung City".
  const afterStreet = (t0: number) => {
    streets ??= new Set(startsOf(roles.streetWords));
    for (let k = 1; k <= ADDRESS_GAP; k++) if (streets.has(t0 - k)) return true;
    return false;
  };
  const has = (terms: Term[], start: number, end: number) =>
    terms.some((t) => search.termHitsIn(t, '', search.index.unit(start, end), 0).some((h) => terms !== roles.customerHints || (!inStreet(h.t1) && !afterStreet(h.t0))));
  // Whether the entry after a party's legal form names a public body, up to a regulator it names ('… registered as a transfer
  // agent with the Securities and Exchange Commission').
  const hintAfterLegalForm = (from: number, to: number) => has(roles.customerHints, from, beforeRegulator(text, from, to));
  // Whether the entry before `at` (its line, up to 250 characters) names a public body (the pack's customerHints).
  // (The entry from where the one before it ends: a PDF wraps it, 'de Dienst voor de Openbare Registers Holland,
  // zelfstandig bestuursorgaan met rechtspersoonlijkheid,\ngevestigd te Haarlem, hierna: "de Dienst";'.)
  const bodyEntry = (at: number) => has(roles.customerHints, Math.max(text.lastIndexOf(';', at - 1) + 1, text.lastIndexOf(':\n', at - 1) + 1, text.lastIndexOf('\n\n', at - 1) + 1, at - 250), at);
  // `meant`: the text that says what the name means ('… bedoelen we Waterschap Lingemonde, gevestigd …'), its entry.
  // (`entryAfter`: a label whose entry follows it, "Partij 2: de gemeente …"; the text before it is another entry's.)
  const found: Array<{ name: string; at: number; end: number; explicit: boolean; abbr?: boolean; bare?: boolean; entryAfter?: boolean; meant?: { start: number; end: number } }> = [];
  for (const [re, explicit, limit] of [[HIERNA, true, text.length], [HIERNA_BARE, true, head], [HEREIN, true, text.length], [CALLED_QUOTED, true, head], [CALLED_BARE, true, head], [MEANT, true, head], [IS_NAMED, true, head], [PAREN, false, head], [PAREN_ABBR, false, head], [PAREN_BARE, false, head], [ENTRY_TAIL, true, head]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && (m.index < limit || (re === PAREN && later.length)); m = re.exec(text)) {
      if (m.index >= limit && !inLater(m.index)) continue;
      const raw = m[1]!.trim();
      const name = cleanName(raw);
      const at = m.index + m[0].indexOf(raw);
      const meant = re === MEANT ? { start: m.index + m[0].length, end: Math.min(firstOf(text, ['. ', '.\n', '\n'], m.index + m[0].length), m.index + m[0].length + 250) } : undefined;
      // (A name in "party" given a company in the preamble is its name: '… Jiangsu Hengtai …, hereinafter referred to as
      // "CONTRACTOR"' beside '… hereinafter referred to as "CONTRACTING PARTY"', a translation's "Contratante".)
      const roleName = ROLE_IN_CLAUSE.test(name) && !(re === HEREIN && m.index < head);
      // (… nor "de Dienst" short for the body its entry names: 'Gemeenschappelijke Regeling Sociale Dienst Kempenland, …,
      // hierna: "de Dienst"'.)
      // (… or named "hierna: de Dienst" after an entry that says it is a public body: 'Het Vlaams Agentschap Gewestelijke
      // Heffingen (VAGH), intern verzelfstandigd agentschap van de Vlaamse overheid, …, hierna "de Dienst"'.)
      const serviceBody = () =>
        PUBLIC_SERVICE.test(name) ||
        (m.index < head && /\b(?:dienst|service)$/i.test(name) && (entryNames(text, m.index).some((n) => PUBLIC_SERVICE.test(n)) || ((explicit || re === PAREN) && bodyEntry(m.index))));
      // (… nor the last words of the party's own name, with its legal form after it: 'Cobalt Ridge Health System, a
      // California nonprofit public benefit corporation ("Health System")'.)
      const ownName = () => {
        if (m.index >= head) return false;
        const before = text.slice(Math.max(0, m.index - OWN_NAME_REACH), m.index);
        // (The kind may stand in the name itself: 'the Board of Trustees of the Northern Lakes State University System, a
        // public higher education system …, on behalf of its seven member universities (the "System")'.)
        const e = new RegExp(`(?:^|\\n|\\bbetween\\s+|\\band\\s+|\\(\\d\\)\\s+|\\d\\.\\s+)(?:the\\s+)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s+[\\p{L}&'’.-]+){0,10}?\\s+${escapeRe(name)}\\s*,([^()"“”]{0,150})$`, 'u').exec(before);
        return !!e && (ENTITY.test(e[1]!) || ENTITY.test(e[0].slice(0, e[0].length - e[1]!.length)));
      };
      // (… nor a one-word name given right after a party's entry of its kind and address, in the entry's own paragraph:
      // '(2) Cadenza Audio Corp., a Delaware corporation, having its principal place of business at … ("Service")'.)
      const entryAlias = () => {
        if (m.index >= head || !/^\p{Lu}\p{Ll}+$/u.test(name) || /s$/i.test(name)) return false;
        const before = text.slice(Math.max(0, m.index - OWN_NAME_REACH), m.index);
        return ENTRY_BEFORE_ALIAS.test(before);
      };
      if (re === IS_NAMED && !isWholeOf(search, roles.customer, at, at + raw.length) && !isWholeOf(search, roles.supplier, at, at + raw.length)) continue;
      // (Nor a name given to a kind of thing, with an indefinite article: '… transfers all of its business … (each a
      // "Northwake Change of Control")', unless the kind is a role: '(a "Customer")'.)
      if (re === PAREN && INDEFINITE_NAME.test(m[0]) && !isWholeOf(search, roles.customer, at, at + raw.length) && !isWholeOf(search, roles.supplier, at, at + raw.length)) continue;
      if ((!NOT_PARTY.test(name) || serviceBody() || ownName() || entryAlias()) && !roleName)
        found.push({ name, at, end: at + raw.length, explicit, ...(re === PAREN_ABBR ? { abbr: true } : {}), ...(re === PAREN_BARE ? { bare: true } : {}), ...(meant ? { meant } : {}) });
    }
  }
  // How a name leans: +1 each time it is the subject of a customer's act, -1 of a supplier's: the name, then at most three
  // words ("shall promptly"), then the verb; the first verb decides ("Alderbrook shall pay each invoice" pays). A name
  // right after a preposition is the object of the clause, not the one who acts: "the exclusive supplier to Alderbrook to
  // manufacture the Product".
  let objects: Set<number> | undefined;
  const leanOf = (name: string): number => {
    objects ??= new Set(startsOf(roles.objectWords).map((t) => t + 1));
    const at = nameTerm(name).flatMap((t) => search.termHitsIn(t, '', whole, 0)).filter((n) => !objects!.has(n.t0));
    const first = (verbs: number[], t1: number) => Math.min(...verbs.filter((v) => v >= t1 && v - t1 <= ACT_GAP));
    let lean = 0;
    for (const n of at) {
      const c = first(startsOf(roles.customerActs), n.t1);
      const p = first(startsOf(roles.supplierActs), n.t1);
      if (c < p) lean++;
      else if (p < c) lean--;
    }
    return lean;
  };
  // How often the contract names a party's data or content ("Publisher Content", "Bank Data", "Bank's data"): the data the
  // service holds is the customer's.
  // (The pack's `heldWords`: capitalised after the bare name, a defined term; in any case after "'s".)
  const held = labels(roles.heldWords);
  const heldCap = held.map((w) => escapeRe(w.charAt(0).toUpperCase() + w.slice(1))).join('|');
  const heldAny = held.map((w) => escapeRe(w.toLowerCase())).join('|');
  const ownsCount = new Map<string, number>();
  const owns = (n: string): number => {
    let k = ownsCount.get(n);
    if (k === undefined) {
      k = held.length ? (text.match(new RegExp(`(?<![\\p{L}\\d])${escapeRe(n)}(?:(?:['’]s)?[ \\t]+(?:${heldCap})|['’]s[ \\t]+(?:${heldAny}))\\b`, 'gu')) ?? []).length : 0;
      ownsCount.set(n, k);
    }
    return k;
  };
  // How often one party pays the other its price: 'Partner shall pay Company a running royalty', 'X betaalt Y de
  // vergoeding' (the pack's `payWords` after a name and a duty word, the other's name, then a word of `feeWords` within a
  // few words; not "Summit shall pay Granite Peak the reasonable costs of such performance", a supplier's reimbursement).
  const payWords = labels(roles.payWords).map(escapeRe).join('|');
  const dutyWords = labels(roles.dutyWords).map(escapeRe).join('|');
  const feeWords = labels(roles.feeWords).map(escapeRe).join('|');
  // (x, the pack's duty and pay words, then what the payment goes to, then a fee word.)
  const pays = (x: string, to: string): number =>
    payWords && dutyWords && feeWords
      ? [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapeRe(x)}\\s+(?:(?:${dutyWords})\\s+)?(?:${payWords})\\s+${to}(?:${feeWords})(?![\\p{L}\\d])`, 'giu'))].length
      : 0;
  const paysTo = (x: string, y: string): number => pays(x, `(?:(?:to|aan)\\s+)?(?:(?:the|de)\\s+)?${escapeRe(y)}(?:\\s+[\\p{L}-]+){0,4}?\\s+`);
  // How often a party pays fees to no one named: 'Franchisor shall pay the fees set out in the Fee Schedule'.
  const paysFees = (x: string): number => pays(x, `(?:(?:the|all|de|alle)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?`);
  // How often a name is the subject of a duty: the name, then the pack's duty word right after it ("Summit shall").
  let duties: Set<number> | undefined;
  const dutiesOf = (name: string): number => {
    duties ??= new Set(startsOf(roles.dutyWords));
    return nameTerm(name).flatMap((t) => search.termHitsIn(t, '', whole, 0)).filter((n) => duties!.has(n.t1)).length;
  };
  // The token where the first of the terms stands between start and end (Infinity when none).
  const firstHit = (terms: Term[], start: number, end: number) => {
    const u = search.index.unit(start, end);
    return Math.min(...terms.flatMap((t) => search.termHitsIn(t, '', u, 0).map((h) => h.t0)));
  };
  // … and the last (-1 when none).
  const lastHit = (terms: Term[], start: number, end: number) => {
    const u = search.index.unit(start, end);
    return Math.max(-1, ...terms.flatMap((t) => search.termHitsIn(t, '', u, 0).map((h) => h.t0)));
  };
  const isWhole = (terms: Term[], start: number, end: number) => isWholeOf(search, terms, start, end);
  const opensWithTerm = (terms: Term[], start: number, end: number) => opensWithOf(search, terms, start, end);
  // What an entry says its party is: a customer (a role word or a public body) or a supplier; '' when neither or both.
  const entryRole = (start: number, end: number): 'c' | 's' | '' => {
    const c = has(roles.customer, start, end) || has(roles.customerHints, start, end);
    const sup = has(roles.supplier, start, end);
    return c && !sup ? 'c' : sup && !c ? 's' : '';
  };
  // A name on a line labelled with a role, in the head of the file: "Customer: Regionaal Historisch Centrum Vechtstreek
  // (RHC Vechtstreek), Maarssen", "Leverancier: Databrug B.V. ("Databrug")".
  // (The label may stand lines above, where the entry wraps: "Customer: Bay State Public Employees' Benefit Cooperative,
  // Inc., a\nMassachusetts nonprofit corporation, …\n02110 (the "Cooperative")".)
  // (The label found, its start and end; undefined where the entry has none.)
  const labelOf = (at: number): { start: number; end: number } | undefined => {
    if (at >= head) return undefined;
    let lineStart = text.lastIndexOf('\n', at - 1) + 1;
    for (let up = 0; up <= LABEL_LINES_UP; up++) {
      const label = /^[ \t]*([^\n:]{2,30}?)[ \t]*:/u.exec(text.slice(lineStart, at));
      if (label) {
        const from = lineStart + label.index + label[0].indexOf(label[1]!);
        return { start: from, end: from + label[1]!.length };
      }
      // The line before goes on into this one: neither blank nor closing an entry.
      if (lineStart === 0) return undefined;
      const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const prev = text.slice(prevStart, lineStart - 1);
      if (!prev.trim() || /[);]\s*$/.test(prev)) return undefined;
      lineStart = prevStart;
    }
    return undefined;
  };
  // (A subcontractor's label, "Subcontractor: Quintessa Networks, Inc. … ("Quintessa")", is a supplier's: one below.)
  const subLabel = (at: number): boolean => {
    const l = labelOf(at);
    return !!l && isWhole(roles.subSupplier, l.start, l.end);
  };
  const roleLabel = (at: number): 'c' | 's' | '' => {
    const l = labelOf(at);
    if (!l) return '';
    return isWhole(roles.customer, l.start, l.end) ? 'c' : isWhole(roles.supplier, l.start, l.end) || isWhole(roles.subSupplier, l.start, l.end) ? 's' : '';
  };
  for (const m of text.slice(0, head).matchAll(LABELLED)) {
    const at = m.index! + m[0].lastIndexOf(m[2]!);
    if (roleLabel(at) && !found.some((f) => f.at === at) && !NOT_PARTY.test(m[2]!)) found.push({ name: m[2]!.replace(/\s+/g, ' '), at, end: at + m[2]!.length, explicit: false });
  }
  // In a subcontract a role word as the label, with the party's name after it and no short name of its own:
  // "Contractor: KESTREL HALE CONSTRUCTORS, LLC, a Texas limited liability company" over "Subcontractor: ORLANDI PIPING
  // …" (the subcontract logic below then makes the contractor the buyer). Elsewhere such a line names a party by its
  // role word, which the packs know already.
  const roleLines = [...text.slice(0, head).matchAll(ROLE_LINE)].flatMap((m) => {
    const at = m.index! + m[0].indexOf(m[1]!);
    const end = at + m[1]!.length;
    if (!ENTITY.test(m[2]!) || found.some((f) => f.at >= at && f.at < m.index! + m[0].length)) return [];
    // (Not the owner above the contractor, "OWNER: CRD Logistics Holdings, LLC": no party to the subcontract.)
    return [roles.supplier, roles.subSupplier].some((terms) => isWhole(terms, at, end)) ? [{ name: m[1]!, at, end, sub: isWhole(roles.subSupplier, at, end) }] : [];
  });
  if (roleLines.some((l) => l.sub)) for (const { name, at, end } of roleLines) found.push({ name, at, end, explicit: true, entryAfter: true });
  // A neutral label before a party's entry, in the head: "Partij 1: Datacentrum Hollandse Delta B.V., gevestigd te …",
  // "Partij 2: de gemeente Vlietmonde", "Party B: The Borough Council of …". The label names the party; its entry (or the
  // other party's) says which one it is.
  for (const m of text.slice(0, head).matchAll(NEUTRAL_LABEL)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    if (!found.some((f) => f.at === at)) found.push({ name: m[1]!.replace(/\s+/g, ' '), at, end: at + m[1]!.length, explicit: true, entryAfter: true });
  }
  // A short name in plain brackets is a party's only as a role word or one of the pack's `bareNames` ("(Contractor)",
  // "(Company)"), not a place or a name given in passing ("(Australia)", "(Gemeente Lindehoven)"): the others are dropped
  // before the entries are read, so they do not cut the entry of the name after them.
  // … or as the first word of the entry it closes, a body's own name: "Commonwealth of Australia represented by the Digital
  // Records Agency (ABN …), Treasury Building, … Parkes ACT 2600 (Commonwealth)".
  const opensOwnEntry = (f: { name: string; at: number }) => {
    const back = text.slice(Math.max(0, f.at - KIND_REACH * 2), f.at);
    // The lines since the previous entry's closing bracket; one of them opens with the name, and the entry says it is a body.
    const lines = back.split('\n');
    let k = lines.length - 2;
    while (k >= 0 && !/\)\s*[;,.]?\s*$/.test(lines[k]!)) k--;
    const own = lines.slice(k + 1);
    const opens = new RegExp(`^\\s*(?:the\\s+)?${escapeRe(f.name)}\\b`, 'iu');
    const at = own.findIndex((l) => opens.test(l));
    return at >= 0 && ENTITY.test(own.slice(at).join('\n'));
  };
  // … or as the bracket that closes a company's entry line, its legal form on that line: "1. Dawson Range Coal Pty Ltd ACN
  // 160 552 318 of 100 Eagle Street, Brisbane QLD 4000 (Operator)".
  const closesCompanyLine = (f: { at: number; end: number }) => {
    const from = text.lastIndexOf('\n', f.at) + 1;
    const nl = text.indexOf('\n', f.end);
    return /^\s*\)\s*[;,.]?\s*$/.test(text.slice(f.end, nl < 0 ? text.length : nl)) && namesLegalForm(text.slice(from, f.at));
  };
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.bare && ![roles.customer, roles.supplier, roles.subSupplier, roles.bareNames].some((terms) => isWhole(terms, f.at, f.end)) && !opensOwnEntry(f) && !closesCompanyLine(f)) found.splice(i, 1);
  }
  // Two companies listed in the head with no short name defined for either ("(1) Verilux Silicon IP, Inc., a Delaware
  // corporation …; and | (2) Northgate Microsystems Corporation, a California corporation …"), the text calling them by
  // their first words ("Verilux shall deliver …", "Northgate shall pay …"): those words are their names, and what each
  // does decides its role below.
  // (Only where the text calls the parties by those words more often than by any role word, "the Licensee",
  // "Opdrachtgever": a confidentiality clause's "Recipient" names no party.)
  if (opens >= 0 && !found.some((f) => f.at < head))
    found.push(...undefinedShortNames(text, opens, head, labels(roles.notShortName), roleWordUses(text, [...labels(roles.customer), ...labels(roles.supplier)])));
  found.sort((a, b) => a.at - b.at);
  const customer = new Set<string>();
  const supplier = new Set<string>();
  const all = new Set<string>();
  const aliases = new Map<string, string[]>();
  // Parties that are the customer only by a word of their short name ("the Agency"), with their entries.
  const byNameOnly: Array<{ name: string; entry: string; from: number; to: number }> = [];
  /** Parties named as a supplier's supplier ("Subcontractor"). */
  const below = new Set<string>();
  found.sort((a, b) => a.at - b.at);
  // The start of the last line before `at` (within an entry's reach) that opens with a salutation, or 0. (The lines are
  // found once, by the pack's words: one pass over the text.)
  const salutations = salutationLines(text, roles.salutation);
  const salutationBefore = (at: number): number => {
    const last = salutations.filter((x) => x < at).pop();
    return last !== undefined && at - last <= ENTRY_REACH ? last : 0;
  };
  let prevEnd = 0;
  for (const [k, f] of found.entries()) {
    // The party's own entry: back to the previous name, a blank line, a line "en"/"and" or a semicolon, at most
    // 250 characters (an entry wraps over several lines in PDF text).
    // (Nor back past a letter's salutation: "Van: Gemeente Deventerveld … Geachte heer Linders, Met genoegen bevestigen wij
    // dat HeatMap Collective ("de deelnemer") …" names the body in the letter's head, not in this entry.)
    const boundary = Math.max(afterLast(text, ENTRY_ENDS, f.at - 1), salutationBefore(f.at));
    // An abbreviation earlier on the same line is the same entry's: 'The European Agency for … (EAOOS), Praça Europa 4,
    // Lisboa (the "Agency")'.
    const prior = found[k - 1];
    const sameEntry = !!prior?.abbr && !text.slice(prior.end, f.at).includes('\n');
    const before = Math.max(0, f.at - 250, sameEntry ? 0 : nextEntry(text, prevEnd, f.at), boundary);
    prevEnd = f.end;
    const context = text.slice(before, f.at);
    // A public body's abbreviation in the file's head counts without a list of parties: "LANDELIJK UITVOERINGSINSTITUUT
    // SOCIALE ZEKERHEID (LUSZ)" over a model contract.
    const lineStart = text.lastIndexOf('\n', f.at) + 1;
    const bodyAbbr = f.abbr === true && f.at < head && NAME_LINE.test(text.slice(lineStart, f.at)) && has(roles.customerHints, Math.max(before, lineStart), f.at);
    // (A public body needs no legal form: 'Omgevingsdienst Twentevecht, openbaar lichaam, gevestigd te Hengelo, ("de
    // Omgevingsdienst")'.)
    const entity = ENTITY.test(context) || (!f.abbr && (SEATED.test(context) || has(roles.customerHints, before, f.at)));
    // (… nor the body whose name opens a letter's first sentence, right under its salutation: "Dear Sir or Madam:\n
    // Mid-Atlantic Commerce Bank ("Bank") has received the letter of …".)
    const sal = salutationBefore(f.at);
    const opensLetter = sal > 0 && LETTER_OPENER.test(text.slice(sal, f.at));
    if (!f.explicit && !entity && !((f.at < head && PREAMBLE.test(text.slice(0, f.at))) || inLater(f.at)) && !roleLabel(f.at) && !bodyAbbr && !opensLetter) continue;
    // An entry that names a law ('het koninklijk besluit … (hierna "AUR")') and says nothing of a seat or representation
    // (the parties pack's lawNames and partyEntry) names no party; one that names a public body before the law does
    // ('THE REGIONAL MUNICIPALITY OF CARRICK LAKE, a regional municipality under the Municipal Act, 2001 (the "Region")').
    if (
      has(roles.lawNames, before, f.at) &&
      !ENTITY.test(context) &&
      !has(roles.partyEntry, before, f.at) &&
      !has(roles.customer, f.at, f.end) &&
      !has(roles.supplier, f.at, f.end) &&
      !(firstHit([...roles.customer, ...roles.customerHints], before, f.at) < firstHit(roles.lawNames, before, f.at))
    )
      continue;
    // An abbreviation in brackets is a party only where its entry names a public body ("… of Water Authorities
    // (RIPWA)"); else it is a system's or a law's short name ("(EPD)", "(SOC)").
    // The body's words stand right before its abbreviation ("… of Water Authorities (RIPWA)"), not lines above it ("Veiligheidsregio
    // Waalboog … 64 mobiele dataterminals (MDT)").
    const near = Math.max(before, f.at - ABBR_REACH);
    if (f.abbr && (isWhole(roles.notAbbreviation, f.at, f.end) || !has(roles.customerHints, near, f.at))) continue;
    // … and not where a law's name stands between the body and the abbreviation: "Rijksuniversiteit Oostland, a public-law
    // legal entity within the meaning of the Higher Education and Research Act (WHW)".
    if (f.abbr && lastHit(roles.lawNames, near, f.at) > lastHit(roles.customerHints, near, f.at)) continue;
    all.add(f.name);
    if (f.meant) {
      // What the name means is its entry: the words before it belong to another sentence.
      const role = has(roles.customer, f.at, f.end) ? 'c' : has(roles.supplier, f.at, f.end) ? 's' : entryRole(afterLegalForm(text, f.meant.start, f.meant.end), f.meant.end);
      if (role === 'c') customer.add(f.name);
      else if (role === 's') supplier.add(f.name);
      prevEnd = Math.max(prevEnd, f.meant.end);
      continue;
    }
    const labelled = roleLabel(f.at);
    if (isWhole(roles.subSupplier, f.at, f.end) || (labelled === 's' && subLabel(f.at))) (supplier.add(f.name), below.add(f.name));
    else if (labelled === 'c' || (!labelled && has(roles.customer, f.at, f.end))) customer.add(f.name);
    else if (labelled === 's' || has(roles.supplier, f.at, f.end)) supplier.add(f.name);
    // A public body named by what it is ('(the "Hospital")', 'hierna: "de Gemeente"'), or whose entry says so.
    // A company's own name may hold such a word ("Duurzaam Digitaal Archief B.V."): its entry speaks only after the
    // legal form ("Oostnet Netbeheer N.V., whose shares are held by provinces and municipalities").
    // (Nor a company's short name taken from its own name: 'TRI-COUNTY FULFILLMENT, LLC, … ("Tri-County")'.)
    else if ((has(roles.customerHints, f.at, f.end) && !companyShortName(text.slice(before, f.at), f.name)) || (!f.entryAfter && hintAfterLegalForm(afterLegalForm(text, before, f.at), f.at))) {
      customer.add(f.name);
      if (has(roles.customerHints, f.at, f.end)) byNameOnly.push({ name: f.name, entry: context, from: before, to: f.at });
    }
    // … or whose entry says so after the name, in the preamble: 'de Uitvoeringsdienst Inkomen en Registratie ("UIR"),
    // zelfstandig bestuursorgaan, gevestigd te Zwolle,' (up to the next name, a blank line, "en"/"and", a semicolon or
    // the sentence's end).
    else if (f.at < head || inLater(f.at)) {
      // (… or the next item of a list of parties: '- ParkPuls B.V., … ("ParkPuls", "wij")\n- Gemeente Zuidhorst, …'.)
      const stop = Math.min(found[k + 1]?.at ?? text.length, f.end + 250, firstOf(text, [...ENTRY_ENDS, ...LIST_ITEMS, ' en ', ' and ', ' en\n', ' and\n', '. ', '.\n'], f.end));
      // (Not a company whose own words before its short name give its legal form: 'Stratocore Ireland Operations Limited, …,
      // Ireland ("Stratocore"), the Province of Lauwersland …' runs on into the next party's entry.)
      const own = text.slice(Math.max(text.lastIndexOf('\n', f.at) + 1, found[k - 1]?.end ?? 0), f.at);
      if (has(roles.customerHints, f.end, stop) && !namesLegalForm(own)) customer.add(f.name);
    }
    // A second name in the same entry is the same party ('The Intergovernmental Organisation for Hydrographic Data (IOHD),
    // an intergovernmental organisation having its headquarters at …, represented by its Secretary-General (the
    // "Organisation")'): no entry ends between them, in the preamble.
    const previous = found[k - 1];
    if (previous && !customer.has(f.name) && !supplier.has(f.name) && f.at < head && all.has(previous.name)) {
      const between = text.slice(previous.end, f.at);
      // One line and one sentence, not a list of parties: 'between Acme Ltd ("Acme") and Beta B.V. ("Beta")', a party per
      // line or per sentence.
      if (!between.includes('\n') && !between.includes(';') && !/\b(?:and|en|between|tussen)\b/i.test(between) && !/[.!?]\s+\p{Lu}/u.test(between)) {
        if (customer.has(previous.name)) customer.add(f.name);
        else if (supplier.has(previous.name)) supplier.add(f.name);
      }
    }
    const { names: group, end } = aliasesAfter(text, f.end);
    if (group.length) aliases.set(f.name, group);
    // The side the role words in its own brackets give it.
    const aliasSide = !group.length ? '' : has(roles.customer, f.end, end) || has(roles.customerHints, f.end, end) ? 'c' : has(roles.supplier, f.end, end) ? 's' : '';
    // A name whose own brackets give the supplier's role word is the supplier, whatever the entry before it held: 'De
    // Gemeente … ("u", "de gemeente"), vertegenwoordigd door …, en mevrouw N. El Amrani, handelend onder de naam El Amrani
    // Data ("ik", "de opdrachtnemer")' (the entry ran on from the municipality's).
    if (aliasSide === 's' && customer.has(f.name)) customer.delete(f.name);
    // A name that says nothing ('"the party of the first part" or "the Municipality"') takes the role of its aliases.
    if (aliasSide && !customer.has(f.name) && !supplier.has(f.name)) (aliasSide === 'c' ? customer : supplier).add(f.name);
    // The next party's entry starts after this one's aliases: '("jullie", "de Veiligheidsregio") en Alarmkaart B.V. ("wij"'.
    prevEnd = Math.max(prevEnd, end);
  }
  // A letter names no parties in a list: with no customer found, a public body named with its abbreviation in the
  // running text of the head and called by it later is the customer ("Op 1 februari 2022 heeft het Vlaams Fonds voor
  // Erfgoedbeheer (VFE) de opdracht … gegund", then "het VFE kan de opdracht … beëindigen").
  if (!customer.size) {
    for (const f of found) {
      if (!f.abbr || f.at >= head || isWhole(roles.notAbbreviation, f.at, f.end)) continue;
      const run = NAME_RUN.exec(text.slice(Math.max(text.lastIndexOf('\n', f.at) + 1, f.at - ABBR_REACH), f.at));
      if (!run || !has(roles.customerHints, f.at - run[0].length, f.at)) continue;
      if (!new RegExp(`\\b${escapeRe(f.name)}\\b`, 'u').test(text.slice(f.end + 1))) continue;
      customer.add(f.name);
      all.add(f.name);
    }
  }
  // Both parties the customer, one of them only by a word of its short name, and that one's entry a company's
  // ('CARROW & FINCH PROMOTIONS LIMITED, a company incorporated in Scotland … (the "Agency")', beside 'STELLAN SPIRITS
  // PLC … (the "Client")'): an advertising agency, not a government one, so the supplier.
  if (!supplier.size && customer.size >= 2)
    for (const { name, entry } of byNameOnly) if (customer.size >= 2 && COMPANY_ENTRY.test(entry)) (customer.delete(name), supplier.add(name));
  // … or the only customer, beside a party with no role yet ('COPPERLINE GROWTH PARTNERS LTD, a company incorporated in
  // England … (the "Agency")' beside 'HEATHFIELD BUILDING SOCIETY … (the "Society")'): the word of its short name says
  // nothing; what each party does decides below.
  if (!supplier.size && customer.size === 1)
    for (const { name, entry, from, to } of byNameOnly) if (customer.has(name) && COMPANY_ENTRY.test(entry) && !has(roles.customerHints, from, to)) customer.delete(name);
  // … or one of the two named by a buyer's role word ("Afnemer") and the other only as a public body ("RDW"): a public body
  // that supplies (data, a register's service) to the party that takes it.
  if (!supplier.size && customer.size === 2 && all.size === 2) {
    const roleWord = (n: string) => found.some((x) => x.name === n && isWhole(roles.customer, x.at, x.end) && !isWhole(roles.resaleRole, x.at, x.end));
    const [x, y] = [...customer] as [string, string];
    const seller = roleWord(x) && !roleWord(y) ? y : roleWord(y) && !roleWord(x) ? x : undefined;
    if (seller !== undefined && !aliases.get(seller)?.length) (customer.delete(seller), supplier.add(seller));
  }
  for (const n of customer) supplier.delete(n);
  // In a subcontract the party above the subcontractor buys, whatever its role word ("Contractor", "Aannemer"); not in a
  // contract with a buyer of its own that a subcontractor joins ('(3) Bluefjord Hosting AS (the "Subcontractor"), which
  // joins this Agreement solely for the purposes of Clauses 6, 9 and 14').
  // (Nor where the head names a third body with no role: the bank whose consent letter lets its supplier engage a
  // subcontractor, 'Mid-Atlantic Commerce Bank ("Bank") has received the letter of Tidewater … ("Tidewater") … to the
  // engagement of Harrow Cloud Infrastructure Ltd. ("Subcontractor")'.)
  // (An abbreviation the contract names, "CFIUS", "FOCI", is no such body.)
  const third = [...all].some((n) => !supplier.has(n) && !below.has(n) && !/^\p{Lu}{2,8}$/u.test(n) && !PARTIES_WORD.test(n));
  if (below.size && !customer.size && !third) for (const n of [...supplier]) if (!below.has(n)) (supplier.delete(n), customer.add(n));
  // Two parties, one of them known: the other is the counterparty.
  // (Names defined after the preamble without a role are terms, not parties: '(hereinafter "Confidential Information")'.)
  const inHead = new Set(found.filter((f) => f.at < head).map((f) => f.name));
  // A name's entry in the head of the file (its first).
  const headEntry = (n: string) => found.find((x) => x.name === n && x.at < head);
  // Where the name before `at` ends (its closing bracket): an entry starts after it at the earliest.
  const endBefore = (at: number) => Math.max(0, ...found.filter((x) => x.at < at).map((x) => x.end));
  const roleOf = (n: string) => (customer.has(n) ? 'c' : supplier.has(n) ? 's' : '');
  const listed = [...all].filter((n) => !PARTIES_WORD.test(n) && (inHead.has(n) || customer.has(n) || supplier.has(n)));
  // (Not a party that joins for one article only, a guarantor or parent: what stands between the name before it and its
  // own name says so, "en, uitsluitend voor wat betreft artikel 15, Qlix Group Holding N.V. …".)
  const accessory = (n: string) => {
    const f = headEntry(n);
    if (!f || roleOf(n)) return false;
    const prev = endBefore(f.at);
    // (… or the parent the entry before names right after its own name: '(the "Supplier"), a wholly-owned subsidiary of
    // SeatSmart Holdings, Inc., … (the "Parent")'.)
    return has(roles.accessoryParty, prev, f.at) || opensWithTerm(roles.parentOfPrevious, prev, f.at);
  };
  // … or more names, all but one on the same side (a party's parent named in its entry: '… (the "Provider"), a
  // wholly-owned subsidiary of Altostrat Inc.'): the one left is the counterparty.
  const entityEntry = (n: string) => {
    const f = headEntry(n);
    if (!f) return false;
    // (From the name before it at most, and past a sentence's end: 'Brightline has developed an engine (the "Speech
    // Engine")' on the line after '… Inc., a Michigan corporation ("Stratford").' is a term, not a third party.)
    const prev = Math.max(f.at - KIND_REACH, endBefore(f.at));
    const before = text.slice(prev, f.at);
    const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n\n'));
    return ENTITY.test(before.slice(from + 1));
  };
  // (Nor, beside two others, a name with no role that abbreviates the capitalised words right before it, in an entry that
  // names no body of any kind: a term the recitals define, 'Tidewater … handles Controlled Unclassified Information
  // ("CUI")'.)
  const definedTerm = (n: string) => {
    const f = headEntry(n);
    if (!f || roleOf(n) || entityEntry(n)) return false;
    const words = /((?:\p{Lu}[\p{L}-]*[ \t]+){1,5})\(?[ \t]*["“]?$/u.exec(text.slice(Math.max(0, f.at - 80), f.at).replace(/\s+/g, ' '));
    // (… or the last of those words: 'the EOOD Marine Data Hub ("MDH")' abbreviates "Marine Data Hub".)
    const run = words?.[1]!.trim().split(' ') ?? [];
    return run.some((_, k) => acronymOf(n, run.slice(k).join(' ')));
  };
  // (Nor a name whose definition says it buys into a party: 'Ardent Holdings Group, L.P. ("Ardent") has agreed to acquire
  // one hundred percent (100%) of the outstanding capital stock of Vantor …' in a consent letter is the buyer of the
  // supplier, a third party, of neither side.)
  const acquirer = (n: string) => {
    const f = headEntry(n);
    return !!f && !roleOf(n) && ACQUIRES.test(text.slice(f.end, f.end + 200));
  };
  const buyers = new Set(listed.filter(acquirer));
  for (const n of buyers) all.delete(n);
  const named = (listed.length > 2 ? listed.filter((n) => !accessory(n) && !definedTerm(n)) : listed).filter((n) => !buyers.has(n));
  // A party's own entry in the head: from the line it starts on, or the name before it, to its short name; without a list
  // marker or the "en"/"and" that joins it to the entry before.
  const ownEntry = (n: string): string => {
    const f = headEntry(n);
    if (!f) return '';
    const from = Math.max(text.lastIndexOf('\n', f.at - 1) + 1, endBefore(f.at));
    return text.slice(from, f.at).replace(/^[\s,;)]*(?:(?:en|and)\s+)?(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•])?[ \t]*/iu, '');
  };
  const roleless = named.filter((n) => !roleOf(n));
  // (… or the names left are all of one entry: 'Coöperatie … U.A., handelend voor zichzelf en ten behoeve van haar leden
  // (de "Deelnemers"), hierna: "DLC"': no blank line, semicolon or next list item between them.)
  // (The text between the names where it is one entry's, else undefined.)
  const entryBetween = (names: string[]): string | undefined => {
    const at = names.map((n) => headEntry(n)?.at ?? -1).sort((a, b) => a - b);
    if (at[0]! < 0) return undefined;
    const between = text.slice(at[0], at[at.length - 1]);
    return !between.includes('\n\n') && !between.includes(';') && !/\n[ \t]*(?:[IVX]{1,4}\.|\d{1,2}[.)]|\(?[a-z\d]\))[ \t]/.test(between) ? between : undefined;
  };
  const oneEntry = (names: string[]) => entryBetween(names) !== undefined;
  // (Not two roleless names beside a subcontractor: the one that engages it supplies, the other buys; the names' acts tell
  // which, below.)
  if (below.size && roleless.length === 2 && owns(roleless[0]!) !== owns(roleless[1]!) && Math.min(owns(roleless[0]!), owns(roleless[1]!)) === 0) {
    // (… where one of them has its data held: it buys, and the other engages the subcontractor.)
    const [x, y] = owns(roleless[0]!) ? roleless : [roleless[1]!, roleless[0]!];
    customer.add(x!);
    supplier.add(y!);
  } else if (named.length > 2 && (roleless.length === 1 || (roleless.length > 1 && !below.size && oneEntry(roleless)))) {
    const sides = new Set(named.filter((n) => roleOf(n)).map(roleOf));
    if (sides.size === 1) for (const n of roleless) (sides.has('s') ? customer : supplier).add(n);
  } else if (named.length > 2 && roleless.length > 1 && roleless.every((n) => COMPANY_ENTRY.test(ownEntry(n)))) {
    // (… or a public body beside two companies, each in an entry of its own: a reseller and the vendor it resells, 'de
    // gemeente Oosterzijl ("de Gemeente"); Polderlicentie B.V. ("Polderlicentie"); en Pacific Arc Cloud Pte. Ltd.
    // ("Pacific Arc")', both on the supplier's side.)
    const sides = new Set(named.filter((n) => roleOf(n)).map(roleOf));
    if (sides.size === 1 && sides.has('c')) for (const n of roleless) supplier.add(n);
  }
  // (… or both sides are known and a name left shares one entry with names of one side only: 'Stichting … , handelend
  // voor zichzelf en ten behoeve van de … veiligheidsregio's (de "Deelnemers"), …, hierna: "LIH"' is the Deelnemers' side.)
  // (One entry: nothing between the two names opens another party's, no "and"/"en" and no other company's legal form.)
  const sameEntry = (a: string, b: string) => {
    const between = entryBetween([a, b]);
    return between !== undefined && !/\b(?:and|en)\b/i.test(between) && !namesLegalForm(between);
  };
  if (named.length > 2)
    for (const n of named.filter((x) => !roleOf(x))) {
      const sides = new Set(named.filter((m) => roleOf(m) && sameEntry(n, m)).map(roleOf));
      if (sides.size === 1) (sides.has('c') ? customer : supplier).add(n);
    }
  // … where the head also defines terms ('… the shopping centers listed on Schedule 1 (the "Sites")'): the two names whose
  // entries say what kind of body they are ('ChargeGrid, Inc., a Delaware corporation ("ChargeGrid")', 'Parkwell
  // Properties Trust, a Massachusetts real estate investment trust ("Host")') are the parties.
  const entities = named.length > 2 && !customer.size && !supplier.size ? named.filter((n) => entityEntry(n)) : [];
  // … or, with more names than two and none with a role, the two the text says it is "between" ('Reference is made to
  // the Master Data Processing Agreement … between Hawkeye Prairie Credit Union ("Credit Union") and Corvalis Financial
  // Technologies, Inc. ("Corvalis")' in a letter that also names the buyer and its assignee).
  const between = named.length > 2 && entities.length !== 2 && !customer.size && !supplier.size ? BETWEEN_PAIR.exec(text.slice(0, head)) : null;
  const said = between ? [between[1]!, between[2]!].map((x) => x.trim().replace(/\s+/g, ' ')) : [];
  const pair = entities.length === 2 ? entities : said.length === 2 && said[0] !== said[1] && said.every((n) => named.includes(n)) ? said : named;
  if (pair.length === 2) {
    const [a, b] = pair as [string, string];
    // Both named as suppliers by their role words ("Franchisor" and "Developer" in an area development agreement): the
    // one that pays the other its fees, and is never paid by it, buys.
    if (roleOf(a) === 's' && roleOf(b) === 's') {
      if (paysTo(a, b) && !paysTo(b, a)) (supplier.delete(a), customer.add(a));
      else if (paysTo(b, a) && !paysTo(a, b)) (supplier.delete(b), customer.add(b));
      // (… or, with neither paying the other by name, the one that pays fees: "Franchisor shall pay the fees set out in
      // the Fee Schedule" beside a "Licensor".)
      else if (!paysTo(a, b) && !paysTo(b, a)) {
        if (paysFees(a) && !paysFees(b)) (supplier.delete(a), customer.add(a));
        else if (paysFees(b) && !paysFees(a)) (supplier.delete(b), customer.add(b));
        // (… or, with no fees named, the one whose acts are a buyer's: "Contractor shall purchase Products from
        // Manufacturer" beside "Manufacturer shall ship".)
        else {
          const la = leanOf(a);
          const lb = leanOf(b);
          if (la - lb >= ACT_MARGIN && la > 0) (supplier.delete(a), customer.add(a));
          else if (lb - la >= ACT_MARGIN && lb > 0) (supplier.delete(b), customer.add(b));
        }
      }
    }
    // A supplier's role word borne by the one that buys: a prime "Contractor" that pays a "Surveyor" it engages
    // ("Contractor shall pay the unit rates"; "Surveyor shall perform all flights … shall invoice monthly"). Only where the
    // payments and the acts both say so: it pays and the other never does, it acts as a buyer and the other as a supplier.
    const buys = (x: string, y: string) =>
      roleOf(x) === 's' && !roleOf(y) && paysTo(x, y) + paysFees(x) > 0 && paysTo(y, x) + paysFees(y) === 0 &&
      leanOf(x) >= ACT_MARGIN && leanOf(y) <= -ACT_MARGIN;
    if (buys(a, b)) (supplier.delete(a), customer.add(a), supplier.add(b));
    else if (buys(b, a)) (supplier.delete(b), customer.add(b), supplier.add(a));
    else if (roleOf(a) === 'c' && !roleOf(b)) supplier.add(b);
    else if (roleOf(b) === 'c' && !roleOf(a)) supplier.add(a);
    else if (roleOf(a) === 's' && !roleOf(b)) customer.add(b);
    else if (roleOf(b) === 's' && !roleOf(a)) customer.add(a);
    else if (!roleOf(a) && !roleOf(b)) {
      // Two parties named only by their company names ("Anchor Point", "Solace"): the one that pays is the customer,
      // the one that provides is the supplier, counted over the whole text ("Solace shall pay", "Anchor Point will provide").
      const la = leanOf(a);
      const lb = leanOf(b);
      const leads = (x: number, y: number) => x - y >= ACT_MARGIN;
      if (leads(la, lb)) (customer.add(a), supplier.add(b));
      else if (leads(lb, la)) (customer.add(b), supplier.add(a));
      else {
        // … or by what each is in the head: a company by its legal form ("CareSuite Nederland B.V. … ("CareSuite")") beside
        // a foundation, association or public body ("Stichting Zorggroep Lindehof … ("Lindehof")"): the company supplies.
        // (… or by its own entry, where the short name is not in the full name: 'Stichting Antoniusgasthuis Noord,
        // gevestigd te …, hierna: "het Gasthuis"' opens with its kind; 'Helix LabSystems B.V., …, hierna: "Helix"' names a
        // legal form.)
        const company = (n: string) => legalFormAfter(text.slice(0, head), n) || namesLegalForm(ownEntry(n));
        const kinds = labels(roles.nonProfitKind);
        const opensWithKind = kinds.length ? new RegExp(`^(?:${kinds.map(escapeRe).join('|')})(?![\\p{L}\\d])`, 'iu') : undefined;
        const nonProfit = (n: string) => !!opensWithKind && (nonProfitBefore(n, kinds).test(text.slice(0, head)) || opensWithKind.test(ownEntry(n)));
        // … or a company whose own name opens with what it is, a public utility or body ("Drinkwaterbedrijf Veluwezoom
        // N.V. …, hierna "DVZ"") beside one whose name does not.
        const utility = (n: string) => {
          const at = text.slice(0, head).search(new RegExp(`["“']${escapeRe(n)}["”']`, 'u'));
          if (at < 0) return false;
          const lineStart = text.lastIndexOf('\n', at) + 1;
          const m = /^[ \t]*(?:\(?\d{1,2}[.)]|[a-z][.)]|[-•])?[ \t]*/u.exec(text.slice(lineStart, at))!;
          return opensWithTerm(roles.customerHints, lineStart + m[0].length, at);
        };
        if (company(a) && !company(b) && nonProfit(b)) (customer.add(b), supplier.add(a));
        else if (company(b) && !company(a) && nonProfit(a)) (customer.add(a), supplier.add(b));
        else if (utility(a) && !utility(b)) (customer.add(a), supplier.add(b));
        else if (utility(b) && !utility(a)) (customer.add(b), supplier.add(a));
        else {
          // … or by who carries the duties: the one that "shall" do most, by a clear margin, supplies.
          const da = dutiesOf(a);
          const db = dutiesOf(b);
          if (da >= DUTY_MIN && da >= DUTY_RATIO * db) (customer.add(b), supplier.add(a));
          else if (db >= DUTY_MIN && db >= DUTY_RATIO * da) (customer.add(a), supplier.add(b));
          // … or by who pays whom its price ("Collaborator shall pay Company the development fees"): one that pays the other
          // and is never paid by it buys, though both license something to each other.
          else if (paysTo(a, b) && !paysTo(b, a)) (customer.add(a), supplier.add(b));
          else if (paysTo(b, a) && !paysTo(a, b)) (customer.add(b), supplier.add(a));
          // … or, with neither paying the other by name, the one that pays a fee and the other none ("Zuiderzee Netten
          // betaalt een vaste jaarvergoeding van EUR 688.000").
          else if (!paysTo(a, b) && !paysTo(b, a) && paysFees(a) && !paysFees(b)) (customer.add(a), supplier.add(b));
          else if (!paysTo(a, b) && !paysTo(b, a) && paysFees(b) && !paysFees(a)) (customer.add(b), supplier.add(a));
          else {
            // … or by the trade its full name states: "CORRIGAN LEDGER SOFTWARE, INC. … ("Corrigan")" beside "BALLARD
            // MUTUAL SAVINGS BANK … ("Bank")": the one whose name says it makes or sells technology supplies.
            const trade = (n: string) => {
              const at = text.slice(0, head).search(new RegExp(`["“']${escapeRe(n)}["”']`, 'u'));
              if (at < 0) return false;
              const back = text.slice(Math.max(0, at - 200), at);
              // (… nor past the end of the sentence before: 'Hearthstone … was acquired by Altamira Software Partners in June 2025,
              // and … on June 30, 2026. Blue Ridge Lodging Group, Inc. ("Blue Ridge")' names Blue Ridge by "Blue Ridge Lodging".)
              const stop = [...back.matchAll(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Inc|Ltd|Corp|Co|Jr|Sr))[.!?]\s+(?=\p{Lu})/gu)].pop();
              const from = Math.max(0, at - 200) + Math.max(back.lastIndexOf(')'), back.lastIndexOf(';'), back.search(/\bbetween\b(?!.*\bbetween\b)/isu), back.lastIndexOf('\n\n'), stop ? stop.index! + stop[0].length - 1 : -1) + 1;
              // (The name itself, to its first comma: not an address after it, "… at 400 Technology Square". The name starts
              // past the comma and "en"/"and" that close the entry before: '("Zorggroep"), en MedLink Systems B.V., …'.)
              const start = from + /^[\s,;]*(?:(?:and|en)\s+)?/iu.exec(text.slice(from, at))![0].length;
              const comma = text.indexOf(',', start);
              if (has(roles.supplierTrade, start, comma >= 0 && comma < at ? comma : at)) return true;
              // (… or the capitalised words right before the bracket, where the name stands in a sentence: 'As you know,
              // Hearthstone Hotel Software Corporation ("Hearthstone") was acquired …'.)
              const run = /(?:\p{Lu}[\p{L}&'’.-]*,?[ \t]+){2,8}\(?[ \t]*$/u.exec(back);
              return !!run && has(roles.supplierTrade, Math.max(0, at - 200) + run.index, at);
            };
            // … or by whose data or content the service holds: "Stratacast shall delete Publisher Content", "Bank Data".
            if (trade(a) && !trade(b)) (customer.add(b), supplier.add(a));
            else if (trade(b) && !trade(a)) (customer.add(a), supplier.add(b));
            else if (owns(a) && !owns(b)) (customer.add(a), supplier.add(b));
            else if (owns(b) && !owns(a)) (customer.add(b), supplier.add(a));
          }
        }
      }
    }
  }
  // A later document in the same file names the two parties again, by other short names: a side letter's 'MindBridge
  // Health, Inc. ("MindBridge") and Stichting GGZ Oostland ("GGZ Oostland")'. Where one of them already has its role,
  // the other has the other role.
  for (const m of text.matchAll(PARTY_PAIR)) {
    const [a, b] = [m[1]!, m[2]!].map((x) => x.trim().replace(/\s+/g, ' ')) as [string, string];
    for (const [known, other] of [[a, b], [b, a]] as const)
      if (roleOf(known) && !roleOf(other) && !NOT_PARTY.test(other) && !ROLE_IN_CLAUSE.test(other)) {
        (roleOf(known) === 's' ? customer : supplier).add(other);
        all.add(other);
      }
  }
  // Aliases take their party's role ("you" is the Customer); they are not parties of their own.
  for (const [name, group] of aliases) {
    const target = customer.has(name) ? customer : supplier.has(name) ? supplier : null;
    for (const a of group) {
      all.delete(a);
      if (target && !customer.has(a) && !supplier.has(a)) target.add(a);
    }
  }
  // Pronouns as the parties' names: vendor terms call the customer "you" and themselves "we"; a public body writing
  // plainly calls itself "wij" and the supplier "u". The words around each pronoun decide ('"wij" of "het waterschap"',
  // 'Appwerk ("u" of "de leverancier")'); a pronoun whose entry says nothing is the other party of one that does.
  const preamble = text.slice(0, head);
  // An entry that names a company by its legal form and no public body ("Jullie zijn Kampeerplek Online B.V., Dordrecht",
  // '• DigiDepot Nederland B.V., Utrecht ("DigiDepot", "u")') is the supplier's.
  const companyRole = (start: number, end: number): 's' | '' => {
    return namesLegalForm(preamble.slice(start, end)) ? 's' : '';
  };
  const groups: Array<{ side: 'you' | 'we'; words: string[]; role: 'c' | 's' | '' }> = [];
  let from = 0;
  for (const m of preamble.matchAll(PRONOUN)) {
    const p = m[1]!.toLowerCase();
    // The entry's start: its line, or where a hard-wrapped entry begins (a list marker, a blank line, a semicolon):
    // '- de gemeente en het OCMW …,\nvertegenwoordigd door … (samen "het lokaal bestuur" of "wij");'.
    const lineStart = preamble.lastIndexOf('\n', m.index) + 1;
    const item = afterLast(preamble, LIST_ITEMS, m.index!);
    const entryStart = item > afterLast(preamble, ['\n\n', ';'], m.index!) ? item - 2 : lineStart;
    const groupEnd = m.index! + m[0].length + (ALIAS_RUN.exec(preamble.slice(m.index! + m[0].length))?.[0].length ?? 0);
    // Not before the sentence it stands in: 'Waar "wij" staat, bedoelen we Klantwijs' speaks of Klantwijs, not of the
    // municipality named in the sentence before.
    const sentence = search.index.doc.sentences[search.index.sentenceAt(m.index!)];
    const start = Math.max(entryStart, nextEntry(preamble, from, m.index!), m.index! - 250, sentence?.start ?? 0);
    from = groupEnd;
    // The role the pronoun already has as a defined name (its own entry, or the other party's), else the entry around
    // it (the pronoun itself is no role word).
    const known = customer.has(p) ? 'c' : supplier.has(p) ? 's' : '';
    // A pronoun defined by what follows it: '"we", "us" and "our" mean Waterschap …, the water board …' (to the
    // sentence's end).
    const sentenceEnd = Math.min(firstOf(preamble, ['. ', '.\n', '\n'], groupEnd), groupEnd + 250);
    // … or by what follows the verb before it: 'In deze overeenkomst is "wij" het Waterschap De Lage Beemden'.
    const defines = MEANS.test(preamble.slice(groupEnd, groupEnd + 30)) || /\b(?:is|zijn|are)\s*$/i.test(preamble.slice(Math.max(start, m.index! - 12), m.index!));
    groups.push({ side: YOU.has(p) ? 'you' : 'we', words: PRONOUN_WORDS[p] ?? [p], role: known || (defines ? entryRole(groupEnd, sentenceEnd) : '') || entryRole(start, groupEnd) || companyRole(start, groupEnd) });
  }
  // Unquoted, a line that says who the pronoun is: "Wij: Loketlab bv, …", "U bent de gemeente Ooststellingwerf", "We are
  // the City of …". The rest of that line is the entry.
  for (const m of preamble.matchAll(PRONOUN_DEF)) {
    const p = m[1]!.toLowerCase();
    const at = m.index! + m[0].length;
    const eol = preamble.indexOf('\n', at);
    const end = Math.min(eol < 0 ? preamble.length : eol, at + 250);
    groups.push({ side: YOU.has(p) ? 'you' : 'we', words: PRONOUN_WORDS[p] ?? [p], role: entryRole(at, end) || companyRole(at, end) });
  }
  const sideRole = (side: 'you' | 'we') => groups.find((g) => g.side === side && g.role)?.role ?? '';
  const youRole = sideRole('you') || (sideRole('we') === 'c' ? 's' : sideRole('we') === 's' ? 'c' : 'c');
  const weRole = sideRole('we') || (youRole === 'c' ? 's' : 'c');
  for (const g of groups)
    for (const w of g.words) {
      const role = g.side === 'you' ? youRole : weRole;
      const [mine, other] = role === 'c' ? [customer, supplier] : [supplier, customer];
      if (!other.has(w)) mine.add(w);
    }
  // A name given together with a pronoun takes the pronoun's side: 'Stichting … ("the School", "you") and EduSuite Global Pte.
  // Ltd. ("EduSuite", "we")' makes the School the customer and EduSuite the supplier, as "you" and "we" are.
  const pronouns = new Set(Object.values(PRONOUN_WORDS).flat());
  for (const [name, group] of aliases) {
    if (customer.has(name) || supplier.has(name)) continue;
    const p = group.find((a) => pronouns.has(a.toLowerCase()));
    const side = p === undefined ? null : customer.has(p.toLowerCase()) ? customer : supplier.has(p.toLowerCase()) ? supplier : null;
    if (side) for (const n of [name, ...group]) if (!customer.has(n) && !supplier.has(n)) side.add(n);
  }
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  // In a letter, an offer named as the reader's ("your quote", "uw offerte") more often than as the writer's: the reader
  // made it, so the reader supplies (the packs' `offerWords`).
  const offers = labels(roles.offerWords).map(escapeRe).join('|');
  const readerOffered = (yours: string, ours: string): boolean =>
    !!offers && count(new RegExp(`\\b${yours}\\s+(?:${offers})\\b`, 'gi')) > count(new RegExp(`\\b${ours}\\s+(?:${offers})\\b`, 'gi'));
  // A letter that defines no one ("Dear Ms Hale, … You may end the Pilot at any time …"): in English vendor letters and
  // terms "we" write and "you" buy. Only where no party is named at all and both pronouns are used throughout.
  if (!customer.size && !supplier.size && !groups.length) {
    if (count(/\byou\b/gi) >= LETTER_PRONOUNS && count(/\b(?:we|us)\b/gi) >= LETTER_PRONOUNS) {
      // (Unless the buyer writes, answering the offer "you" made: "Thanks for your revised quote. … We pay within 30 days".)
      const [reader, writer] = readerOffered('your', 'our') ? [supplier, customer] : [customer, supplier];
      reader.add('you').add('your');
      writer.add('we').add('us').add('our');
    }
  }
  // A role said to be a body by its kind, in the file's head: "De aanbestedende overheid is de politiezone Kempen-Heide"
  // (then "dan kan de politiezone …" is the customer's), "The Contracting Authority is the Agency for …".
  for (const m of text.slice(0, head).matchAll(ROLE_IS)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    const noun = m[2]!;
    if (GENERIC_NOUN.test(noun)) continue;
    const nounAt = m.index! + m[0].lastIndexOf(noun);
    const role = isWhole(roles.customer, at, at + m[1]!.length) ? customer : isWhole(roles.supplier, at, at + m[1]!.length) ? supplier : null;
    if (role && !has(roles.party, nounAt, nounAt + noun.length) && !customer.has(noun) && !supplier.has(noun)) role.add(noun);
  }
  // A party named by its short name and then given its role in a sentence of its own: "SSC-Zuid is in deze overeenkomst
  // Opdrachtgever in de zin van de GIBIT; Nexora is Leverancier.", "Kestrel acts as the Supplier".
  for (const n of all) {
    if (customer.has(n) || supplier.has(n)) continue;
    const said = new RegExp(`(?:^|[\\s;:.(])${escapeRe(n)}[ \\t]+(?:is|treedt[ \\t]+op[ \\t]+als|acts[ \\t]+as|shall[ \\t]+act[ \\t]+as)[ \\t]+(?:in[ \\t]+(?:deze|dit|this)[ \\t]+\\p{L}+[ \\t]+)?(?:de[ \\t]+|het[ \\t]+|the[ \\t]+)?(\\p{L}[\\p{L}-]+)`, 'u').exec(text.slice(0, head));
    if (!said) continue;
    const at = said.index + said[0].lastIndexOf(said[1]!);
    const end = at + said[1]!.length;
    if (isWhole(roles.customer, at, end)) customer.add(n);
    else if (isWhole(roles.supplier, at, end)) supplier.add(n);
  }
  // A file that defines no one and calls the public body by what it is throughout ("Prepared for: Dienst Registratie …"
  // and then "The Agency accepts …", "the Agency may terminate …"; "het ziekenhuis is bevoegd"): that noun is the customer.
  // Also the noun of a customer's own entry line: "VLAAMS AGENTSCHAP VOOR DIGITALE INFRASTRUCTUUR (VADI)" and then "Het
  // Agentschap kan de opdracht … opzeggen".
  const entryLines = [...customer].filter((n) => !pronouns.has(n.toLowerCase()) && all.has(n)).flatMap((n) => {
    const i = text.slice(0, head).indexOf(n);
    return i < 0 ? [] : [text.slice(text.lastIndexOf('\n', i) + 1, i).toLowerCase()];
  });
  // (… or beside a supplier that is the only party named: "the Contractor" of an EU model contract and "the Agency".)
  if ((!customer.size && [...all].every((n) => supplier.has(n))) || entryLines.length) {
    const uses = new Map<string, number[]>();
    for (const m of text.matchAll(BODY_NOUN)) uses.set(m[1]!.toLowerCase(), [...(uses.get(m[1]!.toLowerCase()) ?? []), m.index! + m[0].length - m[1]!.length]);
    const body = [...uses]
      // (… or a foundation or association whose name opens the file, as a letter's head: "Stichting Kindcentra De Wielen"
      // over "… is de Stichting gerechtigd de werkzaamheden door een derde te laten uitvoeren".)
      .filter(([w, at]) => at.length >= BODY_NOUN_USES && !supplier.has(w) && ![...customer].some((n) => n.toLowerCase().split(/\s+/).includes(w)) && (has(roles.customerHints, at[0]!, at[0]! + w.length) || (!all.size && has(roles.nonProfitKind, at[0]!, at[0]! + w.length) && new RegExp(`^\\s*${escapeRe(w)}\\b`, 'iu').test(text))))
      .filter(([w]) => !customer.size || entryLines.some((l) => new RegExp(`\\b${w}\\b`, 'u').test(l)))
      .sort((a, b) => b[1].length - a[1].length)[0];
    if (body) customer.add(body[0]);
  }
  // A file that names the public body in its title and then by its place name alone ("MUNICIPALITY OF KORENDAM" over
  // "Korendam may have the services performed by a third party", "GEMEENTE ZWARTEWAAL" over "Zwartewaal kan …"): the
  // place name is the customer, where it acts on its own at least twice.
  if (!customer.size && !all.size) {
    const title = BODY_TITLE.exec(text.slice(0, BODY_TITLE_REACH));
    const place = title?.[1]!.toLowerCase();
    if (place) {
      const own = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\d-])\p{Lu}${escapeRe(place.slice(1))}(?![\p{L}\d-])`, 'gu'))].filter((m) => m[0].toLowerCase() === place);
      if (own.length >= BODY_NOUN_USES) customer.add(own[0]![0]);
    }
  }
  // … and in Dutch ones "wij" write to "u" ("Na het einde van het abonnement kunt u … downloaden"), beside any noun the
  // letter calls the body by ("de Veiligheidsregio").
  if (!supplier.size && !all.size && !groups.length) {
    if (!customer.has('you') && count(/(?<![\p{L}\p{N}.'’-])(?:u|uw)(?![\p{L}\p{N}'’-])/giu) >= LETTER_PRONOUNS && count(/\b(?:wij|we|ons|onze)\b/gi) >= LETTER_PRONOUNS) {
      // (Unless the body writes, accepting the offer "u" made: "Hierbij bevestigen wij de opdracht … conform uw offerte".)
      const [reader, writer] = readerOffered('uw', '(?:onze|ons)') ? [supplier, customer] : [customer, supplier];
      reader.add('u').add('uw');
      writer.add('wij').add('we').add('ons').add('onze');
      // The letterhead's organisation by its initials: "Regionaal Historisch Centrum Vechtstreek" over "Het RHC kan … opzeggen".
      const letterhead = text.slice(0, LETTERHEAD_REACH).split('\n');
      for (const acr of new Set(text.match(/\b\p{Lu}{3,6}\b/gu) ?? []))
        if (!NOT_ACRONYM.test(acr) && count(new RegExp(`\\b${acr}\\b`, 'g')) >= SHORT_NAME_USES && letterhead.some((l) => namePrefixes(l).some((n) => acronymOf(acr, n)))) writer.add(acr);
    }
  }
  // A vendor's own terms name only the vendor, with its legal form ('Lumenfield Cloud Ireland Limited, … ("Lumenfield")'),
  // and call the buyer by its role ("the Customer"): that one name is the supplier.
  if (!customer.size && !supplier.size && all.size === 1) {
    const [only] = [...all] as [string];
    const at = text.slice(0, head).indexOf(`"${only}"`);
    const entry = at < 0 ? '' : text.slice(Math.max(text.lastIndexOf('\n', at - 200), at - 200, 0), at);
    // (the buyer called "Customer" itself: a vendor's terms, not a consultancy agreement whose "Company" is the client)
    if (namesLegalForm(entry) && has(roles.customer.filter((t) => t.source === 'customer'), 0, text.length)) supplier.add(only);
  }
  // (Where no word opens a list of parties, the preamble still ends at the first article: "Gemeente X, …, en Y B.V., …
  // komen het volgende overeen.")
  addShortNames(text, body !== undefined ? head : (preambleEnd(text.slice(0, 6000)) ?? head), found, { customer, supplier }, (terms, start, end) => has(terms, start, end), roles);
  // A party the other appoints as its reseller or distributor buys to resell, whatever its role word ("MCS hereby appoints
  // Solution Provider as a non-exclusive value-added reseller of the MCS Software"): the appointed one is the customer.
  const resale = labels(roles.resaleRole).map((w) => escapeRe(w).replace(/ /g, '[\\s-]+')).join('|');
  if (resale && all.size === 2) {
    const [a, b] = [...all] as [string, string];
    const appoints = (x: string, y: string) =>
      new RegExp(`(?<![\\p{L}\\d])${escapeRe(x)}\\s+(?:hereby\\s+)?appoints\\s+(?:the\\s+)?${escapeRe(y)}\\s+as\\s+(?:its\\s+|an?\\s+)?(?:(?:non-?exclusive|exclusive|authori[sz]ed|independent)\\s+)*(?:${resale})\\b`, 'iu').test(text);
    const appointed = appoints(a, b) ? b : appoints(b, a) ? a : undefined;
    // (The two roles exchanged: `buyer` becomes the customer, `seller` the supplier.)
    const swap = (buyer: string, seller: string) => {
      supplier.delete(buyer);
      customer.delete(seller);
      customer.add(buyer);
      supplier.add(seller);
    };
    if (appointed !== undefined && supplier.has(appointed)) swap(appointed, appointed === a ? b : a);
    // … and one called a distributor that the other pays its fees and that carries the duties is no reseller but the
    // provider ('SilverState Travel Exchange, Inc. ("Distributor")' connects a resort's rooms to travel agencies: "Resort
    // Company shall pay Distributor the fees"; "Distributor shall connect …, provide …, maintain …").
    const byResaleWord = (n: string) => found.some((x) => x.name === n && isWhole(roles.resaleRole, x.at, x.end));
    const reseller = customer.has(a) && supplier.has(b) && byResaleWord(a) ? a : customer.has(b) && supplier.has(a) && byResaleWord(b) ? b : undefined;
    if (reseller !== undefined && appointed === undefined) {
      const other = reseller === a ? b : a;
      const [dr, do_] = [dutiesOf(reseller), dutiesOf(other)];
      if (paysTo(other, reseller) && !paysTo(reseller, other) && dr >= DUTY_MIN && dr >= DUTY_RATIO * do_) swap(other, reseller);
    }
  }
  // A letter addressed to a public body ("Aan: Ministerie van Volksgezondheid, Welzijn en Sport") that calls it by what it
  // is throughout ("Het Ministerie heeft het recht …") while the names it defines are all the writer's side (the supplier,
  // its new owner, the company that takes the contract over; '… Inc. ("Granite Peak", "we")'): the body is the customer,
  // and none of those names is.
  const to = LETTER_TO.exec(text.slice(0, LETTER_TO_REACH));
  if (to && [...customer].every((n) => all.has(n) || pronouns.has(n.toLowerCase())) && [...customer].some((n) => all.has(n))) {
    const start = to.index + to[0].length - to[1]!.length;
    const line = to[1]!.toLowerCase();
    // (The whole text is read for the body's noun only where the addressee line names a public body and none of the names.)
    const addressed = ![...all].some((n) => line.includes(n.toLowerCase())) && has(roles.customerHints, start, start + to[1]!.length);
    const uses = new Map<string, number>();
    if (addressed) for (const m of text.matchAll(BODY_NOUN)) if (m[1] === m[1]![0]!.toUpperCase() + m[1]!.slice(1)) uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
    const body = [...uses].filter(([w, n]) => n >= LETTER_BODY_USES && !all.has(w) && new RegExp(`(?<![\\p{L}])${escapeRe(w.toLowerCase())}(?![\\p{L}])`, 'u').test(line)).sort((a, b) => b[1] - a[1])[0];
    if (body) {
      for (const n of customer) supplier.add(n);
      customer.clear();
      customer.add(body[0]);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { customer: sorted(customer), supplier: sorted(supplier), all: sorted(all) };
}

/** Where an entry's words stop naming the party itself: a regulator it is registered with or licensed by is no public body
 * of its own ('a New Jersey corporation registered as a transfer agent with the Securities and Exchange Commission'; not a
 * trade register: 'registered under Chamber of Commerce number …, acting as managing authority'). */
function beforeRegulator(text: string, start: number, end: number): number {
  const m = REGULATED_BY.exec(text.slice(start, end));
  return m ? start + m.index : end;
}
const REGULATED_BY = /\b(?:registered|licensed|regulated|authori[sz]ed|supervised|chartered)\b(?:\s+as\s+[^()"“”;,]{1,60}?)?\s+(?:with|by)\s+(?!(?:the\s+)?(?:dutch\s+|netherlands\s+)?(?:chamber|trade\s+register|companies\s+house|kvk|handelsregister|commercial\s+register|register\s+of\s+companies))/iu;

/** Right after a name's definition, that it acquires shares or control of another ('("Ardent") has agreed to acquire one
 * hundred percent (100%) of the outstanding capital stock of …', '("Bidder") will acquire all of the shares in …'); not
 * a buyer of the goods ('("Licensee") wishes to acquire a licence'). */
const ACQUIRES = /^["”’]?\)?[ \t]*,?[ \t]*(?:(?:has|have|had|will|shall|is|are|would|intends|proposes|wishes|plans)[ \t]+)?(?:(?:agreed|proposed|intended|offered|going|about|entered into an agreement)[ \t]+)?(?:to[ \t]+)?(?:acquire|acquiring|acquires|purchase|purchases|buy|buys|neemt|nemen|overnemen|verwerven|verwerft)\b[^.;]{0,80}?\b(?:shares|stock|capital|equity|voting|interests?|control|ownership|units|aandelen|zeggenschap|kapitaal)\b/iu;

/** Whether a name stands right before a legal form in the head ("CareSuite Nederland B.V."). */
function legalFormAfter(head: string, name: string): boolean {
  // (Capitalised words between, no more: not "Zorggroep Lindehof / CareSuite Nederland B.V." in a title.)
  const re = new RegExp(`(?<![\\p{L}\\d])${escapeRe(name)}(?:[ \\t]+\\p{Lu}[\\p{L}&'’-]*){0,3}[ \\t]+\\S+`, 'gu');
  return [...head.matchAll(re)].some((m) => namesLegalForm(m[0] + ' '));
}
/** A foundation, association, cooperative or public body's kind (the pack's `nonProfitKind`) right before the name
 * ("Stichting Zorggroep Lindehof"). */
const nonProfitBefore = (name: string, kinds: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\d])(?:${kinds.map(escapeRe).join('|')})(?![\\p{L}\\d])[^\\n,;()"“”]{0,40}?(?<![\\p{L}\\d])${escapeRe(name)}(?![\\p{L}\\d])`, 'iu');

/** How far back from its defined name a party's entry may start. */
const ENTRY_REACH = 300;
/** How often a short name must be used after the preamble before it names a party. */
const SHORT_NAME_USES = 2;
/** Letters that are not a party's acronym though used as one: legal forms and common abbreviations. */
const NOT_ACRONYM = /^(?:BV|NV|KVK|CEO|CFO|CTO|BTW|VAT|EU|EER|EEA|AVG|GDPR|SLA|API|BIO|ISO|NEN|IT|ICT|ID|PDF|CSV|JSON|XML|USA|UK|US|NL|BE|LTD|LLC|INC|PLC|GMBH|AB|SA|AG|DPA|SOW|TOC|TBD|NB|PS|CC|ARBIT|ARVODI|GIBIT|UAV|DSO|VTH|GML|OTAP)$/;

/**
 * Parties the body calls by a short name the preamble never defines: 'Gemeente Hoogeveld, …, hierna ook "Licentienemer",
 * en Ambrosia Zaaksysteem B.V., gevestigd te Zwolle, …' and then "Ambrosia levert …", "Gemeente Hoogeveld heeft het recht
 * …"; '(A) Omgevingsdienst Noordkust, … ("Licensee")' and then "ODNK may terminate". Only for a side whose names the body
 * never uses (or that has none): such a contract calls that party something else. The candidates are the entry's own
 * name, a company's first word before its legal form, and an acronym in the entry or of the entry's name; each must be
 * used at least twice after the preamble.
 */
function addShortNames(
  text: string,
  head: number,
  found: ReadonlyArray<{ name: string; at: number }>,
  sides: { customer: Set<string>; supplier: Set<string> },
  has: (terms: Term[], start: number, end: number) => boolean,
  roles: RuleSet['roles'],
): void {
  if (head <= 0 || head >= text.length) return;
  const body = text.slice(head);
  // (A company's name is used without an article: "Helix shall", not "de Leveringsvoorwaarden".)
  const uses = (name: string, bare = false) =>
    (body.match(new RegExp(`${bare ? '(?<!\\b(?:[Dd]e|[Hh]et|[Ee]en|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Dd]eze|[Dd]ie)\\s+)' : ''}(?<![\\p{L}\\d])${escapeRe(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'gu')) ?? []).length;
  const unused = (names: Set<string>) => [...names].every((n) => uses(n) === 0);
  const wantCustomer = unused(sides.customer);
  const wantSupplier = unused(sides.supplier);
  if (!wantCustomer && !wantSupplier) return;
  const preamble = text.slice(0, head);
  const taken = (n: string) => sides.customer.has(n) || sides.supplier.has(n);
  const add = (side: Set<string>, other: Set<string>, names: string[], bare = false) => {
    for (const n of names) if (!taken(n) && !other.has(n) && uses(n, bare) >= SHORT_NAME_USES) side.add(n);
  };
  // The customer's entry: the line or list item its defined name stands in, from its start.
  const customerEntries: Array<{ start: number; end: number }> = [];
  for (const f of found) {
    if (f.at >= head || !sides.customer.has(f.name)) continue;
    customerEntries.push({ start: Math.max(afterLast(preamble, [';', '\n\n'], f.at), f.at - ENTRY_REACH), end: f.at });
  }
  const inCustomerEntry = (at: number) => customerEntries.some((e) => at >= e.start && at < e.end);
  if (wantCustomer)
    for (const e of customerEntries) {
      const entry = preamble.slice(e.start, e.end);
      // The name opens one of the entry's lines (a PDF wraps an entry; a title may stand on the line above it).
      const lines = entry.split('\n');
      const names = lines.map(entryOwnName).filter((n): n is string => !!n);
      const candidates = [...names];
      // An acronym from the line that names the body on ("… ingesteld bij de Gemeenschappelijke regeling GGD Zuid-Veluwe"),
      // first used there: one used before belongs to the title ("Managed WAN …", "ENTERPRISE LICENSE AGREEMENT (ELA)").
      const nameLine = lines.findIndex((l) => !!entryOwnName(l));
      const from = nameLine < 0 ? entry.length : lines.slice(0, nameLine).join('\n').length;
      for (const m of entry.slice(from).matchAll(/\b\p{Lu}{2,6}\b/gu))
        if (!NOT_ACRONYM.test(m[0]) && !new RegExp(`\\b${m[0]}\\b`).test(text.slice(0, e.start + from + m.index!))) candidates.push(m[0]);
      // An acronym of the entry's name used in the body only: "ODNK" for "Omgevingsdienst Noordkust".
      for (const m of new Set(body.match(/\b\p{Lu}{3,6}\b/gu) ?? [])) if (!NOT_ACRONYM.test(m) && names.some((n) => acronymOf(m, n))) candidates.push(m);
      add(sides.customer, sides.supplier, candidates);
    }
  // A company by its legal form outside the customer's entry: its first word ("Helix Geodata B.V." is "Helix") and its name
  // without the form. Not a public body's company ("Gemeentelijke Parkeerbedrijf B.V."), nor where several companies are.
  if (wantSupplier && sides.customer.size) {
    const notShort = new Set(labels(roles.notShortName));
    const companies: string[][] = [];
    for (const m of preamble.matchAll(LEGAL_FORM)) {
      if (inCustomerEntry(m.index!)) continue;
      const run = /((?:\p{Lu}[\p{L}&'’-]*[ \t]+){1,4})$/u.exec(preamble.slice(Math.max(0, m.index! - 80), m.index!));
      if (!run) continue;
      const words = run[1]!.trim().split(/[ \t]+/);
      const at = m.index! - run[1]!.length;
      if (has(roles.customerHints, at, m.index!)) continue;
      const first = words[0]!;
      // (Not a first word that is no short name: an article, a kind of body, a word of a place: the pack's `notShortName`.)
      companies.push([words.join(' '), ...(notShort.has(norm(first)) || first.length < 3 ? [] : [first])]);
    }
    const distinct = new Set(companies.map((c) => c[0]));
    if (distinct.size === 1) add(sides.supplier, sides.customer, companies[0]!, true);
  }
}

/** An entry of the head's list that opens a line with a company's name: "(1) Verilux Silicon IP, Inc., a Delaware …". */
const LISTED_ENTRY = /^[ \t]*(?:\(?(?:\d{1,2}|[A-Za-z])[.)][ \t]*)?(?:(?:and|en)[ \t]+)?(\p{Lu}[\p{L}&'’-]{2,})(?=[ \t]+\p{Lu}|,)[^\n]{0,120}/gmu;
/** … or one that runs on in the sentence after "between" or "and": "by and between Harborview\nDrug Stores, Inc., an Ohio
 * corporation …, and Meridian RxSystems, LLC, a Delaware …" (the name may wrap onto the next line). */
// (What follows the name is read ahead, not taken, so that it may hold the next entry's "and"; it ends at a bracket:
// 'and Hosted Services Agreement (this "Agreement")' has no company's legal form.)
const INLINE_ENTRY = /(?<![\p{L}\d])(?:between|tussen|and|en)\s+(\p{Lu}[\p{L}&'’-]{2,})(?=\s+\p{Lu}|,)(?=([^;()]{0,120}))/gu;

/** How often the text names a party by one of these role words, capitalised as a name ("Licensee shall", "the Customer"). */
function roleWordUses(text: string, words: readonly string[]): number {
  const names = words.filter((w) => /^\p{L}+$/u.test(w)).map((w) => escapeRe(w.charAt(0).toUpperCase() + w.slice(1)));
  // (Not a word of a longer capitalised name: "Licensee Modifications".)
  return names.length ? (text.match(new RegExp(`(?<![\\p{L}\\d]|\\p{Lu}[\\p{L}-]*\\s)(?:${names.join('|')})(?![\\p{L}\\d]|\\s+\\p{Lu})`, 'gu'))?.length ?? 0) : 0;
}

/** The first words of the two companies the head lists, where the text after the head uses each by itself
 * (SHORT_NAME_USES times or more, and more often than `roleUses`) and no name is defined for them. Empty unless exactly
 * two. */
function undefinedShortNames(text: string, from: number, head: number, notShort: readonly string[], roleUses: number): Array<{ name: string; at: number; end: number; explicit: boolean }> {
  const body = text.slice(head);
  const out: Array<{ name: string; at: number; end: number; explicit: boolean }> = [];
  const listing = text.slice(from, head);
  for (const m of [...listing.matchAll(LISTED_ENTRY), ...listing.matchAll(INLINE_ENTRY)].sort((a, b) => a.index! - b.index!)) {
    const name = m[1]!;
    if (!ENTITY.test(m[0] + (m[2] ?? '')) || notShort.includes(norm(name)) || out.some((o) => o.name === name)) continue;
    const uses = body.match(new RegExp(`(?<![\\p{L}\\d])${escapeRe(name)}(?![\\p{L}\\d])`, 'gu'))?.length ?? 0;
    const at = from + m.index! + m[0].indexOf(name);
    if (uses >= SHORT_NAME_USES && uses > roleUses) out.push({ name, at, end: at + name.length, explicit: false });
  }
  return out.length === 2 ? out : [];
}

/** An entry's own name: its words up to the first comma or bracket, without a list mark or an article ("(A) Omgevingsdienst
 * Noordkust, a public body …" is "Omgevingsdienst Noordkust"); only capitalised words and the small words between them. */
function entryOwnName(entry: string): string | undefined {
  const head = entry.replace(/^[\s:;,]*(?:\(?(?:[A-Za-z]|\d{1,2})[.)][ \t]*|[-•–*][ \t]+)?(?:(?:and|en|between|tussen)\s+)?(?:(?:de|het|the)\s+)?/iu, '');
  const name = head.split(/[,(\n]/)[0]!.trim();
  // (Not a title in capitals: "OVEREENKOMST LICENTIE, IMPLEMENTATIE …".)
  if (!/\p{Ll}/u.test(name) || !new RegExp(`^\\p{Lu}[\\p{L}'’&.-]*(?:[ \\t]+${NAME_WORD}){1,5}$`, 'u').test(name)) return undefined;
  return /\p{Lu}[\p{L}-]*$/u.test(name) ? name : undefined;
}

/** A line's leading runs of two or more words ("Regionaal Historisch", "Regionaal Historisch Centrum", …). */
function namePrefixes(line: string): string[] {
  const words = line.trim().split(/\s+/);
  return words.slice(1, 6).map((_, k) => words.slice(0, k + 2).join(' '));
}

/** Whether the letters are an acronym of the name: each capitalised word gives its initial and maybe more of its letters,
 * in order ("ODNK": Omgevings-Dienst Noord-Kust). */
function acronymOf(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const a = acronym.toLowerCase();
  const go = (i: number, w: number): boolean => {
    if (w === words.length) return i === a.length;
    const word = words[w]!;
    if (a[i] !== word[0]) return false;
    // This word takes the initial and then k more letters, in order.
    let j = i + 1;
    let from = 1;
    if (go(j, w + 1)) return true;
    while (j < a.length) {
      const k = word.indexOf(a[j]!, from);
      if (k < 0) return false;
      from = k + 1;
      j++;
      if (go(j, w + 1)) return true;
    }
    return false;
  };
  return words.length >= 2 && a.length > words.length - 1 && go(0, 0);
}

/** Where a party's entry ends: a blank line, a line "en"/"and", a semicolon. */
const ENTRY_ENDS = ['\n\n', '\nen\n', '\nand\n', ';'];
/** The start of a list item's line: the next entry of a list of parties. */
const LIST_ITEMS = ['\n- ', '\n• ', '\n– ', '\n* '];
/** After the previous party's name its description may run on ('("jullie"), het bevoegd gezag van elf basisscholen, en
 * EduSpoor B.V. (hierna: "wij")'): the next entry starts after the first ", en" / ", and" that follows that name. */
const NEXT_ENTRY = [', en ', ', and '];

/** A company's legal form after its name: "B.V.", "N.V.", "Ltd", "GmbH", "Inc.", "S.A." …; after a word, not a number
 * ("3771 AB Lindehoven" is a postcode). */
/** An entry that says the party is a company, in any case ("CARROW & FINCH PROMOTIONS LIMITED, a company incorporated in
 * Scotland"). */
const COMPANY_ENTRY = /\b(?:limited|ltd|inc|llc|plc|gmbh|corporation|b\.\s?v|n\.\s?v)\b|\bcompany incorporated\b/iu;
const LEGAL_FORM = /(?<=\p{L}[\p{L}.,'’&-]*\s)(?:B\.\s?V\.?|N\.\s?V\.?|BV|NV|Ltd\.?|Limited|GmbH|Inc\.?|LLC|L\.L\.C\.|L\.P\.|LLP|L\.L\.P\.|Corp\.|plc|PLC|S\.A\.|SA|AG|AB|Oy|SAS|SARL|BVBA|SRL|S\.r\.l\.|A\/S|ApS)(?=[\s,.;)]|$)/gu;
const LEGAL_FORM_ONE = new RegExp(LEGAL_FORM.source, 'u');
// Where an entry's words start, the forms in capitals count as well: 'TRUSTMARK ROOT AUTHORITY, INC., a Delaware
// corporation ("Trustmark")' has its body word inside the name. (Only here: as a party's name, a capitalised form
// decides other readings it was never tried on.)
const ENTRY_LEGAL_FORM = new RegExp(`${LEGAL_FORM.source}|(?<=\\p{Lu}[\\p{Lu}.,'’&-]*\\s)(?:INC\\.?|LTD\\.?|LIMITED|GMBH|CORP\\.?)(?=[\\s,.;)]|$)`, 'gu');

/** Where an entry's own words start: after the last legal form in it, or at its start. */
function afterLegalForm(text: string, start: number, end: number): number {
  let at = start;
  for (const m of text.slice(start, end).matchAll(ENTRY_LEGAL_FORM)) at = start + m.index! + m[0].length;
  return at;
}

/** Whether a text names a legal form. (Not LEGAL_FORM.test: a global expression keeps where it stopped, and matchAll
 * starts from there, so a test in one document made afterLegalForm miss forms in the next one the worker read.) */
const namesLegalForm = (text: string): boolean => LEGAL_FORM_ONE.test(text);

/** The entry's name as entryName reads it, and the name each of its lines opens with (a title above the entry, "CASE
 * MANAGEMENT SYSTEM LICENCE, CUSTOMISATION AND …", has commas of its own). */
function entryNames(text: string, at: number): string[] {
  const back = text.slice(Math.max(0, at - 250), at);
  return [entryName(text, at), ...back.split('\n').map((line) => line.replace(/,.*$/s, '').trim())];
}

/** The name that opens the party entry before `at`: back to the previous entry's end (a semicolon or a blank line, at
 * most 250 characters), up to its first comma. */

function entryName(text: string, at: number): string {
  const back = text.slice(Math.max(0, at - 250), at);
  return back.slice(Math.max(back.lastIndexOf(';'), back.lastIndexOf('\n\n')) + 1).replace(/,.*$/s, '');
}

/** Whether a short name is the start of the company name its entry opens with, a legal form following ('TRI-COUNTY
 * FULFILLMENT, LLC, a Pennsylvania limited liability company ("Tri-County")'). */
function companyShortName(entry: string, name: string): boolean {
  if (!namesLegalForm(entry)) return false;
  const company = entry.replace(/^[\s\d().:;,-]*(?:and|en|between|tussen)?\s*/i, '').toLowerCase();
  return company.startsWith(name.replace(/^(?:the|de|het)\s+/i, '').toLowerCase());
}

/** Where the next party's entry starts, given where the previous party's name (and its aliases) ended. */
function nextEntry(text: string, previousEnd: number, at: number): number {
  if (previousEnd <= 0) return previousEnd;
  const i = firstOf(text, NEXT_ENTRY, previousEnd);
  return i < at ? i + 2 : previousEnd;
}

/** The offset right after the last of the markers at or before `at`, or 0. */
function afterLast(text: string, markers: readonly string[], at: number): number {
  return Math.max(0, ...markers.map((b) => { const i = text.lastIndexOf(b, at); return i < 0 ? 0 : i + b.length; }));
}

/** The offset of the first of the markers at or after `from`, or the text's length. */
function firstOf(text: string, markers: readonly string[], from: number): number {
  return Math.min(text.length, ...markers.map((b) => { const i = text.indexOf(b, from); return i < 0 ? text.length : i; }));
}

/** A short name as the contract means it: one space between words, without the punctuation US drafting puts inside the
 * quotes ('hereinafter called the "Contractor," and', '"Purchasing Agency."'). */
function cleanName(raw: string): string {
  return raw.trim().replace(/[,;:]+$|(?<=\p{L}{5})\.$/u, '').replace(/\s+/g, ' ');
}

/** Quoted names that follow a party's name inside the same brackets, or in the same entry ('hierna: "Opdrachtgever" of "UMC";'). */
function aliasesAfter(text: string, end: number): { names: string[]; end: number } {
  // A bracket may wrap over a line end in PDF text ('(the "Contracting Authority"\nor "LIVM")'); a blank line ends it.
  const stops = [')', ';', '\n\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const close = stops.length ? Math.min(...stops) : -1;
  if (close < 0 || close - end > 120) return { names: [], end };
  const out: string[] = [];
  let rest = text.slice(end + 1, close);
  for (let m = ALIAS.exec(rest); m; m = ALIAS.exec(rest)) {
    out.push(cleanName(m[1]!));
    rest = rest.slice(m.index + m[0].length + 1);
  }
  return { names: out, end: out.length ? close : end };
}

// The Document: what every stage after extraction reads. Offsets are UTF-16 indices into `text`.

export type SourceKind = 'pdf' | 'docx' | 'txt';
export type Language = 'nl' | 'en' | 'mixed';

/** What an extractor hands over: text per page, lines separated by "\n", before normalisation. */
export interface RawExtraction {
  kind: SourceKind;
  pages: RawPage[];
}

export interface RawPage {
  /** 1-based page number. DOCX and TXT have one page unless the file has explicit page breaks. */
  number: number;
  text: string;
}

export interface Page {
  number: number;
  /** Normalised text of this page; equals text.slice(start, end) of the Document. */
  text: string;
  start: number;
  end: number;
}

export interface Section {
  /** Article or clause number as the contract shows it: "30", "30.3", "12(b)", "7.2.1". */
  number: string;
  /** Heading text on the numbering line ("Wijziging in zeggenschap"), or "" when the line is a clause body. */
  heading: string;
  /** Page on which the section starts. */
  page: number;
  /** Offsets in Document.text: from the number to the start of the next section at the same or a higher level. */
  start: number;
  end: number;
  /** Depth: 1 for "30" / "Artikel 30", 2 for "30.3", 3 for "30.3.1" or "30.3(a)". */
  level: number;
}

/** A stretch of Document.text: [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  page: number;
  /** Index into Document.sections of the innermost section containing the sentence, or -1. */
  section: number;
}

export interface Document {
  /** Path as given on the command line (the report makes it relative to the scanned root). */
  file: string;
  sha256: string;
  kind: SourceKind;
  language: Language;
  /** Normalised full text; pages are joined with "\n\n". */
  text: string;
  pages: Page[];
  sections: Section[];
  sentences: Sentence[];
  /** Tables of contents: lines that name articles and pages and grant nothing. */
  contents: TextSpan[];
}

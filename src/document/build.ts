// RawExtraction -> Document: the pure core every later stage reads. No I/O.

import type { Document, Page, RawExtraction } from './types.js';
import { normalisePage } from './normalise.js';
import { stripPageRemnants, stripRunningLines } from './headers.js';
import { findContents, findSections } from './sections.js';
import { splitSentences } from './sentences.js';
import { detectLanguage } from './language.js';

/** Separator between pages in Document.text. */
export const PAGE_JOIN = '\n\n';

/** Normalise pages, drop running headers/footers, join, and find sections, sentences and language. */
export function buildDocument(raw: RawExtraction, meta: { file: string; sha256: string }): Document {
  const normalised = raw.pages.map((p) => normalisePage(p.text));
  const texts = stripPageRemnants(stripRunningLines(normalised), normalised);
  const pages: Page[] = [];
  let offset = 0;
  raw.pages.forEach((p, i) => {
    if (i > 0) offset += PAGE_JOIN.length;
    const t = texts[i] ?? '';
    pages.push({ number: p.number, text: t, start: offset, end: offset + t.length });
    offset += t.length;
  });
  const text = texts.join(PAGE_JOIN);
  const sections = findSections(text, pages);
  const sentences = splitSentences(text, pages, sections);
  return {
    file: meta.file,
    sha256: meta.sha256,
    kind: raw.kind,
    language: detectLanguage(text),
    text,
    pages,
    sections,
    sentences,
    contents: findContents(text),
  };
}

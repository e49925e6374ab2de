// Small helpers over xmldom for WordprocessingML. Elements are matched by namespace and local
// name, not by prefix: files written by other tools may bind the main namespace to another
// prefix, and ISO "strict" files use a different namespace URI for the same elements.

import { DOMParser } from '@xmldom/xmldom';

export const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

// xmldom's own DOM types are not the lib.dom ones (the project compiles without "dom"), so the
// few members we use are described here.
export interface XNode {
  nodeType: number;
  namespaceURI: string | null;
  localName: string | null;
  textContent: string | null;
  childNodes: { length: number; [i: number]: XNode };
}
export interface XElement extends XNode {
  getAttributeNS(ns: string, local: string): string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
export interface XDocument extends XNode {
  documentElement: XElement | null;
}

const ELEMENT = 1;

/** Parses XML; returns null when the parser reports a fatal error or finds no root element. */
export function parseXml(text: string): XDocument | null {
  let fatal = false;
  try {
    const doc = new DOMParser({
      // Two parameters: xmldom then passes the level; warnings and recoverable errors stay quiet.
      errorHandler: (level: string, _msg: unknown) => {
        if (level === 'fatalError') fatal = true;
      },
    }).parseFromString(text, 'text/xml') as unknown as XDocument;
    if (fatal || !doc.documentElement) return null;
    return doc;
  } catch {
    return null;
  }
}

export function isW(node: XNode, local: string): node is XElement {
  return node.nodeType === ELEMENT && node.localName === local && W_NS.has(node.namespaceURI ?? '');
}

export function isMc(node: XNode, local: string): node is XElement {
  return node.nodeType === ELEMENT && node.localName === local && node.namespaceURI === MC_NS;
}

export function elements(node: XNode): XElement[] {
  const out: XElement[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i];
    if (c && c.nodeType === ELEMENT) out.push(c as XElement);
  }
  return out;
}

export function child(node: XNode, local: string): XElement | undefined {
  return elements(node).find((e) => isW(e, local));
}

export function children(node: XNode, local: string): XElement[] {
  return elements(node).filter((e) => isW(e, local));
}

/** All descendants named w:<local>, in document order. */
export function descendants(node: XNode, local: string): XElement[] {
  const out: XElement[] = [];
  const walk = (n: XNode): void => {
    for (const e of elements(n)) {
      if (isW(e, local)) out.push(e);
      walk(e);
    }
  };
  walk(node);
  return out;
}

/** A w:-namespaced attribute (w:val, w:ilvl, ...), whatever prefix the file uses. */
export function attr(el: XElement, local: string): string | undefined {
  for (const ns of W_NS) {
    const v = el.getAttributeNS(ns, local);
    if (v !== null && v !== '') return v;
  }
  const v = el.getAttribute(`w:${local}`);
  return v === null || v === '' ? undefined : v;
}

/** w:val of a child element, e.g. val(pPr, 'pStyle'). */
export function val(node: XNode, local: string): string | undefined {
  const c = child(node, local);
  return c ? attr(c, 'val') : undefined;
}

export function intVal(node: XNode, local: string): number | undefined {
  const v = val(node, local);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (w:b, w:vanish, w:pageBreakBefore): present and not "0"/"false"/"off". */
export function onOff(node: XNode, local: string): boolean | undefined {
  const c = child(node, local);
  if (!c) return undefined;
  const v = attr(c, 'val');
  return !(v === '0' || v === 'false' || v === 'off');
}

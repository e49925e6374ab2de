// Word's automatic numbering, rebuilt. Text extractors (mammoth included) drop the numbers Word
// draws in front of list and heading paragraphs, so "Artikel 12" or "12.3" would vanish from a
// contract whose articles Word numbered. This module reads word/numbering.xml and word/styles.xml
// and, fed the paragraphs in document order, returns the label Word shows for each one.

import { toRoman } from '../document/roman.js';
import {
  attr,
  child,
  children,
  intVal,
  onOff,
  val,
  type XDocument,
  type XElement,
} from './docx-xml.js';

export interface LevelDef {
  /** w:start; the spec's default is 0. */
  start: number;
  /** w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, ... */
  numFmt: string;
  /** w:lvlText, e.g. "%1.%2", "Artikel %1", "(%3)"; undefined when the level draws nothing. */
  lvlText: string | undefined;
  /** w:isLgl: show every referenced level as a decimal number ("legal" numbering). */
  isLgl: boolean;
  /** w:lvlRestart: 0 = never restart; n = restart after a use of level n-1 or shallower. */
  restart: number | undefined;
  /** w:pStyle inside the level: the paragraph style bound to this level. */
  pStyle: string | undefined;
}

interface NumDef {
  abstractId: string;
  /** lvlOverride per level: a startOverride and/or a whole replacement level. */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

interface StyleDef {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  pageBreakBefore: boolean | undefined;
}

/** The numbering properties a paragraph carries itself (w:pPr). */
export interface ParagraphProps {
  styleId: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

interface AbstractDef {
  levels: Map<number, LevelDef>;
  /** w:numStyleLink: the definition lives in the numbering style of this id. */
  numStyleLink: string | undefined;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractDef>;
  nums: Map<string, NumDef>;
  styles: Map<string, StyleDef>;
  defaultParagraphStyle: string | undefined;
}

function readLevel(lvl: XElement): LevelDef {
  const text = child(lvl, 'lvlText');
  return {
    start: intVal(lvl, 'start') ?? 0,
    numFmt: val(lvl, 'numFmt') ?? 'decimal',
    // An absent w:lvlText draws nothing; a present one with an empty value draws "" too.
    lvlText: text ? (attr(text, 'val') ?? '') : undefined,
    isLgl: onOff(lvl, 'isLgl') ?? false,
    restart: intVal(lvl, 'lvlRestart'),
    pStyle: val(lvl, 'pStyle'),
  };
}

/** Reads the definitions; either document may be missing (a DOCX without lists has no numbering.xml). */
export function readNumbering(numbering: XDocument | null, styles: XDocument | null): NumberingDefs {
  const defs: NumberingDefs = {
    abstracts: new Map(),
    nums: new Map(),
    styles: new Map(),
    defaultParagraphStyle: undefined,
  };
  const nroot = numbering?.documentElement;
  if (nroot) {
    for (const a of children(nroot, 'abstractNum')) {
      const id = attr(a, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of children(a, 'lvl')) {
        const ilvl = Number.parseInt(attr(lvl, 'ilvl') ?? '', 10);
        if (Number.isFinite(ilvl)) levels.set(ilvl, readLevel(lvl));
      }
      defs.abstracts.set(id, { levels, numStyleLink: val(a, 'numStyleLink') });
    }
    for (const n of children(nroot, 'num')) {
      const id = attr(n, 'numId');
      const abstractId = val(n, 'abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: LevelDef }>();
      for (const o of children(n, 'lvlOverride')) {
        const ilvl = Number.parseInt(attr(o, 'ilvl') ?? '', 10);
        if (!Number.isFinite(ilvl)) continue;
        const start = intVal(o, 'startOverride');
        const lvl = child(o, 'lvl');
        overrides.set(ilvl, {
          ...(start !== undefined ? { start } : {}),
          ...(lvl ? { level: readLevel(lvl) } : {}),
        });
      }
      defs.nums.set(id, { abstractId, overrides });
    }
  }
  const sroot = styles?.documentElement;
  if (sroot) {
    for (const s of children(sroot, 'style')) {
      const id = attr(s, 'styleId');
      if (id === undefined) continue;
      const pPr = child(s, 'pPr');
      const numPr = pPr ? child(pPr, 'numPr') : undefined;
      defs.styles.set(id, {
        basedOn: val(s, 'basedOn'),
        numId: numPr ? val(numPr, 'numId') : undefined,
        ilvl: numPr ? intVal(numPr, 'ilvl') : undefined,
        pageBreakBefore: pPr ? onOff(pPr, 'pageBreakBefore') : undefined,
      });
      const isDefault = attr(s, 'default');
      if (attr(s, 'type') === 'paragraph' && (isDefault === '1' || isDefault === 'true')) {
        defs.defaultParagraphStyle = id;
      }
    }
  }
  return defs;
}

/** The style and its basedOn ancestors, nearest first; stops on cycles. */
function styleChain(defs: NumberingDefs, styleId: string | undefined): Array<[string, StyleDef]> {
  const out: Array<[string, StyleDef]> = [];
  const seen = new Set<string>();
  let id = styleId ?? defs.defaultParagraphStyle;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const s = defs.styles.get(id);
    if (!s) break;
    out.push([id, s]);
    id = s.basedOn;
  }
  return out;
}

/** pageBreakBefore inherited from the paragraph style (the paragraph's own value wins). */
export function stylePageBreakBefore(defs: NumberingDefs, styleId: string | undefined): boolean {
  for (const [, s] of styleChain(defs, styleId)) {
    if (s.pageBreakBefore !== undefined) return s.pageBreakBefore;
  }
  return false;
}

// ---- number formats -------------------------------------------------------------------------


/** Word's letters: a..z, then aa..zz, then aaa (the letter repeats, unlike spreadsheet columns). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter value in a w:numFmt. Unknown formats fall back to decimal. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

// ---- counting --------------------------------------------------------------------------------

/**
 * Hands out labels paragraph by paragraph, in document order. Counters live per abstract
 * numbering, so two numIds on one definition continue one list, as in Word; a numId with a
 * startOverride is a list instance of its own that starts afresh at its first paragraph.
 */
export class NumberingCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(private readonly defs: NumberingDefs) {}

  /** Resolves numId/ilvl from the paragraph and its style chain; undefined when not numbered. */
  private resolve(p: ParagraphProps): { numId: string; ilvl: number } | undefined {
    let numId = p.numId;
    let ilvl = p.ilvl;
    let linkedStyle: string | undefined;
    for (const [id, s] of styleChain(this.defs, p.styleId)) {
      if (numId === undefined && s.numId !== undefined) {
        numId = s.numId;
        linkedStyle = id;
        if (ilvl === undefined) ilvl = s.ilvl;
      }
      if (numId !== undefined && ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
    }
    // numId 0 switches numbering off (a paragraph removing its style's numbering).
    if (numId === undefined || numId === '0') return undefined;
    if (ilvl === undefined) {
      // A style bound to a level through the level's own w:pStyle (Heading 2 -> level 1).
      const abs = this.abstractOf(numId);
      const styleIds = [linkedStyle, p.styleId].filter((x): x is string => x !== undefined);
      for (const [lvl, def] of abs?.levels ?? []) {
        if (def.pStyle !== undefined && styleIds.includes(def.pStyle)) ilvl = lvl;
      }
    }
    return { numId, ilvl: Math.min(Math.max(ilvl ?? 0, 0), 8) };
  }

  /** The abstract definition of a numId, following w:numStyleLink to a numbering style. */
  private abstractOf(numId: string): AbstractDef | undefined {
    const seen = new Set<string>();
    let id: string | undefined = numId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const num = this.defs.nums.get(id);
      const abs = num ? this.defs.abstracts.get(num.abstractId) : undefined;
      if (!abs) return undefined;
      if (abs.numStyleLink === undefined) return abs;
      id = styleChain(this.defs, abs.numStyleLink).find(([, s]) => s.numId !== undefined)?.[1].numId;
    }
    return undefined;
  }

  private level(numId: string, ilvl: number): LevelDef | undefined {
    const override = this.defs.nums.get(numId)?.overrides.get(ilvl);
    return override?.level ?? this.abstractOf(numId)?.levels.get(ilvl);
  }

  /**
   * The label Word draws before this paragraph ("12.3", "Artikel 4", "(a)", "•" for a bullet), "" for a
   * numbered paragraph whose level draws nothing ("none", an empty w:lvlText), or undefined when the
   * paragraph is not numbered.
   */
  next(p: ParagraphProps): string | undefined {
    const r = this.resolve(p);
    if (!r) return undefined;
    const num = this.defs.nums.get(r.numId);
    const def = this.level(r.numId, r.ilvl);
    if (!num || !def) return undefined;

    const hasStartOverride = [...num.overrides.values()].some((o) => o.start !== undefined);
    const key = hasStartOverride ? `num:${r.numId}` : `abs:${num.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = [];
      this.counters.set(key, counts);
    }
    const startOf = (ilvl: number): number =>
      this.defs.nums.get(r.numId)?.overrides.get(ilvl)?.start ?? this.level(r.numId, ilvl)?.start ?? 0;

    const current = counts[r.ilvl];
    counts[r.ilvl] = current === undefined ? startOf(r.ilvl) : current + 1;
    // Deeper levels restart after this one, unless their w:lvlRestart says otherwise.
    for (let d = r.ilvl + 1; d < 9; d++) {
      const restart = this.level(r.numId, d)?.restart;
      if (restart === undefined || (restart !== 0 && r.ilvl < restart)) counts[d] = undefined;
    }

    // A bullet is drawn as "•" whatever symbol its font has (often a private-use character of Symbol or Wingdings), so a
    // bulleted list reads as a list: its items take the lead-in line above them.
    if (def.numFmt === 'bullet') return def.lvlText === undefined || def.lvlText === '' ? '' : '•';
    if (def.lvlText === undefined) return '';
    const shown = counts;
    return def.lvlText.replace(/%([1-9])/g, (_m, k: string) => {
      const lvl = Number(k) - 1;
      const ldef = this.level(r.numId, lvl);
      const value = shown[lvl] ?? startOf(lvl);
      const fmt = ldef?.numFmt ?? 'decimal';
      // isLgl turns every referenced level into a decimal, except those that draw nothing.
      return formatNumber(value, def.isLgl && fmt !== 'none' && fmt !== 'bullet' ? 'decimal' : fmt);
    });
  }
}

/** The numbering properties a w:p element carries itself. */
export function paragraphProps(p: XElement): ParagraphProps {
  const pPr = child(p, 'pPr');
  const numPr = pPr ? child(pPr, 'numPr') : undefined;
  return {
    styleId: pPr ? val(pPr, 'pStyle') : undefined,
    numId: numPr ? val(numPr, 'numId') : undefined,
    ilvl: numPr ? intVal(numPr, 'ilvl') : undefined,
  };
}

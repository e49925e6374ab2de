// Offset -> page lookup shared by sections and sentences.

import type { Page } from './types.js';

/**
 * Page number of the page containing `offset` (binary search over page starts). Offsets in the
 * "\n\n" between pages belong to the page before; before the first page, to the first.
 */
export function pageAt(pages: Page[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  if (hi < 0) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pages[mid] as Page).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return (pages[lo] as Page).number;
}

// A table row as one line of text: cells joined by " | ", as a reader sees the columns ("Escrow | Not included").

/** A cell that holds only a clause number, list label or bullet: "13.1", "(a)", "Art. 4", "iv.", "•"; or the quote marks
 * that open a forwarded e-mail's lines ("> >" before an indented list item's next line). */
const LABEL_CELL = /^(?:(?:(?:art(?:ikel|icle)?\.?|clause|section)\s*)?\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]?|[-•–▪◦*·]|>(?:\s*>)*)$/i;

/** A cell that only numbers or marks what stands beside it. */
export const isLabelCell = (cell: string): boolean => LABEL_CELL.test(cell.replace(/\s+/g, ' ').trim());

/** The cells of one row joined; a first cell that is only a number or bullet opens the line as a list item does. */
export function joinCells(cells: readonly string[]): string {
  const filled = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return filled.reduce((acc, t, k) => (k === 0 ? t : `${acc}${k === 1 && LABEL_CELL.test(filled[0]!) ? ' ' : ' | '}${t}`), '');
}

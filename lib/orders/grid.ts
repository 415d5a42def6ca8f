import type { Header, HeaderCache, OrderBlock } from './block';
import { fieldOfHeader } from './labels';
import { findIdToken, shownText } from './text';
import type { Field } from './label-words';

/**
 * Div grids read by their ARIA roles (WAI-ARIA grid pattern, which AG Grid follows: ag-grid.com "Accessibility"):
 * a `role=grid` whose header cells are `role=columnheader` and whose rows are `role=row` with `aria-rowindex`,
 * cells `role=gridcell` with `aria-colindex`. AG Grid draws pinned columns in separate row containers
 * (`.ag-pinned-left-cols-container`, `.ag-center-cols-container`, `.ag-pinned-right-cols-container`): the row
 * elements with the same `aria-rowindex` are one row, joined here as one order's parts.
 */

const GRID = '[role="grid"], [role="treegrid"]';

const colIndex = (cell: Element) => Number(cell.getAttribute('aria-colindex')) || 0;

/** Field per `aria-colindex` (index 0 unused), from the grid's column headers; null without two known ones. */
function gridHeader(grid: Element, cache: HeaderCache): Header | null {
  const known = cache.get(grid);
  if (known !== undefined) return known;
  const header: Header = [];
  for (const h of grid.querySelectorAll('[role="columnheader"]')) {
    const i = colIndex(h);
    if (i > 0 && header[i] == null) header[i] = fieldOfHeader(shownText(h));
  }
  const found = header.filter(Boolean).length >= 2 ? header : null;
  cache.set(grid, found);
  return found;
}

/**
 * Data rows (not the header's) by `aria-rowindex`, each with its pieces from every row container; null when a
 * container holds one index twice (not a grid built as the pattern says: its rows are left to the other readers).
 */
function rowsByIndex(grid: Element): Map<string, Element[]> | null {
  const rows = new Map<string, Element[]>();
  for (const row of grid.querySelectorAll('[role="row"][aria-rowindex]')) {
    if (row.querySelector('[role="columnheader"]') || row.closest(GRID) !== grid) continue;
    const index = row.getAttribute('aria-rowindex') as string;
    const same = rows.get(index);
    if (!same) rows.set(index, [row]);
    else if (same.some((r) => r.parentElement === row.parentElement)) return null;
    else same.push(row);
  }
  return rows;
}

/** Every (field, cell) of a grid row's pieces, by its grid's column headers. */
export function* gridColumnCells(row: Element, cache: HeaderCache): Generator<[Field, Element]> {
  const grid = row.closest(GRID);
  const header = grid ? gridHeader(grid, cache) : null;
  if (!header) return;
  for (const cell of row.querySelectorAll('[role="gridcell"]')) {
    const field = header[colIndex(cell)];
    if (field) yield [field, cell];
  }
}

/**
 * The orders of the ARIA grids under `root`: one per data row whose order-number column holds a number. The
 * row piece holding that cell is the order's element (it gets the marks); every piece of the row is read.
 */
export function gridBlocks(root: Element, cache: HeaderCache = new WeakMap()): OrderBlock[] {
  const out: OrderBlock[] = [];
  for (const grid of root.querySelectorAll(GRID)) {
    const header = gridHeader(grid, cache);
    const idColumn = header?.indexOf('id') ?? -1;
    if (idColumn <= 0) continue;
    for (const parts of rowsByIndex(grid)?.values() ?? []) {
      let idCell: Element | undefined;
      for (const part of parts)
        for (const cell of part.querySelectorAll('[role="gridcell"]'))
          if (colIndex(cell) === idColumn) idCell = cell;
      const id = idCell ? findIdToken(shownText(idCell)) : null;
      const element = idCell && parts.find((p) => p.contains(idCell));
      if (!id || !idCell || !element) continue;
      out.push({ element, parts, id, idElement: idCell });
    }
  }
  return out;
}

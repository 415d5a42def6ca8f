import { gridColumnCells } from './grid';
import { fieldOfHeader, labelledValues } from './labels';
import { segments, shownText, type Segment } from './text';
import type { Header, HeaderCache } from './block';
import type { Field } from './label-words';

export type { HeaderCache } from './block';

const cellsOf = (row: Element) =>
  Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');

/** One entry per grid column: a cell with colspan=3 fills three. */
function expand<T>(cells: Element[], value: (cell: Element) => T): T[] {
  return cells.flatMap((cell) => {
    const span = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50);
    return Array.from({ length: span }, () => value(cell));
  });
}

function headerOfRow(row: Element | null | undefined): Header | null {
  if (!row) return null;
  const header = expand(cellsOf(row), (c) => fieldOfHeader(shownText(c)));
  return header.filter(Boolean).length >= 2 ? header : null;
}

function isHeaderOnly(table: Element): boolean {
  return (
    table.querySelectorAll('td').length === 0 ||
    (!!table.querySelector('thead') && !table.querySelector('tbody tr td'))
  );
}

/**
 * A separate header table before this one (PDD: headers and data rows in two tables). Other orders'
 * data tables may stand in between (a list of order blocks under one header): look past them.
 */
function splitHeaderTable(table: Element): Element | null {
  let node: Element | null = table;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    let looked = 0;
    for (
      let sib = node.previousElementSibling;
      sib && looked < 200;
      sib = sib.previousElementSibling, looked++
    ) {
      const tables = sib.tagName === 'TABLE' ? [sib] : Array.from(sib.querySelectorAll('table'));
      const header = tables.reverse().find((t) => t !== table && isHeaderOnly(t));
      if (header) return header;
    }
  }
  return null;
}

function headerOfTable(table: Element): Header | null {
  const own = table.querySelector(':scope > thead > tr:last-child') ?? table.querySelector('tr');
  const found = headerOfRow(own);
  if (found) return found;
  const split = splitHeaderTable(table);
  return split ? headerOfRow(split.querySelector('tr:last-child')) : null;
}

const isCheckboxCell = (cell: Element | undefined) =>
  !!cell && (!!cell.querySelector('input[type="checkbox"], [class*="checkbox"]') || !shownText(cell).trim());

/** Field → cell for a data row, matched to its table's header by position (allowing a checkbox column). */
export function columnCells(
  row: Element,
  cache: HeaderCache,
  pass?: { segments?: Map<Element, Segment[]> },
): Map<Field, Element> {
  const out = new Map<Field, Element>();
  const table = row.closest('table');
  if (!table) return out;
  let header = cache.get(table);
  if (header === undefined) {
    header = headerOfTable(table);
    cache.set(table, header);
  }
  if (!header) return out;
  const cells = cellsOf(row);
  if (cells.some((c) => c.tagName === 'TH')) return out;
  // A row of `订单编号：…` label/value pairs (an order's header line) carries its own labels, no column's.
  let segs = pass?.segments?.get(row);
  if (!segs) {
    segs = segments(row);
    pass?.segments?.set(row, segs);
  }
  if (labelledValues(segs).some((v) => v.field === 'id')) return out;
  let grid = expand(cells, (c) => c);
  if (grid.length === header.length + 1 && isCheckboxCell(grid[0])) grid = grid.slice(1);
  let fields = header;
  if (header.length === grid.length + 1 && header[0] === null) fields = header.slice(1);
  if (fields.length !== grid.length) return out;
  fields.forEach((field, i) => {
    const cell = grid[i];
    // A cell spanning several columns (an order's header line) is no column's value.
    const spans = Number(cell?.getAttribute('colspan')) > 1;
    if (field && cell && !spans && !out.has(field)) out.set(field, cell);
  });
  return out;
}

/** Every (field, cell) of a block's table rows, sub-rows included, in page order. */
export function* blockColumnCells(
  parts: readonly Element[],
  cache: HeaderCache,
  pass?: { segments?: Map<Element, Segment[]> },
): Generator<[Field, Element]> {
  for (const part of parts) {
    // A div grid's row (role=row): its cells by the grid's column headers (grid.ts).
    if (part.getAttribute('role') === 'row') {
      yield* gridColumnCells(part, cache);
      continue;
    }
    const rows = part.tagName === 'TR' ? [part] : Array.from(part.querySelectorAll('tr'));
    for (const row of rows) yield* columnCells(row, cache, pass);
  }
}

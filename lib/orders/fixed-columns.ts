/**
 * Tables of UI libraries that keep their rows at one height: fixed columns drawn as copies laid over the table
 * (their rows' heights are synced by the library's script), sticky fixed cells, virtual lists and div grids
 * that position rows by a height they assume. There a badge must never change a row's height; and where the
 * order number's cell is covered by a fixed copy, the badge goes in the copy the merchant sees.
 *
 * Markup from the libraries' public DOM:
 * - Element UI 2 (element.eleme.io, table "固定列"): `.el-table__fixed` / `.el-table__fixed-right` copies of the
 *   whole table; in the main body the fixed columns' cells carry `is-hidden`, and in the copies the other cells do.
 * - Element Plus (element-plus.org, table "固定列"): one table, sticky cells `.el-table-fixed-column--left/right`.
 * - Ant Design 3 (3x.ant.design, table "固定列"): `.ant-table-fixed-left` / `-right` copies; rows share
 *   `data-row-key`. Ant Design 4+: sticky cells `.ant-table-cell-fix-left/right`.
 * - vxe-table (vxetable.cn, "固定列"): `.vxe-table--fixed-left-wrapper` / `-right-wrapper` copies, main cells
 *   `fixed--hidden`, rows keyed by `rowid`.
 * - AG Grid (ag-grid.com, "DOM" / accessibility): `role=grid`, rows `role=row` absolutely placed at a fixed height.
 */

const FIXED_TABLES =
  '.el-table, .ant-table-wrapper, .ant-table, .vxe-table, [role="grid"], [role="treegrid"], .ag-root';
const FIXED_PARTS =
  '.el-table__fixed, .el-table__fixed-right, .el-table-fixed-column--left, .el-table-fixed-column--right, ' +
  '.ant-table-fixed-left, .ant-table-fixed-right, .ant-table-cell-fix-left, .ant-table-cell-fix-right, ' +
  '.vxe-table--fixed-left-wrapper, .vxe-table--fixed-right-wrapper, .vxe-table--body-wrapper';

/** Whether a row lives in a table that keeps its rows at one height (see above). */
export function keepsRowHeight(row: Element): boolean {
  const table = row.closest(FIXED_TABLES);
  if (!table) return false;
  if (table.matches('[role="grid"], [role="treegrid"], .ag-root')) return true;
  return !!table.querySelector(FIXED_PARTS);
}

/** A cell hidden under a fixed copy in the main body: Element UI `is-hidden`, vxe-table `fixed--hidden`. */
const HIDDEN_CELL = /(^|\s)(is-hidden|fixed--hidden)(\s|$)/;
/** The copies laid over the table, each holding the fixed columns' visible cells. */
const COPIES =
  '.el-table__fixed, .el-table__fixed-right, .ant-table-fixed-left, .ant-table-fixed-right, ' +
  '.vxe-table--fixed-left-wrapper, .vxe-table--fixed-right-wrapper';

const CELL = 'td, th, [role="gridcell"]';

const indexIn = (el: Element) => {
  let i = 0;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) i++;
  return i;
};

/** Element child indices from `from` down to `to`. */
function pathFrom(from: Element, to: Element): number[] {
  const path: number[] = [];
  for (let e = to; e !== from && e.parentElement; e = e.parentElement) path.unshift(indexIn(e));
  return path;
}

function follow(el: Element, path: readonly number[]): Element | null {
  let at: Element | null = el;
  for (const i of path) at = at?.children[i] ?? null;
  return at;
}

/** The same row in a copy: the same key (`data-row-key`, `rowid`), else the same place in its body. */
function sameRow(copy: Element, tr: Element): Element | null {
  const key = tr.getAttribute('data-row-key') ?? tr.getAttribute('rowid');
  if (key !== null) {
    for (const r of copy.querySelectorAll('tr'))
      if ((r.getAttribute('data-row-key') ?? r.getAttribute('rowid')) === key) return r;
    return null;
  }
  const body = tr.parentElement;
  if (!body) return null;
  const bodies = copy.querySelectorAll(body.tagName);
  const rowIndex = indexIn(tr);
  for (const b of bodies)
    if (b.closest('thead') === null && b.children[rowIndex]) return b.children[rowIndex];
  return null;
}

/**
 * Where the merchant sees the order number: `idElement` itself, or its twin in the fixed-column copy laid over
 * it (Element UI, Ant Design 3, vxe-table), found by the row's key or place and the cell's column, and checked
 * by its text.
 */
export function visibleIdElement(idElement: Element): Element {
  const cell = idElement.closest(CELL);
  const tr = cell?.parentElement;
  if (!cell || !tr) return idElement;
  const table = cell.closest('.el-table, .ant-table, .vxe-table');
  if (!table || cell.closest(COPIES)) return idElement;
  const copies = table.querySelectorAll(COPIES);
  if (!copies.length) return idElement;
  const hidden = HIDDEN_CELL.test(cell.getAttribute('class') ?? '');
  const column = indexIn(cell);
  const path = pathFrom(cell, idElement);
  const text = cell.textContent?.trim();
  for (const copy of copies) {
    const row = sameRow(copy, tr);
    const twin = row?.children[column];
    if (!twin || HIDDEN_CELL.test(twin.getAttribute('class') ?? '') || twin.textContent?.trim() !== text)
      continue;
    // Ant Design 3 marks nothing hidden: a column that is in the copy is the one laid over the table.
    if (!hidden && !copy.matches('.ant-table-fixed-left, .ant-table-fixed-right')) continue;
    const found = follow(twin, path);
    if (found) return found;
  }
  return idElement;
}

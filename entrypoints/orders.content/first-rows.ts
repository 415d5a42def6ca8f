import { findIdToken, type OrderBlock } from '@/lib/orders';

/** Where a block's elements are inside its row (the list's child that holds it): child indices, outermost first. */
interface Shape {
  element: number[];
  idElement: number[];
  parts: number[][];
}

/** The list's child that holds `el`, or undefined when `el` is not inside one. */
function rowOf(list: Element, el: Element): Element | undefined {
  let node: Element | null = el;
  while (node && node.parentElement !== list) node = node.parentElement;
  return node ?? undefined;
}

function indexOf(el: Element): number {
  let i = 0;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) i++;
  return i;
}

function pathFrom(row: Element, el: Element): number[] | undefined {
  const path: number[] = [];
  for (let node: Element | null = el; node !== row; node = node.parentElement) {
    if (!node) return undefined;
    path.unshift(indexOf(node));
  }
  return path;
}

function follow(row: Element, path: readonly number[]): Element | undefined {
  let node: Element | null = row;
  for (const index of path) {
    node = node.firstElementChild;
    for (let i = 0; node && i < index; i++) node = node.nextElementSibling;
    if (!node) return undefined;
  }
  return node;
}

function shapeOf(row: Element, block: OrderBlock): Shape | undefined {
  const element = pathFrom(row, block.element);
  const idElement = pathFrom(row, block.idElement);
  const parts = block.parts.map((p) => pathFrom(row, p));
  if (!element || !idElement || parts.some((p) => !p)) return undefined;
  return { element, idElement, parts: parts as number[][] };
}

const idIn = (el: Element) => findIdToken(el.textContent ?? '');

/**
 * The blocks of the rows after `examples` (blocks the finder found in the list's first rows), up to `count`
 * blocks in all, found by the examples' shape instead of the finder: when two consecutive rows hold one
 * block each, in the same places, and each block's number is the one its number element shows, the next rows
 * are taken to be built alike, each checked for a number where the examples had theirs. The first row that
 * differs ends the run (the pass that follows reads the list with the full finder).
 */
export function blocksLikeFirst(list: Element, examples: readonly OrderBlock[], count: number): OrderBlock[] {
  const out = [...examples];
  const [a, b] = examples.slice(-2);
  if (!a || !b) return out;
  const rowA = rowOf(list, a.element);
  const rowB = rowOf(list, b.element);
  if (!rowA || !rowB || rowA.nextElementSibling !== rowB) return out;
  const shape = shapeOf(rowB, b);
  if (!shape || JSON.stringify(shape) !== JSON.stringify(shapeOf(rowA, a))) return out;
  if (idIn(a.idElement) !== a.id || idIn(b.idElement) !== b.id) return out;
  for (let row = rowB.nextElementSibling; row && out.length < count; row = row.nextElementSibling) {
    const element = follow(row, shape.element);
    const idElement = follow(row, shape.idElement);
    const parts = shape.parts.map((p) => follow(row, p));
    const id = idElement && idIn(idElement);
    if (!element || !idElement || !id || parts.some((p) => !p)) break;
    out.push({ element, idElement, id, parts: parts as Element[] });
  }
  return out;
}

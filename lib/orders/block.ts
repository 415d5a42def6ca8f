import type { Field } from './label-words';

/** One order's elements on the page, as the finders return them (plain data: no reader imports it back). */
export interface OrderBlock {
  element: Element;
  parts: Element[];
  id: string;
  /** The element showing the order number: where the badge goes. */
  idElement: Element;
  /** The parts' text, when finding the block already read it (see `partsText`). */
  text?: string;
  /** That text width-folded, when finding the block already folded it. */
  folded?: string;
}

/** A table's header, one field (or none) per column. */
export type Header = (Field | null)[];

/** Header lookups are per table: remembered for one reading of the page (a pass), not for the table's life. */
export type HeaderCache = WeakMap<Element, Header | null>;

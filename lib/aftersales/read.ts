import {
  columnCells,
  findBlocksGeneric,
  findIdToken,
  labelledValues,
  segments,
  type Field,
  type HeaderCache,
} from '../orders';
import {
  describedMismatch,
  mentionsOutOfStock,
  receiptIn,
  stageOf,
  typeIn,
  type AfterSalesKeywords,
  type AfterSalesType,
  type Stage,
} from './classify';

export interface AfterSalesRequest {
  id: string;
  orderId?: string;
  type: AfterSalesType | null;
  stage: Stage;
  description: string;
  /** The type the buyer's own words ask for, when it differs from the chosen one. */
  mismatch: AfterSalesType | null;
  /** The buyer's sentence that asks for it (their last one naming a type), when there is a mismatch. */
  mismatchWords?: string;
  /** An exchange was asked for and the page shows the item out of stock. */
  exchangeWithoutStock: boolean;
}

export interface ReadRequest {
  element: Element;
  idElement: Element;
  request: AfterSalesRequest;
}

/**
 * Reads an after-sales list: one element per request (found by its request number, else its order
 * number), the chosen type, the buyer's description and whether the goods were received.
 */
export function readAfterSales(root: Element, keywords: AfterSalesKeywords): ReadRequest[] {
  const byRequest = findBlocksGeneric(root, 'requestId');
  const blocks = byRequest.length ? byRequest : findBlocksGeneric(root, 'id');
  const headers: HeaderCache = new WeakMap();
  return blocks.map((block) => {
    const segs = block.parts.flatMap((p) => segments(p));
    const values = labelledValues(segs);
    const rows = block.parts.flatMap((p) =>
      p.tagName === 'TR' ? [p] : Array.from(p.querySelectorAll('tr')),
    );
    const columns = new Map<Field, string>();
    for (const row of rows) {
      for (const [field, cell] of columnCells(row, headers)) {
        if (!columns.has(field)) columns.set(field, (cell.textContent ?? '').trim());
      }
    }
    const value = (field: Field) => values.find((v) => v.field === field)?.raw ?? columns.get(field) ?? '';
    const description = value('description');
    const whole = segs.map((s) => s.text).join(' ');
    // Without a type or receipt column, the rest of the block is read, never the buyer's own words:
    // "I never received it" or "不是换货" in a description say nothing about the page's state.
    const shown = segs.map((s) => s.raw).join(' ');
    const pageText = description ? shown.split(description).join(' ') : shown;
    const type = typeIn(value('requestType') || pageText, keywords);
    const received = receiptIn(value('receipt') || pageText);
    const orderId = findIdToken(value('id'));
    const differs = describedMismatch(type, description, keywords);
    const request: AfterSalesRequest = {
      id: block.id,
      type,
      stage: stageOf(type, received),
      description,
      mismatch: differs?.described ?? null,
      ...(differs ? { mismatchWords: differs.sentence } : {}),
      exchangeWithoutStock: type === 'exchange' && mentionsOutOfStock(whole),
      ...(orderId ? { orderId } : {}),
    };
    return { element: block.element, idElement: block.idElement, request };
  });
}

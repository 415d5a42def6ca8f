import type { OrderBlock } from './blocks';
import { statusesIn } from './fields';
import { labelledValues } from './labels';
import { segments } from './text';

/**
 * UI libraries draw fixed columns as copies of the whole table laid over it (Element UI `.el-table__fixed`,
 * `.el-table__fixed-right`; Ant Design 3 `.ant-table-fixed-left`; vxe-table `--fixed-left-wrapper`): every
 * order row exists two or three times.
 */
const FIXED_COPY = /(^|[\s_-])fixed($|[\s_-])/i;

function inFixedCopy(el: Element, root: Element): boolean {
  for (let e = el.parentElement; e && e !== root; e = e.parentElement)
    if (FIXED_COPY.test(e.getAttribute('class') ?? '')) return true;
  return false;
}

const TIME = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}:\d{2}/;

/** How much a block says about its order besides the number: labelled values, a time, a status. */
function detail(b: OrderBlock): number {
  let n = 0;
  for (const p of b.parts) {
    const segs = segments(p);
    n += labelledValues(segs).filter((v) => v.field !== 'id').length;
    // The segments' text is already width-folded: no second read of the part's text.
    const text = segs.map((s) => s.text).join(' ');
    if (TIME.test(text)) n++;
    if (statusesIn(text).length) n++;
  }
  return n;
}

/**
 * One order shown more than once: kept where it is the order itself. A copy in a fixed-column overlay goes
 * when the row it copies is there; a mention that says much less (a filter chip `订单编号：… ✕`, a "recently
 * viewed" line with a status) goes when a block saying at least twice as much has the same number. Rows that
 * repeat the same number with the same detail (two real rows) both stay. Only numbers found twice are looked
 * at: the common page pays a map.
 */
export function dropDuplicateBlocks(blocks: OrderBlock[], root: Element): OrderBlock[] {
  const byId = new Map<string, OrderBlock[]>();
  for (const b of blocks) {
    const same = byId.get(b.id);
    if (same) same.push(b);
    else byId.set(b.id, [b]);
  }
  if (byId.size === blocks.length) return blocks;
  const drop = new Set<OrderBlock>();
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    const fixed = same.filter((b) => inFixedCopy(b.element, root));
    if (fixed.length < same.length) for (const b of fixed) drop.add(b);
    const left = same.filter((b) => !drop.has(b));
    const details = left.map(detail);
    const most = Math.max(...details);
    left.forEach((b, i) => {
      if ((details[i] ?? 0) * 2 < most) drop.add(b);
    });
  }
  return drop.size ? blocks.filter((b) => !drop.has(b)) : blocks;
}

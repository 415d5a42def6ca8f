import { foldBadge, type BadgeForm } from '@/components/risk-badge';
import { buttonsAfter } from './badge-lines';

/** The widest a badge gets beyond what it shows now: a pending-report note ("Delay report pending"). */
export const PROBE_EXTRA_PX = 150;
/** The room a short form keeps for later, longer countdowns (`21h 59m` where the row said `9m` when placed). */
const SHORT_SLACK_PX = 12;

/**
 * How badges on lines of their own show, per kind of row: in full when every badge of the kind and its buttons,
 * with room for their widest state, end inside their line; else short when the countdown alone (with room for
 * a longer one) does; else as its dot. A fold of one kind can narrow a table column another kind's lines are in,
 * so after each round of folds every kind is checked again (all reads of a round before its folds).
 */
export function settleForms(kinds: readonly (readonly HTMLElement[])[]): BadgeForm[] {
  const forms: BadgeForm[] = kinds.map(() => 'full');
  for (let round = 0; round < 3; round++) {
    const folds = kinds.map(
      (hosts, i) =>
        forms[i] !== 'dot' && hosts.some((h) => h.isConnected && !fitsLine(h, forms[i] as BadgeForm)),
    );
    if (!folds.includes(true)) break;
    kinds.forEach((hosts, i) => {
      if (!folds[i]) return;
      const form = forms[i] === 'full' ? 'short' : 'dot';
      forms[i] = form;
      for (const h of hosts) foldBadge(h, buttonsAfter(h), form);
    });
  }
  return forms;
}

function fitsLine(host: HTMLElement, form: BadgeForm): boolean {
  if (form === 'dot') return true;
  const end = (host.parentElement as Element).getBoundingClientRect().right + 0.5;
  if (form === 'short') return host.getBoundingClientRect().right + SHORT_SLACK_PX <= end;
  const last = buttonsAfter(host).at(-1) ?? host;
  const gap = parseFloat(getComputedStyle(last).marginRight) || 0;
  return last.getBoundingClientRect().right + gap + PROBE_EXTRA_PX <= end;
}

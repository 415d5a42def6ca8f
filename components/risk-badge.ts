import type { Level } from '@/lib/rules/assess';
import { createShadowHost } from './shadow-host';

export const riskBadgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; line-height: 1; }
:host([hidden]) { display: none; }
.badge {
  display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; cursor: help;
  font: 600 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  padding: 1px 7px; border-radius: 10px; border: 1px solid transparent;
}
.badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: currentColor; flex: none; }
.penalty { font-weight: 500; opacity: .85; }
.penalty:empty, .note:empty { display: none; }
.overdue { background: #c62828; color: #fff; }
.urgent { background: #ef6c00; color: #fff; }
.soon { background: #fff4d6; color: #8a5a00; border-color: #f3c766; }
.ok { background: #e7f5ea; color: #1e6b34; border-color: #a9dbb5; }
.done { background: #f1f3f4; color: #5f6368; font-weight: 500; }
.unknown { background: #fff; color: #5f6368; border: 1px dashed #9aa0a6; font-weight: 500; }
.note { font: 500 11px/1.4 system-ui, sans-serif; margin-left: 4px; padding: 1px 6px; border-radius: 10px; background: #e8f0fe; color: #1a56c4; }
.act { font: 500 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin-left: 4px;
  padding: 0 6px; border: 1px solid #c4c7cc; border-radius: 10px; background: #fff; color: #1a73e8; cursor: pointer; }
.act:hover { background: #eef3fd; } .act:focus-visible { outline: 2px solid #1a73e8; }
`;

export interface BadgeAction {
  action: string;
  label: string;
  onClick: () => void;
}

export interface BadgeState {
  level: Level;
  text: string;
  penalty?: string | undefined;
  /** Tooltip: the rule, the deadline and the penalty, one line each. */
  title: string;
  /** Spoken name: the level, then the tooltip. */
  label: string;
  /** A pending delay report, shown beside the countdown. */
  note?: string | undefined;
  actions: readonly BadgeAction[];
}

export interface RiskBadge {
  host: HTMLElement;
  set(state: BadgeState): void;
  /** The per-minute refresh: the countdown text only. */
  setText(text: string): void;
  remove(): void;
}

let template: HTMLTemplateElement | undefined;

/** Built once and cloned: 2,000 badges cost 2,000 clones, not 2,000 × 6 element creations. */
function badgeTemplate(): HTMLTemplateElement {
  if (!template) {
    template = document.createElement('template');
    const badge = document.createElement('span');
    badge.tabIndex = 0;
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.className = 'text';
    const penalty = document.createElement('span');
    penalty.className = 'penalty';
    badge.append(dot, text, penalty);
    const note = document.createElement('span');
    note.className = 'note';
    template.content.append(badge, note);
  }
  return template;
}

/**
 * The colour-coded countdown shown next to an order number, in its own shadow root. Plain DOM, not a
 * component tree: thousands of rows are drawn at once and refreshed every minute, so each update writes
 * only what changed. Every string is set as text, never parsed as HTML.
 */
export function createRiskBadge(options: { hidden?: boolean } = {}): RiskBadge {
  const { host, root } = createShadowHost('sd-badge', riskBadgeCss);
  // Many badges are put on the page hidden and shown together, so the page lays out its list once.
  if (options.hidden) host.hidden = true;
  root.append(badgeTemplate().content.cloneNode(true));
  const badge = root.firstElementChild as HTMLElement;
  const text = badge.children[1]!.appendChild(document.createTextNode(''));
  const penalty = badge.children[2] as HTMLElement;
  const note = root.lastElementChild as HTMLElement;
  let shown: BadgeState | undefined;
  let buttons: HTMLButtonElement[] = [];

  const setActions = (actions: readonly BadgeAction[]) => {
    const same =
      buttons.length === actions.length &&
      actions.every(
        (a, i) => buttons[i]?.dataset.sdAction === a.action && buttons[i]?.textContent === a.label,
      );
    if (same) {
      actions.forEach((a, i) => ((buttons[i] as HTMLButtonElement).onclick = a.onClick));
      return;
    }
    for (const b of buttons) b.remove();
    buttons = actions.map((a) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'act';
      b.setAttribute('data-sd-action', a.action);
      b.textContent = a.label;
      b.onclick = a.onClick;
      return b;
    });
    root.append(...buttons);
  };

  return {
    host,
    set(state) {
      if (shown?.level !== state.level) {
        badge.className = `badge ${state.level}`;
        badge.setAttribute('data-level', state.level);
      }
      if (text.data !== state.text) text.data = state.text;
      const penaltyText = state.penalty ? `· ${state.penalty}` : '';
      if (penalty.textContent !== penaltyText) penalty.textContent = penaltyText;
      if (shown?.title !== state.title) badge.title = state.title;
      const aria = `${state.label}. ${state.title}`;
      if (badge.getAttribute('aria-label') !== aria) badge.setAttribute('aria-label', aria);
      const noteText = state.note ?? '';
      if (note.textContent !== noteText) {
        note.textContent = noteText;
        note.toggleAttribute('data-sd-note', noteText !== '');
      }
      setActions(state.actions);
      shown = state;
    },
    setText(value) {
      if (text.data !== value) text.data = value;
    },
    remove() {
      host.remove();
    },
  };
}

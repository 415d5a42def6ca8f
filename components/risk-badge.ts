import type { Level } from '@/lib/rules/assess';

export const riskBadgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; line-height: 1; }
.badge {
  display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; cursor: help;
  font: 600 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  padding: 1px 7px; border-radius: 10px; border: 1px solid transparent;
}
.badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: currentColor; flex: none; }
.penalty { font-weight: 500; opacity: .85; }
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

export interface RiskBadgeProps {
  level: Level;
  text: string;
  penalty?: string | undefined;
  /** Tooltip: the rule, the deadline and the penalty, one line each. */
  title: string;
  label: string;
  /** A pending delay report, shown beside the countdown. */
  note?: string | undefined;
  actions?: { action: string; label: string; onClick: () => void }[];
}

/** The colour-coded countdown shown next to an order number. Every string arrives as text. */
export function RiskBadge({ level, text, penalty, title, label, note, actions }: RiskBadgeProps) {
  return (
    <>
      <span
        class={`badge ${level}`}
        title={title}
        aria-label={`${label}. ${title}`}
        tabIndex={0}
        data-level={level}
      >
        <span class="dot" aria-hidden="true" />
        <span class="text">{text}</span>
        {penalty ? <span class="penalty">· {penalty}</span> : null}
      </span>
      {note && (
        <span class="note" data-sd-note>
          {note}
        </span>
      )}
      {actions?.map((a) => (
        <button key={a.action} type="button" class="act" data-sd-action={a.action} onClick={a.onClick}>
          {a.label}
        </button>
      ))}
    </>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { renderTemplate } from '@/lib/templates/render';
import type { ComplianceHit } from '@/lib/templates/compliance';
import type { Template } from '@/lib/templates/types';
import { ComplianceWarning } from './ComplianceWarning';
import { PlaceholderForm } from './PlaceholderForm';
import { TemplateList, type TemplateListProps } from './TemplateList';
import { useFixedPanel } from './use-fixed-panel';

export type Stage =
  | { kind: 'list' }
  | { kind: 'fill'; template: Template; text: string; missing: string[] }
  | { kind: 'confirm'; template: Template; text: string; hits: ComplianceHit[] };

interface Props extends TemplateListProps {
  /** The button bar the panel is placed beside. */
  bar: MutableRef<HTMLElement | null>;
  stage: Stage;
  /** Fill-in done or warning accepted: the text to check (fill) or insert (confirm). */
  onFinish: (template: Template, text: string, checked: boolean) => void;
  onBack: () => void;
}

/** The open panel in the top layer: the list, the fill-in form or the compliance warning. */
export function TemplatePanel(props: Props) {
  const { bar, stage, lang, values, t, onFinish, onBack } = props;
  const panel = useRef<HTMLDivElement>(null);
  const place = useFixedPanel(bar, panel);
  // autofocus does not reach into a shadow root: the search box takes focus as the list opens, before the next
  // frame, so the first key the merchant types (or Escape) reaches it. After the panel is shown (above): a
  // popover not yet shown cannot take the focus.
  useLayoutEffect(() => {
    if (stage.kind === 'list')
      panel.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, [stage.kind]);
  return (
    <div
      ref={panel}
      popover="manual"
      class="panel"
      role="dialog"
      aria-label={t('reply.templates')}
      data-sd-reply-lang={lang}
      data-sd-below={place?.top !== undefined ? '' : undefined}
      style={
        place
          ? {
              left: `${place.left}px`,
              width: `${place.width}px`,
              maxHeight: `${place.maxHeight}px`,
              top: place.top === undefined ? 'auto' : `${place.top}px`,
              bottom: place.bottom === undefined ? 'auto' : `${place.bottom}px`,
            }
          : undefined
      }
    >
      {stage.kind === 'list' && <TemplateList {...props} />}
      {stage.kind === 'fill' && (
        <PlaceholderForm
          missing={stage.missing}
          t={t}
          onBack={onBack}
          onDone={(extra) =>
            onFinish(stage.template, renderTemplate(stage.text, { ...values, ...extra }).text, false)
          }
        />
      )}
      {stage.kind === 'confirm' && (
        <ComplianceWarning
          hits={stage.hits}
          t={t}
          onBack={onBack}
          onInsert={() => onFinish(stage.template, stage.text, true)}
        />
      )}
    </div>
  );
}

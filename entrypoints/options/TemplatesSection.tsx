import { useMemo, useState } from 'preact/hooks';
import { plural, type Locale, type Translate } from '@/lib/i18n';
import { sameValue } from '@/lib/values/same-value';
import { defaultTemplates } from '@/lib/templates/defaults';
import type { TemplateUsage } from '@/lib/store/schema';
import type { Template } from '@/lib/templates/types';
import { situations } from '@/lib/templates/types';
import { failureText } from '@/components/store-failure';
import { storeErrorCode } from '@/lib/store/errors';
import { downloadBackup } from './backup-download';
import { TemplateEditor } from './TemplateEditor';
import type { PageZone } from '@/lib/time/zone';

interface Props {
  templates: Template[];
  usage: TemplateUsage[];
  t: Translate;
  locale: Locale;
  zone: PageZone;
  /** Bumped by the page after a conflict: open editors start again from the stored version. */
  revision: number;
  /** `base`: the template as the editor loaded it (`null`: a new one). */
  onSave: (template: Template, base: Template | null) => Promise<Template>;
  onDelete: (template: Template) => Promise<void>;
  onRestore: () => Promise<unknown>;
}

const titleOf = (tpl: Template, locale: Locale) =>
  tpl.title[locale] ?? tpl.title.zh_CN ?? tpl.title.en ?? tpl.id;

/** The library, grouped by situation and searchable, beside the editor of the chosen template. */
export function TemplatesSection({
  templates,
  usage,
  t,
  locale,
  zone,
  revision,
  onSave,
  onDelete,
  onRestore,
}: Props) {
  const [query, setQuery] = useState('');
  const [confirmRestore, setConfirmRestore] = useState(false);
  /** A backup that could not be made is said before the merchant goes on to restore. */
  const [backupFailure, setBackupFailure] = useState('');
  /** Bumped by a restore so an open editor shows the restored wording instead of its draft. */
  const [generation, setGeneration] = useState(0);
  /**
   * What the merchant had typed when another tab saved the same template first. The editor starts again from
   * the newer version (nothing is overwritten unseen) and offers this back: a long reply is not typed twice.
   */
  const [kept, setKept] = useState<Template | null>(null);
  const save = async (template: Template, base: Template | null) => {
    try {
      return await onSave(template, base);
    } catch (e) {
      if (storeErrorCode(e) === 'conflict') setKept(template);
      throw e;
    }
  };
  const [selected, setSelected] = useState<string | null>(
    () => situations.flatMap((s) => templates.filter((tpl) => tpl.situation === s))[0]?.id ?? null,
  );
  const uses = useMemo(() => new Map(usage.map((u) => [u.templateId, u.count])), [usage]);
  const q = query.trim().toLowerCase();
  const matches = (tpl: Template) =>
    !q || [...Object.values(tpl.title), ...Object.values(tpl.text)].some((s) => s?.toLowerCase().includes(q));
  /** A new template exists only in its editor until Save is pressed (nothing half-made is stored). */
  const [fresh, setFresh] = useState<Template | null>(null);
  const stored = templates.find((tpl) => tpl.id === selected);
  const current = stored ?? (fresh?.id === selected ? fresh : undefined);
  /** What the last restore did, said next to the button. */
  const [restored, setRestored] = useState('');

  const create = () => {
    const template: Template = {
      id: `custom.${Date.now().toString(36)}`,
      situation: 'reminder-in-stock',
      builtIn: false,
      title: { [locale]: t('options.tpl.newTitle') },
      text: { [locale]: '' },
    };
    setFresh(template);
    setSelected(template.id);
  };
  const select = (id: string) => {
    setSelected(id);
    setFresh(null);
  };

  const restore = async () => {
    setConfirmRestore(false);
    // Counted before: the built-ins whose stored wording differs from the original, or that are gone.
    const count = defaultTemplates.filter((d) => {
      const mine = templates.find((tpl) => tpl.id === d.id);
      return !mine || !sameValue(mine, d);
    }).length;
    try {
      await onRestore();
    } catch {
      return setRestored(t('storage.notSaved'));
    }
    setGeneration(generation + 1);
    setRestored(
      count === 0 ? t('options.tpl.restoredNone') : plural(t, locale, 'options.tpl.restored', count),
    );
  };

  return (
    <div class="templates">
      <div class="template-list">
        <input
          type="search"
          placeholder={t('reply.search')}
          aria-label={t('reply.search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="list-actions">
          <button type="button" data-action="new-template" onClick={create}>
            {t('options.tpl.new')}
          </button>
          <button
            type="button"
            onClick={() => {
              setRestored('');
              setConfirmRestore(true);
            }}
          >
            {t('options.tpl.restore')}
          </button>
        </div>
        {restored && (
          <p role="status" class="message" data-restore-message>
            {restored}
          </p>
        )}
        {confirmRestore && (
          <div class="confirm" role="alertdialog" aria-label={t('options.tpl.restore')}>
            <p>{t('options.tpl.restoreWarning')}</p>
            {backupFailure && (
              <p role="alert" class="error-text">
                {backupFailure}
              </p>
            )}
            <div class="row">
              <button
                type="button"
                onClick={() =>
                  void downloadBackup('templates').then(
                    () => setBackupFailure(''),
                    (e: unknown) => setBackupFailure(failureText(e, t)),
                  )
                }
              >
                {t('options.backup.first')}
              </button>
              <button
                type="button"
                class="danger"
                data-action="confirm-restore"
                onClick={() => void restore()}
              >
                {t('options.tpl.restore')}
              </button>
              <button type="button" onClick={() => setConfirmRestore(false)}>
                {t('options.cancel')}
              </button>
            </div>
          </div>
        )}
        {situations.map((situation) => {
          const group = templates.filter((tpl) => tpl.situation === situation && matches(tpl));
          if (!group.length) return null;
          return (
            <div key={situation} class="group">
              <h4>{t(`situation.${situation}`)}</h4>
              <ul>
                {group.map((tpl) => (
                  <li key={tpl.id}>
                    <button
                      type="button"
                      class={tpl.id === selected ? 'item active' : 'item'}
                      data-template-id={tpl.id}
                      aria-current={tpl.id === selected}
                      onClick={() => select(tpl.id)}
                    >
                      <span>{titleOf(tpl, locale)}</span>
                      <span class="muted small">
                        {t('options.tpl.used', { count: uses.get(tpl.id) ?? 0 })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {current ? (
        <TemplateEditor
          key={`${current.id}:${generation}:${revision}`}
          template={current}
          t={t}
          uiLocale={locale}
          zone={zone}
          isNew={!stored}
          onSave={async (template, base) => {
            const saved = await save(template, base);
            setFresh(null);
            return saved;
          }}
          {...(kept?.id === current.id ? { kept, onKept: () => setKept(null) } : {})}
          {...(current.builtIn ? {} : { onDelete: () => onDelete(current) })}
        />
      ) : (
        <p class="muted">{t('reply.noTemplates')}</p>
      )}
    </div>
  );
}

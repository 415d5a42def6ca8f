import type { Translate } from '@/lib/i18n';

export const sections = ['rules', 'templates', 'sites', 'settings', 'backup'] as const;
export type Section = (typeof sections)[number];

/** The section named in the address (`#templates`), else the rules. */
export const sectionInAddress = (): Section => {
  const hash = location.hash.slice(1);
  return (sections as readonly string[]).includes(hash) ? (hash as Section) : 'rules';
};

/** The page's sections, the current one marked for screen readers as well as by colour. */
export function SideNav({
  section,
  t,
  onGo,
}: {
  section: Section;
  t: Translate;
  onGo: (s: Section) => void;
}) {
  return (
    <nav class="side" aria-label={t('options.title')}>
      <h1>{t('options.title')}</h1>
      {sections.map((s) => (
        <button
          key={s}
          type="button"
          class={s === section ? 'active' : ''}
          aria-current={s === section ? 'page' : undefined}
          data-section={s}
          onClick={() => onGo(s)}
        >
          {t(`options.section.${s}`)}
        </button>
      ))}
    </nav>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { uiLocale } from '@/components/locale';
import { pageCss } from '@/components/page-styles';
import { StoreNotice, storeNoticeCss } from '@/components/StoreNotice';
import { createTranslator, intlLocale } from '@/lib/i18n';
import { optionsCss } from './options-styles';
import { SectionView } from './SectionView';
import type { KeptSettings } from './settings-draft';
import { sectionInAddress, SideNav, type Section } from './SideNav';
import { useKeptDraft } from './use-kept-draft';
import { useOptionsData } from './use-options-data';

/** The options page: a section chosen in the side navigation (and in the address), the notice of a failed write. */
export function Options() {
  const store = useOptionsData();
  const { data, notice } = store;
  const [section, setSection] = useState<Section>(sectionInAddress);
  /** The settings the merchant changed when another tab saved first: offered back in the new form. */
  const keptSettings = useKeptDraft<KeptSettings>();
  useEffect(() => {
    const follow = () => setSection(sectionInAddress());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  if (!data)
    return (
      <main>
        <style>{pageCss + optionsCss + storeNoticeCss}</style>
        <StoreNotice {...notice} />
      </main>
    );
  const locale = uiLocale(data.settings);
  document.documentElement.lang = intlLocale(locale);
  const t = createTranslator(locale);
  document.title = t('options.title');
  const go = (s: Section) => {
    setSection(s);
    history.replaceState(null, '', `#${s}`);
  };

  return (
    <div class="layout">
      <style>{pageCss + optionsCss + storeNoticeCss}</style>
      <SideNav section={section} t={t} onGo={go} />
      <main>
        <StoreNotice {...notice} />
        <h2>{t(`options.section.${section}`)}</h2>
        <SectionView
          section={section}
          data={data}
          store={store}
          keptSettings={keptSettings}
          t={t}
          locale={locale}
        />
      </main>
    </div>
  );
}

import { catalogs, supportedLocales } from './index';

/** `_locales/<lang>/messages.json` for the manifest's name and description, built from locales/. */
export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return supportedLocales.map((locale) => {
    const { extName, extDescription } = catalogs[locale].manifest;
    const messages = {
      extName: { message: extName },
      extDescription: { message: extDescription },
      commandOpenTemplates: { message: catalogs[locale].reply.shortcut },
    };
    return { relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 2) };
  });
}

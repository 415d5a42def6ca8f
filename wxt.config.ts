import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptHosts, demoHosts } from './lib/platforms/hosts';
import { manifestLocaleFiles } from './lib/i18n/manifest-locales';

// Demo and test builds also run on the bundled demo back-office (DESIGN.md: `--mode demo`).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // SD_NO_MINIFY=1: readable names in CPU profiles (scripts/profile-once.mjs).
  vite: () => ({ plugins: [preact()], build: { minify: process.env.SD_NO_MINIFY ? false : undefined } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the last storage problem outlives the service worker (storage.session; no install warning).
    permissions: ['alarms', 'unlimitedStorage', 'scripting', 'notifications', 'storage'],
    // The content scripts' own hosts, no more: Chromium lets scripting.executeScript put them into tabs
    // already open during an install or update only with host permissions (the same sites, the same
    // install warning). Firefox injects into open tabs by itself and needs nothing extra.
    ...(browser === 'firefox' ? {} : { host_permissions: contentScriptHosts }),
    // Sites the merchant adds in the options page; each is requested at the moment it is added.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Extension pages run only the extension's own scripts; nothing is fetched or evaluated from elsewhere.
    ...(browser === 'firefox'
      ? { content_security_policy: "script-src 'self'; object-src 'self'" }
      : {
          content_security_policy: {
            extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
          },
        }),
    commands: {
      'open-templates': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenTemplates__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Seller Desk sends nothing anywhere: everything stays in the browser (AMO's data consent). The key
            // exists from Firefox 140 (ESR 140; 115 ESR has ended) and Firefox for Android 142.
            gecko: {
              id: 'seller-desk@seller-desk.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts run inside the merchant's page on every load: they use the browser's own promise-based
    // API (Chrome MV3, Firefox) instead of webextension-polyfill, which would add ~8 KB gzipped to each.
    // They only send messages and read the manifest, which behave the same with and without it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        const kept = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
        config.resolve = { ...config.resolve, alias: kept };
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...demoHosts];
      }
      if (manifest.host_permissions) manifest.host_permissions = [...manifest.host_permissions, ...demoHosts];
    },
  },
});

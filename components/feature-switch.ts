import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '@/lib/platforms/types';
import type { FeatureName } from '@/lib/settings';
import { watchPageConfig } from './catalogs';

/**
 * Runs a feature on this page while the merchant's switch for it is on, and follows the switch live: switched
 * off in the options page, the feature stops (and removes what it drew); switched on again, it starts again,
 * without a reload. The feature starts at once, before the settings arrive (the default is on, and the first
 * rows must not wait for a message round trip); it reads its own settings and may stop itself when off. A content
 * script replaced by a newer copy (the extension updated) stops following: the newer copy has its own switch.
 */
export function whileSwitchedOn(
  ctx: ContentScriptContext,
  platform: Platform,
  feature: FeatureName,
  start: () => () => void,
): () => void {
  let stopFeature: (() => void) | undefined = start();
  const stopWatching = watchPageConfig(
    platform,
    (config) => {
      const on = config.settings.features[feature];
      if (on && !stopFeature && !ctx.isInvalid) stopFeature = start();
      if (!on && stopFeature) {
        stopFeature();
        stopFeature = undefined;
      }
    },
    // Settings unavailable: the feature keeps running with what it has.
    () => undefined,
  );
  const stop = () => {
    stopWatching();
    stopFeature?.();
    stopFeature = undefined;
  };
  ctx.onInvalidated(stop);
  return stop;
}

import { provideLazyUi } from '@/components/lazy-ui';
import { presetRules } from '@/lib/rules/presets';

/**
 * The default rules, for an order page whose merchant's rules and settings could not be had (the store failed):
 * its rows are then marked with these, without badges. Every other page gets the merchant's own rules with its
 * settings, so the orders script does not carry the defaults (their sources and quotes) into every page load.
 */
export default defineUnlistedScript(() => provideLazyUi('preset-rules', () => presetRules));

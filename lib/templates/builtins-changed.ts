import { sameValue } from '../values/same-value';
import { defaultTemplates } from './defaults';
import type { Template } from './types';

/** How many built-in templates a restore would bring back: those reworded since, or deleted. */
export const changedBuiltIns = (templates: readonly Template[]): number =>
  defaultTemplates.filter((d) => {
    const mine = templates.find((tpl) => tpl.id === d.id);
    return !mine || !sameValue(mine, d);
  }).length;

import { presetRules } from '../rules/presets';
import type { Rule } from '../rules/types';
import { defaultTemplates } from '../templates/defaults';
import type { Template } from '../templates/types';
import type { Db } from './db';
import { sameValue } from '../values/same-value';

/**
 * Brings the shipped defaults into the store after an update: new presets and templates are added,
 * untouched ones follow the new defaults, anything the merchant edited is left exactly as it is.
 */
export async function syncPresets(db: Db): Promise<{ added: string[]; updated: string[] }> {
  const tx = db.transaction(['rules', 'templates'], 'readwrite');
  const added: string[] = [];
  const updated: string[] = [];
  const sync = async <T extends { id: string; edited?: boolean }>(
    store: 'rules' | 'templates',
    defaults: readonly T[],
  ) => {
    const os = tx.objectStore(store);
    for (const preset of defaults) {
      const existing = (await os.get(preset.id)) as T | undefined;
      if (!existing) {
        await os.put(structuredClone(preset) as never);
        added.push(preset.id);
      } else if (!existing.edited && !sameValue(existing, preset)) {
        await os.put(structuredClone(preset) as never);
        updated.push(preset.id);
      } else if (existing.edited && store === 'templates' && !('platforms' in existing)) {
        // A built-in edited before templates had a platform scope keeps its words, and takes the scope of the
        // advice it was written from (an edited JD "refund within 48 h" is still JD's, never for a PDD buyer).
        const scope = (preset as Partial<Template>).platforms;
        if (scope?.length) {
          await os.put({ ...existing, platforms: [...scope] } as never);
          updated.push(preset.id);
        }
      }
    }
  };
  await sync<Rule>('rules', presetRules);
  await sync<Template>('templates', defaultTemplates);
  await tx.done;
  return { added, updated };
}

/** Puts one rule back to its preset; null when the id is not a preset (a merchant's own rule). */
export async function resetRule(db: Db, id: string): Promise<Rule | null> {
  const preset = presetRules.find((r) => r.id === id);
  if (!preset) return null;
  const rule = structuredClone(preset);
  await db.put('rules', rule);
  return rule;
}

/** Restores every built-in template to its default wording (the merchant's own templates stay). */
export async function restoreDefaultTemplates(db: Db): Promise<Template[]> {
  const tx = db.transaction('templates', 'readwrite');
  await Promise.all(defaultTemplates.map((t) => tx.store.put(structuredClone(t))));
  await tx.done;
  return db.getAll('templates');
}

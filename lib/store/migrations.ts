import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { presetRules } from '../rules/presets';
import { defaultSettings, type Settings } from '../settings';
import { settingsFromLegacy } from '../settings/legacy';
import { defaultTemplates } from '../templates/defaults';
import type { SellerDeskDB } from './schema';

type UpgradeTx = IDBPTransaction<SellerDeskDB, StoreNames<SellerDeskDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<SellerDeskDB>, tx: UpgradeTx) => void;

/**
 * One step per schema version, run in order inside the upgrade transaction. Never edit a released
 * step: add the next one, with a test that opens a database written by the previous version.
 */
export const migrations: Step[] = [
  // v1: every store, seeded with the presets, the starter templates and default settings.
  (db, tx) => {
    db.createObjectStore('rules', { keyPath: 'id' });
    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('sites', { keyPath: 'id' });
    db.createObjectStore('orders', { keyPath: 'key' }).createIndex('seenAt', 'seenAt');
    db.createObjectStore('reports', { keyPath: 'id' }).createIndex('orderKey', 'orderKey');
    db.createObjectStore('usage', { keyPath: 'templateId' });
    db.createObjectStore('settings', { keyPath: 'key' });
    for (const rule of presetRules) void tx.objectStore('rules').put(structuredClone(rule));
    for (const template of defaultTemplates) void tx.objectStore('templates').put(structuredClone(template));
    void tx.objectStore('settings').put({ key: 'app', value: { ...defaultSettings } });
  },
  // v2: templates are looked up by situation (the reply helper suggests by situation); the settings
  // record gains the notification lead time and quiet hours, filled with their defaults.
  (_db, tx) => {
    tx.objectStore('templates').createIndex('situation', 'situation');
    const settings = tx.objectStore('settings');
    void settings.get('app').then((record) => {
      if (record) void settings.put({ key: 'app', value: { ...defaultSettings, ...record.value } });
    });
  },
  // v3: which notifications went out (order, event, deadline), so none is repeated after the service
  // worker restarts.
  (db) => {
    db.createObjectStore('notified', { keyPath: 'key' }).createIndex('at', 'at');
  },
  // v4: the page's time is an IANA zone, not a fixed offset (daylight saving): the stored offset becomes the
  // zone with that offset (480 → Asia/Shanghai, whole hours → Etc/GMT∓h; settings/legacy.ts).
  (_db, tx) => {
    const settings = tx.objectStore('settings');
    void settings.get('app').then((record) => {
      if (record) void settings.put({ key: 'app', value: settingsFromLegacy(record.value) as Settings });
    });
  },
];

export const DB_VERSION = migrations.length;

export function upgrade(
  db: IDBPDatabase<SellerDeskDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let v = oldVersion; v < newVersion; v++) migrations[v]?.(db, tx);
}

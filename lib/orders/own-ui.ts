/**
 * Our own UI (badges, panels, notices) carries this attribute; the readers never read it back. A module of its
 * own, open to the whole product like types.ts: the UI marks its elements without loading the readers.
 */
export const OWN_UI_ATTR = 'data-sd-ui';

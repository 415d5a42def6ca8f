export function manifestLocaleFiles() { return []; }

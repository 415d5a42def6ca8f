/** Placeholder values for one order; a missing or empty value blocks insertion (no holes in a reply). */
export type TemplateValues = Partial<Record<string, string>>;

export interface Rendered {
  text: string;
  /** Placeholders with no value, in order of appearance, each once. */
  missing: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
}

/** Fills `{name}` from `values`. Values are plain text and stay so: nothing here is ever parsed as HTML. */
export function renderTemplate(text: string, values: TemplateValues): Rendered {
  const missing = placeholdersIn(text).filter((name) => !values[name]?.trim());
  const rendered = text.replace(PLACEHOLDER, (m, name: string) => values[name]?.trim() || m);
  return { text: rendered, missing };
}

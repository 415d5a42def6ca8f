/** What `h` accepts as a child: elements, and strings (always inserted as text, never parsed as HTML). */
export type Child = Node | string | false | null | undefined;

/**
 * A small element builder for the content scripts' few pieces of UI (no framework runtime on every page):
 * string attributes, `on<Event>` listeners, children appended as nodes or text.
 */
export function h(
  tag: string,
  attrs: Record<string, string | ((event: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value !== undefined) el.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child != null) el.append(child);
  return el;
}

/** Replaces what a shadow root shows (its fallback `<style>`, where there is one, stays). */
export function show(root: ShadowRoot, ...nodes: Node[]): void {
  for (const node of Array.from(root.childNodes)) if (node.nodeName !== 'STYLE') node.remove();
  root.append(...nodes);
}

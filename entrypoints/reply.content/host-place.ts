/** Up to how many flex rows the helper steps out of: past that, the line is the page's whole layout. */
const MAX_STEPS = 3;

const rowLine = (el: Element) => {
  const s = getComputedStyle(el);
  return /flex/.test(s.display) && !s.flexDirection.startsWith('column');
};

/**
 * Puts the helper's host after the reply box without taking any of the box's room. Beside the box in a flex
 * row (box + send button), the host would be one more item and the row would shrink the box to make room: the
 * host goes after the row instead, so the bar sits under it. In a column or a grid it keeps a line of its own.
 */
export function placeHelperHost(box: HTMLElement, host: HTMLElement): void {
  let after: Element = box;
  for (let i = 0; i < MAX_STEPS; i++) {
    const parent = after.parentElement;
    if (!parent || parent === document.body || !rowLine(parent)) break;
    after = parent;
  }
  after.insertAdjacentElement('afterend', host);
  const parent = host.parentElement;
  if (!parent) return;
  const display = getComputedStyle(parent).display;
  if (rowLine(parent)) {
    // Rows nested deeper than MAX_STEPS: an item of no width whose bar overflows, never squeezing the box.
    host.style.setProperty('flex', '0 0 0px');
    host.style.setProperty('width', '0');
    host.style.setProperty('min-width', '0');
    host.style.setProperty('white-space', 'nowrap');
  } else if (/flex/.test(display)) host.style.setProperty('flex', 'none');
  else if (/grid/.test(display)) host.style.setProperty('grid-column', '1 / -1');
}

import { describe, expect, it } from 'vitest';
import { placePanel } from '../../components/panel-placement';

const screen = { width: 1280, height: 800 };
const want = { width: 380, maxHeight: 360 };

describe('the templates panel stays whole on screen', () => {
  it('opens above a reply box at the bottom of the window, from the button’s left edge', () => {
    expect(placePanel({ top: 700, bottom: 724, left: 300 }, screen, want)).toEqual({
      left: 0,
      width: 380,
      maxHeight: 360,
      below: false,
    });
  });

  it('a chat drawer docked at the right edge: shifted left to end 8 px inside the window', () => {
    const p = placePanel({ top: 700, bottom: 724, left: 1140 }, screen, want);
    expect(1140 + p.left + p.width).toBe(1272);
  });

  it('a reply bar at the top of the window: opens below, never above the top edge', () => {
    const p = placePanel({ top: 4, bottom: 28, left: 40 }, screen, want);
    expect(p.below).toBe(true);
    expect(p.maxHeight).toBe(360);
  });

  it('a narrow window: as wide as the window allows, from its left margin', () => {
    const p = placePanel({ top: 600, bottom: 624, left: 100 }, { width: 320, height: 640 }, want);
    expect(p).toMatchObject({ width: 304, left: -92 });
  });
});

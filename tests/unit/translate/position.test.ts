import { describe, expect, it } from 'vitest';
import { placeBubble } from '../../../utils/translate/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 200 };

describe('placeBubble', () => {
  it('goes just under the selection when there is room', () => {
    expect(placeBubble({ top: 100, bottom: 120, left: 50, right: 400 }, size, viewport)).toEqual({ top: 128, left: 50 });
  });

  it('goes above the selection near the bottom of the viewport', () => {
    expect(placeBubble({ top: 700, bottom: 720, left: 50, right: 400 }, size, viewport)).toEqual({ top: 492, left: 50 });
  });

  it('stays inside the viewport at the right edge and when the selection scrolled away', () => {
    expect(placeBubble({ top: 100, bottom: 120, left: 900, right: 990 }, size, viewport).left).toBe(612);
    expect(placeBubble({ top: -500, bottom: -480, left: -40, right: 100 }, size, viewport)).toEqual({ top: 8, left: 8 });
  });
});

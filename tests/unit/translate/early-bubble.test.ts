import { describe, expect, it, vi } from 'vitest';
import { loadBubbleScriptEarly, type InjectFiles } from '../../../utils/translate/early-bubble';
import { MENU_REPLACE, MENU_TRANSLATE, TRANSLATE_UI_SCRIPT } from '../../../utils/translate/menu-ids';
import { unhandledRejectionsDuring } from '../support/unhandled-rejections';

// The bootstrap starts the bubble's script in the page while the worker evaluates its engine
// (utils/translate/early-bubble.ts, entrypoints/background.ts).

function recorder() {
  const injections: Parameters<InjectFiles>[0][] = [];
  const inject: InjectFiles = vi.fn(async (injection) => void injections.push(injection));
  return { inject, injections };
}

describe('the bubble script loaded while the engine loads', () => {
  it.each([MENU_TRANSLATE, MENU_REPLACE])('is injected into the clicked frame for %s', (menuItemId) => {
    const { inject, injections } = recorder();
    loadBubbleScriptEarly(inject, [{ menuItemId, frameId: 4 }, { id: 12 }]);
    expect(injections).toEqual([{ target: { tabId: 12, frameIds: [4] }, files: [TRANSLATE_UI_SCRIPT] }]);
  });

  it('goes to the top frame when the click names none', () => {
    const { inject, injections } = recorder();
    loadBubbleScriptEarly(inject, [{ menuItemId: MENU_TRANSLATE }, { id: 12 }]);
    expect(injections[0]?.target).toEqual({ tabId: 12, frameIds: [0] });
  });

  it('is not injected for another menu item, or without a tab', () => {
    const { inject } = recorder();
    loadBubbleScriptEarly(inject, [{ menuItemId: 'parley-translate-page', frameId: 0 }, { id: 12 }]);
    loadBubbleScriptEarly(inject, [{ menuItemId: MENU_TRANSLATE }, undefined]);
    expect(inject).not.toHaveBeenCalled();
  });

  it('lets a refused injection pass quietly (the engine then explains it)', async () => {
    // A plain function, not vi.fn: a spy settles the promises it returns, which would hide an unhandled rejection.
    let tried = 0;
    const refused: InjectFiles = () => {
      tried += 1;
      return Promise.reject(new Error('Cannot access a chrome:// URL'));
    };
    expect(await unhandledRejectionsDuring(() => loadBubbleScriptEarly(refused, [{ menuItemId: MENU_TRANSLATE }, { id: 1 }]))).toEqual([]);
    expect(tried).toBe(1);
  });
});

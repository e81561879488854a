// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageTranslateSection } from '../../../components/page-translate/PageTranslateSection';

// The popup's Show and Style pickers (components/page-translate/PageTranslateSection.tsx).
// Two quick picks once raced: the second sent the first field's old value and undid it.

afterEach(cleanup);

type Look = { display: string; style: string };
type Envelope = { type: string; payload: unknown };

/** A background that saves looks as they come and answers state requests only when told to. */
function background() {
  const saved: Look = { display: 'bilingual', style: 'plain' };
  const displayRequests: unknown[] = [];
  const heldStateAnswers: Array<() => void> = [];
  fakeBrowser.runtime.onMessage.addListener(((message: Envelope, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (message.type === 'page-translate/display') {
      displayRequests.push(message.payload);
      Object.assign(saved, message.payload);
      sendResponse({ ok: true, data: {} });
      return true;
    }
    if (message.type === 'page-translate/state') {
      // The answer holds the look as it was when asked, as a real read from storage would.
      const answer = { origin: 'https://example.org', rule: 'ask', progress: null, enabled: true, ...saved };
      heldStateAnswers.push(() => sendResponse({ ok: true, data: answer }));
      return true;
    }
    return undefined;
  }) as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
  const answerAll = () => act(() => heldStateAnswers.splice(0).forEach((answer) => answer()));
  return { saved, displayRequests, heldStateAnswers, answerAll };
}

/** The two selects, in the order the section shows them (their labels also hold the options' text). */
function picker(name: 'Show' | 'Translation style'): HTMLSelectElement {
  const [show, style] = screen.getAllByRole<HTMLSelectElement>('combobox');
  if (!show || !style) throw new Error('the look pickers are not shown');
  return name === 'Show' ? show : style;
}

/** Renders the section and answers its first state request: the saved look is shown. */
async function showSection(server: ReturnType<typeof background>): Promise<void> {
  render(<PageTranslateSection tabId={7} />);
  await waitFor(() => expect(server.heldStateAnswers.length).toBe(1));
  await server.answerAll();
  await waitFor(() => expect(picker('Show').value).toBe('bilingual'));
}

describe('the page look pickers in the popup', () => {
  it('two quick picks each send only their own field, and both stay shown and saved', async () => {
    const server = background();
    await showSection(server);

    fireEvent.change(picker('Show'), { target: { value: 'translation-only' } });
    fireEvent.change(picker('Translation style'), { target: { value: 'dimmed' } });
    expect(picker('Show').value).toBe('translation-only');
    expect(picker('Translation style').value).toBe('dimmed');
    await waitFor(() => expect(server.displayRequests).toEqual([{ display: 'translation-only' }, { style: 'dimmed' }]));
    expect(server.saved).toEqual({ display: 'translation-only', style: 'dimmed' });

    await waitFor(() => expect(server.heldStateAnswers.length).toBeGreaterThan(0));
    await server.answerAll();
    expect(picker('Show').value).toBe('translation-only');
    expect(picker('Translation style').value).toBe('dimmed');
  });

  it('a state answer asked for before a pick does not put the old look back', async () => {
    const server = background();
    await showSection(server);

    // The one-second poll asks while the look is still the old one...
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_100)));
    expect(server.heldStateAnswers.length).toBe(1);
    const staleAnswer = server.heldStateAnswers.shift();
    // ...the user picks, and the old answer arrives afterwards.
    fireEvent.change(picker('Show'), { target: { value: 'translation-only' } });
    await act(async () => staleAnswer?.());
    expect(picker('Show').value).toBe('translation-only');
  });
});

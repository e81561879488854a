import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuiltinProvider } from '../../../utils/builtin/builtin-provider';
import type { GenerateRequest } from '../../../utils/llm/provider';
import { fakeLanguageModel, fakeTranslator } from './fake-browser-ai';
import { parleyErrorOf } from './parley-error-of';

afterEach(() => vi.unstubAllGlobals());

const TEXT = 'Merci pour votre message.';

function translation(sourceLanguage: string | undefined): GenerateRequest {
  return {
    feature: 'translate',
    messages: [{ role: 'user', content: `Translate: ${TEXT}` }],
    translation: { text: TEXT, sourceLanguage, targetLanguage: 'en' },
  };
}

const reply: GenerateRequest = {
  feature: 'replies',
  messages: [
    { role: 'system', content: 'Suggest a reply in French.' },
    { role: 'user', content: 'Bonjour, pouvez-vous confirmer la réunion ?' },
  ],
};


/** chrome.i18n.detectLanguage is overloaded (promise and callback); the provider uses the promise form. */
function detectAs(result: Browser.i18n.LanguageDetectionResult) {
  const detect = async (_text: string) => result;
  vi.spyOn(fakeBrowser.i18n, 'detectLanguage').mockImplementation(detect as typeof fakeBrowser.i18n.detectLanguage);
}

const signal = () => new AbortController().signal;

describe('BuiltinProvider translating', () => {
  it('translates a pair already on the device, streaming pieces, says it is on-device, and counts no tokens', async () => {
    const { api } = fakeTranslator({ availability: 'available' });
    const provider = new BuiltinProvider();
    const parts = [];
    for await (const part of provider.stream(translation('fr'), signal())) parts.push(part);
    expect(parts).toEqual([
      { type: 'text', text: 'Thank you ' },
      { type: 'text', text: 'for your message.' },
      { type: 'finish', finishReason: 'stop', usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 } },
    ]);
    expect(provider.label).toBe('On-device (Chrome)');
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ sourceLanguage: 'fr', targetLanguage: 'en' }));
  });

  it('falls back to translate() where translateStreaming is not offered', async () => {
    fakeTranslator({ availability: 'available', streaming: false });
    expect((await new BuiltinProvider().complete(translation('fr'), signal())).text).toBe('Thank you for your message.');
  });

  it('offers the download for a downloadable pair, without trying to download from the background', async () => {
    const { api } = fakeTranslator({ availability: 'downloadable' });
    const error = await parleyErrorOf(new BuiltinProvider().complete(translation('fr'), signal()));
    expect(error.data).toMatchObject({ code: 'unsupported', action: 'open-settings' });
    expect(error.message).toBe(
      "French → English can run on this device after a one-time download of its language pack. Download it, or add a provider in Parley's settings.",
    );
    expect(api.create).not.toHaveBeenCalled();
  });

  it('says a pack that is still downloading is not ready yet', async () => {
    fakeTranslator({ availability: 'downloading' });
    const error = await parleyErrorOf(new BuiltinProvider().complete(translation('fr'), signal()));
    expect(error.message).toContain('The French → English language pack is still downloading to this device');
  });

  it('says the device cannot translate a pair Chrome does not offer', async () => {
    fakeTranslator({ availability: 'unavailable' });
    const error = await parleyErrorOf(new BuiltinProvider().complete(translation('fr'), signal()));
    expect(error.message).toBe("Chrome cannot translate French → English on this device. Add a provider in Parley's settings to translate it.");
  });

  it('says the browser has no on-device translator when the API is absent', async () => {
    vi.stubGlobal('Translator', undefined);
    const error = await parleyErrorOf(new BuiltinProvider().complete(translation('fr'), signal()));
    expect(error.message).toContain('This browser has no on-device translator');
  });

  it("detects the source language with the browser's own detector when the flow did not say", async () => {
    const { api } = fakeTranslator({ availability: 'available' });
    detectAs({ isReliable: true, languages: [{ language: 'fr', percentage: 97 }] });
    await new BuiltinProvider().complete(translation(undefined), signal());
    expect(api.availability).toHaveBeenCalledWith({ sourceLanguage: 'fr', targetLanguage: 'en' });
  });

  it('asks for the source language when detection cannot tell', async () => {
    fakeTranslator({ availability: 'available' });
    detectAs({ isReliable: false, languages: [] });
    const error = await parleyErrorOf(new BuiltinProvider().complete(translation(undefined), signal()));
    expect(error.message).toContain('could not tell which language this text is in');
  });

  it('turns a failure inside the browser model into a message with a retry', async () => {
    const { api } = fakeTranslator({ availability: 'available' });
    api.create.mockRejectedValueOnce(new DOMException('The model crashed.', 'OperationError'));
    const error = await parleyErrorOf(new BuiltinProvider().complete(translation('fr'), signal()));
    expect(error.data).toMatchObject({ code: 'unsupported', action: 'retry' });
    expect(error.message).toContain('Chrome said: The model crashed.');
  });
});

describe('BuiltinProvider for chat and replies', () => {
  it('answers through the on-device model, with the system text as the session start', async () => {
    const { sessions } = fakeLanguageModel('available');
    const completion = await new BuiltinProvider().complete(reply, signal());
    expect(completion.text).toBe('Bonjour Claire,');
    expect(sessions[0]?.initialPrompts).toEqual([{ role: 'system', content: 'Suggest a reply in French.' }]);
    expect(sessions[0]?.prompts).toEqual(['Bonjour, pouvez-vous confirmer la réunion ?']);
  });

  it.each([
    ['unavailable', 'Suggested replies cannot run on this device'],
    ['downloadable', 'after a one-time download of Chrome\'s on-device model'],
    ['downloading', "Chrome's on-device model is still downloading"],
  ] as const)('refuses replies when the model is %s, saying why', async (state, expected) => {
    const { api } = fakeLanguageModel(state);
    const error = await parleyErrorOf(new BuiltinProvider().complete(reply, signal()));
    expect(error.data.code).toBe('unsupported');
    expect(error.message).toContain(expected);
    expect(api.create).not.toHaveBeenCalled();
  });

  it('refuses replies in a browser without the Prompt API', async () => {
    vi.stubGlobal('LanguageModel', undefined);
    const error = await parleyErrorOf(new BuiltinProvider().complete(reply, signal()));
    expect(error.message).toContain("needs Chrome's on-device model");
  });
});

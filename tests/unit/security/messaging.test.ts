import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { defineRequest, defineStream } from '../../../utils/messaging/define';
import { handleRequest, startRequestRouter } from '../../../utils/messaging/request-router';
import { handleStream, startStreamRouter } from '../../../utils/messaging/stream-router';
import { registerSettingsHandlers } from '../../../utils/settings/background';
import { setApiKey } from '../../../utils/settings/secrets';

// The background's message boundary, driven through the real listeners: whatever arrives is
// validated and its sender checked before any handler runs.

const ID = fakeBrowser.runtime.id;
const SENDERS = {
  optionsPage: { id: ID, url: `chrome-extension://${ID}/options.html` },
  contentScript: { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 },
  otherExtension: { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html' },
  // A page that forged our extension's URL but runs in a tab under another id.
  forgedUrl: { id: 'abcdefghijklmnopabcdefghijklmnop', url: `chrome-extension://${ID}/options.html`, tab: { id: 9 } as Browser.tabs.Tab },
  noId: { url: 'https://evil.example/', tab: { id: 8 } as Browser.tabs.Tab },
} satisfies Record<string, Browser.runtime.MessageSender>;

const echoForPages = defineRequest({
  type: 'test/pages-only',
  request: z.object({ text: z.string().max(10) }),
  response: z.object({ text: z.string() }),
  trust: 'extension',
});
const echoForContentScripts = defineRequest({
  type: 'test/content-scripts-too',
  request: z.object({ text: z.string() }),
  response: z.object({ text: z.string() }),
  trust: 'content-script',
});

const pagesHandler = vi.fn(async ({ text }: { text: string }) => ({ text }));
const contentHandler = vi.fn(async ({ text }: { text: string }) => ({ text }));

async function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return reply;
}

const errorWith = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });

beforeEach(() => {
  pagesHandler.mockClear();
  contentHandler.mockClear();
  startRequestRouter();
  handleRequest(echoForPages, pagesHandler);
  handleRequest(echoForContentScripts, contentHandler);
});

describe('requests', () => {
  it('answers a well-formed request from an extension page', async () => {
    expect(await send({ parley: 1, type: 'test/pages-only', payload: { text: 'hallo' } }, SENDERS.optionsPage)).toEqual({ ok: true, data: { text: 'hallo' } });
  });

  it('answers a content script what is marked for content scripts', async () => {
    expect(await send({ parley: 1, type: 'test/content-scripts-too', payload: { text: 'hi' } }, SENDERS.contentScript)).toEqual({ ok: true, data: { text: 'hi' } });
  });

  it('rejects an unknown type with bad-message', async () => {
    expect(await send({ parley: 1, type: 'settings/export-key', payload: {} }, SENDERS.optionsPage)).toEqual(errorWith('bad-message'));
  });

  it.each([
    ['a missing payload', undefined],
    ['a wrong field type', { text: 42 }],
    ['a value over its limit', { text: 'x'.repeat(11) }],
    ['an array', [{ text: 'a' }]],
    ['a string', 'text'],
  ])('rejects %s with bad-message and runs no handler', async (_case, payload) => {
    expect(await send({ parley: 1, type: 'test/pages-only', payload }, SENDERS.optionsPage)).toEqual(errorWith('bad-message'));
    expect(pagesHandler).not.toHaveBeenCalled();
  });

  it('leaves messages that are not Parley envelopes to other listeners', async () => {
    for (const message of [null, 'settings/get', { type: 'test/pages-only', payload: { text: 'a' } }, { parley: 2, type: 'test/pages-only' }, { parley: 1, type: '' }]) {
      expect(await send(message, SENDERS.optionsPage)).toBeUndefined();
    }
    expect(pagesHandler).not.toHaveBeenCalled();
  });

  it('refuses a content script an extension-only request with not-allowed', async () => {
    expect(await send({ parley: 1, type: 'test/pages-only', payload: { text: 'a' } }, SENDERS.contentScript)).toEqual(errorWith('not-allowed'));
    expect(pagesHandler).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', SENDERS.otherExtension],
    ['a sender that forged our URL', SENDERS.forgedUrl],
    ['a sender without an extension id', SENDERS.noId],
  ])('refuses %s even what content scripts may ask', async (_case, sender) => {
    expect(await send({ parley: 1, type: 'test/content-scripts-too', payload: { text: 'a' } }, sender)).toEqual(errorWith('not-allowed'));
    expect(contentHandler).not.toHaveBeenCalled();
  });
});

describe("the settings and provider requests from a content script's sender", () => {
  beforeEach(async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    registerSettingsHandlers();
    await setApiKey('sk-boundary-9f8e7d6c5b4a');
  });

  it.each([
    ['settings/get', {}],
    ['settings/save', { settings: {}, apiKey: 'sk-attacker-key' }],
    ['provider/test', { provider: { preset: 'custom', baseUrl: 'https://attacker.example/v1', model: 'm', apiStyle: 'chat', azureApiVersion: 'x' } }],
  ])('%s is refused with not-allowed and changes nothing', async (type, payload) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const reply = await send({ parley: 1, type, payload }, SENDERS.contentScript);
    expect(reply).toEqual(errorWith('not-allowed'));
    expect(JSON.stringify(reply)).not.toContain('sk-boundary');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({ secrets: { apiKey: 'sk-boundary-9f8e7d6c5b4a' } });
  });

  it('settings/public gives a content script whether a key exists, never the key', async () => {
    const reply = await send({ parley: 1, type: 'settings/public', payload: {} }, SENDERS.contentScript);
    expect(reply).toEqual({ ok: true, data: expect.objectContaining({ hasKey: true }) });
    expect(JSON.stringify(reply)).not.toContain('sk-boundary');
  });
});

interface FakePort {
  port: Browser.runtime.Port;
  posted: unknown[];
  disconnected: () => boolean;
  send: (message: unknown) => void;
}

function fakePort(name: string, sender: Browser.runtime.MessageSender): FakePort {
  const messageListeners: Array<(message: unknown) => void> = [];
  const posted: unknown[] = [];
  let disconnected = false;
  const port = {
    name,
    sender,
    postMessage: (message: unknown) => posted.push(message),
    disconnect: () => (disconnected = true),
    onMessage: { addListener: (listener: (message: unknown) => void) => messageListeners.push(listener) },
    onDisconnect: { addListener: () => {} },
  } as unknown as Browser.runtime.Port;
  return { port, posted, disconnected: () => disconnected, send: (message) => messageListeners.forEach((listener) => listener(message)) };
}

describe('streams', () => {
  const pagesStream = defineStream({
    name: 'test/stream-pages-only',
    start: z.object({ text: z.string() }),
    event: z.object({ piece: z.string() }),
    trust: 'extension',
    continueWhenDetached: false,
  });
  const produce = vi.fn(async function* ({ text }: { text: string }) {
    yield { piece: text };
  });
  let connect: (port: Browser.runtime.Port) => void = () => {};

  beforeEach(() => {
    produce.mockClear();
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
      connect = listener as (port: Browser.runtime.Port) => void;
    });
    startStreamRouter();
    handleStream(pagesStream, produce);
  });

  it('streams to an extension page', async () => {
    const client = fakePort(pagesStream.name, SENDERS.optionsPage);
    connect(client.port);
    client.send({ kind: 'start', payload: { text: 'Guten Tag' } });
    await vi.waitFor(() => expect(client.posted).toEqual([{ kind: 'events', events: [{ piece: 'Guten Tag' }] }, { kind: 'end' }]));
  });

  it.each([
    ['a content script', SENDERS.contentScript],
    ['another extension', SENDERS.otherExtension],
  ])('hangs up on %s asking for an extension-only stream', async (_case, sender) => {
    const client = fakePort(pagesStream.name, sender);
    connect(client.port);
    client.send({ kind: 'start', payload: { text: 'a' } });
    expect(client.disconnected()).toBe(true);
    expect(produce).not.toHaveBeenCalled();
  });

  it('hangs up on a port with an unknown name', () => {
    const client = fakePort('test/no-such-stream', SENDERS.optionsPage);
    connect(client.port);
    expect(client.disconnected()).toBe(true);
  });

  it('answers a malformed start with bad-message and does not run the handler', async () => {
    const client = fakePort(pagesStream.name, SENDERS.optionsPage);
    connect(client.port);
    client.send({ kind: 'start', payload: { text: 12 } });
    await vi.waitFor(() => expect(client.posted).toEqual([{ kind: 'error', error: expect.objectContaining({ code: 'bad-message' }) }]));
    expect(produce).not.toHaveBeenCalled();
  });

  it('ignores messages that are not start or cancel, and a second start', async () => {
    const client = fakePort(pagesStream.name, SENDERS.optionsPage);
    connect(client.port);
    client.send({ kind: 'begin', payload: { text: 'a' } });
    client.send('start');
    expect(produce).not.toHaveBeenCalled();
    client.send({ kind: 'start', payload: { text: 'eins' } });
    client.send({ kind: 'start', payload: { text: 'zwei' } });
    await vi.waitFor(() => expect(client.posted).toContainEqual({ kind: 'end' }));
    expect(produce).toHaveBeenCalledTimes(1);
  });

  it('sends the first event of a burst at once, the rest of that task’s events as one message, and a later task’s first event at once', async () => {
    const burstStream = defineStream({ ...pagesStream, name: 'test/stream-burst' });
    handleStream(burstStream, async function* () {
      // One network read's worth of deltas, then a pause, then one more.
      yield { piece: 'Guten' };
      yield { piece: ' Tag,' };
      yield { piece: ' Frau' };
      await new Promise((resolve) => setTimeout(resolve, 20));
      yield { piece: ' Keller' };
    });
    const client = fakePort(burstStream.name, SENDERS.optionsPage);
    connect(client.port);
    client.send({ kind: 'start', payload: { text: 'x' } });
    await vi.waitFor(() => expect(client.posted).toContainEqual({ kind: 'end' }));
    expect(client.posted).toEqual([
      { kind: 'events', events: [{ piece: 'Guten' }] },
      { kind: 'events', events: [{ piece: ' Tag,' }, { piece: ' Frau' }] },
      { kind: 'events', events: [{ piece: ' Keller' }] },
      { kind: 'end' },
    ]);
  });

  it('sends the events made before a failure ahead of the error', async () => {
    const failingStream = defineStream({ ...pagesStream, name: 'test/stream-failing' });
    handleStream(failingStream, async function* () {
      yield { piece: 'Guten' };
      throw new Error('boom');
    });
    const client = fakePort(failingStream.name, SENDERS.optionsPage);
    connect(client.port);
    client.send({ kind: 'start', payload: { text: 'x' } });
    await vi.waitFor(() => expect(client.posted).toHaveLength(2));
    expect(client.posted).toEqual([{ kind: 'events', events: [{ piece: 'Guten' }] }, { kind: 'error', error: expect.objectContaining({ code: 'unknown' }) }]);
  });
});

import { vi } from 'vitest';
import type { Availability, CreateOptions, PromptMessage, TranslatorPair } from '../../../utils/builtin/browser-ai';

/** A stream of text pieces, as the browser's translateStreaming and promptStreaming return. */
function textStream(pieces: string[]): ReadableStream<string> {
  return new ReadableStream<string>({
    start(controller) {
      pieces.forEach((piece) => controller.enqueue(piece));
      controller.close();
    },
  });
}

export interface FakeTranslatorOptions {
  availability: Availability | ((pair: TranslatorPair) => Availability);
  pieces?: string[];
  streaming?: boolean;
  /** What create() does: resolve (default), reject with this error, or emit these progress fractions first. */
  createError?: Error;
  progress?: number[];
  hangCreate?: boolean;
}

/** Stands in for globalThis.Translator at its boundary: availability, create with a monitor, translate. */
export function fakeTranslator(options: FakeTranslatorOptions) {
  const pieces = options.pieces ?? ['Thank you ', 'for your message.'];
  const created: Array<TranslatorPair & CreateOptions> = [];
  const api = {
    availability: vi.fn(async (pair: TranslatorPair) => (typeof options.availability === 'function' ? options.availability(pair) : options.availability)),
    create: vi.fn(async (createOptions: TranslatorPair & CreateOptions) => {
      created.push(createOptions);
      if (options.hangCreate) return new Promise<never>(() => undefined);
      const monitor = new EventTarget();
      createOptions.monitor?.(monitor);
      for (const loaded of options.progress ?? []) monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      if (options.createError) throw options.createError;
      return {
        translate: vi.fn(async () => pieces.join('')),
        ...(options.streaming === false ? {} : { translateStreaming: vi.fn(() => textStream(pieces)) }),
        destroy: vi.fn(),
      };
    }),
  };
  vi.stubGlobal('Translator', api);
  return { api, created };
}

export function fakeLanguageModel(availability: Availability, pieces: string[] = ['Bonjour ', 'Claire,']) {
  const sessions: Array<{ initialPrompts: PromptMessage[] | undefined; prompts: string[] }> = [];
  const api = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async (options: CreateOptions & { initialPrompts?: PromptMessage[] } = {}) => {
      const session = { initialPrompts: options.initialPrompts, prompts: [] as string[] };
      sessions.push(session);
      return {
        prompt: vi.fn(async (input: string) => (session.prompts.push(input), pieces.join(''))),
        promptStreaming: vi.fn((input: string) => (session.prompts.push(input), textStream(pieces))),
        destroy: vi.fn(),
      };
    }),
  };
  vi.stubGlobal('LanguageModel', api);
  return { api, sessions };
}

import { z } from 'zod';

/**
 * The browser's built-in AI APIs (Chrome 138+: Translator, LanguageDetector; the Prompt API's
 * LanguageModel for extensions), typed by what Parley uses. They are globals that exist only in
 * some browsers and contexts, so every lookup is a run-time check in the context that calls it.
 */
export const AvailabilitySchema = z.enum(['available', 'downloadable', 'downloading', 'unavailable']);
export type Availability = z.infer<typeof AvailabilitySchema>;
/** `absent`: this browser (or this context) has no such API at all: Firefox, Safari, older Chrome. */
export type BuiltinAvailability = Availability | 'absent';

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: Event) => void): void;
}

export interface CreateOptions {
  signal?: AbortSignal;
  monitor?: (monitor: DownloadMonitor) => void;
}

export interface TranslatorPair {
  sourceLanguage: string;
  targetLanguage: string;
}

export interface TranslatorInstance {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  translateStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy?(): void;
}

export interface TranslatorStatic {
  availability(options: TranslatorPair): Promise<unknown>;
  create(options: TranslatorPair & CreateOptions): Promise<TranslatorInstance>;
}

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LanguageModelSession {
  prompt(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  promptStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy?(): void;
}

export interface LanguageModelStatic {
  availability(options?: object): Promise<unknown>;
  create(options?: CreateOptions & { initialPrompts?: PromptMessage[] }): Promise<LanguageModelSession>;
}

function hasMethods(value: unknown, names: string[]): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return names.every((name) => typeof Reflect.get(value, name) === 'function');
}

function globalApi(name: string): unknown {
  return Reflect.get(globalThis, name);
}

export function translatorApi(): TranslatorStatic | undefined {
  const api = globalApi('Translator');
  return hasMethods(api, ['availability', 'create']) ? (api as TranslatorStatic) : undefined;
}

export function languageModelApi(): LanguageModelStatic | undefined {
  const api = globalApi('LanguageModel');
  return hasMethods(api, ['availability', 'create']) ? (api as LanguageModelStatic) : undefined;
}

/** The browser answers with a string; anything else (a future shape, a rejection) counts as unavailable. */
export async function readAvailability(query: () => Promise<unknown>): Promise<Availability> {
  try {
    const parsed = AvailabilitySchema.safeParse(await query());
    return parsed.success ? parsed.data : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** `downloadprogress` events carry `loaded` as a fraction from 0 to 1. */
export function progressOf(event: Event): number | undefined {
  const loaded: unknown = Reflect.get(event, 'loaded');
  return typeof loaded === 'number' && Number.isFinite(loaded) ? Math.min(1, Math.max(0, loaded)) : undefined;
}

/** Reads a browser ReadableStream of text pieces, stopping when the signal aborts. */
export async function* readTextStream(stream: ReadableStream<string>, signal: AbortSignal): AsyncGenerator<string> {
  const reader = stream.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (typeof value === 'string' && value) yield value;
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}

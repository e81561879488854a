import {
  progressOf,
  readAvailability,
  readTextStream,
  translatorApi,
  type BuiltinAvailability,
  type TranslatorInstance,
} from './browser-ai';
import { translatorPair } from './pair';

/**
 * The on-device Translator, usable from any context that has it: the service worker translates,
 * an extension page (or the page the user clicked in) downloads packs, which needs a user gesture.
 * Nothing here reads settings or the key, so pages and content scripts may import it.
 */
export async function translatorAvailability(sourceLanguage: string, targetLanguage: string): Promise<BuiltinAvailability> {
  const api = translatorApi();
  if (!api) return 'absent';
  const pair = translatorPair(sourceLanguage, targetLanguage);
  return readAvailability(() => api.availability(pair));
}

/** What the bubble asks before offering the download button. */
export async function isPairDownloadable(sourceLanguage: string, targetLanguage: string): Promise<boolean> {
  const availability = await translatorAvailability(sourceLanguage, targetLanguage);
  return availability === 'downloadable' || availability === 'downloading';
}

export interface CreateTranslatorOptions {
  signal: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export async function createTranslator(
  sourceLanguage: string,
  targetLanguage: string,
  { signal, onProgress }: CreateTranslatorOptions,
): Promise<TranslatorInstance> {
  const api = translatorApi();
  if (!api) throw new Error('This browser has no on-device Translator.');
  return api.create({
    ...translatorPair(sourceLanguage, targetLanguage),
    signal,
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => {
        const fraction = progressOf(event);
        if (fraction !== undefined) onProgress?.(fraction);
      });
    },
  });
}

/** Streams where the browser offers it (pieces, not the text so far), else one piece at the end. */
export async function* translateText(translator: TranslatorInstance, text: string, signal: AbortSignal): AsyncGenerator<string> {
  if (translator.translateStreaming) {
    yield* readTextStream(translator.translateStreaming(text, { signal }), signal);
    return;
  }
  yield await translator.translate(text, { signal });
}

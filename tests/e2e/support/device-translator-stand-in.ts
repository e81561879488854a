import type { Worker } from '@playwright/test';

/**
 * Stands in for the BROWSER's on-device `Translator` inside the extension's service worker, at
 * the boundary of Chrome's API (availability, create, translate, translateStreaming, destroy):
 * the real one cannot download a language pack on this offline machine. Parley's own code runs
 * unchanged on top of it. Pairs listed in `translations` report `available` (pack present) and
 * translate each text to what is listed; every other pair reports `downloadable`.
 */
export interface DeviceTranslatorScript {
  /** `"fr>en"` → text → its translation. */
  translations: Record<string, Record<string, string>>;
}

export interface DeviceTranslatorRecord {
  availability: string[];
  /** Pairs create() was called for: on a downloadable pair that would start a download. */
  created: string[];
  translated: string[];
}

const RECORD = '__parleyTestDeviceTranslator';

export async function standInForDeviceTranslator(serviceWorker: Worker, script: DeviceTranslatorScript): Promise<void> {
  await serviceWorker.evaluate(
    ({ script, recordName }) => {
      const record = { availability: [] as string[], created: [] as string[], translated: [] as string[] };
      Reflect.set(globalThis, recordName, record);
      const keyOf = (pair: { sourceLanguage: string; targetLanguage: string }) => `${pair.sourceLanguage}>${pair.targetLanguage}`;
      const stand_in = {
        async availability(pair: { sourceLanguage: string; targetLanguage: string }) {
          record.availability.push(keyOf(pair));
          return script.translations[keyOf(pair)] ? 'available' : 'downloadable';
        },
        async create(options: { sourceLanguage: string; targetLanguage: string }) {
          const key = keyOf(options);
          record.created.push(key);
          const known = script.translations[key];
          if (!known) throw new DOMException('Requires a user gesture when availability is "downloading" or "downloadable".', 'NotAllowedError');
          const translate = async (text: string) => {
            record.translated.push(text);
            // Selections arrive with the page's line breaks and spaces: matched on the words.
            const words = (value: string) => value.replace(/\s+/g, ' ').trim();
            const out = Object.entries(known).find(([source]) => words(source) === words(text))?.[1];
            if (out === undefined) throw new DOMException(`The stand-in has no translation for: ${text}`, 'NotSupportedError');
            return out;
          };
          return {
            translate,
            translateStreaming: (text: string) =>
              new ReadableStream<string>({
                async start(controller) {
                  try {
                    const out = await translate(text);
                    // Pieces, as Chrome streams them: sentence by sentence.
                    for (const piece of out.match(/[^.!?]+[.!?]*\s*/g) ?? [out]) controller.enqueue(piece);
                    controller.close();
                  } catch (error) {
                    controller.error(error);
                  }
                },
              }),
            destroy() {},
          };
        },
      };
      Reflect.set(globalThis, 'Translator', stand_in);
    },
    { script, recordName: RECORD },
  );
}

/** What Parley asked of the stand-in so far. */
export async function deviceTranslatorRecord(serviceWorker: Worker): Promise<DeviceTranslatorRecord> {
  return serviceWorker.evaluate((recordName) => Reflect.get(globalThis, recordName) as DeviceTranslatorRecord, RECORD);
}

/**
 * The same stand-in as a literal word-by-word translator, every pair available: for tests of
 * what Parley does around the call (placeholders for "keep as is" terms). It translates word by word from a small dictionary,
 * as a literal machine translator would, and leaves what it does not know (placeholders,
 * punctuation) as it is. Every text it was given is recorded in `globalThis.fakeTranslatorInputs`.
 */
export async function installFakeTranslator(serviceWorker: Worker, dictionary: Record<string, string>): Promise<void> {
  await serviceWorker.evaluate((dictionary) => {
    const inputs: string[] = [];
    const translate = (text: string) =>
      text.replace(/[\p{L}’']+/gu, (word) => {
        const lower = word.toLowerCase();
        const translated = dictionary[lower];
        if (translated === undefined) return word;
        return word[0] === word[0]?.toUpperCase() ? translated[0]?.toUpperCase() + translated.slice(1) : translated;
      });
    const fake = {
      availability: async () => 'available',
      create: async () => ({
        translate: async (text: string) => {
          inputs.push(text);
          return translate(text);
        },
        destroy() {},
      }),
    };
    Object.defineProperty(globalThis, 'Translator', { value: fake, configurable: true, writable: true });
    Object.defineProperty(globalThis, 'fakeTranslatorInputs', { value: inputs, configurable: true, writable: true });
  }, dictionary);
}

export function fakeTranslatorInputs(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(() => (Reflect.get(globalThis, 'fakeTranslatorInputs') as string[] | undefined) ?? []);
}

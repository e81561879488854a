import type { Worker } from '@playwright/test';

/**
 * Stands in for the BROWSER's on-device Translator inside the service worker (the real one
 * cannot download a language pack on this offline machine). Parley's code is untouched: only the
 * global `Translator` API is replaced. The fake translates word by word from a small dictionary,
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

import type { ElementHandle, Page } from 'puppeteer-core';
import { pollUntil } from '../../e2e/support/raw-chromium.ts';

/** A puppeteer selector for the element with this accessible role and name (Firefox's accessibility tree). */
export function role(roleName: string, name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(roleName)}])`;
}

/** The text of the first element matching `selector` (`>>>` pierces shadow roots), or undefined while there is none. */
export async function textOf(page: Page, selector: string): Promise<string | undefined> {
  const element = await page.$(selector);
  if (!element) return undefined;
  return (await element.evaluate((node) => (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? node.value : (node.textContent ?? '')))) ?? undefined;
}

/** Waits until the element's text (an input's value) matches, and returns it; the error says what was there instead. */
export async function waitForText(page: Page, selector: string, expected: string | RegExp, timeoutMs = 20_000): Promise<string> {
  let last: string | undefined;
  const matches = (text: string) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
  try {
    return await pollUntil(
      async () => {
        last = await textOf(page, selector);
        return last !== undefined && matches(last) ? last : undefined;
      },
      timeoutMs,
      `${selector} to show ${String(expected)}`,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it showed ${last === undefined ? 'no such element' : JSON.stringify(last)}`, { cause: error });
  }
}

/** Waits for an attribute of the first matching element to have a value. */
export async function waitForAttribute(page: Page, selector: string, attribute: string, value: string, timeoutMs = 20_000): Promise<void> {
  await pollUntil(
    async () => ((await (await page.$(selector))?.evaluate((node, attribute) => node.getAttribute(attribute), attribute)) === value ? true : undefined),
    timeoutMs,
    `${selector} to have ${attribute}="${value}"`,
  );
}

/** The first element matching `selector`, waited for. */
export async function element(page: Page, selector: string, timeoutMs = 20_000): Promise<ElementHandle<Element>> {
  return pollUntil(async () => (await page.$(selector)) ?? undefined, timeoutMs, `${selector} to appear`);
}

// puppeteer's Locator actions wait for animation frames, which a background tab in headless
// Firefox does not get: element handles act at once, like a user on a page already shown.

/** Clicks the element as a user would (a real pointer event at its middle). */
export async function click(page: Page, selector: string): Promise<void> {
  await (await element(page, selector)).click();
}

/** Replaces a field's content by typing (React hears every key). */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  const field = await element(page, selector);
  await field.evaluate((node) => {
    if (!(node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)) throw new Error('not a text field');
    node.focus();
    node.select();
  });
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Backspace');
}

/** Chooses an option of a <select> by its value. */
export async function choose(page: Page, selector: string, value: string): Promise<void> {
  await (await element(page, selector)).select(value);
}

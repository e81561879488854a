import type { Page } from '@playwright/test';

/** The English a model would give for Claire's latest paragraph; the server sends it at once. */
export const CLAIRE_PARAGRAPH_ENGLISH =
  'I am sorry to tell you so late: the carrier delivers the works on Thursday afternoon and I have to be there for the delivery. Would it be possible to move our meeting to Friday 13 March, at the same time? If Friday does not suit you, Monday morning would also work for me.';

/**
 * Selects the French paragraph of the latest message in the Gmail fixture, as a reader's drag
 * would, and returns the selected text (what the context menu hands the extension).
 */
export async function selectClaireParagraph(page: Page): Promise<string> {
  return page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('div')].find(
      (element) => element.childElementCount === 0 && element.textContent?.startsWith('Je suis désolée de vous prévenir si tard') && element.textContent.includes('lundi matin'),
    );
    if (!paragraph) throw new Error('The Gmail fixture has no paragraph from Claire starting "Je suis désolée"');
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  });
}

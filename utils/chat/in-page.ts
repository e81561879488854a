/**
 * Functions that scripting.executeScript runs inside the page. Each is serialized on its own,
 * so it may use nothing from outside its body.
 */

export interface PageSelection {
  text: string;
  title: string;
  url: string;
}

export function readSelectionInPage(): PageSelection {
  const active = document.activeElement;
  // Selections inside text fields are not part of getSelection() in every browser.
  const fieldText =
    active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')
      ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
      : '';
  return { text: fieldText || (window.getSelection()?.toString() ?? ''), title: document.title, url: location.href };
}

export interface PageDocument {
  /** The page's markup as it is now (after its scripts ran), capped. */
  html: string;
  title: string;
  url: string;
}

export function readDocumentInPage(): PageDocument {
  const MAX_HTML_CHARS = 3_000_000;
  return { html: document.documentElement.outerHTML.slice(0, MAX_HTML_CHARS), title: document.title, url: location.href };
}

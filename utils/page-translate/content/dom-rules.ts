/** Marks every node Parley inserts into a page: skipped when reading, removed by "Show original". */
export const PARLEY_MARK = 'data-parley-page';

/** Never read: not text, or text that must stay as it is (code, form fields). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IMG', 'PICTURE', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED']);

/** Inline elements kept around their words as numbered placeholders, rebuilt from the original. */
export const WRAPPING_TAGS = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'MARK', 'SMALL', 'SUB', 'SUP', 'ABBR', 'Q', 'CITE', 'DEL', 'INS', 'DFN', 'TIME']);
/**
 * Inline elements carried whole into the translation (cloned, never translated): code and line
 * breaks. Images and form controls are left out of it: the original beside it shows them, and a
 * second copy of a field would be a second field.
 */
export const ATOMIC_TAGS = new Set(['BR', 'WBR', 'CODE', 'KBD', 'SAMP', 'VAR']);

/** Navigation, headers and footers are translated too, but after the content. */
export const PAGE_CHROME_SELECTOR = 'nav, footer, header, aside, [role="navigation"], [role="contentinfo"], [role="banner"], [role="complementary"]';

export function isParleyNode(element: Element): boolean {
  return element.hasAttribute(PARLEY_MARK) || element.localName.startsWith('parley-');
}

/** The author said not to translate it (`translate="no"`, the common `.notranslate`). */
export function markedNoTranslate(element: Element): boolean {
  return element.getAttribute('translate') === 'no' || element.classList.contains('notranslate');
}

/** A subtree never read at all: Parley's own, hidden, editable, marked, or not text. */
export function skipsSubtree(element: Element, style: CSSStyleDeclaration): boolean {
  if (isParleyNode(element) || SKIPPED_TAGS.has(element.tagName.toUpperCase()) || markedNoTranslate(element)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || style.display === 'none' || style.visibility === 'hidden') return true;
  // Not `instanceof HTMLElement`: elements of a same-origin iframe come from another realm.
  return (element as Partial<HTMLElement>).isContentEditable === true;
}

/** Laid out as a block of its own: computed style, not the tag name (a styled <span> can be a block, a <div> inline). */
export function isBlockLevel(style: CSSStyleDeclaration): boolean {
  return style.display !== 'none' && !style.display.startsWith('inline') && style.display !== 'contents';
}

export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Computed style from the element's own window: elements of a same-origin iframe have their own. */
export function styleOf(element: Element): CSSStyleDeclaration {
  const view = element.ownerDocument.defaultView ?? window;
  return view.getComputedStyle(element);
}

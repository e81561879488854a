import type { PageTranslateSettings } from '../../settings/schema';
import { isBlockLevel, isParleyNode, PARLEY_MARK, styleOf } from './dom-rules';

export interface Look {
  display: PageTranslateSettings['display'];
  style: PageTranslateSettings['style'];
  targetLanguage: string;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ku']);

export function isRightToLeft(language: string): boolean {
  return RTL_LANGUAGES.has(language.split('-')[0]?.toLowerCase() ?? '');
}

/** Quiet looks, all in the page's own font (inherited), set inline so shadow roots need no style sheet. */
const STYLE_RULES: Record<PageTranslateSettings['style'], string> = {
  plain: '',
  dimmed: 'opacity:0.72;',
  underlined: 'text-decoration:underline dotted;text-underline-offset:0.2em;',
  'side-bar': 'border-inline-start:3px solid currentColor;padding-inline-start:0.5em;opacity:0.85;',
};

/** The element that carries one block's translation. */
export function translationElement(block: Element, content: Node, look: Look, originalText: string): HTMLElement {
  const element = block.ownerDocument.createElement('parley-page-translation');
  element.setAttribute(PARLEY_MARK, 'translation');
  element.setAttribute('lang', look.targetLanguage);
  element.setAttribute('dir', isRightToLeft(look.targetLanguage) ? 'rtl' : 'ltr');
  const bilingual = look.display === 'bilingual';
  // Bilingual: a block inside the original's block (after its text), so a flex or grid parent
  // still sees one item; font, size and colour inherited from the page.
  element.setAttribute('style', `${bilingual ? 'display:block;margin-top:0.25em;' : 'display:inline;'}font:inherit;color:inherit;${STYLE_RULES[look.style]}`);
  if (!bilingual) element.title = originalText;
  element.appendChild(content);
  return element;
}

/** A block's own inline content: every child but nested blocks and Parley's nodes. */
function ownInlineChildren(block: Element): ChildNode[] {
  return Array.from(block.childNodes).filter((child) => !(child instanceof Element || child.nodeType === Node.ELEMENT_NODE) || (!isParleyNode(child as Element) && !isBlockLevel(styleOf(child as Element))));
}

/** Undoes one insertion, leaving the block exactly as it was. */
export type Undo = () => void;

/** Bilingual: the translation goes right after the block's own text, inside the block. */
export function insertBeneath(block: Element, translation: HTMLElement): Undo {
  const last = ownInlineChildren(block).at(-1);
  if (last) last.after(translation);
  else block.appendChild(translation);
  return () => translation.remove();
}

/** Translation only: the block's own text swapped for the translation; the original is kept to restore. */
export function swapIn(block: Element, translation: HTMLElement): Undo {
  const original = Array.from(block.childNodes);
  const own = new Set(ownInlineChildren(block));
  const first = original.find((child) => own.has(child));
  block.replaceChildren(...original.flatMap((child) => (child === first ? [translation] : own.has(child) ? [] : [child])));
  return () => {
    translation.remove();
    block.replaceChildren(...original);
  };
}

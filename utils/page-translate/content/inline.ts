import { ATOMIC_TAGS, collapseSpaces, hasLetters, isBlockLevel, isParleyNode, markedNoTranslate, skipsSubtree, styleOf, WRAPPING_TAGS } from './dom-rules';

/** Placeholder n stands for inlines[n - 1]: wrapped around translated words, or carried whole. */
export interface InlineNode {
  node: Element;
  atomic: boolean;
}

export interface SerialisedBlock {
  /** The block's text, inline markup as <xN>…</xN> and <xN/>. */
  text: string;
  inlines: InlineNode[];
}

const PLACEHOLDER = /<(\/?)x(\d+)(\/?)>/g;

/**
 * The block's own text with its links, emphasis and code as numbered placeholders. Nested blocks
 * are left out (they are blocks of their own), and so are hidden parts.
 */
export function serialiseBlock(block: Element): SerialisedBlock {
  const inlines: InlineNode[] = [];
  const parts: string[] = [];
  const plainParts: string[] = [];
  let literalPlaceholder = false;
  const walk = (parent: Node) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent ?? '';
        if (/<\/?x\d+\/?>/.test(text)) literalPlaceholder = true;
        parts.push(text);
        plainParts.push(text);
        continue;
      }
      if (!(child instanceof Element) && child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      if (isParleyNode(element)) continue;
      const style = styleOf(element);
      if (isBlockLevel(style) || style.display === 'none') continue;
      const tag = element.tagName.toUpperCase();
      // A link around an image only: nothing to translate, and the original shows it.
      if (WRAPPING_TAGS.has(tag) && !hasLetters(element.textContent ?? '')) continue;
      const atomic = ATOMIC_TAGS.has(tag) || markedNoTranslate(element);
      if (atomic) {
        inlines.push({ node: element, atomic: true });
        parts.push(`<x${inlines.length}/>`);
        plainParts.push(element.textContent ?? '');
        continue;
      }
      if (skipsSubtree(element, style)) continue;
      if (!WRAPPING_TAGS.has(tag)) {
        walk(element);
        continue;
      }
      inlines.push({ node: element, atomic: false });
      const number = inlines.length;
      parts.push(`<x${number}>`);
      walk(element);
      parts.push(`</x${number}>`);
    }
  };
  walk(block);
  if (literalPlaceholder) {
    // The page's own text looks like a placeholder: send plain text, so nothing can be confused.
    return { text: collapseSpaces(plainParts.join('')).trim(), inlines: [] };
  }
  return { text: collapseSpaces(parts.join('')).trim(), inlines };
}

function cloneWithoutIds(node: Element, deep: boolean): Element {
  const clone = node.cloneNode(deep) as Element;
  // Two elements with one id would break the page's own links and scripts.
  clone.removeAttribute('id');
  if (deep) for (const inner of Array.from(clone.querySelectorAll('[id]'))) inner.removeAttribute('id');
  return clone;
}

/** The translation as text only, placeholders dropped: the fallback when they did not survive. */
export function plainTranslation(translation: string): string {
  return collapseSpaces(translation.replace(PLACEHOLDER, ' ')).trim();
}

/**
 * Rebuilds the translation's inline markup from the original nodes (never from the model's
 * text: only the numbers are read). Undefined when placeholders were dropped, added, repeated,
 * reordered or badly nested; the caller then shows plain text.
 */
export function rebuildTranslation(translation: string, inlines: InlineNode[], doc: Document): DocumentFragment | undefined {
  const fragment = doc.createDocumentFragment();
  const open: Array<{ number: number; element: Node }> = [];
  const seen: number[] = [];
  let last = 0;
  const top = (): Node => open.at(-1)?.element ?? fragment;
  const appendText = (text: string) => {
    if (text) top().appendChild(doc.createTextNode(text));
  };
  for (const match of translation.matchAll(PLACEHOLDER)) {
    appendText(translation.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, digits, selfClosing] = match;
    const number = Number(digits);
    const inline = inlines[number - 1];
    if (!inline) return undefined;
    if (closing) {
      if (open.at(-1)?.number !== number) return undefined;
      open.pop();
      continue;
    }
    seen.push(number);
    if (inline.atomic !== (selfClosing === '/')) return undefined;
    if (inline.atomic) {
      top().appendChild(cloneWithoutIds(inline.node, true));
      continue;
    }
    const element = cloneWithoutIds(inline.node, false);
    top().appendChild(element);
    open.push({ number, element });
  }
  appendText(translation.slice(last));
  const inOrder = seen.length === inlines.length && seen.every((number, index) => number === index + 1);
  return open.length === 0 && inOrder ? fragment : undefined;
}

import { hasLetters, isBlockLevel, PAGE_CHROME_SELECTOR, skipsSubtree, styleOf } from './dom-rules';

export interface FoundBlock {
  element: Element;
  /** Navigation, header or footer: translated after the content. */
  chrome: boolean;
}

/** Whether a block has text of its own, outside the blocks nested in it. */
function hasOwnText(element: Element): boolean {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE && hasLetters(child.textContent ?? '')) return true;
    if (!(child instanceof Element)) continue;
    const style = styleOf(child);
    if (!skipsSubtree(child, style) && !isBlockLevel(style) && hasOwnText(child)) return true;
  }
  return false;
}

export interface Collected {
  blocks: FoundBlock[];
  /** The open shadow roots and same-origin frame bodies walked, for the mutation observer. */
  roots: Node[];
}

function visit(element: Element, found: FoundBlock[], roots: Node[]): void {
  const style = styleOf(element);
  if (skipsSubtree(element, style)) return;
  if (element.tagName === 'IFRAME') {
    // Same-origin frames only: a cross-origin document is null here.
    let frameBody: HTMLElement | null | undefined;
    try {
      frameBody = (element as HTMLIFrameElement).contentDocument?.body;
    } catch {
      frameBody = undefined;
    }
    if (frameBody) {
      roots.push(frameBody);
      visit(frameBody, found, roots);
    }
    return;
  }
  if (isBlockLevel(style) && hasOwnText(element)) found.push({ element, chrome: element.closest(PAGE_CHROME_SELECTOR) !== null });
  if (element.shadowRoot) {
    roots.push(element.shadowRoot);
    for (const child of Array.from(element.shadowRoot.children)) visit(child, found, roots);
  }
  for (const child of Array.from(element.children)) visit(child, found, roots);
}

/** Every block-level text container under `root`, in document order, open shadow roots and same-origin frames included. */
export function collectBlocks(root: Element): Collected {
  const collected: Collected = { blocks: [], roots: [] };
  visit(root, collected.blocks, collected.roots);
  return collected;
}

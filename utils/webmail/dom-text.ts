/** Block elements after which a reader expects a line break. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE']);

/**
 * Text of an element as a reader sees it, without the parts matching `drop`. Works on a clone
 * so the page is never touched, and without layout (innerText needs it; unit tests have none).
 */
export function readableText(element: Element, drop: string[] = []): string {
  const clone = element.cloneNode(true) as Element;
  for (const selector of drop) clone.querySelectorAll(selector).forEach((node) => node.remove());
  clone.querySelectorAll('script, style, template, [hidden], [aria-hidden="true"]').forEach((node) => node.remove());
  // \u0001 marks a block edge (runs of them are one line break); \u0002 a block holding only a <br>.
  return tidy(
    textOf(clone)
      .split('\u0001')
      .filter((piece, index, pieces) => piece !== '' || index === 0 || index === pieces.length - 1)
      .join('\n')
      .replaceAll('\u0002', ''),
  );
}

function textOf(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
  // nodeType, not instanceof: an editor iframe's script reads the parent page, whose nodes belong to another window.
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (element.tagName === 'BR') return '\n';
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') return '';
  const inner = Array.from(element.childNodes, textOf).join('');
  if (!BLOCKS.has(element.tagName)) return inner;
  // A block's trailing <br> adds no line of its own, except in an otherwise empty block.
  const trimmed = inner.endsWith('\n') ? inner.slice(0, -1) : inner;
  return `\u0001${trimmed.trim() === '' && inner !== '' ? '\u0002' : trimmed}\u0001`;
}

export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Removes `marker` and everything after it up to `root`: Outlook's quote header is followed by the quote as siblings. */
export function dropFromMarkerOn(root: Element, marker: Element): void {
  let node: Element | null = marker;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    node = node.parentElement;
  }
  marker.remove();
}

/** The first element matching any of the selectors: today's markup first, older markup after. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Tag names, not instanceof: fields inside an editor's iframe belong to another window. */
export function isEditable(element: Element | null): element is HTMLElement {
  if (!element) return false;
  const field = element as HTMLElement & { readOnly?: boolean; disabled?: boolean; type?: string };
  if (element.tagName === 'TEXTAREA') return !field.readOnly && !field.disabled;
  if (element.tagName === 'INPUT') return ['text', 'search', ''].includes(field.type ?? '') && !field.readOnly && !field.disabled;
  return field.isContentEditable === true || element.getAttribute('contenteditable') === 'true' || element.ownerDocument.designMode === 'on';
}

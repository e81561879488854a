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
  /** The page's markup as it is now (after its scripts ran), without what can act or fetch, capped. */
  html: string;
  title: string;
  url: string;
}

/**
 * The page's markup as Readability needs it: structure, text and the attributes it scores by.
 * Written out by walking the tree rather than taken from outerHTML, so nothing that can act
 * leaves the page: inline handlers (an extension page's CSP reports each one as an error the
 * moment its markup is parsed, even in an inert DOMParser document), scripts, images, media
 * and frames are left out as the markup is written, and the live document is only read.
 */
export function readDocumentInPage(): PageDocument {
  const MAX_HTML_CHARS = 3_000_000;
  const SKIPPED = new Set(['script', 'noscript', 'style', 'link', 'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas', 'template', 'input', 'select', 'textarea', 'button', 'map', 'area']);
  const VOID = new Set(['br', 'hr', 'wbr', 'meta', 'col']);
  const KEPT_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'role', 'title', 'href', 'name', 'property', 'content', 'itemprop', 'itemtype', 'datetime', 'rel', 'colspan', 'rowspan', 'hidden', 'aria-hidden']);
  const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const parts: string[] = [];
  let length = 0;
  const push = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  const write = (node: Node) => {
    if (length > MAX_HTML_CHARS) return;
    if (node.nodeType === Node.TEXT_NODE) {
      push(escapeText(node.nodeValue ?? ''));
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.localName;
    if (SKIPPED.has(tag) || !/^[a-z][a-z0-9-]*$/.test(tag)) return;
    let attributes = '';
    for (const attribute of Array.from(node.attributes)) {
      if (!KEPT_ATTRIBUTES.has(attribute.name)) continue;
      if (attribute.name === 'href' && /^\s*javascript:/i.test(attribute.value)) continue;
      attributes += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
    }
    push(`<${tag}${attributes}>`);
    if (VOID.has(tag)) return;
    node.childNodes.forEach(write);
    push(`</${tag}>`);
  };
  write(document.documentElement);
  return { html: parts.join('').slice(0, MAX_HTML_CHARS), title: document.title, url: location.href };
}

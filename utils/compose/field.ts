import type { WebmailAdapter } from '../webmail/adapter';
import { isEditable, readableText, tidy } from '../webmail/dom-text';
import { quote as genericQuote, plainTextQuote } from '../webmail/generic';
import { insertAtCaret, ownText } from '../webmail/insert';
import type { FieldLocator } from './launch';
import type { LanguageHints } from './messages';

/** The part of the field that is the user's draft: a selection in it, or everything above quote and signature. */
export type DraftSpan = { kind: 'text-field'; start: number; end: number } | { kind: 'editable'; range: Range };

export interface Draft {
  text: string;
  selectionOnly: boolean;
  span: DraftSpan | undefined;
}

function isTextField(field: HTMLElement): field is HTMLTextAreaElement | HTMLInputElement {
  return field.tagName === 'TEXTAREA' || field.tagName === 'INPUT';
}

/** The focused element, looking through open shadow roots (a web component's editor). */
export function deepActiveField(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (isEditable(active)) {
    const root = active.isContentEditable && !isTextField(active) ? active.closest('[contenteditable]:not([contenteditable="false"])') : active;
    return (root as HTMLElement | null) ?? active;
  }
  return document.body && isEditable(document.body) ? document.body : undefined;
}

function selectorWithin(element: Element, root: Document | ShadowRoot): string {
  if (element === element.ownerDocument.body) return 'body';
  if (element.id && root.querySelectorAll(`#${CSS.escape(element.id)}`).length === 1) return `#${CSS.escape(element.id)}`;
  const name = element.getAttribute('name');
  const byName = name ? `${element.tagName.toLowerCase()}[name="${CSS.escape(name)}"]` : '';
  if (byName && root.querySelectorAll(byName).length === 1) return byName;
  // Else the element's place among its siblings, up to the body (or the shadow root).
  const steps: string[] = [];
  let node: Element | null = element;
  while (node && node.tagName !== 'BODY') {
    const tag = node.tagName;
    const siblings: Element[] = node.parentElement ? Array.from(node.parentElement.children) : Array.from(root.children);
    steps.unshift(`${tag.toLowerCase()}:nth-of-type(${siblings.filter((child) => child.tagName === tag).indexOf(node) + 1})`);
    if (node.parentNode === root) break;
    node = node.parentElement;
  }
  return root instanceof ShadowRoot ? steps.join(' > ') : `body > ${steps.join(' > ')}`;
}

/** Selectors from the document down through each shadow root to the field. */
export function locatorOf(field: HTMLElement, adapterField: string | undefined): FieldLocator {
  if (adapterField && field.matches(adapterField)) return [adapterField];
  const chain: string[] = [];
  let element: Element = field;
  for (;;) {
    const root = element.getRootNode();
    if (root instanceof ShadowRoot) {
      chain.unshift(selectorWithin(element, root));
      element = root.host;
      continue;
    }
    chain.unshift(selectorWithin(element, element.ownerDocument));
    return chain;
  }
}

export function fieldAt(locator: FieldLocator): HTMLElement | undefined {
  let root: ParentNode = document;
  let found: Element | null = null;
  for (const selector of locator) {
    found = root.querySelector(selector);
    if (!found) return undefined;
    root = found.shadowRoot ?? found;
  }
  return isEditable(found) ? found : undefined;
}

function trimmedSpan(value: string, start: number, end: number): { start: number; end: number } {
  const part = value.slice(start, end);
  const lead = part.length - part.trimStart().length;
  return { start: start + lead, end: start + part.trimEnd().length };
}

/** The text nodes of the field that come before its first protected part (quote, signature). */
function ownTextRange(field: HTMLElement, protectedParts: Element[]): Range | undefined {
  const doc = field.ownerDocument;
  const walker = doc.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  const first = protectedParts[0];
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (first && (first.contains(node) || first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (protectedParts.some((part) => part.contains(node))) continue;
    if ((node.textContent ?? '').trim()) nodes.push(node as Text);
  }
  const head = nodes[0];
  const tail = nodes.at(-1);
  if (!head || !tail) return undefined;
  const range = doc.createRange();
  const headText = head.textContent ?? '';
  const tailText = tail.textContent ?? '';
  range.setStart(head, headText.length - headText.trimStart().length);
  range.setEnd(tail, tailText.trimEnd().length);
  return range;
}

/** What "Write in" translates: the selection inside the field, else the user's own text in it. */
export function readDraft(field: HTMLElement, adapter: WebmailAdapter): Draft {
  if (isTextField(field)) {
    const value = field.value;
    const selStart = field.selectionStart ?? 0;
    const selEnd = field.selectionEnd ?? selStart;
    if (selEnd > selStart && value.slice(selStart, selEnd).trim()) {
      const span = trimmedSpan(value, selStart, selEnd);
      return { text: value.slice(span.start, span.end), selectionOnly: true, span: { kind: 'text-field', ...span } };
    }
    const quoted = field.tagName === 'TEXTAREA' ? plainTextQuote(value) : null;
    const span = trimmedSpan(value, 0, quoted ? quoted.start : value.length);
    const text = value.slice(span.start, span.end);
    return { text, selectionOnly: false, span: text ? { kind: 'text-field', ...span } : undefined };
  }
  const selection = field.ownerDocument.getSelection();
  const selected = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
  if (selected && field.contains(selected.commonAncestorContainer) && selected.toString().trim()) {
    const holder = field.ownerDocument.createElement('div');
    holder.append(selected.cloneContents());
    return { text: readableText(holder), selectionOnly: true, span: { kind: 'editable', range: selected.cloneRange() } };
  }
  const protectedParts = adapter.protectedParts(field);
  const range = ownTextRange(field, protectedParts);
  return { text: range ? ownText(field, protectedParts) : '', selectionOnly: false, span: range ? { kind: 'editable', range } : undefined };
}

/**
 * Puts `text` over the draft with `insertText`: the page's editor hears a real input (its draft
 * model saves it) and the browser's undo stack records it, so Undo (and Ctrl+Z) takes it back.
 * Quote and signature are outside the span and stay as they are.
 */
export function replaceDraft(field: HTMLElement, span: DraftSpan | undefined, text: string, adapter: WebmailAdapter): void {
  const doc = field.ownerDocument;
  if (!span) {
    if (isTextField(field)) field.setSelectionRange(0, 0);
    insertAtCaret(field, text, adapter.protectedParts(field), undefined);
    return;
  }
  if (span.kind === 'text-field' && isTextField(field)) {
    field.focus();
    field.setSelectionRange(span.start, span.end);
    if (!doc.execCommand('insertText', false, text)) {
      field.setRangeText(text, span.start, span.end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    }
    return;
  }
  if (span.kind !== 'editable') return;
  field.focus();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(span.range);
  if (!doc.execCommand('insertText', false, text)) {
    span.range.deleteContents();
    span.range.insertNode(doc.createTextNode(text));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  }
}

export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** The outermost document this frame's script may touch (an editor's about:blank iframe reaches its page). */
export function topReachableDocument(doc: Document): Document {
  let current = doc;
  try {
    while (current.defaultView?.frameElement) current = current.defaultView.frameElement.ownerDocument;
  } catch {
    // A cross-origin parent: stay in the last reachable document.
  }
  return current;
}

function quotedOriginal(field: HTMLElement): string {
  if (isTextField(field)) return field.tagName === 'TEXTAREA' ? (plainTextQuote(field.value)?.text ?? '') : '';
  const block = field.querySelector(genericQuote);
  return block ? readableText(block) : '';
}

/** What the page says about the language to write in; detection itself runs in the background. */
export function languageHints(field: HTMLElement, adapter: WebmailAdapter): LanguageHints {
  const limit = (text: string) => tidy(text).slice(0, 8000);
  const pageLanguage = (field.ownerDocument.documentElement.lang || topReachableDocument(field.ownerDocument).documentElement.lang || '').slice(0, 35);
  if (adapter.id !== 'generic') {
    const latest = adapter.readThread(document, field)?.messages.at(-1)?.body ?? '';
    return { answeredText: limit(latest), pageLanguage, pageText: '' };
  }
  const nearby = adapter.readThread(document, field)?.messages.at(-1)?.body ?? '';
  return { answeredText: limit(quotedOriginal(field)), pageLanguage, pageText: limit(nearby) };
}

import { readableText } from './dom-text';
import { plainTextQuote } from './generic';

/**
 * Puts text at the caret of a compose field the way a user's typing would: focus, then
 * `execCommand('insertText')`. Gmail's and Outlook's draft models only take text that arrives
 * as a real input (a synthetic InputEvent alone shows the text but the draft never saves it),
 * and the browser's own undo stack records it, so Ctrl+Z takes it back out.
 * A caret inside the quoted history or the signature is moved above them.
 */
export function insertAtCaret(field: HTMLElement, text: string, protectedParts: Element[], saved: Range | undefined): void {
  if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') insertIntoTextField(field as HTMLTextAreaElement, text);
  else insertIntoEditable(field, text, protectedParts, saved);
}

function insertIntoTextField(area: HTMLTextAreaElement, text: string): void {
  let start = area.selectionStart ?? 0;
  let end = area.selectionEnd ?? start;
  let insert = text;
  const quoted = area.tagName === 'TEXTAREA' ? plainTextQuote(area.value) : null;
  if (quoted && end > quoted.start) {
    start = end = quoted.start;
    insert = `${text}\n\n`;
  }
  area.focus();
  area.setSelectionRange(start, end);
  if (!area.ownerDocument.execCommand('insertText', false, insert)) {
    area.setRangeText(insert, start, end, 'end');
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
  }
}

function isInside(range: Range, field: HTMLElement, protectedParts: Element[]): boolean {
  const node = range.commonAncestorContainer;
  return field.contains(node) && !protectedParts.some((part) => part.contains(node));
}

/** The top of the field: its first empty line when it starts with one (Gmail's `<div><br></div>`), else its very start. */
function caretAtTop(field: HTMLElement): Range {
  const range = field.ownerDocument.createRange();
  const first = field.firstElementChild;
  const startsWithEmptyLine = first && field.firstChild === first && (first.textContent ?? '').trim() === '' && ['DIV', 'P'].includes(first.tagName);
  range.setStart(startsWithEmptyLine ? first : field, 0);
  range.collapse(true);
  return range;
}

function insertIntoEditable(field: HTMLElement, text: string, protectedParts: Element[], saved: Range | undefined): void {
  const doc = field.ownerDocument;
  const range = saved && isInside(saved, field, protectedParts) ? saved : caretAtTop(field);
  field.focus();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (!doc.execCommand('insertText', false, text)) {
    range.deleteContents();
    range.insertNode(doc.createTextNode(text));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/** Takes the last insertion back out through the browser's (and so the app's) own undo. */
export function undoInField(field: HTMLElement): void {
  field.focus();
  field.ownerDocument.execCommand('undo');
}

/** What the user has written in the field above the quote and signature: read when they next ask, to learn how much they edited. */
export function ownText(field: HTMLElement, protectedParts: Element[]): string {
  if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') {
    const value = (field as HTMLTextAreaElement).value;
    const quoted = plainTextQuote(value);
    return (quoted ? value.slice(0, quoted.start) : value).trim();
  }
  const range = field.ownerDocument.createRange();
  range.selectNodeContents(field);
  const first = protectedParts[0];
  if (first) range.setEndBefore(first);
  const holder = field.ownerDocument.createElement('div');
  holder.append(range.cloneContents());
  return readableText(holder);
}

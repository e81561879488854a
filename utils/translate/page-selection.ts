import type { Box } from './position';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** What the user had selected when the bubble opened, kept so the bubble can anchor and replace. */
export interface CapturedSelection {
  text: string;
  range: Range | undefined;
  field: { element: TextField; start: number; end: number } | undefined;
  editable: HTMLElement | undefined;
  /** Where focus goes back when the bubble closes. */
  focused: HTMLElement | undefined;
}

/** The focused element, looking through open shadow roots (a web component's input). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Chromium's document selection stops at a shadow host; the shadow root has the real one. */
function selectionFor(active: Element | null): Selection | null {
  const root = active?.getRootNode();
  const withSelection = root as (ShadowRoot & { getSelection?: () => Selection | null }) | undefined;
  if (root instanceof ShadowRoot && typeof withSelection?.getSelection === 'function') return withSelection.getSelection();
  const selection = document.getSelection();
  const host = selection?.anchorNode;
  if (host instanceof Element && host.shadowRoot) {
    const inner = (host.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    if (inner && inner.rangeCount > 0) return inner;
  }
  return selection;
}

function isTextField(element: Element | null): element is TextField {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && ['text', 'search', 'url', 'email', ''].includes(element.type);
}

export function captureSelection(): CapturedSelection {
  const active = deepActiveElement();
  const focused = active instanceof HTMLElement && active !== document.body ? active : undefined;
  if (isTextField(active)) {
    const start = active.selectionStart ?? 0;
    const end = active.selectionEnd ?? start;
    return { text: active.value.slice(start, end), range: undefined, field: { element: active, start, end }, editable: undefined, focused };
  }
  const selection = selectionFor(active);
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  const container = range?.commonAncestorContainer;
  const element = container instanceof HTMLElement ? container : container?.parentElement;
  const editableRoot = element?.isContentEditable ? element.closest('[contenteditable]:not([contenteditable="false"])') : null;
  const editable = editableRoot instanceof HTMLElement ? editableRoot : undefined;
  return { text: selection?.toString() ?? '', range, field: undefined, editable, focused };
}

/** The selection's box now (it moves with scrolling); the field's box for inputs, whose ranges have none. */
export function anchorBox(captured: CapturedSelection): Box | undefined {
  const rect = captured.field ? captured.field.element.getBoundingClientRect() : captured.range?.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) return captured.focused?.getBoundingClientRect();
  return rect;
}

export function canReplace(captured: CapturedSelection): boolean {
  return captured.field !== undefined || (captured.editable !== undefined && captured.range !== undefined);
}

/**
 * Puts the translation in place of the selection with `insertText`, so the page sees the usual
 * input events and the browser's undo works; where that is refused, edits the value and fires
 * `input` itself. Afterwards the captured selection covers the inserted text, so replacing again
 * (another target language) swaps it.
 */
export function replaceSelection(captured: CapturedSelection, text: string): boolean {
  if (captured.field) {
    const { element, start, end } = captured.field;
    element.focus();
    element.setSelectionRange(start, end);
    if (!document.execCommand('insertText', false, text)) {
      element.setRangeText(text, start, end, 'end');
      element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    }
    captured.field = { element, start, end: start + text.length };
    return true;
  }
  if (captured.editable && captured.range) {
    captured.editable.focus();
    // A live range the editor's edits move along: it stays at the start of what gets inserted.
    const covering = document.createRange();
    covering.setStart(captured.range.startContainer, captured.range.startOffset);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(captured.range);
    if (document.execCommand('insertText', false, text)) {
      // The caret ends after the inserted text; from the start mark to it is the translation, so
      // replacing again (another target language) swaps it instead of inserting at the caret.
      const caret = document.getSelection();
      const end = caret && caret.rangeCount > 0 ? caret.getRangeAt(0) : captured.range;
      covering.setEnd(end.endContainer, end.endOffset);
    } else {
      captured.range.deleteContents();
      const inserted = document.createTextNode(text);
      captured.range.insertNode(inserted);
      covering.setEndAfter(inserted);
      captured.editable.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    }
    captured.range = covering;
    return true;
  }
  return false;
}

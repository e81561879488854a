import type { SelectorExpectations, Thread, WebmailAdapter } from './adapter';
import { readableText, tidy } from './dom-text';

// Any other webmail, help desk or form. Most put the original into the reply field itself:
// "On … X wrote:" and `>`-quoted lines in a textarea (Roundcube, Fastmail plain text), or a
// blockquote in an HTML editor, often inside an about:blank iframe (TinyMCE, CKEditor 4).

/** The quoted original inside an HTML reply field. */
export const quote = 'blockquote, .gmail_quote, [id$="divRplyFwdMsg"], .moz-cite-prefix';
export const quote_: SelectorExpectations = [[0, 'generic-textarea.html'], [0, 'generic-iframe-editor.html']];

/** Where the generic mode can write. */
export const editableField = 'textarea, [contenteditable="true"], iframe';
export const editableField_: SelectorExpectations = [[2, 'generic-textarea.html'], [1, 'generic-iframe-editor.html']];

/** "On Tue, 10 Mar 2026 at 08:52, Claire <c@x.fr> wrote:" in the languages webmails write it. */
const ATTRIBUTION = /^(On .+wrote:|Le .+a écrit ?:|Am .+schrieb .+:|El .+escribió:|Il .+ha scritto:|Em .+escreveu:|.+написал\(а\):|.+写道[:：]|.+のメッセージ:|-{2,} ?Original Message ?-{2,}|-{2,} ?Message d'origine ?-{2,})\s*$/;
const QUOTED_LINE = /^\s*>/;

export interface QuotedPart {
  /** Where the quote (its attribution line, if any) starts in the field's text. */
  start: number;
  attribution: string;
  text: string;
}

/** Finds the `>`-quoted original in plain text; null when there is none. */
export function plainTextQuote(value: string): QuotedPart | null {
  const lines = value.split('\n');
  const firstQuoted = lines.findIndex((line) => QUOTED_LINE.test(line));
  const attributionIndex = lines.findIndex((line, index) => ATTRIBUTION.test(line.trim()) && (firstQuoted === -1 || index <= firstQuoted));
  if (firstQuoted === -1 && attributionIndex === -1) return null;
  const startLine = attributionIndex >= 0 ? attributionIndex : firstQuoted;
  const start = lines.slice(0, startLine).reduce((offset, line) => offset + line.length + 1, 0);
  const quoted = lines.slice(startLine + (attributionIndex >= 0 ? 1 : 0)).map((line) => line.replace(/^\s*>+ ?/, ''));
  const text = tidy(quoted.join('\n'));
  return text ? { start, attribution: attributionIndex >= 0 ? (lines[attributionIndex] ?? '').trim() : '', text } : null;
}

function senderFromAttribution(attribution: string): { name: string; email: string } {
  const email = /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(attribution)?.[0] ?? '';
  const name = /,\s*([^,<]+?)\s*(<|$)/.exec(attribution.replace(/ (wrote|a écrit|schrieb|escribió).*$/, ''))?.[1] ?? '';
  return { name: name.trim(), email };
}

function quoteInField(field: HTMLElement): QuotedPart | null {
  if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') return plainTextQuote((field as HTMLTextAreaElement).value);
  const block = field.querySelector(quote);
  if (!block) return plainTextQuote(readableText(field));
  const previous = block.previousElementSibling;
  const attribution = previous && ATTRIBUTION.test(tidy(previous.textContent ?? '')) ? tidy(previous.textContent ?? '') : '';
  return { start: 0, attribution, text: readableText(block) };
}

function selectedText(doc: Document, field: HTMLElement): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  if (field.contains(selection.getRangeAt(0).commonAncestorContainer)) return '';
  return tidy(selection.toString());
}

const ENOUGH_CONTEXT = 80;
const MAX_CONTEXT = 6000;

/** The readable text nearest the field: the smallest ancestor (crossing out of an editor's iframe) with enough of it. */
function nearbyText(field: HTMLElement): string {
  let node: Element | null = field.parentElement;
  const doc = field.ownerDocument;
  let view = doc.defaultView?.document === doc ? doc.defaultView : null;
  while (node || view?.frameElement) {
    if (!node) {
      const frame: Element | null | undefined = view?.frameElement;
      node = frame?.parentElement ?? null;
      view = frame?.ownerDocument.defaultView ?? null;
      continue;
    }
    const text = readableText(node, ['textarea', 'input', 'select', 'button', 'nav', 'iframe', '[contenteditable="true"]']);
    if (text.length >= ENOUGH_CONTEXT) return text.slice(-MAX_CONTEXT);
    node = node.parentElement;
  }
  return '';
}

/** The page around an editor's iframe (its title names the conversation); a cross-origin parent gives null frameElement. */
function topDocument(field: HTMLElement): Document {
  let doc = field.ownerDocument;
  while (doc.defaultView?.document === doc && doc.defaultView.frameElement) doc = doc.defaultView.frameElement.ownerDocument;
  return doc;
}

export const generic: WebmailAdapter = {
  id: 'generic',
  // The generic mode has no button: it starts from the context menu on the field itself.
  composeBoxes: () => [],
  readThread(doc, field): Thread | null {
    if (!field) return null;
    const subject = tidy(topDocument(field).title);
    const quoted = quoteInField(field);
    if (quoted) return { subject, messages: [{ sender: senderFromAttribution(quoted.attribution), date: '', body: quoted.text }] };
    const text = selectedText(doc, field) || nearbyText(field);
    return text ? { subject, messages: [{ sender: { name: '', email: '' }, date: '', body: text }] } : null;
  },
  protectedParts: (field) => (field.tagName === 'TEXTAREA' ? [] : Array.from(field.querySelectorAll(quote))),
  hasSignature: (field) => field.tagName !== 'TEXTAREA' && field.querySelector('.gmail_signature, [id$="Signature"], .moz-signature') !== null,
};

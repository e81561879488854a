import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * Model output is untrusted text that happens to be markdown: it may carry HTML a page (or a
 * prompt injection) put there. It is rendered with a short allow-list: no scripts, no event
 * handlers, no styles, no forms, and no images, whose mere loading would tell a tracker that the
 * answer was read. Links open in a new tab without giving it a handle on Parley.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'del', 's', 'u', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'sup', 'sub', 'kbd', 'input',
];
const ALLOWED_ATTR = ['href', 'title', 'class', 'start', 'align', 'colspan', 'rowspan', 'type', 'checked', 'disabled'];

const marked = new Marked({ gfm: true, breaks: true });
marked.use({
  renderer: {
    // HTML in an answer is shown as the text it is, as chat apps do. It never reaches a DOM
    // parser either: Chromium reports (and blocks) inline handlers even in inert documents.
    html({ text }) {
      return escapeText(text);
    },
    // An image becomes a plain link the user may choose to open: nothing is fetched by showing it.
    image({ href, text }) {
      const label = text ? `Image: ${text}` : 'Image';
      return `<a href="${escapeAttribute(href)}" class="md-image-link">[${escapeText(label)}]</a>`;
    },
  },
});

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

let purifier: ReturnType<typeof DOMPurify> | undefined;

function sanitizer(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // Our own instance: hooks on the shared one would apply to every other user of DOMPurify.
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      if (node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    // Task-list checkboxes are the only inputs markdown makes; anything else goes.
    if (node.tagName === 'INPUT' && node.getAttribute('type') !== 'checkbox') node.remove();
    if (node.tagName === 'INPUT') node.setAttribute('disabled', '');
  });
  purifier = instance;
  return instance;
}

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizer().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}

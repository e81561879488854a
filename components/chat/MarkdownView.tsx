import { useLayoutEffect, useMemo, useRef } from 'react';
import { renderMarkdown } from '../../utils/chat/markdown';
import { t } from '../../utils/i18n/t';

/** Sanitized markdown (see utils/chat/markdown.ts), with a Copy button on each code block. */
export function MarkdownView({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  const container = useRef<HTMLDivElement>(null);

  // The buttons are Parley's own elements, added after sanitizing: model output cannot make one.
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const pre of root.querySelectorAll('pre')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = t('chatCopyCode');
      button.addEventListener('click', () => {
        const code = pre.querySelector('code')?.textContent ?? pre.textContent ?? '';
        void navigator.clipboard.writeText(code).then(
          () => (button.textContent = t('chatCopied')),
          () => (button.textContent = t('chatCopyFailed')),
        );
      });
      pre.before(button);
    }
  }, [html]);

  return <div ref={container} className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

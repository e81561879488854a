import { useRef, type KeyboardEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { TARGET_ATTRIBUTE } from '../../utils/replies/frame-agent';
import type { ReplyControls } from '../../utils/replies/schema';
import { useDialogFocus } from '../ui/useDialogFocus';
import { useInPageTheme } from '../ui/useInPageTheme';
import panelCss from './panel.css?inline';
import { RepliesView } from './RepliesView';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';

let current: ShadowRootContentScriptUi<Root> | undefined;

function InPagePanel({ jobId, controls, onClose }: { jobId: string; controls: ReplyControls; onClose: () => void }) {
  const dialog = useRef<HTMLElement>(null);
  // Back to the reply box the panel is for, where the user goes on writing.
  useDialogFocus(dialog, () => document.querySelector<HTMLElement>(`[${TARGET_ATTRIBUTE}]`));
  const theme = useInPageTheme();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.nativeEvent.isTrusted) onClose();
  };
  return (
    <section ref={dialog} className="parley-panel" role="dialog" aria-label={t('repliesPanelLabel')} data-theme={theme} tabIndex={-1} onKeyDown={onKeyDown}>
      <header>
        <h2>{t('featureReplies')}</h2>
        <button type="button" aria-label={t('repliesClose')} onClick={trusted(onClose)}>
          ✕
        </button>
      </header>
      <RepliesView jobId={jobId} initialControls={controls} />
    </section>
  );
}

/** The panel in a shadow root: the page's styles cannot reach it. A new job replaces the panel of the last one. */
export async function showPanel(ctx: ContentScriptContext, jobId: string, controls: ReplyControls): Promise<void> {
  current?.remove();
  const ui = await createShadowRootUi(ctx, {
    name: 'parley-replies-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: panelCss,
    onMount(container) {
      const root = createRoot(container);
      root.render(<InPagePanel key={jobId} jobId={jobId} controls={controls} onClose={() => ui.remove()} />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  current = ui;
}

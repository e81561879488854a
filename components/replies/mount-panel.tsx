import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ReplyControls } from '../../utils/replies/schema';
import panelCss from './panel.css?inline';
import { RepliesView } from './RepliesView';
import { trusted } from './trusted';

let current: ShadowRootContentScriptUi<Root> | undefined;

function InPagePanel({ jobId, controls, onClose }: { jobId: string; controls: ReplyControls; onClose: () => void }) {
  return (
    <section className="parley-panel" role="dialog" aria-label="Parley: suggested replies">
      <header>
        <h2>Suggested replies</h2>
        <button type="button" aria-label="Close suggested replies" onClick={trusted(onClose)}>
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

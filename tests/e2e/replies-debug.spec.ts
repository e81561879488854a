import { test } from './support/fixtures.ts';
import { editorFrameId } from './support/webmail-replies.ts';
test('debug', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  const url = `${server.url}/pages/webmail/generic-iframe-editor.html`;
  await page.goto(url);
  const frameId = await editorFrameId(serviceWorker, url);
  const r = await serviceWorker.evaluate(async ({ url, frameId }) => {
    const [tab] = await chrome.tabs.query({ url });
    const res = await chrome.scripting.executeScript({ target: { tabId: tab!.id!, frameIds: [frameId] }, func: () => {
      let t = ''; try { t = window.parent.document.title; } catch (e) { t = String(e); }
      return JSON.stringify([String(window.frameElement), window.parent !== window, t, document.defaultView === window, document.defaultView?.document === document]);
    } });
    return res[0]?.result;
  }, { url, frameId });
  console.log('R', r);
});

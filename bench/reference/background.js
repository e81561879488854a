// The floor for Parley's menu click to text: one context-menu listener that asks the same
// loopback server (its address in storage, as Parley keeps its settings there) and writes the
// answer into the page with one injected function. Nothing else: no settings schema, no cache,
// no queue, no UI framework.

const MENU_ID = 'reference-translate';

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: MENU_ID, title: 'Reference: translate', contexts: ['selection'] });
});

function writeAnswer(text) {
  const answer = document.createElement('div');
  answer.setAttribute('data-reference-answer', '');
  answer.textContent = text;
  document.body.append(answer);
}

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const { baseUrl, model } = await chrome.storage.local.get(['baseUrl', 'model']);
  const response = await fetch(`${baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-reference' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: info.selectionText }] }),
  });
  const answer = await response.json();
  await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: writeAnswer, args: [answer.choices[0].message.content] });
});

// A message wakes the stopped worker in the cold runs, as it does Parley's.
chrome.runtime.onMessage.addListener(() => undefined);

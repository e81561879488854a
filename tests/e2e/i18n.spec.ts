import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { bubbleIn, clickMenu, MENU_TRANSLATE, selectContents } from './support/translate.ts';

// Chromium started with --lang=ja: Parley's pages, its background's messages and its manifest speak Japanese.
test.use({ uiLanguage: 'ja' });

const KEY = 'sk-i18n-test-5d2c8e0a4f';

test('the options page is in Japanese when the browser is', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parley の設定');
  await expect(page).toHaveTitle('Parley の設定');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: 'AI プロバイダー' })).toBeVisible();
  await expect(page.getByRole('button', { name: '接続をテスト' })).toBeVisible();
  await expect(page.getByRole('button', { name: '保存' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test connection' })).toHaveCount(0);
});

test('the popup names its tabs in Japanese', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['チャット', '翻訳', '返信']);
  await expect(page.getByRole('button', { name: '設定' })).toBeVisible();
});

test('an error from the background reaches the page in Japanese', async ({ openExtensionPage, server }) => {
  server.setApiKey(KEY);
  const page = await openExtensionPage('options.html');
  await page.locator('select[name="preset"]').selectOption('custom');
  await page.locator('input[name="baseUrl"]').fill(server.baseUrl);
  await page.locator('input[name="apiKey"]').fill('sk-wrong-key-0000111122223333');
  await page.locator('input[name="model"]').fill('gpt-4o-mini');
  await page.getByRole('button', { name: '接続をテスト' }).click();
  const alert = page.locator('[data-error-code="invalid-key"]');
  await expect(alert).toContainText('API キーを拒否しました（401）');
  await expect(alert.getByRole('button', { name: '設定を開く' })).toBeVisible();
});

test('the translate bubble on a page speaks Japanese and names the source language in Japanese', async ({ page, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'The European Central Bank kept its rates unchanged.' });
  const url = `${server.url}/pages/translate/article.html`;
  await page.goto(url);
  const selected = await selectContents(page, '#fr');
  await clickMenu(serviceWorker, url, { menuItemId: MENU_TRANSLATE, selectionText: selected });
  const bubble = page.locator('parley-translate').getByRole('dialog', { name: 'Parley の翻訳' });
  await expect(bubble.getByTestId('translation')).toHaveText('The European Central Bank kept its rates unchanged.');
  await expect(bubble.getByTestId('source-language')).toHaveText('フランス語');
  await expect(bubble.getByRole('button', { name: 'コピー' })).toBeVisible();
  await expect(bubble.getByRole('button', { name: 'ポップアップで開く' })).toBeVisible();
  await expect(bubbleIn(page)).toHaveCount(0);
});

test('the extension name, description and shortcut names are localised', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  // The browser resolves __MSG_extName__ and the others from _locales/ja.
  expect(manifest.name).toBe('Parley：自分の AI で翻訳・返信');
  expect(manifest.description).toContain('OpenAI 互換 API キー');
  expect(manifest.commands?.['translate-selection']?.description).toBe('選択したテキストを翻訳');
});

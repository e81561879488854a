import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';

const CSV = [
  'source,target,keep,case_sensitive,source_language,target_language',
  '"Smith, Jones & Co.",,yes,yes,,',
  'BCE,ECB,no,yes,fr,en',
  'Bank,,no,no,,',
  '"the ""cloud""","die ""Cloud""",no,no,,de',
].join('\r\n');

test('a CSV import shows its entries and each bad line by number, adds nothing until confirmed, and saves with the settings', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  const terms = page.getByTestId('terms');
  await expect(terms).toContainText('Translation-specific terms are a provider feature');
  await terms.locator('input[type="file"]').setInputFiles({ name: 'agency-terms.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  const preview = page.getByRole('region', { name: 'Import preview of agency-terms.csv' });
  await expect(preview).toContainText('3 entries ready to import, 1 lines with problems.');
  await expect(preview.getByTestId('csv-errors')).toHaveText('Line 4: "Bank" has no translation: fill it in, or write yes in the keep column.');
  await expect(preview.getByTestId('csv-preview').getByRole('listitem')).toHaveText(['Smith, Jones & Co. (kept as is)', 'BCE → ECB', 'the "cloud" → die "Cloud"']);
  await expect(terms.getByTestId('term-row')).toHaveCount(1);

  await preview.getByRole('button', { name: 'Add 3 entries to the list' }).click();
  await expect(terms.locator('tbody').getByTestId('term-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  const saved = await serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { wording: { terms: unknown[] } }).wording.terms);
  expect(saved).toEqual([
    { source: 'Smith, Jones & Co.', target: '', keep: true, caseSensitive: true, sourceLanguage: null, targetLanguage: null },
    { source: 'BCE', target: 'ECB', keep: false, caseSensitive: true, sourceLanguage: 'fr', targetLanguage: 'en' },
    { source: 'the "cloud"', target: 'die "Cloud"', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: 'de' },
  ]);
});

test('formality per language and the page-context switch are saved from the options page', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const page = await openExtensionPage('options.html');
  await page.getByLabel('Deutsch').selectOption('formal');
  await page.getByLabel('Tell the model where a selection comes from').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved.');
  const wording = await serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { wording: { formality: Record<string, string>; pageContext: boolean } }).wording);
  expect(wording.formality.de).toBe('formal');
  expect(wording.formality.fr).toBe('auto');
  expect(wording.pageContext).toBe(false);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithAllSitesGrantedBefore } from '../tests/e2e/support/all-sites-granted.ts';
import { serviceWorkerOf } from '../tests/e2e/support/fixtures.ts';
import { pageRequests, translatePageFromMenu } from '../tests/e2e/support/page-translate.ts';
import { segmentTranslator } from '../tests/fixtures/openai-server/segments.ts';
import { countChatPromptTokens } from '../tests/fixtures/openai-server/tokens.ts';
import type { RecordedRequest } from '../tests/fixtures/openai-server/server.ts';
import { round, saveFigures, timed } from './figures.ts';
import { configureDefaults, expect, test } from './support/bench-test.ts';
import { sendParleyRequest } from './support/probes.ts';

/** Full runs (load, translate, read to the end); each starts with an empty cache. */
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
/** What a fast hosted model takes before its answer; the same for every batch. */
const MODEL_LATENCY_MS = 300;

function promptTokens(request: RecordedRequest): number {
  const messages = (request.body as { messages: Array<{ role: string; content: string }> }).messages;
  return countChatPromptTokens(messages.map((message) => ({ role: message.role, texts: [message.content] })));
}

test('page translation: a 60-paragraph article, requests, prompt tokens per block, time to the first translated block', async ({ server }) => {
  test.setTimeout(Number(process.env.BENCH_TIMEOUT ?? 300_000));
  const profile = mkdtempSync(path.join(tmpdir(), 'parley-bench-page-'));
  // The production build, with host access granted as "Always translate this site" would; a
  // dispatched menu click grants no activeTab.
  const context = await launchWithAllSitesGrantedBefore(profile);
  try {
    const worker = await serviceWorkerOf(context);
    await configureDefaults(worker, server);
    server.setDefault(segmentTranslator({ delayMs: MODEL_LATENCY_MS }));
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${new URL(worker.url()).host}/welcome.html`);
    // Asked inside a click, as a user grants it; the profile had it before, so no prompt.
    await extensionPage.evaluate(() => {
      const grant = document.createElement('button');
      grant.id = 'bench-grant';
      grant.onclick = () => void chrome.permissions.request({ origins: ['http://*/*', 'https://*/*'] }).then((granted) => (grant.dataset.granted = String(granted)));
      document.body.append(grant);
    });
    await extensionPage.click('#bench-grant');
    await expect(extensionPage.locator('#bench-grant')).toHaveAttribute('data-granted', 'true');
    const url = `${server.url}/pages/page-translate/article-60.html`;
    const firstBlock: number[] = [];
    const requests: number[] = [];
    const tokensPerBlock: number[] = [];
    let blocks = 0;
    for (let run = 0; run < PAGE_RUNS; run += 1) {
      await sendParleyRequest(extensionPage, 'translate/cache-clear');
      server.requests.length = 0;
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      blocks = await page.locator('article h1, article h2, article p').count();
      const started = Date.now();
      await translatePageFromMenu(worker, url);
      await page.locator('parley-page-translation').first().waitFor({ state: 'visible' });
      firstBlock.push(Date.now() - started);
      // Read to the end, a little under a screen at a time, each screen once it is translated.
      for (let step = 0; step < 60; step += 1) {
        const { atEnd, lastVisible } = await page.evaluate(() => {
          window.scrollBy(0, 600);
          const visible = Array.from(document.querySelectorAll('article > [id]')).filter((block) => block.getBoundingClientRect().top < window.innerHeight);
          return { atEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2, lastVisible: visible.at(-1)?.id ?? 'headline' };
        });
        await page.locator(`#${lastVisible} > parley-page-translation`).waitFor({ state: 'attached' });
        if (atEnd) break;
      }
      await expect(page.locator('parley-page-translation')).toHaveCount(blocks, { timeout: 60_000 });
      const sent = pageRequests(server.requests);
      requests.push(sent.length);
      tokensPerBlock.push(sent.reduce((sum, request) => sum + promptTokens(request), 0) / blocks);
      await page.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    saveFigures('page-translate', [
      timed('pageTranslate.firstBlock', `Page translation: menu click to the first translated block on screen (${MODEL_LATENCY_MS} ms model latency)`, firstBlock),
      { id: 'pageTranslate.requests', label: `Page translation: requests for a ${blocks}-block article read to the end`, unit: 'requests', value: median(requests), runs: requests.length, build: 'production' },
      {
        id: 'pageTranslate.promptTokensPerBlock',
        label: 'Page translation: prompt tokens per translated block (text included, prompt paid once per batch)',
        unit: 'tokens',
        value: round(median(tokensPerBlock)),
        runs: tokensPerBlock.length,
        build: 'production',
      },
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

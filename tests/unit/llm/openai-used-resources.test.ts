import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { OPENAI_RESOURCES_USED, openaiUsedResourcesOnly } from '../../../utils/llm/openai-used-resources';
import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';

// The background's openai client as the build makes it (wxt.config.ts): built here with the same
// plugin and used against the test server for each call Parley makes.

const root = path.resolve(import.meta.dirname, '../../..');
let server: TestServer;
let dir: string;
let bundleCode: string;
let OpenAI: new (options: { apiKey: string; baseURL: string; maxRetries?: number; dangerouslyAllowBrowser?: boolean }) => Record<string, unknown>;

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(path.join(tmpdir(), 'parley-openai-client-'));
  const entry = path.join(root, 'tests/fixtures/openai-client-entry.ts');
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [openaiUsedResourcesOnly()],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'client' } },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]?.output.find((file): file is Rollup.OutputChunk => file.type === 'chunk');
  bundleCode = chunk?.code ?? '';
  writeFileSync(path.join(dir, 'client.mjs'), bundleCode);
  OpenAI = ((await import(pathToFileURL(path.join(dir, 'client.mjs')).href)) as { default: typeof OpenAI }).default;
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const client = () => new OpenAI({ apiKey: 'sk-trimmed-client-7Kp2', baseURL: server.baseUrl, maxRetries: 0 }) as unknown as {
  chat: { completions: { create: (body: unknown) => Promise<AsyncIterable<{ choices: Array<{ delta: { content?: string } }> }>>; stream: (body: unknown) => unknown } };
  completions: { create: (body: unknown) => Promise<{ choices: Array<{ text: string }> }> };
  models: { list: () => AsyncIterable<{ id: string }> };
  files: Record<string, unknown>;
};

describe('the openai client as built into the background', () => {
  it('has only the resources Parley calls: the others are left out of the bundle', () => {
    expect(bundleCode).toContain('/chat/completions');
    expect(bundleCode).not.toContain('/vector_stores');
    expect(bundleCode).not.toContain('/fine_tuning/jobs');
    expect(bundleCode).not.toContain('/assistants');
    expect(client().files).not.toHaveProperty('create');
  });

  it('leaves out the chat helpers Parley does not call, and says so if one is called', () => {
    expect(bundleCode).not.toContain('class ChatCompletionStream');
    expect(() => client().chat.completions.stream({ model: 'parley-test-model', messages: [] })).toThrow(/left out of Parley's build/);
  });

  it('streams a chat completion', async () => {
    server.setDefault({ kind: 'text', text: 'Thank you for your quick answer.' });
    let text = '';
    for await (const chunk of await client().chat.completions.create({ model: 'parley-test-model', messages: [{ role: 'user', content: 'Merci' }], stream: true })) {
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(text).toBe('Thank you for your quick answer.');
  });

  it('makes a legacy completion and lists the models', async () => {
    server.setDefault({ kind: 'text', text: 'Hello' });
    const completion = await client().completions.create({ model: 'parley-test-model', prompt: 'Bonjour', stream: false });
    expect(completion.choices[0]?.text).toBe('Hello');
    const ids: string[] = [];
    for await (const model of client().models.list()) ids.push(model.id);
    expect(ids).toContain('parley-test-model');
  });

  it('covers every resource the provider calls', () => {
    const provider = readFileSync(path.join(root, 'utils/llm/openai-provider.ts'), 'utf8');
    const called = new Set([...provider.matchAll(/\bclient\.(\w+)\./g)].map((match) => match[1]));
    expect([...called].sort()).toEqual(Object.keys(OPENAI_RESOURCES_USED).sort());
  });
});

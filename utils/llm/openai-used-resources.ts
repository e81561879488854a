import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The parts of the `openai` client Parley calls (utils/llm/openai-provider.ts): the client's
 * property, and its file under `openai/resources/`. A new call on the client must add its
 * resource here (tests/unit/llm/openai-used-resources.test.ts checks the provider's calls).
 */
export const OPENAI_RESOURCES_USED: Readonly<Record<string, string>> = { chat: 'chat/chat.mjs', completions: 'completions.mjs', models: 'models.mjs' };
const RESOURCE_FILES_USED = Object.values(OPENAI_RESOURCES_USED);

/**
 * SDK helpers that a used resource imports only for methods Parley does not call: the chat
 * resource's `parse`, `runTools` and `stream` (Parley calls `create` with `stream: true`). Paths
 * under the `openai` package: the importer, then what it imports.
 */
const HELPERS_UNUSED: Readonly<Record<string, readonly string[]>> = {
  'resources/chat/completions/completions.mjs': ['lib/ChatCompletionRunner.mjs', 'lib/ChatCompletionStreamingRunner.mjs', 'lib/ChatCompletionStream.mjs', 'lib/parser.mjs'],
};

const UNUSED_PREFIX = '\0openai-unused-resource:';
const UNUSED_HELPER_PREFIX = '\0openai-unused-helper:';

const UNUSED_RESOURCE_CLASS = `class UnusedResource {
  constructor(client) { this._client = client; }
}`;

/**
 * Called, constructed or asked for a static method, it says where the helper went rather than
 * failing somewhere inside the SDK.
 */
const UNUSED_HELPER_FUNCTION = `function unusedHelper() {
  throw new Error('This part of the openai SDK is left out of Parley\\'s build (utils/llm/openai-used-resources.ts).');
}
const UnusedHelper = new Proxy(unusedHelper, {
  get: (target, property, receiver) => (property in target ? Reflect.get(target, property, receiver) : UnusedHelper),
});`;

/** A file's path inside the \`openai\` package, with forward slashes; undefined outside it. */
function insideOpenai(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('openai');
  return at >= 0 && parts.includes('node_modules') ? parts.slice(at + 1).join('/') : undefined;
}

/** The runtime names a module of the SDK exports (its classes), read by loading it in Node. */
async function exportedNames(file: string): Promise<string[]> {
  return Object.keys((await import(pathToFileURL(file).href)) as Record<string, unknown>);
}

/** `openai/<file>.mjs` at the package's top level: client.mjs, azure.mjs, bedrock.mjs. */
function isClientModule(importer: string | undefined): importer is string {
  const inside = importer === undefined ? undefined : insideOpenai(importer);
  return inside !== undefined && !inside.includes('/') && inside.endsWith('.mjs');
}

/**
 * Leaves out of the build the parts of the `openai` SDK Parley never calls. The client constructs
 * every resource of the API in its constructor (assistants, audio, files, fine-tuning, responses,
 * admin…), so no bundler can drop them: with the chat helpers above they were 274 KB of the
 * background engine's 744 KB, parsed at each cold start of the worker, and Chromium hands a
 * starting worker every script it installed. Here the client's imports of those resources get a
 * class of the same name that holds nothing, and the helpers a stand-in that throws; the used
 * resources stay the SDK's own code, unchanged.
 */
export function openaiUsedResourcesOnly(): Plugin {
  return {
    name: 'parley:openai-used-resources',
    enforce: 'pre',
    resolveId(source, importer) {
      const unusedHelpers = importer === undefined ? undefined : HELPERS_UNUSED[insideOpenai(importer) ?? ''];
      if (importer !== undefined && unusedHelpers && source.startsWith('.')) {
        const target = path.resolve(path.dirname(importer), source);
        if (unusedHelpers.includes(insideOpenai(target) ?? '')) return UNUSED_HELPER_PREFIX + target;
      }
      if (!isClientModule(importer) || !source.startsWith('./resources/')) return null;
      if (RESOURCE_FILES_USED.includes(source.slice('./resources/'.length))) return null;
      return UNUSED_PREFIX + path.resolve(path.dirname(importer), source);
    },
    async load(id) {
      if (id.startsWith(UNUSED_HELPER_PREFIX)) {
        const names = await exportedNames(id.slice(UNUSED_HELPER_PREFIX.length));
        return [UNUSED_HELPER_FUNCTION, ...names.map((name) => `export { UnusedHelper as ${name} };`)].join('\n');
      }
      if (!id.startsWith(UNUSED_PREFIX)) return null;
      const file = id.slice(UNUSED_PREFIX.length);
      const resourcesDir = file.endsWith(`${path.sep}index.mjs`) ? path.dirname(file) : undefined;
      const usedNames = new Map<string, string>();
      if (resourcesDir) {
        // The index re-exports every resource: the used ones from their own files, the rest as stand-ins.
        for (const used of RESOURCE_FILES_USED) {
          const usedFile = path.join(resourcesDir, used);
          for (const name of await exportedNames(usedFile)) usedNames.set(name, usedFile);
        }
      }
      const lines = [UNUSED_RESOURCE_CLASS];
      for (const name of await exportedNames(file)) {
        const usedFile = usedNames.get(name);
        lines.push(usedFile ? `export { ${name} } from ${JSON.stringify(usedFile)};` : `export { UnusedResource as ${name} };`);
      }
      return lines.join('\n');
    },
  };
}

import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval: extension pages run under a strict CSP.' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Content scripts run inside web pages: they must never reach the key or the SDK.
    files: ['entrypoints/**/*.content.ts', 'entrypoints/**/*.content/**', 'entrypoints/*-ui.ts', 'utils/webmail/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['openai', 'openai/*'], message: 'The SDK lives in the background only.' },
            { group: ['**/settings/secrets', '**/providers/registry', '**/llm/openai-provider'], message: 'The key lives in the background only.' },
            // storage.managed has no access levels: a policy key would be readable, so Parley's own in-page code never asks.
            { group: ['**/managed/read', '**/managed/credentials'], message: 'The policy (and any key in it) is read by the background and extension pages only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The bench's reference extension is plain files: its worker and its pages.
    files: ['bench/reference/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    // Plain scripts of the fixture pages run in the page, like the apps they imitate.
    files: ['tests/fixtures/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Playwright fixtures: `use` is Playwright's, and `{}` is how a fixture says it needs none.
    files: ['tests/e2e/**', 'tests/firefox/**', 'bench/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import browser APIs from src/platform/browser.ts only.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render sanitized HTML through src/core/sanitize.ts helpers only.' },
        { property: 'outerHTML', message: 'Render sanitized HTML through src/core/sanitize.ts helpers only.' },
      ],
    },
  },
  {
    files: ['src/**', 'popup/**', 'options/**', 'reader/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'chrome', message: 'Use browser from src/platform/browser.ts.' }] },
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

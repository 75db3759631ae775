import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import noUiLiteral from './scripts/lint/no-ui-literal.js';

/** Every layer's import rule repeats this one, since a later `files` block replaces the rule, not adds to it. */
const polyfill = { name: 'webextension-polyfill', message: 'Import browser APIs from src/platform/browser.ts only.' };

/** An import whose path has one of these folders (or packages) as a segment, with why the layer may not use it. */
function forbid(folders, message) {
  return { regex: `(^|/)(${folders.join('|')})(/|$)`, message };
}

/** An import of a page's folder: the pages sit at the root, so only `../` leads to them. */
function forbidPages(pages, message) {
  return { regex: `^(\\.\\./)+(${pages.join('|')})(/|$)`, message };
}

function layer(files, ...patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { paths: [polyfill], patterns }] } };
}

const PAGES = ['popup', 'options', 'reader'];
const otherPages = (page) => forbidPages(PAGES.filter((other) => other !== page), 'A page imports no other page: what two pages share lives in src/ui/.');
const noStorage = forbid(['storage', 'background'], 'Pages reach the database through the protocol client (src/ui/client.ts), never storage or the background.');

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [polyfill] }],
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
  layer(
    ['src/core/**'],
    forbid(['storage', 'platform', 'background', 'content', 'ui', 'protocol', 'dexie'], 'src/core/ is pure TypeScript: no storage, browser API, background or page.'),
    forbidPages(PAGES, 'src/core/ imports no page.'),
  ),
  layer(['src/storage/**'], forbid(['platform', 'background', 'content', 'ui', 'protocol'], 'src/storage/ is the schema and repository over a Dexie it is given: no browser API, background or page.'), forbidPages(PAGES, 'src/storage/ imports no page.')),
  layer(['src/content/**'], forbid(['storage', 'background', 'ui', 'protocol'], 'The content script extracts: no storage, background or page UI.'), forbidPages(PAGES, 'The content script imports no page.')),
  layer(['src/background/**'], forbid(['ui'], 'The background imports no page UI.'), forbidPages(PAGES, 'The background imports no page.')),
  layer(['src/ui/**'], noStorage, forbidPages(PAGES, 'src/ui/ holds what pages share, so it imports no page.')),
  ...PAGES.map((page) => layer([`${page}/**`], noStorage, otherPages(page))),
  layer(
    ['options/export/read-articles.ts'],
    { regex: '(^|/)(storage(?!/export-reader$)|background)(/|$)', message: 'Export reads through the read-only src/storage/export-reader.ts alone.' },
    otherPages('options'),
  ),
  layer(
    ['src/ui/stored-images.ts'],
    { regex: '(^|/)(storage(?!/image-reader$)|background)(/|$)', message: 'Pages read stored images through the read-only src/storage/image-reader.ts alone.' },
    forbidPages(PAGES, 'src/ui/ holds what pages share, so it imports no page.'),
  ),
  layer(
    ['popup/list/firstPage.ts'],
    { regex: '(^|/)(storage(?!/first-page$)|background)(/|$)', message: 'The popup reads its first page through the read-only src/storage/first-page.ts alone.' },
    otherPages('popup'),
  ),
  {
    files: ['popup/**/*.tsx', 'options/**/*.tsx', 'reader/**/*.tsx', 'src/ui/**/*.tsx'],
    plugins: { quire: { rules: { 'no-ui-literal': noUiLiteral } } },
    rules: { 'quire/no-ui-literal': 'error' },
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

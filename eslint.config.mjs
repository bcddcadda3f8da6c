// Imports point one way: core ← server ← cloudfunctions, core ← src; the emulator imports none of them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'os', 'child_process', 'worker_threads', 'stream', 'zlib', 'url', 'util', 'buffer', 'events'];

const APP_IMPORTS_ONLY_CORE = { group: ['**/server/**', '**/emulator/**', '**/cloudfunctions/**', 'wx-server-sdk', ...NODE_BUILTINS], message: 'the app imports only core' };

/** Forbidden import patterns, written as path fragments, checked for every file of a folder. */
function restrict(patterns) {
  return {
    'no-restricted-imports': ['error', { patterns: patterns.map(({ group, message }) => ({ group, message })) }],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-h5/**', '.local/**', 'cloudfunctions/*/index.js', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // No module may reach itself through its value imports: a cycle makes load order decide what a rule sees.
    files: ['core/**/*.ts', 'server/**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] }, 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import/no-cycle': 'error' },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: restrict([
      { group: ['**/server/**', '**/src/**', '**/emulator/**', '**/cloudfunctions/**', '@/*'], message: 'core depends on nothing but itself' },
      { group: ['@tarojs/*', 'wx-server-sdk', 'react', ...NODE_BUILTINS], message: 'core is pure TypeScript: no Taro, no SDK, no Node' },
    ]),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict([
      { group: ['**/src/**', '**/emulator/**', '**/cloudfunctions/**', '@/*', '@tarojs/*', 'react'], message: 'server imports only core' },
    ]),
  },
  {
    files: ['cloudfunctions/**/*.ts'],
    rules: restrict([{ group: ['**/src/**', '**/emulator/**', '@/*', '@tarojs/*', 'react'], message: 'functions bundle server and core only' }]),
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: restrict([APP_IMPORTS_ONLY_CORE]),
  },
  {
    // The phone runs core/ and src/ on the system's JavaScript engine (old iOS JavaScriptCore too) without polyfills:
    // methods newer than ES2017's library are written another way. (check:weapp catches newer syntax, not methods.)
    files: ['core/**/*.ts', 'src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['at', 'findLast', 'findLastIndex', 'replaceAll', 'hasOwn', 'toSorted', 'toReversed'].map((method) => ({
          selector: `CallExpression[callee.property.name='${method}']`,
          message: `.${method}() is missing on older phones' JavaScript engines: write it another way`,
        })),
      ],
    },
  },
  {
    // Only the two classic rules: the plugin's compiler rules judge code written for React Compiler, which Taro does not use.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // A feature folder stands alone: what two features share lives in components/, api/, forms/ or utils/. Another
    // feature's routes.ts (the addresses of its pages) is the one thing a feature may name.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            APP_IMPORTS_ONLY_CORE,
            { regex: '^(@/features/[^/]+/(?!routes$)|\\.\\./(?!\\.\\./))', message: 'a feature does not import another feature: move the shared piece to components/, api/, forms/ or utils/' },
          ],
        },
      ],
    },
  },
  {
    files: ['emulator/**/*.ts'],
    rules: restrict([{ group: ['**/core/**', '**/server/**', '**/src/**', '**/cloudfunctions/**', '@/*'], message: 'the emulator only answers the SDK' }]),
  },
);

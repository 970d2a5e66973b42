import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { defineConfig, globalIgnores } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-*',
    'node_modules',
    'public/mockServiceWorker.js',
    'test-results',
    'bench-results',
    'playwright-report',
  ]),
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Lists move focus between their items with the arrow keys (roving tabindex): an item of the
    // list is then the focusable thing, as in the WAI-ARIA grid and listbox patterns.
    files: ['src/**/*.tsx'],
    rules: {
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: ['li'], roles: ['tabpanel', 'listitem', 'article'] },
      ],
    },
  },
  {
    // Import cycles make start-up order fragile and hide which module owns what.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['test/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Charts are SVG without roles, and the hostile-text checks count the elements a value made:
    // reading the DOM is how those tests see what the viewer sees.
    files: ['test/**/*.test.{ts,tsx}'],
    rules: { 'testing-library/no-node-access': 'off', 'testing-library/no-container': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Feed text must render as text: no dangerouslySetInnerHTML.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Feed text must render as text: no innerHTML.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*/**', '!./**'],
              message: 'Features never import each other; compose them in src/app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests feed hostile javascript: URLs on purpose, to prove they never become links.
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-script-url': 'off' },
  },
])

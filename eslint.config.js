import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * Lint with the layers of docs/architecture.md enforced: arrows only point
 * down (domain ← contracts ← db ← services ← server / cli), and the web app
 * reaches the rest only through contracts and pure domain code.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain/**' },
        { type: 'contracts', pattern: 'src/contracts/**' },
        { type: 'db', pattern: 'src/db/**' },
        { type: 'services', pattern: 'src/services/**' },
        { type: 'server', pattern: 'src/server/**' },
        { type: 'cli', pattern: 'src/cli/**' },
        { type: 'web', pattern: 'src/web/**' },
      ],
      'import/resolver': { typescript: { alwaysTryTypes: true }, node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'domain' } }, allow: { to: { element: { types: { anyOf: ['domain'] } } } } },
            { from: { element: { type: 'contracts' } }, allow: { to: { element: { types: { anyOf: ['contracts', 'domain'] } } } } },
            { from: { element: { type: 'db' } }, allow: { to: { element: { types: { anyOf: ['db', 'domain'] } } } } },
            { from: { element: { type: 'services' } }, allow: { to: { element: { types: { anyOf: ['services', 'db', 'contracts', 'domain'] } } } } },
            { from: { element: { type: 'server' } }, allow: { to: { element: { types: { anyOf: ['server', 'services', 'contracts', 'domain', 'db'] } } } } },
            { from: { element: { type: 'cli' } }, allow: { to: { element: { types: { anyOf: ['cli', 'server', 'services', 'contracts', 'domain', 'db'] } } } } },
            { from: { element: { type: 'web' } }, allow: { to: { element: { types: { anyOf: ['web', 'contracts', 'domain'] } } } } },
          ],
        },
      ],
    },
  },
);

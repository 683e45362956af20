// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'contracts/', '.facsimile/', 'dist/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'src/cli.ts', 'src/cli-contracts.ts', 'src/cli-repair.ts', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests index into data they have just checked; a failed lookup fails the test anyway.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The consumer project's examples, written as a user writes them: plain Node, Jest's globals.
    files: ['test/package/consumer/**'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'require', 'fetch', 'globalThis', 'document', 'location']
          .concat(['URLSearchParams', 'test', 'expect', 'beforeEach'])
          .map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);

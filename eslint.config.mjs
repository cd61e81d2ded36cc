import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'coverage/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    // The local runtime is a package of its own: nothing of the product inside it.
    files: ['test/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/src', '**/src/**', '**/scripts/**', '**/productRuntime', '**/dist/**'] }],
    },
  },
);

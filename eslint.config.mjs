import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Apps Script's global services: read only by the entry points (src/main.ts) and the Env builder (src/app/env.ts). */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'ScriptApp',
  'MailApp',
  'GmailApp',
  'LockService',
  'PropertiesService',
  'HtmlService',
  'Session',
  'Utilities',
  'Charts',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'Logger',
  'CardService',
  'DocumentApp',
  'ContentService',
];

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'coverage/', '.cache/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    // Every service reaches the app layer through Env: no Apps Script global below src/main.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/app/env.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...APPS_SCRIPT_GLOBALS.map((name) => ({
          name,
          message: `${name} is read in src/app/env.ts (appsScriptEnv) and reaches this code through Env.`,
        })),
      ],
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

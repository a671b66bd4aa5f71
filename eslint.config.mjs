// One ESLint configuration for the whole tree; `npm run lint` runs it with Prettier (format) and
// dependency-cruiser (boundaries between libs and apps).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Relative paths stay inside one lib or app: another lib is reached through its index
// ('#gw/<lib>'), another app through its src/index.ts.
function restrictedImports(inLib) {
  return [
    inLib
      ? {
          regex: '^(\\.\\./)+(libs/|apps/|[a-z-]+/src(/|$))',
          message: "Use another lib through its index ('#gw/<lib>'), never by a relative path.",
        }
      : { regex: '^(\\.\\./)+libs/', message: "Use a lib through its index ('#gw/<lib>'), never by a relative path." },
    { regex: '^(\\.\\./)+(apps/)?[a-z-]+/src/.', message: 'Use another app only through its src/index.ts.' },
    {
      regex: '/generated/',
      message: "Only libs/db imports the generated Prisma client; use the row types from '#gw/db'.",
    },
    { regex: '^#gw/[a-z-]+/', message: "Import a lib by its index only ('#gw/<lib>')." },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'libs/db/src/generated/**',
      'apps/console/src/gql/**',
      'test/browser/artifacts/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // a promise nobody awaits loses its error and its ordering
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      // a switch over a union or enum names every case, so a new value cannot slip through
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': ['error', { patterns: restrictedImports(false) }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/db/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictedImports(true) }] },
  },
  {
    files: ['libs/db/src/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);

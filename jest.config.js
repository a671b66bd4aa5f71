// Nest 12 and @nestjs/graphql 14 ship ES modules only, so nothing in node_modules is ignored
// by the transform; @swc/jest keeps that fast.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  // decorators read design-time types through reflect-metadata, which must load before any class
  setupFiles: ['reflect-metadata'],
  // the same alias tsconfig.json (paths) and package.json (imports, for dist/) resolve
  moduleNameMapper: { '^#gw/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
};
// Each e2e and medium file runs on its own clone of a database migrated once per run: SQLite by
// default, PostgreSQL when TEST_DATABASE_URL names a server.
const clonedDatabase = {
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
};

// `npm test` runs unit, medium and e2e, which need no database server; the postgres project
// needs one and is selected by .ci/run (`jest --selectProjects postgres`).
module.exports = {
  // each e2e file boots a gateway on a fresh database; a loaded 2-core CI machine needs headroom.
  // A global option: Jest ignores it inside a project, where it used to be (hooks timed out at 5 s).
  testTimeout: 30000,
  projects: [
    // one class or pure rule at a time, dependencies mocked; no database server
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/test/**/*.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/'],
    },
    // the web console's rules and components, in jsdom: no browser needed
    {
      ...common,
      displayName: 'console',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/console/**/*.spec.ts'],
      transform: {
        '^.+\\.vue$': '<rootDir>/apps/console/test/vue-transform.cjs',
        '^.+\\.(t|j|mj|cj)s$': swc,
      },
      // Vue and Element Plus ship CommonJS builds that jsdom's resolver picks; only the ES-module-only
      // packages among their dependencies need transforming
      transformIgnorePatterns: ['/node_modules/(?!(@vueuse|lodash-es)/)'],
      moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'vue'],
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/console/test/style-stub.cjs' },
      setupFiles: [],
    },
    // one domain module with the real database layer and no HTTP
    { ...common, ...clonedDatabase, displayName: 'medium', testMatch: ['<rootDir>/libs/**/*.medium-spec.ts'] },
    // the whole gateway over HTTP, as a client sees it
    { ...common, ...clonedDatabase, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // the web console in Chromium against a real gateway (npm run test:browser; needs /usr/bin/chromium)
    {
      ...common,
      ...clonedDatabase,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      testTimeout: 240000,
    },
    // what only a PostgreSQL server can show (its migrations, an outage); TEST_DATABASE_URL set
    {
      ...common,
      ...clonedDatabase,
      displayName: 'postgres',
      testMatch: ['<rootDir>/libs/**/*.pg-spec.ts', '<rootDir>/test/**/*.pg-spec.ts'],
    },
  ],
};

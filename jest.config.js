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
  // the same alias tsconfig.json (paths) and package.json (imports, for dist/) resolve
  // decorators read design-time types through reflect-metadata, which must load before any class
  setupFiles: ['reflect-metadata'],
  moduleNameMapper: { '^#gw/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  // each e2e file boots a gateway on a fresh database; a loaded 2-core CI machine needs headroom
  testTimeout: 30000,
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};

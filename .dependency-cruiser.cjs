// The boundaries between libs and apps, checked by `npm run lint` (depcruise).
// A lib is used only through its index (`#gw/<lib>`); nothing forms a cycle; the generated
// Prisma client stays in libs/db and the shipped seed data in libs/catalog; no lib needs an app.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules must not depend on each other in a circle (within a lib or between libs).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-index-only',
      severity: 'error',
      comment: "Another lib is used only through its public index: import '#gw/<lib>'.",
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'lib-index-only-outside-libs',
      severity: 'error',
      comment: "Apps, tests and benchmarks use a lib only through its public index: import '#gw/<lib>'.",
      from: { pathNot: '^libs/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'app-index-only',
      severity: 'error',
      comment: 'Code outside an app uses it only through apps/<app>/src/index.ts.',
      from: { path: '^(apps/([^/]+)|test|bench)/' },
      to: { path: '^apps/[^/]+/src/', pathNot: ['^$1/', '^apps/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'generated-client-in-db-only',
      severity: 'error',
      comment: 'Only libs/db touches the generated Prisma client.',
      from: { pathNot: '^libs/db/' },
      to: { path: '^libs/db/src/generated/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'A lib needs no app; its tests may use the test helpers.',
      from: { path: '^libs/', pathNot: '[.-]spec\\.ts$' },
      to: { path: '^(apps|test|bench)/' },
    },
    {
      name: 'runtime-never-imports-tests',
      severity: 'error',
      from: { path: '^(libs|apps|bench)/', pathNot: '[.-]spec\\.ts$' },
      to: { path: '(^test/|[.-]spec\\.ts$)' },
    },
    {
      name: 'console-never-imports-libs',
      severity: 'error',
      comment:
        'The web console is a browser bundle: it talks to the gateway over HTTP and never imports server code (libs/, other apps).',
      from: { path: '^apps/console/' },
      to: { path: '^(libs|apps/(?!console/)[^/]+|test|bench)/' },
    },
    {
      name: 'offline-verifier-is-independent',
      severity: 'error',
      comment:
        'test/offline/ cross-checks the gateway from the specifications alone: it imports nothing of ours (only node: built-ins, which the e2e suite checks).',
      from: { path: '^test/offline/' },
      to: { path: '^(libs|apps|bench|test/(?!offline/))' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^libs/db/src/generated/'] },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    includeOnly: '^(libs|apps|test|bench)/',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json', '.vue'],
    },
    skipAnalysisNotInRules: true,
  },
};

// What other programs (the demo, tests, benchmarks) use of the gateway app.
export * from './bootstrap';
export * from './shutdown';
export * from './graphql/schema-printer';
export * from './console/server-paths';

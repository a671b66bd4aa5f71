export * from './connector-protocol';

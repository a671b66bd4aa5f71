export * from './connector-protocol';
export * from './jws-signer';

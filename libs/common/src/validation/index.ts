export * from './codes';
export * from './free-text';

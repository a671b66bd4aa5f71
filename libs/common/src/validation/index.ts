export * from './codes';
export * from './date-time';
export * from './free-text';

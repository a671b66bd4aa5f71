export * from './codes';
export * from './date-time';

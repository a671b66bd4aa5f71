export * from './connection';
export * from './time-range.input';

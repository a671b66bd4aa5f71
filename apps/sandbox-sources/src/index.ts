export * from './population';
export * from './sources';
export * from './server';
export * from './config';

export * from './config';
export * from './errors';
export * from './logging';
export * from './pagination';
export * from './paths';
export * from './canonical-json';
export * from './json.scalar';
export * from './ids';

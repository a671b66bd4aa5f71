// loaded before any decorated class of any lib: decorators read design-time types through it
import 'reflect-metadata';
export * from './config';
export * from './errors';
export * from './logging';
export * from './pagination';
export * from './validation';
export * from './canonical-json';
export * from './json.scalar';
export * from './ids';
export * from './id-number';
export * from './id-number-in-text';
export * from './metrics';
export * from './ttl-cache';
export * from './periodic-task';
export * from './batch-sweep';
export * from './transport-error';
export * from './china-day';
export * from './beijing-time';

export * from './reference-cache.service';
export * from './reference.module';
export { REFERENCE_SCOPES } from './scoped-caches';
export type { ReferenceScope } from './scoped-caches';

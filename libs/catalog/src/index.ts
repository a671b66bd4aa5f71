export * from './catalog.enums';
export * from './catalog-alias.model';
export * from './catalog.model';
export * from './certificate-rule';
export * from './catalog.module';
export * from './catalog.service';
export * from './catalog-seed.service';
export type { CertificateRow, FactTypeRow, ListVersionRow } from './catalog.repository';
export * from './catalog.mapper';
export * from './list-export';
export * from './region-prefix';
// The shipped reference data's shapes, and the fact types' claim schemas (the sandbox's sources
// answer the same claims the catalog defines).
export type { ClaimSchema, ListSeed } from './seed/types';
export { CERTIFICATE_TYPES, COMMUNITY_LISTS, FACT_TYPES } from './seed';
export * from './claim-sentence';

export * from './catalog.enums';
export * from './catalog.model';
export * from './catalog.module';
export * from './catalog.service';
export * from './catalog-seed.service';
export type { CertificateRow, FactTypeRow, ListVersionRow } from './catalog.repository';
export * from './catalog.mapper';
export * from './list-export';
export * from './region-prefix';

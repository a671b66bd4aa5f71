export * from './certificate-matcher';
export * from './community.module';
export * from './community.service';

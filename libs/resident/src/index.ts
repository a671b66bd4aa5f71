export * from './resident.enums';
export * from './resident.model';
export * from './resident.module';
export * from './resident.service';

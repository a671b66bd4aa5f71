export * from './access.enums';
export * from './access.model';
export * from './access.module';
export * from './access.service';

export * from './assist-sweep.service';
export * from './assist.enums';
export * from './assist.model';
export * from './assist.module';
export * from './assist.service';

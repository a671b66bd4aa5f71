export * from './commitment-sweep.service';
export * from './commitment.enums';
export * from './commitment.model';
export * from './commitment.module';
export * from './commitment.service';
export * from './notice';

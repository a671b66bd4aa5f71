export * from './burden-day';
export * from './burden.counters';
export * from './burden.model';
export * from './burden.module';
export * from './burden-recorder.service';
export * from './burden.service';

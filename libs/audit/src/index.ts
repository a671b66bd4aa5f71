export * from './audit-event';
export * from './audit.module';
export * from './audit.service';
export * from './anonymous-refusals.service';
export * from './audit-chainer.service';

export * from './status-list.codec';
export * from './status-list.service';
export * from './status.module';
export * from './token-status';

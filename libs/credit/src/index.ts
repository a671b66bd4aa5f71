export * from './credit-delivery.service';
export * from './credit-outbox.service';
export * from './credit.model';
export * from './credit.module';

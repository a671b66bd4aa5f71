export * from './receipt.service';
export * from './route-result.service';
export { awaitsRoute } from './routes';
export type { RouteResult } from './routes';
export * from './verification-recovery.service';
export * from './verification.enums';
export * from './verification.model';
export * from './verification.module';
export * from './verification.service';

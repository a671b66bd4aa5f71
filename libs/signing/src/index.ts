export * from './gateway-key';
export * from './gateway-token';
export * from './signing.module';
export * from './signing.service';
export * from './subject-hasher.service';

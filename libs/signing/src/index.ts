export * from './gateway-key';
export * from './signing.module';
export * from './signing.service';
export * from './subject-hasher.service';

export * from './access-policy';
export * from './auth-user';
export * from './auth.module';
export * from './decorators';
export * from './dev-keys';
export * from './role.enum';
export * from './token-verifier.service';
export * from './dev-token';

export * from './app.exception';
export * from './error-code';
export * from './graphql-error.mapper';
export * from './validation-failure';
export * from './input-messages';

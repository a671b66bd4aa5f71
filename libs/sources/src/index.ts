export * from './connector/connector.service';
export * from './registry/data-source.model';
export * from './registry/delegation.model';
export * from './registry/registry.service';
export * from './settling';
export * from './sources.enums';
export * from './sources.module';

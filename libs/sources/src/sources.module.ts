import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { ReferenceModule } from '#gw/reference';
import { SigningModule } from '#gw/signing';
import { ConnectorService } from './connector/connector.service';
import { DataSourceRepository } from './registry/data-source.repository';

import { RegistryResolver } from './registry/registry.resolver';
import { RegistryService } from './registry/registry.service';

@Module({
  imports: [AuditModule, SigningModule, ReferenceModule],
  providers: [DataSourceRepository, ConnectorService, RegistryService, RegistryResolver],
  exports: [RegistryService, ConnectorService],
})
export class SourcesModule {}

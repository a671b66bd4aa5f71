import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src';
import { SigningModule } from '../../signing/src';
import { ConnectorService } from './connector/connector.service';
import { DataSourceRepository } from './registry/data-source.repository';
import { DemoSourcesService } from './registry/demo-sources.service';
import { RegistryResolver } from './registry/registry.resolver';
import { RegistryService } from './registry/registry.service';

@Module({
  imports: [AuditModule, SigningModule],
  providers: [DataSourceRepository, ConnectorService, RegistryService, RegistryResolver, DemoSourcesService],
  exports: [RegistryService, ConnectorService, DemoSourcesService],
})
export class SourcesModule {}

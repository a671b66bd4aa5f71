import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { CatalogModule } from '#gw/catalog';
import { AccessRepository } from './access.repository';
import { AccessResolver } from './access.resolver';
import { AccessService } from './access.service';
import { ScreeningRepository } from './screening.repository';

@Module({
  imports: [CatalogModule, AuditModule],
  providers: [AccessRepository, AccessService, AccessResolver, ScreeningRepository],
  exports: [AccessService],
})
export class AccessModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { CatalogModule } from '#gw/catalog';
import { CommitmentModule } from '#gw/commitment';
import { ResidentRepository } from './resident.repository';
import { ResidentResolver } from './resident.resolver';
import { ResidentService } from './resident.service';

@Module({
  imports: [AuditModule, CatalogModule, CommitmentModule],
  providers: [ResidentRepository, ResidentService, ResidentResolver],
  exports: [ResidentService],
})
export class ResidentModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src';
import { CatalogModule } from '../../catalog/src';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';

@Module({
  imports: [CatalogModule, AuditModule],
  providers: [CommunityRepository, CommunityService, CommunityResolver],
  exports: [CommunityService],
})
export class CommunityModule {}

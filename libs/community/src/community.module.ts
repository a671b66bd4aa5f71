import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { BurdenModule } from '#gw/burden';
import { CatalogModule } from '#gw/catalog';
import { SigningModule } from '#gw/signing';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';
import { FormsRepository } from './forms.repository';
import { FormsResolver } from './forms.resolver';
import { FormsService } from './forms.service';
import { IssuanceRepository } from './issuance.repository';
import { IssuanceResolver } from './issuance.resolver';
import { IssuanceService } from './issuance.service';

@Module({
  imports: [CatalogModule, AuditModule, SigningModule, BurdenModule],
  providers: [
    CommunityRepository,
    CommunityService,
    CommunityResolver,
    IssuanceRepository,
    IssuanceService,
    IssuanceResolver,
    FormsRepository,
    FormsService,
    FormsResolver,
  ],
  exports: [CommunityService, IssuanceService],
})
export class CommunityModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { BurdenModule } from '#gw/burden';
import { CatalogModule } from '#gw/catalog';
import { SigningModule } from '#gw/signing';
import { RegistryService, SourcesModule } from '#gw/sources';
import { StatusModule } from '#gw/status';
import { CertificateMatcherService } from './certificate-matcher.service';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';
import { FormsRepository } from './forms.repository';
import { FormsResolver } from './forms.resolver';
import { FormsService } from './forms.service';
import { IssuanceRepository } from './issuance.repository';
import { IssuanceResolver } from './issuance.resolver';
import { IssuanceService } from './issuance.service';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFeedbackResolver } from './match-feedback.resolver';
import { MatchFeedbackService } from './match-feedback.service';
import { SHARED_SOURCE_DIRECTORY } from './shared-sources.port';

@Module({
  imports: [CatalogModule, AuditModule, SigningModule, BurdenModule, SourcesModule, StatusModule],
  providers: [
    CertificateMatcherService,
    MatchFeedbackRepository,
    MatchFeedbackService,
    MatchFeedbackResolver,
    // the registry answers which facts have an active shared source, through the community's own port
    { provide: SHARED_SOURCE_DIRECTORY, useExisting: RegistryService },
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

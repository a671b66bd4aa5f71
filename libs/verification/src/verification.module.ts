import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { BurdenModule } from '#gw/burden';
import { CatalogModule } from '#gw/catalog';
import { SigningModule } from '#gw/signing';
import { SourcesModule } from '#gw/sources';
import { ManualCheckService } from './manual-check.service';
import { StatusModule } from '#gw/status';
import { ReceiptService } from './receipt.service';
import { RouteResultService } from './route-result.service';
import { VerificationRecoveryService } from './verification-recovery.service';
import { VerificationRunner } from './verification-runner';
import { VerificationHotPath } from './verification-hot-path';
import { VerificationRepository } from './verification.repository';
import { VerificationResolver } from './verification.resolver';
import { VerificationService } from './verification.service';

@Module({
  imports: [AuditModule, CatalogModule, SigningModule, SourcesModule, BurdenModule, StatusModule],
  providers: [
    VerificationRepository,
    VerificationHotPath,
    VerificationService,
    VerificationRunner,
    RouteResultService,
    ReceiptService,
    VerificationRecoveryService,
    ManualCheckService,
    VerificationResolver,
  ],
  exports: [VerificationService, RouteResultService, ReceiptService, VerificationRecoveryService],
})
export class VerificationModule {}

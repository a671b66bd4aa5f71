import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src';
import { BurdenModule } from '../../burden/src';
import { CatalogModule } from '../../catalog/src';
import { SigningModule } from '../../signing/src';
import { SourcesModule } from '../../sources/src';
import { ReceiptService } from './receipt.service';
import { VerificationRecoveryService } from './verification-recovery.service';
import { VerificationRepository } from './verification.repository';
import { VerificationResolver } from './verification.resolver';
import { VerificationService } from './verification.service';

@Module({
  imports: [AuditModule, CatalogModule, SigningModule, SourcesModule, BurdenModule],
  providers: [VerificationRepository, VerificationService, ReceiptService, VerificationRecoveryService, VerificationResolver],
  exports: [VerificationService, ReceiptService, VerificationRecoveryService],
})
export class VerificationModule {}

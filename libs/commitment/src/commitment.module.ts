import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src';
import { CatalogModule } from '../../catalog/src';
import { CreditModule } from '../../credit/src';
import { SigningModule } from '../../signing/src';
import { VerificationModule } from '../../verification/src';
import { CommitmentSweepService } from './commitment-sweep.service';
import { CommitmentRepository } from './commitment.repository';
import { CommitmentResolver } from './commitment.resolver';
import { CommitmentService } from './commitment.service';

@Module({
  imports: [AuditModule, CatalogModule, SigningModule, VerificationModule, CreditModule],
  providers: [CommitmentRepository, CommitmentService, CommitmentSweepService, CommitmentResolver],
  exports: [CommitmentService, CommitmentSweepService],
})
export class CommitmentModule {}

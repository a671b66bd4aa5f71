import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { CatalogModule } from '#gw/catalog';
import { CreditModule } from '#gw/credit';
import { SigningModule } from '#gw/signing';
import { StatusModule } from '#gw/status';
import { VerificationModule } from '#gw/verification';
import { CommitmentSweepService } from './commitment-sweep.service';
import { CommitmentRepository } from './commitment.repository';
import { CommitmentResolver } from './commitment.resolver';
import { CommitmentService } from './commitment.service';

@Module({
  imports: [AuditModule, CatalogModule, SigningModule, VerificationModule, CreditModule, StatusModule],
  providers: [CommitmentRepository, CommitmentService, CommitmentSweepService, CommitmentResolver],
  exports: [CommitmentService, CommitmentSweepService],
})
export class CommitmentModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { BurdenModule } from '#gw/burden';
import { CatalogModule } from '#gw/catalog';
import { CreditModule } from '#gw/credit';
import { SigningModule } from '#gw/signing';
import { VerificationModule } from '#gw/verification';
import { AssistSweepService } from './assist-sweep.service';
import { AssistRepository } from './assist.repository';
import { AssistResolver } from './assist.resolver';
import { AssistService } from './assist.service';

@Module({
  imports: [AuditModule, CatalogModule, SigningModule, VerificationModule, BurdenModule, CreditModule],
  providers: [AssistRepository, AssistService, AssistSweepService, AssistResolver],
  exports: [AssistService, AssistSweepService],
})
export class AssistModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src';
import { BurdenModule } from '../../burden/src';
import { CatalogModule } from '../../catalog/src';
import { SigningModule } from '../../signing/src';
import { VerificationModule } from '../../verification/src';
import { AssistSweepService } from './assist-sweep.service';
import { AssistRepository } from './assist.repository';
import { AssistResolver } from './assist.resolver';
import { AssistService } from './assist.service';

@Module({
  imports: [AuditModule, CatalogModule, SigningModule, VerificationModule, BurdenModule],
  providers: [AssistRepository, AssistService, AssistSweepService, AssistResolver],
  exports: [AssistService, AssistSweepService],
})
export class AssistModule {}

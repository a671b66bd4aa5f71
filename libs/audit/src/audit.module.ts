import { Module } from '@nestjs/common';
import { SigningModule } from '#gw/signing';
import { AuditChainer } from './audit-chainer.service';
import { AnonymousRefusals } from './anonymous-refusals.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  imports: [SigningModule],
  providers: [AuditRepository, AuditService, AuditResolver, AnonymousRefusals, AuditChainer],
  exports: [AuditService, AnonymousRefusals, AuditChainer],
})
export class AuditModule {}

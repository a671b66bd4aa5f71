import { Module } from '@nestjs/common';
import { AnonymousRefusals } from './anonymous-refusals.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver, AnonymousRefusals],
  exports: [AuditService, AnonymousRefusals],
})
export class AuditModule {}

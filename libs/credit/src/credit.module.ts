import { Module } from '@nestjs/common';
import { SigningModule } from '#gw/signing';
import { CreditDeliveryService } from './credit-delivery.service';
import { CreditOutboxRepository } from './credit-outbox.repository';
import { CreditOutboxService } from './credit-outbox.service';
import { CreditResolver } from './credit.resolver';

@Module({
  imports: [SigningModule],
  providers: [CreditOutboxRepository, CreditOutboxService, CreditDeliveryService, CreditResolver],
  exports: [CreditOutboxService, CreditDeliveryService],
})
export class CreditModule {}

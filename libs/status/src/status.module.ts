import { Module } from '@nestjs/common';
import { SigningModule } from '#gw/signing';
import { StatusListRepository } from './status-list.repository';
import { StatusListService } from './status-list.service';

@Module({
  imports: [SigningModule],
  providers: [StatusListRepository, StatusListService],
  exports: [StatusListService],
})
export class StatusModule {}

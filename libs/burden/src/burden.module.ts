import { Module } from '@nestjs/common';
import { CatalogModule } from '#gw/catalog';
import { BurdenRecorder } from './burden-recorder.service';
import { BurdenRepository } from './burden.repository';
import { BurdenResolver } from './burden.resolver';
import { BurdenService } from './burden.service';

@Module({
  imports: [CatalogModule],
  providers: [BurdenRepository, BurdenRecorder, BurdenService, BurdenResolver],
  exports: [BurdenRecorder, BurdenService],
})
export class BurdenModule {}

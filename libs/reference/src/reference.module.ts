import { Module } from '@nestjs/common';
import { ReferenceCache } from './reference-cache.service';
import { ReferenceVersionRepository } from './reference-version.repository';

// One ReferenceCache per instance, shared by every module that imports this one.
@Module({
  providers: [ReferenceVersionRepository, ReferenceCache],
  exports: [ReferenceCache],
})
export class ReferenceModule {}

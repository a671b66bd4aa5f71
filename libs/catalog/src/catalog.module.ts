import { Global, Module } from '@nestjs/common';
import { RegionDirectory } from '#gw/auth';
import { CatalogSeedRepository } from './catalog-seed.repository';
import { CatalogSeedService } from './catalog-seed.service';
import { CatalogRepository } from './catalog.repository';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

// Global for the access policy (in the auth module), which learns the regions from the catalog.
@Global()
@Module({
  providers: [
    CatalogRepository,
    CatalogService,
    CatalogResolver,
    CatalogSeedRepository,
    CatalogSeedService,
    { provide: RegionDirectory, useExisting: CatalogService },
  ],
  exports: [CatalogService, CatalogSeedService, RegionDirectory],
})
export class CatalogModule {}

import { Global, Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { RegionDirectory } from '#gw/auth';
import { ReferenceModule } from '#gw/reference';
import { CatalogAliasRepository } from './catalog-alias.repository';
import { CatalogAliasResolver } from './catalog-alias.resolver';
import { CatalogAliasService } from './catalog-alias.service';
import { CatalogSeedRepository } from './catalog-seed.repository';
import { CatalogSeedService } from './catalog-seed.service';
import { CatalogRepository } from './catalog.repository';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

// Global for the access policy (in the auth module), which learns the regions from the catalog.
@Global()
@Module({
  imports: [AuditModule, ReferenceModule],
  providers: [
    CatalogRepository,
    CatalogService,
    CatalogResolver,
    CatalogSeedRepository,
    CatalogSeedService,
    CatalogAliasRepository,
    CatalogAliasService,
    CatalogAliasResolver,
    { provide: RegionDirectory, useExisting: CatalogService },
  ],
  exports: [CatalogService, CatalogSeedService, RegionDirectory],
})
export class CatalogModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '#gw/audit';
import { CatalogAliasRepository } from './catalog-alias.repository';
import { CatalogAliasResolver } from './catalog-alias.resolver';
import { CatalogAliasService } from './catalog-alias.service';
import { CatalogSeedRepository } from './catalog-seed.repository';
import { CatalogSeedService } from './catalog-seed.service';
import { CatalogRepository } from './catalog.repository';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({
  imports: [AuditModule],
  providers: [
    CatalogRepository,
    CatalogService,
    CatalogResolver,
    CatalogSeedRepository,
    CatalogSeedService,
    CatalogAliasRepository,
    CatalogAliasService,
    CatalogAliasResolver,
  ],
  exports: [CatalogService, CatalogSeedService],
})
export class CatalogModule {}

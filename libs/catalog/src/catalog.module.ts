import { Module } from '@nestjs/common';
import { CatalogSeedRepository } from './catalog-seed.repository';
import { CatalogSeedService } from './catalog-seed.service';
import { CatalogRepository } from './catalog.repository';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({
  providers: [CatalogRepository, CatalogService, CatalogResolver, CatalogSeedRepository, CatalogSeedService],
  exports: [CatalogService, CatalogSeedService],
})
export class CatalogModule {}

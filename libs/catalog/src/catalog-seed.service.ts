import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { canonicalJson, LOGGER } from '#gw/common';
import { ReferenceCache } from '#gw/reference';
import {
  CERTIFICATE_TYPES,
  COMMUNITY_LISTS,
  DEPARTMENTS,
  FACT_TYPES,
  FORMS_LIST,
  REGIONS,
  THIRD_PARTY_COMMISSIONS,
} from './seed';
import type { ListSeed } from './seed/types';
import { CatalogSeedRepository } from './catalog-seed.repository';
import { certificateSearchText } from './catalog-search';

const LEVEL_ORDER = { COUNTY: 0, TOWNSHIP: 1, COMMUNITY: 2 } as const;

export interface SeedSummary {
  regions: number;
  departments: number;
  factTypes: number;
  certificateTypes: number;
  listsCreated: string[];
  listsUnchanged: string[];
  listsDiverged: string[];
}

export function listId(list: Pick<ListSeed, 'kind' | 'version'>): string {
  return `${list.kind}-v${list.version}`;
}

export function listContentHash(list: ListSeed): string {
  const { kind, version, title, source, effectiveFrom, items } = list;
  return createHash('sha256')
    .update(canonicalJson({ kind, version, title, source, effectiveFrom, items }))
    .digest('hex');
}

// Loads the shipped reference data. Safe to run on every start and from several replicas:
// catalog rows are upserted, and a published list version is never rewritten. Every run counts
// as a catalog change (the replicas' caches reload once).
@Injectable()
export class CatalogSeedService {
  constructor(
    private readonly repo: CatalogSeedRepository,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly reference: ReferenceCache,
  ) {}

  async seed(): Promise<SeedSummary> {
    const summary = await this.repo.transaction(async (tx) => {
      const s: SeedSummary = {
        regions: REGIONS.length,
        departments: DEPARTMENTS.length,
        factTypes: FACT_TYPES.length,
        certificateTypes: CERTIFICATE_TYPES.length,
        listsCreated: [],
        listsUnchanged: [],
        listsDiverged: [],
      };
      for (const r of [...REGIONS].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]))
        await this.repo.upsertRegion(tx, r);
      for (const d of DEPARTMENTS) await this.repo.upsertDepartment(tx, d);
      for (const f of FACT_TYPES) await this.repo.upsertFactType(tx, f);
      for (const c of THIRD_PARTY_COMMISSIONS) await this.repo.upsertCommission(tx, c);
      for (const c of CERTIFICATE_TYPES) {
        // aliases a list administrator added stay searchable when the shipped entry is reloaded
        const added = await this.repo.activeAddedAliases(tx, c.code);
        await this.repo.upsertCertificate(tx, c, certificateSearchText(c.code, c.name, [...c.aliases, ...added]));
      }
      for (const list of [...COMMUNITY_LISTS, FORMS_LIST]) {
        const id = listId(list);
        const hash = listContentHash(list);
        const existing = await this.repo.findListVersion(list.kind, list.version, tx);
        if (!existing) {
          await this.repo.createList(tx, id, list, hash);
          s.listsCreated.push(id);
        } else if (existing.contentHash === hash) {
          s.listsUnchanged.push(id);
        } else {
          s.listsDiverged.push(id);
        }
      }
      // regions, departments, fact types and certificates may all have changed: every replica
      // reloads them
      await this.reference.bump(tx, 'catalog');
      return s;
    });
    this.reference.changed('catalog');
    if (summary.listsDiverged.length > 0) {
      this.logger.warn(
        { lists: summary.listsDiverged },
        'published list versions differ from the shipped data and were left unchanged; publish a new version instead',
      );
    }
    this.logger.info(
      { created: summary.listsCreated, certificateTypes: summary.certificateTypes },
      'reference data seeded',
    );
    return summary;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER, PeriodicTask, TtlCache } from '#gw/common';
import type { Tx } from '#gw/db';
import { ReferenceVersionRepository } from './reference-version.repository';
import { ReferenceScope, ScopedCaches } from './scoped-caches';

// An entry outlives no change it was told of; this bounds one whose change went unseen (a
// write made around the gateway, a poll that kept failing).
export const REFERENCE_SAFETY_TTL_MS = 5 * 60_000;

// Read-mostly reference data (the catalog, the sources and their grants) served from memory:
// a verification reads none of it from the database. Every change bumps its scope's version row
// in the change's own transaction and clears this instance's caches once committed; every
// instance polls the version rows off the request path (REFERENCE_CACHE_POLL_MS) and clears a
// scope whose version moved. While the rows cannot be read the caches keep serving.
@Injectable()
export class ReferenceCache extends PeriodicTask<ReferenceScope[]> {
  protected override readonly runAtStart = true;
  private readonly caches = new ScopedCaches(REFERENCE_SAFETY_TTL_MS);
  private failing = false;

  constructor(
    private readonly repo: ReferenceVersionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.referenceCache.pollMs;
  }

  // A cache whose entries are dropped when any of these scopes changes.
  cache<K, V>(...scopes: ReferenceScope[]): TtlCache<K, V> {
    return this.caches.create(scopes);
  }

  // Within the transaction that changes data of these scopes: the other instances learn of the
  // change from it once it commits, and not before.
  async bump(tx: Tx, ...scopes: ReferenceScope[]): Promise<void> {
    const at = new Date();
    for (const scope of new Set(scopes)) await this.repo.increment(tx, scope, at);
  }

  // After the change committed: this instance's next read sees it.
  changed(...scopes: ReferenceScope[]): void {
    this.caches.clear(scopes);
  }

  // Reads the versions now (sharing a poll already running): the scopes it cleared.
  refresh(): Promise<ReferenceScope[]> {
    return this.trigger();
  }

  protected async runOnce(): Promise<ReferenceScope[]> {
    let rows;
    try {
      rows = await this.repo.listVersions();
    } catch (err) {
      // logged once per outage: the next poll tries again
      if (!this.failing)
        this.logger.warn({ err: (err as Error).message }, 'reference versions unreadable; serving cached data');
      this.failing = true;
      return [];
    }
    if (this.failing) this.logger.info('reference versions readable again');
    this.failing = false;
    return this.caches.observe(rows);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditService, SYSTEM_ACTOR } from '../../../audit/src';
import { LOGGER, uuidv7 } from '../../../common/src';
import { SourceStatus } from '../sources.enums';
import { DataSourceRepository } from './data-source.repository';
import { RegistryService } from './registry.service';

interface AdvertisedSource {
  code: string;
  name: string;
  providerDepartmentCode: string;
  factTypes: string[];
  endpoint: string;
  healthUrl?: string;
  jwksUrl?: string;
}

// The demo registers the sandbox's sources as their departments would, and grants every
// government department access, so that `npm start` verifies facts with no other setup.
@Injectable()
export class DemoSourcesService {
  constructor(
    private readonly repo: DataSourceRepository,
    private readonly audit: AuditService,
    private readonly registry: RegistryService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async register(sandboxUrl: string, timeoutMs: number): Promise<string[]> {
    const res = await fetch(new URL('/sources', sandboxUrl), { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`sandbox answered HTTP ${res.status} for /sources`);
    const advertised = (await res.json()) as AdvertisedSource[] | { sources: AdvertisedSource[] };
    const sources = Array.isArray(advertised) ? advertised : advertised.sources;
    const consumers = await this.repo.governmentDepartments();
    const known = new Set(await this.repo.existingFactTypes(sources.flatMap((s) => s.factTypes)));
    const registered: string[] = [];
    for (const s of sources) {
      const factTypes = s.factTypes.filter((f) => known.has(f));
      await this.repo.transaction(async (tx) => {
        const existing = await this.repo.byCode(s.code);
        const fields = { name: s.name, endpoint: s.endpoint, healthUrl: s.healthUrl ?? null, jwksUrl: s.jwksUrl ?? null, timeoutMs, status: SourceStatus.ACTIVE, statusReason: null };
        const id = existing?.id ?? uuidv7();
        if (existing) await this.repo.update(tx, id, fields, factTypes);
        else await this.repo.create(tx, { id, code: s.code, providerDepartmentCode: s.providerDepartmentCode, maxConcurrency: 64, createdBy: SYSTEM_ACTOR.user!.subject, ...fields }, factTypes);
        for (const consumer of consumers) await this.repo.grant(tx, id, consumer, SYSTEM_ACTOR.user!.subject);
        await this.audit.record(tx, SYSTEM_ACTOR, { action: 'source.demoRegister', targetType: 'DataSource', targetId: id, detail: { code: s.code, factTypes } });
      });
      registered.push(s.code);
    }
    this.registry.invalidate();
    this.logger.info({ sources: registered, sandboxUrl }, 'demo data sources registered');
    return registered;
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import type { AuditEvent } from '#gw/db';
import {
  AuditChainReport,
  AuditEventConnection,
  AuditEventModel,
  AuditOutcomeEnum,
  AuditTrailFilter,
} from './audit.model';
import { AuditService } from './audit.service';

function toModel(e: AuditEvent): AuditEventModel {
  return {
    ...e,
    actorRoles: e.actorRoles ? e.actorRoles.split(',') : [],
    outcome: e.outcome as AuditOutcomeEnum,
  };
}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: '审计记录（新记录在前）' })
  @Roles(Role.AUDITOR)
  async auditTrail(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => AuditTrailFilter, nullable: true }) filter: AuditTrailFilter | undefined,
    @Args() page: PageArgs,
  ): Promise<AuditEventConnection> {
    const events = await this.audit.trail(caller, filter ?? {}, page);
    return toConnection({ ...events, nodes: events.nodes.map(toModel) }, (e) => encodeCursor(String(e.seq)));
  }

  @Query(() => AuditChainReport, { description: '逐条校验审计哈希链，发现篡改或缺失' })
  @Roles(Role.AUDITOR)
  verifyAuditChain(@CurrentCaller() caller: Caller): Promise<AuditChainReport> {
    return this.audit.verifyChainFor(caller);
  }
}

import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AppException, encodeCursor, PageArgs, toConnection } from '#gw/common';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import type { AuditEvent } from '#gw/db';
import {
  AuditChainReport,
  AuditCheckpointModel,
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
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditTrailFilter, nullable: true }) filter?: AuditTrailFilter,
  ): Promise<AuditEventConnection> {
    const events = await this.audit.trail(caller, filter ?? {}, page);
    return toConnection({ ...events, nodes: events.nodes.map(toModel) }, (e) => encodeCursor(e.id));
  }

  @Query(() => AuditChainReport, {
    description: '逐条校验审计哈希链，并与网关签名的检查点（及调用方保存的检查点）核对，发现篡改、缺失或重算',
  })
  @Roles(Role.AUDITOR)
  verifyAuditChain(
    @CurrentCaller() caller: Caller,
    @Args('checkpoints', { type: () => [String], nullable: true, description: '调用方此前保存的检查点令牌' })
    checkpoints?: string[],
  ): Promise<AuditChainReport> {
    if (checkpoints && checkpoints.length > 20)
      throw AppException.badInput('一次最多核对 20 个检查点', { field: 'checkpoints' });
    if (checkpoints?.some((c) => c.length > 4096))
      throw AppException.badInput('检查点令牌过长', { field: 'checkpoints' });
    return this.audit.verifyChainFor(caller, checkpoints ?? []);
  }

  @Query(() => [AuditCheckpointModel], { description: '最近的签名检查点（新的在前）' })
  @Roles(Role.AUDITOR)
  auditCheckpoints(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<AuditCheckpointModel[]> {
    return this.audit.checkpointsFor(caller, Math.min(Math.max(first ?? 20, 1), 100));
  }
}

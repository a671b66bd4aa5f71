import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { assertTimeRange, emptyPage, LOGGER, Page, PageArgs, pageRequest, SEQUENCE_KEY, sliceToPage } from '#gw/common';
import { PrismaService, Tx } from '#gw/db';
import type { AuditEvent } from '#gw/db';
import type { AuthUser, Caller } from '#gw/auth';
import { AccessPolicy, ANONYMOUS_SUBJECT } from '#gw/auth';
import { AuditOutcome, GENESIS_HASH, hashAuditEntry } from './audit-event';
import { AuditFilter, AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditActor {
  user?: AuthUser | null;
  requestId?: string;
}

// Actions the gateway takes by itself (sweeps, recovery) are attributed to this actor.
export const SYSTEM_ACTOR: AuditActor = {
  user: { subject: 'system:gateway', name: '网关', departmentCode: null, regionCode: null, roles: [] },
};

export interface ChainReport {
  valid: boolean;
  eventCount: number;
  brokenAtSeq: number | null;
  problem: string | null;
}

const VERIFY_BATCH = 500;

@Injectable()
export class AuditService implements OnModuleInit {
  constructor(
    private readonly repo: AuditRepository,
    private readonly prisma: PrismaService,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly policy: AccessPolicy,
  ) {}

  async onModuleInit(): Promise<void> {
    // The schema may not exist yet when migrations are disabled; readiness reports that instead.
    try {
      await this.repo.ensureHead();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'audit head not initialised');
    }
  }

  record(tx: Tx, actor: AuditActor, record: AuditRecord): Promise<AuditEvent> {
    return this.repo.create(tx, this.entry(actor, record, 'OK'));
  }

  // A refused call leaves nothing behind but this event, written in a transaction of its own.
  async recordRefusal(actor: AuditActor, record: AuditRecord): Promise<void> {
    try {
      await this.prisma.transaction((tx) => this.repo.create(tx, this.entry(actor, record, 'REFUSED')));
    } catch (err) {
      this.logger.error(
        { err: (err as Error).message, action: record.action },
        'could not record refusal in audit trail',
      );
    }
  }

  // The trail is the county's: an auditor of a smaller region finds nothing in it.
  async trail(caller: Caller, filter: AuditFilter, page?: PageArgs): Promise<Page<AuditEvent>> {
    const { size, take, after: beforeSeq } = pageRequest(page, SEQUENCE_KEY);
    assertTimeRange(filter);
    if (!(await this.policy.overseesCounty(caller, 'auditEvent'))) return emptyPage();
    const { rows, total } = await this.repo.page(filter, beforeSeq, take);
    return sliceToPage(rows, size, total, (r) => String(r.seq));
  }

  async verifyChainFor(caller: Caller): Promise<ChainReport> {
    await this.policy.assertOverseesCounty(caller, 'auditEvent');
    return this.verifyChain();
  }

  async verifyChain(): Promise<ChainReport> {
    let expectedPrev = GENESIS_HASH;
    let expectedSeq = 1;
    let count = 0;
    const broken = (seq: number, problem: string): ChainReport => ({
      valid: false,
      eventCount: count,
      brokenAtSeq: seq,
      problem,
    });
    for (;;) {
      const batch = await this.repo.listAfter(expectedSeq - 1, VERIFY_BATCH);
      for (const e of batch) {
        if (e.seq !== expectedSeq) return broken(expectedSeq, `第 ${expectedSeq} 条审计记录缺失`);
        if (e.prevHash !== expectedPrev) return broken(e.seq, '前序哈希不一致');
        const recomputed = hashAuditEntry({
          ...e,
          outcome: e.outcome as AuditOutcome,
          detail: e.detail as Record<string, unknown>,
        });
        if (recomputed !== e.hash) return broken(e.seq, '记录内容与哈希不符（已被篡改）');
        expectedPrev = e.hash;
        expectedSeq++;
        count++;
      }
      if (batch.length < VERIFY_BATCH) break;
    }
    const head = await this.repo.findHead();
    if (head && (head.seq !== count || head.lastHash !== expectedPrev)) {
      return broken(count + 1, '链尾记录缺失或链头不一致');
    }
    return { valid: true, eventCount: count, brokenAtSeq: null, problem: null };
  }

  private entry(actor: AuditActor, record: AuditRecord, outcome: AuditOutcome) {
    return {
      actorSubject: actor.user?.subject ?? ANONYMOUS_SUBJECT,
      actorDepartment: actor.user?.departmentCode ?? null,
      actorRoles: (actor.user?.roles ?? []).join(','),
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId ?? null,
      outcome,
      detail: record.detail ?? {},
      requestId: actor.requestId ?? null,
    };
  }
}

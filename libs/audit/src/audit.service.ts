import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  assertTimeRange,
  emptyPage,
  LOGGER,
  Page,
  PageArgs,
  pageRequest,
  sliceToPage,
  UUID_KEY,
  uuidv7,
} from '#gw/common';
import { SigningService } from '#gw/signing';
import { PrismaService, Tx } from '#gw/db';
import type { AuditEvent } from '#gw/db';
import type { AuthUser, Caller } from '#gw/auth';
import { AccessPolicy, ANONYMOUS_SUBJECT } from '#gw/auth';
import { AuditChainer, CHECKPOINT_TYP } from './audit-chainer.service';
import { AuditEntry, AuditOutcome, GENESIS_HASH, hashAuditEntry } from './audit-event';
import { AuditFilter, AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

// An event as the verification hot path writes it in its own statements (same fields as record()).
export interface NewAuditEvent extends AuditEntry {
  id: string;
  at: Date;
}

export interface AuditActor {
  user?: AuthUser | null;
  requestId?: string;
}

// Actions the gateway takes by itself (sweeps, recovery) are attributed to this actor.
export const SYSTEM_ACTOR: AuditActor = {
  user: { subject: 'system:gateway', name: '网关', departmentCode: null, regionCode: null, roles: [] },
};

export interface CheckpointView {
  seq: number;
  hash: string;
  at: Date;
  token: string;
}

export interface ChainReport {
  valid: boolean;
  eventCount: number;
  // appended but not yet given a place in the chain (the chainer runs every AUDIT_CHAIN_MS)
  unchainedCount: number;
  brokenAtSeq: number | null;
  problem: string | null;
  checkpointsChecked: number;
  latestCheckpoint: CheckpointView | null;
}

const VERIFY_BATCH = 500;

@Injectable()
export class AuditService implements OnModuleInit {
  constructor(
    private readonly repo: AuditRepository,
    private readonly prisma: PrismaService,
    private readonly chainer: AuditChainer,
    private readonly signing: SigningService,
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

  // The event record() would append, for a repository that writes it in its own statement group.
  newEvent(actor: AuditActor, record: AuditRecord): NewAuditEvent {
    return { id: uuidv7(), at: new Date(), ...this.entry(actor, record, 'OK') };
  }

  // A refused call leaves nothing behind but this event, written in a transaction of its own.
  recordRefusal(actor: AuditActor, record: AuditRecord): Promise<void> {
    return this.recordAlone(actor, record, 'REFUSED');
  }

  // A call that failed on an unexpected error committed nothing; the attempt is still on record.
  recordFailure(actor: AuditActor, record: AuditRecord): Promise<void> {
    return this.recordAlone(actor, record, 'FAILED');
  }

  private async recordAlone(actor: AuditActor, record: AuditRecord, outcome: AuditOutcome): Promise<void> {
    try {
      await this.prisma.transaction((tx) => this.repo.create(tx, this.entry(actor, record, outcome)));
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, action: record.action, outcome },
        'could not record in audit trail',
      );
    }
  }

  // The trail is the county's: an auditor of a smaller region finds nothing in it.
  async trail(caller: Caller, filter: AuditFilter, page?: PageArgs): Promise<Page<AuditEvent>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    assertTimeRange(filter);
    if (!(await this.policy.overseesCounty(caller, 'auditEvent'))) return emptyPage();
    const { rows, total } = await this.repo.page(filter, beforeId, take);
    return sliceToPage(rows, size, total, (r) => r.id);
  }

  async checkpointsFor(caller: Caller, take: number): Promise<CheckpointView[]> {
    await this.policy.assertOverseesCounty(caller, 'auditEvent');
    return this.checkpoints(take);
  }

  async verifyChainFor(caller: Caller, heldCheckpoints: string[] = []): Promise<ChainReport> {
    await this.policy.assertOverseesCounty(caller, 'auditEvent');
    return this.verifyChain(heldCheckpoints);
  }

  async checkpoints(take: number): Promise<CheckpointView[]> {
    return (await this.repo.listCheckpoints(take)).map(toCheckpointView);
  }

  // Recomputes the chain from the first event, checks the head, and compares the chain with every
  // checkpoint the gateway signed and with any checkpoint the caller kept (a signed token from
  // /audit/checkpoints): a history rewritten and re-chained after a checkpoint cannot match it.
  async verifyChain(heldCheckpoints: string[] = []): Promise<ChainReport> {
    await this.chainer.chainNow().catch(() => 0);
    const stored = await this.repo.listAllCheckpoints();
    const held: { seq: number; hash: string }[] = [];
    for (const token of heldCheckpoints) {
      const c = await this.readCheckpoint(token);
      if (!c) return this.report(false, 0, 1, '所提供的检查点不是本网关签发的有效检查点', stored.length);
      held.push(c);
    }
    for (const c of stored) {
      const signed = await this.readCheckpoint(c.token);
      if (!signed || signed.seq !== c.seq || signed.hash !== c.hash) {
        return this.report(false, 0, c.seq, `第 ${c.seq} 条处的检查点签名无效或与记录不符`, stored.length);
      }
    }
    const expected = new Map<number, string>();
    for (const c of [...stored, ...held]) {
      if (expected.has(c.seq) && expected.get(c.seq) !== c.hash) {
        return this.report(false, 0, c.seq, `第 ${c.seq} 条处的检查点互相矛盾`, stored.length);
      }
      expected.set(c.seq, c.hash);
    }
    let prev = GENESIS_HASH;
    let count = 0;
    const broken = (seq: number, problem: string) =>
      this.report(false, count, seq, problem, stored.length + held.length);
    for (;;) {
      const batch = await this.repo.listChainedFrom(count, VERIFY_BATCH);
      for (const e of batch) {
        if (e.seq !== count + 1) return broken(count + 1, `第 ${count + 1} 条审计记录缺失`);
        if (e.prevHash !== prev) return broken(e.seq, '前序哈希不一致');
        const recomputed = hashAuditEntry({
          ...e,
          seq: e.seq,
          prevHash: e.prevHash,
          outcome: e.outcome as AuditOutcome,
          detail: e.detail as Record<string, unknown>,
        });
        if (recomputed !== e.hash) return broken(e.seq, '记录内容与哈希不符（已被篡改）');
        const checkpoint = expected.get(e.seq);
        if (checkpoint !== undefined && checkpoint !== e.hash) {
          return broken(e.seq, `与第 ${e.seq} 条处的签名检查点不符（历史记录被改写后重新计算了哈希）`);
        }
        prev = e.hash;
        count++;
      }
      if (batch.length < VERIFY_BATCH) break;
    }
    const known = this.chainer.knownCheckpoint();
    if (known && !stored.some((c) => c.seq === known.seq)) {
      return broken(known.seq, `第 ${known.seq} 条处的签名检查点被删除`);
    }
    const beyond = [...expected.keys()].filter((seq) => seq > count).sort((a, b) => a - b)[0];
    if (beyond !== undefined)
      return broken(count + 1, `检查点证明存在第 ${beyond} 条记录，但链在第 ${count} 条结束（记录被删除）`);
    const head = await this.repo.findHead();
    if (head && (head.seq !== count || head.lastHash !== prev)) return broken(count + 1, '链尾记录缺失或链头不一致');
    return this.report(true, count, null, null, stored.length + held.length);
  }

  private async report(
    valid: boolean,
    eventCount: number,
    brokenAtSeq: number | null,
    problem: string | null,
    checkpointsChecked: number,
  ): Promise<ChainReport> {
    const [unchainedCount, latest] = await Promise.all([this.repo.countUnchained(), this.repo.findLatestCheckpoint()]);
    return {
      valid,
      eventCount,
      unchainedCount,
      brokenAtSeq,
      problem,
      checkpointsChecked,
      latestCheckpoint: latest ? toCheckpointView(latest) : null,
    };
  }

  // null for anything the gateway did not sign as a checkpoint; a key lookup that fails (the
  // database) is thrown, since it says nothing about the token
  private async readCheckpoint(token: string): Promise<{ seq: number; hash: string } | null> {
    const checked = await this.signing.checkToken(token.trim(), CHECKPOINT_TYP);
    if (!checked.ok) return null;
    const { seq, hash } = checked.payload as { seq?: unknown; hash?: unknown };
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || typeof hash !== 'string') return null;
    return { seq, hash };
  }

  private entry(actor: AuditActor, record: AuditRecord, outcome: AuditOutcome): AuditEntry {
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

function toCheckpointView(c: { seq: number; hash: string; at: Date; token: string }): CheckpointView {
  return { seq: c.seq, hash: c.hash, at: c.at, token: c.token };
}

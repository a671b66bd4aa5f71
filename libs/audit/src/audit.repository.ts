import { Injectable } from '@nestjs/common';
import { uuidv7 } from '#gw/common';
import { isUniqueViolation, Prisma, PrismaService, Tx } from '#gw/db';
import type { AuditEvent } from '#gw/db';
import { AuditEntry, ChainedAuditEntry, GENESIS_HASH, hashAuditEntry } from './audit-event';

export interface AuditFilter {
  action?: string;
  actorSubject?: string;
  targetType?: string;
  targetId?: string;
  outcome?: string;
  from?: Date;
  to?: Date;
}

export interface ChainHead {
  seq: number;
  lastHash: string;
}

export interface CheckpointRow {
  seq: number;
  hash: string;
  at: Date;
  token: string;
  exportedAt: Date | null;
  exportAttempts: number;
  nextExportAt: Date | null;
}

const HEAD_ID = 1;

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  async ensureHead(): Promise<void> {
    const existing = await this.prisma.client.auditHead.findUnique({ where: { id: HEAD_ID } });
    if (existing) return;
    try {
      await this.prisma.client.auditHead.create({ data: { id: HEAD_ID, seq: 0, lastHash: GENESIS_HASH } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // another replica created it first
    }
  }

  // One insert in the caller's transaction, so the event commits or rolls back with the change;
  // no shared row is touched, so audited writes of different requests never wait for each other.
  async create(tx: Tx, entry: AuditEntry, at = new Date()): Promise<AuditEvent> {
    return tx.auditEvent.create({
      data: { ...entry, id: uuidv7(), at, detail: entry.detail as Prisma.InputJsonValue },
    });
  }

  // Takes (or keeps) the chaining lease: free, expired, or already ours.
  async claimChainLease(holder: string, until: Date, now: Date): Promise<boolean> {
    const { count } = await this.prisma.client.auditHead.updateMany({
      where: { id: HEAD_ID, OR: [{ holder: null }, { holder }, { leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { holder, leaseUntil: until },
    });
    return count === 1;
  }

  async releaseChainLease(holder: string): Promise<void> {
    await this.prisma.client.auditHead.updateMany({
      where: { id: HEAD_ID, holder },
      data: { holder: null, leaseUntil: null },
    });
  }

  // Chains up to `size` unchained events, oldest first, in one transaction that starts by proving
  // the lease is still this holder's (on PostgreSQL that update also locks the head row until the
  // commit). A holder that dies mid-batch commits nothing; the next holder starts where the
  // committed chain ends. Returns the new head and how many were chained (0: nothing waiting or
  // the lease was lost).
  async chainBatch(
    holder: string,
    size: number,
    now: Date,
    extendTo: Date,
    onHead?: (tx: Tx, head: ChainHead, chained: number) => Promise<void>,
  ): Promise<{ head: ChainHead; chained: number }> {
    return this.prisma.transaction(async (tx) => {
      const { count } = await tx.auditHead.updateMany({
        where: { id: HEAD_ID, holder },
        data: { leaseUntil: extendTo },
      });
      const start = await tx.auditHead.findUniqueOrThrow({ where: { id: HEAD_ID } });
      if (count !== 1) return { head: start, chained: 0 };
      const pending = await tx.auditEvent.findMany({ where: { seq: null }, orderBy: { id: 'asc' }, take: size });
      let head: ChainHead = { seq: start.seq, lastHash: start.lastHash };
      const links: { id: string; seq: number; prevHash: string; hash: string }[] = [];
      for (const e of pending) {
        const chained: ChainedAuditEntry = {
          ...e,
          outcome: e.outcome as ChainedAuditEntry['outcome'],
          detail: e.detail as Record<string, unknown>,
          seq: head.seq + 1,
          prevHash: head.lastHash,
        };
        const hash = hashAuditEntry(chained);
        links.push({ id: e.id, seq: chained.seq, prevHash: chained.prevHash, hash });
        head = { seq: chained.seq, lastHash: hash };
      }
      await this.link(tx, links, now);
      if (pending.length > 0) {
        await tx.auditHead.update({ where: { id: HEAD_ID }, data: { seq: head.seq, lastHash: head.lastHash } });
      }
      await onHead?.(tx, head, pending.length);
      return { head, chained: pending.length };
    });
  }

  // The whole batch in one statement: a statement per event cost the gateway more CPU than the
  // verification that wrote the event.
  private async link(tx: Tx, links: { id: string; seq: number; prevHash: string; hash: string }[], now: Date) {
    if (links.length === 0) return;
    if (this.prisma.provider === 'postgres') {
      await tx.$executeRaw`UPDATE "AuditEvent" AS t SET "seq" = u.seq, "prevHash" = u.prev, "hash" = u.hash, "chainedAt" = ${now}
        FROM unnest(${links.map((l) => l.id)}::text[], ${links.map((l) => l.seq)}::int[],
          ${links.map((l) => l.prevHash)}::text[], ${links.map((l) => l.hash)}::text[]) AS u(id, seq, prev, hash)
        WHERE t."id" = u.id`;
      return;
    }
    await tx.$executeRaw`UPDATE "AuditEvent" SET "seq" = j.seq, "prevHash" = j.prev, "hash" = j.hash, "chainedAt" = ${now}
      FROM (SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.seq') AS seq,
              json_extract(value, '$.prevHash') AS prev, json_extract(value, '$.hash') AS hash
            FROM json_each(${JSON.stringify(links)})) AS j
      WHERE "AuditEvent"."id" = j.id`;
  }

  async findHead(): Promise<ChainHead | null> {
    return this.prisma.client.auditHead.findUnique({ where: { id: HEAD_ID }, select: { seq: true, lastHash: true } });
  }

  async countUnchained(): Promise<number> {
    return this.prisma.client.auditEvent.count({ where: { seq: null } });
  }

  async listChainedFrom(afterSeq: number, size: number, tx?: Tx): Promise<AuditEvent[]> {
    return (tx ?? this.prisma.client).auditEvent.findMany({
      where: { seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: size,
    });
  }

  async findChained(seq: number): Promise<AuditEvent | null> {
    return this.prisma.client.auditEvent.findUnique({ where: { seq } });
  }

  async page(
    filter: AuditFilter,
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: AuditEvent[]; total: number }> {
    const where: Prisma.AuditEventWhereInput = {
      action: filter.action,
      actorSubject: filter.actorSubject,
      targetType: filter.targetType,
      targetId: filter.targetId,
      outcome: filter.outcome,
      at: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.auditEvent.findMany({
        where: { ...where, ...(beforeId !== undefined ? { id: { lt: beforeId } } : {}) },
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.auditEvent.count({ where }),
    ]);
    return { rows, total };
  }

  async createCheckpoint(
    tx: Tx,
    c: { seq: number; hash: string; at: Date; token: string; exportDue: boolean },
  ): Promise<void> {
    await tx.auditCheckpoint.create({
      data: { seq: c.seq, hash: c.hash, at: c.at, token: c.token, nextExportAt: c.exportDue ? c.at : null },
    });
  }

  async findLatestCheckpoint(tx?: Tx): Promise<CheckpointRow | null> {
    return (tx ?? this.prisma.client).auditCheckpoint.findFirst({ orderBy: { seq: 'desc' } });
  }

  async listCheckpoints(take: number): Promise<CheckpointRow[]> {
    return this.prisma.client.auditCheckpoint.findMany({ orderBy: { seq: 'desc' }, take });
  }

  async listAllCheckpoints(): Promise<CheckpointRow[]> {
    return this.prisma.client.auditCheckpoint.findMany({ orderBy: { seq: 'asc' } });
  }

  async listCheckpointsToExport(now: Date, take: number): Promise<CheckpointRow[]> {
    return this.prisma.client.auditCheckpoint.findMany({
      where: { exportedAt: null, nextExportAt: { lte: now } },
      orderBy: { seq: 'asc' },
      take,
    });
  }

  async markCheckpointExported(seq: number, at: Date): Promise<void> {
    await this.prisma.client.auditCheckpoint.update({ where: { seq }, data: { exportedAt: at, lastError: null } });
  }

  async markCheckpointExportFailed(seq: number, next: Date, error: string): Promise<void> {
    await this.prisma.client.auditCheckpoint.update({
      where: { seq },
      data: { exportAttempts: { increment: 1 }, nextExportAt: next, lastError: error.slice(0, 500) },
    });
  }
}

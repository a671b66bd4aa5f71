import { Injectable } from '@nestjs/common';
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
      // another replica created it first
      if (!isUniqueViolation(err)) throw err;
    }
  }

  // Must run inside the caller's transaction so the event commits or rolls back with the change.
  async create(tx: Tx, entry: AuditEntry, at = new Date()): Promise<AuditEvent> {
    const head = await tx.auditHead.update({ where: { id: HEAD_ID }, data: { seq: { increment: 1 } } });
    const chained: ChainedAuditEntry = { ...entry, seq: head.seq, at, prevHash: head.lastHash };
    const hash = hashAuditEntry(chained);
    const event = await tx.auditEvent.create({
      data: { ...chained, detail: entry.detail as Prisma.InputJsonValue, hash },
    });
    await tx.auditHead.update({ where: { id: HEAD_ID }, data: { lastHash: hash } });
    return event;
  }

  async findHead(): Promise<{ seq: number; lastHash: string } | null> {
    return this.prisma.client.auditHead.findUnique({ where: { id: HEAD_ID } });
  }

  async listAfter(afterSeq: number, size: number): Promise<AuditEvent[]> {
    return this.prisma.client.auditEvent.findMany({
      where: { seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: size,
    });
  }

  async page(
    filter: AuditFilter,
    beforeSeq: number | undefined,
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
        where: { ...where, ...(beforeSeq !== undefined ? { seq: { lt: beforeSeq } } : {}) },
        orderBy: { seq: 'desc' },
        take,
      }),
      this.prisma.client.auditEvent.count({ where }),
    ]);
    return { rows, total };
  }
}

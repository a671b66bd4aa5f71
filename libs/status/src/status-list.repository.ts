import { Injectable } from '@nestjs/common';
import { PrismaService, Tx } from '#gw/db';
import type { StatusEntry } from '#gw/db';

@Injectable()
export class StatusListRepository {
  constructor(private readonly prisma: PrismaService) {}

  // the database hands out the id: concurrent replicas never get the same one
  async create(tx: Tx | undefined, kind: string, targetId: string): Promise<number> {
    const row = await (tx ?? this.prisma.client).statusEntry.create({ data: { kind, targetId }, select: { id: true } });
    return row.id;
  }

  findById(id: number): Promise<StatusEntry | null> {
    return this.prisma.client.statusEntry.findUnique({ where: { id } });
  }

  async markMany(
    tx: Tx,
    where: { kind: string; targetId: string; from: string[]; below?: number },
    to: { status: string; reason: string; changedAt: Date },
  ): Promise<number> {
    const { count } = await tx.statusEntry.updateMany({
      where: {
        kind: where.kind,
        targetId: where.targetId,
        status: { in: where.from },
        ...(where.below !== undefined ? { id: { lt: where.below } } : {}),
      },
      data: to,
    });
    return count;
  }

  // ids from `from` up to `to` - 1 (both within 32 bits)
  async existsIn(from: number, to: number): Promise<boolean> {
    return !!(await this.prisma.client.statusEntry.findFirst({
      where: { id: { gte: from, lte: to - 1 } },
      select: { id: true },
    }));
  }

  listChanged(from: number, to: number): Promise<{ id: number; status: string }[]> {
    return this.prisma.client.statusEntry.findMany({
      where: { id: { gte: from, lte: to - 1 }, status: { not: 'VALID' } },
      select: { id: true, status: true },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';
import type { Commitment } from '#gw/db';

@Injectable()
export class CommitmentRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  findById(id: string, tx?: Tx): Promise<Commitment | null> {
    return (tx ?? this.prisma.client).commitment.findUnique({ where: { id } });
  }

  findActiveFor(verificationId: string, tx: Tx): Promise<Commitment | null> {
    return tx.commitment.findFirst({ where: { verificationId, status: { in: ['OFFERED', 'SIGNED'] } } });
  }

  countUnrepairedCredit(subjectHash: string): Promise<number> {
    return this.prisma.client.creditRecord.count({ where: { subjectHash, repairedAt: null } });
  }

  async create(tx: Tx, data: Prisma.CommitmentUncheckedCreateInput): Promise<void> {
    await tx.commitment.create({ data });
  }

  // Moves a commitment on only from the expected status; false when someone else moved it first.
  async transition(tx: Tx, id: string, from: string[], data: Prisma.CommitmentUncheckedUpdateInput): Promise<boolean> {
    const { count } = await tx.commitment.updateMany({ where: { id, status: { in: from } }, data });
    return count === 1;
  }

  async createCredit(tx: Tx, data: Prisma.CreditRecordUncheckedCreateInput): Promise<void> {
    await tx.creditRecord.create({ data });
  }

  findCredit(id: string) {
    return this.prisma.client.creditRecord.findUnique({ where: { id } });
  }

  async repairCredit(tx: Tx, id: string, by: string, note: string): Promise<boolean> {
    const { count } = await tx.creditRecord.updateMany({
      where: { id, repairedAt: null },
      data: { repairedAt: new Date(), repairedBy: by, repairNote: note },
    });
    return count === 1;
  }

  listCredits(where: Prisma.CreditRecordWhereInput) {
    return this.prisma.client.creditRecord.findMany({ where, orderBy: { createdAt: 'desc' }, take: 200 });
  }

  listOverdueUnflagged(now: Date, take: number) {
    return this.prisma.client.commitment.findMany({
      where: { status: 'SIGNED', postVerifyDueAt: { lt: now }, overdueFlaggedAt: null },
      select: { id: true },
      take,
    });
  }

  async flagOverdue(tx: Tx, id: string, now: Date): Promise<boolean> {
    const { count } = await tx.commitment.updateMany({
      where: { id, status: 'SIGNED', postVerifyDueAt: { lt: now }, overdueFlaggedAt: null },
      data: { overdueFlaggedAt: now },
    });
    return count === 1;
  }

  async page(
    where: Prisma.CommitmentWhereInput,
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: Commitment[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.prisma.client.commitment.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.commitment.count({ where }),
    ]);
    return { rows, total };
  }
}

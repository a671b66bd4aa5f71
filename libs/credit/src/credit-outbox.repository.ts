import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

export type CreditOutboxRow = Prisma.CreditOutboxGetPayload<Record<string, never>>;

export const PENDING = 'PENDING';
export const CREDIT_PLATFORM = 'CREDIT_PLATFORM';
export const DELIVERED = 'DELIVERED';

@Injectable()
export class CreditOutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tx: Tx, data: Prisma.CreditOutboxUncheckedCreateInput): Promise<void> {
    await tx.creditOutbox.create({ data });
  }

  // Due and unclaimed (or claimed by an instance whose lease ran out), in id order after a key
  // so that one pass visits each row at most once.
  // Only for destinations that have somewhere to go (a configured platform or webhook).
  listDue(
    now: Date,
    afterId: string | undefined,
    take: number,
    destinations: string[] = [CREDIT_PLATFORM],
  ): Promise<{ id: string }[]> {
    return this.prisma.client.creditOutbox.findMany({
      where: {
        ...this.claimable(now),
        destination: { in: destinations },
        ...(afterId !== undefined ? { id: { gt: afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: { id: true },
    });
  }

  // One conditional update: of several instances only one matches the row, the others see the
  // new lease and match nothing.
  async claim(id: string, now: Date, leaseUntil: Date): Promise<CreditOutboxRow | null> {
    const { count } = await this.prisma.client.creditOutbox.updateMany({
      where: { id, ...this.claimable(now) },
      data: { claimedUntil: leaseUntil },
    });
    if (count !== 1) return null;
    return this.prisma.client.creditOutbox.findUnique({ where: { id } });
  }

  // The receiver acknowledged the event: delivered, even if this instance's lease ran out meanwhile.
  // The sealed ID number has done its job and is erased.
  async markDelivered(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.client.creditOutbox.updateMany({
      where: { id, status: PENDING },
      data: { status: DELIVERED, deliveredAt: at, claimedUntil: null, lastError: null, subjectSealed: null },
    });
    return count === 1;
  }

  // Only while the lease is still this instance's: another instance may have taken the row over.
  async markFailed(id: string, leaseUntil: Date, nextAttemptAt: Date, lastError: string): Promise<boolean> {
    const { count } = await this.prisma.client.creditOutbox.updateMany({
      where: { id, status: PENDING, claimedUntil: leaseUntil },
      data: { attempts: { increment: 1 }, lastError, nextAttemptAt, claimedUntil: null },
    });
    return count === 1;
  }

  async page(
    where: Prisma.CreditOutboxWhereInput,
    before: { createdAt: Date; id: string } | undefined,
    take: number,
  ): Promise<{ rows: CreditOutboxRow[]; total: number }> {
    const keyset: Prisma.CreditOutboxWhereInput = before
      ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] }
      : {};
    const [rows, total] = await Promise.all([
      this.prisma.client.creditOutbox.findMany({
        where: { AND: [where, keyset] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
      this.prisma.client.creditOutbox.count({ where }),
    ]);
    return { rows, total };
  }

  async summarize(): Promise<{ pending: number; delivered: number; oldestPendingAt: Date | null }> {
    const [pending, delivered, oldest] = await Promise.all([
      this.prisma.client.creditOutbox.count({ where: { status: PENDING, destination: CREDIT_PLATFORM } }),
      this.prisma.client.creditOutbox.count({ where: { status: DELIVERED, destination: CREDIT_PLATFORM } }),
      this.prisma.client.creditOutbox.aggregate({
        where: { status: PENDING, destination: CREDIT_PLATFORM },
        _min: { createdAt: true },
      }),
    ]);
    return { pending, delivered, oldestPendingAt: oldest._min.createdAt ?? null };
  }

  countPending(destination = CREDIT_PLATFORM): Promise<number> {
    return this.prisma.client.creditOutbox.count({ where: { status: PENDING, destination } });
  }

  private claimable(now: Date): Prisma.CreditOutboxWhereInput {
    return {
      status: PENDING,
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    };
  }
}

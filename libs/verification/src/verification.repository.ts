import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';
import { OutcomeRows, RequestRows, VerificationHotPath } from './verification-hot-path';

const verificationInclude = {
  attempts: { orderBy: [{ startedAt: 'asc' }, { sourceCode: 'asc' }] },
} satisfies Prisma.VerificationInclude;
export type VerificationRow = Prisma.VerificationGetPayload<{ include: typeof verificationInclude }>;

export interface VerificationListFilter {
  requesterDepartment?: string;
  outcome?: string;
  factTypeCode?: string;
  subjectHash?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class VerificationRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly hot: VerificationHotPath,
  ) {}

  // A new request in one statement group (verification, attempts, parties, audit event, the
  // receipt's status entry): the entry's id, or null when the idempotency key is already taken.
  storeRequest(rows: RequestRows): Promise<number | null> {
    return this.hot.storeRequest(rows);
  }

  // A fresh run's outcome in one statement group (outcome, attempts, burden counter, audit event);
  // false when another worker finished it first. Nothing is read back: the caller has the row.
  storeOutcome(rows: OutcomeRows): Promise<boolean> {
    return this.hot.storeOutcome(rows);
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  findById(id: string, tx?: Tx): Promise<VerificationRow | null> {
    return (tx ?? this.prisma.client).verification.findUnique({ where: { id }, include: verificationInclude });
  }

  async createAttempt(tx: Tx, data: Prisma.VerificationAttemptUncheckedCreateInput): Promise<void> {
    await tx.verificationAttempt.create({ data });
  }

  findByKey(requesterDepartment: string, idempotencyKey: string): Promise<VerificationRow | null> {
    return this.prisma.client.verification.findUnique({
      where: { requesterDepartment_idempotencyKey: { requesterDepartment, idempotencyKey } },
      include: verificationInclude,
    });
  }

  async create(tx: Tx, data: Prisma.VerificationUncheckedCreateInput): Promise<void> {
    await tx.verification.create({ data });
  }

  // the other persons the claim names, as subject hashes (their data tracker shows the use)
  async createParties(tx: Tx, rows: { verificationId: string; field: string; subjectHash: string }[]): Promise<void> {
    if (rows.length > 0) await tx.verificationParty.createMany({ data: rows });
  }

  // Takes over an interrupted (or abandoned) verification; false when another worker holds it.
  async claim(id: string, leaseUntil: Date, now: Date): Promise<boolean> {
    const { count } = await this.prisma.client.verification.updateMany({
      where: { id, OR: [{ status: 'INTERRUPTED' }, { status: 'RUNNING', leaseUntil: { lt: now } }] },
      data: { status: 'RUNNING', leaseUntil, reason: null },
    });
    return count === 1;
  }

  // Takes up an UNAVAILABLE verification whose retry time has come, to ask the sources again;
  // false when another retry took it first.
  async claimRetry(id: string, leaseUntil: Date, now: Date): Promise<boolean> {
    const { count } = await this.prisma.client.verification.updateMany({
      where: { id, status: 'DONE', outcome: 'UNAVAILABLE', retryAfter: { lte: now } },
      data: { status: 'RUNNING', leaseUntil },
    });
    return count === 1;
  }

  // Holds an unresolved verification that no route remains for while a manual check settles
  // it: on PostgreSQL a second check waits for the first, then matches nothing.
  async holdForManualCheck(tx: Tx, id: string): Promise<boolean> {
    const { count } = await tx.verification.updateMany({
      where: { id, status: 'DONE', outcome: 'UNRESOLVED', nextRoute: null },
      data: { nextRoute: null },
    });
    return count === 1;
  }

  async createAttempts(rows: Prisma.VerificationAttemptCreateManyInput[]): Promise<void> {
    if (rows.length > 0) await this.prisma.client.verificationAttempt.createMany({ data: rows });
  }

  async updateAttempt(tx: Tx, id: string, data: Prisma.VerificationAttemptUncheckedUpdateInput): Promise<void> {
    await tx.verificationAttempt.update({ where: { id }, data });
  }

  // Finishes a verification only if no other worker has finished it meanwhile (one whose lease
  // ran out while it was still working): on PostgreSQL the second update waits for the first
  // and then matches nothing, so a result is written, and counted, once. Returns the row as
  // stored, attempts included (null when another worker finished it), so that what a run
  // answers is what any later read will say.
  async finishRunning(
    tx: Tx,
    id: string,
    data: Prisma.VerificationUncheckedUpdateManyInput,
  ): Promise<VerificationRow | null> {
    const [row] = await tx.verification.updateManyAndReturn({ where: { id, status: { not: 'DONE' } }, data });
    if (!row) return null;
    const attempts = await tx.verificationAttempt.findMany({
      where: { verificationId: id },
      orderBy: verificationInclude.attempts.orderBy,
    });
    return { ...row, attempts };
  }

  async update(tx: Tx, id: string, data: Prisma.VerificationUncheckedUpdateInput): Promise<void> {
    await tx.verification.update({ where: { id }, data });
  }

  async page(
    filter: VerificationListFilter,
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: VerificationRow[]; total: number }> {
    const where: Prisma.VerificationWhereInput = {
      requesterDepartment: filter.requesterDepartment,
      outcome: filter.outcome,
      factTypeCode: filter.factTypeCode,
      subjectHash: filter.subjectHash,
      createdAt: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.verification.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        include: verificationInclude,
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.verification.count({ where }),
    ]);
    return { rows, total };
  }

  listExpiredRunning(now: Date, take: number) {
    return this.prisma.client.verification.findMany({
      where: { status: 'RUNNING', leaseUntil: { lt: now } },
      select: { id: true, factTypeCode: true },
      take,
    });
  }

  // Marks one abandoned verification, only if it is still abandoned (another replica may have
  // taken it over or marked it meanwhile).
  async markInterrupted(tx: Tx, id: string, now: Date, reason: string): Promise<boolean> {
    const { count } = await tx.verification.updateMany({
      where: { id, status: 'RUNNING', leaseUntil: { lt: now } },
      data: { status: 'INTERRUPTED', reason, leaseUntil: null },
    });
    if (count === 1) {
      await tx.verificationAttempt.updateMany({
        where: { verificationId: id, outcome: 'PENDING' },
        data: { outcome: 'INTERRUPTED', reason, finishedAt: now },
      });
    }
    return count === 1;
  }
}

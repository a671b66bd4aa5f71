import { Injectable } from '@nestjs/common';
import { isUniqueViolation, Prisma, PrismaService, Tx } from '#gw/db';
import type { IssuedCertificate } from '#gw/db';

@Injectable()
export class IssuanceRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  // The first certificate of a community's year creates its counter; the increment takes a row
  // lock, so concurrent issuers get consecutive, distinct numbers.
  async ensureCounter(communityCode: string, year: number): Promise<void> {
    try {
      await this.prisma.client.certificateSerial.create({ data: { communityCode, year, last: 0 } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }

  async incrementSerial(tx: Tx, communityCode: string, year: number): Promise<number> {
    const row = await tx.certificateSerial.update({
      where: { communityCode_year: { communityCode, year } },
      data: { last: { increment: 1 } },
    });
    return row.last;
  }

  async create(tx: Tx, data: Prisma.IssuedCertificateUncheckedCreateInput): Promise<IssuedCertificate> {
    return tx.issuedCertificate.create({ data });
  }

  findById(id: string): Promise<IssuedCertificate | null> {
    return this.prisma.client.issuedCertificate.findUnique({ where: { id } });
  }

  findBySerial(serial: string): Promise<IssuedCertificate | null> {
    return this.prisma.client.issuedCertificate.findUnique({ where: { serial } });
  }

  async revoke(tx: Tx, id: string, reason: string, at: Date): Promise<boolean> {
    const { count } = await tx.issuedCertificate.updateMany({
      where: { id, status: 'ISSUED' },
      data: { status: 'REVOKED', revokedAt: at, revokeReason: reason },
    });
    return count === 1;
  }

  async page(
    filter: { communityPrefixes: readonly string[]; serial?: string; status?: string },
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: IssuedCertificate[]; total: number }> {
    const where: Prisma.IssuedCertificateWhereInput = {
      OR: filter.communityPrefixes.map((prefix) => ({ communityCode: { startsWith: prefix } })),
      status: filter.status,
      serial: filter.serial ? { contains: filter.serial } : undefined,
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.issuedCertificate.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.issuedCertificate.count({ where }),
    ]);
    return { rows, total };
  }
}

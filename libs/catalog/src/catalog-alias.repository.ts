import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

export type CertificateAliasRow = Prisma.CertificateAliasGetPayload<object>;
export type CatalogRevisionRow = Prisma.CatalogRevisionGetPayload<object>;

@Injectable()
export class CatalogAliasRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  // The next catalog version. Two writers that read the same one collide on the primary key of
  // CatalogRevision, and the later one retries.
  async nextVersion(tx: Tx): Promise<number> {
    const last = await tx.catalogRevision.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
    return (last?.version ?? 0) + 1;
  }

  async addRevision(tx: Tx, data: Prisma.CatalogRevisionUncheckedCreateInput): Promise<void> {
    await tx.catalogRevision.create({ data });
  }

  async createAlias(tx: Tx, data: Prisma.CertificateAliasUncheckedCreateInput): Promise<CertificateAliasRow> {
    return tx.certificateAlias.create({ data });
  }

  async retireAlias(tx: Tx, id: string, data: Prisma.CertificateAliasUncheckedUpdateInput): Promise<boolean> {
    const { count } = await tx.certificateAlias.updateMany({ where: { id, activeKey: { not: null } }, data });
    return count === 1;
  }

  alias(id: string): Promise<CertificateAliasRow | null> {
    return this.prisma.client.certificateAlias.findUnique({ where: { id } });
  }

  async activeAliasesOf(tx: Tx, certificateCode: string): Promise<string[]> {
    const rows = await tx.certificateAlias.findMany({
      where: { certificateCode, activeKey: { not: null } },
      orderBy: { addedRevision: 'asc' },
    });
    return rows.map((r) => r.alias);
  }

  async setSearchText(tx: Tx, code: string, searchText: string): Promise<void> {
    await tx.certificateType.update({ where: { code }, data: { searchText } });
  }

  async revisions(
    beforeVersion: number | undefined,
    take: number,
  ): Promise<{ rows: CatalogRevisionRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.prisma.client.catalogRevision.findMany({
        where: beforeVersion ? { version: { lt: beforeVersion } } : {},
        orderBy: { version: 'desc' },
        take,
      }),
      this.prisma.client.catalogRevision.count(),
    ]);
    return { rows, total };
  }
}

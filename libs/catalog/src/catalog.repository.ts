import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '#gw/db';

const certificateInclude = {
  facts: { include: { factType: { include: { ownerDepartment: true } } }, orderBy: { factTypeCode: 'asc' } },
  // aliases a list administrator added and has not retired
  addedAliases: { where: { activeKey: { not: null } }, orderBy: { addedRevision: 'asc' } },
} satisfies Prisma.CertificateTypeInclude;

export type CertificateRow = Prisma.CertificateTypeGetPayload<{ include: typeof certificateInclude }>;
export type FactTypeRow = Prisma.FactTypeGetPayload<{ include: { ownerDepartment: true } }>;
export type RegionRow = Prisma.RegionGetPayload<{ include: { parent: true } }>;
export type ListVersionRow = Prisma.ListVersionGetPayload<{ include: { items: true } }>;
export type ListVersionSummaryRow = Prisma.ListVersionGetPayload<{ include: { _count: { select: { items: true } } } }>;

@Injectable()
export class CatalogRepository {
  constructor(private readonly prisma: PrismaService) {}

  // `search` is already in the search text's form, with no LIKE wildcard left in it.
  async pageCertificates(
    search: string | undefined,
    code: string | undefined,
    afterCode: string | undefined,
    take: number,
  ): Promise<{ rows: CertificateRow[]; total: number }> {
    const where: Prisma.CertificateTypeWhereInput = search
      ? { OR: [{ searchText: { contains: search } }, ...(code ? [{ code }] : [])] }
      : {};
    const [rows, total] = await Promise.all([
      this.prisma.client.certificateType.findMany({
        where: { ...where, ...(afterCode ? { code: { gt: afterCode } } : {}) },
        include: certificateInclude,
        orderBy: { code: 'asc' },
        take,
      }),
      this.prisma.client.certificateType.count({ where }),
    ]);
    return { rows, total };
  }

  listCertificates(): Promise<CertificateRow[]> {
    return this.prisma.client.certificateType.findMany({ include: certificateInclude, orderBy: { code: 'asc' } });
  }

  listFactTypes(): Promise<FactTypeRow[]> {
    return this.prisma.client.factType.findMany({ include: { ownerDepartment: true }, orderBy: { code: 'asc' } });
  }

  async listThirdPartiesFor(factTypeCode: string): Promise<string[]> {
    const rows = await this.prisma.client.factTypeThirdParty.findMany({
      where: { factTypeCode },
      orderBy: { departmentCode: 'asc' },
    });
    return rows.map((r) => r.departmentCode);
  }

  listDepartments() {
    return this.prisma.client.department.findMany({ orderBy: { code: 'asc' } });
  }

  listRegions(): Promise<RegionRow[]> {
    return this.prisma.client.region.findMany({ include: { parent: true }, orderBy: { code: 'asc' } });
  }

  findListVersion(kind: string, version: number): Promise<ListVersionRow | null> {
    return this.prisma.client.listVersion.findUnique({
      where: { kind_version: { kind, version } },
      include: { items: { orderBy: { seq: 'asc' } } },
    });
  }

  // Every version of a list without its items, newest first: lists change through work-access
  // approvals only, so there are a handful per year.
  listVersions(kind: string): Promise<ListVersionSummaryRow[]> {
    return this.prisma.client.listVersion.findMany({
      where: { kind },
      orderBy: { version: 'desc' },
      include: { _count: { select: { items: true } } },
    });
  }

  // The version in force is the highest version already effective at that moment.
  findListInForce(kind: string, at: Date): Promise<ListVersionRow | null> {
    return this.prisma.client.listVersion.findFirst({
      where: { kind, effectiveFrom: { lte: at } },
      orderBy: { version: 'desc' },
      include: { items: { orderBy: { seq: 'asc' } } },
    });
  }
}

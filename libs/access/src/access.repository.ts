import { Injectable } from '@nestjs/common';
import { toListItem } from '#gw/catalog';
import { Prisma, PrismaService, Tx } from '#gw/db';
import type { ListItemDraft } from './list-change';

const applicationInclude = { steps: { orderBy: { at: 'asc' } } } satisfies Prisma.WorkAccessApplicationInclude;

export type ApplicationRow = Prisma.WorkAccessApplicationGetPayload<{ include: typeof applicationInclude }>;
export type LatestListRow = Prisma.ListVersionGetPayload<{ include: { items: true } }>;
export type ListVersionRef = Pick<LatestListRow, 'id' | 'kind' | 'version' | 'title' | 'effectiveFrom'>;

export interface ApplicationFilter {
  status?: string;
  listKind?: string;
  applicantDepartment?: string;
}

export interface NewListVersion {
  id: string;
  kind: string;
  version: number;
  title: string;
  source: string;
  effectiveFrom: Date;
  isSample: boolean;
  contentHash: string;
  applicationId: string;
  changeSummary: string;
  items: ListItemDraft[];
}

@Injectable()
export class AccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  // The newest published version, in force or not yet: a change is always applied to it.
  findLatestList(kind: string, tx?: Tx): Promise<LatestListRow | null> {
    return (tx ?? this.prisma.client).listVersion.findFirst({
      where: { kind },
      orderBy: { version: 'desc' },
      include: { items: { orderBy: { seq: 'asc' } } },
    });
  }

  listVersionRefs(ids: string[]): Promise<ListVersionRef[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.prisma.client.listVersion.findMany({
      where: { id: { in: ids } },
      select: { id: true, kind: true, version: true, title: true, effectiveFrom: true },
    });
  }

  async createApplication(tx: Tx, data: Prisma.WorkAccessApplicationUncheckedCreateInput): Promise<void> {
    await tx.workAccessApplication.create({ data });
  }

  async createStep(tx: Tx, data: Prisma.WorkAccessStepUncheckedCreateInput): Promise<void> {
    await tx.workAccessStep.create({ data });
  }

  // Moves the application on only from the status the caller saw, so two reviewers acting at
  // once cannot both succeed.
  async transition(
    tx: Tx,
    id: string,
    from: readonly string[],
    data: Prisma.WorkAccessApplicationUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const { count } = await tx.workAccessApplication.updateMany({ where: { id, status: { in: [...from] } }, data });
    return count === 1;
  }

  findById(id: string, tx?: Tx): Promise<ApplicationRow | null> {
    return (tx ?? this.prisma.client).workAccessApplication.findUnique({ where: { id }, include: applicationInclude });
  }

  async page(
    filter: ApplicationFilter,
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: ApplicationRow[]; total: number }> {
    const where: Prisma.WorkAccessApplicationWhereInput = {
      status: filter.status,
      listKind: filter.listKind,
      applicantDepartment: filter.applicantDepartment,
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.workAccessApplication.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        include: applicationInclude,
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.workAccessApplication.count({ where }),
    ]);
    return { rows, total };
  }

  async createListVersion(tx: Tx, v: NewListVersion): Promise<void> {
    const { items, ...version } = v;
    await tx.listVersion.create({
      data: {
        ...version,
        // only the item's own fields: drafts copied from the previous version still carry its ids
        items: {
          create: items.map((i) => ({ ...toListItem(i), id: `${v.id}-${i.seq}` })),
        },
      },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

// Everything the data tracker reads about one subject hash, and the tracker's own tables
// (objections, one-time sign links). Reads are bounded: a resident has few records.
const MAX_ROWS = 500;

export interface Period {
  from?: Date;
  to?: Date;
}

const within = (p: Period) => (p.from || p.to ? { gte: p.from, lt: p.to } : undefined);

const VERIFICATION_VIEW = {
  attempts: {
    select: {
      route: true,
      sourceCode: true,
      outcome: true,
      startedAt: true,
      source: { select: { name: true, providerDepartmentCode: true } },
    },
    orderBy: { startedAt: 'asc' },
  },
} satisfies Prisma.VerificationInclude;

export type TrackedVerification = Prisma.VerificationGetPayload<{ include: typeof VERIFICATION_VIEW }>;

@Injectable()
export class ResidentRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  listVerifications(subjectHash: string, period: Period): Promise<TrackedVerification[]> {
    return this.prisma.client.verification.findMany({
      where: { subjectHash, createdAt: within(period) },
      include: VERIFICATION_VIEW,
      orderBy: { createdAt: 'desc' },
      take: MAX_ROWS,
    });
  }

  // verifications whose claim names the subject (as spouse, relative...), with the field
  async listNamedIn(
    subjectHash: string,
    period: Period,
  ): Promise<{ field: string; verification: TrackedVerification }[]> {
    const parties = await this.prisma.client.verificationParty.findMany({
      where: { subjectHash, createdAt: within(period) },
      orderBy: { createdAt: 'desc' },
      take: MAX_ROWS,
    });
    if (parties.length === 0) return [];
    const rows = await this.prisma.client.verification.findMany({
      where: { id: { in: parties.map((p) => p.verificationId) } },
      include: VERIFICATION_VIEW,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const seen = new Set<string>();
    const out: { field: string; verification: TrackedVerification }[] = [];
    for (const p of parties) {
      const v = byId.get(p.verificationId);
      // the person's own verification is already listed as theirs
      if (!v || seen.has(v.id) || v.subjectHash === subjectHash) continue;
      seen.add(v.id);
      out.push({ field: p.field, verification: v });
    }
    return out;
  }

  findVerification(id: string): Promise<TrackedVerification | null> {
    return this.prisma.client.verification.findUnique({ where: { id }, include: VERIFICATION_VIEW });
  }

  findParty(verificationId: string, subjectHash: string) {
    return this.prisma.client.verificationParty.findFirst({ where: { verificationId, subjectHash } });
  }

  // the audit events of an assisting officer revealing the subject's ID number
  async listReveals(subjectHash: string, period: Period) {
    const assists = await this.prisma.client.assistRequest.findMany({
      where: { verification: { subjectHash } },
      select: {
        id: true,
        toDepartment: true,
        factTypeCode: true,
        verification: { select: { matter: true, purpose: true } },
      },
      take: MAX_ROWS,
    });
    if (assists.length === 0) return [];
    const events = await this.prisma.client.auditEvent.findMany({
      where: {
        action: 'assist.revealSubject',
        outcome: 'OK',
        targetId: { in: assists.map((a) => a.id) },
        at: within(period),
      },
      orderBy: { id: 'desc' },
      take: MAX_ROWS,
    });
    const byId = new Map(assists.map((a) => [a.id, a]));
    return events.map((e) => ({ event: e, assist: byId.get(e.targetId!)! }));
  }

  findRevealEvent(id: string) {
    return this.prisma.client.auditEvent.findFirst({ where: { id, action: 'assist.revealSubject', outcome: 'OK' } });
  }

  findAssist(id: string) {
    return this.prisma.client.assistRequest.findUnique({
      where: { id },
      select: {
        id: true,
        toDepartment: true,
        factTypeCode: true,
        verification: { select: { subjectHash: true, matter: true, purpose: true } },
      },
    });
  }

  listCommitments(subjectHash: string) {
    return this.prisma.client.commitment.findMany({
      where: { subjectHash },
      include: { verification: { select: { matter: true, purpose: true, requesterSubject: true } } },
      orderBy: { createdAt: 'desc' },
      take: MAX_ROWS,
    });
  }

  findCommitment(id: string) {
    return this.prisma.client.commitment.findUnique({
      where: { id },
      include: { verification: { select: { matter: true, purpose: true, requesterSubject: true } } },
    });
  }

  listCredits(subjectHash: string) {
    return this.prisma.client.creditRecord.findMany({
      where: { subjectHash },
      orderBy: { createdAt: 'desc' },
      take: MAX_ROWS,
    });
  }

  findCredit(id: string) {
    return this.prisma.client.creditRecord.findUnique({ where: { id } });
  }

  listCertificates(subjectHash: string) {
    return this.prisma.client.issuedCertificate.findMany({
      where: { subjectHash },
      orderBy: { issuedAt: 'desc' },
      take: MAX_ROWS,
    });
  }

  // the audit events about a record (by its id)
  listTrail(targetIds: string[]) {
    return this.prisma.client.auditEvent.findMany({
      where: { targetId: { in: targetIds } },
      orderBy: { id: 'asc' },
      take: 200,
    });
  }

  // --- objections

  async createObjection(tx: Tx, data: Prisma.ResidentObjectionUncheckedCreateInput): Promise<void> {
    await tx.residentObjection.create({ data });
  }

  findObjection(id: string) {
    return this.prisma.client.residentObjection.findUnique({ where: { id } });
  }

  listObjections(subjectHash: string) {
    return this.prisma.client.residentObjection.findMany({
      where: { subjectHash },
      orderBy: { createdAt: 'desc' },
      take: MAX_ROWS,
    });
  }

  async pageObjections(status: string | undefined, beforeId: string | undefined, take: number) {
    const where: Prisma.ResidentObjectionWhereInput = { status };
    const [rows, total] = await Promise.all([
      this.prisma.client.residentObjection.findMany({
        where: { ...where, id: beforeId ? { lt: beforeId } : undefined },
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.residentObjection.count({ where }),
    ]);
    return { rows, total };
  }

  // answers an objection still open (or answered, to add to it); false when it is closed
  async answerObjection(tx: Tx, id: string, data: Prisma.ResidentObjectionUncheckedUpdateInput): Promise<boolean> {
    const { count } = await tx.residentObjection.updateMany({
      where: { id, status: { in: ['OPEN', 'ANSWERED'] } },
      data,
    });
    return count === 1;
  }

  // --- one-time sign links

  async createLink(tx: Tx, data: Prisma.CommitmentSignLinkUncheckedCreateInput): Promise<void> {
    await tx.commitmentSignLink.create({ data });
  }

  findLink(tokenHash: string) {
    return this.prisma.client.commitmentSignLink.findUnique({ where: { tokenHash } });
  }

  // spends the link once; false when it was already used (or is gone)
  async markLinkUsed(tx: Tx, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.commitmentSignLink.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
    return count === 1;
  }

  async releaseLink(id: string): Promise<void> {
    await this.prisma.client.commitmentSignLink.updateMany({ where: { id }, data: { usedAt: null } });
  }
}

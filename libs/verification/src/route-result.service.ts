import { Injectable } from '@nestjs/common';
import { AuditActor, AuditService } from '#gw/audit';
import { BurdenRecorder, verificationCounter } from '#gw/burden';
import { CatalogService, FactTypeRow } from '#gw/catalog';
import { AppException, MetricsService, uuidv7 } from '#gw/common';
import type { Tx } from '#gw/db';
import { AttemptOutcome, settles } from '#gw/sources';
import { StatusReason } from '#gw/status';
import { ReceiptService } from './receipt.service';
import { nextRouteAfter, RouteResult, RouteVerdict, routeVerdict } from './routes';
import { VerificationRoute } from './verification.enums';
import { VerificationRepository, VerificationRow } from './verification.repository';

// The fallback routes (assist request, third-party check, commitment) report here. A result
// that settles the fact gives it a new receipt; anything else records the step and names the
// next route. Runs in the caller's transaction so the route's own change commits with it.
@Injectable()
export class RouteResultService {
  constructor(
    private readonly repo: VerificationRepository,
    private readonly catalog: CatalogService,
    private readonly receipts: ReceiptService,
    private readonly burden: BurdenRecorder,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
  ) {}

  async apply(tx: Tx, actor: AuditActor, verificationId: string, r: RouteResult): Promise<void> {
    const row = await this.repo.findById(verificationId, tx);
    if (!row) throw AppException.notFound('未找到该核验');
    const now = new Date();
    const v = routeVerdict(r);
    const recordAsOf = v.settled ? now : null;
    const receipt = await this.receipts.issue(
      {
        verificationId,
        factType: row.factTypeCode,
        certificateCode: row.certificateCode,
        claim: row.claim as Record<string, unknown>,
        subject: { masked: row.subjectMasked, hash: row.subjectHash },
        outcome: v.outcome,
        route: v.route,
        nextRoute: v.nextRoute,
        source: v.source,
        recordAsOf,
        recordRef: v.recordRef,
        requester: row.requesterDepartment,
        matter: row.matter,
        purpose: row.purpose,
        verifiedAt: now,
      },
      tx,
    );
    await this.receipts.supersedeEarlier(tx, verificationId, receipt, supersededBecause(r));
    await this.repo.createAttempt(tx, {
      id: uuidv7(),
      verificationId,
      route: r.route,
      sourceCode: r.source,
      outcome: r.outcome,
      reason: r.reason,
      recordAsOf,
      recordRef: r.recordRef,
      startedAt: r.startedAt,
      finishedAt: now,
    });
    await this.recount(tx, row, v, now);
    await this.repo.update(tx, verificationId, {
      outcome: v.outcome,
      route: v.route,
      nextRoute: v.nextRoute,
      reason: v.reason,
      sourceCode: v.source,
      recordAsOf,
      recordRef: v.recordRef,
      receipt,
      finishedAt: now,
    });
    await this.audit.record(tx, actor, {
      action: 'verification.routeResult',
      targetType: 'Verification',
      targetId: verificationId,
      detail: { route: r.route, source: r.source, result: r.outcome, outcome: v.outcome, nextRoute: v.nextRoute },
    });
    this.metrics.verifications.inc({ outcome: v.outcome, route: v.route ?? 'NONE' });
  }

  // Where an unresolved fact goes when a fallback route could not settle it.
  nextRouteAfter(fact: FactTypeRow, failed: VerificationRoute): Promise<VerificationRoute | null> {
    return nextRouteAfter(fact, failed, async () => (await this.catalog.thirdPartiesFor(fact.code)).length > 0);
  }

  // The monitor counts a verification on the day it settles, by the route that settled it. A
  // settled fact that is undone (a signed commitment withdrawn) leaves the count of its day.
  private async recount(tx: Tx, row: VerificationRow, v: RouteVerdict, now: Date): Promise<void> {
    if (!row.communityCode) return;
    if (settles(row.outcome) && row.route && row.finishedAt)
      await this.burden.record(tx, row.communityCode, row.finishedAt, verificationCounter(row.route), -1);
    if (v.settled && v.route) await this.burden.record(tx, row.communityCode, now, verificationCounter(v.route));
  }
}

// Why the receipts before a route result no longer hold.
function supersededBecause(r: RouteResult): StatusReason {
  if (r.route === VerificationRoute.COMMITMENT && r.outcome === AttemptOutcome.WITHDRAWN)
    return StatusReason.COMMITMENT_WITHDRAWN;
  if (r.route === VerificationRoute.COMMITMENT && r.outcome === AttemptOutcome.REFUTED)
    return StatusReason.COMMITMENT_BREACHED;
  return StatusReason.ROUTE_RESULT;
}

import { AuditService, SYSTEM_ACTOR } from '#gw/audit';
import type { AuditEvent } from '#gw/db';
import { BurdenRecorder } from '#gw/burden';
import { CatalogService, FactTypeRow } from '#gw/catalog';
import { ErrorCode, MetricsService } from '#gw/common';
import { AttemptOutcome } from '#gw/sources';
import { StatusReason } from '#gw/status';
import { newTestService } from '../../../test/helpers/automock';
import { ReceiptService } from './receipt.service';
import { RouteResultService } from './route-result.service';
import { RouteResult } from './routes';
import { VerificationOutcome, VerificationRoute, VerificationStatus } from './verification.enums';
import { VerificationRepository, VerificationRow } from './verification.repository';

const SETTLED_ON = new Date('2026-10-01T02:00:00.000Z');

function verification(overrides: Partial<VerificationRow> = {}): VerificationRow {
  return {
    id: 'v-1',
    factTypeCode: 'MARITAL_STATUS',
    certificateCode: null,
    claim: { status: 'MARRIED' },
    subjectMasked: '110105********002X',
    subjectHash: 'subject-hash',
    requesterDepartment: 'HX_ZWFW',
    matter: '婚姻登记',
    purpose: '核实',
    communityCode: '621022100001',
    status: VerificationStatus.DONE,
    outcome: VerificationOutcome.UNRESOLVED,
    route: null,
    nextRoute: VerificationRoute.INTER_DEPARTMENT,
    finishedAt: SETTLED_ON,
    attempts: [],
    ...overrides,
  } as VerificationRow;
}

const result = (route: VerificationRoute, outcome: AttemptOutcome, nextRoute: VerificationRoute | null = null) =>
  ({
    route,
    source: 'HX_MZ',
    outcome,
    reason: '答复',
    recordRef: 'assist:1',
    nextRoute,
    startedAt: new Date('2026-11-01T00:00:00.000Z'),
  }) satisfies RouteResult;

function setup(row: VerificationRow | null) {
  const { sut, mock } = newTestService(RouteResultService, [[MetricsService, new MetricsService()]]);
  const repo = mock(VerificationRepository);
  const burden = mock(BurdenRecorder);
  const receipts = mock(ReceiptService);
  const catalog = mock(CatalogService);
  mock(AuditService).record.mockResolvedValue({} as AuditEvent);
  repo.findById.mockResolvedValue(row);
  repo.createAttempt.mockResolvedValue();
  repo.update.mockResolvedValue();
  receipts.issue.mockResolvedValue('new-receipt');
  receipts.supersedeEarlier.mockResolvedValue();
  burden.record.mockResolvedValue();
  return { sut, repo, burden, receipts, catalog, tx: {} as never };
}

describe(RouteResultService.name, () => {
  it('a settling answer gives the verification its outcome, a new receipt, and its count on the day it settles', async () => {
    const { sut, repo, burden, receipts, tx } = setup(verification());
    await sut.apply(tx, SYSTEM_ACTOR, 'v-1', result(VerificationRoute.INTER_DEPARTMENT, AttemptOutcome.CONFIRMED));
    expect(receipts.issue).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: VerificationOutcome.CONFIRMED, route: VerificationRoute.INTER_DEPARTMENT }),
      tx,
    );
    expect(receipts.supersedeEarlier).toHaveBeenCalledWith(tx, 'v-1', 'new-receipt', StatusReason.ROUTE_RESULT);
    const [, , finished] = repo.update.mock.calls[0];
    expect(finished).toMatchObject({
      outcome: VerificationOutcome.CONFIRMED,
      route: VerificationRoute.INTER_DEPARTMENT,
      nextRoute: null,
      reason: null,
      receipt: 'new-receipt',
    });
    expect(burden.record.mock.calls).toEqual([[tx, '621022100001', finished.finishedAt, 'verifiedByOtherRoutes']]);
  });

  it('a withdrawn commitment takes the count back from the day it was counted, and counts nothing new', async () => {
    const committed = verification({ outcome: VerificationOutcome.COMMITTED, route: VerificationRoute.COMMITMENT });
    const { sut, repo, burden, tx } = setup(committed);
    await sut.apply(tx, SYSTEM_ACTOR, 'v-1', result(VerificationRoute.COMMITMENT, AttemptOutcome.WITHDRAWN));
    expect(repo.update.mock.calls[0][2]).toMatchObject({ outcome: VerificationOutcome.UNRESOLVED, route: null });
    expect(burden.record.mock.calls).toEqual([[tx, '621022100001', SETTLED_ON, 'verifiedByOtherRoutes', -1]]);
  });

  it('a breach found afterwards refutes a committed fact: new receipt in the transaction, the old one superseded, the count moved', async () => {
    const committed = verification({ outcome: VerificationOutcome.COMMITTED, route: VerificationRoute.COMMITMENT });
    const { sut, repo, burden, receipts, tx } = setup(committed);
    await sut.apply(tx, SYSTEM_ACTOR, 'v-1', result(VerificationRoute.COMMITMENT, AttemptOutcome.REFUTED));
    expect(receipts.issue).toHaveBeenCalledWith(expect.objectContaining({ outcome: VerificationOutcome.REFUTED }), tx);
    expect(receipts.supersedeEarlier).toHaveBeenCalledWith(tx, 'v-1', 'new-receipt', StatusReason.COMMITMENT_BREACHED);
    const [, , finished] = repo.update.mock.calls[0];
    expect(finished).toMatchObject({ outcome: VerificationOutcome.REFUTED, route: VerificationRoute.COMMITMENT });
    expect(burden.record.mock.calls).toEqual([
      [tx, '621022100001', SETTLED_ON, 'verifiedByOtherRoutes', -1],
      [tx, '621022100001', finished.finishedAt, 'verifiedByOtherRoutes'],
    ]);
  });

  it('an unsettled step counts nothing and names the next route', async () => {
    const { sut, repo, burden, tx } = setup(verification());
    await sut.apply(
      tx,
      SYSTEM_ACTOR,
      'v-1',
      result(VerificationRoute.INTER_DEPARTMENT, AttemptOutcome.EXPIRED, VerificationRoute.COMMITMENT),
    );
    expect(repo.update.mock.calls[0][2]).toMatchObject({
      outcome: VerificationOutcome.UNRESOLVED,
      nextRoute: VerificationRoute.COMMITMENT,
      reason: '答复；下一步：个人告知承诺',
    });
    expect(burden.record).not.toHaveBeenCalled();
  });

  it('counts nothing for a verification that names no community', async () => {
    const { sut, burden, tx } = setup(verification({ communityCode: null }));
    await sut.apply(tx, SYSTEM_ACTOR, 'v-1', result(VerificationRoute.THIRD_PARTY, AttemptOutcome.REFUTED));
    expect(burden.record).not.toHaveBeenCalled();
  });

  it('refuses a verification that does not exist', async () => {
    const { sut, tx } = setup(null);
    await expect(
      sut.apply(tx, SYSTEM_ACTOR, 'v-x', result(VerificationRoute.INTER_DEPARTMENT, AttemptOutcome.CONFIRMED)),
    ).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('looks for a commissioned third party only where the rule needs one', async () => {
    const { sut, catalog } = setup(null);
    catalog.thirdPartiesFor.mockResolvedValue(['HX_DSF']);
    const fact = { code: 'ALIVE', thirdPartyAllowed: true, commitmentAllowed: false } as FactTypeRow;
    await expect(sut.nextRouteAfter(fact, VerificationRoute.INTER_DEPARTMENT)).resolves.toBe(
      VerificationRoute.THIRD_PARTY,
    );
    expect(catalog.thirdPartiesFor).toHaveBeenCalledWith('ALIVE');
    await expect(sut.nextRouteAfter(fact, VerificationRoute.THIRD_PARTY)).resolves.toBeNull();
    expect(catalog.thirdPartiesFor).toHaveBeenCalledTimes(1);
  });
});

import { AuditService } from '#gw/audit';
import type { AuditEvent } from '#gw/db';
import { Caller, Role } from '#gw/auth';
import { BurdenRecorder } from '#gw/burden';
import type { FactTypeRow } from '#gw/catalog';
import { MetricsService } from '#gw/common';
import { AttemptOutcome, AttemptResult, ConnectorService, DataSourceRow } from '#gw/sources';
import { newTestService } from '../../../test/helpers/automock';
import { ReceiptService } from './receipt.service';
import { PreparedRequest } from './verification-request';
import { newAttempts, VerificationRunner } from './verification-runner';
import { VerificationOutcome, VerificationRoute, VerificationStatus } from './verification.enums';
import { VerificationRepository, VerificationRow } from './verification.repository';

const caller: Caller = {
  user: { subject: 'clerk-1', name: '窗口', departmentCode: 'HX_ZWFW', regionCode: null, roles: [Role.WINDOW_STAFF] },
};

function prepared(communityCode: string | null = '621022100001'): PreparedRequest {
  return {
    department: 'HX_ZWFW',
    fact: { code: 'MARITAL_STATUS', ownerDepartment: { name: '县民政局' } } as unknown as FactTypeRow,
    idNumber: '11010519491231002X',
    subject: { hash: 'subject-hash', masked: '110105********002X' },
    claim: { status: 'MARRIED', spouseIdNumber: '11010519491231002X' },
    requestHash: 'hash',
    input: {
      matter: '婚姻登记',
      purpose: '核实',
      idempotencyKey: 'key-00000001',
      certificateCode: null,
      communityCode,
    },
  };
}

const source = (code: string, status = 'ACTIVE') =>
  ({ id: `id-${code}`, code, status, statusReason: status === 'ACTIVE' ? null : '维护' }) as unknown as DataSourceRow;

const answer = (outcome: AttemptOutcome): AttemptResult => ({
  outcome,
  latencyMs: 7,
  reason: null,
  ...(outcome === AttemptOutcome.CONFIRMED || outcome === AttemptOutcome.REFUTED || outcome === AttemptOutcome.NO_RECORD
    ? { response: { requestId: 'r', result: outcome, asOf: '2026-10-01T00:00:00.000Z', recordRef: 'ref-1' } }
    : {}),
});

const stored = (id: string) => ({ id, status: VerificationStatus.DONE }) as unknown as VerificationRow;

function setup() {
  const metrics = new MetricsService();
  const { sut, mock } = newTestService(VerificationRunner, [[MetricsService, metrics]]);
  const repo = mock(VerificationRepository);
  const connector = mock(ConnectorService);
  const receipts = mock(ReceiptService);
  const burden = mock(BurdenRecorder);
  const audit = mock(AuditService);
  const tx = { the: 'transaction' } as never;
  repo.createAttempts.mockResolvedValue();
  repo.transaction.mockImplementation((fn) => fn(tx));
  repo.updateAttempt.mockResolvedValue();
  repo.finishRunning.mockImplementation(async (_tx, id) => stored(id));
  receipts.issue.mockResolvedValue('signed-receipt');
  receipts.supersedeEarlier.mockResolvedValue();
  burden.record.mockResolvedValue();
  audit.record.mockResolvedValue({} as AuditEvent);
  audit.newEvent.mockImplementation((_a, r) => ({ id: 'e-1', action: r.action, detail: r.detail }) as never);
  repo.storeOutcome.mockResolvedValue(true);
  return { sut, repo, connector, receipts, burden, audit, metrics, tx };
}

describe(VerificationRunner.name, () => {
  it('stores an attempt per source before asking, asks only the active ones, and records a suspended one as is', async () => {
    const { sut, repo, connector } = setup();
    connector.ask.mockResolvedValue(answer(AttemptOutcome.CONFIRMED));
    await sut.run(caller, prepared(), 'v-1', [source('A'), source('B', 'SUSPENDED')], false);
    const attempts = repo.createAttempts.mock.calls[0][0];
    expect(attempts).toEqual([
      expect.objectContaining({ verificationId: 'v-1', sourceCode: 'A', outcome: 'PENDING', finishedAt: null }),
      expect.objectContaining({ sourceCode: 'B', outcome: 'SUSPENDED', reason: '数据源已暂停：维护' }),
    ]);
    expect(repo.createAttempts.mock.invocationCallOrder[0]).toBeLessThan(connector.ask.mock.invocationCallOrder[0]);
    expect(connector.ask).toHaveBeenCalledTimes(1);
    const [asked, request] = connector.ask.mock.calls[0];
    expect(asked.code).toBe('A');
    expect(request).toMatchObject({
      requestId: attempts[0].id,
      audience: 'A',
      factType: 'MARITAL_STATUS',
      subject: { idNumber: '11010519491231002X' },
      requester: { department: 'HX_ZWFW', matter: '婚姻登记' },
    });
    // only the call made is finished; the suspended attempt was stored finished
    expect(repo.updateAttempt).toHaveBeenCalledTimes(1);
    expect(repo.updateAttempt.mock.calls[0][1]).toBe(attempts[0].id);
  });

  it('signs the decision and finishes attempts, outcome, burden count and audit in one transaction', async () => {
    const { sut, repo, connector, receipts, burden, audit, tx } = setup();
    connector.ask.mockResolvedValue(answer(AttemptOutcome.CONFIRMED));
    await sut.run(caller, prepared(), 'v-1', [source('A')], false);
    expect(receipts.issue).toHaveBeenCalledWith(
      expect.objectContaining({
        verificationId: 'v-1',
        outcome: VerificationOutcome.CONFIRMED,
        route: VerificationRoute.DATA_SHARING,
        source: 'A',
        claim: { status: 'MARRIED', spouseIdNumber: '110105********002X' },
      }),
      undefined,
      // a resumed run or a retry allocates a new status entry (none given)
      undefined,
    );
    expect(repo.updateAttempt).toHaveBeenCalledWith(
      tx,
      expect.any(String),
      expect.objectContaining({ outcome: 'CONFIRMED' }),
    );
    expect(repo.finishRunning).toHaveBeenCalledWith(
      tx,
      'v-1',
      expect.objectContaining({ status: 'DONE', outcome: 'CONFIRMED', receipt: 'signed-receipt', leaseUntil: null }),
    );
    const finishedAt = repo.finishRunning.mock.calls[0][2].finishedAt;
    expect(burden.record).toHaveBeenCalledWith(tx, '621022100001', finishedAt, 'verifiedBySharedData');
    expect(audit.record).toHaveBeenCalledWith(
      tx,
      caller,
      expect.objectContaining({ action: 'verification.finish', detail: expect.objectContaining({ resumed: false }) }),
    );
  });

  it.each([false, true])('answers with the row the finishing write returned (resumed: %s)', async (resumed) => {
    const { sut, repo, connector } = setup();
    connector.ask.mockResolvedValue(answer(AttemptOutcome.REFUTED));
    const row = stored('v-1');
    repo.finishRunning.mockResolvedValue(row);
    await expect(sut.run(caller, prepared(), 'v-1', [source('A')], resumed)).resolves.toBe(row);
    expect(repo.findById).not.toHaveBeenCalled();
  });

  it('counts nothing for an unresolved fact, nor for a verification without a community', async () => {
    const { sut, connector, burden } = setup();
    connector.ask.mockResolvedValue(answer(AttemptOutcome.NO_RECORD));
    await sut.run(caller, prepared(), 'v-1', [source('A')], false);
    connector.ask.mockResolvedValue(answer(AttemptOutcome.CONFIRMED));
    await sut.run(caller, prepared(null), 'v-2', [source('A')], false);
    expect(burden.record).not.toHaveBeenCalled();
  });

  it('lets the result of a worker that finished first stand: re-reads it, counts nothing', async () => {
    const { sut, repo, connector, burden, audit, metrics } = setup();
    connector.ask.mockResolvedValue(answer(AttemptOutcome.CONFIRMED));
    repo.finishRunning.mockResolvedValue(null);
    const theirs = stored('v-1');
    repo.findById.mockResolvedValue(theirs);
    await expect(sut.run(caller, prepared(), 'v-1', [source('A')], true)).resolves.toBe(theirs);
    expect(burden.record).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
    expect((await metrics.verifications.get()).values).toEqual([]);
  });

  describe('a request stored with its attempts (runStored)', () => {
    const storedRequest = (sources: DataSourceRow[]) => {
      const createdAt = new Date('2026-12-01T00:00:00.000Z');
      return {
        row: {
          id: 'v-9',
          status: VerificationStatus.RUNNING,
          createdAt,
          leaseUntil: new Date(),
          attempts: newAttempts('v-9', sources, createdAt),
        } as unknown as VerificationRow,
        statusEntry: 41,
      };
    };

    it('asks, signs with the status entry stored with the request, stores the outcome in one group and answers without a re-read', async () => {
      const { sut, repo, connector, receipts, metrics } = setup();
      connector.ask.mockResolvedValue(answer(AttemptOutcome.CONFIRMED));
      const sources = [source('A'), source('B', 'SUSPENDED')];
      const req = storedRequest(sources);
      const row = await sut.runStored(caller, prepared(), req, sources);
      expect(repo.createAttempts).not.toHaveBeenCalled();
      expect(repo.transaction).not.toHaveBeenCalled();
      expect(connector.ask).toHaveBeenCalledTimes(1);
      expect(connector.ask.mock.calls[0][1].requestId).toBe(req.row.attempts[0].id);
      expect(receipts.issue).toHaveBeenCalledWith(expect.objectContaining({ verificationId: 'v-9' }), undefined, 41);
      const group = repo.storeOutcome.mock.calls[0][0];
      expect(group).toMatchObject({
        id: 'v-9',
        finish: { outcome: 'CONFIRMED', route: 'DATA_SHARING', receipt: 'signed-receipt', sourceCode: 'A' },
        attempts: [{ id: req.row.attempts[0].id, outcome: 'CONFIRMED', latencyMs: 7, recordRef: 'ref-1' }],
        burden: { communityCode: '621022100001', column: 'verifiedBySharedData' },
        audit: { action: 'verification.finish', detail: expect.objectContaining({ resumed: false }) },
      });
      expect(group.burden!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(repo.findById).not.toHaveBeenCalled();
      expect(row).toMatchObject({
        id: 'v-9',
        status: VerificationStatus.DONE,
        outcome: 'CONFIRMED',
        receipt: 'signed-receipt',
        leaseUntil: null,
        attempts: [
          expect.objectContaining({ sourceCode: 'A', outcome: 'CONFIRMED', recordRef: 'ref-1' }),
          expect.objectContaining({ sourceCode: 'B', outcome: 'SUSPENDED' }),
        ],
      });
      expect((await metrics.verifications.get()).values).toHaveLength(1);
    });

    it('counts nothing without a community, and lets a worker that finished first stand', async () => {
      const { sut, repo, connector, metrics } = setup();
      connector.ask.mockResolvedValue(answer(AttemptOutcome.CONFIRMED));
      repo.storeOutcome.mockResolvedValue(false);
      const theirs = stored('v-9');
      repo.findById.mockResolvedValue(theirs);
      await expect(sut.runStored(caller, prepared(null), storedRequest([source('A')]), [source('A')])).resolves.toBe(
        theirs,
      );
      expect(repo.storeOutcome.mock.calls[0][0].burden).toBeNull();
      expect((await metrics.verifications.get()).values).toEqual([]);
    });
  });
});

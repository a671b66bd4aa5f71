import { createHash } from 'node:crypto';
import { AuditService } from '#gw/audit';
import { Caller, Role } from '#gw/auth';
import { CatalogService, FactTypeRow } from '#gw/catalog';
import { APP_CONFIG, AppException, ErrorCode, loadConfig, MetricsService } from '#gw/common';
import { SubjectHasher } from '#gw/signing';
import { DataSourceRow, RegistryService } from '#gw/sources';
import { newTestService } from '../../../test/helpers/automock';
import { VerificationOutcome, VerificationStatus } from './verification.enums';
import { VerifyFactInput } from './verification.model';
import { VerificationRepository, VerificationRow } from './verification.repository';
import { VerificationRunner } from './verification-runner';
import { VerificationService } from './verification.service';

const caller: Caller = {
  user: { subject: 'clerk-1', name: '窗口', departmentCode: 'HX_ZWFW', regionCode: null, roles: [Role.WINDOW_STAFF] },
};

const fact = {
  code: 'MARITAL_STATUS',
  name: '婚姻状况',
  claimSchema: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] },
  ownerDepartment: { code: 'HX_MZ', name: '县民政局' },
  thirdPartyAllowed: false,
  commitmentAllowed: true,
} as unknown as FactTypeRow;

const source = { id: 'src-1', code: 'MZ_HUNYIN', status: 'ACTIVE', timeoutMs: 0 } as unknown as DataSourceRow;

function input(overrides: Partial<VerifyFactInput> = {}): VerifyFactInput {
  return {
    factType: 'MARITAL_STATUS',
    claim: { status: 'MARRIED' },
    subject: { idNumber: '11010519491231002X' },
    matter: '婚姻登记',
    purpose: '核实婚姻状况',
    idempotencyKey: 'key-00000001',
    ...overrides,
  };
}

function row(overrides: Partial<VerificationRow> = {}): VerificationRow {
  return {
    id: 'v-existing',
    requesterDepartment: 'HX_ZWFW',
    requesterSubject: 'clerk-1',
    idempotencyKey: 'key-00000001',
    requestHash: 'hash',
    parentId: null,
    certificateCode: null,
    factTypeCode: 'MARITAL_STATUS',
    subjectHash: 'subject-hash',
    subjectMasked: '110105********002X',
    claim: { status: 'MARRIED' },
    matter: '婚姻登记',
    purpose: '核实婚姻状况',
    communityCode: null,
    status: VerificationStatus.DONE,
    outcome: VerificationOutcome.CONFIRMED,
    route: 'DATA_SHARING',
    nextRoute: null,
    reason: null,
    sourceCode: 'MZ_HUNYIN',
    recordAsOf: null,
    recordRef: null,
    receipt: 'receipt',
    retryAfter: null,
    leaseUntil: null,
    createdAt: new Date('2026-11-01T00:00:00.000Z'),
    finishedAt: new Date('2026-11-01T00:00:01.000Z'),
    attempts: [],
    ...overrides,
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup(env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const metrics = new MetricsService();
  const { sut, mock } = newTestService(VerificationService, [
    [APP_CONFIG, config],
    [MetricsService, metrics],
  ]);
  const repo = mock(VerificationRepository);
  const runner = mock(VerificationRunner);
  const registry = mock(RegistryService);
  const catalog = mock(CatalogService);
  const audit = mock(AuditService);
  const hasher = mock(SubjectHasher);
  catalog.factTypeRow.mockResolvedValue(fact);
  hasher.ref.mockImplementation((v) => ({ hash: createHash('sha256').update(v).digest('hex'), masked: 'masked' }));
  hasher.idempotencyKey.mockImplementation((department, key) => `keyed:${department}:${key}`);
  registry.sourcesFor.mockResolvedValue({ granted: [source], registered: 1 });
  repo.storeRequest.mockResolvedValue(7);
  audit.newEvent.mockImplementation((_a, r) => ({
    id: 'event-1',
    at: new Date(),
    actorSubject: 'clerk-1',
    actorDepartment: 'HX_ZWFW',
    actorRoles: 'WINDOW_STAFF',
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId ?? null,
    outcome: 'OK',
    detail: r.detail ?? {},
    requestId: null,
  }));
  runner.run.mockImplementation(async (_c, _p, id) => row({ id }));
  runner.runStored.mockImplementation(async (_c, _p, stored) => row({ id: stored.row.id }));
  return { sut, repo, runner, registry, catalog, audit, metrics };
}

const code = (err: unknown) => (err as AppException).code;

describe(VerificationService.name, () => {
  describe('a new request', () => {
    it('is stored with its attempts, audit event and status entry in one group before any source is asked; then run once', async () => {
      const { sut, repo, runner } = setup();
      const v = await sut.verifyFact(caller, input());
      expect(repo.storeRequest).toHaveBeenCalledTimes(1);
      const group = repo.storeRequest.mock.calls[0][0];
      const stored = group.verification;
      expect(stored).toMatchObject({
        requesterDepartment: 'HX_ZWFW',
        // stored only as the keyed hash of the department and the client's key
        idempotencyKey: 'keyed:HX_ZWFW:key-00000001',
        status: VerificationStatus.RUNNING,
        subjectHash: createHash('sha256').update('11010519491231002X').digest('hex'),
      });
      expect(JSON.stringify(group)).not.toContain('11010519491231002X');
      expect(group.audit).toMatchObject({ action: 'verification.request', targetId: stored.id });
      expect(group.attempts).toEqual([
        {
          id: expect.any(String),
          sourceId: 'src-1',
          sourceCode: 'MZ_HUNYIN',
          outcome: 'PENDING',
          reason: null,
          finishedAt: null,
        },
      ]);
      expect(runner.runStored).toHaveBeenCalledTimes(1);
      expect(runner.run).not.toHaveBeenCalled();
      expect(runner.runStored).toHaveBeenCalledWith(
        caller,
        expect.any(Object),
        {
          row: expect.objectContaining({
            id: stored.id,
            status: VerificationStatus.RUNNING,
            attempts: [expect.objectContaining({ id: group.attempts[0].id, verificationId: stored.id })],
          }),
          statusEntry: 7,
        },
        [source],
        expect.any(Object),
      );
      expect(repo.storeRequest.mock.invocationCallOrder[0]).toBeLessThan(runner.runStored.mock.invocationCallOrder[0]);
      expect(v.id).toBe(stored.id);
    });

    it('records the other persons the claim names by their subject hashes, in the same transaction', async () => {
      const { sut, repo } = setup();
      const spouse = '110105195001010014';
      await sut.verifyFact(caller, input({ claim: { status: 'MARRIED', spouseIdNumber: spouse } }));
      const group = repo.storeRequest.mock.calls[0][0];
      expect(group.parties).toEqual([
        { field: 'spouseIdNumber', subjectHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
      expect(JSON.stringify(group)).not.toContain(spouse);
    });

    it('is stored and run without sources when the department may not use the registered ones', async () => {
      const { sut, repo, registry, runner } = setup();
      registry.sourcesFor.mockResolvedValue({ granted: [], registered: 2 });
      await sut.verifyFact(caller, input());
      expect(repo.storeRequest).toHaveBeenCalledTimes(1);
      expect(runner.runStored).toHaveBeenCalledWith(caller, expect.any(Object), expect.any(Object), [], {
        registered: 2,
        retryAfterMs: 300_000,
      });
    });
  });

  describe('idempotency', () => {
    async function hashOf(i: VerifyFactInput): Promise<string> {
      const { sut, repo } = setup();
      await sut.verifyFact(caller, i);
      return repo.storeRequest.mock.calls[0][0].verification.requestHash;
    }

    it('refuses the same key with another payload as CONFLICT, and runs nothing', async () => {
      const { sut, repo, runner } = setup();
      repo.storeRequest.mockResolvedValue(null);
      repo.findByKey.mockResolvedValue(row({ requestHash: await hashOf(input({ claim: { status: 'UNMARRIED' } })) }));
      const err = await sut.verifyFact(caller, input()).catch((e: unknown) => e);
      expect(code(err)).toBe(ErrorCode.CONFLICT);
      expect((err as AppException).details).toEqual({ field: 'idempotencyKey', verificationId: 'v-existing' });
      expect(repo.findByKey).toHaveBeenCalledWith('HX_ZWFW', 'keyed:HX_ZWFW:key-00000001');
      expect(runner.run).not.toHaveBeenCalled();
      expect(runner.runStored).toHaveBeenCalledTimes(0);
      expect(repo.claim).not.toHaveBeenCalled();
    });

    it('answers a repeated request from the stored row once it is done', async () => {
      const { sut, repo, runner } = setup();
      repo.storeRequest.mockResolvedValue(null);
      repo.findByKey.mockResolvedValue(row({ requestHash: await hashOf(input()) }));
      const v = await sut.verifyFact(caller, input());
      expect(v).toMatchObject({ id: 'v-existing', outcome: VerificationOutcome.CONFIRMED, receipt: 'receipt' });
      expect(runner.run).not.toHaveBeenCalled();
      expect(runner.runStored).toHaveBeenCalledTimes(0);
    });

    it('stores the request again under a new id when the key it collided with is gone', async () => {
      const { sut, repo, runner } = setup();
      repo.storeRequest.mockResolvedValueOnce(null);
      repo.findByKey.mockResolvedValue(null);
      await sut.verifyFact(caller, input());
      const [first, second] = repo.storeRequest.mock.calls.map(([group]) => group.verification.id);
      expect(second).not.toBe(first);
      expect(runner.runStored).toHaveBeenCalledWith(
        caller,
        expect.any(Object),
        expect.objectContaining({ row: expect.objectContaining({ id: second }) }),
        [source],
        expect.any(Object),
      );
    });

    it('lets any other database error through', async () => {
      const { sut, repo } = setup();
      repo.storeRequest.mockRejectedValue(new Error('disk full'));
      await expect(sut.verifyFact(caller, input())).rejects.toThrow('disk full');
    });
  });

  describe('claim or wait', () => {
    async function duplicateOf(status: VerificationStatus) {
      const s = setup({ VERIFICATION_LEASE_MS: '1000' });
      const hash = await (async () => {
        const other = setup();
        await other.sut.verifyFact(caller, input());
        return other.repo.storeRequest.mock.calls[0][0].verification.requestHash;
      })();
      s.repo.storeRequest.mockResolvedValue(null);
      s.repo.findByKey.mockResolvedValue(row({ requestHash: hash, status, outcome: null, leaseUntil: new Date() }));
      return s;
    }

    it('waits for the worker that holds a live lease and answers with its result', async () => {
      const { sut, repo, runner } = await duplicateOf(VerificationStatus.RUNNING);
      repo.claim.mockResolvedValue(false);
      repo.findById
        .mockResolvedValueOnce(row({ status: VerificationStatus.RUNNING, outcome: null }))
        .mockResolvedValueOnce(row({ receipt: 'the-other-workers-receipt' }));
      const v = await sut.verifyFact(caller, input());
      expect(v).toMatchObject({
        id: 'v-existing',
        status: VerificationStatus.DONE,
        receipt: 'the-other-workers-receipt',
      });
      expect(runner.run).not.toHaveBeenCalled();
      expect(runner.runStored).toHaveBeenCalledTimes(0);
      expect(repo.findById).toHaveBeenCalledTimes(2);
    });

    it('claims a run whose lease ran out (or that was interrupted) and resumes it', async () => {
      const { sut, repo, runner } = await duplicateOf(VerificationStatus.RUNNING);
      repo.claim.mockResolvedValue(true);
      const before = Date.now();
      await sut.verifyFact(caller, input());
      const [id, leaseUntil, now] = repo.claim.mock.calls[0];
      expect(id).toBe('v-existing');
      expect(leaseUntil.getTime()).toBeGreaterThanOrEqual(now.getTime() + 1000);
      expect(now.getTime()).toBeGreaterThanOrEqual(before);
      expect(runner.run).toHaveBeenCalledWith(
        caller,
        expect.any(Object),
        'v-existing',
        [source],
        true,
        expect.any(Object),
      );
    });

    it('answers an UNAVAILABLE request from the stored row before its retry time', async () => {
      const { sut, repo, runner } = await duplicateOf(VerificationStatus.DONE);
      const stored = row({
        requestHash: (await repo.findByKey('', ''))!.requestHash,
        outcome: VerificationOutcome.UNAVAILABLE,
        retryAfter: new Date(Date.now() + 60_000),
      });
      repo.findByKey.mockResolvedValue(stored);
      const v = await sut.verifyFact(caller, input());
      expect(v).toMatchObject({ id: 'v-existing', outcome: VerificationOutcome.UNAVAILABLE });
      expect(v.retryAfter).toEqual(stored.retryAfter);
      expect(repo.claimRetry).not.toHaveBeenCalled();
      expect(runner.run).not.toHaveBeenCalled();
      expect(runner.runStored).toHaveBeenCalledTimes(0);
    });

    it('asks the sources again once the retry time of an UNAVAILABLE request has come', async () => {
      const { sut, repo, runner } = await duplicateOf(VerificationStatus.DONE);
      const { requestHash } = (await repo.findByKey('', ''))!;
      repo.findByKey.mockResolvedValue(
        row({ requestHash, outcome: VerificationOutcome.UNAVAILABLE, retryAfter: new Date(Date.now() - 1) }),
      );
      repo.claimRetry.mockResolvedValue(true);
      await sut.verifyFact(caller, input());
      expect(repo.claimRetry.mock.calls[0][0]).toBe('v-existing');
      expect(runner.run).toHaveBeenCalledWith(
        caller,
        expect.any(Object),
        'v-existing',
        [source],
        true,
        expect.any(Object),
      );
    });

    it('gives up waiting with SERVICE_UNAVAILABLE when the other worker neither finishes nor lets go', async () => {
      const { sut, repo, runner } = await duplicateOf(VerificationStatus.RUNNING);
      repo.claim.mockResolvedValue(false);
      repo.findById.mockResolvedValue(row({ status: VerificationStatus.RUNNING, outcome: null }));
      await expect(sut.verifyFact(caller, input())).rejects.toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE });
      expect(runner.run).not.toHaveBeenCalled();
      expect(runner.runStored).toHaveBeenCalledTimes(0);
    });
  });

  describe('load shedding', () => {
    it('beyond VERIFICATION_MAX_IN_FLIGHT answers SERVICE_UNAVAILABLE before storing anything', async () => {
      const { sut, repo, registry, catalog, metrics } = setup({ VERIFICATION_MAX_IN_FLIGHT: '2' });
      const gate = deferred<{ granted: DataSourceRow[]; registered: number }>();
      registry.sourcesFor.mockReturnValue(gate.promise);
      const first = sut.verifyFact(caller, input({ idempotencyKey: 'key-00000001' }));
      const second = sut.verifyFact(caller, input({ idempotencyKey: 'key-00000002' }));
      const shed = await sut.verifyFact(caller, input({ idempotencyKey: 'key-00000003' })).catch((e: unknown) => e);
      expect(code(shed)).toBe(ErrorCode.SERVICE_UNAVAILABLE);
      expect((shed as AppException).details).toEqual({ retryAfterMs: 1000 });
      expect(catalog.factTypeRow).toHaveBeenCalledTimes(2);
      expect(repo.storeRequest).not.toHaveBeenCalled();
      expect((await metrics.verificationsShed.get()).values[0].value).toBe(1);

      gate.resolve({ granted: [source], registered: 1 });
      await Promise.all([first, second]);
      expect(repo.storeRequest).toHaveBeenCalledTimes(2);
      // the slots are free again
      await expect(sut.verifyFact(caller, input({ idempotencyKey: 'key-00000004' }))).resolves.toBeDefined();
    });

    it('frees the slot of a request that failed', async () => {
      const { sut, catalog } = setup({ VERIFICATION_MAX_IN_FLIGHT: '1' });
      catalog.factTypeRow.mockRejectedValueOnce(AppException.notFound('未找到事实类型'));
      await expect(sut.verifyFact(caller, input())).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      await expect(sut.verifyFact(caller, input())).resolves.toBeDefined();
    });
  });
});

import { AccessPolicy } from '#gw/auth';
import { AuditService, SYSTEM_ACTOR } from '#gw/audit';
import type { AuditEvent } from '#gw/db';
import { Caller, Role } from '#gw/auth';
import { BurdenRecorder } from '#gw/burden';
import { CatalogService, FactTypeRow } from '#gw/catalog';
import { CreditOutboxService } from '#gw/credit';
import { APP_CONFIG, ErrorCode, loadConfig } from '#gw/common';
import { AttemptOutcome } from '#gw/sources';
import { RouteResultService, VerificationRoute } from '#gw/verification';
import { newTestService } from '../../../test/helpers/automock';
import { countyPolicy } from '../../../test/helpers/county-policy';
import { AssistAnswer, AssistKind, AssistStatus } from './assist.enums';
import { AnswerAssistInput } from './assist.model';
import { AssistRepository, AssistRow } from './assist.repository';
import { AssistService } from './assist.service';

const ID = '0195f3a0-0000-7000-8000-0000000000a1';
const HOUR = 3600_000;

const officer: Caller = {
  user: {
    subject: 'mz-officer',
    name: '协查员',
    departmentCode: 'HX_MZ',
    regionCode: null,
    roles: [Role.DEPT_OFFICER],
  },
};

function request(overrides: Partial<AssistRow> = {}): AssistRow {
  return {
    id: ID,
    kind: AssistKind.ASSIST,
    verificationId: 'v-1',
    fromDepartment: 'HX_ZWFW',
    toDepartment: 'HX_MZ',
    requestedBy: 'clerk-1',
    factTypeCode: 'MARITAL_STATUS',
    communityCode: '621022100001',
    subjectMasked: '110105********002X',
    subjectSealed: 'sealed',
    question: '请核实婚姻状况',
    status: AssistStatus.OPEN,
    dueAt: new Date(Date.now() + 48 * HOUR),
    answer: null,
    note: null,
    closedBy: null,
    closedAt: null,
    createdAt: new Date(Date.now() - HOUR),
    verification: { claim: { status: 'MARRIED' } },
    ...overrides,
  } as AssistRow;
}

const answer = (a: AssistAnswer, note = '经核实属实'): AnswerAssistInput => ({ id: ID, answer: a, note });

// One request held in memory; close() is conditional on it being open (and overdue, for the
// expiry), as the database's conditional update is.
function setup(initial: AssistRow) {
  const { sut, mock } = newTestService(AssistService, [
    [AccessPolicy, countyPolicy()],
    [APP_CONFIG, loadConfig({ NODE_ENV: 'test', SUBJECT_HASH_KEY: 'unit-subject-hash-key-0123456789abcdef' })],
  ]);
  const repo = mock(AssistRepository);
  const routes = mock(RouteResultService);
  const catalog = mock(CatalogService);
  const burden = mock(BurdenRecorder);
  const audit = mock(AuditService);
  // departments' webhooks are the outbox's business (its own tests)
  mock(CreditOutboxService).enqueueNotice.mockResolvedValue(null);
  let row = initial;
  repo.findById.mockImplementation(async () => row);
  repo.transaction.mockImplementation((fn) => fn({} as never));
  repo.close.mockImplementation(async (_tx, _id, data, dueBefore) => {
    if (row.status !== AssistStatus.OPEN || (dueBefore && row.dueAt >= dueBefore)) return false;
    row = { ...row, ...(data as Partial<AssistRow>) };
    return true;
  });
  catalog.factTypeRow.mockResolvedValue({ code: 'MARITAL_STATUS', commitmentAllowed: true } as FactTypeRow);
  routes.nextRouteAfter.mockResolvedValue(VerificationRoute.COMMITMENT);
  routes.apply.mockResolvedValue();
  burden.record.mockResolvedValue();
  audit.record.mockResolvedValue({} as AuditEvent);
  return { sut, repo, routes, burden, audit, current: () => row, replace: (r: AssistRow) => (row = r) };
}

describe(`${AssistService.name} answers`, () => {
  it('the first answer closes the request and settles the verification by the owning department', async () => {
    const { sut, routes, burden, current } = setup(request());
    await expect(sut.answer(officer, answer(AssistAnswer.CONFIRMED))).resolves.toMatchObject({
      status: AssistStatus.ANSWERED,
      answer: AssistAnswer.CONFIRMED,
      note: '经核实属实',
    });
    expect(current().subjectSealed).toBeNull();
    expect(routes.apply).toHaveBeenCalledWith(
      expect.anything(),
      officer,
      'v-1',
      expect.objectContaining({
        route: VerificationRoute.INTER_DEPARTMENT,
        outcome: AttemptOutcome.CONFIRMED,
        nextRoute: null,
      }),
    );
    expect(routes.nextRouteAfter).not.toHaveBeenCalled();
    expect(burden.record).toHaveBeenCalledWith(expect.anything(), '621022100001', expect.any(Date), 'assistAnswered');
  });

  it('an answer that cannot settle the fact names the next route', async () => {
    const { sut, routes } = setup(request());
    await sut.answer(officer, answer(AssistAnswer.UNABLE, '无登记记录'));
    expect(routes.nextRouteAfter).toHaveBeenCalledWith(expect.anything(), VerificationRoute.INTER_DEPARTMENT);
    expect(routes.apply).toHaveBeenCalledWith(
      expect.anything(),
      officer,
      'v-1',
      expect.objectContaining({ outcome: AttemptOutcome.UNABLE, nextRoute: VerificationRoute.COMMITMENT }),
    );
  });

  it('a second, different answer is a CONFLICT and changes nothing', async () => {
    const { sut, repo, routes } = setup(
      request({ status: AssistStatus.ANSWERED, answer: AssistAnswer.CONFIRMED, note: '经核实属实' }),
    );
    await expect(sut.answer(officer, answer(AssistAnswer.REFUTED))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    await expect(sut.answer(officer, answer(AssistAnswer.CONFIRMED, '另一说明'))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(repo.transaction).not.toHaveBeenCalled();
    expect(routes.apply).not.toHaveBeenCalled();
  });

  it('the same answer again is answered from the request, writing nothing', async () => {
    const { sut, repo } = setup(
      request({ status: AssistStatus.ANSWERED, answer: AssistAnswer.CONFIRMED, note: '经核实属实' }),
    );
    await expect(sut.answer(officer, answer(AssistAnswer.CONFIRMED, '  经核实属实 '))).resolves.toMatchObject({
      status: AssistStatus.ANSWERED,
    });
    expect(repo.transaction).not.toHaveBeenCalled();
  });

  it('two answers at once: the one that loses the close gets a CONFLICT', async () => {
    const { sut, repo, routes, replace } = setup(request());
    repo.close.mockImplementationOnce(async () => {
      // another officer's answer closed it first
      replace(request({ status: AssistStatus.ANSWERED, answer: AssistAnswer.REFUTED, note: '不属实' }));
      return false;
    });
    await expect(sut.answer(officer, answer(AssistAnswer.CONFIRMED))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(routes.apply).not.toHaveBeenCalled();
  });

  it('a late answer expires the request, moves the verification on, and is a CONFLICT', async () => {
    const { sut, routes, burden, current } = setup(request({ dueAt: new Date(Date.now() - 1000) }));
    await expect(sut.answer(officer, answer(AssistAnswer.CONFIRMED))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { status: AssistStatus.EXPIRED },
    });
    expect(current().status).toBe(AssistStatus.EXPIRED);
    expect(routes.apply).toHaveBeenCalledWith(
      expect.anything(),
      SYSTEM_ACTOR,
      'v-1',
      expect.objectContaining({ outcome: AttemptOutcome.EXPIRED }),
    );
    expect(burden.record).toHaveBeenCalledWith(expect.anything(), '621022100001', expect.any(Date), 'assistOverdue');
    expect(burden.record).not.toHaveBeenCalledWith(
      expect.anything(),
      expect.anything(),
      expect.anything(),
      'assistAnswered',
    );
  });

  it.each([AssistStatus.EXPIRED, AssistStatus.CANCELLED])('an answer to a %s request is a CONFLICT', async (status) => {
    const { sut, repo } = setup(request({ status }));
    await expect(sut.answer(officer, answer(AssistAnswer.CONFIRMED))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { status },
    });
    expect(repo.transaction).not.toHaveBeenCalled();
  });

  it('only the department it is addressed to answers, in the right capacity: FORBIDDEN otherwise', async () => {
    const { sut, repo } = setup(request());
    const elsewhere: Caller = { user: { ...officer.user, departmentCode: 'HX_RS' } };
    const thirdParty: Caller = { user: { ...officer.user, roles: [Role.THIRD_PARTY] } };
    for (const who of [elsewhere, thirdParty])
      await expect(sut.answer(who, answer(AssistAnswer.CONFIRMED))).rejects.toMatchObject({
        code: ErrorCode.FORBIDDEN,
      });
    expect(repo.transaction).not.toHaveBeenCalled();
  });
});

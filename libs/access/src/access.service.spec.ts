import { AccessPolicy } from '#gw/auth';
import { AuditService } from '#gw/audit';
import type { AuditEvent } from '#gw/db';
import { Caller, Role } from '#gw/auth';
import { APP_CONFIG, ErrorCode, loadConfig } from '#gw/common';
import { newTestService } from '../../../test/helpers/automock';
import { countyPolicy } from '../../../test/helpers/county-policy';
import { ReviewDecision, StepDecision, WorkAccessStatus as S, WorkAccessStep as Step } from './access.enums';
import { ReviewWorkAccessInput } from './access.model';
import { AccessRepository, ApplicationRow } from './access.repository';
import { AccessService } from './access.service';
import { ScreeningRepository } from './screening.repository';

const APP_ID = '0195f3a0-0000-7000-8000-00000000000a';

function person(subject: string, role: Role, departmentCode: string | null): Caller {
  return { user: { subject, name: subject, departmentCode, regionCode: '621022000000', roles: [role] } };
}
const civilAffairs = person('mz-1', Role.LIST_ADMIN, 'HX_MZ');
const organization = person('zzb-1', Role.REVIEWER, 'HX_ZZB');

function application(status: S, steps: { step: Step; actorSubject: string }[] = []): ApplicationRow {
  return {
    id: APP_ID,
    listKind: 'PERMITTED_CERTIFICATE',
    action: 'ADD',
    baseVersion: 1,
    status,
    applicantDepartment: 'HX_RS',
    applicantSubject: 'rs-1',
    listVersionId: null,
    createdAt: new Date('2026-11-01T00:00:00.000Z'),
    steps: steps.map((s, i) => ({ id: `step-${i}`, applicationId: APP_ID, decision: 'PASSED', ...s })),
  } as unknown as ApplicationRow;
}

const review = (step: Step, decision = ReviewDecision.PASS): ReviewWorkAccessInput => ({
  id: APP_ID,
  step,
  decision,
  reason: '符合准入条件',
});

// An application held in memory; transition is conditional on the current status, as in the database.
const CONFIG = loadConfig({ NODE_ENV: 'test', SUBJECT_HASH_KEY: 'unit-subject-hash-key-0123456789abcdef' });

function setup(initial: ApplicationRow) {
  const { sut, mock } = newTestService(AccessService, [
    [AccessPolicy, countyPolicy()],
    [APP_CONFIG, CONFIG],
  ]);
  const repo = mock(AccessRepository);
  const audit = mock(AuditService);
  const screenings = mock(ScreeningRepository);
  // no negative-list screening flag on the application (its rule has its own spec)
  screenings.of.mockResolvedValue(null);
  screenings.ofMany.mockResolvedValue(new Map());
  let app = initial;
  repo.findById.mockImplementation(async () => app);
  repo.transaction.mockImplementation((fn) => fn({} as never));
  repo.transition.mockImplementation(async (_tx, _id, from, data) => {
    if (!from.includes(app.status as S)) return false;
    app = { ...app, ...(data as Partial<ApplicationRow>) };
    return true;
  });
  repo.createStep.mockImplementation(async (_tx, step) => {
    app = { ...app, steps: [...app.steps, step as ApplicationRow['steps'][number]] };
  });
  repo.listVersionRefs.mockResolvedValue([]);
  audit.record.mockResolvedValue({} as AuditEvent);
  return { sut, repo, audit, current: () => app };
}

describe(`${AccessService.name} review order`, () => {
  it('civil affairs reviews first, then the organization department; each step is recorded', async () => {
    const { sut, current } = setup(application(S.SUBMITTED));
    await expect(sut.review(civilAffairs, review(Step.CIVIL_AFFAIRS_REVIEW))).resolves.toMatchObject({
      status: S.CIVIL_AFFAIRS_PASSED,
    });
    await expect(sut.review(organization, review(Step.ORGANIZATION_REVIEW))).resolves.toMatchObject({
      status: S.ORGANIZATION_PASSED,
    });
    expect(current().steps.map((s) => [s.step, s.decision, s.actorSubject])).toEqual([
      [Step.CIVIL_AFFAIRS_REVIEW, StepDecision.PASSED, 'mz-1'],
      [Step.ORGANIZATION_REVIEW, StepDecision.PASSED, 'zzb-1'],
    ]);
  });

  it('a rejection at either step ends the application', async () => {
    const { sut } = setup(application(S.SUBMITTED));
    await expect(
      sut.review(civilAffairs, review(Step.CIVIL_AFFAIRS_REVIEW, ReviewDecision.REJECT)),
    ).resolves.toMatchObject({ status: S.REJECTED });
    await expect(sut.review(organization, review(Step.ORGANIZATION_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
  });

  it.each([
    ['the organization review skips civil affairs', S.SUBMITTED, Step.ORGANIZATION_REVIEW, organization],
    ['civil affairs reviews twice', S.CIVIL_AFFAIRS_PASSED, Step.CIVIL_AFFAIRS_REVIEW, civilAffairs],
    ['the organization reviews twice', S.ORGANIZATION_PASSED, Step.ORGANIZATION_REVIEW, organization],
    ['a review after the decision', S.PUBLISHED, Step.ORGANIZATION_REVIEW, organization],
    ['a review of a withdrawn application', S.WITHDRAWN, Step.CIVIL_AFFAIRS_REVIEW, civilAffairs],
  ])('refuses as CONFLICT, writing nothing, when %s', async (_what, status, step, who) => {
    const { sut, repo } = setup(application(status));
    await expect(sut.review(who, review(step))).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    expect(repo.transaction).not.toHaveBeenCalled();
  });

  it('refuses as CONFLICT when another reviewer moved the application meanwhile', async () => {
    const { sut, repo } = setup(application(S.SUBMITTED));
    repo.transition.mockResolvedValue(false);
    await expect(sut.review(civilAffairs, review(Step.CIVIL_AFFAIRS_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(repo.createStep).not.toHaveBeenCalled();
  });

  it('each step belongs to its office: FORBIDDEN in the other role', async () => {
    const { sut, repo } = setup(application(S.SUBMITTED));
    await expect(sut.review(organization, review(Step.CIVIL_AFFAIRS_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await expect(sut.review(civilAffairs, review(Step.ORGANIZATION_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect(repo.transaction).not.toHaveBeenCalled();
  });

  it('nobody reviews an application of their own department: FORBIDDEN', async () => {
    const { sut, repo } = setup(application(S.SUBMITTED));
    const ownDepartment = person('rs-admin', Role.LIST_ADMIN, 'HX_RS');
    await expect(sut.review(ownDepartment, review(Step.CIVIL_AFFAIRS_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await expect(
      sut.review(person('x', Role.LIST_ADMIN, null), review(Step.CIVIL_AFFAIRS_REVIEW)),
    ).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    expect(repo.transaction).not.toHaveBeenCalled();
  });

  it('one person cannot do both steps, even holding both roles: FORBIDDEN', async () => {
    const both: Caller = { user: { ...civilAffairs.user, roles: [Role.LIST_ADMIN, Role.REVIEWER] } };
    const { sut, current } = setup(application(S.SUBMITTED));
    await sut.review(both, review(Step.CIVIL_AFFAIRS_REVIEW));
    await expect(sut.review(both, review(Step.ORGANIZATION_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect(current().status).toBe(S.CIVIL_AFFAIRS_PASSED);
  });

  it('the civil-affairs step is for the civil-affairs bureau: a LIST_ADMIN of another department is FORBIDDEN', async () => {
    const { sut, repo } = setup(application(S.SUBMITTED));
    await expect(
      sut.review(person('ga-admin', Role.LIST_ADMIN, 'HX_GA'), review(Step.CIVIL_AFFAIRS_REVIEW)),
    ).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: expect.stringContaining('县民政局'),
    });
    await expect(
      sut.review(person('ga-rev', Role.REVIEWER, 'HX_GA'), review(Step.ORGANIZATION_REVIEW)),
    ).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect(repo.transaction).not.toHaveBeenCalled();
  });

  it("civil affairs' own application is reviewed at both steps by the organization department, by two people", async () => {
    const { sut, current } = setup({ ...application(S.SUBMITTED), applicantDepartment: 'HX_MZ' } as ApplicationRow);
    await expect(sut.review(civilAffairs, review(Step.CIVIL_AFFAIRS_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await expect(
      sut.review(person('mz-2', Role.LIST_ADMIN, 'HX_ZZB'), review(Step.CIVIL_AFFAIRS_REVIEW)),
    ).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await sut.review(organization, review(Step.CIVIL_AFFAIRS_REVIEW));
    expect(current().status).toBe(S.CIVIL_AFFAIRS_PASSED);
    await expect(sut.review(organization, review(Step.ORGANIZATION_REVIEW))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    await sut.review(person('zzb-2', Role.REVIEWER, 'HX_ZZB'), review(Step.ORGANIZATION_REVIEW));
    expect(current().status).toBe(S.ORGANIZATION_PASSED);
  });

  it('only the two review steps are reviews', async () => {
    const { sut } = setup(application(S.SUBMITTED));
    await expect(sut.review(civilAffairs, review(Step.COUNTY_APPROVAL))).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
  });
});

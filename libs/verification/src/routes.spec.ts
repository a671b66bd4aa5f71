import { AttemptOutcome as A } from '#gw/sources';
import {
  awaitsManualCheck,
  awaitsRoute,
  fallbackRoutes,
  nextRouteAfter,
  ROUTE_TEXT,
  RouteResult,
  routeVerdict,
} from './routes';
import { VerificationOutcome as O, VerificationRoute as R, VerificationStatus as S } from './verification.enums';

const rules = (thirdPartyAllowed: boolean, commitmentAllowed: boolean) => ({ thirdPartyAllowed, commitmentAllowed });

describe(fallbackRoutes.name, () => {
  it.each([
    [false, false, [R.INTER_DEPARTMENT]],
    [true, false, [R.INTER_DEPARTMENT, R.THIRD_PARTY]],
    [false, true, [R.INTER_DEPARTMENT, R.COMMITMENT]],
    [true, true, [R.INTER_DEPARTMENT, R.THIRD_PARTY, R.COMMITMENT]],
  ])('third party %s, commitment %s: %j', (thirdParty, commitment, expected) => {
    expect(fallbackRoutes(rules(thirdParty, commitment))).toEqual(expected);
  });
});

describe(nextRouteAfter.name, () => {
  const named = (answer: boolean) => jest.fn(async () => answer);

  it('after the owning department, a named third party where the fact type allows one', async () => {
    await expect(nextRouteAfter(rules(true, true), R.INTER_DEPARTMENT, named(true))).resolves.toBe(R.THIRD_PARTY);
  });

  it('skips the third party when none is named, to the commitment where allowed, else nowhere', async () => {
    await expect(nextRouteAfter(rules(true, true), R.INTER_DEPARTMENT, named(false))).resolves.toBe(R.COMMITMENT);
    await expect(nextRouteAfter(rules(true, false), R.INTER_DEPARTMENT, named(false))).resolves.toBeNull();
  });

  it('does not look for a third party the fact type does not allow', async () => {
    const lookup = named(true);
    await expect(nextRouteAfter(rules(false, true), R.INTER_DEPARTMENT, lookup)).resolves.toBe(R.COMMITMENT);
    await expect(nextRouteAfter(rules(false, false), R.INTER_DEPARTMENT, lookup)).resolves.toBeNull();
    expect(lookup).not.toHaveBeenCalled();
  });

  it('after a third party, to the commitment where allowed, without asking for another third party', async () => {
    const lookup = named(true);
    await expect(nextRouteAfter(rules(true, true), R.THIRD_PARTY, lookup)).resolves.toBe(R.COMMITMENT);
    await expect(nextRouteAfter(rules(true, false), R.THIRD_PARTY, lookup)).resolves.toBeNull();
    expect(lookup).not.toHaveBeenCalled();
  });

  it('after a withdrawn commitment, nowhere: the resident brings proof', async () => {
    await expect(nextRouteAfter(rules(true, true), R.COMMITMENT, named(true))).resolves.toBeNull();
  });
});

describe(routeVerdict.name, () => {
  const result = (
    outcome: A,
    nextRoute: R | null = null,
    reason: string | null = '县民政局答复：经核实',
  ): RouteResult => ({
    route: R.INTER_DEPARTMENT,
    source: 'HX_MZ',
    outcome,
    reason,
    recordRef: 'assist:1',
    nextRoute,
    startedAt: new Date('2026-11-01T00:00:00.000Z'),
  });

  it.each([
    [A.CONFIRMED, O.CONFIRMED],
    [A.REFUTED, O.REFUTED],
    [A.COMMITTED, O.COMMITTED],
  ])('%s settles the verification by that route as %s', (outcome, expected) => {
    expect(routeVerdict(result(outcome, R.COMMITMENT))).toEqual({
      settled: true,
      outcome: expected,
      route: R.INTER_DEPARTMENT,
      nextRoute: null,
      reason: null,
      source: 'HX_MZ',
      recordRef: 'assist:1',
    });
  });

  it.each([A.UNABLE, A.EXPIRED, A.CANCELLED, A.WITHDRAWN])('%s leaves it unresolved and names the next route', (o) => {
    expect(routeVerdict(result(o, R.THIRD_PARTY, '县民政局答复：无法核实'))).toEqual({
      settled: false,
      outcome: O.UNRESOLVED,
      route: null,
      nextRoute: R.THIRD_PARTY,
      reason: `县民政局答复：无法核实；下一步：${ROUTE_TEXT.THIRD_PARTY}`,
      source: null,
      recordRef: null,
    });
  });

  it('says so when no route is left', () => {
    expect(routeVerdict(result(A.EXPIRED, null, '县民政局逾期未答复')).reason).toBe(
      '县民政局逾期未答复；已无其他核验途径，可由办理部门人工核实',
    );
  });
});

describe(awaitsRoute.name, () => {
  it('takes a finished verification that nothing settled', () => {
    expect(awaitsRoute({ status: S.DONE, outcome: O.UNRESOLVED })).toBe(true);
  });

  it.each([
    [S.DONE, O.CONFIRMED],
    [S.DONE, O.REFUTED],
    [S.DONE, O.COMMITTED],
    [S.DONE, O.UNAVAILABLE],
    [S.RUNNING, null],
    [S.INTERRUPTED, null],
  ])('not one that is %s %s', (status, outcome) => {
    expect(awaitsRoute({ status, outcome })).toBe(false);
  });
});

describe(awaitsManualCheck.name, () => {
  it('takes an unresolved verification that no route remains for', () => {
    expect(awaitsManualCheck({ status: S.DONE, outcome: O.UNRESOLVED, nextRoute: null })).toBe(true);
  });

  it.each([
    [S.DONE, O.UNRESOLVED, R.INTER_DEPARTMENT],
    [S.DONE, O.UNRESOLVED, R.COMMITMENT],
    [S.DONE, O.UNAVAILABLE, null],
    [S.DONE, O.CONFIRMED, null],
    [S.RUNNING, O.UNAVAILABLE, null],
  ])('not one that is %s %s with next route %s', (status, outcome, nextRoute) => {
    expect(awaitsManualCheck({ status, outcome, nextRoute })).toBe(false);
  });
});

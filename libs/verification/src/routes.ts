import { AttemptOutcome, SettlingOutcome, settles } from '#gw/sources';
import { VerificationOutcome, VerificationRoute, VerificationStatus } from './verification.enums';

// A finished verification that no route has settled yet: what the fallback routes may take up.
// One whose sources were only temporarily unavailable is retried instead (VerificationOutcome.UNAVAILABLE).
export function awaitsRoute(v: { status: string; outcome: string | null }): boolean {
  return v.status === VerificationStatus.DONE && !settles(v.outcome) && v.outcome !== VerificationOutcome.UNAVAILABLE;
}

// An unresolved verification with no route left: only the window's own manual check remains.
export function awaitsManualCheck(v: { status: string; outcome: string | null; nextRoute: string | null }): boolean {
  return awaitsRoute(v) && v.outcome === VerificationOutcome.UNRESOLVED && v.nextRoute === null;
}

export const NO_ROUTE_LEFT = '已无其他核验途径，可由办理部门人工核实';

// How the routes after shared data read in reasons and guidance.
export const ROUTE_TEXT: Record<VerificationRoute, string> = {
  DATA_SHARING: '数据共享核验',
  INTER_DEPARTMENT: '部门间协查',
  THIRD_PARTY: '委托第三方核查',
  COMMITMENT: '个人告知承诺',
  MANUAL: '人工核实',
};

interface RouteRules {
  thirdPartyAllowed: boolean;
  commitmentAllowed: boolean;
}

// The routes an unresolved fact may still take, in order: the owning department always, a
// commissioned third party and the resident's commitment where the fact type allows them.
export function fallbackRoutes(fact: RouteRules): VerificationRoute[] {
  return [
    VerificationRoute.INTER_DEPARTMENT,
    ...(fact.thirdPartyAllowed ? [VerificationRoute.THIRD_PARTY] : []),
    ...(fact.commitmentAllowed ? [VerificationRoute.COMMITMENT] : []),
  ];
}

// Where an unresolved fact goes when a fallback route could not settle it: after the owning
// department, to a commissioned third party when the fact type allows one and one is named
// (asked only then); then to the resident's commitment where allowed; else nowhere.
export async function nextRouteAfter(
  fact: RouteRules,
  failed: VerificationRoute,
  thirdPartyNamed: () => Promise<boolean>,
): Promise<VerificationRoute | null> {
  if (failed === VerificationRoute.INTER_DEPARTMENT && fact.thirdPartyAllowed && (await thirdPartyNamed()))
    return VerificationRoute.THIRD_PARTY;
  if (failed !== VerificationRoute.COMMITMENT && fact.commitmentAllowed) return VerificationRoute.COMMITMENT;
  return null;
}

// What a fallback route (assist request, third-party check, commitment) found.
export interface RouteResult {
  route: VerificationRoute;
  source: string; // the department that answered, or RESIDENT
  outcome: AttemptOutcome;
  reason: string | null;
  recordRef: string | null;
  nextRoute: VerificationRoute | null;
  startedAt: Date;
}

// The verification after a route result: settled by that route, or still unresolved with the
// route named next (or none left).
export interface RouteVerdict {
  settled: boolean;
  outcome: VerificationOutcome;
  route: VerificationRoute | null;
  nextRoute: VerificationRoute | null;
  reason: string | null;
  source: string | null;
  recordRef: string | null;
}

// a settled verification takes the outcome of the attempt that settled it
const SETTLED_AS: Record<SettlingOutcome, VerificationOutcome> = {
  [AttemptOutcome.CONFIRMED]: VerificationOutcome.CONFIRMED,
  [AttemptOutcome.REFUTED]: VerificationOutcome.REFUTED,
  [AttemptOutcome.COMMITTED]: VerificationOutcome.COMMITTED,
};

export function routeVerdict(r: RouteResult): RouteVerdict {
  if (settles(r.outcome)) {
    return {
      settled: true,
      outcome: SETTLED_AS[r.outcome],
      route: r.route,
      nextRoute: null,
      reason: null,
      source: r.source,
      recordRef: r.recordRef,
    };
  }
  const next = r.nextRoute;
  return {
    settled: false,
    outcome: VerificationOutcome.UNRESOLVED,
    route: null,
    nextRoute: next,
    reason: `${r.reason ?? ''}${next ? `；下一步：${ROUTE_TEXT[next]}` : `；${NO_ROUTE_LEFT}`}`,
    source: null,
    recordRef: null,
  };
}

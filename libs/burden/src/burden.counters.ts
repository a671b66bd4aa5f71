// The daily counters of the burden monitor, one column each in BurdenDaily.
export const BURDEN_COUNTERS = [
  'checksAllowed',
  'refusedAbolished',
  'refusedDataSharing',
  'refusedInterDepartment',
  'refusedCommitment',
  'refusedNegativeList',
  'refusedNotListed',
  'certificatesIssued',
  'certificatesRevoked',
  'formsFiled',
  'assistRequested',
  'assistAnswered',
  'assistOverdue',
  'verifiedBySharedData',
  'verifiedByOtherRoutes',
] as const;

export type BurdenCounter = (typeof BURDEN_COUNTERS)[number];
export type BurdenCounts = Record<BurdenCounter, number>;

// Community check reasons (libs/community CheckReason) and the counter each one feeds.
export const CHECK_COUNTER: Record<string, BurdenCounter> = {
  ON_PERMITTED_LIST: 'checksAllowed',
  ABOLISHED: 'refusedAbolished',
  DATA_SHARING: 'refusedDataSharing',
  INTER_DEPARTMENT: 'refusedInterDepartment',
  COMMITMENT: 'refusedCommitment',
  NEGATIVE_LIST: 'refusedNegativeList',
  NOT_LISTED: 'refusedNotListed',
};

export const REFUSAL_COUNTERS = Object.entries(CHECK_COUNTER).filter(([reason]) => reason !== 'ON_PERMITTED_LIST') as [
  string,
  BurdenCounter,
][];

// A settled verification counts as shared data only when a data source settled it; inter-department
// assist, third-party checks and commitments are the other routes.
export function verificationCounter(route: string): 'verifiedBySharedData' | 'verifiedByOtherRoutes' {
  return route === 'DATA_SHARING' ? 'verifiedBySharedData' : 'verifiedByOtherRoutes';
}

export function zeroCounts(): BurdenCounts {
  return Object.fromEntries(BURDEN_COUNTERS.map((c) => [c, 0])) as BurdenCounts;
}

export function addCounts(into: BurdenCounts, add: Partial<Record<BurdenCounter, number | null>>): BurdenCounts {
  for (const c of BURDEN_COUNTERS) into[c] += add[c] ?? 0;
  return into;
}

import { AttemptOutcome } from './sources.enums';

// The one definition of what settles a fact. A data source, the owning department or a
// commissioned third party CONFIRMED or REFUTED the claim, or the resident's signed commitment
// (COMMITTED) stands in for the proof. Everything else (NO_RECORD, NAME_MISMATCH, a failed call, UNABLE,
// EXPIRED, CANCELLED, WITHDRAWN) leaves the fact UNRESOLVED and sends it on to the next route.
// A verification's outcome uses the same words as the attempt that settled it, so this also
// reads a stored VerificationOutcome.
export const SETTLING_OUTCOMES = [AttemptOutcome.CONFIRMED, AttemptOutcome.REFUTED, AttemptOutcome.COMMITTED] as const;
export type SettlingOutcome = (typeof SETTLING_OUTCOMES)[number];

const SETTLING: ReadonlySet<string> = new Set(SETTLING_OUTCOMES);

export function settles(outcome: string | null | undefined): outcome is SettlingOutcome {
  return outcome != null && SETTLING.has(outcome);
}

// Of the settled facts, those a decision may rest on in the claim's favour. A commitment
// settles a fact without proving it (post-verification may still find it false): it upholds
// the claim, but a certificate that needs one is COMMITTED, never CONFIRMED.
export function upholdsClaim(outcome: string | null | undefined): boolean {
  return settles(outcome) && outcome !== AttemptOutcome.REFUTED;
}

// A data source that answered is healthy, whatever it answered: NO_RECORD and NAME_MISMATCH
// (the ID number is known under another name) keep its circuit breaker closed like CONFIRMED
// and REFUTED do, but settle nothing.
const SOURCE_ANSWERS: ReadonlySet<string> = new Set([
  AttemptOutcome.CONFIRMED,
  AttemptOutcome.REFUTED,
  AttemptOutcome.NO_RECORD,
  AttemptOutcome.NAME_MISMATCH,
]);

export function sourceAnswered(outcome: AttemptOutcome): boolean {
  return SOURCE_ANSWERS.has(outcome);
}

// A source that could not be asked now but may answer soon: unreachable, timed out, its breaker
// open or its slots full. Such a failure is retried later, not sent on to another route.
const TRANSIENT: ReadonlySet<string> = new Set([
  AttemptOutcome.TIMEOUT,
  AttemptOutcome.UNREACHABLE,
  AttemptOutcome.CIRCUIT_OPEN,
  AttemptOutcome.OVERLOADED,
]);

export function isTransient(outcome: AttemptOutcome): boolean {
  return TRANSIENT.has(outcome);
}

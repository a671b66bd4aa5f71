import { upholdsClaim } from '#gw/sources';
import { VerificationOutcome } from './verification.enums';

// A certificate stands when each of its facts upholds the claim (confirmed, or replaced by the
// resident's signed commitment); one refuted fact refutes it; anything still open leaves it
// unresolved: NAME_MISMATCH when a source knows an ID number under another name (retrying will not
// help), UNAVAILABLE while a fact waits only for its sources to be retried. Only a certificate whose
// facts are all confirmed is CONFIRMED.
export function certificateOutcome(facts: readonly (VerificationOutcome | null)[]): VerificationOutcome {
  if (facts.includes(VerificationOutcome.REFUTED)) return VerificationOutcome.REFUTED;
  // the name does not match the ID number: nothing about this person is settled
  if (facts.includes(VerificationOutcome.NAME_MISMATCH)) return VerificationOutcome.NAME_MISMATCH;
  if (facts.includes(VerificationOutcome.UNAVAILABLE)) return VerificationOutcome.UNAVAILABLE;
  if (facts.every((o) => o === VerificationOutcome.CONFIRMED)) return VerificationOutcome.CONFIRMED;
  if (facts.every(upholdsClaim)) return VerificationOutcome.COMMITTED;
  return VerificationOutcome.UNRESOLVED;
}

// Of alternatives, one that holds is enough: the group is CONFIRMED when any is, REFUTED only
// when every one given is, COMMITTED when one is upheld by a commitment, and open otherwise.
export function anyOfOutcome(facts: readonly (VerificationOutcome | null)[]): VerificationOutcome {
  if (facts.includes(VerificationOutcome.CONFIRMED)) return VerificationOutcome.CONFIRMED;
  if (facts.length > 0 && facts.every((o) => o === VerificationOutcome.REFUTED)) return VerificationOutcome.REFUTED;
  if (facts.some(upholdsClaim)) return VerificationOutcome.COMMITTED;
  return VerificationOutcome.UNRESOLVED;
}

// A certificate of all-of and any-of groups stands when every group does.
export function groupedCertificateOutcome(
  groups: readonly { anyOf: boolean; outcomes: readonly (VerificationOutcome | null)[] }[],
): VerificationOutcome {
  return certificateOutcome(groups.map((g) => (g.anyOf ? anyOfOutcome(g.outcomes) : certificateOutcome(g.outcomes))));
}

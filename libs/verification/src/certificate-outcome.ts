import { VerificationOutcome } from './verification.enums';

// A certificate stands when each of its facts is confirmed or replaced by the resident's signed
// commitment; one refuted fact refutes it; anything still open leaves it unresolved.
export function certificateOutcome(facts: readonly (VerificationOutcome | null)[]): VerificationOutcome {
  if (facts.includes(VerificationOutcome.REFUTED)) return VerificationOutcome.REFUTED;
  if (facts.every((o) => o === VerificationOutcome.CONFIRMED)) return VerificationOutcome.CONFIRMED;
  if (facts.every((o) => o === VerificationOutcome.CONFIRMED || o === VerificationOutcome.COMMITTED))
    return VerificationOutcome.COMMITTED;
  return VerificationOutcome.UNRESOLVED;
}

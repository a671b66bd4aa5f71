import { certificateOutcome } from './certificate-outcome';
import { VerificationOutcome as O } from './verification.enums';

describe(certificateOutcome.name, () => {
  const sut = certificateOutcome;

  it.each([
    [[O.CONFIRMED, O.CONFIRMED], O.CONFIRMED],
    [[O.CONFIRMED, O.COMMITTED], O.COMMITTED],
    [[O.COMMITTED], O.COMMITTED],
    [[O.CONFIRMED, O.UNRESOLVED], O.UNRESOLVED],
    [[O.COMMITTED, O.UNRESOLVED], O.UNRESOLVED],
    [[O.CONFIRMED, null], O.UNRESOLVED],
    [[O.CONFIRMED, O.REFUTED], O.REFUTED],
    [[O.UNRESOLVED, O.REFUTED, O.COMMITTED], O.REFUTED],
    [[O.CONFIRMED, O.UNAVAILABLE], O.UNAVAILABLE],
    [[O.UNRESOLVED, O.UNAVAILABLE], O.UNAVAILABLE],
    [[O.REFUTED, O.UNAVAILABLE], O.REFUTED],
    [[O.CONFIRMED, O.NAME_MISMATCH], O.NAME_MISMATCH],
    [[O.NAME_MISMATCH, O.UNRESOLVED], O.NAME_MISMATCH],
    [[O.NAME_MISMATCH, O.REFUTED], O.REFUTED],
  ])('%j gives %s', (facts, expected) => {
    expect(sut(facts)).toBe(expected);
  });
});

import { certificateOutcome, groupedCertificateOutcome } from './certificate-outcome';
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

describe(groupedCertificateOutcome.name, () => {
  it.each([
    [[O.REFUTED, O.CONFIRMED], O.CONFIRMED],
    [[O.REFUTED, O.UNRESOLVED], O.UNRESOLVED],
    [[O.REFUTED, O.REFUTED], O.REFUTED],
    [[O.UNRESOLVED, O.COMMITTED], O.COMMITTED],
    [[null], O.UNRESOLVED],
  ])('alternatives %j give %s', (outcomes, expected) => {
    expect(groupedCertificateOutcome([{ anyOf: true, outcomes }])).toBe(expected);
  });

  it('needs every group to stand', () => {
    expect(
      groupedCertificateOutcome([
        { anyOf: false, outcomes: [O.CONFIRMED] },
        { anyOf: true, outcomes: [O.REFUTED, O.CONFIRMED] },
      ]),
    ).toBe(O.CONFIRMED);
    expect(
      groupedCertificateOutcome([
        { anyOf: false, outcomes: [O.REFUTED] },
        { anyOf: true, outcomes: [O.CONFIRMED] },
      ]),
    ).toBe(O.REFUTED);
  });
});

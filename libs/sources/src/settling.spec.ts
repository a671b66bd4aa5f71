import { AttemptOutcome } from './sources.enums';
import { SETTLING_OUTCOMES, settles, sourceAnswered, upholdsClaim } from './settling';

const ALL = Object.values(AttemptOutcome);

describe(settles.name, () => {
  it.each([AttemptOutcome.CONFIRMED, AttemptOutcome.REFUTED, AttemptOutcome.COMMITTED])('%s settles a fact', (o) => {
    expect(settles(o)).toBe(true);
  });

  it('nothing else settles one: no record, failed calls, fallback routes that gave no answer', () => {
    const others = ALL.filter((o) => !SETTLING_OUTCOMES.includes(o as never));
    expect(others).toEqual(
      expect.arrayContaining(['NO_RECORD', 'TIMEOUT', 'UNABLE', 'EXPIRED', 'CANCELLED', 'WITHDRAWN', 'PENDING']),
    );
    for (const o of others) expect(settles(o)).toBe(false);
  });

  it('reads a stored verification outcome the same way, and no outcome at all as unsettled', () => {
    expect(settles('UNRESOLVED')).toBe(false);
    expect(settles('COMMITTED')).toBe(true);
    expect(settles(null)).toBe(false);
    expect(settles(undefined)).toBe(false);
    expect(settles('')).toBe(false);
  });
});

describe(upholdsClaim.name, () => {
  it('is a settled fact in the claim’s favour: confirmed, or replaced by a commitment', () => {
    expect(ALL.filter(upholdsClaim)).toEqual([AttemptOutcome.CONFIRMED, AttemptOutcome.COMMITTED]);
  });

  it('a refuted fact is settled but does not uphold the claim', () => {
    expect(settles(AttemptOutcome.REFUTED)).toBe(true);
    expect(upholdsClaim(AttemptOutcome.REFUTED)).toBe(false);
  });
});

describe(sourceAnswered.name, () => {
  it('counts NO_RECORD and NAME_MISMATCH as answers, though they settle nothing', () => {
    expect(ALL.filter(sourceAnswered)).toEqual([
      AttemptOutcome.CONFIRMED,
      AttemptOutcome.REFUTED,
      AttemptOutcome.NAME_MISMATCH,
      AttemptOutcome.NO_RECORD,
    ]);
    expect(settles(AttemptOutcome.NO_RECORD)).toBe(false);
    expect(settles(AttemptOutcome.NAME_MISMATCH)).toBe(false);
    expect(upholdsClaim(AttemptOutcome.NAME_MISMATCH)).toBe(false);
  });

  it('a commitment is not an answer from a source', () => {
    expect(sourceAnswered(AttemptOutcome.COMMITTED)).toBe(false);
  });
});

import { AppException } from '#gw/common';
import { addDays, assertDayRange, bucketStart, buckets, TrendGranularity } from './burden-day';

describe(bucketStart.name, () => {
  const sut = bucketStart;

  it.each([
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-27', '2026-11-23'], // Friday
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week that began on Monday
    ['2026-11-30', '2026-11-30'],
    ['2026-01-01', '2025-12-29'], // a week across the new year
  ])('the week of %s starts on Monday %s', (day, monday) => {
    expect(sut(day, TrendGranularity.WEEK)).toBe(monday);
  });

  it('gives the first of the month and the day itself', () => {
    expect(sut('2024-02-29', TrendGranularity.MONTH)).toBe('2024-02-01');
    expect(sut('2024-02-29', TrendGranularity.DAY)).toBe('2024-02-29');
  });
});

describe(buckets.name, () => {
  const sut = buckets;

  it('cuts the first and last week to the period', () => {
    expect(sut({ from: '2026-11-26', to: '2026-12-08' }, TrendGranularity.WEEK)).toEqual([
      { start: '2026-11-26', end: '2026-11-29' },
      { start: '2026-11-30', end: '2026-12-06' },
      { start: '2026-12-07', end: '2026-12-08' },
    ]);
  });

  it('makes calendar months, February of a leap year included', () => {
    expect(sut({ from: '2023-12-15', to: '2024-03-01' }, TrendGranularity.MONTH)).toEqual([
      { start: '2023-12-15', end: '2023-12-31' },
      { start: '2024-01-01', end: '2024-01-31' },
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-03-01', end: '2024-03-01' },
    ]);
  });

  it('covers every day of the period exactly once', () => {
    for (const g of Object.values(TrendGranularity)) {
      const days = sut({ from: '2025-01-30', to: '2026-03-03' }, g).flatMap((b) => {
        const out: string[] = [];
        for (let d = b.start; d <= b.end; d = addDays(d, 1)) out.push(d);
        return out;
      });
      expect(days.length).toBe(398);
      expect(new Set(days).size).toBe(398);
      expect(days[0]).toBe('2025-01-30');
      expect(days[days.length - 1]).toBe('2026-03-03');
    }
  });

  it('has one bucket for a one-day period', () => {
    expect(sut({ from: '2026-05-05', to: '2026-05-05' }, TrendGranularity.MONTH)).toEqual([
      { start: '2026-05-05', end: '2026-05-05' },
    ]);
  });
});

describe(assertDayRange.name, () => {
  const sut = assertDayRange;

  it('accepts a period of up to three years', () => {
    expect(sut({ from: '2024-01-01', to: '2026-12-31' })).toEqual({ from: '2024-01-01', to: '2026-12-31' });
    expect(sut({ from: '2026-01-01', to: '2026-01-01' })).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{ from: '2026/01/01', to: '2026-03-01' }, 'from'],
    [{ from: '2026-01-01', to: '2026-13-01' }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
    [{ from: '2023-01-01', to: '2026-01-02' }, 'to'],
  ])('refuses %j', (range, field) => {
    let err: unknown;
    try {
      sut(range);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppException);
    expect((err as AppException).code).toBe('BAD_USER_INPUT');
    expect((err as AppException).details).toMatchObject({ field });
  });
});

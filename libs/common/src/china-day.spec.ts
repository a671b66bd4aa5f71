import { AppException } from './errors';
import { chinaDay, chinaDayStart, isChinaDay, parseChinaDay } from './china-day';

describe('china-day', () => {
  it('takes the civil date in China, which is ahead of UTC late in the evening', () => {
    expect(chinaDay(new Date('2026-11-27T15:59:59.999Z'))).toBe('2026-11-27');
    expect(chinaDay(new Date('2026-11-27T16:00:00.000Z'))).toBe('2026-11-28');
  });

  it('starts a day at midnight China time', () => {
    expect(chinaDayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(chinaDay(chinaDayStart('2026-01-01'))).toBe('2026-01-01');
  });

  it('accepts only real calendar dates', () => {
    expect(isChinaDay('2024-02-29')).toBe(true);
    expect(isChinaDay('2026-02-29')).toBe(false);
    expect(isChinaDay('2026-13-01')).toBe(false);
    expect(isChinaDay('2026-1-01')).toBe(false);
    expect(isChinaDay('2026-01-01T00:00')).toBe(false);
  });

  it('refuses a bad date as bad input naming the field', () => {
    const attempt = () => parseChinaDay('2026-02-30', 'effectiveFrom');
    expect(attempt).toThrow(AppException);
    expect(attempt).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'effectiveFrom' } }));
  });
});

describe(chinaDay.name, () => {
  const sut = chinaDay;

  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2024-02-28T16:30:00.000Z', '2024-02-29'],
    ['2026-07-01T00:00:00.000Z', '2026-07-01'],
  ])('%s is %s in China', (instant, day) => {
    expect(sut(new Date(instant))).toBe(day);
  });

  it('is the inverse of the day start', () => {
    expect(chinaDayStart('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(sut(chinaDayStart('2026-03-02'))).toBe('2026-03-02');
    expect(sut(new Date(chinaDayStart('2026-03-02').getTime() - 1))).toBe('2026-03-01');
  });
});

import { formatBeijingDate, formatBeijingTime } from './beijing-time';

describe(formatBeijingTime.name, () => {
  it.each([
    ['2026-12-02T02:30:00.000Z', '2026年12月2日 10:30'],
    ['2026-12-02T10:30:00+08:00', '2026年12月2日 10:30'],
    // the Beijing day starts 8 hours before the UTC day ends
    ['2026-12-31T16:05:00Z', '2027年1月1日 00:05'],
    ['2026-03-01T15:59:59.999Z', '2026年3月1日 23:59'],
  ])('writes %s as %s', (iso, text) => {
    expect(formatBeijingTime(iso)).toBe(text);
    expect(formatBeijingTime(new Date(iso))).toBe(text);
  });

  it('refuses what is not a time rather than printing "Invalid Date"', () => {
    expect(() => formatBeijingTime('tomorrow')).toThrow(RangeError);
    expect(() => formatBeijingTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe(formatBeijingDate.name, () => {
  it('writes the Beijing calendar date of an instant', () => {
    expect(formatBeijingDate(new Date('2026-12-01T16:00:00Z'))).toBe('2026年12月2日');
    expect(formatBeijingDate(new Date('2026-12-01T15:59:59Z'))).toBe('2026年12月1日');
  });

  it('writes a civil date as it stands, without shifting it', () => {
    expect(formatBeijingDate('2026-12-02')).toBe('2026年12月2日');
    expect(formatBeijingDate('1990-01-09')).toBe('1990年1月9日');
  });
});

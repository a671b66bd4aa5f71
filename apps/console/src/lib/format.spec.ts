import { addDays, beijingDay, countdown, formatDate, formatPercent, formatTime } from './format';

describe('Beijing time in Chinese', () => {
  it('formats an instant as the Beijing wall clock', () => {
    expect(formatTime('2026-12-02T02:30:00Z')).toBe('2026年12月2日 10:30');
    expect(formatTime('2026-12-31T16:05:00Z')).toBe('2027年1月1日 00:05');
    expect(formatTime(null)).toBe('—');
    expect(formatTime('not a time')).toBe('—');
  });

  it('formats days, and finds today in Beijing', () => {
    expect(formatDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatDate('2026-03-04T17:00:00Z')).toBe('2026年3月5日');
    expect(beijingDay(new Date('2026-03-04T17:00:00Z'))).toBe('2026-03-05');
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });

  it('counts down to a due time and says when it has passed', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(countdown('2026-12-02T03:12:00Z', now)).toEqual({ text: '剩余 3 小时 12 分', overdue: false });
    expect(countdown('2026-12-04T05:00:00Z', now)).toEqual({ text: '剩余 2 天 5 小时', overdue: false });
    expect(countdown('2026-12-01T23:20:00Z', now)).toEqual({ text: '已逾期 40 分', overdue: true });
  });

  it('shows shares as percentages', () => {
    expect(formatPercent(0.625)).toBe('62.5%');
    expect(formatPercent(null)).toBe('—');
  });
});

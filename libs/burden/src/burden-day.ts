import { AppException, isChinaDay } from '#gw/common';

const DAY_MS = 86_400_000;
// three years, a leap day included
export const MAX_SPAN_DAYS = 3 * 365 + 1;

export enum TrendGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export interface DayRange {
  from: string;
  to: string;
}

export interface Bucket {
  start: string;
  end: string;
}

// Days since 1970-01-01 of a calendar day.
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function dayOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return dayOf(dayNumber(day) + n);
}

export function daySpan(range: DayRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

export function assertDayRange(range: DayRange): DayRange {
  const from = range.from?.trim() ?? '';
  const to = range.to?.trim() ?? '';
  if (!isChinaDay(from)) throw AppException.badInput('起始日期须为有效日期，格式 YYYY-MM-DD', { field: 'from' });
  if (!isChinaDay(to)) throw AppException.badInput('截止日期须为有效日期，格式 YYYY-MM-DD', { field: 'to' });
  if (to < from) throw AppException.badInput('截止日期不能早于起始日期', { field: 'to' });
  if (daySpan({ from, to }) > MAX_SPAN_DAYS)
    throw AppException.badInput('查询期间最长 3 年', { field: 'to', maxDays: MAX_SPAN_DAYS });
  return { from, to };
}

// The first day of the bucket a day belongs to: itself, its week's Monday, or the 1st of its month.
export function bucketStart(day: string, granularity: TrendGranularity): string {
  switch (granularity) {
    case TrendGranularity.DAY:
      return day;
    case TrendGranularity.WEEK: {
      const n = dayNumber(day);
      // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays
      return dayOf(n - ((n + 3) % 7));
    }
    case TrendGranularity.MONTH:
      return `${day.slice(0, 7)}-01`;
    default: {
      const unreachable: never = granularity;
      return unreachable;
    }
  }
}

function nextBucketStart(start: string, granularity: TrendGranularity): string {
  switch (granularity) {
    case TrendGranularity.DAY:
      return addDays(start, 1);
    case TrendGranularity.WEEK:
      return addDays(start, 7);
    case TrendGranularity.MONTH: {
      const y = Number(start.slice(0, 4));
      const m = Number(start.slice(5, 7));
      return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
    default: {
      const unreachable: never = granularity;
      return unreachable;
    }
  }
}

// Consecutive buckets covering the range exactly; the first and last are cut to the range, so
// the buckets' sums add up to the period's totals.
export function buckets(range: DayRange, granularity: TrendGranularity): Bucket[] {
  const out: Bucket[] = [];
  let start = bucketStart(range.from, granularity);
  while (start <= range.to) {
    const next = nextBucketStart(start, granularity);
    const end = addDays(next, -1);
    out.push({ start: start < range.from ? range.from : start, end: end > range.to ? range.to : end });
    start = next;
  }
  return out;
}

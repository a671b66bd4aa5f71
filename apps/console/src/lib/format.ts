// Every time a person reads is Beijing time, in Chinese: 2026年12月2日 10:30.

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const DATE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const ISO_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

// "2026年12月2日 10:30"
export function formatTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  if (!d) return '—';
  const parts = Object.fromEntries(TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

// "2026年12月2日"; a bare YYYY-MM-DD is a Beijing calendar day already
export function formatDate(value: string | Date | null | undefined): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  const d = toDate(value);
  if (!d) return '—';
  const parts = Object.fromEntries(DATE.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}年${parts.month}月${parts.day}日`;
}

// today's Beijing date as YYYY-MM-DD (what date inputs and the burden monitor use)
export function beijingDay(at: Date = new Date()): string {
  return ISO_DAY.format(at);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// the instant a Beijing day starts, for filters that take a DateTime
export function beijingDayStart(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}

export function formatMs(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value} 毫秒`;
}

// "剩余 3 小时 12 分" or "已逾期 2 小时 5 分"
export function countdown(due: string | Date, now: Date = new Date()): { text: string; overdue: boolean } {
  const d = toDate(due);
  if (!d) return { text: '—', overdue: false };
  const ms = d.getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const span = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${mins} 分` : `${mins} 分`;
  return ms >= 0 ? { text: `剩余 ${span}`, overdue: false } : { text: `已逾期 ${span}`, overdue: true };
}

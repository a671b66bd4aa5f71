// Times people read are Beijing time in Chinese: 2026年12月2日 10:30. China has used UTC+8 all
// year since 1991, so a fixed offset is exact and needs no time-zone data. Machine fields
// (GraphQL DateTime, signed payloads, logs) stay ISO-8601; only text a person reads uses these.
const OFFSET_MS = 8 * 3600_000;
const CIVIL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function instant(at: Date | string): Date {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a time: ${String(at)}`);
  return new Date(d.getTime() + OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

// "2026年12月2日 10:30" for an instant (a Date or an ISO-8601 string with its offset).
export function formatBeijingTime(at: Date | string): string {
  const b = instant(at);
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
}

// "2026年12月2日": the Beijing calendar date of an instant; a bare YYYY-MM-DD is a civil date
// already and is written as it stands (a claimed date is shown as claimed, not shifted).
export function formatBeijingDate(at: Date | string): string {
  const m = typeof at === 'string' ? CIVIL_DAY.exec(at) : null;
  if (m) return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  const b = instant(at);
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;
}

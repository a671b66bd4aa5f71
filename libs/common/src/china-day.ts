import { AppException } from './errors';

// China has used UTC+8 all year since 1991, so a fixed offset gives the civil date everywhere
// the gateway is used.
const OFFSET_MS = 8 * 3600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The civil date (YYYY-MM-DD) in China of an instant.
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

// Midnight in China at the start of that civil date.
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

export function isChinaDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

export function parseChinaDay(text: string, field: string): Date {
  if (!isChinaDay(text)) throw AppException.badInput(`${field} 须为有效日期，格式 YYYY-MM-DD`, { field });
  return chinaDayStart(text);
}

import { createHmac } from 'node:crypto';

// Citizen identity numbers (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date,
// 3-digit sequence (odd for men), 1 check character (ISO 7064 MOD 11-2).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export function idNumberProblem(value: string, today = new Date()): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'FORMAT';
  if (!/^[1-8][1-9]/.test(value)) return 'REGION';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    birth.getUTCFullYear() !== y ||
    birth.getUTCMonth() !== m - 1 ||
    birth.getUTCDate() !== d ||
    birth.getTime() > today.getTime()
  ) {
    return 'BIRTH_DATE';
  }
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return 'CHECK_DIGIT';
  return null;
}

export const ID_NUMBER_PROBLEM_TEXT: Record<IdNumberProblem, string> = {
  FORMAT: '公民身份号码应为 18 位（前 17 位为数字，末位为数字或 X）',
  REGION: '公民身份号码的地址码无效',
  BIRTH_DATE: '公民身份号码中的出生日期无效',
  CHECK_DIGIT: '公民身份号码校验位不正确',
};

// Lower-case x is a common typing variant of the check character.
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function maskIdNumber(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(14)}` : '*'.repeat(value.length);
}

export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}

// Keyed hash: the same person gets the same value, which cannot be reversed without the key.
export function subjectHash(idNumber: string, key: string): string {
  return createHmac('sha256', key).update(idNumber).digest('hex');
}

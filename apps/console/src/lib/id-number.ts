// Citizen identity numbers (公民身份号码, GB 11643-1999), checked as the clerk types: the same
// rule as the gateway's (libs/common/src/id-number.ts); test/console-rules.spec.ts proves they agree.

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

// What a clerk sees while typing: nothing until the number is complete, then the problem.
export function idNumberMessage(value: string): string | null {
  const v = normalizeIdNumber(value);
  if (v === '') return null;
  if (v.length < 18) return /^\d*$/.test(v) ? `还差 ${18 - v.length} 位` : ID_NUMBER_PROBLEM_TEXT.FORMAT;
  const problem = idNumberProblem(v);
  return problem ? ID_NUMBER_PROBLEM_TEXT[problem] : null;
}

export function maskIdNumber(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(14)}` : '*'.repeat(value.length);
}

// ID numbers in free text, as the clerk types: the same detector as the gateway's
// (libs/common/src/id-number-in-text.ts; test/console-rules.spec.ts proves they agree): width
// folded, the check character's case ignored, up to three separators between digits dropped.
const SEPARATORS = '\\s\\u00ad\\u180e\\u200b-\\u200d\\u2060\\ufeff\\-\\u2010-\\u2015\\u2212._/\\u00b7\\u30fb\\u2027';
const JOINED = new RegExp(`(?<=[0-9X])[${SEPARATORS}]{1,3}(?=[0-9X])`, 'gu');
const WINDOW = /(?=(\d{17}[\dX]))/g;

export function containsIdNumber(text: string): boolean {
  if (!/[0-9\uff10-\uff19\u2460-\u249b]/u.test(text)) return false;
  const compact = text.normalize('NFKC').toUpperCase().replace(JOINED, '');
  for (const m of compact.matchAll(WINDOW)) if (idNumberProblem(m[1]) === null) return true;
  return false;
}

export function idNumberInTextMessage(label: string): string {
  return `${label}中不应包含公民身份号码，请删去后重试`;
}

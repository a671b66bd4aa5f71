import { idNumberProblem } from './id-number';

// The one detector of citizen ID numbers in free text (issuance content, matter, purpose, notes,
// questions, reasons, answers, claims' text fields, anything that leaves the gateway). People and
// input methods write a number in many shapes, so the text is normalised first:
// - NFKC folds full-width digits, letters and punctuation (０-９, Ｘ, －, ．, full-width space);
// - the check character may be a lower-case x;
// - up to three separators between two characters of the number are dropped: spaces of any
//   width, zero-width characters, hyphens and dashes, dots, middle dots, underscores, slashes.
// Every 18-character window of what remains that is a valid ID number (region, birth date, check
// character; see id-number.ts) counts, also inside a longer run of digits, so a number glued to a
// phone number or a letter is still found. A SHA-256 hex digest practically never holds one.
const SEPARATORS = '\\s\\u00ad\\u180e\\u200b-\\u200d\\u2060\\ufeff\\-\\u2010-\\u2015\\u2212._/\\u00b7\\u30fb\\u2027';
const JOINED = new RegExp(`(?<=[0-9X])[${SEPARATORS}]{1,3}(?=[0-9X])`, 'gu');
const WINDOW = /(?=(\d{17}[\dX]))/g;

export function normalizeFreeText(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(JOINED, '');
}

// The valid ID numbers the text holds, normalised (for tests and diagnostics; never log them).
export function idNumbersIn(text: string, today = new Date()): string[] {
  if (!/[0-9\uff10-\uff19\u2460-\u249b]/u.test(text)) return [];
  const found = new Set<string>();
  for (const m of normalizeFreeText(text).matchAll(WINDOW)) if (idNumberProblem(m[1], today) === null) found.add(m[1]);
  return [...found];
}

export function containsIdNumber(text: string): boolean {
  return idNumbersIn(text).length > 0;
}

// What a caller reads when a free-text field holds one: names the field, says what to do.
export function idNumberInTextMessage(label: string): string {
  return `${label}中不应包含公民身份号码，请删去后重试`;
}

import { containsIdNumber, ID_NUMBER_PROBLEM_TEXT, idNumberProblem, maskIdNumber, maskName } from '#gw/common';

// The subset of JSON Schema that fact types use for their claims (see libs/catalog/src/seed/types.ts).
export interface ClaimSchemaLike {
  type?: string;
  properties?: Record<string, { type: string; enum?: string[]; pattern?: string; description?: string }>;
  required?: string[];
  additionalProperties?: boolean;
}

const ID_FIELD = /IdNumber$/;
// a person's name inside a claim (the IDENTITY claim's name and former name): stored, signed and
// shown only masked, and only as a keyed hash in the request hash
const NAME_FIELD = /^(name|formerName)$/;

export function isIdField(key: string): boolean {
  return ID_FIELD.test(key);
}

export function isNameField(key: string): boolean {
  return NAME_FIELD.test(key);
}

export function claimProblems(claim: unknown, schema: ClaimSchemaLike): string[] {
  if (typeof claim !== 'object' || claim === null || Array.isArray(claim)) return ['claim 须为 JSON 对象'];
  const problems: string[] = [];
  const props = schema.properties ?? {};
  const values = claim as Record<string, unknown>;
  for (const name of schema.required ?? []) {
    if (values[name] === undefined || values[name] === null) problems.push(`缺少 ${name}`);
  }
  for (const [name, value] of Object.entries(values)) {
    const prop = props[name];
    if (!prop) {
      if (schema.additionalProperties === false) problems.push(`不应有 ${name}`);
      continue;
    }
    if (value === undefined || value === null) continue;
    const typeOk =
      (prop.type === 'string' && typeof value === 'string') ||
      (prop.type === 'boolean' && typeof value === 'boolean') ||
      (prop.type === 'integer' && Number.isInteger(value)) ||
      (prop.type === 'number' && typeof value === 'number');
    if (!typeOk) {
      problems.push(`${name} 应为 ${prop.type}`);
      continue;
    }
    if (prop.enum && !prop.enum.includes(value as string)) problems.push(`${name} 须为 ${prop.enum.join('、')} 之一`);
    if (typeof value === 'string') {
      if (value.length > 200) problems.push(`${name} 过长`);
      else if (prop.pattern && !new RegExp(prop.pattern).test(value)) problems.push(`${name} 格式不正确`);
      else if (ID_FIELD.test(name)) {
        const problem = idNumberProblem(value);
        if (problem) problems.push(`${name}：${ID_NUMBER_PROBLEM_TEXT[problem]}`);
      } else if (containsIdNumber(value)) problems.push(`${name} 中不应包含公民身份号码`);
    }
  }
  return problems;
}

// Identity numbers inside a claim (a spouse's, a parent's) are as sensitive as the subject's.
export function mapIdFields(claim: Record<string, unknown>, fn: (idNumber: string) => string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(claim).map(([k, v]) => [k, ID_FIELD.test(k) && typeof v === 'string' ? fn(v) : v]),
  );
}

// The ID numbers a claim names (of other persons: spouse, relative, counterpart...), by field.
export function idFieldsOf(claim: Record<string, unknown>): [field: string, idNumber: string][] {
  return Object.entries(claim).filter((e): e is [string, string] => ID_FIELD.test(e[0]) && typeof e[1] === 'string');
}

// Names are personal data as much as numbers.
export function mapNameFields(claim: Record<string, unknown>, fn: (name: string) => string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(claim).map(([k, v]) => [k, NAME_FIELD.test(k) && typeof v === 'string' ? fn(v) : v]),
  );
}

// What is stored, signed into a receipt and shown: ID numbers and names masked.
export function maskClaim(claim: Record<string, unknown>): Record<string, unknown> {
  return mapNameFields(mapIdFields(claim, maskIdNumber), maskName);
}

export function normalizeClaim(claim: Record<string, unknown>): Record<string, unknown> {
  return mapIdFields(claim, (v) => v.trim().toUpperCase());
}

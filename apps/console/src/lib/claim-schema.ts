import { idNumberMessage, maskIdNumber, normalizeIdNumber } from './id-number';

// A fact type's claim schema (the JSON Schema subset the catalog uses) read as form fields:
// the schema decides every field, its Chinese label, its control and its checks, so a new fact
// type needs no console change.

export type ClaimFieldKind = 'boolean' | 'enum' | 'idNumber' | 'date' | 'regionCode' | 'integer' | 'text';

export interface ClaimOption {
  value: string;
  label: string;
}

export interface ClaimField {
  name: string;
  kind: ClaimFieldKind;
  label: string;
  hint: string | null;
  required: boolean;
  options: ClaimOption[];
  pattern: string | null;
}

interface PropertySchema {
  type?: unknown;
  description?: unknown;
  enum?: unknown;
  enumNames?: unknown;
  pattern?: unknown;
}

const ID_PATTERN = '^[0-9]{17}[0-9X]$';
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const REGION_PATTERN = '^[0-9]{12}$';
const MAX_TEXT = 200;

export function claimFields(schema: unknown): ClaimField[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [];
  return Object.entries(schema.properties)
    .filter((entry): entry is [string, PropertySchema] => isObject(entry[1]))
    .map(([name, prop]) => toField(name, prop, required.includes(name)));
}

function toField(name: string, prop: PropertySchema, required: boolean): ClaimField {
  const description = typeof prop.description === 'string' && prop.description ? prop.description : name;
  const pattern = typeof prop.pattern === 'string' ? prop.pattern : null;
  const kind = kindOf(name, prop, pattern);
  // "配偶公民身份号码（已婚时填写）": the label, then what the parenthesis says, as a hint
  const match = /^(.*?)（(.+)）$/.exec(description);
  const label = match ? match[1] : description;
  let hint = match ? match[2] : null;
  if (kind === 'date' && hint && /YYYY/.test(hint)) hint = null;
  const values = Array.isArray(prop.enum) ? prop.enum.map(String) : [];
  const names = Array.isArray(prop.enumNames) ? prop.enumNames.map(String) : [];
  return {
    name,
    kind,
    label,
    hint,
    required,
    options: values.map((value, i) => ({ value, label: names[i] ?? value })),
    pattern,
  };
}

function kindOf(name: string, prop: PropertySchema, pattern: string | null): ClaimFieldKind {
  if (prop.type === 'boolean') return 'boolean';
  if (Array.isArray(prop.enum)) return 'enum';
  if (prop.type === 'integer' || prop.type === 'number') return 'integer';
  if (/IdNumber$/.test(name) || pattern === ID_PATTERN) return 'idNumber';
  if (pattern === DATE_PATTERN) return 'date';
  if (pattern === REGION_PATTERN) return 'regionCode';
  return 'text';
}

export type ClaimValue = string | number | boolean | null | undefined;

function isEmpty(value: ClaimValue): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

// The problem with one field's value in Chinese, or null when it is fine.
export function claimFieldProblem(field: ClaimField, value: ClaimValue): string | null {
  if (isEmpty(value)) {
    if (!field.required) return null;
    return field.kind === 'boolean' || field.kind === 'enum' || field.kind === 'date'
      ? `请选择${field.label}`
      : `请填写${field.label}`;
  }
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `请选择${field.label}`;
    case 'enum':
      return field.options.some((o) => o.value === value) ? null : `请从列表中选择${field.label}`;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : `${field.label}应为整数`;
    case 'idNumber': {
      const message = idNumberMessage(String(value));
      return message ? `${field.label}：${message}` : null;
    }
    case 'regionCode':
      return /^\d{12}$/.test(String(value)) ? null : `${field.label}应为 12 位区划代码`;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? null : `${field.label}应为日期`;
    case 'text': {
      const text = String(value).trim();
      if (text.length > MAX_TEXT) return `${field.label}不超过 ${MAX_TEXT} 个字`;
      if (field.pattern && !new RegExp(field.pattern).test(text)) return `${field.label}格式不正确`;
      return null;
    }
  }
}

export function claimProblems(fields: ClaimField[], values: Record<string, ClaimValue>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const f of fields) {
    const p = claimFieldProblem(f, values[f.name]);
    if (p) problems[f.name] = p;
  }
  return problems;
}

// The claim the API receives: filled fields only, trimmed, ID numbers in upper case.
export function buildClaim(fields: ClaimField[], values: Record<string, ClaimValue>): Record<string, unknown> {
  const claim: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (isEmpty(v)) continue;
    if (f.kind === 'idNumber') claim[f.name] = normalizeIdNumber(String(v));
    else if (typeof v === 'string') claim[f.name] = v.trim();
    else claim[f.name] = v;
  }
  return claim;
}

// A stored claim (ID numbers already masked by the gateway) as label and text, for display.
export function describeClaim(fields: ClaimField[], claim: unknown): { label: string; text: string }[] {
  if (!isObject(claim)) return [];
  return Object.entries(claim).map(([name, value]) => {
    const field = fields.find((f) => f.name === name);
    const label = field?.label ?? name;
    let text: string;
    if (typeof value === 'boolean') text = value ? '是' : '否';
    else if (field?.kind === 'enum') text = field.options.find((o) => o.value === value)?.label ?? String(value);
    else if (field?.kind === 'idNumber' && typeof value === 'string' && !value.includes('*'))
      text = maskIdNumber(value);
    else text = String(value);
    return { label, text };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

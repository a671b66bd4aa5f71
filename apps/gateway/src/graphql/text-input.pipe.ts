import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from '#gw/common';

// C0 control characters other than tab, line feed and carriage return, and DEL: never part of a
// name, a reason or a note, and NUL is refused by PostgreSQL's text columns (error 22021) after
// SQLite has stored it.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// keys that would reach an object's prototype instead of its own fields
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// No text the gateway takes is longer (the longest declared limit is 1000 characters; signed
// tokens stay well under): a field without a limit of its own does not store megabytes.
export const MAX_TEXT_LENGTH = 8000;
// JSON variables are depth-limited before GraphQL runs; this is only a guard for direct callers
const MAX_DEPTH = 64;

// Every argument of every operation, before validation: text is not too long, carries no control
// characters and is not blank (whitespace only, where it used to be stored as empty), and no object, JSON claims
// included, has a key that means something to JavaScript itself. Refused as BAD_USER_INPUT naming
// the field, before anything is read or written.
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // the caller and the request are the gateway's own objects, not input
    if (metadata.type === 'custom') return value;
    // an input object's fields are named without the argument ("subject.idNumber"), as in the
    // validation messages; a text or list argument by its own name ("reason")
    walk(value, isPlain(value) ? '' : (metadata.data ?? ''), 0);
    return value;
  }
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function walk(value: unknown, field: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const label = field || '输入';
    if (value.length > MAX_TEXT_LENGTH)
      throw AppException.badInput(`${label} 过长，至多 ${MAX_TEXT_LENGTH} 个字符`, { field: label });
    if (CONTROL.test(value)) throw AppException.badInput(`${label} 含有不允许的控制字符`, { field: label });
    if (value.length > 0 && value.trim() === '')
      throw AppException.badInput(`${label} 不能只有空白字符`, { field: label });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${field}[${i}]`, depth + 1));
    return;
  }
  if (!isPlain(value)) return;
  for (const key of Object.keys(value)) {
    const path = field ? `${field}.${key}` : key;
    if (RESERVED_KEYS.has(key)) throw AppException.badInput(`${path} 是保留的键名，不能使用`, { field: path });
    walk(value[key], path, depth + 1);
  }
}

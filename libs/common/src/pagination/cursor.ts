import { AppException } from '../errors/app.exception';
import { isCatalogCode, isRegionCode } from '../validation/codes';
import { UUID_PATTERN } from '../ids';

// A cursor is the key of the last row of a page, base64url-encoded so that clients treat it as
// opaque. Each list says what kind of key it pages by; a cursor that does not decode to a key
// of that kind is the client's mistake (BAD_USER_INPUT), never a query the database refuses.
export interface CursorKey<K> {
  encode(key: K): string;
  // null when the text is not a key of this kind
  parse(text: string): K | null;
}

// keys of the widest kind (a time and a 200-character id) fit with room to spare
const MAX_CURSOR_LENGTH = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// PostgreSQL's integer column: a larger sequence number is never a row's
const MAX_SEQUENCE = 2_147_483_647;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const text = (valid: (key: string) => boolean): CursorKey<string> => ({
  encode: (key) => key,
  parse: (key) => (valid(key) ? key : null),
});

export const UUID_KEY = text((key) => UUID_PATTERN.test(key));
export const REGION_CODE_KEY = text(isRegionCode);
export const CATALOG_CODE_KEY = text(isCatalogCode);

// A positive sequence number: audit events, list versions.
export const SEQUENCE_KEY: CursorKey<number> = {
  encode: (n) => String(n),
  parse: (key) => {
    if (!/^[1-9]\d{0,9}$/.test(key)) return null;
    const n = Number(key);
    return n <= MAX_SEQUENCE ? n : null;
  },
};

// A creation time and an id, for rows whose ids are not ordered in time (credit events keep the
// id their producer chose).
export interface TimeAndId {
  createdAt: Date;
  id: string;
}
export const TIME_AND_ID_KEY: CursorKey<TimeAndId> = {
  encode: (k) => `${k.createdAt.toISOString()}|${k.id}`,
  parse: (key) => {
    const bar = key.indexOf('|');
    if (bar === -1) return null;
    const time = key.slice(0, bar);
    const id = key.slice(bar + 1);
    if (!ISO_INSTANT.test(time) || id === '' || id.length > 200) return null;
    const createdAt = new Date(time);
    // round-trips only for a real instant: 2026-02-30 does not
    if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== time) return null;
    return { createdAt, id };
  },
};

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

// The key a cursor stands for; undefined for no cursor (the first page).
export function decodeCursor<K>(cursor: string | null | undefined, kind: CursorKey<K>): K | undefined {
  if (cursor === null || cursor === undefined || cursor === '') return undefined;
  const key =
    cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)
      ? kind.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
      : null;
  if (key === null) throw AppException.badInput('分页游标无效', { field: 'after' });
  return key;
}

import { AppException } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-code';
import { uuidv7 } from '../ids';
import {
  CATALOG_CODE_KEY,
  CursorKey,
  decodeCursor,
  encodeCursor,
  REGION_CODE_KEY,
  SEQUENCE_KEY,
  TIME_AND_ID_KEY,
  UUID_KEY,
} from './cursor';
import { DEFAULT_PAGE_SIZE, pageRequest } from './page.args';

function refusal(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof AppException ? { code: err.code, message: err.message, details: err.details } : err;
  }
  return 'accepted';
}

const invalidCursor = { code: ErrorCode.BAD_USER_INPUT, message: '分页游标无效', details: { field: 'after' } };
const cursorOf = <K>(kind: CursorKey<K>, key: K) => encodeCursor(kind.encode(key));

describe('cursors', () => {
  const id = uuidv7();
  const at = new Date('2026-11-30T08:00:00.123Z');

  it.each([
    ['a UUID', UUID_KEY, id],
    ['a sequence number', SEQUENCE_KEY, 2_147_483_647],
    ['a region code', REGION_CODE_KEY, '621022100001'],
    ['a catalog code', CATALOG_CODE_KEY, 'MARITAL_STATUS'],
    ['a time and an id', TIME_AND_ID_KEY, { createdAt: at, id: 'outbox-event-7' }],
  ] as [string, CursorKey<unknown>, unknown][])('gives back %s it encoded', (_name, kind, key) => {
    expect(decodeCursor(cursorOf(kind, key), kind)).toEqual(key);
  });

  it.each([undefined, null, ''])('reads no cursor (%p) as the first page', (cursor) => {
    expect(decodeCursor(cursor, UUID_KEY)).toBeUndefined();
  });

  it.each([
    ['not base64url', '%%%', UUID_KEY],
    ['too long', 'A'.repeat(1025), UUID_KEY],
    ['another kind of key', encodeCursor('621022100001'), UUID_KEY],
    ['a UUID in capitals', encodeCursor(id.toUpperCase()), UUID_KEY],
    ['zero', encodeCursor('0'), SEQUENCE_KEY],
    ['a negative number', encodeCursor('-5'), SEQUENCE_KEY],
    ['a number with a leading zero', encodeCursor('07'), SEQUENCE_KEY],
    ['a fraction', encodeCursor('1.5'), SEQUENCE_KEY],
    ['a number in exponent form', encodeCursor('1e3'), SEQUENCE_KEY],
    ['beyond the integer column', encodeCursor('2147483648'), SEQUENCE_KEY],
    ['twenty digits', encodeCursor('99999999999999999999'), SEQUENCE_KEY],
    ['a region code of 11 digits', encodeCursor('62102210000'), REGION_CODE_KEY],
    ['a lower-case code', encodeCursor('marital_status'), CATALOG_CODE_KEY],
    ['a key without its id', encodeCursor(`${at.toISOString()}|`), TIME_AND_ID_KEY],
    ['a key without a bar', encodeCursor(at.toISOString()), TIME_AND_ID_KEY],
    ['a date that does not exist', encodeCursor('2026-02-30T00:00:00.000Z|x'), TIME_AND_ID_KEY],
    ['a date in another notation', encodeCursor('yesterday|x'), TIME_AND_ID_KEY],
    ['bytes that are not UTF-8 text', Buffer.from([0xff, 0xfe, 0x31]).toString('base64url'), SEQUENCE_KEY],
  ] as [string, string, CursorKey<unknown>][])('refuses a cursor that is %s', (_name, cursor, kind) => {
    expect(refusal(() => decodeCursor(cursor, kind))).toEqual(invalidCursor);
  });
});

describe('pageRequest', () => {
  it('reads the default page size and one row more, from the first row', () => {
    expect(pageRequest(undefined, UUID_KEY)).toEqual({ size: DEFAULT_PAGE_SIZE, take: DEFAULT_PAGE_SIZE + 1 });
    expect(pageRequest({ first: null, after: null }, UUID_KEY).after).toBeUndefined();
  });

  it('reads after the cursor', () => {
    expect(pageRequest({ first: 5, after: encodeCursor('12') }, SEQUENCE_KEY)).toEqual({ size: 5, take: 6, after: 12 });
  });

  it.each([0, 101, -1, 2.5, Number.NaN])('refuses %p rows per page', (first) => {
    expect(refusal(() => pageRequest({ first }, UUID_KEY))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: '每页数量须在 1 到 100 之间',
      details: { field: 'first' },
    });
  });

  it('refuses a cursor of the wrong kind', () => {
    expect(refusal(() => pageRequest({ after: encodeCursor('x') }, SEQUENCE_KEY))).toEqual(invalidCursor);
  });
});

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// An instant as clients write it: an ISO 8601 date-time with an offset (2026-01-01T08:00:00+08:00,
// 2026-01-01T00:00:00.000Z) or a date alone (2026-01-01, midnight UTC). `new Date` accepts far
// more ("1", "yesterday" is NaN, 2026-02-30 rolls over to 2 March): anything else is refused.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

export const DATE_TIME_HINT = '须为 ISO 8601 日期时间，如 2026-01-01T08:00:00+08:00 或 2026-01-01';

export function parseInstant(text: unknown): Date | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const m = INSTANT.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1) return null;
  if (calendar.getUTCDate() !== day) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  if (m[7] !== undefined && (Number(m[7]) > 14 || Number(m[8]) > 59)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

function parsed(value: unknown): Date {
  const at = parseInstant(value);
  // graphql-js puts this message after the variable and the field it is about
  if (!at) throw new GraphQLError(`日期时间格式不正确：${DATE_TIME_HINT}`);
  return at;
}

// The one DateTime scalar of the schema (Nest's GraphQLISODateTime, whose parsing is `new Date`)
// is made strict in place, so that every field declared with it, explicitly or as a Date, refuses
// what is not an instant before any resolver runs.
export function hardenDateTimeScalar(scalar: GraphQLScalarType): void {
  scalar.parseValue = (value: unknown) => parsed(value);
  scalar.parseLiteral = (ast) => (ast.kind === Kind.STRING ? parsed(ast.value) : parsed(undefined));
}

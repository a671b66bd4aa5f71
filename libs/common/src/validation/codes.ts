import { IsDefined, Matches, ValidateIf, ValidationArguments, ValidationOptions } from 'class-validator';

// The codes every domain passes around, defined once: inputs are checked with the decorators,
// values from elsewhere (a token, a cursor, a service argument) with the predicates.

// An administrative region (行政区划代码): county, township or community, always 12 digits.
export const REGION_CODE = /^\d{12}$/;

// A catalog code: certificate type, fact type or department, e.g. MARITAL_STATUS, HX_MZ.
export const CATALOG_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}

export function isCatalogCode(value: unknown): value is string {
  return typeof value === 'string' && CATALOG_CODE.test(value);
}

type CodeOptions = Pick<ValidationOptions, 'each'>;

// The message names the field: the label given, else the property's own name.
function named(label: string | undefined, text: (field: string) => string) {
  return (args: ValidationArguments) => text(label ?? args.property);
}

export function IsRegionCode(label?: string, options: CodeOptions = {}): PropertyDecorator {
  return Matches(REGION_CODE, {
    ...options,
    message: named(label, (field) =>
      options.each ? `${field} 中含有不是 12 位数字的区划代码` : `${field} 须为 12 位数字区划代码`,
    ),
  });
}

export function IsCatalogCode(label?: string, options: CodeOptions = {}): PropertyDecorator {
  return Matches(CATALOG_CODE, {
    ...options,
    message: named(label, (field) => (options.each ? `${field} 中含有格式不正确的编码` : `${field} 格式不正确`)),
  });
}

// An optional field of an update: left out, it keeps its value; null is not a value it can take
// (the column cannot be empty), and is refused naming the field instead of reaching the database.
// Put it nearest the property, so that its message comes first.
export function OmitOrGive(label?: string): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v !== undefined)(target, key);
    IsDefined({ message: `${label ?? String(key)} 不能为 null；不修改请省略该字段` })(target, key);
  };
}

import { translateConstraint, translateGraphQLInputMessage } from './input-messages';
import { parseInstant } from '../validation/date-time';

describe('input messages in Chinese', () => {
  it.each([
    [
      'Variable "$i" got invalid value "x" at "i.timeoutMs"; Int cannot represent non-integer value: "x"',
      { field: 'timeoutMs', message: 'timeoutMs 须为整数' },
    ],
    [
      'Variable "$i" got invalid value { code: "A" }; Field "name" of required type "String!" was not provided.',
      { field: 'name', message: '缺少必填字段 name' },
    ],
    [
      'Variable "$i" got invalid value {} at "i.subject"; Field "idNumber" of required type "String!" was not provided.',
      { field: 'subject.idNumber', message: '缺少必填字段 subject.idNumber' },
    ],
    [
      'Variable "$n" got invalid value 99999999999; Int cannot represent non 32-bit signed integer value: 99999999999',
      { field: 'n', message: 'n 须为 -2147483648 到 2147483647 之间的整数' },
    ],
    ['Variable "$i" of required type "X!" was not provided.', { field: 'i', message: '缺少必填参数 i' }],
    ['Variable "$i" of non-null type "X!" must not be null.', { field: 'i', message: '参数 i 不能为 null' }],
    [
      'Variable "$i" got invalid value "MAYBE" at "i.answer"; Value "MAYBE" does not exist in "AssistAnswer" enum.',
      { field: 'answer', message: 'answer 不是 AssistAnswer 的可选值' },
    ],
  ])('%s', (english, chinese) => {
    expect(translateGraphQLInputMessage(english)).toEqual(chinese);
  });

  it('leaves a message about the document itself alone', () => {
    expect(translateGraphQLInputMessage('Cannot query field "nope" on type "FactType".')).toBeNull();
  });

  it('says class-validator’s default messages in Chinese, keeping a message of our own', () => {
    expect(translateConstraint('minLength', 'name', 'name must be longer than or equal to 2 characters')).toBe(
      'name 至少 2 个字符',
    );
    expect(translateConstraint('max', 'timeoutMs', 'timeoutMs must not be greater than 60000')).toBe(
      'timeoutMs 不能大于 60000',
    );
    expect(translateConstraint('matches', 'code', 'code 须为大写字母开头')).toBe('code 须为大写字母开头');
    expect(translateConstraint('whatever', 'x', 'x is wrong')).toBe('x 格式不正确');
  });
});

describe(parseInstant.name, () => {
  it.each(['2026-01-01', '2026-01-01T08:00:00+08:00', '2026-02-28T23:59:59.999Z', '2028-02-29T00:00Z'])(
    'accepts %s',
    (text) => expect(parseInstant(text)?.getTime()).toBe(new Date(text).getTime()),
  );
  it.each([
    'yesterday',
    'garbage',
    '1',
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-01-01T24:00:00Z',
    '2026-01-01T08:00:00',
    '2026-01-01 08:00:00Z',
    '',
    ['2026-01-01'],
    20260101,
  ])('refuses %p', (text) => expect(parseInstant(text)).toBeNull());
});

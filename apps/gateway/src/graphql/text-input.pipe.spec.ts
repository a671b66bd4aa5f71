import { AppException } from '#gw/common';
import { MAX_TEXT_LENGTH, TextInputPipe } from './text-input.pipe';

const pipe = new TextInputPipe();
const refusal = (value: unknown, data?: string) => {
  try {
    pipe.transform(value, { type: 'body', data });
  } catch (err) {
    expect(err).toBeInstanceOf(AppException);
    const e = err as AppException;
    return { code: e.code, message: e.message, field: (e.details as { field?: string }).field };
  }
  return null;
};

describe(TextInputPipe.name, () => {
  it('passes ordinary input through unchanged, empty text and line breaks included', () => {
    const input = { name: '测试', note: '第一行\n第二行\t', secret: '', list: ['A', 'B'], claim: { status: 'X' } };
    expect(pipe.transform(input, { type: 'body' })).toBe(input);
    expect(refusal(input)).toBeNull();
  });

  it('names the field of an input object without the argument, and a text argument by its name', () => {
    expect(refusal({ subject: { name: '张\u0000三' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'subject.name',
      message: 'subject.name 含有不允许的控制字符',
    });
    expect(refusal('  ', 'reason')).toMatchObject({ field: 'reason', message: 'reason 不能只有空白字符' });
    expect(refusal(['A', '\u3000'], 'factTypes')).toMatchObject({ field: 'factTypes[1]' });
  });

  it('refuses keys that reach the prototype, anywhere in a JSON value', () => {
    expect(refusal({ claim: JSON.parse('{"a": {"__proto__": {"x": 1}}}') })).toMatchObject({
      field: 'claim.a.__proto__',
    });
    expect(refusal({ claim: { constructor: 1 } })).toMatchObject({ field: 'claim.constructor' });
  });

  it('refuses text beyond the longest the gateway takes', () => {
    expect(refusal({ note: 'x'.repeat(MAX_TEXT_LENGTH) })).toBeNull();
    expect(refusal({ note: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toMatchObject({ field: 'note' });
  });

  it('leaves the caller and other objects of the gateway alone', () => {
    expect(pipe.transform({ subject: ' ' }, { type: 'custom' })).toEqual({ subject: ' ' });
    const date = new Date();
    expect(pipe.transform(date, { type: 'body', data: 'at' })).toBe(date);
  });
});

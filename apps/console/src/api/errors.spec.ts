import { ApiError } from './client';
import { errorMessage, errorText } from './errors';

describe('errors in Chinese, from the code', () => {
  it('says what happened and what to do next for every code the gateway returns', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'NEGATIVE_LIST',
      'LIST_VERSION_EXPIRED',
      'QUERY_TOO_COMPLEX',
      'PAYLOAD_TOO_LARGE',
      'SERVICE_UNAVAILABLE',
      'INTERNAL_SERVER_ERROR',
      'NETWORK',
    ]) {
      expect(errorText(new ApiError(code)).title).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/);
    }
  });

  it('adds the gateway’s own Chinese explanation of a rule', () => {
    const e = new ApiError('BAD_USER_INPUT', '公民身份号码校验位不正确');
    expect(errorText(e)).toEqual({
      code: 'BAD_USER_INPUT',
      title: '填写的内容有误，请按提示修改后再提交。',
      detail: '公民身份号码校验位不正确',
    });
  });

  it('lists the Chinese problems of an input check, leaving English ones out', () => {
    const e = new ApiError('BAD_USER_INPUT', 'Bad Request Exception', {
      problems: [
        'code 须为大写字母开头的字母、数字或下划线（2–40 位）',
        'name must be longer than or equal to 2 characters',
      ],
    });
    expect(errorText(e).detail).toBe('code 须为大写字母开头的字母、数字或下划线（2–40 位）');
  });

  it('names the roles a refusal asks for in Chinese', () => {
    const e = new ApiError('FORBIDDEN', '需要以下角色之一：WINDOW_STAFF', {
      requiredRoles: ['WINDOW_STAFF', 'AUDITOR'],
    });
    expect(errorText(e).detail).toBe('此项业务需要以下角色之一：窗口工作人员、监督审计人员。');
  });

  it('never shows an English or internal message', () => {
    expect(errorText(new ApiError('INTERNAL_SERVER_ERROR', '服务器内部错误 at Object.<anonymous>')).detail).toBeNull();
    expect(
      errorText(new ApiError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Query".')).detail,
    ).toBeNull();
    expect(errorText(new ApiError('CONFLICT', 'Unique constraint failed on the fields')).detail).toBeNull();
    expect(errorText(new Error('boom')).title).toContain('系统出现异常');
    expect(errorMessage(new ApiError('SOMETHING_NEW'))).toContain('系统出现异常');
  });
});

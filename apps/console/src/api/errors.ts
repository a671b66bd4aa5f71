import { ROLE_LABEL } from '../lib/labels';
import { isRole } from '../auth/roles';
import { ApiError } from './client';

// The one mapping from an error code to what a clerk reads: what happened and what to do next.
// The gateway's own explanation is added when it is written for people (Chinese, from a rule);
// English or internal text never reaches the screen.

const TITLES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录后再办理。',
  FORBIDDEN: '您不能办理此项业务。',
  BAD_USER_INPUT: '填写的内容有误，请按提示修改后再提交。',
  NOT_FOUND: '未找到该记录，请核对编号后重试，或刷新页面查看最新列表。',
  CONFLICT: '该事项的状态已变化或与已有记录冲突，请刷新后查看最新状态。',
  NEGATIVE_LIST: '该事项属于不应由社区组织承担的事项（负面清单），不能列入社区清单。',
  LIST_VERSION_EXPIRED: '清单已发布新版本，请按最新版本重新填写。',
  QUERY_TOO_COMPLEX: '查询范围过大，请缩小条件（如时间范围）后重试。',
  PAYLOAD_TOO_LARGE: '提交的内容过大，请精简后重试。',
  SERVICE_UNAVAILABLE: '系统繁忙，请稍后用相同内容重试（同一业务不会重复办理）。',
  INTERNAL_SERVER_ERROR: '系统出现异常，未能完成办理。请稍后重试；如仍失败，请联系系统管理员。',
  GRAPHQL_VALIDATION_FAILED: '工作台版本与服务端不一致，请刷新页面后重试。',
  GRAPHQL_PARSE_FAILED: '工作台版本与服务端不一致，请刷新页面后重试。',
  BAD_REQUEST: '请求无效，请刷新页面后重试。',
  NETWORK: '无法连接服务器，请检查网络连接后重试。',
};

// codes whose message the gateway writes for a clerk (AppException), so it may be shown
const EXPLAINED = new Set([
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'NEGATIVE_LIST',
  'LIST_VERSION_EXPIRED',
  'UNAUTHENTICATED',
]);

export interface ErrorText {
  code: string;
  title: string;
  detail: string | null;
}

export function errorText(err: unknown): ErrorText {
  const e = err instanceof ApiError ? err : new ApiError('INTERNAL_SERVER_ERROR');
  const title = TITLES[e.code] ?? TITLES.INTERNAL_SERVER_ERROR;
  const detail = detailOf(e);
  if (e.code === 'FORBIDDEN' && !detail)
    return { code: e.code, title, detail: '如确需办理，请联系本单位管理员开通相应角色或权限。' };
  return { code: e.code, title, detail };
}

function detailOf(e: ApiError): string | null {
  const required = e.details?.requiredRoles;
  if (e.code === 'FORBIDDEN' && Array.isArray(required) && required.every(isRole)) {
    return `此项业务需要以下角色之一：${required.map((r) => ROLE_LABEL[r]).join('、')}。`;
  }
  if (!EXPLAINED.has(e.code)) return null;
  // input checks list each problem; only those written in Chinese are shown
  const problems = e.details?.problems;
  if (Array.isArray(problems)) {
    const readable = problems.filter((p): p is string => typeof p === 'string' && readableChinese(p));
    if (readable.length > 0) return readable.join('；');
  }
  const message = e.serverMessage;
  return message && readableChinese(message) ? message : null;
}

// a code name (an enum value, a field) inside a Chinese sentence is fine; English prose is not
function readableChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && !/[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(text);
}

export function errorMessage(err: unknown): string {
  const t = errorText(err);
  return t.detail ? `${t.title}${t.detail}` : t.title;
}

import type { ConsoleConfig } from '../api/config';
import { randomToken, sha256, toBase64Url } from '../lib/sha256';

// OpenID Connect, authorization code flow with PKCE (RFC 7636), for a public browser client:
// no client secret; the code verifier stays in this tab's sessionStorage for the round trip.

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  tokenEndpoint: string;
  returnTo: string;
}

const PENDING_KEY = 'cg.oidc';
export const CALLBACK_PATH = '/signin/callback';

export class OidcError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OidcError';
  }
}

async function discover(issuer: string): Promise<Discovery> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new OidcError('无法连接统一身份认证服务，请检查网络后重试。');
  }
  if (!res.ok) throw new OidcError('统一身份认证服务的配置无法读取，请联系系统管理员。');
  const d = (await res.json()) as Discovery;
  // the document must be the configured issuer's own (OpenID Connect Discovery 1.0, section 4.3)
  if (d.issuer.replace(/\/$/, '') !== issuer.replace(/\/$/, '') || !d.authorization_endpoint || !d.token_endpoint)
    throw new OidcError('统一身份认证服务的配置与本系统不一致，请联系系统管理员。');
  return d;
}

function redirectUri(): string {
  return `${window.location.origin}${CALLBACK_PATH}`;
}

export async function beginSignIn(config: ConsoleConfig, returnTo = '/'): Promise<void> {
  if (!config.issuer || !config.clientId) throw new OidcError('本系统尚未配置统一身份认证登录，请联系系统管理员。');
  const d = await discover(config.issuer);
  const verifier = randomToken(32);
  const pending: Pending = {
    state: randomToken(16),
    nonce: randomToken(16),
    verifier,
    tokenEndpoint: d.token_endpoint,
    returnTo: returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/',
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(d.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope ?? 'openid',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: toBase64Url(await sha256(verifier)),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

// On the callback page: exchange the code for an access token, which the gateway verifies.
export async function completeSignIn(
  config: ConsoleConfig,
  search: string,
): Promise<{ token: string; returnTo: string }> {
  const params = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (params.get('error')) throw new OidcError('统一身份认证未完成登录（已取消或被拒绝），请重新登录。');
  if (!raw || !config.clientId) throw new OidcError('登录过程已失效，请重新登录。');
  const pending = JSON.parse(raw) as Pending;
  const code = params.get('code');
  if (!code || params.get('state') !== pending.state) throw new OidcError('登录回调无效，请重新登录。');
  let res: Response;
  try {
    res = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri(),
        client_id: config.clientId,
        code_verifier: pending.verifier,
      }).toString(),
    });
  } catch {
    throw new OidcError('无法连接统一身份认证服务，请检查网络后重试。');
  }
  const body = (await res.json().catch(() => null)) as { access_token?: string } | null;
  if (!res.ok || !body?.access_token) throw new OidcError('统一身份认证未签发登录凭证，请重新登录。');
  return { token: body.access_token, returnTo: pending.returnTo };
}

// where to send the browser to end the session at the identity provider too, when it offers that
export async function signOutUrl(config: ConsoleConfig): Promise<string | null> {
  if (!config.issuer || !config.clientId) return null;
  try {
    const d = await discover(config.issuer);
    if (!d.end_session_endpoint) return null;
    const url = new URL(d.end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: config.clientId,
      post_logout_redirect_uri: `${window.location.origin}/signin`,
    }).toString();
    return url.toString();
  } catch {
    return null;
  }
}

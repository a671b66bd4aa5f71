import { createHash, randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { Harness, screenshot, startHarness } from './harness';

// Production sign-in: OpenID Connect, authorization code with PKCE, against a stand-in identity
// provider that checks what a real one checks (client, redirect, state, the S256 challenge).
interface Pending {
  challenge: string;
  redirectUri: string;
}

class FakeIdp {
  server!: Server;
  issuer = '';
  key!: CryptoKey;
  publicPem = '';
  codes = new Map<string, Pending>();
  log: string[] = [];

  async start(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    this.key = privateKey;
    this.publicPem = await exportSPKI(publicKey);
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.issuer);
    res.setHeader('access-control-allow-origin', '*');
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/authorize`,
        token_endpoint: `${this.issuer}/token`,
        end_session_endpoint: `${this.issuer}/logout`,
      });
    }
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const ok =
        q.get('response_type') === 'code' &&
        q.get('client_id') === 'cert-console' &&
        q.get('code_challenge_method') === 'S256' &&
        (q.get('code_challenge') ?? '').length === 43 &&
        !!q.get('state') &&
        (q.get('scope') ?? '').split(' ').includes('openid');
      this.log.push(`authorize ${ok ? 'ok' : 'refused'}`);
      if (!ok) return json(res, 400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('hex');
      this.codes.set(code, { challenge: q.get('code_challenge')!, redirectUri: q.get('redirect_uri')! });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state')!);
      res.writeHead(302, { location: back.toString() });
      return void res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const body = new URLSearchParams(await read(req));
      const pending = this.codes.get(body.get('code') ?? '');
      this.codes.delete(body.get('code') ?? '');
      const challenge = createHash('sha256')
        .update(body.get('code_verifier') ?? '')
        .digest('base64url');
      const ok =
        !!pending &&
        body.get('grant_type') === 'authorization_code' &&
        body.get('client_id') === 'cert-console' &&
        body.get('redirect_uri') === pending.redirectUri &&
        challenge === pending.challenge;
      this.log.push(`token ${ok ? 'ok' : 'refused'}`);
      if (!ok) return json(res, 400, { error: 'invalid_grant' });
      const accessToken = await new SignJWT({
        roles: ['WINDOW_STAFF'],
        department: 'HX_ZWFW',
        name: '统一认证窗口人员',
      })
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
        .setSubject('idp-user-1')
        .setIssuer(this.issuer)
        .setAudience('cert-gateway')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(this.key);
      return json(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600 });
    }
    if (url.pathname === '/logout') {
      res.writeHead(302, { location: url.searchParams.get('post_logout_redirect_uri') ?? '/' });
      return void res.end();
    }
    json(res, 404, { error: 'not_found' });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => resolve(data));
  });
}

describe('signing in with OpenID Connect in production', () => {
  const idp = new FakeIdp();
  let h: Harness;

  beforeAll(async () => {
    await idp.start();
    h = await startHarness({
      sources: false,
      env: {
        NODE_ENV: 'production',
        AUTH_ISSUER: idp.issuer,
        AUTH_PUBLIC_KEY: idp.publicPem,
        AUTH_CLIENT_ID: 'cert-console',
      },
    });
  });
  afterAll(async () => {
    await h.close();
    await idp.close();
  });

  it('offers only the identity provider’s sign-in', async () => {
    const page = await h.page();
    await page.goto(`${h.t.url}/signin`);
    await page.getByTestId('oidc-sign-in').waitFor();
    expect(await page.locator('[data-role]').count()).toBe(0);
    await screenshot(page, 'signin-production');
    await page.close();
  });

  it('signs in with authorization code and PKCE, works, and signs out at the provider', async () => {
    const page = await h.page();
    await page.goto(`${h.t.url}/window/history`);
    await page.waitForURL('**/signin**');
    await page.getByTestId('oidc-sign-in').click();
    // by path: the sign-in page's own URL ends in ?to=/window/history, which a glob matches
    // before the click has even left it
    await page.waitForURL((u) => u.pathname === '/window/history');
    expect(idp.log).toEqual(['authorize ok', 'token ok']);
    expect(page.url()).not.toContain('code=');
    await page.locator('[data-testid="who"]', { hasText: '统一认证窗口人员' }).waitFor();
    await page.locator('.page', { hasText: '没有符合条件的核验记录' }).waitFor();
    // the session is kept; the code verifier of the finished sign-in is not
    const stored = await page.evaluate(() => Object.keys(sessionStorage));
    expect(stored).toContain('cg.session');
    expect(stored).not.toContain('cg.oidc');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByTestId('sign-out').click();
    await page.waitForURL((u) => u.pathname === '/signin');
    expect(await page.evaluate(() => sessionStorage.getItem('cg.session'))).toBeNull();
    await page.close();
  });

  it('refuses a callback that does not match the sign-in it started', async () => {
    const page = await h.page();
    await page.goto(`${h.t.url}/signin/callback?code=forged&state=forged`);
    await page.locator('[role="alert"]', { hasText: '登录过程已失效' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('cg.session'))).toBeNull();
    await page.close();
  });

  it('ran without a console error or a blocked resource', () => {
    expect(h.problems).toEqual([]);
  });
});

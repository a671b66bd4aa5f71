import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, JSONWebKeySet, JWK } from 'jose';
import { parseConnectorResponse, PROTOCOL_VERSION, SIGNATURE_HEADER, signDetached, verifyDetached } from '#gw/protocol';
import { PopulationSamples, samples } from './population';
import { Sandbox, startSandbox } from './server';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const GATEWAY_KID = 'gateway-test-1';
let gatewayKey: Key;
let gatewayJwk: JWK;
let otherKey: Key;
let sut: Sandbox;
let s: PopulationSamples;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  gatewayKey = pair.privateKey;
  gatewayJwk = { ...(await exportJWK(pair.publicKey)), kid: GATEWAY_KID, alg: 'ES256', use: 'sig' };
  otherKey = (await generateKeyPair('ES256')).privateKey;
  sut = await startSandbox({ seed: 20231106, size: 2000, gatewayJwks: { keys: [gatewayJwk] } });
  s = samples(sut.population);
});

afterAll(() => sut.close());

afterEach(() => {
  for (const source of sut.sources) sut.setFault(source.code, null);
});

interface CallOptions {
  key?: Key;
  signature?: string | null; // null: unsigned
  tamper?: (body: string) => string; // change the body after signing
  issuedAt?: string;
  audience?: string;
  signal?: AbortSignal;
  sandbox?: Sandbox;
}

function requestBody(
  code: string,
  factType: string,
  idNumber: string,
  claim: Record<string, unknown>,
  options: CallOptions = {},
): string {
  return JSON.stringify({
    protocol: PROTOCOL_VERSION,
    requestId: randomUUID(),
    issuedAt: options.issuedAt ?? new Date().toISOString(),
    audience: options.audience ?? code,
    factType,
    subject: { idNumber },
    claim,
    purpose: '办理最低生活保障审核',
    requester: { department: 'HX_ZWFW', matter: 'TEST_MATTER' },
  });
}

async function call(
  code: string,
  factType: string,
  idNumber: string,
  claim: Record<string, unknown>,
  options: CallOptions = {},
) {
  const sandbox = options.sandbox ?? sut;
  const body = requestBody(code, factType, idNumber, claim, options);
  const signature =
    options.signature === undefined
      ? await signDetached(body, options.key ?? gatewayKey, GATEWAY_KID, 'ES256')
      : options.signature;
  const res = await fetch(`${sandbox.url}/sources/${code}/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature !== null ? { [SIGNATURE_HEADER]: signature } : {}) },
    body: options.tamper ? options.tamper(body) : body,
    signal: options.signal,
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    json: JSON.parse(text) as Record<string, any>,
    signature: res.headers.get(SIGNATURE_HEADER),
    requestId: JSON.parse(body).requestId as string,
  };
}

async function sourceKeys(code: string) {
  const source = sut.sources.find((x) => x.code === code)!;
  const jwks = (await (await fetch(source.jwksUrl)).json()) as JSONWebKeySet;
  return createLocalJWKSet(jwks);
}

describe(startSandbox.name, () => {
  describe('routes', () => {
    it('serves a health check and the list of sources for registration', async () => {
      const health = await fetch(`${sut.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', sources: 5, population: 2000 });
      const list = (await (await fetch(`${sut.url}/sources`)).json()) as Sandbox['sources'];
      expect(list).toEqual(sut.sources);
      expect(list.map((x) => x.code)).toEqual(['GA_HUJI', 'MZ_HUNYIN', 'MZ_DIBAO', 'RS_SHEBAO', 'WJ_CHUSI']);
      const huji = list[0];
      expect(huji).toMatchObject({
        name: '县公安局户籍',
        providerDepartmentCode: 'HX_GA',
        endpoint: `${sut.url}/sources/GA_HUJI/verify`,
        healthUrl: `${sut.url}/sources/GA_HUJI/health`,
        jwksUrl: `${sut.url}/sources/GA_HUJI/jwks.json`,
      });
      expect(huji.publicJwk).toMatchObject({
        kty: 'EC',
        crv: 'P-256',
        alg: 'ES256',
        kid: expect.stringMatching(/^GA_HUJI-[\w-]{8}$/),
      });
      expect(huji.publicJwk.d).toBeUndefined();
    });

    it('publishes each source’s public key under its kid', async () => {
      const res = await fetch(`${sut.url}/sources/MZ_DIBAO/jwks.json`);
      expect(res.status).toBe(200);
      const jwks = await res.json();
      expect(jwks).toEqual({ keys: [sut.sources.find((x) => x.code === 'MZ_DIBAO')!.publicJwk] });
    });

    it('answers 404 for an unknown source or route and 405 for a wrong method', async () => {
      const unknown = await fetch(`${sut.url}/sources/XX_NONE/verify`, { method: 'POST', body: '{}' });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ error: { code: 'UNKNOWN_SOURCE', message: expect.any(String) } });
      expect((await fetch(`${sut.url}/sources/XX_NONE/health`)).status).toBe(404);
      expect((await fetch(`${sut.url}/nowhere`)).status).toBe(404);
      expect((await fetch(`${sut.url}/sources/GA_HUJI/records`)).status).toBe(404);
      const wrongMethod = await fetch(`${sut.url}/sources/GA_HUJI/verify`);
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('POST');
    });
  });

  describe('verify', () => {
    it('confirms, refutes and finds no record, per the population', async () => {
      const married = await call('MZ_HUNYIN', 'MARITAL_STATUS', s.married.idNumber, {
        status: 'MARRIED',
        spouseIdNumber: s.spouse.idNumber,
      });
      expect(married.status).toBe(200);
      expect(parseConnectorResponse(married.text, married.requestId)).toEqual({
        requestId: married.requestId,
        result: 'CONFIRMED',
        asOf: sut.population.recordAsOf.MARRIAGE,
        recordRef: expect.any(String),
      });
      expect(
        (await call('MZ_HUNYIN', 'MARITAL_STATUS', s.unmarriedAdult.idNumber, { status: 'MARRIED' })).json.result,
      ).toBe('REFUTED');
      expect((await call('MZ_HUNYIN', 'MARITAL_STATUS', s.unknownIdNumber, { status: 'UNMARRIED' })).json.result).toBe(
        'NO_RECORD',
      );
      expect(
        (await call('MZ_DIBAO', 'LOW_INCOME_ALLOWANCE', s.lowIncomeRecipient.idNumber, { receiving: true })).json
          .result,
      ).toBe('CONFIRMED');
      expect(
        (await call('MZ_DIBAO', 'LOW_INCOME_ALLOWANCE', s.nonRecipient.idNumber, { receiving: true })).json.result,
      ).toBe('REFUTED');
      expect((await call('RS_SHEBAO', 'ALIVE', s.livingPensioner.idNumber, { alive: true })).json.result).toBe(
        'CONFIRMED',
      );
      expect((await call('RS_SHEBAO', 'ALIVE', s.deceased.idNumber, { alive: true })).json.result).toBe('REFUTED');
      expect(
        (await call('WJ_CHUSI', 'DEATH', s.deceased.idNumber, { deceased: true, deathDate: s.deceased.deathDate })).json
          .result,
      ).toBe('CONFIRMED');
      const kin = await call('GA_HUJI', 'KINSHIP', s.parentChild.child.idNumber, {
        relation: 'PARENT',
        relativeIdNumber: s.parentChild.parent.idNumber,
      });
      expect(kin.json.result).toBe('CONFIRMED');
      expect(kin.text).not.toContain(s.parentChild.child.idNumber);
    });

    it('signs its answers with the key published at its JWKS', async () => {
      const answer = await call('RS_SHEBAO', 'SOCIAL_INSURANCE', s.livingPensioner.idNumber, {
        insured: true,
        insuranceType: 'PENSION',
      });
      expect(answer.json.result).toBe('CONFIRMED');
      const kid = await verifyDetached(answer.text, answer.signature ?? undefined, await sourceKeys('RS_SHEBAO'), [
        'ES256',
      ]);
      expect(kid).toBe(sut.sources.find((x) => x.code === 'RS_SHEBAO')!.publicJwk.kid);
      await expect(
        verifyDetached(answer.text, answer.signature ?? undefined, await sourceKeys('GA_HUJI'), ['ES256']),
      ).rejects.toMatchObject({ code: 'BAD_SIGNATURE' });
    });

    it('counts the requests each source receives', async () => {
      const before = sut.requestCount('WJ_CHUSI');
      await call('WJ_CHUSI', 'DEATH', s.married.idNumber, { deceased: false });
      expect(sut.requestCount('WJ_CHUSI')).toBe(before + 1);
      expect(() => sut.requestCount('XX_NONE')).toThrow(/unknown source/);
    });

    it.each([
      ['unsigned', { signature: null }],
      ['signed by another key', { key: undefined as Key | undefined, other: true }],
      ['altered after signing', { tamper: (b: string) => b.replace('"TEST_MATTER"', '"OTHER_MATTER"') }],
      ['signed with a garbled signature', { signature: 'abc..def' }],
    ])('refuses a request %s with 401', async (_name, options) => {
      const opts: CallOptions = { ...options, ...('other' in options ? { key: otherKey } : {}) };
      const answer = await call('MZ_HUNYIN', 'MARITAL_STATUS', s.married.idNumber, { status: 'MARRIED' }, opts);
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe('BAD_SIGNATURE');
    });

    it.each([
      [
        'a stale issuedAt',
        'STALE',
        { issuedAt: new Date(Date.now() - 10 * 60_000).toISOString() },
        'MZ_HUNYIN',
        'MARITAL_STATUS',
        { status: 'MARRIED' },
      ],
      [
        'another source as audience',
        'MISMATCH',
        { audience: 'GA_HUJI' },
        'MZ_HUNYIN',
        'MARITAL_STATUS',
        { status: 'MARRIED' },
      ],
      ['a fact the source does not serve', 'UNSUPPORTED_FACT', {}, 'MZ_HUNYIN', 'ALIVE', { alive: true }],
      ['a claim that does not fit the fact', 'BAD_CLAIM', {}, 'MZ_HUNYIN', 'MARITAL_STATUS', { status: 'ENGAGED' }],
    ])('refuses %s with 400 %s', async (_name, code, options, source, fact, claim) => {
      const answer = await call(source, fact, s.married.idNumber, claim, options);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ error: { code, message: expect.any(String) } });
    });

    it('refuses a signed body that is not a request with 400 MALFORMED', async () => {
      const body = '["not", "a", "request"]';
      const res = await fetch(`${sut.url}/sources/GA_HUJI/verify`, {
        method: 'POST',
        headers: { [SIGNATURE_HEADER]: await signDetached(body, gatewayKey, GATEWAY_KID, 'ES256') },
        body,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('MALFORMED');
    });
  });

  describe('faults', () => {
    const ask = (options: CallOptions = {}) =>
      call('MZ_DIBAO', 'LOW_INCOME_ALLOWANCE', s.lowIncomeRecipient.idNumber, { receiving: true }, options);

    it('starts with the faults it is given and reports them', async () => {
      const sandbox = await startSandbox({
        size: 1000,
        gatewayJwks: { keys: [gatewayJwk] },
        faults: { MZ_DIBAO: { errorRate: 1 } },
      });
      try {
        expect(sandbox.fault('MZ_DIBAO')).toEqual({ errorRate: 1 });
        expect(sandbox.fault('GA_HUJI')).toBeNull();
        const answer = await call(
          'MZ_DIBAO',
          'LOW_INCOME_ALLOWANCE',
          s.unknownIdNumber,
          { receiving: true },
          { sandbox },
        );
        expect(answer.status).toBe(500);
      } finally {
        await sandbox.close();
      }
      await expect(startSandbox({ gatewayJwks: { keys: [gatewayJwk] }, faults: { XX_NONE: {} } })).rejects.toThrow(
        /unknown source XX_NONE/,
      );
      await expect(
        startSandbox({ gatewayJwks: { keys: [gatewayJwk] }, faults: { MZ_DIBAO: { errorRate: 2 } } }),
      ).rejects.toThrow(/errorRate/);
    });

    it('rejects an unknown fault setting', () => {
      expect(() => sut.setFault('MZ_DIBAO', { slow: true } as never)).toThrow(/unknown setting slow/);
      expect(() => sut.setFault('XX_NONE', {})).toThrow(/unknown source/);
    });

    it('latency: still answers correctly', async () => {
      sut.setFault('MZ_DIBAO', { latencyMs: 50 });
      const answer = await ask();
      expect(answer.status).toBe(200);
      expect(answer.json.result).toBe('CONFIRMED');
    });

    it('errorRate 1: answers 500 and the health probe says error', async () => {
      sut.setFault('MZ_DIBAO', { errorRate: 1 });
      expect((await ask()).status).toBe(500);
      expect((await ask()).status).toBe(500);
      const health = await fetch(`${sut.url}/sources/MZ_DIBAO/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'error' });
    });

    it('errorRate between 0 and 1: fails a deterministic, evenly spread share', async () => {
      sut.setFault('MZ_DIBAO', { errorRate: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await ask()).status);
      expect(statuses).toEqual([200, 500, 200, 500]);
      expect((await fetch(`${sut.url}/sources/MZ_DIBAO/health`)).status).toBe(200);
    });

    it('malformed: 200 with a body that is not a ConnectorResponse', async () => {
      sut.setFault('MZ_DIBAO', { malformed: true });
      const answer = await ask();
      expect(answer.status).toBe(200);
      expect(() => parseConnectorResponse(answer.text, answer.requestId)).toThrow(
        expect.objectContaining({ code: 'MALFORMED' }),
      );
    });

    it('badSignature: the answer does not verify against the source JWKS', async () => {
      sut.setFault('MZ_DIBAO', { badSignature: true });
      const answer = await ask();
      expect(answer.status).toBe(200);
      expect(parseConnectorResponse(answer.text, answer.requestId).result).toBe('CONFIRMED');
      await expect(
        verifyDetached(answer.text, answer.signature ?? undefined, await sourceKeys('MZ_DIBAO'), ['ES256']),
      ).rejects.toMatchObject({ code: 'BAD_SIGNATURE' });
    });

    it('hang: never answers, so the client’s timeout fires', async () => {
      sut.setFault('MZ_DIBAO', { hang: true });
      await expect(ask({ signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ name: 'TimeoutError' });
      expect((await fetch(`${sut.url}/sources/MZ_DIBAO/health`)).status).toBe(200);
    });

    it('down: drops the connection, and the health probe says down', async () => {
      sut.setFault('MZ_DIBAO', { down: true });
      await expect(ask()).rejects.toThrow('fetch failed');
      const health = await fetch(`${sut.url}/sources/MZ_DIBAO/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'down' });
    });

    it('clearing the fault restores normal answers', async () => {
      sut.setFault('MZ_DIBAO', { errorRate: 1 });
      sut.setFault('MZ_DIBAO', null);
      expect(sut.fault('MZ_DIBAO')).toBeNull();
      expect((await ask()).json.result).toBe('CONFIRMED');
    });
  });

  describe('close', () => {
    it('resolves with a hanging request in flight, ending it', async () => {
      const sandbox = await startSandbox({
        size: 1000,
        gatewayJwks: { keys: [gatewayJwk] },
        faults: { MZ_DIBAO: { hang: true } },
      });
      const pending = call(
        'MZ_DIBAO',
        'LOW_INCOME_ALLOWANCE',
        s.unknownIdNumber,
        { receiving: true },
        { sandbox },
      ).then(
        () => 'answered',
        () => 'failed',
      );
      while (sandbox.requestCount('MZ_DIBAO') === 0) await new Promise((r) => setTimeout(r, 5));
      await expect(sandbox.close()).resolves.toBeUndefined();
      await expect(pending).resolves.toBe('failed');
      await expect(sandbox.close()).resolves.toBeUndefined();
    });
  });

  describe('remote gateway JWKS', () => {
    let jwksServer: Server;
    let jwksUrl: string;
    let fetches = 0;

    beforeAll(async () => {
      jwksServer = createServer((req, res) => {
        fetches++;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [gatewayJwk] }));
      });
      await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
    });

    afterAll(async () => {
      jwksServer.closeAllConnections();
      await new Promise((resolve) => jwksServer.close(resolve));
    });

    it('verifies requests against keys fetched from the gateway JWKS URL, lazily and cached', async () => {
      const sandbox = await startSandbox({ size: 1000, gatewayJwks: jwksUrl });
      try {
        expect(fetches).toBe(0);
        const subject = samples(sandbox.population).married;
        const first = await call('RS_SHEBAO', 'ALIVE', subject.idNumber, { alive: true }, { sandbox });
        expect(first.json.result).toBe('CONFIRMED');
        expect((await call('RS_SHEBAO', 'ALIVE', subject.idNumber, { alive: true }, { sandbox })).status).toBe(200);
        expect(fetches).toBe(1);
        expect(
          (await call('RS_SHEBAO', 'ALIVE', subject.idNumber, { alive: true }, { sandbox, key: otherKey })).status,
        ).toBe(401);
      } finally {
        await sandbox.close();
      }
    });

    it('answers 503 KEY_UNAVAILABLE when the gateway JWKS cannot be fetched', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const sandbox = await startSandbox({ size: 1000, gatewayJwks: `http://127.0.0.1:${port}/jwks.json` });
      try {
        const answer = await call('RS_SHEBAO', 'ALIVE', s.unknownIdNumber, { alive: true }, { sandbox });
        expect(answer.status).toBe(503);
        expect(answer.json.error.code).toBe('KEY_UNAVAILABLE');
      } finally {
        await sandbox.close();
      }
    });

    it('refuses a gateway JWKS that is neither a URL nor a key set', async () => {
      await expect(startSandbox({ gatewayJwks: 'not a url' })).rejects.toThrow(/gatewayJwks/);
      await expect(startSandbox({ gatewayJwks: { keys: [] } })).rejects.toThrow(/gatewayJwks/);
    });
  });
});

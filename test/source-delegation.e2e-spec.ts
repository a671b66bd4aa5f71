import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { Role } from '#gw/auth';
import { uuidv7 } from '#gw/common';
import { ReferenceCache } from '#gw/reference';
import { errorCodes, startTestApp, TestApp } from './helpers/test-app';

// Issue 10 part 2: no department can plant a source. A department registers sources only for the
// fact types it owns or was delegated by their owner; every source signs its answers; the probe
// calls the fixed health path of the registered endpoint, and the secret goes only to the endpoint.

const REGISTER = `mutation($i: RegisterDataSourceInput!) { registerDataSource(input: $i) { id code factTypes providerDepartment { code } healthUrl signsResponses } }`;
const DELEGATE = `mutation($i: DelegateFactTypeInput!) { delegateFactType(input: $i) { id factType active ownerDepartment { code } delegateDepartment { code } } }`;
const REVOKE = `mutation($id: ID!, $r: String!) { revokeFactTypeDelegation(id: $id, reason: $r) { id active revokedBy revokeReason } }`;
const LIST = `query($f: FactTypeDelegationFilter) { factTypeDelegations(filter: $f) { id factType active delegateDepartment { code } } }`;
const GRANT = `mutation($id: ID!, $d: String!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: $d) { id grantedDepartments { code } } }`;
const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { outcome attempts { source outcome reason } } }`;

interface Seen {
  method: string;
  path: string;
  authorization?: string;
}

describe('who may register a source, and how it is reached (e2e)', () => {
  let t: TestApp;
  let ga: string;
  let mz: string;
  let jy: string;
  let jwk: Record<string, unknown>;
  let server: Server;
  let origin: string;
  const seen: Seen[] = [];
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    ga = await t.token(Role.SOURCE_ADMIN, { department: 'HX_GA', subject: 'ga-admin' });
    mz = await t.token(Role.SOURCE_ADMIN, { department: 'HX_MZ', subject: 'mz-admin' });
    jy = await t.token(Role.SOURCE_ADMIN, { department: 'HX_JY', subject: 'jy-admin' });
    const { publicKey } = await generateKeyPair('ES256');
    jwk = (await exportJWK(publicKey)) as Record<string, unknown>;
    // a department's service that records what reaches it, and answers 200 to everything
    server = createServer((req: IncomingMessage, res) => {
      seen.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization });
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.close();
  });

  const input = (over: Record<string, unknown> = {}) => ({
    code: `TEST_SRC_${++n}_${process.pid}`,
    name: '测试数据源',
    endpoint: 'http://127.0.0.1:9/verify',
    factTypes: ['MARITAL_STATUS'],
    publicKeyJwk: jwk,
    ...over,
  });

  async function refusedWithNothingWritten(doc: string, variables: Record<string, unknown>, token: string) {
    const before = { sources: await t.db.dataSource.count(), delegations: await t.db.factTypeDelegation.count() };
    const mark = await t.auditMark();
    const res = await t.gql(doc, variables, token);
    expect(await t.db.dataSource.count()).toBe(before.sources);
    expect(await t.db.factTypeDelegation.count()).toBe(before.delegations);
    // at most the refusal itself is audited
    const events = await t.auditSince(mark);
    expect(events.filter((e) => e.outcome === 'OK')).toEqual([]);
    return res;
  }

  it('refuses a source for another department’s fact, in Chinese, writing nothing', async () => {
    const res = await refusedWithNothingWritten(REGISTER, { i: input() }, ga);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].message).toBe('本部门不是「婚姻状况」的主管部门，也未获主管部门委托，不能为其登记数据源');
    expect(res.errors![0].extensions).toMatchObject({ details: { field: 'factTypes', factTypes: ['MARITAL_STATUS'] } });
    expect(JSON.stringify(res.body)).not.toMatch(/stack|Exception|prisma/i);
    // a mix of own and foreign facts is refused as a whole
    const mixed = await refusedWithNothingWritten(
      REGISTER,
      { i: input({ factTypes: ['IDENTITY', 'MARITAL_STATUS'] }) },
      ga,
    );
    expect(errorCodes(mixed)).toEqual(['FORBIDDEN']);
  });

  it('refuses a source that does not sign its answers, writing nothing', async () => {
    const res = await refusedWithNothingWritten(
      REGISTER,
      { i: input({ factTypes: ['IDENTITY'], publicKeyJwk: undefined }) },
      ga,
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message).toMatch(/应答签名/);
    expect(res.errors![0].extensions).toMatchObject({ details: { field: 'publicKeyJwk' } });
  });

  it('lets only the owning department delegate a fact, and only to a department that exists', async () => {
    const own = { factType: 'MARITAL_STATUS', delegateDepartmentCode: 'HX_GA', reason: '户籍窗口代为核验' };
    const foreign = await refusedWithNothingWritten(DELEGATE, { i: own }, ga);
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    expect(foreign.errors![0].message).toBe('只有「婚姻状况」的主管部门才能委托其他部门登记数据源');
    expect(
      errorCodes(await refusedWithNothingWritten(DELEGATE, { i: { ...own, delegateDepartmentCode: 'NO_SUCH' } }, mz)),
    ).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await refusedWithNothingWritten(DELEGATE, { i: { ...own, delegateDepartmentCode: 'HX_MZ' } }, mz)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await refusedWithNothingWritten(DELEGATE, { i: { ...own, reason: '  ' } }, mz))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(await refusedWithNothingWritten(DELEGATE, { i: { ...own, factType: 'NOT_A_FACT' } }, mz)),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('delegates, lets the delegate register and answer, then revokes: registering is refused and its source is no longer asked', async () => {
    const mark = await t.auditMark();
    const d = await t.gql(
      DELEGATE,
      { i: { factType: 'MARITAL_STATUS', delegateDepartmentCode: 'HX_GA', reason: '户籍窗口代为核验' } },
      mz,
    );
    expect(d.errors).toBeUndefined();
    const delegation = d.data!.delegateFactType;
    expect(delegation).toMatchObject({
      factType: 'MARITAL_STATUS',
      active: true,
      ownerDepartment: { code: 'HX_MZ' },
      delegateDepartment: { code: 'HX_GA' },
    });
    expect(
      errorCodes(
        await t.gql(
          DELEGATE,
          { i: { factType: 'MARITAL_STATUS', delegateDepartmentCode: 'HX_GA', reason: '再次' } },
          mz,
        ),
      ),
    ).toEqual(['CONFLICT']);

    // the owner and the delegate see it; another department does not
    for (const who of [mz, ga]) {
      const list = await t.gql(LIST, { f: { factType: 'MARITAL_STATUS', activeOnly: true } }, who);
      expect(list.data!.factTypeDelegations.map((x: { id: string }) => x.id)).toEqual([delegation.id]);
    }
    expect((await t.gql(LIST, {}, jy)).data!.factTypeDelegations).toEqual([]);

    const reg = await t.gql(REGISTER, { i: input({ endpoint: `${origin}/ga/hunyin/verify` }) }, ga);
    expect(reg.errors).toBeUndefined();
    const source = reg.data!.registerDataSource;
    expect(source).toMatchObject({
      providerDepartment: { code: 'HX_GA' },
      factTypes: ['MARITAL_STATUS'],
      signsResponses: true,
    });

    // only the source's provider grants it to a window, not the fact's owner
    expect(errorCodes(await t.gql(GRANT, { id: source.id, d: 'HX_ZWFW' }, mz))).toEqual(['FORBIDDEN']);
    expect((await t.gql(GRANT, { id: source.id, d: 'HX_ZWFW' }, ga)).errors).toBeUndefined();

    const window = await t.token(Role.WINDOW_STAFF);
    const verify = (key: string) =>
      t.gql(
        VERIFY,
        {
          i: {
            factType: 'MARITAL_STATUS',
            subject: { idNumber: '62102219320417890X' },
            claim: { status: 'UNMARRIED' },
            matter: '公共租赁住房申请',
            purpose: '核实婚姻状况',
            idempotencyKey: key,
          },
        },
        window,
      );
    const asked = await verify(`delegated-${process.pid}`);
    expect(asked.errors).toBeUndefined();
    // it answered without a valid signature: asked, and its answer not taken
    expect(
      asked.data!.verifyFact.attempts.map((a: { source: string; outcome: string }) => [a.source, a.outcome]),
    ).toEqual([[source.code, 'BAD_SIGNATURE']]);

    // the delegate cannot revoke, a stranger does not find it
    expect(errorCodes(await t.gql(REVOKE, { id: delegation.id, r: '不再需要' }, ga))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(REVOKE, { id: delegation.id, r: '不再需要' }, jy))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(REVOKE, { id: delegation.id, r: ' ' }, mz))).toEqual(['BAD_USER_INPUT']);
    const revoked = await t.gql(REVOKE, { id: delegation.id, r: '婚姻登记系统已接入' }, mz);
    expect(revoked.data!.revokeFactTypeDelegation).toMatchObject({
      active: false,
      revokedBy: 'mz-admin',
      revokeReason: '婚姻登记系统已接入',
    });
    expect(errorCodes(await t.gql(REVOKE, { id: delegation.id, r: '再次' }, mz))).toEqual(['CONFLICT']);

    const again = await refusedWithNothingWritten(REGISTER, { i: input() }, ga);
    expect(errorCodes(again)).toEqual(['FORBIDDEN']);
    const silenced = await verify(`revoked-${process.pid}`);
    expect(silenced.data!.verifyFact.attempts).toEqual([]);
    // a new delegation for the pair can be given after the revocation
    const history = await t.gql(LIST, { f: { factType: 'MARITAL_STATUS' } }, mz);
    expect(history.data!.factTypeDelegations).toEqual([expect.objectContaining({ id: delegation.id, active: false })]);

    const events = await t.auditSince(mark, { action: { in: ['source.delegate', 'source.revokeDelegation'] } });
    expect(events.map((e) => [e.action, e.targetId, e.actorSubject])).toEqual([
      ['source.delegate', delegation.id, 'mz-admin'],
      ['source.revokeDelegation', delegation.id, 'mz-admin'],
    ]);
  });

  it('probes the fixed health path of the endpoint without the secret, which goes only to the endpoint', async () => {
    const reg = await t.gql(
      REGISTER,
      {
        i: input({
          factTypes: ['IDENTITY'],
          endpoint: `${origin}/ga/huji/verify?x=1`,
          authSecret: 'bearer-secret-value-1',
        }),
      },
      ga,
    );
    expect(reg.errors).toBeUndefined();
    const source = reg.data!.registerDataSource;
    expect(source.healthUrl).toBe(`${origin}/ga/huji/health`);
    seen.length = 0;
    const probe = await t.gql(
      `mutation($id: ID!) { probeDataSource(id: $id) { lastProbe { ok } } }`,
      { id: source.id },
      ga,
    );
    expect(probe.data!.probeDataSource.lastProbe).toEqual({ ok: true });
    expect(seen).toEqual([{ method: 'GET', path: '/ga/huji/health', authorization: undefined }]);

    // the probe path cannot be chosen
    const update = await t.gql(
      `mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) { id } }`,
      { i: { id: source.id, healthUrl: 'http://evil.example/steal' } },
      ga,
    );
    expect(errorCodes(update)).toEqual(['BAD_USER_INPUT']);
    const register = await t.gql(
      REGISTER,
      { i: input({ factTypes: ['IDENTITY'], healthUrl: 'http://evil.example/' }) },
      ga,
    );
    expect(errorCodes(register)).toEqual(['BAD_USER_INPUT']);

    // a verification reaches the endpoint with the secret
    expect((await t.gql(GRANT, { id: source.id, d: 'HX_ZWFW' }, ga)).errors).toBeUndefined();
    seen.length = 0;
    await t.gql(
      VERIFY,
      {
        i: {
          factType: 'IDENTITY',
          subject: { idNumber: '62102219320417890X' },
          claim: { name: '张三' },
          matter: '公共租赁住房申请',
          purpose: '核实身份',
          idempotencyKey: `secret-${process.pid}`,
        },
      },
      await t.token(Role.WINDOW_STAFF),
    );
    expect(seen).toEqual([
      { method: 'POST', path: '/ga/huji/verify?x=1', authorization: 'Bearer bearer-secret-value-1' },
    ]);
  });

  it('does not ask a source on file that signs nothing (registered before keys were required)', async () => {
    const id = uuidv7();
    await t.db.dataSource.create({
      data: {
        id,
        code: `LEGACY_${process.pid}`,
        name: '旧登记数据源',
        providerDepartmentCode: 'HX_RS',
        endpoint: `${origin}/rs/legacy/verify`,
        timeoutMs: 2000,
        maxConcurrency: 4,
        authSecret: 'legacy-secret-value',
        status: 'ACTIVE',
        createdBy: 'seed',
        facts: { create: [{ factTypeCode: 'UNEMPLOYMENT_REGISTRATION' }] },
        grants: { create: [{ consumerDepartmentCode: 'HX_ZWFW', grantedBy: 'seed' }] },
      },
    });
    // written around the gateway, which learns of it as it would of a registry change elsewhere
    t.app.get(ReferenceCache).changed('sources');
    seen.length = 0;
    const res = await t.gql(
      VERIFY,
      {
        i: {
          factType: 'UNEMPLOYMENT_REGISTRATION',
          subject: { idNumber: '62102219320417890X' },
          claim: { registered: true },
          matter: '就业困难人员认定',
          purpose: '核实失业登记',
          idempotencyKey: `legacy-${process.pid}`,
        },
      },
      await t.token(Role.WINDOW_STAFF),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.verifyFact.attempts).toEqual([
      {
        source: `LEGACY_${process.pid}`,
        outcome: 'BAD_SIGNATURE',
        reason: '该数据源未登记应答签名公钥，其应答不予采信，未调用',
      },
    ]);
    expect(seen).toEqual([]);
  });
});

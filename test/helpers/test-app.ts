import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DevKey, ensureDevKey, Role, signDevToken, DevTokenClaims } from '#gw/auth';
import { AppConfig, createLogger, loadConfig } from '#gw/common';
import { createDbClient, DbClient } from '#gw/db';
import type { AuditEvent } from '#gw/db';
import { createGateway } from '../../apps/gateway/src';
import { cloneDatabase, TestDatabase } from '../setup/test-db';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] | undefined;
  body: any;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  config: AppConfig;
  devKey: DevKey;
  db: DbClient;
  http: () => ReturnType<typeof request>;
  token(role: Role | Role[], claims?: Omit<DevTokenClaims, 'roles'>): Promise<string>;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  // Audit events are appended with time-ordered ids and chained later: a mark is the newest id
  // now, and auditSince lists what was appended after it, oldest first.
  auditMark(): Promise<string>;
  auditSince(mark: string, where?: Record<string, unknown>): Promise<AuditEvent[]>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  // every log line the gateway writes (JSON), for tests that read them; set LOG_LEVEL in env too
  logLines?: string[];
}

// A gateway on its own cloned database, reached over HTTP exactly as a client would.
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database: TestDatabase = await cloneDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    SUBJECT_HASH_KEY: 'e2e-subject-hash-key-0123456789abcdef',
    // events are chained when a test asks (verifyAuditChain), not by a timer racing the test
    AUDIT_CHAIN_MS: '600000',
    ...env,
  });
  const sink = options.logLines;
  const { app } = await createGateway(
    config,
    sink ? createLogger(config.logLevel, { write: (line: string) => void sink.push(line) }) : undefined,
  );
  // listening once on loopback: data sources fetch the gateway's JWKS, and concurrent requests
  // share one server instead of supertest opening a listener per request
  await app.listen(0, '127.0.0.1');
  const devKey = await ensureDevKey(dataDir);
  const db = createDbClient(config.databaseUrl);
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const http = () => request(url);
  return {
    app,
    url,
    config,
    devKey,
    db,
    http,
    token: (role, claims = {}) =>
      signDevToken(devKey, config.auth, { ...claims, roles: Array.isArray(role) ? role : [role] }),
    async gql(query, variables, token) {
      const req = http().post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body?.data, errors: res.body?.errors, body: res.body };
    },
    async auditMark() {
      return (await db.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? '';
    },
    auditSince(mark, where = {}) {
      return db.auditEvent.findMany({ where: { ...where, id: { gt: mark } }, orderBy: { id: 'asc' } });
    },
    async close() {
      await app.close();
      await db.$disconnect();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function errorCodes(res: GqlResponse): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

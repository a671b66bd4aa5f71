import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  calculateJwkThumbprint,
  CompactVerifyGetKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  JSONWebKeySet,
  JWK,
} from 'jose';
import { parseConnectorRequest, ProtocolError, SIGNATURE_HEADER, signDetached, verifyDetached } from '#gw/protocol';
import { DEFAULT_SEED, DEFAULT_SIZE, generatePopulation, Population } from './population';
import { SourceDefinition, SourceRequestError, SOURCES } from './sources';

// One node:http server hosting every sandbox source. No framework: benchmarks call it in a tight
// loop, so the verify path does only what the protocol needs.
//
//   GET  /healthz                      {"status":"ok", ...}
//   GET  /sources                      [SandboxSource, ...] (for registering them in a gateway)
//   GET  /sources/:code/jwks.json      the source's public signing key
//   GET  /sources/:code/health         200 {"status":"ok"}; 503 when the source's fault is down/error
//   POST /sources/:code/verify         the connector protocol
//   POST /credit/events                credit-platform receiver: checks the gateway's signature
//                                      (x-jws-signature), stores each event id once
//   GET  /credit/events                the credit events received, in arrival order

export interface Fault {
  latencyMs?: number; // answer after this delay
  errorRate?: number; // 0..1: this share of requests answers 500 (deterministic, evenly spread)
  hang?: boolean; // never answer; the connection stays open until the client gives up
  malformed?: boolean; // 200 with a body that is not a valid ConnectorResponse
  badSignature?: boolean; // sign the answer with a key the source never published
  down?: boolean; // destroy the connection without answering
}

const FAULT_FLAGS = ['hang', 'malformed', 'badSignature', 'down'] as const;

// Checks a fault from configuration or a caller; throws an Error saying what is wrong.
export function parseFault(value: unknown, label = 'fault'): Fault {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${label} must be an object`);
  const fault: Fault = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'latencyMs') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 600_000)
        throw new Error(`${label}.latencyMs must be an integer from 0 to 600000`);
      fault.latencyMs = v;
    } else if (key === 'errorRate') {
      if (typeof v !== 'number' || !(v >= 0 && v <= 1))
        throw new Error(`${label}.errorRate must be a number from 0 to 1`);
      fault.errorRate = v;
    } else if ((FAULT_FLAGS as readonly string[]).includes(key)) {
      if (typeof v !== 'boolean') throw new Error(`${label}.${key} must be true or false`);
      fault[key as (typeof FAULT_FLAGS)[number]] = v;
    } else {
      throw new Error(
        `${label} has an unknown setting ${key} (known: latencyMs, errorRate, ${FAULT_FLAGS.join(', ')})`,
      );
    }
  }
  return fault;
}

export interface SandboxOptions {
  port?: number; // 0 = a free port (default 0)
  host?: string; // default 127.0.0.1
  publicUrl?: string; // base URL advertised in /sources when host is not what clients use
  seed?: number;
  size?: number;
  referenceDate?: string;
  population?: Population; // a population generated beforehand (seed, size are then ignored)
  gatewayJwks: string | JSONWebKeySet; // the gateway's JWKS URL, or its keys
  faults?: Record<string, Fault>;
}

export interface SandboxSource {
  code: string;
  name: string;
  providerDepartmentCode: string;
  factTypes: string[];
  endpoint: string;
  healthUrl: string;
  jwksUrl: string;
  publicJwk: JWK;
}

// What the credit-platform receiver keeps of each event (the gateway's outbox event).
export interface CreditEvent {
  id: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  // the person, as the gateway delivers it to the credit platform over the signed channel
  subject?: { idNumber: string };
  receivedAt: string;
}

// Faults of the credit-platform receiver: down, errorRate (answers 503) and latencyMs.
export type CreditFault = Pick<Fault, 'down' | 'errorRate' | 'latencyMs'>;

export interface Sandbox {
  url: string;
  population: Population;
  sources: SandboxSource[];
  setFault(code: string, fault: Fault | null): void;
  fault(code: string): Fault | null;
  requestCount(code: string): number;
  // credit-platform receiver: distinct events in arrival order, and POSTs seen per event id
  // (duplicates included, so a test can tell a resend from a de-duplicated one)
  creditEvents(): CreditEvent[];
  creditPostCount(id: string): number;
  setCreditFault(fault: CreditFault | null): void;
  close(): Promise<void>;
}

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

interface SourceState {
  def: SourceDefinition;
  info: SandboxSource;
  kid: string;
  key: SigningKey;
  rogueKey: SigningKey; // for badSignature: never published
  jwksBody: string;
  fault: Fault | null;
  requests: number;
  errorTicks: number;
}

const GATEWAY_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];
const MAX_BODY_BYTES = 64 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

type KeyResolver = () => { getKey: CompactVerifyGetKey; unavailable: () => boolean };

function gatewayKeys(jwks: string | JSONWebKeySet): KeyResolver {
  if (typeof jwks !== 'string') {
    if (!jwks || !Array.isArray(jwks.keys) || jwks.keys.length === 0)
      throw new Error('gatewayJwks must be a URL or a JWKS with at least one key');
    const local = createLocalJWKSet(jwks);
    const resolver = { getKey: local as CompactVerifyGetKey, unavailable: () => false };
    return () => resolver;
  }
  let url: URL;
  try {
    url = new URL(jwks);
  } catch {
    throw new Error('gatewayJwks must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('gatewayJwks must be an absolute http(s) URL');
  // fetched on first use and cached by jose; a new key id triggers a refetch
  const remote = createRemoteJWKSet(url);
  return () => {
    let failed = false;
    const getKey: CompactVerifyGetKey = async (header, token) => {
      try {
        return await remote(header, token);
      } catch (err) {
        // no such key is the caller's problem; anything else means the JWKS could not be had
        if (!(
          err instanceof errors.JWKSNoMatchingKey ||
          err instanceof errors.JWKSMultipleMatchingKeys ||
          err instanceof errors.JOSENotSupported
        ))
          failed = true;
        throw err;
      }
    };
    return { getKey, unavailable: () => failed };
  };
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const resolveGatewayKey = gatewayKeys(options.gatewayJwks);
  const initialFaults = new Map<string, Fault>();
  for (const [code, fault] of Object.entries(options.faults ?? {})) {
    if (!SOURCES.some((s) => s.code === code)) throw new Error(`faults: unknown source ${code}`);
    initialFaults.set(code, parseFault(fault, `faults.${code}`));
  }
  const population =
    options.population ??
    generatePopulation({
      seed: options.seed ?? DEFAULT_SEED,
      size: options.size ?? DEFAULT_SIZE,
      referenceDate: options.referenceDate,
    });

  const states = new Map<string, SourceState>();
  for (const def of SOURCES) {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const { privateKey: rogueKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const kid = `${def.code}-${(await calculateJwkThumbprint(jwk)).slice(0, 8)}`;
    const publicJwk: JWK = { ...jwk, kid, alg: 'ES256', use: 'sig' };
    states.set(def.code, {
      def,
      info: {
        code: def.code,
        name: def.name,
        providerDepartmentCode: def.providerDepartmentCode,
        factTypes: [...def.factTypes],
        endpoint: '',
        healthUrl: '',
        jwksUrl: '',
        publicJwk,
      },
      kid,
      key: privateKey,
      rogueKey,
      jwksBody: JSON.stringify({ keys: [publicJwk] }),
      fault: initialFaults.get(def.code) ?? null,
      requests: 0,
      errorTicks: 0,
    });
  }

  const creditEvents: CreditEvent[] = [];
  const creditIds = new Set<string>();
  const creditPosts = new Map<string, number>();
  let creditFault: CreditFault | null = null;
  let creditErrorTicks = 0;

  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  let closing: Promise<void> | undefined;
  let sourcesBody = '[]';

  const send = (res: ServerResponse, status: number, body: string, headers?: Record<string, string>): void => {
    if (res.destroyed || res.headersSent) return;
    res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
  const sendError = (
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    headers?: Record<string, string>,
  ): void => send(res, status, JSON.stringify({ error: { code, message } }), headers);

  // Every nth request fails where floor(n * rate) steps up: exact and evenly spread.
  const injectError = (state: SourceState, rate: number): boolean => {
    const n = state.errorTicks++;
    return Math.floor((n + 1) * rate) > Math.floor(n * rate);
  };

  const answer = async (
    state: SourceState,
    fault: Fault | null,
    body: string,
    signature: string | undefined,
    res: ServerResponse,
  ): Promise<void> => {
    const keys = resolveGatewayKey();
    try {
      await verifyDetached(body, signature, keys.getKey, GATEWAY_ALGORITHMS);
    } catch (err) {
      if (keys.unavailable())
        return sendError(res, 503, 'KEY_UNAVAILABLE', 'the gateway signing keys cannot be fetched');
      return sendError(res, 401, 'BAD_SIGNATURE', err instanceof Error ? err.message : 'signature does not verify');
    }
    let payload: string;
    let requestId: string;
    try {
      const request = parseConnectorRequest(body, state.def.code);
      requestId = request.requestId;
      const evaluation = state.def.evaluate(request, population);
      payload = fault?.malformed
        ? JSON.stringify({ requestId, result: 'PERHAPS', asOf: 'not a time' })
        : JSON.stringify({
            requestId,
            result: evaluation.result,
            asOf: evaluation.asOf,
            recordRef: evaluation.recordRef,
            ...(evaluation.attributes ? { attributes: evaluation.attributes } : {}),
          });
    } catch (err) {
      if (err instanceof ProtocolError || err instanceof SourceRequestError)
        return sendError(res, 400, err.code, err.message);
      throw err;
    }
    const jws = await signDetached(payload, fault?.badSignature ? state.rogueKey : state.key, state.kid, 'ES256');
    send(res, 200, payload, { [SIGNATURE_HEADER]: jws });
  };

  const verify = (state: SourceState, req: IncomingMessage, res: ServerResponse): void => {
    state.requests++;
    const fault = state.fault;
    if (fault?.down) {
      req.socket.destroy();
      return;
    }
    const failing = fault?.errorRate ? injectError(state, fault.errorRate) : false;
    const chunks: Buffer[] = [];
    let length = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (fault?.hang || closed) return; // close() ends the connection
      const respond = (): void => {
        if (closed) return;
        if (failing) return sendError(res, 500, 'INTERNAL', 'injected fault: error');
        if (tooLarge) return sendError(res, 413, 'MALFORMED', `request body is larger than ${MAX_BODY_BYTES} bytes`);
        const body = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
        const signature = req.headers[SIGNATURE_HEADER];
        answer(state, fault, body, Array.isArray(signature) ? signature[0] : signature, res).catch(() =>
          sendError(res, 500, 'INTERNAL', 'the source failed'),
        );
      };
      if (fault?.latencyMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          respond();
        }, fault.latencyMs);
        timers.add(timer);
      } else {
        respond();
      }
    });
  };

  // The credit platform's receiving end: idempotent by event id, so the gateway's resends
  // (at-least-once delivery) are acknowledged without being stored twice.
  const receiveCredit = (req: IncomingMessage, res: ServerResponse): void => {
    const fault = creditFault;
    if (fault?.down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (closed) return;
      if (tooLarge) return sendError(res, 413, 'MALFORMED', `request body is larger than ${MAX_BODY_BYTES} bytes`);
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = req.headers[SIGNATURE_HEADER];
      void (async () => {
        // only the gateway's signed events are taken: they carry ID numbers
        const keys = resolveGatewayKey();
        try {
          await verifyDetached(
            body,
            typeof signature === 'string' ? signature : undefined,
            keys.getKey,
            GATEWAY_ALGORITHMS,
          );
        } catch (err) {
          if (keys.unavailable())
            return sendError(res, 503, 'KEY_UNAVAILABLE', 'the gateway signing keys cannot be fetched');
          return sendError(res, 401, 'BAD_SIGNATURE', err instanceof Error ? err.message : 'signature does not verify');
        }
        acceptCredit(req, res, fault, body);
      })();
    });
  };

  const acceptCredit = (req: IncomingMessage, res: ServerResponse, fault: CreditFault | null, body: string): void => {
    if (closed) return;
    let event: Omit<CreditEvent, 'receivedAt'>;
    try {
      event = parseCreditEvent(body);
    } catch (err) {
      return sendError(res, 400, 'MALFORMED', (err as Error).message);
    }
    const key = req.headers['idempotency-key'];
    if (key !== undefined && key !== event.id)
      return sendError(res, 400, 'MISMATCH', 'idempotency-key differs from the event id');
    creditPosts.set(event.id, (creditPosts.get(event.id) ?? 0) + 1);
    // the sources' rule: post n fails where floor(n * rate) steps up
    const n = creditErrorTicks++;
    const failing = fault?.errorRate ? Math.floor((n + 1) * fault.errorRate) > Math.floor(n * fault.errorRate) : false;
    const respond = (): void => {
      if (closed) return;
      if (failing) return sendError(res, 503, 'UNAVAILABLE', 'injected fault: error');
      const duplicate = creditIds.has(event.id);
      if (!duplicate) {
        creditIds.add(event.id);
        creditEvents.push({ ...event, receivedAt: new Date().toISOString() });
      }
      send(res, 200, JSON.stringify({ id: event.id, duplicate }));
    };
    if (fault?.latencyMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond();
      }, fault.latencyMs);
      timers.add(timer);
    } else {
      respond();
    }
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q === -1 ? raw : raw.slice(0, q);
    const method = req.method ?? 'GET';
    const only = (allowed: string): boolean => {
      if (method === allowed || (allowed === 'GET' && method === 'HEAD')) return true;
      req.resume();
      sendError(res, 405, 'METHOD_NOT_ALLOWED', `use ${allowed}`, { allow: allowed });
      return false;
    };

    if (path.startsWith('/sources/')) {
      const rest = path.slice('/sources/'.length);
      const slash = rest.indexOf('/');
      const action = slash === -1 ? '' : rest.slice(slash + 1);
      if (action === 'verify' || action === 'health' || action === 'jwks.json') {
        const state = states.get(rest.slice(0, slash));
        if (!state) {
          req.resume();
          return sendError(res, 404, 'UNKNOWN_SOURCE', 'no such source');
        }
        if (action === 'verify') {
          if (only('POST')) verify(state, req, res);
          return;
        }
        if (!only('GET')) return;
        if (action === 'jwks.json') return send(res, 200, state.jwksBody, { 'cache-control': 'public, max-age=300' });
        const f = state.fault;
        if (f?.down) return send(res, 503, JSON.stringify({ status: 'down' }));
        if (f?.errorRate !== undefined && f.errorRate >= 1) return send(res, 503, JSON.stringify({ status: 'error' }));
        return send(res, 200, JSON.stringify({ status: 'ok' }));
      }
    } else if (path === '/credit/events') {
      if (method === 'POST') return receiveCredit(req, res);
      if (only('GET')) send(res, 200, JSON.stringify(creditEvents));
      return;
    } else if (path === '/healthz') {
      if (only('GET'))
        send(res, 200, JSON.stringify({ status: 'ok', sources: states.size, population: population.persons.length }));
      return;
    } else if (path === '/sources') {
      if (only('GET')) send(res, 200, sourcesBody);
      return;
    }
    req.resume();
    sendError(res, 404, 'NOT_FOUND', 'no such route');
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const advertisedHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = trimSlash(options.publicUrl ?? `http://${advertisedHost}:${port}`);
  for (const state of states.values()) {
    const base = `${url}/sources/${state.def.code}`;
    Object.assign(state.info, {
      endpoint: `${base}/verify`,
      healthUrl: `${base}/health`,
      jwksUrl: `${base}/jwks.json`,
    });
  }
  const sources = [...states.values()].map((s) => s.info);
  sourcesBody = JSON.stringify(sources);

  const stateOf = (code: string): SourceState => {
    const state = states.get(code);
    if (!state) throw new Error(`unknown source ${code}`);
    return state;
  };

  return {
    url,
    population,
    sources,
    setFault(code, fault) {
      const state = stateOf(code);
      state.fault = fault === null ? null : parseFault(fault);
      state.errorTicks = 0;
    },
    fault: (code) => {
      const f = stateOf(code).fault;
      return f ? { ...f } : null;
    },
    requestCount: (code) => stateOf(code).requests,
    creditEvents: () => creditEvents.map((e) => ({ ...e })),
    creditPostCount: (id) => creditPosts.get(id) ?? 0,
    setCreditFault(fault) {
      if (fault === null) creditFault = null;
      else {
        const parsed = parseFault(fault, 'credit fault');
        if (parsed.hang || parsed.malformed || parsed.badSignature)
          throw new Error('credit fault supports latencyMs, errorRate and down');
        creditFault = parsed;
      }
      creditErrorTicks = 0;
    },
    close() {
      if (closing) return closing;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      closing = new Promise<void>((resolve) => {
        server.close(() => resolve());
        // hanging and keep-alive connections included: a test process exits promptly
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
  };
}

function parseCreditEvent(body: string): Omit<CreditEvent, 'receivedAt'> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new Error('body is not JSON');
  }
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('body must be a JSON object');
  if (typeof v.id !== 'string' || v.id === '' || v.id.length > 200)
    throw new Error('id must be a string of 1 to 200 characters');
  if (typeof v.type !== 'string' || v.type === '') throw new Error('type must be a non-empty string');
  if (typeof v.occurredAt !== 'string' || Number.isNaN(Date.parse(v.occurredAt)))
    throw new Error('occurredAt must be a date-time');
  if (typeof v.payload !== 'object' || v.payload === null || Array.isArray(v.payload))
    throw new Error('payload must be an object');
  let subject: { idNumber: string } | undefined;
  if (v.subject !== undefined) {
    const sub = v.subject as Record<string, unknown> | null;
    if (
      typeof sub !== 'object' ||
      sub === null ||
      typeof sub.idNumber !== 'string' ||
      !/^\d{17}[\dX]$/.test(sub.idNumber)
    )
      throw new Error('subject must be an object with an 18-character idNumber');
    subject = { idNumber: sub.idNumber };
  }
  return {
    id: v.id,
    type: v.type,
    occurredAt: v.occurredAt,
    payload: v.payload as Record<string, unknown>,
    ...(subject ? { subject } : {}),
  };
}

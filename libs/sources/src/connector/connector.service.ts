import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createRemoteJWKSet, importJWK, JWK, CompactVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { Agent } from 'undici';
import { APP_CONFIG, AppConfig, classifyTransportError, LOGGER, MetricsService, TransportFailure } from '#gw/common';
import { SigningService } from '#gw/signing';
import {
  ConnectorRequest,
  ConnectorResponse,
  parseConnectorResponse,
  ProtocolError,
  reportsNameMismatch,
  SIGNATURE_HEADER,
  verifyDetached,
} from '#gw/protocol';
import { sourceAnswered } from '../settling';
import { AttemptOutcome, BreakerState, NAME_MISMATCH_TEXT } from '../sources.enums';
import { headerOf, readCapped, SourceClient, SourceReply } from './source-client';
import { CallContext, SourcePolicy } from './source-policy';

export interface SourceTarget {
  id: string;
  code: string;
  endpoint: string;
  timeoutMs: number;
  maxConcurrency: number;
  publicKeyJwk: unknown;
  jwksUrl: string | null;
  authSecret: string | null;
  updatedAt: Date;
}

export interface AttemptResult {
  outcome: AttemptOutcome;
  latencyMs: number | null;
  reason: string | null;
  response?: ConnectorResponse;
}

export interface ProbeResult {
  ok: boolean;
  message: string | null;
  latencyMs: number | null;
}

interface SourceState {
  version: number;
  policy: SourcePolicy<AttemptResult>;
  client: SourceClient;
  key?: CompactVerifyGetKey;
  // calls admitted or waiting; a replaced version closes its connections when the last ends
  calls: number;
  replaced: boolean;
}

const RESPONSE_ALGS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];
const BREAKER_VALUE = { [BreakerState.CLOSED]: 0, [BreakerState.HALF_OPEN]: 1, [BreakerState.OPEN]: 2 };

const failed = (result: AttemptResult) => !sourceAnswered(result.outcome);
// worth sending once more: the connection failed before any response, so the source did nothing
const connectionFailed = (err: Error) => classifyTransportError(err).retryable;

// The connector protocol's health check: `health` next to the verify endpoint, on the endpoint's
// origin (https://host/sources/X/verify → https://host/sources/X/health). It is fixed, so an
// administrator cannot point a probe elsewhere, and it gets no credential: the bearer secret
// goes to the registered endpoint only.
export function healthUrlOf(endpoint: string): string {
  const url = new URL('health', endpoint);
  url.search = '';
  url.hash = '';
  return url.toString();
}

export function signsResponses(source: { publicKeyJwk: unknown; jwksUrl: string | null }): boolean {
  return !!(source.publicKeyJwk || source.jwksUrl);
}

// Calls one data source over the connector protocol. Whatever the source does (hang, fail,
// lie, answer garbage) ends as an AttemptResult within the source's timeout; it never throws.
@Injectable()
export class ConnectorService implements OnModuleDestroy {
  private readonly states = new Map<string, SourceState>();
  // health probes get their own connections: a probe must not queue behind verification calls
  private readonly probes = new Agent({ connections: 4, keepAliveTimeout: 1000 });

  constructor(
    private readonly signing: SigningService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleDestroy(): Promise<void> {
    const clients = [...this.states.values()].map((s) => s.client);
    this.states.clear();
    await Promise.all([...clients.map((c) => c.close()), this.probes.close()].map((p) => p.catch(() => undefined)));
  }

  breakerState(sourceId: string): BreakerState {
    return this.states.get(sourceId)?.policy.state ?? BreakerState.CLOSED;
  }

  async ask(source: SourceTarget, request: ConnectorRequest): Promise<AttemptResult> {
    const state = this.stateOf(source);
    // an answer nobody signed could come from anyone: such a source is not even asked (it would
    // receive the resident's ID number), unless development explicitly allows it
    if (!signsResponses(source) && !this.config.verification.allowUnsignedSources)
      return this.finish(
        source,
        state,
        result(AttemptOutcome.BAD_SIGNATURE, null, '该数据源未登记应答签名公钥，其应答不予采信，未调用'),
      );
    const started = performance.now();
    // the timeout covers waiting for a slot too, and at most half of it goes to waiting
    state.calls++;
    let admission;
    try {
      admission = await state.policy.run((ctx) => this.call(source, state, request, started, ctx));
    } finally {
      if (--state.calls === 0 && state.replaced) closeQuietly(state.client);
    }
    if (admission.admitted) return this.finish(source, state, admission.result);
    return this.finish(
      source,
      state,
      admission.refusal === 'OVERLOADED'
        ? result(AttemptOutcome.OVERLOADED, null, `该数据源并发调用已满（上限 ${source.maxConcurrency}），等待超时`)
        : result(AttemptOutcome.CIRCUIT_OPEN, null, '熔断中：该数据源近期连续失败，暂不调用'),
    );
  }

  async probe(source: SourceTarget): Promise<ProbeResult> {
    const started = performance.now();
    try {
      const url = new URL(healthUrlOf(source.endpoint));
      const res = await this.probes.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        signal: AbortSignal.timeout(source.timeoutMs),
      });
      await readCapped(res);
      const latencyMs = Math.round(performance.now() - started);
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      return { ok, message: ok ? null : `HTTP ${res.statusCode}`, latencyMs };
    } catch (err) {
      const t = classifyTransportError(err);
      return {
        ok: false,
        message:
          t.failure === TransportFailure.TIMEOUT
            ? `超过 ${source.timeoutMs} 毫秒未应答`
            : `无法连接：${t.code ?? 'error'}`,
        latencyMs: null,
      };
    }
  }

  // One admitted call, as its breaker sees it: every way it ends is a result, never a throw.
  private async call(
    source: SourceTarget,
    state: SourceState,
    request: ConnectorRequest,
    started: number,
    { signal, retryOnce }: CallContext,
  ): Promise<AttemptResult> {
    const latency = () => Math.round(performance.now() - started);
    let raw: SourceReply;
    try {
      const body = JSON.stringify(request);
      const headers = {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: await this.signing.signBody(body),
        ...this.authHeaders(source),
      };
      try {
        raw = await retryOnce(() => state.client.post(headers, body, signal));
      } catch (err) {
        if (signal.aborted || classifyTransportError(err).failure === TransportFailure.TIMEOUT)
          return result(AttemptOutcome.TIMEOUT, latency(), `超过 ${source.timeoutMs} 毫秒未应答`);
        return result(
          AttemptOutcome.UNREACHABLE,
          latency(),
          `无法连接数据源：${classifyTransportError(err).code ?? 'connection failed'}`,
        );
      }
      const latencyMs = latency();
      if (raw.status !== 200) {
        const errorCode = raw.text === null ? undefined : errorCodeOf(raw.text);
        return result(
          AttemptOutcome.ERROR,
          latencyMs,
          `数据源返回 HTTP ${raw.status}${errorCode ? `（${errorCode}）` : ''}`,
        );
      }
      if (raw.text === null) return result(AttemptOutcome.BAD_RESPONSE, latencyMs, '应答过大');
      const key = await this.responseKey(source, state);
      if (key) {
        try {
          await verifyDetached(raw.text, headerOf(raw, SIGNATURE_HEADER) ?? undefined, key, RESPONSE_ALGS);
        } catch (err) {
          return result(AttemptOutcome.BAD_SIGNATURE, latencyMs, `应答签名无效：${(err as Error).message}`);
        }
      }
      let response: ConnectorResponse;
      try {
        response = parseConnectorResponse(raw.text, request.requestId);
      } catch (err) {
        return result(AttemptOutcome.BAD_RESPONSE, latencyMs, `应答格式错误：${(err as ProtocolError).message}`);
      }
      if (reportsNameMismatch(response))
        return result(AttemptOutcome.NAME_MISMATCH, latencyMs, NAME_MISMATCH_TEXT, response);
      return result(AttemptOutcome[response.result], latencyMs, null, response);
    } catch (err) {
      this.logger.error({ err, source: source.code }, 'unexpected connector failure');
      return result(AttemptOutcome.ERROR, latency(), '调用数据源时发生内部错误');
    }
  }

  private authHeaders(source: SourceTarget): Record<string, string> {
    return source.authSecret ? { authorization: `Bearer ${source.authSecret}` } : {};
  }

  // Imported or fetched once per version of the registration; jose's remote JWKS keeps the
  // parsed set and the imported keys, and refetches only on an unknown kid (at most every 10 s).
  private async responseKey(source: SourceTarget, state: SourceState): Promise<CompactVerifyGetKey | undefined> {
    if (state.key) return state.key;
    if (source.jwksUrl) {
      state.key = createRemoteJWKSet(new URL(source.jwksUrl), {
        timeoutDuration: Math.min(source.timeoutMs, 5000),
        cooldownDuration: 10_000,
      });
    } else if (source.publicKeyJwk) {
      const jwk = source.publicKeyJwk as JWK;
      const key = await importJWK(jwk, jwk.alg ?? 'ES256');
      state.key = async () => key;
    }
    return state.key;
  }

  // Breaker, slots, connections and keys belong to one version of a source's registration: a
  // changed registration (endpoint, timeout, concurrency, key) starts afresh, and the old
  // connections close once the calls still waiting or running on them are done.
  private stateOf(source: SourceTarget): SourceState {
    const version = source.updatedAt.getTime();
    let state = this.states.get(source.id);
    if (!state || state.version !== version) {
      if (state) {
        state.replaced = true;
        if (state.calls === 0) closeQuietly(state.client);
      }
      const { breakerFailures, breakerOpenMs } = this.config.verification;
      state = {
        version,
        policy: new SourcePolicy(
          { timeoutMs: source.timeoutMs, maxConcurrency: source.maxConcurrency, breakerFailures, breakerOpenMs },
          failed,
          connectionFailed,
        ),
        client: new SourceClient(source.endpoint, source.maxConcurrency),
        calls: 0,
        replaced: false,
      };
      this.states.set(source.id, state);
    }
    return state;
  }

  // The breaker has counted the call already (in the policy); here only the metrics.
  private finish(source: SourceTarget, state: SourceState, attempt: AttemptResult): AttemptResult {
    const { outcome, latencyMs } = attempt;
    if (latencyMs !== null) this.metrics.sourceLatency.observe({ source: source.code, outcome }, latencyMs / 1000);
    if (!sourceAnswered(outcome)) this.metrics.sourceErrors.inc({ source: source.code, kind: outcome });
    this.metrics.breakerState.set({ source: source.code }, BREAKER_VALUE[state.policy.state]);
    return attempt;
  }
}

function closeQuietly(client: SourceClient): void {
  client.close().catch(() => undefined);
}

function result(
  outcome: AttemptOutcome,
  latencyMs: number | null,
  reason: string | null,
  response?: ConnectorResponse,
): AttemptResult {
  return { outcome, latencyMs, reason, ...(response ? { response } : {}) };
}

function errorCodeOf(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, importJWK, JWK, CompactVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
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
import { CircuitBreaker } from './circuit-breaker';
import { Semaphore } from './semaphore';

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
  breaker: CircuitBreaker;
  semaphore: Semaphore;
  key?: CompactVerifyGetKey;
}

const MAX_RESPONSE_BYTES = 64 * 1024;
const RESPONSE_ALGS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];
const BREAKER_VALUE = { [BreakerState.CLOSED]: 0, [BreakerState.HALF_OPEN]: 1, [BreakerState.OPEN]: 2 };

class TransportError extends Error {}

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
export class ConnectorService {
  private readonly states = new Map<string, SourceState>();

  constructor(
    private readonly signing: SigningService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  breakerState(sourceId: string): BreakerState {
    return this.states.get(sourceId)?.breaker.state ?? BreakerState.CLOSED;
  }

  async ask(source: SourceTarget, request: ConnectorRequest): Promise<AttemptResult> {
    const state = this.stateOf(source);
    // an answer nobody signed could come from anyone: such a source is not even asked (it would
    // receive the resident's ID number), unless development explicitly allows it
    if (!signsResponses(source) && !this.config.verification.allowUnsignedSources)
      return this.finish(
        source,
        state,
        AttemptOutcome.BAD_SIGNATURE,
        null,
        '该数据源未登记应答签名公钥，其应答不予采信，未调用',
      );
    const started = performance.now();
    // the timeout covers waiting for a slot too, and at most half of it goes to waiting
    const deadline = Date.now() + source.timeoutMs;
    const release = await state.semaphore.acquire(Math.floor(source.timeoutMs / 2));
    if (!release)
      return this.finish(
        source,
        state,
        AttemptOutcome.OVERLOADED,
        null,
        `该数据源并发调用已满（上限 ${source.maxConcurrency}），等待超时`,
      );
    if (!state.breaker.tryPass()) {
      release();
      return this.finish(source, state, AttemptOutcome.CIRCUIT_OPEN, null, '熔断中：该数据源近期连续失败，暂不调用');
    }
    try {
      const body = JSON.stringify(request);
      const signature = await this.signing.signBody(body);
      const raw = await this.post(source, body, signature, deadline);
      const latency = Math.round(performance.now() - started);
      if (raw.status !== 200)
        return this.finish(
          source,
          state,
          AttemptOutcome.ERROR,
          latency,
          `数据源返回 HTTP ${raw.status}${raw.errorCode ? `（${raw.errorCode}）` : ''}`,
        );
      if (raw.text.length > MAX_RESPONSE_BYTES)
        return this.finish(source, state, AttemptOutcome.BAD_RESPONSE, latency, '应答过大');
      const key = await this.responseKey(source, state);
      if (key) {
        try {
          await verifyDetached(raw.text, raw.signature ?? undefined, key, RESPONSE_ALGS);
        } catch (err) {
          return this.finish(
            source,
            state,
            AttemptOutcome.BAD_SIGNATURE,
            latency,
            `应答签名无效：${(err as Error).message}`,
          );
        }
      }
      let response: ConnectorResponse;
      try {
        response = parseConnectorResponse(raw.text, request.requestId);
      } catch (err) {
        return this.finish(
          source,
          state,
          AttemptOutcome.BAD_RESPONSE,
          latency,
          `应答格式错误：${(err as ProtocolError).message}`,
        );
      }
      if (reportsNameMismatch(response))
        return this.finish(source, state, AttemptOutcome.NAME_MISMATCH, latency, NAME_MISMATCH_TEXT, response);
      return this.finish(source, state, AttemptOutcome[response.result], latency, null, response);
    } catch (err) {
      const latency = Math.round(performance.now() - started);
      if (classifyTransportError(err).failure === TransportFailure.TIMEOUT)
        return this.finish(source, state, AttemptOutcome.TIMEOUT, latency, `超过 ${source.timeoutMs} 毫秒未应答`);
      if (err instanceof TransportError)
        return this.finish(source, state, AttemptOutcome.UNREACHABLE, latency, `无法连接数据源：${err.message}`);
      this.logger.error({ err, source: source.code }, 'unexpected connector failure');
      return this.finish(source, state, AttemptOutcome.ERROR, latency, '调用数据源时发生内部错误');
    } finally {
      release();
    }
  }

  async probe(source: SourceTarget): Promise<ProbeResult> {
    const started = performance.now();
    try {
      const res = await fetch(healthUrlOf(source.endpoint), {
        method: 'GET',
        signal: AbortSignal.timeout(source.timeoutMs),
        redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      const latencyMs = Math.round(performance.now() - started);
      const ok = res.status >= 200 && res.status < 300;
      return { ok, message: ok ? null : `HTTP ${res.status}`, latencyMs };
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

  // One retry, only when the connection failed before any response (nothing reached the source's logic).
  private async post(source: SourceTarget, body: string, signature: string, deadline: number) {
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new DOMException('deadline passed', 'TimeoutError');
      try {
        const res = await fetch(source.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature, ...this.authHeaders(source) },
          body,
          // a redirect would carry the request (ID numbers, the secret) elsewhere
          redirect: 'error',
          signal: AbortSignal.timeout(remaining),
        });
        const text = await res.text();
        let errorCode: string | undefined;
        if (res.status !== 200) {
          try {
            errorCode = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          } catch {
            errorCode = undefined;
          }
        }
        return { status: res.status, text, signature: res.headers.get(SIGNATURE_HEADER), errorCode };
      } catch (err) {
        const t = classifyTransportError(err);
        if (t.failure === TransportFailure.TIMEOUT) throw err;
        if (t.retryable && attempt === 0) continue;
        throw new TransportError(t.code ?? 'connection failed');
      }
    }
  }

  private authHeaders(source: SourceTarget): Record<string, string> {
    return source.authSecret ? { authorization: `Bearer ${source.authSecret}` } : {};
  }

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

  // Breakers, slots and keys belong to one version of a source's registration.
  private stateOf(source: SourceTarget): SourceState {
    const version = source.updatedAt.getTime();
    let state = this.states.get(source.id);
    if (!state || state.version !== version) {
      state = {
        version,
        breaker: new CircuitBreaker(this.config.verification.breakerFailures, this.config.verification.breakerOpenMs),
        semaphore: new Semaphore(source.maxConcurrency),
      };
      this.states.set(source.id, state);
    }
    return state;
  }

  private finish(
    source: SourceTarget,
    state: SourceState,
    outcome: AttemptOutcome,
    latencyMs: number | null,
    reason: string | null,
    response?: ConnectorResponse,
  ): AttemptResult {
    const answered = sourceAnswered(outcome);
    if (answered) state.breaker.onSuccess();
    else if (outcome !== AttemptOutcome.CIRCUIT_OPEN && outcome !== AttemptOutcome.OVERLOADED)
      state.breaker.onFailure();
    if (latencyMs !== null) this.metrics.sourceLatency.observe({ source: source.code, outcome }, latencyMs / 1000);
    if (!answered) this.metrics.sourceErrors.inc({ source: source.code, kind: outcome });
    this.metrics.breakerState.set({ source: source.code }, BREAKER_VALUE[state.breaker.state]);
    return { outcome, latencyMs, reason, ...(response ? { response } : {}) };
  }
}

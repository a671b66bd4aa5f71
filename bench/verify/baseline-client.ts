import { randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, CompactVerifyGetKey, createRemoteJWKSet, exportJWK, generateKeyPair, JWK } from 'jose';
import {
  ConnectorRequest,
  parseConnectorResponse,
  PROTOCOL_VERSION,
  SIGNATURE_HEADER,
  signDetached,
  verifyDetached,
} from '#gw/protocol';
import { header, HttpClient } from './http';
import { OpError } from './load';
import { WorkItem } from './workload';

// The baseline: what a verification costs with no gateway at all. A plain Node client builds
// the same connector request the gateway builds, signs it (ES256, detached JWS), POSTs it to
// every source that answers the fact type (the same fan-out, concurrently), verifies each
// answer's signature against the source's JWKS, parses it, and decides CONFIRMED / REFUTED the
// way the gateway does. No database, no GraphQL, no auth, no receipt.

export const BASELINE_DESCRIPTION =
  'baseline = plain Node client → sandbox: build the connector request, ES256-sign it (detached JWS), POST to every source for the fact type (same fan-out), verify the source signature via its JWKS, parse, decide; no gateway, no DB, no GraphQL, no receipt';

export interface BaselineKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  publicJwk: JWK;
}

export async function createBaselineKey(): Promise<BaselineKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = await exportJWK(publicKey);
  const kid = `bench-baseline-${(await calculateJwkThumbprint(jwk)).slice(0, 8)}`;
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } };
}

export interface SourceInfo {
  code: string;
  factTypes: string[];
  endpoint: string;
  jwksUrl: string;
}

const RESPONSE_ALGS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

interface Target {
  code: string;
  endpoint: URL;
  key: CompactVerifyGetKey;
}

export class BaselineClient {
  private readonly fanout = new Map<string, Target[]>();

  constructor(
    private readonly http: HttpClient,
    private readonly key: BaselineKey,
    sources: SourceInfo[],
    private readonly items: WorkItem[],
  ) {
    for (const s of sources) {
      const target: Target = {
        code: s.code,
        endpoint: new URL(s.endpoint),
        key: createRemoteJWKSet(new URL(s.jwksUrl)),
      };
      for (const f of s.factTypes) {
        const list = this.fanout.get(f) ?? [];
        list.push(target);
        this.fanout.set(f, list);
      }
    }
  }

  fanoutOf(factType: string): string[] {
    return (this.fanout.get(factType) ?? []).map((t) => t.code);
  }

  readonly op = async (seq: number): Promise<void> => {
    const item = this.items[seq % this.items.length];
    const targets = this.fanout.get(item.factType) ?? [];
    if (targets.length === 0) throw new OpError('no source', `no source answers ${item.factType}`);
    const results = await Promise.all(targets.map((t) => this.ask(t, item)));
    const confirmed = results.filter((r) => r === 'CONFIRMED').length;
    const refuted = results.filter((r) => r === 'REFUTED').length;
    const outcome =
      confirmed > 0 && refuted > 0
        ? 'UNRESOLVED'
        : confirmed > 0
          ? 'CONFIRMED'
          : refuted > 0
            ? 'REFUTED'
            : 'UNRESOLVED';
    if (outcome === 'UNRESOLVED') throw new OpError('outcome UNRESOLVED', `${item.factType}: ${results.join(', ')}`);
    if (outcome !== item.expected)
      throw new OpError('wrong outcome', `${item.factType} expected ${item.expected}, got ${outcome}`);
  };

  private async ask(target: Target, item: WorkItem): Promise<string> {
    const request: ConnectorRequest = {
      protocol: PROTOCOL_VERSION,
      requestId: randomUUID(),
      issuedAt: new Date().toISOString(),
      audience: target.code,
      factType: item.factType,
      subject: item.subject,
      claim: item.claim,
      purpose: '核验申请人所称事实',
      requester: { department: 'HX_ZWFW', matter: '基准测试：最低生活保障申请' },
    };
    const body = JSON.stringify(request);
    const signature = await signDetached(body, this.key.privateKey, this.key.kid, 'ES256');
    const res = await this.http.post(target.endpoint, body, {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signature,
    });
    if (res.status !== 200)
      throw new OpError(`source HTTP ${res.status}`, `${target.code} HTTP ${res.status}: ${res.text.slice(0, 200)}`);
    try {
      await verifyDetached(res.text, header(res, SIGNATURE_HEADER), target.key, RESPONSE_ALGS);
    } catch (err) {
      throw new OpError('source bad signature', `${target.code}: ${(err as Error).message}`);
    }
    try {
      return parseConnectorResponse(res.text, request.requestId).result;
    } catch (err) {
      throw new OpError('source bad response', `${target.code}: ${(err as Error).message}`);
    }
  }
}

import { KeyObject } from 'node:crypto';
import { CompactJWSHeaderParameters, CompactSign, compactVerify, CompactVerifyGetKey, errors } from 'jose';
import { base64urlJson, signJwsInput } from './jws-signer';
import { decodeJwsHeader, isPlainEcHeader, verifyEcSignature } from './jws-verifier';

// The connector protocol between the gateway and a department data source.
//
//   POST <endpoint>            content-type: application/json
//   x-jws-signature: <detached compact JWS over the exact body bytes (RFC 7515 appendix F)>
//   body: ConnectorRequest
//
// The source answers 200 with a ConnectorResponse body, signed the same way when it has a key.
// A source answers 4xx with {"error":{"code","message"}} for a request it refuses (bad
// signature, unknown fact type, malformed claim) and 5xx when it fails.

export const PROTOCOL_VERSION = '1';
export const SIGNATURE_HEADER = 'x-jws-signature';
export const SIGNATURE_TYP = 'connector+jws';
export const REQUEST_MAX_AGE_SEC = 300;

export type SourceResult = 'CONFIRMED' | 'REFUTED' | 'NO_RECORD';
export const SOURCE_RESULTS: readonly SourceResult[] = ['CONFIRMED', 'REFUTED', 'NO_RECORD'];

export interface ConnectorRequest {
  protocol: typeof PROTOCOL_VERSION;
  requestId: string;
  issuedAt: string; // ISO time; a source refuses requests older than REQUEST_MAX_AGE_SEC
  audience: string; // the source code the request is meant for
  factType: string;
  subject: { idNumber: string; name?: string };
  claim: Record<string, unknown>;
  purpose: string;
  requester: { department: string; matter: string };
}

export interface ConnectorResponse {
  requestId: string;
  result: SourceResult;
  asOf: string; // ISO time of the record the answer rests on
  recordRef: string;
  attributes?: Record<string, unknown>;
}

// A source that finds the ID number but under another name answers REFUTED with
// attributes.reason NAME_MISMATCH: it says nothing about the claim, only that the name and the
// ID number given do not belong together.
export const NAME_MISMATCH_REASON = 'NAME_MISMATCH';

export function reportsNameMismatch(response: ConnectorResponse): boolean {
  return response.result === 'REFUTED' && response.attributes?.reason === NAME_MISMATCH_REASON;
}

export class ProtocolError extends Error {
  constructor(
    readonly code: 'MALFORMED' | 'BAD_SIGNATURE' | 'MISMATCH' | 'STALE',
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

type SigningKey = Parameters<CompactSign['sign']>[0];

// A node:crypto key object signs synchronously (the gateway's own key, see jws-signer.ts); any
// other key (a WebCrypto key, as the sandbox and the bench use) goes through jose.
export async function signDetached(body: string, key: SigningKey, kid: string, alg: string): Promise<string> {
  if (key instanceof KeyObject) {
    const header = base64urlJson({ alg, kid, typ: SIGNATURE_TYP });
    return `${header}..${signJwsInput(alg, key, `${header}.${Buffer.from(body, 'utf8').toString('base64url')}`)}`;
  }
  const jws = await new CompactSign(new TextEncoder().encode(body))
    .setProtectedHeader({ alg, kid, typ: SIGNATURE_TYP })
    .sign(key);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

// Returns the kid that verified the body; throws ProtocolError('BAD_SIGNATURE') otherwise.
export async function verifyDetached(
  body: string,
  signature: string | undefined,
  getKey: CompactVerifyGetKey,
  algorithms: string[],
): Promise<string> {
  const parts = signature?.split('.');
  if (!parts || parts.length !== 3 || parts[1] !== '' || !parts[0] || !parts[2])
    throw new ProtocolError('BAD_SIGNATURE', 'missing or malformed detached signature');
  const payload = Buffer.from(body, 'utf8').toString('base64url');
  try {
    const header = decodeJwsHeader(parts[0]);
    if (header && isPlainEcHeader(header, algorithms)) {
      const key = await getKey(header as unknown as CompactJWSHeaderParameters, {
        protected: parts[0],
        payload,
        signature: parts[2],
      });
      const valid = verifyEcSignature(header.alg as string, `${parts[0]}.${payload}`, parts[2], key);
      if (valid === false)
        throw new ProtocolError('BAD_SIGNATURE', 'signature does not verify (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)');
      if (valid) {
        if (header.typ !== SIGNATURE_TYP) throw new ProtocolError('BAD_SIGNATURE', 'unexpected signature type');
        return typeof header.kid === 'string' ? header.kid : '';
      }
    }
    const { protectedHeader } = await compactVerify(`${parts[0]}.${payload}.${parts[2]}`, getKey, { algorithms });
    if (protectedHeader.typ !== SIGNATURE_TYP) throw new ProtocolError('BAD_SIGNATURE', 'unexpected signature type');
    return protectedHeader.kid ?? '';
  } catch (err) {
    if (err instanceof ProtocolError) throw err;
    const reason = err instanceof errors.JOSEError ? err.code : 'invalid';
    throw new ProtocolError('BAD_SIGNATURE', `signature does not verify (${reason})`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIsoTime(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
}

export function parseConnectorResponse(raw: string, expectedRequestId: string): ConnectorResponse {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ProtocolError('MALFORMED', 'response is not JSON');
  }
  if (!isObject(json)) throw new ProtocolError('MALFORMED', 'response is not an object');
  const { requestId, result, asOf, recordRef, attributes } = json;
  if (requestId !== expectedRequestId) throw new ProtocolError('MISMATCH', 'response answers another request');
  if (typeof result !== 'string' || !(SOURCE_RESULTS as readonly string[]).includes(result))
    throw new ProtocolError('MALFORMED', 'result is missing or unknown');
  if (!isIsoTime(asOf)) throw new ProtocolError('MALFORMED', 'asOf is missing or not a time');
  if (typeof recordRef !== 'string' || recordRef.length === 0 || recordRef.length > 200)
    throw new ProtocolError('MALFORMED', 'recordRef is missing');
  if (attributes !== undefined && !isObject(attributes))
    throw new ProtocolError('MALFORMED', 'attributes is not an object');
  return { requestId, result: result as SourceResult, asOf, recordRef, ...(attributes ? { attributes } : {}) };
}

export function parseConnectorRequest(raw: string, expectedAudience: string, now = Date.now()): ConnectorRequest {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ProtocolError('MALFORMED', 'request is not JSON');
  }
  if (!isObject(json)) throw new ProtocolError('MALFORMED', 'request is not an object');
  const { protocol, requestId, issuedAt, audience, factType, subject, claim, purpose, requester } = json;
  if (protocol !== PROTOCOL_VERSION)
    throw new ProtocolError('MALFORMED', `unsupported protocol version ${String(protocol)}`);
  if (typeof requestId !== 'string' || !requestId) throw new ProtocolError('MALFORMED', 'requestId is missing');
  if (audience !== expectedAudience) throw new ProtocolError('MISMATCH', 'request is meant for another source');
  if (!isIsoTime(issuedAt)) throw new ProtocolError('MALFORMED', 'issuedAt is missing');
  if (Math.abs(now - Date.parse(issuedAt)) > REQUEST_MAX_AGE_SEC * 1000)
    throw new ProtocolError('STALE', 'request is too old or from the future');
  if (typeof factType !== 'string' || !factType) throw new ProtocolError('MALFORMED', 'factType is missing');
  if (!isObject(subject) || typeof subject.idNumber !== 'string')
    throw new ProtocolError('MALFORMED', 'subject.idNumber is missing');
  if (subject.name !== undefined && typeof subject.name !== 'string')
    throw new ProtocolError('MALFORMED', 'subject.name is not a string');
  if (!isObject(claim)) throw new ProtocolError('MALFORMED', 'claim is not an object');
  if (typeof purpose !== 'string') throw new ProtocolError('MALFORMED', 'purpose is missing');
  if (!isObject(requester) || typeof requester.department !== 'string' || typeof requester.matter !== 'string')
    throw new ProtocolError('MALFORMED', 'requester is missing');
  return json as unknown as ConnectorRequest;
}

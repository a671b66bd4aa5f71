import { decodeProtectedHeader, errors, importJWK, JWTPayload, jwtVerify, ProtectedHeaderParameters } from 'jose';

// Why a token the gateway is asked to recognise as its own (a receipt, a commitment record, a
// community certificate) is not one. Callers say it in their own words; nothing here is
// recognised by its message text.
export enum TokenProblem {
  MALFORMED = 'MALFORMED', // not a compact JWS (three base64url parts)
  TOO_LARGE = 'TOO_LARGE',
  BAD_HEADER = 'BAD_HEADER', // the header does not decode
  ALGORITHM_NOT_ALLOWED = 'ALGORITHM_NOT_ALLOWED',
  UNKNOWN_KEY = 'UNKNOWN_KEY', // no key id, or one the gateway never published
  BAD_SIGNATURE = 'BAD_SIGNATURE', // altered, or signed by another key under a published key id
  WRONG_TYPE = 'WRONG_TYPE', // a genuine gateway token of another kind (typ)
  WRONG_ISSUER = 'WRONG_ISSUER',
  EXPIRED = 'EXPIRED',
  BAD_CLAIMS = 'BAD_CLAIMS', // another registered claim (nbf, iat …) does not hold
  UNVERIFIABLE = 'UNVERIFIABLE', // anything else: a payload that is not a JSON object, a key that does not fit
}

export type TokenCheck =
  | { ok: true; kid: string; payload: JWTPayload; header: ProtectedHeaderParameters }
  | { ok: false; problem: TokenProblem; kid: string | null; claim?: string };

export const MAX_TOKEN_LENGTH = 16_384;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export type VerifyKey = Awaited<ReturnType<typeof importJWK>>;

export interface TokenExpectation {
  typ: string;
  issuer: string;
  algorithms: string[];
}

// thrown by the key lookup below, told apart by its class
class UnknownKey extends Error {}

// Checks, in order: format and size, header, algorithm, key id against the published keys,
// signature, then type, issuer and the time claims. A failed key lookup (the database) is not
// a problem of the token and is thrown.
export async function checkGatewayToken(
  token: string,
  expected: TokenExpectation,
  keyFor: (kid: string) => Promise<VerifyKey | null>,
): Promise<TokenCheck> {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: TokenProblem.TOO_LARGE, kid: null };
  if (!COMPACT_JWS.test(token)) return { ok: false, problem: TokenProblem.MALFORMED, kid: null };
  let kid: string | null;
  try {
    const header = decodeProtectedHeader(token);
    kid = typeof header.kid === 'string' ? header.kid : null;
  } catch {
    return { ok: false, problem: TokenProblem.BAD_HEADER, kid: null };
  }
  let lookup: { failed: unknown } | undefined;
  try {
    const { payload, protectedHeader } = await jwtVerify(
      token,
      async () => {
        if (!kid) throw new UnknownKey();
        let key: VerifyKey | null;
        try {
          key = await keyFor(kid);
        } catch (failed) {
          lookup = { failed };
          throw failed;
        }
        if (!key) throw new UnknownKey();
        return key;
      },
      { typ: expected.typ, issuer: expected.issuer, algorithms: expected.algorithms },
    );
    return { ok: true, kid: kid!, payload, header: protectedHeader };
  } catch (err) {
    if (lookup) throw lookup.failed;
    return { ok: false, kid, ...problemOf(err) };
  }
}

function problemOf(err: unknown): { problem: TokenProblem; claim?: string } {
  if (err instanceof UnknownKey) return { problem: TokenProblem.UNKNOWN_KEY };
  if (err instanceof errors.JWSSignatureVerificationFailed) return { problem: TokenProblem.BAD_SIGNATURE };
  if (err instanceof errors.JOSEAlgNotAllowed) return { problem: TokenProblem.ALGORITHM_NOT_ALLOWED };
  if (err instanceof errors.JWTExpired) return { problem: TokenProblem.EXPIRED, claim: err.claim };
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'typ') return { problem: TokenProblem.WRONG_TYPE, claim: err.claim };
    if (err.claim === 'iss') return { problem: TokenProblem.WRONG_ISSUER, claim: err.claim };
    return { problem: TokenProblem.BAD_CLAIMS, claim: err.claim };
  }
  // whatever else a hostile token makes jose throw (a key that does not fit the header's
  // algorithm is a TypeError) says only that it cannot be verified
  return { problem: TokenProblem.UNVERIFIABLE };
}

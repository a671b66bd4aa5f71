import { Inject, Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  errors,
  importJWK,
  importSPKI,
  JWK,
  JWTPayload,
  jwtVerify,
  JWTVerifyGetKey,
  ProtectedHeaderParameters,
} from 'jose';
import { APP_CONFIG, AppConfig, AppException, idNumberProblem, normalizeIdNumber } from '#gw/common';
import { SubjectHasher } from '#gw/signing';
import type { AuthUser, ResidentSubject } from './auth-user';
import { DEV_KID_PREFIX, ensureDevKey } from './dev-keys';
import { isRole, Role } from './role.enum';

type KeySource = JWTVerifyGetKey;

const CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
// A window sends the same token with every request for its lifetime: its signature is checked once
// and the result kept, by the whole token, until it expires or for this long at most, so that a
// key the issuer withdraws stops working within the same minute the JWKS cache already allows.
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 2000;

@Injectable()
export class TokenVerifier {
  private keySource?: Promise<KeySource>;
  private readonly verified = new Map<string, { payload: JWTPayload; until: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: SubjectHasher,
  ) {}

  async verify(token: string): Promise<AuthUser> {
    const { auth } = this.config;
    const now = Date.now();
    const known = this.verified.get(token);
    let payload: JWTPayload;
    if (known && known.until > now) payload = known.payload;
    else payload = await this.check(token, now);
    checkTimes(payload, auth.clockToleranceSec, auth.maxTokenLifetimeSec);
    return toUser(payload, (p) => this.resident(p));
  }

  private async check(token: string, now: number): Promise<JWTPayload> {
    const { auth } = this.config;
    this.verified.delete(token);
    let payload: JWTPayload;
    try {
      const getKey = await this.keys();
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: auth.algorithms,
        clockTolerance: auth.clockToleranceSec,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (err) {
      throw AppException.unauthenticated(describe(err));
    }
    // (exp is required above; jose allowed it the clock tolerance, so the cache does too)
    const until = Math.min(now + VERIFIED_TTL_MS, (payload.exp! + auth.clockToleranceSec) * 1000);
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { payload, until });
    return payload;
  }

  // A resident's token carries their verified ID number in the configured claim: it becomes the
  // subject hash here, and the number goes no further (not into the user, a log or an event).
  private resident(payload: JWTPayload): ResidentSubject {
    const claim = this.config.auth.residentIdClaim;
    const raw = payload[claim];
    const idNumber = typeof raw === 'string' ? normalizeIdNumber(raw) : '';
    if (!idNumber || idNumberProblem(idNumber))
      throw AppException.unauthenticated(`居民登录凭证未载明有效的公民身份号码（${claim}）`);
    const ref = this.hasher.ref(idNumber);
    return { subjectHash: ref.hash, subjectMasked: ref.masked, sealIdNumber: () => this.hasher.seal(idNumber) };
  }

  private keys(): Promise<KeySource> {
    // a failed load (unreadable key file, say) is retried on the next token, not cached
    this.keySource ??= this.loadKeys().catch((err: unknown) => {
      this.keySource = undefined;
      throw err;
    });
    return this.keySource;
  }

  private async loadKeys(): Promise<KeySource> {
    const { auth } = this.config;
    if (auth.jwksUrl) {
      const remote = createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      return async (header, token) => {
        if (this.config.isProduction && header.kid?.startsWith(DEV_KID_PREFIX))
          throw new Error('development key refused');
        return remote(header, token);
      };
    }
    if (auth.publicKey) {
      const configured = auth.publicKey;
      const jwk = configured.startsWith('{') ? (JSON.parse(configured) as JWK) : undefined;
      const imported = new Map<string, Awaited<ReturnType<typeof importJWK>>>();
      return async (header: ProtectedHeaderParameters) => {
        if (jwk?.kid && header.kid && jwk.kid !== header.kid) throw new Error('unknown key id');
        const alg = header.alg ?? '';
        let key = imported.get(alg);
        if (!key) {
          if (jwk) {
            key = await importJWK(jwk, jwk.alg ?? alg);
          } else {
            key = await importSPKI(configured, alg);
          }
          imported.set(alg, key);
        }
        return key;
      };
    }
    if (this.config.isProduction) throw new Error('development keys are refused in production');
    const dev = await ensureDevKey(this.config.dataDir);
    const key = await importJWK(dev.publicJwk, dev.publicJwk.alg);
    return async (header) => {
      if (header.kid && header.kid !== dev.kid) throw new Error('unknown key id');
      return key;
    };
  }
}

function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return '登录凭证已过期';
  if (err instanceof errors.JWTClaimValidationFailed) return `登录凭证声明无效（${err.claim}）`;
  if (err instanceof errors.JOSEAlgNotAllowed) return '登录凭证签名算法不被接受';
  if (err instanceof errors.JWSSignatureVerificationFailed) return '登录凭证签名无效';
  if (err instanceof AppException) return err.message;
  return '登录凭证无效';
}

// jose checks exp and nbf; a token issued in the future, or one meant to live longer than the
// configured maximum, is refused too.
function checkTimes(payload: JWTPayload, toleranceSec: number, maxLifetimeSec: number): void {
  const now = Math.floor(Date.now() / 1000);
  const iat = payload.iat!;
  if (typeof iat !== 'number' || iat > now + toleranceSec) {
    throw AppException.unauthenticated('登录凭证的签发时间晚于当前时间，请检查身份认证服务的时钟');
  }
  if (typeof payload.exp !== 'number' || payload.exp - iat > maxLifetimeSec) {
    throw AppException.unauthenticated(`登录凭证有效期过长（上限 ${Math.round(maxLifetimeSec / 3600)} 小时）`);
  }
}

function toUser(payload: JWTPayload, residentOf: (payload: JWTPayload) => ResidentSubject): AuthUser {
  const roles = payload['roles'];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw AppException.unauthenticated('登录凭证缺少有效角色（roles）');
  }
  // a resident acts only for themselves: a token may not mix that with acting for an office
  const isResident = roles.includes(Role.RESIDENT);
  if (isResident && roles.length > 1) throw AppException.unauthenticated('居民登录凭证不得同时载明工作人员角色');
  const optionalCode = (name: string): string | null => {
    const v = payload[name];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || !CODE_PATTERN.test(v))
      throw AppException.unauthenticated(`登录凭证声明无效（${name}）`);
    return v;
  };
  const name = payload['name'];
  return {
    subject: payload.sub!,
    name: typeof name === 'string' ? name.slice(0, 100) : payload.sub!,
    // a resident belongs to no office and oversees no region, whatever the token says
    departmentCode: isResident ? null : optionalCode('department'),
    regionCode: isResident ? null : optionalCode('region'),
    roles: [...new Set(roles as Role[])],
    ...(isResident ? { resident: residentOf(payload) } : {}),
  };
}

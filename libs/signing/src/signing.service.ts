import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { importJWK, JWK, JWTPayload } from 'jose';
import { APP_CONFIG, AppConfig } from '#gw/common';
import { signCompactJson, signDetached } from '#gw/protocol';
import { GATEWAY_ALG, GatewayKey, loadGatewayKey } from './gateway-key';
import { checkGatewayToken, TokenCheck, VerifyKey } from './gateway-token';
import { SigningKeyRepository } from './signing-key.repository';

export const GATEWAY_ISSUER = 'cert-gateway';
const VERIFY_ALGS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];
// how long another replica's newly published key may go unseen in this one's JWKS
const JWKS_REFRESH_MS = 30_000;

function withKey(keys: JWK[], own: JWK | undefined): JWK[] {
  return !own || keys.some((k) => k.kid === own.kid) ? keys : [...keys, own];
}

// The gateway's own identity: it signs connector requests and receipts, and publishes its
// public keys (every replica's) as a JWKS.
@Injectable()
export class SigningService implements OnModuleInit {
  private key?: GatewayKey;
  private jwksCache?: { keys: JWK[]; at: number };
  private readonly verifyKeys = new Map<string, VerifyKey>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: SigningKeyRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    this.key = await loadGatewayKey(this.config.signing.privateKey, this.config.dataDir);
    try {
      await this.repo.upsertKey(this.key.kid, this.key.alg, this.key.publicJwk);
    } catch {
      // database not migrated yet (readiness reports it); publish happens on the next start
    }
  }

  get kid(): string {
    return this.current().kid;
  }

  signBody(body: string): Promise<string> {
    const key = this.current();
    return signDetached(body, key.privateKey, key.kid, key.alg);
  }

  // What jose's SignJWT with setIssuer and setIssuedAt writes, signed by node:crypto (see
  // jws-signer.ts): the issuer and the issue time are the gateway's, whatever payload says.
  async signJwt(payload: JWTPayload, typ: string): Promise<string> {
    const key = this.current();
    const claims = { ...payload, iss: GATEWAY_ISSUER, iat: Math.floor(Date.now() / 1000) };
    return signCompactJson({ alg: key.alg, kid: key.kid, typ }, claims, key.privateKey);
  }

  // Served from memory, refreshed from the database at most every JWKS_REFRESH_MS: offline
  // verifiers must be able to fetch the keys whatever the database is doing. When the database
  // cannot be read, the last list read (or at least this instance's own key) is served.
  async jwks(): Promise<{ keys: JWK[] }> {
    const now = Date.now();
    if (this.jwksCache && now - this.jwksCache.at < JWKS_REFRESH_MS) return { keys: this.jwksCache.keys };
    try {
      this.jwksCache = { keys: withKey(await this.repo.listPublished(), this.key?.publicJwk), at: now };
    } catch {
      this.jwksCache = {
        keys: this.jwksCache?.keys ?? withKey([], this.key?.publicJwk),
        at: now - JWKS_REFRESH_MS + 1000,
      };
    }
    return { keys: this.jwksCache.keys };
  }

  // Checks a token this gateway (any replica, any key it ever published) signed with this typ.
  checkToken(token: string, typ: string): Promise<TokenCheck> {
    return checkGatewayToken(token, { typ, issuer: GATEWAY_ISSUER, algorithms: VERIFY_ALGS }, (kid) =>
      this.publishedKey(kid),
    );
  }

  private async publishedKey(kid: string): Promise<VerifyKey | null> {
    let key = this.verifyKeys.get(kid);
    if (!key) {
      const jwk = await this.repo.findByKid(kid);
      if (!jwk) return null;
      key = await importJWK(jwk, jwk.alg ?? GATEWAY_ALG);
      this.verifyKeys.set(kid, key);
    }
    return key;
  }

  private current(): GatewayKey {
    if (!this.key) throw new Error('signing key not loaded');
    return this.key;
  }
}

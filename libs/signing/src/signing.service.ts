import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { importJWK, JWK, JWTPayload, jwtVerify, ProtectedHeaderParameters, SignJWT } from 'jose';
import { APP_CONFIG, AppConfig } from '#gw/common';
import { signDetached } from '#gw/protocol';
import { GatewayKey, loadGatewayKey } from './gateway-key';
import { SigningKeyRepository } from './signing-key.repository';

export const GATEWAY_ISSUER = 'cert-gateway';
const VERIFY_ALGS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

// The gateway's own identity: it signs connector requests and receipts, and publishes its
// public keys (every replica's) as a JWKS.
@Injectable()
export class SigningService implements OnModuleInit {
  private key?: GatewayKey;
  private readonly verifyKeys = new Map<string, Awaited<ReturnType<typeof importJWK>>>();

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

  signJwt(payload: JWTPayload, typ: string): Promise<string> {
    const key = this.current();
    return new SignJWT(payload)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ })
      .setIssuer(GATEWAY_ISSUER)
      .setIssuedAt()
      .sign(key.privateKey);
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: await this.repo.listPublished() };
  }

  // Verifies a token this gateway (any replica, any key it ever published) signed.
  async verifyJwt(token: string, typ: string): Promise<{ payload: JWTPayload; header: ProtectedHeaderParameters }> {
    const { payload, protectedHeader } = await jwtVerify(
      token,
      async (header) => {
        if (!header.kid) throw new Error('no key id');
        let key = this.verifyKeys.get(header.kid);
        if (!key) {
          const jwk = await this.repo.findByKid(header.kid);
          if (!jwk) throw new Error('unknown key id');
          key = await importJWK(jwk, jwk.alg ?? header.alg);
          this.verifyKeys.set(header.kid, key);
        }
        return key;
      },
      { issuer: GATEWAY_ISSUER, algorithms: VERIFY_ALGS, typ },
    );
    return { payload, header: protectedHeader };
  }

  private current(): GatewayKey {
    if (!this.key) throw new Error('signing key not loaded');
    return this.key;
  }
}
